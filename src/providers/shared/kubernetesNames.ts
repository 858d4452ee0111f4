import {
  DNS1123_LABEL as LABEL,
  DNS1123_SUBDOMAIN as SUBDOMAIN,
  MAX_LABEL_CHARS,
  MAX_SUBDOMAIN_CHARS,
} from '../../engine/kubernetes/dns1123.js';

export interface KubernetesNames {
  /**
   * What the command acts on, a DNS-1123 subdomain; `kind` names it in the message ("Helm release name");
   * `maxLength` where a tighter limit than DNS-1123's applies.
   */
  object: { name: string; kind: string; maxLength?: number };
  namespace: string;
  /** Free-form (EKS ARNs, GKE names with underscores); `kind` names it in the message ("kube context"). */
  context: { name: string | undefined; kind: string };
}

/**
 * What is wrong with the names a rollbacker hands its CLI, before it runs: a name that is not DNS-1123, or a
 * context that is empty or would read as a flag. Undefined when they are all usable.
 */
export function invalidKubernetesNames({ object, namespace, context }: KubernetesNames): string | undefined {
  if (object.name.length > (object.maxLength ?? MAX_SUBDOMAIN_CHARS) || !SUBDOMAIN.test(object.name))
    return `"${object.name}" is not a valid ${object.kind}`;
  if (namespace.length > MAX_LABEL_CHARS || !LABEL.test(namespace))
    return `"${namespace}" is not a valid namespace name (a DNS-1123 label)`;
  if (context.name !== undefined && (context.name === '' || context.name.startsWith('-')))
    return `"${context.name}" is not a usable ${context.kind}`;
  return undefined;
}
