// The demo's rollback command: what a team's own script would do to send traffic back to the previous
// release (an ECS service update, a load-balancer switch), here a POST to the demo service's admin endpoint.
// `npm run demo` passes the service's URL as DEMO_SERVICE_URL; the action runs this with bash as
// rollback-command, with PDC_* variables describing the failed release.

const url = process.env.DEMO_SERVICE_URL;
if (!url) {
  process.stderr.write('DEMO_SERVICE_URL is not set\n');
  process.exit(2);
}
process.stdout.write(`switching ${process.env.PDC_SERVICE ?? 'the service'} back: ${process.env.PDC_FAILED_CHECKS}\n`);
const response = await fetch(new URL('/admin/rollback', url), { method: 'POST', signal: AbortSignal.timeout(5_000) });
const answer = await response.json();
process.stdout.write(`the service now serves ${answer.serving}\n`);
process.stdout.write(`rollback-revision=${answer.serving.slice(0, 7)}\n`);
process.exit(response.ok ? 0 : 1);
