import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging/protocol';
import type { ConnectionSummary, PageSummary } from '@/lib/panel-state';
import type { Problem } from '@/lib/result';

import { useWindowId } from '../window-context';

type Kind = 'access' | 'deleted' | 'limit' | 'offline' | 'unsupported' | 'other';

/** Each failure gets its own words and a way forward; the record opens in Salesforce as a fallback. */
export function RecordProblem(props: {
  problem: Problem;
  page: PageSummary;
  connection: ConnectionSummary;
}) {
  const { problem, page, connection } = props;
  const windowId = useWindowId();
  const kind = problemKind(problem.code);
  const { message, remedy } = wordsFor(kind, problem, connection);
  const canRetry = kind === 'limit' || kind === 'offline' || kind === 'other';

  return (
    <section
      className="slds-card sofie-card sofie-card--warning"
      role="alert"
      data-problem={kind}
      data-code={problem.code}
    >
      <h2 className="slds-text-heading_small">{t(`recordProblemTitle_${kind}`)}</h2>
      <p>{message}</p>
      {remedy && <p className="sofie-muted">{remedy}</p>}
      <div className="sofie-actions">
        {canRetry && (
          <button
            type="button"
            className="slds-button slds-button_brand"
            data-action="retry"
            onClick={() => void sendMessage('panelRetryRecord', { windowId })}
          >
            {t('recordRetry')}
          </button>
        )}
        {kind === 'deleted' ? (
          <a
            className="slds-button slds-button_neutral"
            href={recycleBinUrl(page.url)}
            target="_blank"
            rel="noreferrer"
          >
            {t('recordOpenRecycleBin')}
          </a>
        ) : (
          <a
            className="slds-button slds-button_neutral"
            href={page.url}
            target="_blank"
            rel="noreferrer"
          >
            {t('openInSalesforce')}
          </a>
        )}
      </div>
    </section>
  );
}

function wordsFor(
  kind: Kind,
  problem: Problem,
  connection: ConnectionSummary,
): { message: string; remedy: string | undefined } {
  switch (kind) {
    case 'access':
      return {
        message: t('recordNoAccess', [connection.username, connection.orgName]),
        remedy: undefined,
      };
    case 'deleted':
    case 'limit':
    case 'offline':
    case 'unsupported':
      return { message: t(`recordProblemText_${kind}`), remedy: t(`recordProblemRemedy_${kind}`) };
    case 'other':
      return { message: problem.message, remedy: problem.remedy };
  }
}

/** Lightning's Recycle Bin, on the host of the page the user has open. */
function recycleBinUrl(pageUrl: string): string {
  return `${new URL(pageUrl).origin}/lightning/o/DeleteEvent/home`;
}

function problemKind(code: string): Kind {
  switch (code) {
    case 'no-access':
    case 'not-found':
      return 'access';
    case 'deleted':
    case 'ENTITY_IS_DELETED':
      return 'deleted';
    case 'limit':
    case 'api-limit':
    case 'REQUEST_LIMIT_EXCEEDED':
      return 'limit';
    case 'offline':
      return 'offline';
    case 'unsupported':
      return 'unsupported';
    default:
      return 'other';
  }
}
