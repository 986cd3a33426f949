/**
 * Calls the running emulator as if it were a Salesforce host: connects to 127.0.0.1 with the
 * host's name for TLS (SNI) and in the Host header, accepting the self-signed certificate.
 */
import { request } from 'node:https';

export interface HttpAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json(): unknown;
}

export interface CallOptions {
  method?: string;
  token?: string;
  body?: unknown;
  /** A body sent as is (instead of `body` as JSON). */
  rawBody?: string;
  headers?: Record<string, string>;
}

export function call(port: number, url: string, options: CallOptions = {}): Promise<HttpAnswer> {
  const target = new URL(url);
  const payload =
    options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        servername: target.hostname,
        rejectUnauthorized: false,
        method: options.method ?? 'GET',
        path: target.pathname + target.search,
        headers: {
          host: target.hostname,
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...(payload ? { 'content-type': 'application/json' } : {}),
          ...options.headers,
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text,
            json: () => JSON.parse(text) as unknown,
          }),
        );
      },
    );
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}
