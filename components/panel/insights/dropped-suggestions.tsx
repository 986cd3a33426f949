import type { RejectedSuggestion } from '@/lib/insights/suggestions';
import { t } from '@/lib/i18n';

import { ProposedBy } from './model-badge';

/**
 * The proposals a rule made that failed the check against the describe or the policy (a field the
 * user may not edit, a value the picklist does not allow, a blocked field), each with the reason.
 * Closed by default: it explains, it offers nothing to do.
 */
export function DroppedSuggestions({
  rejected,
  shown,
}: {
  rejected: RejectedSuggestion[];
  shown: (field: string, value: unknown) => string;
}) {
  const dropped = rejected.filter((r) => r.code !== 'unchanged');
  if (!dropped.length) return null;

  return (
    <details className="sofie-related" data-section="suggestions-dropped">
      <summary>{t('suggestionsDropped', String(dropped.length))}</summary>
      <ul className="slds-has-dividers_bottom-space">
        {dropped.map((r) => (
          <li
            key={`${r.suggestion.field}:${r.code}`}
            className="slds-item"
            data-dropped={r.suggestion.field}
          >
            <strong>{r.suggestion.label}</strong>: {shown(r.suggestion.field, r.suggestion.value)}
            <ProposedBy ruleId={r.suggestion.ruleId} />
            <p className="sofie-muted">{r.reason}</p>
          </li>
        ))}
      </ul>
    </details>
  );
}
