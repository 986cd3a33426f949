import { fail, ok } from '../result';
import { normaliseHostname } from '../salesforce/hosts';
import { authProblem } from './problems';
import { toId18 } from './salesforce-id';
import type { OrgCheck } from './token-validate';

/**
 * The policy's allowed orgs as a check for the token validation. Entries are org ids (15 or 18
 * characters) or My Domain hosts (`acme.my.salesforce.com`, with or without `https://`). No
 * entries means every org is allowed.
 */
export function createOrgAllowList(entries: readonly string[] | undefined): OrgCheck | undefined {
  const cleaned = (entries ?? []).map((e) => e.trim()).filter(Boolean);
  if (cleaned.length === 0) return undefined;

  const orgIds = new Set<string>();
  const hosts = new Set<string>();
  for (const entry of cleaned) {
    if (/^00D[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?$/.test(entry)) orgIds.add(toId18(entry));
    else hosts.add(normaliseHostname(entry.replace(/^https:\/\//i, '').replace(/\/.*$/, '')));
  }

  return (orgId, myDomain) =>
    orgIds.has(toId18(orgId)) || (myDomain !== undefined && hosts.has(normaliseHostname(myDomain)))
      ? ok(undefined)
      : fail(authProblem('org_not_allowed'));
}
