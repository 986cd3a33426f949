import type { FetchFn } from '../../../lib/auth/token';
import { call } from './https-call';

/**
 * A fetch that reaches the emulator by Salesforce host name (SNI and Host header), for unit tests
 * that run the extension's real client in Node.
 */
export function emulatorFetch(port: number): FetchFn {
  return async (url, init = {}) => {
    const answer = await call(port, url, {
      method: init.method ?? 'GET',
      headers: Object.fromEntries(new Headers(init.headers).entries()),
      ...(typeof init.body === 'string' ? { rawBody: init.body } : {}),
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(answer.headers))
      if (typeof value === 'string') headers.set(name, value);
    const empty = [204, 304].includes(answer.status) || answer.text === '';
    return new Response(empty ? null : answer.text, { status: answer.status, headers });
  };
}
