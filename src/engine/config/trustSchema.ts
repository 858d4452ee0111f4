import { decimal, oneOf, wholeNumber } from './fields.js';

/** How much a gate may do: be watched only, warn at most, or fail the release and roll it back. */
export const GATE_MODES = ['observe', 'warn', 'enforce'] as const;
export type GateMode = (typeof GATE_MODES)[number];
export const gateMode = oneOf(GATE_MODES);
/** Seconds a latency must also rise over its baseline before a ratio breach counts. */
export const DEFAULT_LATENCY_MIN_DELTA = 0.05;

/** The keys that decide how far a team trusts its gates: their mode, how small a change counts, an early pass. */
export const trustShape = {
  'latency-min-delta': decimal(0)
    .prefault(DEFAULT_LATENCY_MIN_DELTA)
    .meta({
      description:
        'Seconds the latency must also be above its baseline for a max-latency-ratio breach; a baseline of 0 is judged by it alone.',
      default: String(DEFAULT_LATENCY_MIN_DELTA),
    }),
  'error-rate-mode': gateMode.prefault('enforce').meta({
    description: 'observe, warn or enforce: what the error-rate gate may do to the verdict (observe: nothing).',
    default: 'enforce',
  }),
  'latency-mode': gateMode.prefault('enforce').meta({
    description: 'observe, warn or enforce: what the latency gate may do to the verdict (observe: nothing).',
    default: 'enforce',
  }),
  'success-threshold': wholeNumber(0, 10_000).prefault(0).meta({
    description:
      'End the window as passed after this many samples in a row with every enforced gate ok and the pods healthy; 0 never ends it early.',
    default: '0',
  }),
};
