import { fail, ok, type Result } from '../result';
import { isSalesforceHost, normaliseHostname } from '../salesforce/hosts';
import { settingsProblem, type SettingsProblem } from './problem';

export const PRODUCTION_LOGIN_URL = 'https://login.salesforce.com';
export const SANDBOX_LOGIN_URL = 'https://test.salesforce.com';

/** What normalisation did to a pasted address, so the UI can say it in the user's language. */
export type AuthUrlChange =
  | 'scheme-added'
  | 'http-upgraded'
  | 'lightning-host'
  | 'setup-host'
  | 'visualforce-host'
  | 'path-removed'
  | 'proxy-suffix-removed';

export interface NormalisedAuthUrl {
  url: string;
  /** One English sentence saying what changed, or undefined when the input was already canonical. */
  changed: string | undefined;
  changes: AuthUrlChange[];
}

const CHANGE_TEXT: Record<AuthUrlChange, string> = {
  'scheme-added': 'added https://',
  'http-upgraded': 'switched to https',
  'lightning-host': 'used the My Domain login host instead of the Lightning host',
  'setup-host': 'used the My Domain login host instead of the Setup host',
  'visualforce-host': 'used the My Domain login host instead of the Visualforce host',
  'path-removed': 'removed the page path',
  'proxy-suffix-removed': 'removed the security proxy suffix',
};

/** `name` keeps sandbox names (`acme--uat`); `partition` is `.sandbox`, `.develop`... or empty. */
const LIGHTNING = /^([a-z0-9-]+)((?:\.[a-z]+)?)\.lightning\.force\.com$/;
const SETUP = /^([a-z0-9-]+)((?:\.[a-z]+)?)\.my\.salesforce-setup\.com$/;
const VISUALFORCE = /^([a-z0-9-]+)--[a-z0-9]+((?:\.[a-z]+)?)\.vf\.force\.com$/;
const MY_DOMAIN =
  /^[a-z0-9-]+(?:\.[a-z]+)?\.my\.(?:salesforce\.com|salesforce\.mil|sfcrmproducts\.cn)$/;

function notSalesforce(input: string): SettingsProblem {
  return settingsProblem(
    'settingsErrorAuthUrlNotSalesforce',
    `"${input}" is not a Salesforce login address. Use https://login.salesforce.com, https://test.salesforce.com or your My Domain, such as https://yourcompany.my.salesforce.com.`,
    [input],
  );
}

/** Maps any host of an org (Lightning, Setup, Visualforce) to its My Domain login host. */
export function myDomainHostOf(hostname: string): { host: string; change?: AuthUrlChange } {
  const host = normaliseHostname(hostname);
  const lightning = LIGHTNING.exec(host);
  if (lightning)
    return { host: `${lightning[1]}${lightning[2]}.my.salesforce.com`, change: 'lightning-host' };

  const setup = SETUP.exec(host);
  if (setup) return { host: `${setup[1]}${setup[2]}.my.salesforce.com`, change: 'setup-host' };

  const visualforce = VISUALFORCE.exec(host);
  if (visualforce) {
    return {
      host: `${visualforce[1]}${visualforce[2]}.my.salesforce.com`,
      change: 'visualforce-host',
    };
  }

  return { host };
}

function parseLoose(input: string): { url: URL; changes: AuthUrlChange[] } | undefined {
  const changes: AuthUrlChange[] = [];
  let text = input;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    text = `https://${text}`;
    changes.push('scheme-added');
  }

  try {
    return { url: new URL(text), changes };
  } catch {
    return undefined;
  }
}

/**
 * The login address Sofie signs in with: production, sandbox, or an org's My Domain, from
 * whatever form people paste (a Lightning page, a Setup page, a bare host).
 */
export function normaliseAuthBaseUrl(input: string): Result<NormalisedAuthUrl, SettingsProblem> {
  const trimmed = input.trim();
  if (!trimmed) {
    return fail(
      settingsProblem(
        'settingsErrorAuthUrlEmpty',
        'Enter the Salesforce login address: Production, Sandbox or your My Domain.',
      ),
    );
  }

  const parsed = parseLoose(trimmed);
  if (!parsed) return fail(notSalesforce(trimmed));

  const { url, changes } = parsed;
  if (url.protocol === 'http:') changes.push('http-upgraded');
  else if (url.protocol !== 'https:') return fail(notSalesforce(trimmed));

  if (url.username || url.password || url.port) return fail(notSalesforce(trimmed));

  const rawHost = url.hostname.toLowerCase().replace(/\.$/, '');
  if (/\.mcas\.ms$/.test(rawHost)) changes.push('proxy-suffix-removed');
  if (!isSalesforceHost(rawHost)) return fail(notSalesforce(trimmed));

  const mapped = myDomainHostOf(rawHost);
  if (mapped.change) changes.push(mapped.change);

  const host = mapped.host;
  const isLogin = host === 'login.salesforce.com' || host === 'test.salesforce.com';
  if (!isLogin && !MY_DOMAIN.test(host)) {
    return fail(
      settingsProblem(
        'settingsErrorAuthUrlNotLogin',
        `"${trimmed}" belongs to Salesforce but is not a login address. Use Production, Sandbox or your My Domain (https://yourcompany.my.salesforce.com).`,
        [trimmed],
      ),
    );
  }

  if (url.pathname.replace(/\/+$/, '') || url.search || url.hash) changes.push('path-removed');

  const canonical = `https://${host}`;
  return ok({
    url: canonical,
    changed: changes.length
      ? `Using ${canonical}: ${changes.map((c) => CHANGE_TEXT[c]).join(', ')}.`
      : undefined,
    changes,
  });
}

export type LoginKind = 'production' | 'sandbox' | 'my-domain';

export function loginKindOf(url: string): LoginKind {
  if (url === PRODUCTION_LOGIN_URL) return 'production';
  if (url === SANDBOX_LOGIN_URL) return 'sandbox';
  return 'my-domain';
}
