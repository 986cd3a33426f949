import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';

import { createAdaptorServer, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';

import { makeCertificate } from './cert';
import { mountPages, type PageRecord } from './pages';

export interface EmulatorOptions {
  /** HTTPS port for every Salesforce host name; 0 picks a free one. */
  port?: number;
  /** Plain HTTP control port, loopback only, never a Salesforce host; 0 picks a free one. */
  controlPort?: number;
}

export interface RunningEmulator {
  port: number;
  controlPort: number;
  controlUrl: string;
  close(): Promise<void>;
}

const SEED_RECORDS: PageRecord[] = [
  { id: '001000000000001AAA', objectApiName: 'Account', name: 'Acme Corporation' },
  { id: '003000000000001AAA', objectApiName: 'Contact', name: 'Rose Gonzalez' },
  { id: '006000000000001AAA', objectApiName: 'Opportunity', name: 'Acme - 200 Widgets' },
];

function listen(server: ServerType, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

function close(server: ServerType): Promise<void> {
  return new Promise((resolve) => {
    if ('closeAllConnections' in server) server.closeAllConnections();
    server.close(() => resolve());
  });
}

/** Starts the Salesforce stand-in: one HTTPS server for all org hosts, one control server. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const tls = await makeCertificate();
  const app = new Hono();
  const lookup = (_host: string, id: string) =>
    SEED_RECORDS.find((r) => r.id === id || r.id.slice(0, 15) === id);
  mountPages(app, lookup, () => SEED_RECORDS);

  const control = new Hono();
  control.get('/health', (c) => c.json({ ok: true }));

  const sfServer = createAdaptorServer({
    fetch: app.fetch,
    createServer,
    serverOptions: { key: tls.key, cert: tls.cert },
  });
  const ctlServer = createAdaptorServer({ fetch: control.fetch });
  const port = await listen(sfServer, options.port ?? 0);
  const controlPort = await listen(ctlServer, options.controlPort ?? 0);

  return {
    port,
    controlPort,
    controlUrl: `http://127.0.0.1:${controlPort}`,
    close: async () => {
      await Promise.all([close(sfServer), close(ctlServer)]);
    },
  };
}
