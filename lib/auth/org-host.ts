import type { Environment } from '../salesforce/record-context';
import { normaliseHostname, resolveOrgHost } from '../salesforce/hosts';

/**
 * What a host name says about the org behind it. A hint only: after sign-in the Organization row
 * (`IsSandbox`) is the truth, but the host is all we know before, and it is how a page's tab is
 * matched to a connection. The rules live in lib/salesforce/hosts.ts; login hosts are added here.
 */
export function environmentFromHost(hostname: string): Environment {
  const host = normaliseHostname(hostname);
  if (host === 'test.salesforce.com') return 'sandbox';
  if (host === 'login.salesforce.com') return 'production';
  return resolveOrgHost(host)?.environment ?? 'unknown';
}

/** The My Domain name (`acme`, `acme--uat`) of an org host, or undefined for generic hosts. */
export function myDomainFromHost(hostname: string): string | undefined {
  return resolveOrgHost(hostname)?.myDomain;
}

/** True when the URL asks for a sandbox: test.salesforce.com or a `.sandbox.` My Domain. */
export function promisesSandbox(authBaseUrl: string): boolean {
  try {
    return environmentFromHost(new URL(authBaseUrl).hostname) === 'sandbox';
  } catch {
    return false;
  }
}
