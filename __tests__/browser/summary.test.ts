import { writeFile } from 'node:fs/promises';
import type { Browser } from 'puppeteer-core';
import { chartSeries, chartTitle } from './chartSeries.js';
import { launchChromium } from './chromium.js';
import { renderSummary, type SummaryView } from './renderSummary.js';
import { outputPath } from './outputFiles.js';
import { PLANTED, SITUATIONS, type Situation } from './situations.js';

// Issue 14: the job summary read as an on-call engineer reads it, in a real browser at 1,280 px.
// Each assertion fails with the measured numbers, so the layout work can see how far off it is.

// Counted from the top of the summary (.markdown-body): GitHub's own header above it varies.
const FIRST_SCREEN = 900;
const MIN_CONTRAST = 3;

let browser: Browser | undefined;
const views = new Map<string, Promise<SummaryView>>();
const measured: Record<string, unknown> = {};

beforeAll(async () => {
  browser = await launchChromium();
}, 40_000);

afterAll(async () => {
  await browser?.close();
  // The numbers behind every assertion, beside the screenshots, for whoever reworks the layout.
  await writeFile(await outputPath('measurements', 'json'), `${JSON.stringify(measured, null, 2)}\n`);
}, 15_000);

/** Each summary is rendered once, on its first assertion, in its own page of the one browser. */
function view(situation: Situation): Promise<SummaryView> {
  let pending = views.get(situation.file);
  if (!pending) {
    pending = situation.markdown().then(async (markdown) => {
      if (!browser) throw new Error('Chromium did not start');
      const shown = await renderSummary(browser, situation.file, markdown);
      measured[situation.name] = { ...shown, markup: { ...shown.markup, text: undefined } };
      return shown;
    });
    views.set(situation.file, pending);
  }
  return pending;
}

describe.each(SITUATIONS)('the job summary of $name', (situation) => {
  it('turns every mermaid block into a chart', async () => {
    const { mermaidErrors, charts } = await view(situation);
    expect(mermaidErrors).toEqual([]);
    expect(charts.filter((chart) => !chart.drawn).map(chartTitle)).toEqual([]);
  }, 30_000);

  it(`shows the headline within the first ${FIRST_SCREEN} px`, async () => {
    const { headline } = (await view(situation)).firstScreen;
    const problems = !headline
      ? ['no headline: the summary has no h2']
      : headline.bottom > FIRST_SCREEN
        ? [`the headline "${headline.text}" ends at ${headline.bottom} px, past ${FIRST_SCREEN} px`]
        : [];
    expect(problems).toEqual([]);
  }, 30_000);

  if (situation.failing) {
    it(`shows the first failure's next step within the first ${FIRST_SCREEN} px`, async () => {
      const { nextStep } = (await view(situation)).firstScreen;
      const problems = !nextStep
        ? ['no "Next step" anywhere in the summary']
        : !nextStep.shown || nextStep.bottom === null
          ? [`the first next step ("${nextStep.text}") is not shown: folded away or empty`]
          : nextStep.bottom > FIRST_SCREEN
            ? [`the first next step ("${nextStep.text}") ends at ${nextStep.bottom} px, past ${FIRST_SCREEN} px`]
            : [];
      expect(problems).toEqual([]);
    }, 30_000);
  }

  it('never makes a reader scroll sideways, even with every <details> unfolded', async () => {
    const { overflow } = await view(situation);
    expect(
      overflow.found.map((found) =>
        found.kind === 'scrolls'
          ? `${found.element} scrolls sideways by ${found.by} px (scrollWidth ${found.scrollWidth} > clientWidth ${found.clientWidth})`
          : `${found.element} sticks out ${found.by} px past the content edge (right ${found.right} > ${found.contentRight})`,
      ),
    ).toEqual([]);
  }, 30_000);

  it(`draws every measured series in a colour of contrast >= ${MIN_CONTRAST}:1 with its background`, async () => {
    const { charts } = await view(situation);
    const faint = charts.flatMap((chart) =>
      chartSeries(chart)
        .filter((series) => !series.limit && !(series.contrast >= MIN_CONTRAST))
        .map(
          (series) =>
            `"${chartTitle(chart)}": ${series.kind} ${series.number} is ${series.colour} on ${series.background}, contrast ${series.contrast}:1`,
        ),
    );
    expect(faint).toEqual([]);
  }, 30_000);
});

describe('a response body in the summary', () => {
  const failing = SITUATIONS.find((situation) => situation.file === 'smoke-failure') as Situation;

  it('shows as text, never as markup: no bold, image, emphasis or link made from it', async () => {
    const { markup } = await view(failing);
    expect({
      bold: markup.bold,
      stars: markup.stars,
      images: markup.images,
      links: markup.links,
      handlerRan: markup.handlerRan,
    }).toEqual({ bold: 0, stars: 0, images: 0, links: [], handlerRan: false });
    expect(Object.values(PLANTED).filter((planted) => !markup.text.includes(planted))).toEqual([]);
  }, 30_000);
});
