import { setTimeout as sleep } from 'node:timers/promises';
import {
  HEALTHY,
  startMetricsService,
  startPrometheus,
  type MetricsService,
  type PrometheusServer,
} from '../../__tests__/support/prometheus.js';
import { log } from '../log.js';

const RANGE = '3s';
export const ERROR_RATE = `sum(rate(http_requests_total{status=~"5.."}[${RANGE}])) / sum(rate(http_requests_total[${RANGE}]))`;
export const INTERVAL_S = 1;
export const THRESHOLD = 2;
export const MAX_ERROR_RATE = 0.01;
/** The healthy service has no errors at all, so that a [3s] range is clearly under MAX_ERROR_RATE. */
export const NO_ERRORS = { ...HEALTHY, errorShare: 0 };

/** A scrape the metrics service served: when, and the error share it reported. */
export interface Scrape {
  at: number;
  errorShare: number;
}

/** A real Prometheus scraping the tests' metrics service every second; every scrape's time is kept. */
export interface PrometheusRig {
  prometheus: PrometheusServer;
  metrics: MetricsService;
  scrapes: Scrape[];
  /** Waits until `count` more scrapes have been served. */
  settle(count: number): Promise<void>;
  /** The action's inputs for watching ERROR_RATE for 30 s: the same for the monitor and the detection figures. */
  watchInputs: Record<string, string>;
}

/** Runs `use` with the rig, which has served 5 error-free scrapes, and stops it afterwards. */
export async function withPrometheusRig(use: (rig: PrometheusRig) => Promise<void>): Promise<void> {
  const scrapes: Scrape[] = [];
  const metrics = await startMetricsService(NO_ERRORS, {
    onScrape: (traffic) => scrapes.push({ at: Date.now(), errorShare: traffic.errorShare }),
  });
  log('prometheus: starting (scrape every 1 s)');
  const prometheus = await startPrometheus(metrics.target);
  try {
    const settle = async (count: number) => {
      const from = scrapes.length;
      while (scrapes.length - from < count) await sleep(100);
    };
    await settle(5);
    await use({
      prometheus,
      metrics,
      scrapes,
      settle,
      watchInputs: {
        'prometheus-url': prometheus.url,
        'error-rate-query': ERROR_RATE,
        'monitor-window': '30s',
        'monitor-interval': `${INTERVAL_S}s`,
        'failure-threshold': String(THRESHOLD),
      },
    });
  } finally {
    await prometheus.stop();
    await metrics.close();
  }
}
