import { t } from '@/lib/i18n';
import type { PageSummary } from '@/lib/panel-state';
import type { PageContext } from '@/lib/salesforce/page-context';

/** What the panel is told about the page in the tab (no record data). */
export function pageSummary(context: PageContext): PageSummary {
  return {
    url: context.pageUrl,
    surface: context.surface,
    apiHost: context.apiHost,
    myDomain: context.myDomain,
    environment: context.environment,
    objectApiName: context.objectApiName,
    recordId: context.recordId,
  };
}

/** The problem shown when Salesforce ended the connection. */
export function signedOut() {
  return {
    code: 'signed-out',
    message: t('panelNotice_connectionEnded'),
    remedy: t('panelNotice_signInAgain'),
  };
}
