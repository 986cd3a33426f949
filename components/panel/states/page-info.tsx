import { t } from '@/lib/i18n';
import type { PageSummary } from '@/lib/panel-state';

/** Pages that are not a record say what they are and what the panel can do there. */
export function PageInfo({ page }: { page: PageSummary }) {
  const what =
    page.surface === 'object' && page.objectApiName
      ? t('pageObject', page.objectApiName)
      : page.surface === 'setup'
        ? t('pageSetup')
        : t('pageOther');
  return (
    <section className="slds-card sofie-card" data-state="page" data-surface={page.surface}>
      <h2 className="slds-text-heading_small">{what}</h2>
      <p>{t('pageHint')}</p>
    </section>
  );
}
