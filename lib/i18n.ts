import { browser } from 'wxt/browser';

import type english from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

/**
 * Text for the user's browser language, from the extension's own message catalogues (English and
 * German; `scripts/check-locales.ts` fails the build when a key is missing in one of them).
 */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  // Outside the browser (the benchmark's Node baseline reuses lib/ code) there is no catalogue.
  return browser?.i18n?.getMessage(key, substitutions) || key;
}

let rules: Intl.PluralRules | undefined;

/** `one` or `other` for a count, by the plural rules of the language Sofie speaks. */
export function pluralCategory(count: number): Intl.LDMLPluralRule {
  // The catalogue's own language, which can differ from Chrome's UI language (fr falls back to en).
  rules ??= new Intl.PluralRules(t('uiLanguage'));
  return rules.select(count);
}

/**
 * A counted sentence: the `one` or `other` message, chosen by the browser language's plural rules.
 * English and German have only these two forms.
 */
export function tPlural(
  count: number,
  keys: { one: MessageKey; other: MessageKey },
  substitutions: string[] = [],
): string {
  return t(pluralCategory(count) === 'one' ? keys.one : keys.other, substitutions);
}

/** An object label used as a noun inside a sentence: German capitalises nouns, English does not. */
export function nounInSentence(label: string): string {
  return t('uiLanguage') === 'de' ? label : label.toLowerCase();
}
