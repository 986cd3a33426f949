import { useState } from 'react';

import { formatFieldValue } from '@/lib/format/field-value';
import type { RecordInsights } from '@/lib/insights/record-insights';
import type { RecordContext } from '@/lib/salesforce/record-context';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging/protocol';

import { useFormatOptions } from '../use-format-options';
import { useWindowId } from '../window-context';
import { DroppedSuggestions } from './dropped-suggestions';
import { EvidenceLink } from './evidence-link';
import { ProposedBy } from './model-badge';

/** Field updates the rules or a model propose, already checked against the describe and policy. */
export function Suggestions({
  insights,
  context,
}: {
  insights: RecordInsights;
  context: RecordContext;
}) {
  const windowId = useWindowId();
  const format = useFormatOptions(context);
  const recordId = context.record.ref.recordId;
  // Shown as the record page shows it (a date as a date, a picklist by its label).
  const shown = (field: string, value: unknown) => {
    const meta = context.object.fields[field];
    return meta ? formatFieldValue(meta, value, format) : String(value);
  };
  const fields = insights.suggestions.map((s) => s.field);
  const [chosen, setChosen] = useState(() => new Set(fields));
  const [offered, setOffered] = useState(fields);
  // A model's suggestions arrive after the rules': they start chosen, the person's choices stay.
  const added = fields.filter((f) => !offered.includes(f));
  if (added.length > 0 || offered.length !== fields.length) {
    setOffered(fields);
    setChosen(new Set([...chosen].filter((f) => fields.includes(f)).concat(added)));
  }
  const [problem, setProblem] = useState<string | undefined>();
  if (!insights.suggestions.length) {
    return <DroppedSuggestions rejected={insights.rejected} shown={shown} />;
  }

  const review = async () => {
    const result = await sendMessage('panelPrepareChange', {
      windowId,
      source: { kind: 'suggestions', fields: [...chosen] },
    });
    setProblem(result.ok ? undefined : result.problem.message);
  };

  return (
    <section
      className="sofie-section slds-card sofie-card"
      aria-labelledby="suggestions-title"
      data-section="suggestions"
    >
      <h3 id="suggestions-title" className="slds-text-heading_small">
        {t('suggestionsTitle')}
      </h3>
      <ul className="sofie-suggestions">
        {insights.suggestions.map((s) => (
          <li key={s.field} data-suggestion={s.field}>
            <label className="sofie-field">
              <input
                type="checkbox"
                checked={chosen.has(s.field)}
                onChange={(e) => {
                  const next = new Set(chosen);
                  if (e.target.checked) next.add(s.field);
                  else next.delete(s.field);
                  setChosen(next);
                }}
              />
              <span>
                <strong>{s.label}</strong>: {shown(s.field, s.value)}
              </span>
            </label>
            <p className="sofie-muted">
              <ProposedBy ruleId={s.ruleId} />
              {s.reason} · {t('suggestionConfidence', String(Math.round(s.confidence * 100)))}{' '}
              {s.evidence.map((e, i) => (
                <EvidenceLink key={i} evidence={e} recordId={recordId} />
              ))}
            </p>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="slds-button slds-button_brand"
        disabled={chosen.size === 0}
        onClick={() => void review()}
        data-action="review-suggestions"
      >
        {t('suggestionReview')}
      </button>
      <p role="status">{problem}</p>
      <DroppedSuggestions rejected={insights.rejected} shown={shown} />
    </section>
  );
}
