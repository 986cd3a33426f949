import type { CDPSession } from 'playwright-core';

/**
 * The real side panel, reached through the browser's DevTools protocol: Playwright does not list
 * it among the context's pages. Evaluates in the panel over a flattened target session.
 */
export class SidePanel {
  private constructor(
    private readonly cdp: CDPSession,
    private readonly sessionId: string,
    readonly url: string,
  ) {}

  static async find(
    cdp: CDPSession,
    extensionId: string,
    timeoutMs: number,
    log: (line: string) => void,
  ): Promise<SidePanel> {
    const deadline = Date.now() + timeoutMs;
    const panelUrl = `chrome-extension://${extensionId}/sidepanel.html`;

    while (Date.now() < deadline) {
      const { targetInfos } = await cdp.send('Target.getTargets');
      const target = targetInfos.find((t) => t.url.startsWith(panelUrl) && t.type === 'page');
      if (target) {
        const { sessionId } = await cdp.send('Target.attachToTarget', {
          targetId: target.targetId,
          flatten: false,
        });
        const panel = new SidePanel(cdp, sessionId, target.url);
        await panel.command('Runtime.enable');
        cdp.on('Target.receivedMessageFromTarget', (event) => {
          if (event.sessionId !== sessionId) return;
          const message = JSON.parse(event.message) as {
            method?: string;
            params?: { type?: string; args?: { value?: unknown; description?: string }[] };
          };
          if (message.method === 'Runtime.consoleAPICalled') {
            const text = (message.params?.args ?? [])
              .map((a) => (a.value === undefined ? a.description : JSON.stringify(a.value)))
              .join(' ');
            log(`[panel:${message.params?.type}] ${text}`);
          }
        });
        return panel;
      }

      await new Promise((r) => setTimeout(r, 100));
    }

    throw new Error(`No side panel opened within ${timeoutMs} ms`);
  }

  private nextId = 1;

  /** Sends one DevTools command to the panel's target and waits for its answer. */
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

  /** Runs an expression in the panel and returns its JSON value. */
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

  /** The panel's visible text. */
  text(): Promise<string> {
    return this.evaluate<string>('document.body.innerText');
  }

  /** Waits until `predicate` (a JS expression over the panel's DOM) is true. */
  async waitFor(predicate: string, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last = '';
    while (Date.now() < deadline) {
      try {
        if (await this.evaluate<boolean>(`Boolean(${predicate})`)) return;
      } catch (error) {
        last = String(error);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    const text = await this.text().catch(() => '(unreadable)');
    throw new Error(
      `Panel never satisfied ${predicate} within ${timeoutMs} ms. ${last}\nPanel text:\n${text}`,
    );
  }

  /** Waits for visible text in the panel. */
  waitForText(text: string, timeoutMs?: number): Promise<void> {
    return this.waitFor(`document.body.innerText.includes(${JSON.stringify(text)})`, timeoutMs);
  }

  /** Clicks the first element matching a CSS selector, or a button whose text is given. */
  async click(selectorOrText: string): Promise<void> {
    const clicked = await this.evaluate<boolean>(`(() => {
      const needle = ${JSON.stringify(selectorOrText)};
      let el = null;
      try { el = document.querySelector(needle); } catch {}
      el ??= [...document.querySelectorAll('button, a, [role=button], [role=option], [role=tab]')]
        .find((b) => b.textContent.trim() === needle || b.getAttribute('aria-label') === needle);
      if (!el) return false;
      el.click();
      return true;
    })()`);
    if (!clicked) throw new Error(`Nothing to click for "${selectorOrText}" in the panel`);
  }

  async screenshot(): Promise<Buffer> {
    const { data } = await this.command<{ data: string }>('Page.captureScreenshot', {
      format: 'png',
    });
    return Buffer.from(data, 'base64');
  }
}
