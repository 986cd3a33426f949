import { describe, expect, it } from 'vitest';

import { SearchScheduler, type Timers } from './search-scheduler';

/** Timers that run only when the test says time has passed. */
function manualTimers() {
  let now = 0;
  let pending: { at: number; callback: () => void; handle: number }[] = [];
  let next = 1;
  const timers: Timers = {
    set(callback, ms) {
      pending.push({ at: now + ms, callback, handle: next });
      return next++;
    },
    clear(handle) {
      pending = pending.filter((p) => p.handle !== handle);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    const due = pending.filter((p) => p.at <= now);
    pending = pending.filter((p) => p.at > now);
    for (const p of due) p.callback();
  };
  return { timers, advance };
}

/** A search whose answers the test releases in any order. */
function controlledSearch() {
  const calls: { term: string; requestId: number; answer: (value: string) => void }[] = [];
  const run = (term: string, requestId: number) =>
    new Promise<string>((resolve) => calls.push({ term, requestId, answer: resolve }));
  return { calls, run };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('SearchScheduler', () => {
  it('searches once after the pause, with the last term typed', () => {
    const { timers, advance } = manualTimers();
    const { calls, run } = controlledSearch();
    const scheduler = new SearchScheduler(run, () => undefined, 250, timers);

    scheduler.type('Ac');
    advance(100);
    scheduler.type('Acm');
    advance(100);
    scheduler.type('Acme');
    advance(249);
    const beforePause = calls.length;
    advance(1);

    expect(beforePause).toBe(0);
    expect(calls.map((c) => c.term)).toEqual(['Acme']);
  });

  it('drops a slow answer to an older term that lands after the newer one', async () => {
    const { timers, advance } = manualTimers();
    const { calls, run } = controlledSearch();
    const delivered: string[] = [];
    const scheduler = new SearchScheduler(run, (answer) => delivered.push(answer), 250, timers);
    scheduler.type('Acme');
    advance(250);
    scheduler.type('Rose');
    advance(250);

    calls[1]!.answer('answer for Rose');
    await settle();
    calls[0]!.answer('answer for Acme');
    await settle();

    expect(delivered).toEqual(['answer for Rose']);
  });

  it('drops an answer that lands while a newer term still waits for its pause', async () => {
    const { timers, advance } = manualTimers();
    const { calls, run } = controlledSearch();
    const delivered: string[] = [];
    const scheduler = new SearchScheduler(run, (answer) => delivered.push(answer), 250, timers);
    scheduler.type('Acme');
    advance(250);

    scheduler.type('Acme Corp');
    calls[0]!.answer('answer for Acme');
    await settle();

    expect(delivered).toEqual([]);
  });

  it('delivers the answer with the request id it was asked with', async () => {
    const { timers, advance } = manualTimers();
    const { calls, run } = controlledSearch();
    const delivered: number[] = [];
    const scheduler = new SearchScheduler(run, (_answer, id) => delivered.push(id), 250, timers);

    const id = scheduler.type('Acme');
    advance(250);
    calls[0]!.answer('x');
    await settle();

    expect(calls[0]!.requestId).toBe(id);
    expect(delivered).toEqual([id]);
  });

  it('after cancel, neither the pending search runs nor an answer in flight is delivered', async () => {
    const { timers, advance } = manualTimers();
    const { calls, run } = controlledSearch();
    const delivered: string[] = [];
    const scheduler = new SearchScheduler(run, (answer) => delivered.push(answer), 250, timers);
    scheduler.type('Acme');
    advance(250);
    scheduler.type('Acme Corp');

    scheduler.cancel();
    advance(1000);
    calls[0]!.answer('answer for Acme');
    await settle();

    expect(calls.map((c) => c.term)).toEqual(['Acme']);
    expect(delivered).toEqual([]);
  });
});
