import puppeteer, { type Browser } from 'puppeteer-core';

// Debian's chromium package (.ci/run installs it); CHROMIUM_BIN points at another build.
const EXECUTABLE = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';

/** One headless Chromium for every situation: starting it is most of the test's time. */
export function launchChromium(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: EXECUTABLE,
    headless: true,
    // CI runs as root, where Chromium refuses its sandbox; the pages are our own summaries.
    args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'],
    timeout: 30_000,
    protocolTimeout: 30_000,
  });
}
