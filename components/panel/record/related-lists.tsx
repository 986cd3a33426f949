import { t } from '@/lib/i18n';
import type { RecordContext, RelatedItem } from '@/lib/salesforce/record-context';

import { RecordLink } from '../record-link';

const SECONDARY: Record<string, string[]> = {
  Case: ['Status', 'Priority'],
  Task: ['Status', 'ActivityDate'],
  Event: ['StartDateTime'],
  Opportunity: ['StageName', 'CloseDate'],
  Contact: ['Title', 'Email'],
  OpportunityContactRole: ['Role'],
  Quality_Issue__c: ['Severity__c', 'Status__c'],
  Project__c: ['Status__c', 'Health__c'],
  Milestone__c: ['Status__c', 'Due_Date__c'],
};

function details(item: RelatedItem): string {
  return (SECONDARY[item.objectApiName] ?? [])
    .map((f) => item.fields[f])
    .filter((v): v is string | number => typeof v === 'string' || typeof v === 'number')
    .join(' · ');
}

/** Related items that matter for follow-up, with true totals even when only a few are listed. */
export function RelatedLists({ context }: { context: RecordContext }) {
  const lists = context.related.filter((l) => l.totalSize > 0);
  if (!lists.length) {
    return <p className="sofie-muted sofie-section">{t('relatedNone')}</p>;
  }

  return (
    <section aria-label={t('relatedTitle')} className="sofie-section">
      {lists.map((list) => (
        <details
          key={list.key}
          className="sofie-related"
          data-related={list.key}
          open={list.items.length <= 5}
        >
          <summary>
            <span className="sofie-related__label">{list.label}</span>{' '}
            <span
              className="slds-badge slds-badge_lightest"
              aria-label={t('relatedCount', String(list.totalSize))}
            >
              {list.totalSize}
            </span>
          </summary>
          <ul className="slds-has-dividers_bottom-space">
            {list.items.slice(0, 5).map((item) => (
              <li key={item.id} className="slds-item">
                <RecordLink
                  objectApiName={item.objectApiName}
                  recordId={item.id}
                  label={item.name}
                />
                <span className="sofie-muted sofie-related__details">{details(item)}</span>
              </li>
            ))}
          </ul>
          {list.totalSize > list.items.slice(0, 5).length && (
            <p className="sofie-muted">
              {t('relatedMore', String(list.totalSize - Math.min(5, list.items.length)))}
            </p>
          )}
        </details>
      ))}
    </section>
  );
}
