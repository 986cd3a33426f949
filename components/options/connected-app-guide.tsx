import { t } from '@/lib/i18n';

/** The few steps in Salesforce Setup, folded away until someone needs them. */
export function ConnectedAppGuide({ callbackUrl }: { callbackUrl: string }) {
  return (
    <details className="sofie-guide">
      <summary>{t('optionsGuideSummary')}</summary>
      <ol>
        <li>{t('optionsGuideStep1')}</li>
        <li>{t('optionsGuideStep2', [callbackUrl])}</li>
        <li>{t('optionsGuideStep3')}</li>
        <li>{t('optionsGuideStep4')}</li>
        <li>{t('optionsGuideStep5')}</li>
        <li>{t('optionsGuideStep6')}</li>
      </ol>
    </details>
  );
}
