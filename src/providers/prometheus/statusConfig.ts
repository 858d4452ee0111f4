import { parse } from 'yaml';
import { z } from 'zod';
import { MetricError } from '../../engine/ports.js';
import { promqlDurationMs } from '../../engine/monitor/ranges.js';
import type { Answer } from './failure.js';

// GET /api/v1/status/config: the loaded configuration as YAML text, defaults filled in.
const statusConfig = z.object({ status: z.literal('success'), data: z.object({ yaml: z.string() }) });
const loadedConfig = z.object({
  global: z.object({ scrape_interval: z.string().regex(/^(?:\d+(?:ms|s|m|h|d|w|y))+$/) }),
});

/**
 * `global.scrape_interval` in milliseconds. Thanos, Mimir and managed services have no such endpoint or
 * answer it differently: every way this fails is a MetricError the monitor turns into an assumed default.
 * The configuration may hold credentials, so nothing of the body is quoted.
 */
export function scrapeIntervalOf(answer: Answer, path: string): number {
  if (answer.status < 200 || answer.status >= 300) throw new MetricError(`GET ${path} answered HTTP ${answer.status}`);
  let json: unknown;
  try {
    json = JSON.parse(answer.body);
  } catch {
    throw new MetricError(`GET ${path} did not answer JSON`);
  }
  const envelope = statusConfig.safeParse(json);
  if (!envelope.success) throw new MetricError(`GET ${path} did not answer Prometheus's configuration`);
  let loaded: unknown;
  try {
    loaded = parse(envelope.data.data.yaml);
  } catch {
    throw new MetricError(`GET ${path} answered a configuration that is not YAML`);
  }
  const config = loadedConfig.safeParse(loaded);
  if (!config.success) throw new MetricError(`GET ${path}: the configuration has no global.scrape_interval`);
  const ms = promqlDurationMs(config.data.global.scrape_interval);
  if (ms <= 0) throw new MetricError(`GET ${path}: global.scrape_interval is 0`);
  return ms;
}
