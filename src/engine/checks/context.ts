import type { KubernetesTarget } from '../kubernetes/target.js';
import type { ClusterInspector, Clock, DependencyProbe, DependencyTarget, HttpProber } from '../ports.js';
import type { SecretRedactor } from '../secrets.js';

/** What every check kind runs with: one shape, so a new kind needs no bag of its own. */
export interface CheckContext {
  clock: Clock;
  /** Masks secrets in what a check reports; a flow adds the values it captures. */
  redact: SecretRedactor;
  /** The step's cancellation and time limit: a check stops when it aborts. */
  signal: AbortSignal;
  /** When the run started, so attempts carry times relative to it. */
  runStartedAt: number;
  service: string;
  prober: HttpProber;
  /** One probe per dependency type the plan uses. */
  dependencyProbes?: Partial<Record<DependencyTarget['type'], DependencyProbe>>;
  /** The Deployment, when the plan names one: next steps name it exactly. */
  kubernetes?: KubernetesTarget;
  cluster?: ClusterInspector;
  /** Told each captured value before anything could print it: the action masks it in the log. */
  onSecret?: (value: string) => void;
}
