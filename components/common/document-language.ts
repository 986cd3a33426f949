import { t } from '@/lib/i18n';

/**
 * Screen readers pick their voice from `lang`. Each catalogue names its own language, so `lang`
 * follows the text actually shown: Chrome's `@@ui_locale` can disagree with the catalogue it used.
 */
export function setDocumentLanguage(): void {
  document.documentElement.lang = t('uiLanguage');
}
