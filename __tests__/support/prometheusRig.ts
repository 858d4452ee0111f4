import {
  HEALTHY,
  startMetricsService,
  startPrometheus,
  type MetricsService,
  type PrometheusServer,
  type Traffic,
} from './prometheus.js';

// Scrapes of a new traffic before a test reads it: enough for every range the tests use to see only it.
const SETTLE = 6;

export interface PrometheusRig {
  readonly url: string;
  /** Sets the service's traffic and waits until Prometheus has scraped enough of it. */
  trafficBecomes(traffic: Traffic): Promise<void>;
}

/** One metrics service and a real Prometheus scraping it, for the tests of one file: started before them, stopped after. */
export function usePrometheusRig(initial: Traffic = HEALTHY): PrometheusRig {
  let service: MetricsService | undefined;
  let prometheus: PrometheusServer | undefined;
  beforeAll(async () => {
    service = await startMetricsService(initial);
    prometheus = await startPrometheus(service.target);
  });
  afterAll(async () => {
    await prometheus?.stop();
    await service?.close();
  });
  const started = () => {
    if (!service || !prometheus) throw new Error('the Prometheus rig is used before beforeAll started it');
    return { service, prometheus };
  };
  return {
    get url() {
      return started().prometheus.url;
    },
    async trafficBecomes(traffic) {
      const { service, prometheus } = started();
      service.setTraffic(traffic);
      const missing = SETTLE - service.scrapesOfCurrentTraffic();
      if (missing > 0) await prometheus.waitForScrapes(missing);
    },
  };
}
