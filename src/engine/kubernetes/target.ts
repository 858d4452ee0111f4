import type { Config } from '../config/schema.js';

/** The Deployment the action waits for, watches and rolls back. */
export interface KubernetesTarget {
  deployment: string;
  namespace: string;
  context?: string;
  selector?: string;
  rolloutTimeoutMs: number;
  insecureSkipTlsVerify: boolean;
}

export function planKubernetes(config: Config): KubernetesTarget | undefined {
  const deployment = config['kube-deployment'];
  if (!deployment) return undefined;
  return {
    deployment,
    namespace: config['kube-namespace'],
    context: config['kube-context'],
    selector: config['kube-selector'],
    rolloutTimeoutMs: config['rollout-timeout'],
    insecureSkipTlsVerify: config['insecure-skip-tls-verify'].has('kubernetes'),
  };
}

/**
 * `deployment/NAME -n NS [--context=C]`: what every kubectl command shown to a person is about, in
 * one form, so that a command copied from any message reaches the same Deployment.
 */
export function kubectlTarget(target: Pick<KubernetesTarget, 'deployment' | 'namespace' | 'context'>): string {
  return `deployment/${target.deployment} ${kubectlScope(target)}`;
}

/** `-n NS [--context=C]`: the namespace and context alone, for commands about other objects than the Deployment. */
export function kubectlScope(target: Pick<KubernetesTarget, 'namespace' | 'context'>): string {
  return `-n ${target.namespace}${target.context ? ` --context=${target.context}` : ''}`;
}
