import type { EmulatedOrg } from '../core/orgs';

export const GENERIC_LOGIN_HOSTS = ['login.salesforce.com', 'test.salesforce.com'] as const;

export function hostName(host: string | undefined): string {
  return (host ?? '').toLowerCase().replace(/:\d+$/, '');
}

export function isGenericLoginHost(host: string): boolean {
  return (GENERIC_LOGIN_HOSTS as readonly string[]).includes(hostName(host));
}

/**
 * The orgs whose users may sign in on a host: login.salesforce.com serves production orgs,
 * test.salesforce.com sandboxes, and an org's API host (its My Domain) that org only.
 */
export function orgsForLoginHost(orgs: EmulatedOrg[], host: string): EmulatedOrg[] {
  const name = hostName(host);
  if (name === 'login.salesforce.com') return orgs.filter((o) => !o.isSandbox);
  if (name === 'test.salesforce.com') return orgs.filter((o) => o.isSandbox);
  return orgs.filter((o) => o.apiHost === name);
}
