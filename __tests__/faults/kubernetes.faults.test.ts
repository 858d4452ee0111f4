import { describeParty, startsWith, type Expected } from './describeParty.js';
import { runKubernetesCell, type KubernetesCell } from './kubernetesTargets.js';
import { stable } from './matrix.js';
import * as scenarios from '../support/kubernetesScenarios.js';

// Pod health only: no rollout wait, no rollback; two samples, 5s apart, each pod list bounded by the
// interval: room for kubectl to start on a busy machine.
const inputs = {
  'kube-deployment': scenarios.deploymentName,
  'kube-namespace': scenarios.namespace,
  'kube-selector': 'app=checkout,tier=web',
  'rollout-timeout': '0s',
  rollback: 'off',
  'monitor-window': '10s',
  'monitor-interval': '5s',
  timeout: '2m',
};

const kept = (error: string): Expected => ({
  outcome: 'warning',
  says: startsWith(`inconclusive — kubectl kept failing: ${error}`),
});

const pods = (cell: KubernetesCell) => cell.report.checks.find((check) => check.name === 'pods');

describeParty<KubernetesCell>({
  party: 'kubernetes',
  run: (fault) => runKubernetesCell(fault, inputs),
  observe: (cell) => ({
    injected: cell.injected,
    outcome: cell.report.verdict.result,
    says: stable(pods(cell)?.detail ?? 'no pods check in the report'),
  }),
  // Pods that cannot be read are no data, never healthy: the pods check is inconclusive, a warning.
  expected: {
    refused: kept(
      'kubectl get pods failed: The connection to the server 127.0.0.1:PORT was refused - did you specify the right host or port?',
    ),
    hang: kept('the cluster gave no pod list within 5s'),
    'status-500': kept(
      'kubectl get pods failed: Error from server (InternalError): an error on the server ("internal server error (injected)") has prevented the request from succeeding (get pods)',
    ),
    // kubectl honours Retry-After itself, up to 10 times: longer than a sample waits.
    'status-429': kept('the cluster gave no pod list within 5s'),
    'truncated-json': kept('kubectl get pods failed: error: unexpected end of JSON input'),
    'html-page': kept("kubectl get pods failed: error: serializer for text/html; charset=utf-8 doesn't exist"),
    flood: kept("kubectl get pods failed: error: invalid character 'x' looking for beginning of value"),
    trickle: kept('the cluster gave no pod list within 5s'),
    'untrusted-tls': kept(
      'kubectl get pods failed: Unable to connect to the server: tls: failed to verify certificate: x509: certificate signed by unknown authority',
    ),
    unresolvable: kept(
      'kubectl get pods failed: Unable to connect to the server: dial tcp: lookup fault-injection.invalid',
    ),
  },
  also: {
    // Both samples reached the fault: discovery went through, the pod lists did not.
    hang: (cell) => expect(cell.podRequests).toBe(2),
    trickle: (cell) => expect(cell.podRequests).toBe(2),
    'status-429': (cell) => expect(cell.podRequests).toBeGreaterThan(2),
    // kubectl is a process of its own: the 50 MB reach it, not this one, and it rejects them.
    flood: (cell) => expect(cell.podRequests).toBe(2),
  },
  rejections: (cell) => cell.rejections,
});
