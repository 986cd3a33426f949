import { t } from '@/lib/i18n';
import type { ConnectionSummary, PageSummary } from '@/lib/panel-state';
import type { Problem } from '@/lib/result';

/** Each failure gets its own words and a way forward; the record opens in Salesforce as a fallback. */
export function RecordProblem(props: {
  problem: Problem;
  page: PageSummary;
  connection: ConnectionSummary;
}) {
  const { problem, page, connection } = props;
  const message =
    problem.code === 'no-access' || problem.code === 'not-found'
      ? t('recordNoAccess', [connection.username, connection.orgName])
      : problem.message;

  return (
    <section
      className="slds-card sofie-card sofie-card--warning"
      role="alert"
      data-problem={problem.code}
    >
      <h2 className="slds-text-heading_small">
        {t(`recordProblemTitle_${problemTitle(problem.code)}`)}
      </h2>
      <p>{message}</p>
      {problem.remedy && <p className="sofie-muted">{problem.remedy}</p>}
      <a
        className="slds-button slds-button_neutral"
        href={page.url}
        target="_blank"
        rel="noreferrer"
      >
        {t('openInSalesforce')}
      </a>
    </section>
  );
}

function problemTitle(
  code: string,
): 'access' | 'deleted' | 'limit' | 'offline' | 'unsupported' | 'other' {
  switch (code) {
    case 'no-access':
    case 'not-found':
      return 'access';
    case 'deleted':
      return 'deleted';
    case 'limit':
    case 'api-limit':
      return 'limit';
    case 'offline':
      return 'offline';
    case 'unsupported':
      return 'unsupported';
    default:
      return 'other';
  }
}
