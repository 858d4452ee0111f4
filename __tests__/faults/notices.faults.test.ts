import { describeParty, startsWith } from './describeParty.js';
import {
  expectFloodCutShort,
  expectVerdictUntouched,
  observeNotices,
  runNoticeCell,
  unconfirmed,
  type NoticeCell,
} from './notices.js';

// The three channels in one file: their runs wait on 10 s notice timeouts (the composition root's, not
// configurable), twice for the hanging cells since the end notice follows the start. Every cell of the
// three starts at once, so the file takes as long as one such cell.

describeParty<NoticeCell>({
  party: 'grafana',
  run: (fault) =>
    runNoticeCell(fault, (url) => ({ 'grafana-url': url, 'grafana-token': 'glsa_fault_injection_token' })),
  observe: observeNotices,
  // A notice is best effort: the healthy service passes whatever Grafana does, and a notice that did not go
  // out after its attempts (3 on connection errors, 5xx and 429; 1 on a timeout, which may have been processed,
  // on an untrusted certificate, which would fail again, and on a 2xx nothing confirms) says why.
  expected: {
    refused: {
      outcome: 'passed, not sent',
      says: 'start and end, 3 attempts each: Grafana: connection refused by 127.0.0.1:PORT',
    },
    hang: {
      outcome: 'passed, not sent',
      says: 'start and end, 1 attempt each: timed out: no answer from Grafana at 127.0.0.1:PORT within 10s',
    },
    'status-500': {
      outcome: 'passed, not sent',
      says: 'start and end, 3 attempts each: HTTP 500: internal server error (injected)',
    },
    'status-429': {
      outcome: 'passed, not sent',
      says: 'start and end, 3 attempts each: HTTP 429: too many requests (injected)',
    },
    'truncated-json': unconfirmed,
    'html-page': unconfirmed,
    flood: unconfirmed,
    trickle: {
      outcome: 'passed, not sent',
      says: 'start and end, 1 attempt each: timed out: no answer from Grafana at 127.0.0.1:PORT within 10s',
    },
    'untrusted-tls': {
      outcome: 'passed, not sent',
      says: startsWith(
        'start and end, 1 attempt each: Grafana: TLS error with 127.0.0.1:PORT: self-signed certificate',
      ),
    },
    unresolvable: {
      outcome: 'passed, not sent',
      says: 'start and end, 3 attempts each: Grafana: DNS lookup failed for fault-injection.invalid (ENOTFOUND)',
    },
  },
  always: expectVerdictUntouched,
  also: { flood: expectFloodCutShort },
});

describeParty<NoticeCell>({
  party: 'datadog',
  run: (fault) =>
    runNoticeCell(fault, (url) => ({ 'datadog-api-key': 'dd-fault-injection-key', 'datadog-api-url': url })),
  observe: observeNotices,
  // A notice is best effort: the healthy service passes whatever Datadog does, and a notice that did not go
  // out after its attempts (3 on connection errors, 5xx and 429; 1 on a timeout, which may have been processed,
  // on an untrusted certificate, which would fail again, and on a 2xx nothing confirms) says why.
  expected: {
    refused: {
      outcome: 'passed, not sent',
      says: 'start and end, 3 attempts each: Datadog: connection refused by 127.0.0.1:PORT',
    },
    hang: {
      outcome: 'passed, not sent',
      says: 'start and end, 1 attempt each: timed out: no answer from Datadog at 127.0.0.1:PORT within 10s',
    },
    'status-500': {
      outcome: 'passed, not sent',
      says: 'start and end, 3 attempts each: HTTP 500: internal server error (injected)',
    },
    'status-429': {
      outcome: 'passed, not sent',
      says: 'start and end, 3 attempts each: HTTP 429: too many requests (injected)',
    },
    'truncated-json': unconfirmed,
    'html-page': unconfirmed,
    flood: unconfirmed,
    trickle: {
      outcome: 'passed, not sent',
      says: 'start and end, 1 attempt each: timed out: no answer from Datadog at 127.0.0.1:PORT within 10s',
    },
    'untrusted-tls': {
      outcome: 'passed, not sent',
      says: startsWith(
        'start and end, 1 attempt each: Datadog: TLS error with 127.0.0.1:PORT: self-signed certificate',
      ),
    },
    unresolvable: {
      outcome: 'passed, not sent',
      says: 'start and end, 3 attempts each: Datadog: DNS lookup failed for fault-injection.invalid (ENOTFOUND)',
    },
  },
  always: expectVerdictUntouched,
  also: { flood: expectFloodCutShort },
});

