import { t } from '@/lib/i18n';

import type { ReviewProblem } from './review-types';

/**
 * The last write's problem, above the rows. The alert region stays in the page so the message is
 * announced when it arrives; field errors for fields not on screen are listed here too.
 */
export function ReviewProblemAlert(props: {
  problem: ReviewProblem | undefined;
  unlisted: [string, string][];
}) {
  const { problem } = props;
  return (
    <div role="alert" className="sofie-review-alert">
      {problem && (
        <div className="sofie-card sofie-card--error sofie-problem" data-problem>
          <p className="sofie-problem__message">{problem.message}</p>
          {problem.remedy && <p data-remedy>{problem.remedy}</p>}
          {props.unlisted.length > 0 && (
            <>
              <p>{t('reviewOtherFieldErrors')}</p>
              <ul>
                {props.unlisted.map(([field, message]) => (
                  <li key={field}>
                    <code>{field}</code>: {message}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}
