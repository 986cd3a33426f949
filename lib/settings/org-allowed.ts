import { fail, ok, type Result } from '../result';
import { checkMyDomain } from './entry-checks';
import { settingsProblem, type SettingsProblem } from './problem';
import type { Settings } from './settings-model';

type AllowListSettings = Pick<Settings, 'allowedOrgIds' | 'allowedMyDomains' | 'supportContact'>;

function refusal(org: string, contact: string): SettingsProblem {
  const ask = contact
    ? `Contact ${contact} if you need it.`
    : 'Ask your Salesforce or IT admin if you need it.';
  return settingsProblem(
    contact ? 'orgNotAllowedContact' : 'orgNotAllowed',
    `Your organization allows Sofie only with approved Salesforce orgs, and this org (${org}) is not one of them. ${ask}`,
    contact ? [org, contact] : [org],
  );
}

/**
 * Whether the admin's allow-lists permit an org. Pass `effective.values`. A list that is not set
 * allows every org; both lists apply when both are set. Org ids compare on their 15-character form.
 */
export function isOrgAllowed(
  orgId: string,
  myDomain: string | undefined,
  settings: AllowListSettings,
): Result<void, SettingsProblem> {
  const contact = settings.supportContact;
  if (settings.allowedOrgIds !== null) {
    const id = orgId.slice(0, 15);
    if (!settings.allowedOrgIds.some((allowed) => allowed.slice(0, 15) === id)) {
      return fail(refusal(id, contact));
    }
  }

  if (settings.allowedMyDomains !== null) {
    const host = myDomain ? checkMyDomain(myDomain) : undefined;
    if (!host?.ok || !settings.allowedMyDomains.includes(host.value)) {
      return fail(refusal(myDomain ?? orgId.slice(0, 15), contact));
    }
  }

  return ok(undefined);
}
