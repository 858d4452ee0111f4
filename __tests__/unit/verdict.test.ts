import { decideVerdict } from '../../src/engine/verdict.js';
import { outcome } from '../support/fixtures.js';

const passed = outcome({ name: 'GET /health' });
const failed = outcome({ name: 'GET /ready', result: 'failed', detail: 'status 503, expected 2xx' });
const warned = outcome({
  name: 'GET /metrics',
  result: 'warning',
  required: false,
  detail: 'status 500, expected 2xx',
});

describe('decideVerdict', () => {
  it('passes when every check passed, with no reasons', () => {
    expect(decideVerdict([passed, passed], { cancelled: false, timedOut: false, timeoutText: '15m' })).toEqual({
      result: 'passed',
      reasons: [],
    });
  });

  it('fails when a required check failed and names it', () => {
    expect(decideVerdict([passed, failed], { cancelled: false, timedOut: false, timeoutText: '15m' })).toEqual({
      result: 'failed',
      reasons: ['GET /ready: status 503, expected 2xx'],
    });
  });

  it('warns when only optional checks failed, and marks them optional', () => {
    expect(decideVerdict([passed, warned], { cancelled: false, timedOut: false, timeoutText: '15m' })).toEqual({
      result: 'warning',
      reasons: ['GET /metrics: status 500, expected 2xx (optional)'],
    });
  });

  it('fails over a warning and lists both reasons in check order', () => {
    expect(decideVerdict([warned, failed], { cancelled: false, timedOut: false, timeoutText: '15m' })).toEqual({
      result: 'failed',
      reasons: ['GET /metrics: status 500, expected 2xx (optional)', 'GET /ready: status 503, expected 2xx'],
    });
  });

  it('never passes without checks', () => {
    expect(decideVerdict([], { cancelled: false, timedOut: false, timeoutText: '15m' })).toEqual({
      result: 'failed',
      reasons: ['no check ran: there is no data to pass on'],
    });
  });

  it('fails when the step ran out of time, even if the checks that finished passed', () => {
    expect(decideVerdict([passed], { cancelled: false, timedOut: true, timeoutText: '1m30s' })).toEqual({
      result: 'failed',
      reasons: ['the step reached its time limit (timeout 1m30s) before every check finished'],
    });
  });

  it('is cancelled, not failed or passed, when the runner stopped the run, whatever had finished', () => {
    const stop = { cancelled: true, timedOut: false, timeoutText: '15m' };
    expect(decideVerdict([passed], stop)).toEqual({
      result: 'cancelled',
      reasons: ['the step was cancelled before every check finished: the release was not judged'],
    });
    expect(decideVerdict([passed, failed], stop).result).toBe('cancelled');
    expect(decideVerdict([], stop).reasons).not.toContain('no check ran: there is no data to pass on');
  });
});
