/* global document, mermaid */
// Runs in the page, after Mermaid's bundle. GitHub turns every code block whose language is mermaid
// into a diagram once the page has loaded; an %%{init: ...}%% directive in the block is Mermaid's own
// to honour, so the source goes to it unchanged. Each chart keeps its source for the measurements.
globalThis.renderMermaid = async () => {
  mermaid.initialize({ startOnLoad: false, theme: 'default', securityLevel: 'strict' });
  const errors = [];
  const blocks = [...document.querySelectorAll('.markdown-body pre > code.language-mermaid')];
  for (const [index, code] of blocks.entries()) {
    const source = code.textContent ?? '';
    const chart = document.createElement('div');
    chart.className = 'mermaid-chart';
    chart.dataset.source = source;
    code.parentElement.replaceWith(chart);
    try {
      chart.innerHTML = (await mermaid.render(`mermaid-chart-${index}`, source)).svg;
    } catch (error) {
      errors.push(`chart ${index + 1}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  await document.fonts.ready;
  return errors;
};
