import { fail, ok } from '../result';
import { resolveOrgHost } from '../salesforce/hosts';
import { normaliseId } from '../salesforce/ids';
import { authProblem } from './problems';
import type { OrgCheck } from './token-validate';

/**
 * The policy's allowed orgs as a check for the token validation. Entries are org ids (15 or 18
 * characters) or My Domains (`acme`, or any of its hosts, with or without `https://`). No
 * entries means every org is allowed.
 */
export function createOrgAllowList(entries: readonly string[] | undefined): OrgCheck | undefined {
  const cleaned = (entries ?? []).map((e) => e.trim()).filter(Boolean);
  if (cleaned.length === 0) return undefined;

  const orgIds = new Set<string>();
  const domains = new Set<string>();
  for (const entry of cleaned) {
    if (/^00D[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?$/.test(entry))
      orgIds.add(normaliseId(entry) ?? entry);
    else domains.add(myDomainOf(entry));
  }

  return (orgId, myDomain) =>
    orgIds.has(normaliseId(orgId) ?? orgId) || (myDomain !== undefined && domains.has(myDomain))
      ? ok(undefined)
      : fail(authProblem('org_not_allowed'));
}

/** `acme` from `acme`, `acme.my.salesforce.com` or `https://acme.lightning.force.com/...`. */
function myDomainOf(entry: string): string {
  const host = entry
    .replace(/^https:\/\//i, '')
    .replace(/\/.*$/, '')
    .toLowerCase();
  return resolveOrgHost(host)?.myDomain ?? host;
}
