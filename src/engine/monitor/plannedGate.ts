// What the monitor is asked to watch, gate by gate: the plan's types, apart from the planners that build them.
import type { PlannedRequest } from '../checks/httpPlan.js';
import type { GateSource } from '../config/gateSourceSchema.js';
import type { GateMode } from '../config/trustSchema.js';
import type { InconclusiveAction } from './judge.js';

export interface PlannedGate {
  name: string;
  /** Every placeholder filled but `{{range}}`, which waits for the scrape interval. */
  query: string;
  max?: number;
  min?: number;
  maxRatio?: number;
  onInconclusive: InconclusiveAction;
  /** The gate's own max-consecutive-errors; absent, the monitor's applies. */
  maxConsecutiveErrors?: number;
  /** How far above its baseline a value must also be for a ratio breach; absent, 0. */
  minDelta?: number;
  /** What the gate may do to the verdict; absent, enforce. */
  mode?: GateMode;
  /** The requests each sample covers (placeholders filled like `query`), and how few leave it no data. */
  traffic?: GateTraffic;
  /** Where the gate reads; absent, Prometheus. */
  source?: GateSource;
  /** A Datadog gate: how far back each reading looks for the last point. */
  lookbackMs?: number;
  /** A web gate: the request it sends and where its number is in the answer. */
  web?: PlannedWebRead;
  /**
   * The Datadog monitors gate: the tags its monitors carry (also its `query`, as shown). It reads their states,
   * not a number: its limits are the states, so it has no max or min.
   */
  monitorTags?: string;
  /** Set for the SLO burn-rate gate, which reads errors and requests over two windows instead of `query`. */
  slo?: PlannedSlo;
  /** Set for a canary-versus-baseline comparison, which reads two counts per side instead of `query`. */
  compare?: PlannedComparison;
  /** Set for the traffic gate, which judges the action's own requests instead of reading `query`. */
  synthetic?: PlannedTrafficGate;
}

/** A comparison's own settings; `query` of its gate is the canary's errors query, as shown. */
export interface PlannedComparison {
  /** `{{side}}` and `{{range}}` left for each look to fill: the side's value, the time since the window started. */
  errorsQuery: string;
  requestsQuery: string;
  /** The value of `{{side}}` for the new version. */
  canary: string;
  /** The value of `{{side}}` for the old one, or (`baseline: before`) the canary's own queries this long before the run. */
  baseline: { side: string } | { beforeMs: number };
  maxIncrease: number;
  confidence: number;
  minEvents: number;
}

/** The traffic gate's own limits; `max` of its gate is the error-rate limit. */
export interface PlannedTrafficGate {
  maxP95Ms?: number;
  minRequests: number;
  /** More than this share of a sample's due requests dropped is a breach: the service cannot keep up. */
  maxDroppedShare: number;
}

/** The SLO burn-rate gate's own settings: `max` of its gate is max-burn-rate. */
export interface PlannedSlo {
  /** As written: 99.9 for 99.9%. */
  objectivePercent: number;
  periodMs: number;
  warnBurn: number;
  shortWindowMs: number;
  /** `{{range}}` left for each sample to fill with the window it evaluates. */
  errorsQuery: string;
  requestsQuery: string;
  /** Fewer requests in the short window: no data. */
  minRequests: number;
}

export interface DatadogMetricsAccess {
  site: string;
  /** datadog-api-url: a proxy or another region's API instead of the site's own. */
  apiUrl?: string;
  apiKey: string;
  appKey: string;
  insecureSkipTlsVerify: boolean;
}

export interface GateTraffic {
  query: string;
  /** 0: the traffic is shown, never judged. */
  minRequests: number;
}

/** A web gate's request and where the number is in its answer. */
export interface PlannedWebRead {
  request: PlannedRequest;
  /** Dot path into the JSON answer; a plain-text answer is the number itself. */
  valuePath: string;
  insecureSkipTlsVerify: boolean;
}
