/**
 * Calls the emulator as if it were Salesforce, from Node 20 without extra dependencies: connect to
 * loopback, send the Salesforce host name as SNI and Host header, accept the self-signed
 * certificate, never follow redirects, never reuse a connection.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { request } from 'node:https';

export interface SfResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json<T = unknown>(): T;
  /** The `Location` header of a redirect. */
  location?: string;
  /** `name=value` of each Set-Cookie. */
  cookies: string[];
}

export interface SfRequestInit {
  method?: string;
  headers?: Record<string, string>;
  /** Sent as application/x-www-form-urlencoded. */
  form?: Record<string, string | undefined>;
  /** Sent as application/json. */
  json?: unknown;
  body?: string;
  bearer?: string;
}

/** `url` is a real Salesforce URL (`https://login.salesforce.com/...`); `port` the emulator's. */
export function sfRequest(
  port: number,
  url: string,
  init: SfRequestInit = {},
): Promise<SfResponse> {
  const target = new URL(url);
  const headers: Record<string, string> = { host: target.hostname, ...init.headers };
  let body = init.body;
  if (init.form) {
    const entries = Object.entries(init.form).filter(
      (e): e is [string, string] => e[1] !== undefined,
    );
    body = new URLSearchParams(entries).toString();
    headers['content-type'] = 'application/x-www-form-urlencoded';
  } else if (init.json !== undefined) {
    body = JSON.stringify(init.json);
    headers['content-type'] = 'application/json';
  }

  if (init.bearer) headers.authorization = `Bearer ${init.bearer}`;
  if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));

  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        servername: target.hostname,
        path: target.pathname + target.search,
        method: init.method ?? (body === undefined ? 'GET' : 'POST'),
        headers,
        rejectUnauthorized: false,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text,
            json: <T>() => JSON.parse(text) as T,
            location: res.headers.location,
            cookies: (res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]!),
          });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
