/** Every request the Salesforce hosts answered, with who made it, for tests and benchmarks. */
export type RequestKind = 'api' | 'oauth' | 'page' | 'other';

export interface LogEntry {
  /** Increasing number; `since=<seq>` lists what came after. */
  seq: number;
  /** Emulator clock, ISO 8601. */
  time: string;
  host: string;
  method: string;
  path: string;
  kind: RequestKind;
  orgId?: string;
  userId?: string;
  /** 0 when a fault dropped the connection. */
  status: number;
  durationMs: number;
  fault?: string;
  /** API writes only: the body and the precondition sent (no header that could hold a token). */
  write?: WriteDetails;
}

export interface WriteDetails {
  body: unknown;
  ifUnmodifiedSince?: string;
}

export interface LogCounts {
  total: number;
  byOrg: Record<string, number>;
  byUser: Record<string, number>;
  byKind: Record<string, number>;
  byRoute: Record<string, number>;
}

const MAX_ENTRIES = 20_000;

export function requestKind(path: string): RequestKind {
  if (path.startsWith('/services/data')) return 'api';
  if (/^\/(services\/oauth2\/|id\/|\.well-known\/|setup\/secur\/RemoteAccess)/.test(path))
    return 'oauth';
  if (path.startsWith('/__emulator/') || /\.[a-z0-9]{2,5}$/i.test(path)) return 'other';
  return 'page';
}

/** A segment that is a record id (15 or 18 characters, with a digit early on), or a list of them. */
function isIdSegment(segment: string): boolean {
  return segment
    .split(',')
    .every((s) => /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/.test(s) && /\d/.test(s.slice(0, 5)));
}

/** `/services/data/v62.0/sobjects/Account/001…` → `/services/data/v{version}/sobjects/Account/{id}`. */
export function routePattern(path: string): string {
  return path
    .split('/')
    .map((segment) => {
      if (/^v\d+\.\d+$/.test(segment)) return 'v{version}';
      return isIdSegment(segment) ? '{id}' : segment;
    })
    .join('/');
}

function bump(counts: Record<string, number>, key: string | undefined): void {
  if (key !== undefined) counts[key] = (counts[key] ?? 0) + 1;
}

export class RequestLog {
  private entries: LogEntry[] = [];
  private seq = 0;

  add(entry: Omit<LogEntry, 'seq'>): LogEntry {
    const full = { ...entry, seq: ++this.seq };
    this.entries.push(full);
    if (this.entries.length > MAX_ENTRIES)
      this.entries.splice(0, this.entries.length - MAX_ENTRIES);
    return full;
  }

  /** The highest sequence number so far (0 before any request). */
  get last(): number {
    return this.seq;
  }

  /** `since` is a sequence number or an ISO time; entries strictly after it. */
  list(filter: { since?: string; kind?: string } = {}): LogEntry[] {
    const after = sinceFilter(filter.since);
    return this.entries.filter((e) => after(e) && (!filter.kind || e.kind === filter.kind));
  }

  counts(since?: string): LogCounts {
    const counts: LogCounts = { total: 0, byOrg: {}, byUser: {}, byKind: {}, byRoute: {} };
    for (const e of this.list({ since })) {
      counts.total++;
      bump(counts.byOrg, e.orgId);
      bump(counts.byUser, e.userId);
      bump(counts.byKind, e.kind);
      bump(counts.byRoute, `${e.method} ${routePattern(e.path)}`);
    }

    return counts;
  }

  clear(): void {
    this.entries = [];
  }
}

function sinceFilter(since: string | undefined): (e: LogEntry) => boolean {
  if (!since) return () => true;
  if (/^\d+$/.test(since)) return (e) => e.seq > Number(since);
  const time = Date.parse(since);
  if (Number.isNaN(time))
    throw new Error(`since is neither a sequence number nor a time: ${since}`);
  return (e) => Date.parse(e.time) > time;
}
