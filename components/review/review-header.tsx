import { t } from '@/lib/i18n';
import type { Environment } from '@/lib/salesforce/record-context';

import { EnvironmentBadge } from '../panel/environment-badge';

/** Which org and record the changes go to; production says so in words, not only in red. */
export function ReviewHeader(props: {
  titleId: string;
  environment: Environment;
  orgName: string;
  recordName: string;
  objectLabel: string;
}) {
  return (
    <header className="sofie-review-header">
      {props.environment === 'production' && (
        <p className="sofie-review-banner" data-production-banner>
          <strong>{t('reviewProductionWord')}</strong> {t('reviewProductionNote')}
        </p>
      )}
      <h2 id={props.titleId}>{t('reviewTitle')}</h2>
      <p className="sofie-org">
        <EnvironmentBadge environment={props.environment} />
        <span className="sofie-org__name" data-org-name>
          {props.orgName}
        </span>
      </p>
      <p className="sofie-review-record" data-record>
        {t('reviewAppliesTo', [props.recordName, props.objectLabel])}
      </p>
    </header>
  );
}
