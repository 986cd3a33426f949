/** A typed client for the control API, for tests and scripts. */
import type { ApiUsage } from '../core/state';
import type { ConnectedApp, OrgSettings } from '../oauth/apps';
import type { AutoLogin } from '../oauth/browser-state';
import type { Fault, FaultSpec } from './faults';
import type { LogCounts, LogEntry, RequestKind } from './request-log';

export type AppPatch = Partial<Omit<ConnectedApp, 'clientId'>>;

export class EmulatorControl {
  constructor(private readonly baseUrl: string) {}

  health(): Promise<{ ok: boolean; orgs: string[] }> {
    return this.call('GET', '/health');
  }

  /** Back to the seed: clock, sessions, apps, faults, log, usage, then every reset hook. */
  reset(): Promise<{ ok: boolean }> {
    return this.call('POST', '/reset');
  }

  clock(): Promise<{ now: string }> {
    return this.call('GET', '/clock');
  }

  setClock(now: string): Promise<{ now: string }> {
    return this.call('PUT', '/clock', { now });
  }

  advanceClock(ms: number): Promise<{ now: string }> {
    return this.call('POST', '/clock/advance', { ms });
  }

  apps(): Promise<{
    apps: ConnectedApp[];
    orgs: Record<string, { settings: OrgSettings; overrides: Record<string, AppPatch> }>;
  }> {
    return this.call('GET', '/apps');
  }

  putApp(clientId: string, patch: AppPatch): Promise<ConnectedApp> {
    return this.call('PUT', `/apps/${encodeURIComponent(clientId)}`, patch);
  }

  putOrgApp(myDomain: string, clientId: string, patch: AppPatch): Promise<ConnectedApp> {
    return this.call('PUT', `/orgs/${myDomain}/apps/${encodeURIComponent(clientId)}`, patch);
  }

  putOrgSettings(myDomain: string, settings: Partial<OrgSettings>): Promise<OrgSettings> {
    return this.call('PUT', `/orgs/${myDomain}/settings`, settings);
  }

  setUsage(myDomain: string, usage: ApiUsage): Promise<ApiUsage> {
    return this.call('PUT', `/orgs/${myDomain}/usage`, usage);
  }

  /** Every authorize (or only the next, with `once`) signs in as `username` without forms. */
  autoLogin(
    username: string | null,
    options: { approve?: boolean; once?: boolean } = {},
  ): Promise<{ autoLogin: AutoLogin | null }> {
    return this.call('POST', '/auto-login', { username, ...options });
  }

  expireSessions(username?: string): Promise<{ expired: number }> {
    return this.call('POST', '/sessions/expire', username ? { username } : {});
  }

  revokeTokens(username?: string): Promise<{ revoked: number }> {
    return this.call('POST', '/tokens/revoke', username ? { username } : {});
  }

  log(filter: { since?: number | string; kind?: RequestKind } = {}): Promise<{
    entries: LogEntry[];
    last: number;
  }> {
    return this.call('GET', `/log${query(filter)}`);
  }

  logCounts(since?: number | string): Promise<LogCounts & { last: number }> {
    return this.call('GET', `/log/counts${query({ since })}`);
  }

  clearLog(): Promise<{ ok: boolean }> {
    return this.call('DELETE', '/log');
  }

  /** Moves a record to the recycle bin, as another user deleting it in Salesforce would. */
  deleteRecord(myDomain: string, objectApiName: string, id: string): Promise<{ ok: boolean }> {
    return this.call('DELETE', `/data/${myDomain}/${objectApiName}/${id}`);
  }

  faults(): Promise<{ faults: Fault[] }> {
    return this.call('GET', '/faults');
  }

  addFault(spec: FaultSpec): Promise<Fault> {
    return this.call('POST', '/faults', spec);
  }

  clearFaults(): Promise<{ ok: boolean }> {
    return this.call('DELETE', '/faults');
  }

  setLatency(ms: number): Promise<{ ms: number }> {
    return this.call('PUT', '/latency', { ms });
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(this.baseUrl + path, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
    const text = await res.text();
    if (!res.ok)
      throw new Error(`Emulator control ${method} ${path} answered ${res.status}: ${text}`);
    return JSON.parse(text) as T;
  }
}

function query(params: Record<string, string | number | undefined>): string {
  const entries = Object.entries(params).filter(
    (e): e is [string, string | number] => e[1] !== undefined,
  );
  return entries.length
    ? `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}`
    : '';
}
