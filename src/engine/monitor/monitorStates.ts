import type { MonitorState } from '../ports.js';
import type { GateSample } from '../report/model.js';

// Datadog's names for a monitor's overall state (MonitorOverallStates).
const ALERT = 'Alert';
const WARN = 'Warn';
const NO_DATA = 'No Data';

/** "checkout p99 latency: Alert (https://app.datadoghq.com/monitors/123)": the link only when there is one. */
const named = (monitor: MonitorState) => `${monitor.name}: ${monitor.state}${monitor.url ? ` (${monitor.url})` : ''}`;

/**
 * One sample of the datadog-monitors gate from the states of its monitors: any in Alert is a breach naming each;
 * all in No Data is no data, since nothing then vouches for the release; Warn is ok, said in a note so a
 * reader sees it coming; every other state (OK, Ignored, Skipped, Unknown) is ok.
 */
export function classifyMonitorStates(monitors: readonly MonitorState[]): Omit<GateSample, 'at'> {
  // The monitors were there before the window: gone now (deleted, retagged), they say nothing either way.
  if (monitors.length === 0) return { outcome: 'no-data', note: 'no monitor has the tags any more' };
  const alerting = monitors.filter((monitor) => monitor.state === ALERT);
  if (alerting.length > 0) return { outcome: 'breach', note: alerting.map(named).join('; ') };
  if (monitors.every((monitor) => monitor.state === NO_DATA)) {
    return { outcome: 'no-data', note: `every monitor is in ${NO_DATA}` };
  }
  const warning = monitors.filter((monitor) => monitor.state === WARN);
  return warning.length > 0 ? { outcome: 'ok', note: warning.map(named).join('; ') } : { outcome: 'ok' };
}
