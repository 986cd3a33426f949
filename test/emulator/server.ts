import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';

import { createAdaptorServer, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';

import { makeCertificate } from './cert';
import { Clock } from './core/clock';
import { demoOrgs } from './core/orgs';
import type { EmulatorCore, SessionResolver } from './core/state';
import { mountControl } from './control';
import { Traffic } from './control/faults';
import { RequestLog } from './control/request-log';
import { trafficMiddleware } from './control/traffic-middleware';
import { seedUsage } from './core/usage';
import { AuthState, mountOAuth } from './oauth';
import { createDataStore, mountRest } from './rest';
import { mountDataControl } from './rest/data-control';

export interface EmulatorOptions {
  /** HTTPS port for every Salesforce host name; 0 picks a free one. */
  port?: number;
  /** Plain HTTP control port, loopback only, never a Salesforce host; 0 picks a free one. */
  controlPort?: number;
  /** Replaces the OAuth server's sessions (data-plane tests use fixed tokens). */
  sessions?: SessionResolver;
}

export interface RunningEmulator {
  port: number;
  controlPort: number;
  controlUrl: string;
  close(): Promise<void>;
}

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
  const orgs = demoOrgs();
  const clock = new Clock();
  const auth = new AuthState(clock);
  const core: EmulatorCore = {
    clock,
    orgs,
    sessions: options.sessions ?? auth.sessions,
    usage: seedUsage(orgs),
    resetHooks: [],
  };
  const traffic = new Traffic(new RequestLog());

  const store = createDataStore(core);
  const app = new Hono();
  app.use(trafficMiddleware(traffic, clock, orgs, auth.sessions));
  mountOAuth(app, core, auth);
  mountRest(app, core, store);

  const control = new Hono();
  mountControl(control, core, auth, traffic);
  mountDataControl(control, core, store);

  const sfServer = createAdaptorServer({
    fetch: app.fetch,
    createServer,
    serverOptions: { key: tls.key, cert: tls.cert },
  });
  const ctlServer = createAdaptorServer({ fetch: control.fetch });
  traffic.onDropFault = () => {
    if ('closeIdleConnections' in sfServer) sfServer.closeIdleConnections();
  };
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
