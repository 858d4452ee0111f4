/* global document, getComputedStyle */
// Runs in the page, with every <details> opened: what a reader who unfolds everything would have to
// scroll sideways. A table or <pre> that scrolls inside itself counts as overflow as much as one that
// sticks out of the content box: GitHub's stylesheet makes both scroll instead of widening the page.
globalThis.measureOverflow = () => {
  const summary = document.querySelector('.markdown-body');
  for (const details of summary.querySelectorAll('details')) details.open = true;
  const contentRight = summary.getBoundingClientRect().left + summary.clientWidth;
  const describe = (element) =>
    `${element.tagName.toLowerCase()} "${(element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60)}"`;
  const scrolls = (element) =>
    element === summary ||
    element.matches('table, pre') ||
    ['auto', 'scroll', 'hidden'].includes(getComputedStyle(element).overflowX);

  const found = [];
  for (const element of [summary, ...summary.querySelectorAll('*')]) {
    if (scrolls(element) && element.scrollWidth > element.clientWidth + 1) {
      found.push({
        element: element === summary ? '.markdown-body' : describe(element),
        kind: 'scrolls',
        scrollWidth: element.scrollWidth,
        clientWidth: element.clientWidth,
        by: element.scrollWidth - element.clientWidth,
      });
    }
    // Sticking out: reported for the outermost element only, and not inside a scroller already reported.
    const right = element.getBoundingClientRect().right;
    const parent = element.parentElement;
    const clipped = parent && parent !== summary && parent.closest('.markdown-body table, .markdown-body pre');
    const parentOut = parent && parent !== summary && parent.getBoundingClientRect().right > contentRight + 1;
    if (element !== summary && right > contentRight + 1 && !clipped && !parentOut) {
      found.push({
        element: describe(element),
        kind: 'sticks out',
        right: Math.round(right),
        contentRight: Math.round(contentRight),
        by: Math.round(right - contentRight),
      });
    }
  }
  return { contentWidth: summary.clientWidth, found };
};
