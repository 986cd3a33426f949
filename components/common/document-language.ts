import { browser } from 'wxt/browser';

/** Screen readers pick their voice from `lang`: follow the language the UI is shown in. */
export function setDocumentLanguage(): void {
  document.documentElement.lang = browser.i18n.getUILanguage() || 'en';
}
