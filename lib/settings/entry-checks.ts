import { fail, ok, type Result } from '../result';
import { isSalesforceHost, normaliseHostname } from '../salesforce/hosts';
import { myDomainHostOf } from './auth-base-url';
import { settingsProblem, type SettingsProblem } from './problem';

/** Checks for one entry of a list setting. Each returns the entry in its canonical form. */
export type EntryCheck = (entry: string) => Result<string, SettingsProblem>;

const ORG_ID = /^00D[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?$/;

/** Org ids compare on their 15-character, case-sensitive form. */
export const checkOrgId: EntryCheck = (entry) => {
  const value = entry.trim();
  if (!ORG_ID.test(value)) {
    return fail(
      settingsProblem(
        'settingsErrorOrgId',
        `"${value}" is not an org id: org ids start with 00D and have 15 or 18 characters (Setup > Company Information).`,
        [value],
      ),
    );
  }

  return ok(value.slice(0, 15));
};

const MY_DOMAIN_HOST =
  /^[a-z0-9-]+(?:\.[a-z]+)?\.my\.(?:salesforce\.com|salesforce\.mil|sfcrmproducts\.cn)$/;

/** Accepts `acme`, `acme.my.salesforce.com`, a pasted URL or a Lightning host; keeps the host. */
export const checkMyDomain: EntryCheck = (entry) => {
  const raw = entry.trim().toLowerCase();
  let host = raw.replace(/^[a-z]+:\/\//, '').split(/[/?#]/)[0] ?? '';
  if (/^[a-z0-9-]+$/.test(host)) host = `${host}.my.salesforce.com`;
  host = myDomainHostOf(normaliseHostname(host)).host;

  if (!isSalesforceHost(host) || !MY_DOMAIN_HOST.test(host)) {
    return fail(
      settingsProblem(
        'settingsErrorMyDomain',
        `"${entry.trim()}" is not a My Domain: write it as yourcompany.my.salesforce.com (or yourcompany--sandbox.sandbox.my.salesforce.com).`,
        [entry.trim()],
      ),
    );
  }

  return ok(host);
};

const API_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

export const checkApiName: EntryCheck = (entry) => {
  const value = entry.trim();
  if (!API_NAME.test(value) || value.length > 80) {
    return fail(
      settingsProblem(
        'settingsErrorApiName',
        `"${value}" is not an API name (for example Account, Opportunity or Project__c).`,
        [value],
      ),
    );
  }

  return ok(value);
};

export const checkHttpsUrl: EntryCheck = (entry) => {
  const value = entry.trim();
  const problem = settingsProblem(
    'settingsErrorHttpsUrl',
    `"${value}" is not an https address such as https://example.com/path.`,
    [value],
  );
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' || url.username || url.password || !url.hostname) {
      return fail(problem);
    }

    return ok(url.href);
  } catch {
    return fail(problem);
  }
};
