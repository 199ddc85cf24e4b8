import type { CDPSession } from 'playwright-core';

interface Reply {
  id: number;
  result?: unknown;
  error?: { message: string };
}

/**
 * The DevTools protocol for the dedicated workers a page starts. Playwright opens CDP sessions on pages only, so
 * the page's session auto-attaches to its workers and talks to each through `Target.sendMessageToTarget` (the
 * protocol's non-flat mode), whose commands the worker answers even while its JavaScript is busy.
 */
export class WorkerSessions {
  private next = 1;
  private readonly pending = new Map<number, (reply: Reply) => void>();
  private readonly waiting: ((sessionId: string) => void)[] = [];

  private constructor(private readonly cdp: CDPSession) {
    cdp.on('Target.attachedToTarget', (event) => {
      if (event.targetInfo.type === 'worker') this.waiting.shift()?.(event.sessionId);
    });
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      const reply = JSON.parse(event.message) as Reply;
      this.pending.get(reply.id)?.(reply);
      this.pending.delete(reply.id);
    });
  }

  static async attach(cdp: CDPSession): Promise<WorkerSessions> {
    const sessions = new WorkerSessions(cdp);
    await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
    return sessions;
  }

  /** The session of the next worker the page starts; call before starting it. */
  nextWorker(): Promise<string> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  async send<T>(sessionId: string, method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.next++;
    const reply = new Promise<Reply>((resolve) => this.pending.set(id, resolve));
    await this.cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    const { result, error } = await reply;
    if (error) throw new Error(`${method}: ${error.message}`);
    return result as T;
  }
}
