import { settingsProblem } from './problem';
import { isGuardrailKey, restrictiveValues, type GuardrailKey } from './restrictive-fallbacks';
import {
  LIST_ENTRY_CHECKS,
  SECRET_KEYS,
  SETTING_KEYS,
  type SettingKey,
  type Settings,
} from './settings-model';
import { checkSetting } from './value-problem';

/** One key of the admin policy Sofie could not use, and why; the safe default applies instead. */
export interface PolicyProblem {
  key: string;
  /** What the policy held, as short text; secrets are never repeated. */
  value: string;
  reason: string;
  /** Message key and substitutions for the reason in the user's language. */
  code: string;
  params?: string[];
  /**
   * What Sofie did instead: ignored an unknown key, dropped one list entry, used the default, or
   * (for a guardrail) used its restrictive value.
   */
  effect: 'ignored' | 'entry-dropped' | 'default-used' | 'restricted';
}

export interface ReadPolicy {
  policy: Partial<Settings>;
  problems: PolicyProblem[];
}

const SECRET_NAME = /secret|token|password|key$/i;

function show(key: string, value: unknown): string {
  if ((SECRET_KEYS as readonly string[]).includes(key) || SECRET_NAME.test(key)) {
    return '[redacted]';
  }

  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }

  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

const DEFAULTED = 'Sofie uses the default instead.';
const RESTRICTED = 'Sofie uses the most restrictive value instead.';

function isKey(key: string): key is SettingKey {
  return (SETTING_KEYS as readonly string[]).includes(key);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The admin policy from `storage.managed`. Chrome already drops values that break the managed
 * schema; this catches what the schema cannot say (a login host outside Salesforce, a malformed
 * org id) and anything set by other means. A list keeps its good entries: for allow-lists that is
 * the safe reading, since fewer entries allow less. A guardrail set to a value Sofie cannot use
 * takes its restrictive value (see restrictive-fallbacks.ts), never the permissive default.
 */
export function readPolicy(raw: unknown): ReadPolicy {
  const problems: PolicyProblem[] = [];
  const policy: Partial<Record<SettingKey, unknown>> = {};
  const restricted: GuardrailKey[] = [];
  if (raw === undefined || raw === null) return { policy: {}, problems };

  if (!isPlainObject(raw)) {
    const reason = 'The policy is not an object of settings; it is ignored.';
    problems.push({
      key: '(policy)',
      value: show('', raw),
      reason,
      code: 'policyErrorNotObject',
      effect: 'ignored',
    });
    return { policy: {}, problems };
  }

  for (const [key, value] of Object.entries(raw)) {
    if (!isKey(key)) {
      const problem = settingsProblem(
        'policyErrorUnknownKey',
        'Sofie has no setting of this name; it is ignored.',
      );
      problems.push({
        key,
        value: show(key, value),
        reason: problem.message,
        code: problem.code,
        effect: 'ignored',
      });
      continue;
    }

    const entryCheck = LIST_ENTRY_CHECKS[key];
    let candidate = value;
    if (entryCheck && Array.isArray(value) && value.every((e) => typeof e === 'string')) {
      candidate = value.filter((entry) => {
        const result = entryCheck(entry);
        if (!result.ok) {
          problems.push({
            key,
            value: show(key, entry),
            reason: `${result.problem.message} This entry is ignored.`,
            code: result.problem.code,
            params: result.problem.params,
            effect: 'entry-dropped',
          });
        }

        return result.ok;
      });
    }

    const result = checkSetting(key, candidate);
    if (result.ok) {
      policy[key] = result.value;
      continue;
    }

    const guardrail = isGuardrailKey(key);
    if (guardrail) restricted.push(key);
    problems.push({
      key,
      value: show(key, value),
      reason: `${result.problem.message} ${guardrail ? RESTRICTED : DEFAULTED}`,
      code: result.problem.code,
      params: result.problem.params,
      effect: guardrail ? 'restricted' : 'default-used',
    });
  }

  // Applied last, so a valid key read after a broken one cannot loosen what the broken one forces.
  return {
    policy: { ...(policy as Partial<Settings>), ...restrictiveValues(restricted) },
    problems,
  };
}
