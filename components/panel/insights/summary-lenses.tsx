import { useState } from 'react';

import type { ModelSummaryView } from '@/lib/insights/providers/model-run';
import type { RecordInsights } from '@/lib/insights/record-insights';
import { t, type MessageKey } from '@/lib/i18n';

import { EvidenceLink } from './evidence-link';
import { generatedBy, ModelSummary } from './model-summary';

const LENS_LABEL: Record<string, MessageKey> = {
  quality: 'lensQuality',
  customer: 'lensCustomer',
  project: 'lensProject',
};

/**
 * One tab per lens (quality, customer, project); each sentence links to its evidence. A model's
 * summary, when the policy asks for one, is labelled with the model that wrote it.
 */
export function SummaryLenses({
  insights,
  recordId,
  model,
}: {
  insights: RecordInsights;
  recordId: string;
  model?: ModelSummaryView;
}) {
  const lenses = insights.summary.lenses;
  const firstWithContent =
    lenses.find((l) => l.sentences.length > 0)?.lens ?? lenses[0]?.lens ?? 'project';
  const [active, setActive] = useState(firstWithContent);
  const current = lenses.find((l) => l.lens === active);

  return (
    <section
      className="sofie-section sofie-summary"
      aria-labelledby="summary-title"
      data-section="summary"
    >
      <h3 id="summary-title" className="slds-text-heading_small">
        {t('summaryTitle')}{' '}
        {insights.summary.generated && (
          <span className="slds-badge" data-generated>
            {model ? generatedBy(model) : t('summaryGenerated')}
          </span>
        )}
      </h3>
      {model && <ModelSummary model={model} />}
      {insights.summary.overview && (
        <p className="sofie-summary__overview" data-overview>
          {insights.summary.overview}
        </p>
      )}
      <div role="tablist" aria-label={t('summaryTitle')} className="sofie-tabs">
        {lenses.map((lens) => (
          <button
            key={lens.lens}
            type="button"
            role="tab"
            id={`lens-tab-${lens.lens}`}
            aria-selected={lens.lens === active}
            aria-controls={`lens-panel-${lens.lens}`}
            tabIndex={lens.lens === active ? 0 : -1}
            className="sofie-tab"
            data-lens={lens.lens}
            onClick={() => setActive(lens.lens)}
            onKeyDown={(event) => {
              if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
              const index = lenses.findIndex((l) => l.lens === active);
              const next =
                lenses[
                  (index + (event.key === 'ArrowRight' ? 1 : lenses.length - 1)) % lenses.length
                ];
              if (next) {
                setActive(next.lens);
                document.getElementById(`lens-tab-${next.lens}`)?.focus();
              }
            }}
          >
            {t(LENS_LABEL[lens.lens] ?? 'lensProject')}{' '}
            <span className="sofie-muted">({lens.sentences.length})</span>
          </button>
        ))}
      </div>
      {current && (
        <div
          role="tabpanel"
          id={`lens-panel-${current.lens}`}
          aria-labelledby={`lens-tab-${current.lens}`}
          data-lens-panel={current.lens}
        >
          {current.sentences.length === 0 ? (
            <p className="sofie-muted">{t('summaryNothing')}</p>
          ) : (
            <ul className="sofie-sentences">
              {current.sentences.map((sentence, index) => (
                <li key={index} data-severity={'severity' in sentence ? sentence.severity : 'info'}>
                  <span>{sentence.text}</span>{' '}
                  <span className="sofie-evidence-list">
                    {sentence.evidence.map((evidence, i) => (
                      <EvidenceLink key={i} evidence={evidence} recordId={recordId} />
                    ))}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
