import type { Environment } from './record-context';

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

export type OrgHostKind = 'lightning' | 'classic' | 'setup' | 'visualforce';

/** The org behind a page's host: where to call the API, and what kind of org it is. */
export interface OrgHost {
  /** Host name (no scheme) of the REST API for this org, e.g. `acme.my.salesforce.com`. */
  apiHost: string;
  /** The My Domain name (`acme`, `acme--uat`), or undefined on an instance host. */
  myDomain: string | undefined;
  environment: Environment;
  kind: OrgHostKind;
}

const PARTITION_ENVIRONMENTS: Readonly<Record<string, Environment>> = {
  sandbox: 'sandbox',
  develop: 'developer',
  scratch: 'scratch',
  demo: 'demo',
  trailblaze: 'trailblaze',
};

const LABEL = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?';
const PARTITION = '(?:\\.(sandbox|develop|scratch|demo|trailblaze))?';

/** Each page host pattern, with the group for the My Domain and the optional partition. */
const ORG_HOSTS: readonly { pattern: RegExp; kind: OrgHostKind; api: 'my' | 'mil' | 'cn' }[] = [
  {
    pattern: new RegExp(`^(${LABEL})${PARTITION}\\.lightning\\.force\\.com$`),
    kind: 'lightning',
    api: 'my',
  },
  {
    pattern: new RegExp(`^(${LABEL})${PARTITION}\\.my\\.salesforce\\.com$`),
    kind: 'classic',
    api: 'my',
  },
  {
    pattern: new RegExp(`^(${LABEL})${PARTITION}\\.my\\.salesforce-setup\\.com$`),
    kind: 'setup',
    api: 'my',
  },
  {
    pattern: new RegExp(`^(${LABEL})${PARTITION}\\.vf\\.force\\.com$`),
    kind: 'visualforce',
    api: 'my',
  },
  // Before enhanced domains: `acme--c.na42.visual.force.com`.
  {
    pattern: new RegExp(`^(${LABEL})()\\.[a-z]{2,4}[0-9]{1,4}\\.visual\\.force\\.com$`),
    kind: 'visualforce',
    api: 'my',
  },
  {
    pattern: new RegExp(`^(${LABEL})${PARTITION}\\.my\\.salesforce\\.mil$`),
    kind: 'classic',
    api: 'mil',
  },
  {
    pattern: new RegExp(`^(${LABEL})${PARTITION}\\.my\\.sfcrmproducts\\.cn$`),
    kind: 'classic',
    api: 'cn',
  },
  // Unconfirmed: the Lightning host of orgs hosted in China.
  {
    pattern: new RegExp(`^(${LABEL})${PARTITION}\\.lightning\\.sfcrmapps\\.cn$`),
    kind: 'lightning',
    api: 'cn',
  },
];

const API_SUFFIX = { my: 'my.salesforce.com', mil: 'my.salesforce.mil', cn: 'my.sfcrmproducts.cn' };

/** `acme--uat--c` (Visualforce) names the My Domain `acme--uat`: the package is the last part. */
function myDomainOf(label: string, kind: OrgHostKind): string | undefined {
  if (kind !== 'visualforce') return label;
  const cut = label.lastIndexOf('--');
  return cut > 0 ? label.slice(0, cut) : undefined;
}

function environmentOf(myDomain: string, partition: string | undefined): Environment {
  if (partition) return PARTITION_ENVIRONMENTS[partition] ?? 'unknown';
  if (myDomain.endsWith('-dev-ed')) return 'developer';
  // Before enhanced domains a sandbox's My Domain was `acme--uat` with no partition word.
  if (myDomain.includes('--')) return 'sandbox';
  return 'production';
}

/**
 * The org behind a page host, or undefined when the host is not an org's page (login, help and
 * other Salesforce sites; look-alikes; anything else). `.mcas.ms` proxy suffixes are ignored.
 */
export function resolveOrgHost(hostname: string): OrgHost | undefined {
  const host = normaliseHostname(hostname);
  if (!isSalesforceHost(host)) return undefined;

  const instance = /^([a-z]{2,4})[0-9]{1,4}(?:-s)?\.salesforce\.com$/.exec(host);
  if (instance) {
    const environment = instance[1] === 'cs' ? 'sandbox' : 'unknown';
    return { apiHost: host, myDomain: undefined, environment, kind: 'classic' };
  }

  for (const { pattern, kind, api } of ORG_HOSTS) {
    const match = pattern.exec(host);
    if (!match?.[1]) continue;
    const myDomain = myDomainOf(match[1], kind);
    if (!myDomain) return undefined;
    const partition = match[2] || undefined;
    const apiHost = `${myDomain}${partition ? `.${partition}` : ''}.${API_SUFFIX[api]}`;
    return { apiHost, myDomain, environment: environmentOf(myDomain, partition), kind };
  }

  return undefined;
}
