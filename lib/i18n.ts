import { browser } from 'wxt/browser';

import type english from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

/**
 * Text for the user's browser language, from the extension's own message catalogues (English and
 * German; `scripts/check-locales.ts` fails the build when a key is missing in one of them).
 */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
