import { afterEach, describe, expect, it, vi } from 'vitest';

import { createLogger, setLogSink, setVerboseLogging } from './logger';
import { redact } from './redact';

function recorder() {
  const lines: string[] = [];
  const push = (...args: unknown[]) => lines.push(args.map(String).join(' '));
  setLogSink({ debug: push, info: push, warn: push, error: push });
  return lines;
}

describe('createLogger', () => {
  afterEach(() => {
    setVerboseLogging(false);
    setLogSink(console);
  });

  it('prefixes each line with its area', () => {
    const lines = recorder();

    createLogger('auth').warn('sign-in window closed');

    expect(lines).toEqual(['[Sofie:auth] sign-in window closed']);
  });

  it('keeps debug and info silent until verbose logging is on', () => {
    const lines = recorder();
    const log = createLogger('tabs');

    log.debug('one');
    log.info('two');
    setVerboseLogging(true);
    log.debug('three');

    expect(lines).toEqual(['[Sofie:tabs] three']);
  });

  it('never writes a token, whatever shape it comes in', () => {
    const lines = recorder();
    const token = '00D5g000000abcd!AQ0AQH0dMHZfz.dEiPkGHA.uHcOlDECrPGz7dBtQ2kHg';

    createLogger('x').error(
      'failed',
      new Error(`Bearer ${token}`),
      { access_token: token },
      `refresh_token=${token}&a=1`,
    );

    expect(lines.join('\n')).not.toContain('AQ0AQH0dMHZfz');
    expect(lines.join('\n')).toContain('[redacted]');
  });
});

describe('redact', () => {
  it.each([
    ['Authorization: Bearer abc.def-ghi', 'Authorization: Bearer [token]'],
    ['?code=aPrx123&state=s', '?code=[redacted]&state=s'],
    ['{"refresh_token":"5Aep861"}', '{"refresh_token":"[redacted]"}'],
    ['session 00Dxx0000001gPL!AR8AQJXg5oj8jXSgxJfA0lBog', 'session [token]'],
    ['eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.abc', '[jwt]'],
    ['nothing secret here', 'nothing secret here'],
  ])('%s', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it('leaves the logger usable when a value cannot be serialised', () => {
    const lines = recorder();
    const loop: Record<string, unknown> = {};
    loop.self = loop;

    createLogger('x').warn(loop);

    expect(lines[0]).toContain('[unserialisable]');
    vi.restoreAllMocks();
  });
});
