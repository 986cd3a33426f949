import { browser } from 'wxt/browser';

/**
 * Screen readers pick their voice from `lang`: follow the language the messages are shown in
 * (`@@ui_locale`, e.g. `de`), which can differ from `getUILanguage()` on some platforms.
 */
export function setDocumentLanguage(): void {
  const locale = browser.i18n.getMessage('@@ui_locale') || browser.i18n.getUILanguage() || 'en';
  document.documentElement.lang = locale.replace('_', '-');
}
