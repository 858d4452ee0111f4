import { ClusterError, type ClusterInspector, type PodState } from '../../engine/ports.js';
import { clusterArgs, failure, lastLine, parseOutput as parse, runKubectl } from './kubectl.js';
import { deploymentSchema, podListSchema, toPodStates } from './podSchema.js';

export interface KubectlInspectorOptions {
  deployment: string;
  namespace: string;
  context?: string;
  /** Label selector of the pods; by default the Deployment's own spec.selector.matchLabels. */
  selector?: string;
  /** Path or name of the kubectl binary; "kubectl" on PATH by default. */
  kubectl?: string;
  /** Variables set for kubectl over the inherited environment (KUBECONFIG, HOME). */
  env?: Record<string, string>;
  /** kubectl --insecure-skip-tls-verify=true: the user named kubernetes in insecure-skip-tls-verify. */
  insecureSkipTlsVerify?: boolean;
}

// `rollout status` ends this way when the rollout is merely not done: an answer, not a cluster failure.
const notComplete = /^error: (timed out waiting for the condition|deployment ".*" exceeded its progress deadline)/m;

export function createKubectlInspector(options: KubectlInspectorOptions): ClusterInspector {
  const tool = options.kubectl ?? 'kubectl';
  const common = clusterArgs(options);
  const kubectl = (args: string[], signal: AbortSignal) => runKubectl(tool, [...args, ...common], signal, options.env);
  let selector: Promise<string> | undefined;

  const podSelector = (signal: AbortSignal): Promise<string> => {
    if (options.selector !== undefined) return Promise.resolve(options.selector);
    selector ??= deploymentSelector(signal).catch((error: unknown) => {
      selector = undefined; // a passing outage must not stick
      throw error;
    });
    return selector;
  };

  async function deploymentSelector(signal: AbortSignal): Promise<string> {
    const result = await kubectl(['get', 'deployment', options.deployment, '-o', 'json'], signal);
    if (result.exitCode !== 0) throw failure(`get deployment ${options.deployment}`, result);
    const { matchLabels, matchExpressions } = parse(deploymentSchema, result, `get deployment ${options.deployment}`)
      .spec.selector;
    const labels = Object.entries(matchLabels ?? {});
    if (labels.length === 0 || (matchExpressions?.length ?? 0) > 0) {
      throw new ClusterError(
        `Deployment ${options.deployment} does not select its pods by matchLabels alone; set kube-selector`,
      );
    }
    return labels.map(([key, value]) => `${key}=${value}`).join(',');
  }

  return {
    async waitForRollout(timeoutMs, signal) {
      // --timeout=0s would mean "wait forever" to kubectl.
      const seconds = Math.max(1, Math.ceil(timeoutMs / 1000));
      const result = await kubectl(
        ['rollout', 'status', `deployment/${options.deployment}`, `--timeout=${seconds}s`],
        signal,
      );
      const lastStatus = lastLine(result.stdout);
      if (result.exitCode === 0)
        return { complete: true, message: lastStatus ?? `deployment "${options.deployment}" successfully rolled out` };
      const error = notComplete.exec(result.stderr)?.[0];
      if (!error) throw failure('rollout status', result);
      return { complete: false, message: lastStatus ? `${error} (last status: ${lastStatus})` : error };
    },

    async listPods(signal): Promise<PodState[]> {
      const labels = await podSelector(signal);
      const result = await kubectl(['get', 'pods', '-l', labels, '-o', 'json'], signal);
      if (result.exitCode !== 0) throw failure('get pods', result);
      return toPodStates(parse(podListSchema, result, 'get pods'));
    },

    async podLogs(since, signal) {
      const labels = await podSelector(signal);
      // --tail=-1: with -l kubectl keeps only the last 10 lines per container unless told otherwise.
      const args = [
        'logs',
        '-l',
        labels,
        `--since-time=${since.toISOString()}`,
        '--all-containers',
        '--prefix',
        '--tail=-1',
      ];
      const result = await kubectl(args, signal);
      if (result.exitCode !== 0) throw failure('logs', result);
      return result.stdout.split('\n').filter((line) => line !== '');
    },
  };
}
