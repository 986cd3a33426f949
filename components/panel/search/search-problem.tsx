import { t, type MessageKey } from '@/lib/i18n';
import type { Problem } from '@/lib/result';

/** Known problems in the user's language; anything else in the background's own words. */
const KNOWN: Record<string, [MessageKey, MessageKey]> = {
  offline: ['searchProblem_offline', 'searchRemedy_offline'],
  limit: ['searchProblem_limit', 'searchRemedy_limit'],
  'signed-out': ['searchProblem_signedOut', 'searchRemedy_signedOut'],
  'not-connected': ['searchProblem_notConnected', 'searchRemedy_notConnected'],
};

export function SearchProblem({ problem }: { problem: Problem }) {
  const known = KNOWN[problem.code];
  const message = known ? t(known[0]) : problem.message;
  const remedy = known ? t(known[1]) : problem.remedy;

  return (
    <div className="sofie-search__problem" role="alert" data-search-problem={problem.code}>
      <p className="sofie-search__problem-title">{t('searchProblemTitle')}</p>
      <p>{message}</p>
      {remedy && <p className="sofie-muted">{remedy}</p>}
    </div>
  );
}
