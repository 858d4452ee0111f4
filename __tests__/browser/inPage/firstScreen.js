/* global document, NodeFilter, scrollY */
// Runs in the page. Where the headline and the first "Next step" end, in pixels from the top of the
// summary, as the page first shows it (folded <details> stay folded: a hidden next step is not seen).
globalThis.measureFirstScreen = () => {
  const summary = document.querySelector('.markdown-body');
  const top = summary.getBoundingClientRect().top + scrollY;
  const fromTop = (rect) => Math.round(rect.bottom + scrollY - top);
  const shown = (rect) => rect.width > 0 && rect.height > 0;
  const text = (value) => value.replace(/\s+/g, ' ').trim().slice(0, 160);

  const h2 = summary.querySelector('h2');
  const headline = h2 ? { text: text(h2.textContent ?? ''), bottom: fromTop(h2.getBoundingClientRect()) } : null;

  const walker = document.createTreeWalker(summary, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.nodeValue?.includes('Next step') ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
  });
  const label = walker.nextNode();
  if (!label) return { headline, nextStep: null };
  const block = label.parentElement.closest('p, li, td, th, dd, dt, h1, h2, h3, h4, h5, h6, blockquote, div, summary');
  // "Next step:" followed by the step in the same block (prose, inline code): the rest of the block is
  // the step. A label on its own: the step is the first element after it (a code block, a list).
  const range = document.createRange();
  range.setStart(label, label.nodeValue.indexOf('Next step'));
  range.setEnd(block, block.childNodes.length);
  const rest = range
    .toString()
    .replace(/^Next steps?:?/, '')
    .trim();
  let step = rest ? range : block.nextElementSibling;
  for (let up = block; !step && up && up !== summary; up = up.parentElement) step = up.nextElementSibling;
  if (!step) return { headline, nextStep: { text: '', bottom: null, shown: false } };
  const rect = step.getBoundingClientRect();
  return {
    headline,
    nextStep: { text: text(rest || step.textContent || ''), bottom: fromTop(rect), shown: shown(rect) },
  };
};
