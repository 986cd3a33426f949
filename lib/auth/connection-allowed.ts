import { fail, type Result } from '../result';
import { isOrgAllowed } from '../settings/org-allowed';
import { settingsProblem, type SettingsProblem } from '../settings/problem';
import type { Settings } from '../settings/settings-model';
import type { Connection } from './connections';

export type AllowList = Pick<Settings, 'allowedOrgIds' | 'allowedMyDomains' | 'supportContact'>;

/**
 * Whether the admin's current allow-list still permits a stored connection. A policy can narrow
 * after sign-in, so this runs each time a connection is chosen. Until the settings are known
 * (`undefined`) no connection is allowed: an unread policy must not open every org.
 */
export function connectionAllowed(
  connection: Pick<Connection, 'orgId' | 'apiHost'>,
  allowList: AllowList | undefined,
): Result<void, SettingsProblem> {
  if (!allowList) {
    return fail(
      settingsProblem(
        'orgPolicyNotRead',
        'Sofie has not read your organization’s settings yet, so it uses no Salesforce connection. Try again in a moment.',
      ),
    );
  }

  return isOrgAllowed(connection.orgId, connection.apiHost, allowList);
}
