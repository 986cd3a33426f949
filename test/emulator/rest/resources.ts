/** The versions list, a version's resource map, and `limits`. */
import type { Handler } from './api';

export const OLDEST_VERSION = 31;
export const NEWEST_VERSION = 66;

/** 62.0 is Winter '25; three releases a year. */
function releaseLabel(version: number): string {
  const k = version - 62;
  const season = ['Winter', 'Spring', 'Summer'][((k % 3) + 3) % 3]!;
  const year = 25 + Math.floor(k / 3);
  return `${season} '${String(year).padStart(2, '0')}`;
}

export function versionsList(): unknown[] {
  const list = [];
  for (let v = OLDEST_VERSION; v <= NEWEST_VERSION; v++) {
    list.push({ label: releaseLabel(v), url: `/services/data/v${v}.0`, version: `${v}.0` });
  }
  return list;
}

export function isServedVersion(version: string): boolean {
  const n = Number(version);
  return /^\d+\.0$/.test(version) && n >= OLDEST_VERSION && n <= NEWEST_VERSION;
}

const RESOURCES = [
  'tooling',
  'metadata',
  'eclair',
  'folders',
  'jobs',
  'recent',
  'search',
  'parameterizedSearch',
  'sobjects',
  'query',
  'queryAll',
  'composite',
  'limits',
  'ui-api',
  'tabs',
  'theme',
  'actions',
  'process',
  'analytics',
  'connect',
  'chatter',
  'scheduling',
  'support',
  'licensing',
];

export const resources: Handler = (req) => {
  const base = `/services/data/v${req.version}`;
  const body: Record<string, string> = {};
  for (const name of RESOURCES) body[name] = `${base}/${name}`;
  const { org, user } = req.session;
  body.identity = `https://${org.loginHost}/id/${org.id}/${user.id}`;
  return { status: 200, body };
};

export const limits: Handler = (req, deps) => {
  const usage = deps.core.usage.get(req.session.org.id) ?? { max: 15000, used: 0 };
  const limit = (Max: number, used = 0) => ({ Max, Remaining: Math.max(0, Max - used) });
  return {
    status: 200,
    body: {
      ConcurrentAsyncGetReportInstances: limit(200),
      DailyApiRequests: limit(usage.max, usage.used),
      DailyAsyncApexExecutions: limit(250000),
      DailyBulkApiBatches: limit(15000),
      DataStorageMB: limit(1024, 12),
      FileStorageMB: limit(1024, 3),
      HourlyODataCallout: limit(10000),
      SingleEmail: limit(5000),
    },
  };
};
