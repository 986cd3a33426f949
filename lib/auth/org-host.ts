import type { Environment } from '../salesforce/record-context';
import { isLoginHost, normaliseHostname } from '../salesforce/hosts';

/**
 * What a host name says about the org behind it. A hint only: after sign-in the Organization row
 * (`IsSandbox`) is the truth, but the host is all we know before, and it is how a page's tab is
 * matched to a connection.
 */
const PARTITIONS: Record<string, Environment> = {
  sandbox: 'sandbox',
  develop: 'developer',
  scratch: 'scratch',
  demo: 'demo',
  trailblaze: 'trailblaze',
};

export function environmentFromHost(hostname: string): Environment {
  const host = normaliseHostname(hostname);
  if (host === 'test.salesforce.com') return 'sandbox';
  if (host === 'login.salesforce.com') return 'production';

  const partition = /^[a-z0-9-]+\.([a-z]+)\.my\.salesforce\.(?:com|mil)$/.exec(host)?.[1];
  if (partition) return PARTITIONS[partition] ?? 'unknown';

  if (/^[a-z0-9-]+\.my\.(?:salesforce\.(?:com|mil)|sfcrmproducts\.cn)$/.test(host)) {
    return 'production';
  }

  // Classic instance hosts: `cs` instances are sandboxes; others are not provable from the name.
  if (/^cs[0-9]+\.salesforce\.com$/.test(host)) return 'sandbox';
  return 'unknown';
}

/** The My Domain host for an API or login host, or undefined for generic and instance hosts. */
export function myDomainFromHost(hostname: string): string | undefined {
  const host = normaliseHostname(hostname);
  if (isLoginHost(host)) return undefined;
  return /\.my\.(?:salesforce\.(?:com|mil)|sfcrmproducts\.cn)$/.test(host) ? host : undefined;
}

/** True when the URL asks for a sandbox: test.salesforce.com or a `.sandbox.` My Domain. */
export function promisesSandbox(authBaseUrl: string): boolean {
  try {
    return environmentFromHost(new URL(authBaseUrl).hostname) === 'sandbox';
  } catch {
    return false;
  }
}
