/**
 * Which host names belong to Salesforce, and which API host serves a given Salesforce host. Pure;
 * the rules come from ../shared/SALESFORCE.md section 6. Anything not matching is not Salesforce,
 * including look-alikes such as `salesforce.com.evil.example`.
 */
const SALESFORCE_SUFFIXES = [
  'salesforce.com',
  'force.com',
  'salesforce-setup.com',
  'salesforce.mil',
  'force.mil',
  'sfcrmproducts.cn',
  'sfcrmapps.cn',
] as const;

/** The Defender for Cloud Apps proxy appends this to every host it fronts. */
const MCAS_SUFFIX = /\.mcas\.ms$/i;

const HOSTNAME =
  /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

export function normaliseHostname(hostname: string): string {
  return hostname.trim().toLowerCase().replace(/\.$/, '').replace(MCAS_SUFFIX, '');
}

/** True for a syntactically valid host under one of Salesforce's own domains. */
export function isSalesforceHost(hostname: string): boolean {
  const host = normaliseHostname(hostname);
  if (host.length > 253 || !HOSTNAME.test(host)) return false;
  return SALESFORCE_SUFFIXES.some((suffix) => host === suffix || host.endsWith(`.${suffix}`));
}

/** The generic login hosts (not an org's My Domain). */
export const LOGIN_HOSTS = ['login.salesforce.com', 'test.salesforce.com'] as const;

export function isLoginHost(hostname: string): boolean {
  return (LOGIN_HOSTS as readonly string[]).includes(normaliseHostname(hostname));
}

/**
 * True for a host that may serve the REST API or OAuth for an org: a My Domain host
 * (`x.my.salesforce.com`, with sandbox and other partitions), a login host, a government or China
 * My Domain, or an instance host such as `na1.salesforce.com`.
 */
export function isSalesforceApiHost(hostname: string): boolean {
  const host = normaliseHostname(hostname);
  if (!isSalesforceHost(host)) return false;
  if (isLoginHost(host)) return true;
  return (
    /^[a-z0-9-]+(\.[a-z]+)?\.my\.salesforce\.(com|mil)$/.test(host) ||
    /^[a-z0-9-]+\.my\.sfcrmproducts\.cn$/.test(host) ||
    /^[a-z]{2,4}[0-9]{1,4}(-s)?\.salesforce\.com$/.test(host)
  );
}

/** `https://host` for an approved API host, or undefined for anything else. */
export function apiOrigin(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' || parsed.port || parsed.username || parsed.password)
      return undefined;
    return isSalesforceApiHost(parsed.hostname)
      ? `https://${normaliseHostname(parsed.hostname)}`
      : undefined;
  } catch {
    return undefined;
  }
}
