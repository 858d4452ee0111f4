import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { offerToReadme, outputPath } from './outputFiles.js';
import {
  findMarkup,
  measureCharts,
  measureFirstScreen,
  measureOverflow,
  renderMermaid,
  type Chart,
  type FirstScreen,
  type Markup,
  type Overflow,
} from './pageProbes.js';
import { VIEWPORT, summaryPage } from './summaryPage.js';

export interface SummaryView {
  mermaidErrors: string[];
  firstScreen: FirstScreen;
  overflow: Overflow;
  charts: Chart[];
  markup: Markup;
  screenshot: string;
}

/**
 * Shows one summary as GitHub would, in its own page, and measures it: the first screen as the page
 * opens (and its screenshot), then the charts and the text, then the overflow with every <details>
 * unfolded. The page stays on disk beside the screenshot, to open by hand.
 */
export async function renderSummary(browser: Browser, file: string, markdown: string): Promise<SummaryView> {
  const html = await outputPath(file, 'html');
  await writeFile(html, await summaryPage(markdown));
  const page = await browser.newPage();
  try {
    page.setDefaultTimeout(15_000);
    await page.setViewport({ ...VIEWPORT, deviceScaleFactor: 1 });
    await page.goto(pathToFileURL(resolve(html)).href, { waitUntil: 'load' });
    const mermaidErrors = await renderMermaid(page);
    const firstScreen = await measureFirstScreen(page);
    const screenshot = await outputPath(file, 'png');
    await page.screenshot({ path: screenshot as `${string}.png`, fullPage: true });
    await offerToReadme(file, screenshot);
    const charts = await measureCharts(page);
    const markup = await findMarkup(page);
    const overflow = await measureOverflow(page);
    return { mermaidErrors, firstScreen, overflow, charts, markup, screenshot };
  } finally {
    await page.close();
  }
}
