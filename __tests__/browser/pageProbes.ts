import type { Page } from 'puppeteer-core';

// What the scripts under inPage/ return; they run in the page, where the DOM is, and this project's
// TypeScript has no DOM types: these are their shapes, and the calls below are typed by them.

export interface FirstScreen {
  headline: { text: string; bottom: number } | null;
  /** Where the first "Next step" ends; bottom is null when nothing follows the label. */
  nextStep: { text: string; bottom: number | null; shown: boolean } | null;
}

export interface Overflow {
  contentWidth: number;
  found: {
    element: string;
    kind: 'scrolls' | 'sticks out';
    by: number;
    scrollWidth?: number;
    clientWidth?: number;
    right?: number;
    contentRight?: number;
  }[];
}

export interface ComputedColour {
  colour: string;
  opacity: number;
}

export interface Chart {
  source: string;
  drawn: boolean;
  background: ComputedColour | null;
  pageBackground: string;
  plots: ({ kind: 'line' | 'bar'; index: number } & ComputedColour)[];
}

export interface Markup {
  bold: number;
  stars: number;
  images: number;
  links: string[];
  handlerRan: boolean;
  text: string;
}

interface Probes {
  renderMermaid(): Promise<string[]>;
  measureFirstScreen(): FirstScreen;
  measureOverflow(): Overflow;
  measureCharts(): Chart[];
  findMarkup(): Markup;
}

const probe = <K extends keyof Probes>(page: Page, name: K) =>
  page.evaluate((key: keyof Probes) => (globalThis as unknown as Probes)[key](), name) as Promise<
    Awaited<ReturnType<Probes[K]>>
  >;

export const renderMermaid = (page: Page) => probe(page, 'renderMermaid');
export const measureFirstScreen = (page: Page) => probe(page, 'measureFirstScreen');
export const measureOverflow = (page: Page) => probe(page, 'measureOverflow');
export const measureCharts = (page: Page) => probe(page, 'measureCharts');
export const findMarkup = (page: Page) => probe(page, 'findMarkup');
