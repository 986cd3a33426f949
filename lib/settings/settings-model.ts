import { z } from 'zod';

import type { Result } from '../result';
import { normaliseAuthBaseUrl, PRODUCTION_LOGIN_URL } from './auth-base-url';
import { validateClientId, validateClientSecret } from './client-id';
import {
  checkApiName,
  checkHttpsUrl,
  checkMyDomain,
  checkOrgId,
  type EntryCheck,
} from './entry-checks';
import type { SettingsProblem } from './problem';

/** Attaches a Sofie check to a zod type, carrying its problem in the issue's params. */
function checked<T>(
  base: z.ZodType<T>,
  check: (value: T) => Result<T, SettingsProblem>,
): z.ZodType<T> {
  return base.transform((value, ctx) => {
    const result = check(value);
    if (result.ok) return result.value;
    ctx.addIssue({ code: 'custom', message: result.problem.message, params: result.problem });
    return z.NEVER;
  });
}

const text = (max: number) => checked(z.string().max(max), (v) => ({ ok: true, value: v.trim() }));

const httpsUrlOrEmpty = checked(z.string(), (v) =>
  v.trim() ? checkHttpsUrl(v) : { ok: true, value: '' },
);

/** A list whose every entry passes `check`; `null` means "no restriction". */
function list(check: EntryCheck) {
  return checked(z.array(z.string()).nullable(), (entries) => {
    if (entries === null) return { ok: true, value: null };
    const out: string[] = [];
    for (const entry of entries) {
      const result = check(entry);
      if (!result.ok) return result;
      if (!out.includes(result.value)) out.push(result.value);
    }

    return { ok: true, value: out };
  });
}

const fieldMap = checked(z.record(z.string(), z.array(z.string())), (map) => {
  const out: Record<string, string[]> = {};
  for (const [object, fields] of Object.entries(map)) {
    if (object !== '*') {
      const name = checkApiName(object);
      if (!name.ok) return name;
    }

    const names: string[] = [];
    for (const field of fields) {
      const name = checkApiName(field);
      if (!name.ok) return name;
      names.push(name.value);
    }

    out[object.trim()] = names;
  }

  return { ok: true, value: out };
});

/** Every setting, each with the zod schema that validates and normalises one value of it. */
export const SETTING_SCHEMAS = {
  salesforceEnabled: z.boolean(),
  clientId: checked(z.string(), validateClientId),
  clientSecret: checked(z.string(), validateClientSecret),
  authBaseUrl: checked(z.string(), (v) => {
    const result = normaliseAuthBaseUrl(v);
    return result.ok ? { ok: true, value: result.value.url } : result;
  }),
  allowedOrgIds: list(checkOrgId),
  allowedMyDomains: list(checkMyDomain),
  allowUserConnectionSettings: z.boolean(),
  writeMode: z.enum(['off', 'review']),
  allowProductionWrites: z.boolean(),
  requireTypedConfirmationInProduction: z.boolean(),
  writableObjects: list(checkApiName),
  blockedFields: fieldMap,
  searchObjects: list(checkApiName),
  maxFieldsPerChange: z.number().int().min(1).max(100),
  summaryProvider: z.enum(['builtin', 'on-device', 'openai-compatible']),
  summaryEndpoint: httpsUrlOrEmpty,
  summaryModel: text(200),
  sofieWebAppUrl: httpsUrlOrEmpty,
  allowedWorkflowEndpoints: list(checkHttpsUrl),
  auditTaskOnWrite: z.boolean(),
  verboseLogging: z.boolean(),
  supportContact: text(200),
};

export type SettingKey = keyof typeof SETTING_SCHEMAS;
export type Settings = { [K in SettingKey]: z.output<(typeof SETTING_SCHEMAS)[K]> };

export const SETTING_KEYS = Object.keys(SETTING_SCHEMAS) as SettingKey[];

/** The whole settings object, for validating a complete set at once. */
export const settingsSchema = z.strictObject(SETTING_SCHEMAS);

/**
 * Keys only an admin sets: which orgs, and where record data may go (workflow endpoints, model
 * providers). A person cannot widen them from the options page.
 */
export const POLICY_ONLY_KEYS = [
  'allowedOrgIds',
  'allowedMyDomains',
  'allowUserConnectionSettings',
  'allowedWorkflowEndpoints',
  'summaryProvider',
  'summaryEndpoint',
  'summaryModel',
] as const satisfies readonly SettingKey[];

export type UserSettingKey = Exclude<SettingKey, (typeof POLICY_ONLY_KEYS)[number]>;
export type UserSettings = Pick<Settings, UserSettingKey>;

export const USER_SETTING_KEYS = SETTING_KEYS.filter(
  (key): key is UserSettingKey => !(POLICY_ONLY_KEYS as readonly string[]).includes(key),
);

/** What a person may store: any subset of the user-settable keys, each valid. */
export const userSettingsSchema = z
  .strictObject(
    Object.fromEntries(USER_SETTING_KEYS.map((key) => [key, SETTING_SCHEMAS[key]])) as {
      [K in UserSettingKey]: (typeof SETTING_SCHEMAS)[K];
    },
  )
  .partial();

/** Locked as a group when policy sets `allowUserConnectionSettings: false`. */
export const CONNECTION_KEYS = [
  'salesforceEnabled',
  'clientId',
  'clientSecret',
  'authBaseUrl',
] as const satisfies readonly SettingKey[];

export const SECRET_KEYS: readonly SettingKey[] = ['clientSecret'];

/** Lists and maps whose entries policy may get partly wrong: bad entries are dropped one by one. */
export const LIST_ENTRY_CHECKS: Partial<Record<SettingKey, EntryCheck>> = {
  allowedOrgIds: checkOrgId,
  allowedMyDomains: checkMyDomain,
  writableObjects: checkApiName,
  searchObjects: checkApiName,
  allowedWorkflowEndpoints: checkHttpsUrl,
};

export const DEFAULT_SETTINGS: Settings = {
  salesforceEnabled: true,
  clientId: '',
  clientSecret: '',
  authBaseUrl: PRODUCTION_LOGIN_URL,
  allowedOrgIds: null,
  allowedMyDomains: null,
  allowUserConnectionSettings: true,
  writeMode: 'review',
  allowProductionWrites: true,
  requireTypedConfirmationInProduction: false,
  writableObjects: null,
  blockedFields: {},
  searchObjects: null,
  maxFieldsPerChange: 10,
  summaryProvider: 'builtin',
  summaryEndpoint: '',
  summaryModel: '',
  sofieWebAppUrl: '',
  allowedWorkflowEndpoints: null,
  auditTaskOnWrite: false,
  verboseLogging: false,
  supportContact: '',
};