describeParty<NoticeCell>({
  party: 'slack',
  run: (fault) =>
    runNoticeCell(fault, (url) => ({ 'slack-webhook-url': `${url}/services/T0FAULT/B0FAULT/faultinjectionsecret` })),
  observe: observeNotices,
  // A notice is best effort: the healthy service passes whatever Slack does, and a notice that did not go
  // out after its attempts (3 on connection errors, 5xx and 429; 1 on a timeout, which may have been processed,
  // on an untrusted certificate, which would fail again, and on a 2xx nothing confirms) says why.
  expected: {
    refused: {
      outcome: 'passed, not sent',
      says: 'start and end, 3 attempts each: connection refused by 127.0.0.1:PORT',
    },
    hang: {
      outcome: 'passed, not sent',
      says: 'start and end, 1 attempt each: Slack at 127.0.0.1:PORT did not answer within 10s',
    },
    'status-500': {
      outcome: 'passed, not sent',
      says: 'start and end, 3 attempts each: HTTP 500: internal server error (injected)',
    },
    'status-429': {
      outcome: 'passed, not sent',
      says: 'start and end, 3 attempts each: HTTP 429: too many requests (injected) — rate limited: Slack takes about one message per second per webhook',
    },
    'truncated-json': unconfirmed,
    'html-page': unconfirmed,
    flood: unconfirmed,
    trickle: {
      outcome: 'passed, not sent',
      says: 'start and end, 1 attempt each: Slack at 127.0.0.1:PORT sent headers but no complete answer within 10s',
    },
    'untrusted-tls': {
      outcome: 'passed, not sent',
      says: startsWith('start and end, 1 attempt each: TLS error with 127.0.0.1:PORT: self-signed certificate'),
    },
    unresolvable: {
      outcome: 'passed, not sent',
      says: 'start and end, 3 attempts each: DNS lookup failed for fault-injection.invalid (ENOTFOUND)',
    },
  },
  always: expectVerdictUntouched,
  also: { flood: expectFloodCutShort },
});

describeParty<NoticeCell>({
  party: 'slack-api',
  run: (fault) =>
    runNoticeCell(fault, (url) => ({
      'slack-bot-token': 'xoxb-fault-injection-token',
      'slack-channel': 'C0FAULTS01',
      'slack-api-url': `${url}/api`,
    })),
  observe: observeNotices,
  // As the webhook: best effort, the same attempts. The end has no start message to update, so it posts anew.
  expected: {
    refused: {
      outcome: 'passed, not sent',
      says: 'start and end, 3 attempts each: Slack: connection refused by 127.0.0.1:PORT',
    },
    hang: {
      outcome: 'passed, not sent',
      says: 'start and end, 1 attempt each: timed out: no answer from Slack at 127.0.0.1:PORT within 10s',
    },
    'status-500': {
      outcome: 'passed, not sent',
      says: 'start and end, 3 attempts each: HTTP 500: chat.postMessage: internal server error (injected)',
    },
    'status-429': {
      outcome: 'passed, not sent',
      says: 'start and end, 3 attempts each: HTTP 429: rate limited: Slack takes about one message per second per channel',
    },
    'truncated-json': unconfirmed,
    'html-page': unconfirmed,
    flood: unconfirmed,
    trickle: {
      outcome: 'passed, not sent',
      says: 'start and end, 1 attempt each: timed out: no answer from Slack at 127.0.0.1:PORT within 10s',
    },
    'untrusted-tls': {
      outcome: 'passed, not sent',
      says: startsWith('start and end, 1 attempt each: Slack: TLS error with 127.0.0.1:PORT: self-signed certificate'),
    },
    unresolvable: {
      outcome: 'passed, not sent',
      says: 'start and end, 3 attempts each: Slack: DNS lookup failed for fault-injection.invalid (ENOTFOUND)',
    },
  },
  always: expectVerdictUntouched,
  also: { flood: expectFloodCutShort },
});
