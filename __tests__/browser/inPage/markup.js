/* global document */
// Runs in the page. Elements the planted response body would have made, had it been rendered as
// markup, and the summary's whole text (folded parts included) to find the body shown literally.
globalThis.findMarkup = () => {
  const summary = document.querySelector('.markdown-body');
  const withText = (selector, text) =>
    [...summary.querySelectorAll(selector)].filter((element) => element.textContent === text).length;
  return {
    bold: withText('b, strong', 'bold'),
    stars: withText('strong, em, b, i', 'stars'),
    images: summary.querySelectorAll('img').length,
    links: [...summary.querySelectorAll('a')].map((a) => a.href).filter((href) => href.startsWith('http://x')),
    handlerRan: globalThis.pwned !== undefined,
    text: summary.textContent ?? '',
  };
};
