import type { CDPSession } from 'playwright-core';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/**
 * Any DevTools target (the panel, the service worker) reached through the browser session with
 * a non-flattened session, like the harness's SidePanel, but attachable the moment it appears.
 */
export class CdpTarget {
  private nextId = 1;

  private constructor(
    private readonly cdp: CDPSession,
    readonly sessionId: string,
    readonly targetId: string,
  ) {}

  static async attach(cdp: CDPSession, targetId: string): Promise<CdpTarget> {
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
    return new CdpTarget(cdp, sessionId, targetId);
  }

  /** Polls the browser's targets every few milliseconds until one matches. */
  static async waitFor(
    cdp: CDPSession,
    match: (t: TargetInfo) => boolean,
    timeoutMs = 10_000,
  ): Promise<TargetInfo> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const { targetInfos } = await cdp.send('Target.getTargets');
      const found = targetInfos.find(match);
      if (found) return found;
      await new Promise((r) => setTimeout(r, 5));
    }

    throw new Error(`No matching DevTools target within ${timeoutMs} ms`);
  }

  command<T = unknown>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const onMessage = (event: { sessionId: string; message: string }) => {
        if (event.sessionId !== this.sessionId) return;
        const reply = JSON.parse(event.message) as {
          id?: number;
          result?: T;
          error?: { message: string };
        };
        if (reply.id !== id) return;
        this.cdp.off('Target.receivedMessageFromTarget', onMessage);
        if (reply.error) reject(new Error(`${method}: ${reply.error.message}`));
        else resolve(reply.result as T);
      };
      this.cdp.on('Target.receivedMessageFromTarget', onMessage);
      void this.cdp
        .send('Target.sendMessageToTarget', {
          sessionId: this.sessionId,
          message: JSON.stringify({ id, method, params }),
        })
        .catch(reject);
    });
  }

  async evaluate<T>(expression: string): Promise<T> {
    const result = await this.command<{
      result: { value?: T };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    }>('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    if (result.exceptionDetails) {
      throw new Error(
        result.exceptionDetails.exception?.description ?? result.exceptionDetails.text,
      );
    }
    return result.result.value as T;
  }

  /** Evaluates `expression` until it yields something other than null or undefined. */
  async poll<T>(expression: string, timeoutMs = 20_000, everyMs = 20): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let last = '';
    while (Date.now() < deadline) {
      try {
        const value = await this.evaluate<T | null | undefined>(expression);
        if (value !== null && value !== undefined) return value;
      } catch (error) {
        last = String(error);
      }
      await new Promise((r) => setTimeout(r, everyMs));
    }

    throw new Error(`Never got a value for ${expression} within ${timeoutMs} ms. ${last}`);
  }

  async detach(): Promise<void> {
    await this.cdp.send('Target.detachFromTarget', { sessionId: this.sessionId }).catch(() => {});
  }
}
