import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';

// Every situation's page and screenshot, and the measurements, land here (git-ignored, under .tmp/),
// for a person to open after a run.
const OUTPUT_DIR = '.tmp/summaries';
// The README's picture of a summary: written only on request, and committed by hand after a look.
const README_SITUATION = 'failed-rollback';
const README_SCREENSHOT = 'docs/summary-failed-rollback.png';

export async function outputPath(file: string, extension: 'html' | 'png' | 'json'): Promise<string> {
  await mkdir(OUTPUT_DIR, { recursive: true });
  return join(OUTPUT_DIR, `${file}.${extension}`);
}

/** With WRITE_SUMMARY_SCREENSHOT=1, the README's screenshot is refreshed from this run. */
export async function offerToReadme(file: string, screenshot: string): Promise<void> {
  if (process.env.WRITE_SUMMARY_SCREENSHOT === '1' && file === README_SITUATION)
    await copyFile(screenshot, README_SCREENSHOT);
}
