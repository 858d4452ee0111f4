/* global document, getComputedStyle */
// Runs in the page. For every Mermaid chart, the colour each plot is drawn in, read from what
// Mermaid drew (a line plot's path stroke, a bar plot's fill), and the background behind it.
globalThis.measureCharts = () => {
  const colourOf = (element, property) => {
    const style = getComputedStyle(element);
    const opacity = Number(style.opacity) * Number(property === 'stroke' ? style.strokeOpacity : style.fillOpacity);
    return { colour: style[property], opacity };
  };
  const pageBackground = getComputedStyle(document.body).backgroundColor;
  return [...document.querySelectorAll('.markdown-body .mermaid-chart')].map((chart) => {
    const backdrop = chart.querySelector('svg rect.background');
    const background = backdrop ? colourOf(backdrop, 'fill') : null;
    const plots = [...chart.querySelectorAll('svg g.plot > g')].flatMap((group) => {
      const match = /^(line|bar)-plot-(\d+)$/.exec(group.getAttribute('class') ?? '');
      const mark = match && group.querySelector(match[1] === 'line' ? 'path' : 'rect');
      if (!match || !mark) return [];
      return [{ kind: match[1], index: Number(match[2]), ...colourOf(mark, match[1] === 'line' ? 'stroke' : 'fill') }];
    });
    return {
      source: chart.dataset.source ?? '',
      drawn: chart.querySelector('svg') !== null,
      background,
      pageBackground,
      plots,
    };
  });
};
