import type { Problem } from '../result';

/**
 * A settings or policy problem. `code` is the message key the UI shows in the user's language,
 * with `params` as its substitutions; `message` is the same sentence in English for logs and tests.
 */
export interface SettingsProblem extends Problem {
  params?: string[];
}

export function settingsProblem(code: string, message: string, params?: string[]): SettingsProblem {
  return params ? { code, message, params } : { code, message };
}
