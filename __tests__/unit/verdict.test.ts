import { decideVerdict } from '../../src/engine/verdict.js';
import { outcome } from '../support/fixtures.js';

const passed = outcome({ name: 'GET /health' });
const failed = outcome({ name: 'GET /ready', result: 'failed', detail: 'status 503, expected 2xx' });
const warned = outcome({ name: 'GET /metrics', result: 'warning', required: false, detail: 'status 500, expected 2xx' });

describe('decideVerdict', () => {
  it('passes when every check passed, with no reasons', () => {
    expect(decideVerdict([passed, passed], false, '15m')).toEqual({ result: 'passed', reasons: [] });
  });

  it('fails when a required check failed and names it', () => {
    expect(decideVerdict([passed, failed], false, '15m')).toEqual({ result: 'failed', reasons: ['GET /ready: status 503, expected 2xx'] });
  });

  it('warns when only optional checks failed, and marks them optional', () => {
    expect(decideVerdict([passed, warned], false, '15m')).toEqual({ result: 'warning', reasons: ['GET /metrics: status 500, expected 2xx (optional)'] });
  });

  it('fails over a warning and lists both reasons in check order', () => {
    expect(decideVerdict([warned, failed], false, '15m')).toEqual({
      result: 'failed',
      reasons: ['GET /metrics: status 500, expected 2xx (optional)', 'GET /ready: status 503, expected 2xx'],
    });
  });

  it('never passes without checks', () => {
    expect(decideVerdict([], false, '15m')).toEqual({ result: 'failed', reasons: ['no check ran: there is no data to pass on'] });
  });

  it('fails when the step ran out of time, even if the checks that finished passed', () => {
    expect(decideVerdict([passed], true, '1m30s')).toEqual({
      result: 'failed',
      reasons: ['the step reached its time limit (timeout 1m30s) before every check finished'],
    });
  });
});
