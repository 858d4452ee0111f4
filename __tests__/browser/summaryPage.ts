import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Marked } from 'marked';

const require = createRequire(import.meta.url);

/** GitHub's page is 1,280 wide here; the job summary's .markdown-body gets about this much of it. */
export const VIEWPORT = { width: 1280, height: 900 };
export const CONTENT_WIDTH = 1012;

// GitHub renders summaries as GFM with raw HTML allowed (then sanitised): marked with gfm does the same parse.
const gfm = new Marked({ gfm: true });

// Loaded by the page from disk: Mermaid's browser bundle as GitHub loads its own copy, then the probes
// that render and measure. A file:// page loads the 5 MB bundle in a third of the time an injected one takes.
const SCRIPTS = [
  require.resolve('mermaid/dist/mermaid.min.js'),
  ...['renderMermaid', 'firstScreen', 'overflow', 'charts', 'markup'].map(
    (name) => new URL(`./inPage/${name}.js`, import.meta.url).pathname,
  ),
].map((path) => pathToFileURL(path).href);

/**
 * The summary as a page laid out as GitHub lays out a job summary: GitHub's light Markdown stylesheet,
 * a .markdown-body of CONTENT_WIDTH centred in the viewport. Mermaid blocks stay code blocks here;
 * the browser turns them into diagrams (inPage/renderMermaid.js), as GitHub does after the page loads.
 */
export async function summaryPage(markdown: string): Promise<string> {
  const stylesheet = await readFile(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8');
  const body = await gfm.parse(markdown);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>job summary</title>
<style>${stylesheet}</style>
<style>
  body { margin: 0; padding: 24px 0; background: #ffffff; }
  .markdown-body { box-sizing: content-box; width: ${CONTENT_WIDTH}px; margin: 0 auto; padding: 0; }
</style>
</head>
<body><article class="markdown-body">${body}</article>
${SCRIPTS.map((src) => `<script src="${src}"></script>`).join('\n')}
</body>
</html>`;
}
