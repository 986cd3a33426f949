import { browser } from 'wxt/browser';

import type { SettingsProblem } from '@/lib/settings/problem';

/** A problem in the user's language: its code is a message key; English is the fallback. */
export function problemText(problem: SettingsProblem): string {
  // Codes are message keys by contract; an unknown one falls back to the English sentence.
  const key = problem.code as Parameters<typeof browser.i18n.getMessage>[0];
  return browser.i18n.getMessage(key, problem.params) || problem.message;
}
