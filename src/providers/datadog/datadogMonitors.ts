import { z } from 'zod';
import type { MonitorState, MonitorStateSource } from '../../engine/ports.js';
import { createDatadogReader, type DatadogReadOptions } from './datadogReader.js';
import { safeError } from './failure.js';
import { datadogAppBase } from './site.js';

export type DatadogMonitorsOptions = DatadogReadOptions;

// More monitors than this cannot be named in a gate's detail, and tags that broad match more than one service.
export const MAX_MONITORS = 100;
// Monitor objects carry their query, message and options: 101 of them stay well under this.
const MAX_BODY_BYTES = 4 * 1024 * 1024;

// The items of GET /api/v1/monitor (Monitor), only what the gate reads. `name` and `overall_state` are not
// required by the spec; a monitor without a state is what Datadog calls Unknown.
const monitorList = z.array(
  z.object({
    id: z.number().int(),
    name: z.string().optional(),
    overall_state: z.string().optional(),
  }),
);

/** The overall state of Datadog monitors chosen by their tags (GET /api/v1/monitor?monitor_tags=). */
export function createDatadogMonitors(options: DatadogMonitorsOptions): MonitorStateSource {
  const reader = createDatadogReader(options);
  const app = datadogAppBase(options.site, options.apiUrl);

  return {
    async list(tags, { timeoutMs, signal }): Promise<MonitorState[]> {
      const wanted = tags
        .split(',')
        .map((tag) => tag.trim())
        .filter((tag) => tag !== '');
      // Without a tag the API lists every monitor of the organisation: never what a gate on one service means.
      if (wanted.length === 0) throw safeError('datadog-monitor-tags names no tag', reader.redact, true);
      const monitors = await reader.read(
        {
          path: '/api/v1/monitor',
          // One page one larger than the limit tells "too many" from "exactly the limit" in a single request.
          params: { monitor_tags: wanted.join(','), page: '0', page_size: String(MAX_MONITORS + 1) },
          timeoutMs,
          signal,
          maxBytes: MAX_BODY_BYTES,
          tooLarge: `more monitors than a gate can judge: narrow datadog-monitor-tags`,
          what: 'the monitor list',
          permission: 'monitors_read',
        },
        monitorList,
      );
      if (monitors.length > MAX_MONITORS)
        throw safeError(
          `more than ${MAX_MONITORS} Datadog monitors have the tags ${wanted.join(',')}: narrow datadog-monitor-tags, e.g. add env: or service:`,
          reader.redact,
          // Tags that broad are a setup problem, as a malformed query is: waiting will not fix them.
          true,
        );
      return monitors.map((monitor) => ({
        id: monitor.id,
        name: monitor.name ?? `monitor ${monitor.id}`,
        state: monitor.overall_state ?? 'Unknown',
        ...(app ? { url: `${app}/monitors/${monitor.id}` } : {}),
      }));
    },
    close: () => reader.close(),
  };
}
