/** The timer functions the scheduler uses; tests pass fake ones. */
export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const browserTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export const SEARCH_DEBOUNCE_MS = 250;

/**
 * Debounces keystrokes and numbers every search so that only the answer to the newest one is
 * delivered: each keystroke takes a new request id at once, which makes any answer still in
 * flight stale, however late or early it lands.
 */
export class SearchScheduler<A> {
  private latest = 0;
  private timer: unknown;

  constructor(
    private readonly run: (term: string, requestId: number) => Promise<A>,
    private readonly deliver: (answer: A, requestId: number) => void,
    private readonly delayMs = SEARCH_DEBOUNCE_MS,
    private readonly timers: Timers = browserTimers,
  ) {}

  /** A new term: searched after the pause, unless another term comes first. */
  type(term: string): number {
    const requestId = this.cancel();
    this.timer = this.timers.set(() => {
      this.timer = undefined;
      void this.fire(term, requestId);
    }, this.delayMs);
    return requestId;
  }

  /** Drops the pending search and every answer in flight; returns the id that is now current. */
  cancel(): number {
    if (this.timer !== undefined) this.timers.clear(this.timer);
    this.timer = undefined;
    return ++this.latest;
  }

  isLatest(requestId: number): boolean {
    return requestId === this.latest;
  }

  private async fire(term: string, requestId: number): Promise<void> {
    const answer = await this.run(term, requestId);
    if (this.isLatest(requestId)) this.deliver(answer, requestId);
  }
}
