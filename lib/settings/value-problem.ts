import type { z } from 'zod';

import { settingsProblem, type SettingsProblem } from './problem';
import { SETTING_SCHEMAS, type SettingKey } from './settings-model';

type Kind = 'boolean' | 'text' | 'choice' | 'count' | 'list' | 'field-map';

const KINDS: Record<SettingKey, Kind> = {
  salesforceEnabled: 'boolean',
  clientId: 'text',
  clientSecret: 'text',
  authBaseUrl: 'text',
  allowedOrgIds: 'list',
  allowedMyDomains: 'list',
  allowUserConnectionSettings: 'boolean',
  writeMode: 'choice',
  allowProductionWrites: 'boolean',
  requireTypedConfirmationInProduction: 'boolean',
  writableObjects: 'list',
  blockedFields: 'field-map',
  searchObjects: 'list',
  maxFieldsPerChange: 'count',
  summaryProvider: 'choice',
  summaryEndpoint: 'text',
  summaryModel: 'text',
  sofieWebAppUrl: 'text',
  allowedWorkflowEndpoints: 'list',
  auditTaskOnWrite: 'boolean',
  verboseLogging: 'boolean',
  supportContact: 'text',
};

export const CHOICES: Partial<Record<SettingKey, readonly string[]>> = {
  writeMode: SETTING_SCHEMAS.writeMode.options,
  summaryProvider: SETTING_SCHEMAS.summaryProvider.options,
};

function kindProblem(key: SettingKey): SettingsProblem {
  const kind = KINDS[key];
  switch (kind) {
    case 'boolean':
      return settingsProblem('settingsErrorExpectBoolean', 'Expected true or false.');
    case 'text':
      return settingsProblem('settingsErrorExpectText', 'Expected text of at most 200 characters.');
    case 'choice': {
      const choices = (CHOICES[key] ?? []).join(', ');
      return settingsProblem('settingsErrorExpectChoice', `Expected one of: ${choices}.`, [
        choices,
      ]);
    }

    case 'count':
      return settingsProblem('settingsErrorExpectCount', 'Expected a whole number from 1 to 100.');
    case 'list':
      return settingsProblem('settingsErrorExpectList', 'Expected a list of text entries.');
    case 'field-map':
      return settingsProblem(
        'settingsErrorExpectFieldMap',
        'Expected object API names, each with a list of field API names (for example Account: Rating, AnnualRevenue).',
      );
  }
}

/** The problem to show for a value zod refused: Sofie's own check if one failed, else the kind. */
export function problemOf(key: SettingKey, error: z.ZodError): SettingsProblem {
  for (const issue of error.issues) {
    if (issue.code !== 'custom') continue;
    const params = issue.params as SettingsProblem | undefined;
    if (params?.code) return settingsProblem(params.code, params.message, params.params);
  }

  return kindProblem(key);
}

/** Validates one value for one key, returning its canonical form or the problem. */
export function checkSetting<K extends SettingKey>(
  key: K,
  value: unknown,
):
  | { ok: true; value: z.output<(typeof SETTING_SCHEMAS)[K]> }
  | { ok: false; problem: SettingsProblem } {
  const parsed = SETTING_SCHEMAS[key].safeParse(value);
  if (parsed.success)
    return { ok: true, value: parsed.data as z.output<(typeof SETTING_SCHEMAS)[K]> };
  return { ok: false, problem: problemOf(key, parsed.error) };
}
