import { closingError } from '../../src/adapters/action/publish.js';
import { groupOnFirstLine } from '../../src/adapters/shared/groupOnFirstLine.js';
import type { RollbackReport } from '../../src/engine/report/model.js';

function recorder() {
  const lines: string[] = [];
  const logger = groupOnFirstLine({
    open: (title) => lines.push(`open ${title}`),
    close: () => lines.push('close'),
    info: (line) => lines.push(line),
    warning: (line) => lines.push(`warning ${line}`),
  });
  return { lines, logger };
}

describe('log groups', () => {
  it('shows no group that printed nothing (notices all sent, a rollback with nothing to do)', async () => {
    const { lines, logger } = recorder();
    await logger.group('Notices', async () => undefined);
    await logger.group('Rollback', async () => undefined);
    expect(lines).toEqual([]);
  });

  it('opens a group at its first line, warnings included, and closes it once', async () => {
    const { lines, logger } = recorder();
    await logger.group('Rollback', async () => {
      logger.warning('kubectl is slow');
      logger.info('running kubectl rollout undo');
    });
    await logger.group('Notices', async () => logger.info('slack: sent'));
    expect(lines).toEqual([
      'open Rollback',
      'warning kubectl is slow',
      'running kubectl rollout undo',
      'close',
      'open Notices',
      'slack: sent',
      'close',
    ]);
  });

  it("returns the body's value and closes an opened group when the body throws", async () => {
    const { lines, logger } = recorder();
    await expect(logger.group('Plan', async () => 42)).resolves.toBe(42);
    await expect(
      logger.group('Verify', async () => {
        logger.info('GET /health');
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    logger.info('after');
    expect(lines).toEqual(['open Verify', 'GET /health', 'close', 'after']);
  });
});

describe("the step's closing error annotation", () => {
  const failed = { result: 'failed' as const, reasons: ['a reason that is long '.repeat(20)] };

  it('names the verdict and the failed checks, points at the summary and repeats no detail', () => {
    const text = closingError({ verdict: failed }, ['GET /health/ready', 'version']);
    expect(text).toBe(
      'post-deploy-check failed: 2 checks failed (GET /health/ready, version); details in the job summary',
    );
  });

  it('stays short with many failed checks', () => {
    const text = closingError({ verdict: failed }, ['a', 'b', 'c', 'd', 'e']);
    expect(text).toBe('post-deploy-check failed: 5 checks failed (a, b, c and 2 more); details in the job summary');
  });

  it('says ROLLBACK FAILED, and something for a failure no check names', () => {
    const rollback = { outcome: 'failed' } as RollbackReport;
    expect(closingError({ verdict: failed, rollback }, [])).toBe(
      'post-deploy-check failed: ROLLBACK FAILED; details in the job summary',
    );
    expect(closingError({ verdict: failed }, [])).toBe('post-deploy-check failed; details in the job summary');
  });

  it('says a cancelled run was not judged', () => {
    expect(closingError({ verdict: { result: 'cancelled', reasons: [] } }, [])).toBe(
      'post-deploy-check cancelled before a verdict; details in the job summary',
    );
  });
});
