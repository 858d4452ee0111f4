import { ProbeError, type DeployNotice, type NoticeAttempt, type NoticeChannel } from '../../src/engine/ports.js';

export type ScriptedAnswer = NoticeAttempt | 'refused' | 'timeout';

/** A notice channel that answers from a script (the last entry repeats) and records every notice it got. */
export class FakeChannel implements NoticeChannel {
  readonly received: DeployNotice[] = [];
  /** Whether each send's signal was already aborted: a notice sent under a dead signal never leaves. */
  readonly abortedAtSend: boolean[] = [];

  constructor(
    readonly name: NoticeChannel['name'],
    private readonly script: ScriptedAnswer[] = [{ status: 200 }],
  ) {}

  async send(notice: DeployNotice, signal: AbortSignal): Promise<NoticeAttempt> {
    this.received.push(notice);
    this.abortedAtSend.push(signal.aborted);
    const answer = this.script[Math.min(this.received.length - 1, this.script.length - 1)] as ScriptedAnswer;
    if (answer === 'refused') throw new ProbeError('refused', 'connection refused by hooks.example:443');
    if (answer === 'timeout') throw new ProbeError('timeout', 'no complete answer within 10s');
    return answer;
  }

  preview(notice: DeployNotice) {
    return {
      method: 'POST',
      url: `https://${this.name}.example/api`,
      body: { event: notice.event, service: notice.service },
    };
  }
}
