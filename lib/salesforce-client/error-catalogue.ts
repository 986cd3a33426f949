import { t } from '../i18n';
import type { ApiErrorItem } from './errors';

/**
 * What each Salesforce error code means for the user, and what to check. Codes from
 * SALESFORCE.md section 3 plus the neighbours users meet when writing records.
 */
export type Explain = (item: ApiErrorItem) => { message: string; remedy: string };

const OUR_BUG = (item: ApiErrorItem) => ({
  message: t('sfErrorOurBug', item.errorCode),
  remedy: t('sfErrorOurBugRemedy'),
});

const fieldList = (item: ApiErrorItem) =>
  item.fields.length ? item.fields.join(', ') : t('sfErrorSomeFields');

const TRY_LATER = () => ({
  message: t('sfErrorUnavailable'),
  remedy: t('sfErrorTryLaterRemedy'),
});

export const EXPLAIN: Record<string, Explain> = {
  INVALID_SESSION_ID: () => ({
    message: t('sfErrorSessionExpired'),
    remedy: t('sfErrorSessionExpiredRemedy'),
  }),
  NOT_FOUND: () => ({
    message: t('sfErrorNotFound'),
    remedy: t('sfErrorNotFoundRemedy'),
  }),
  INSUFFICIENT_ACCESS_OR_READONLY: () => ({
    message: t('sfErrorReadOnly'),
    remedy: t('sfErrorReadOnlyRemedy'),
  }),
  INSUFFICIENT_ACCESS: () => ({
    message: t('sfErrorNoAccess'),
    remedy: t('sfErrorNoAccessRemedy'),
  }),
  INVALID_FIELD_FOR_INSERT_UPDATE: (item) => ({
    message: t('sfErrorFieldNotEditable', fieldList(item)),
    remedy: t('sfErrorFieldNotEditableRemedy'),
  }),
  FIELD_CUSTOM_VALIDATION_EXCEPTION: (item) => ({
    // The rule's own message is the admin's words, in the org's language.
    message: item.message || t('sfErrorValidationRule'),
    remedy: t('sfErrorValidationRuleRemedy'),
  }),
  FIELD_INTEGRITY_EXCEPTION: (item) => ({
    message: t('sfErrorFieldIntegrity', fieldList(item)),
    remedy: t('sfErrorFieldIntegrityRemedy'),
  }),
  REQUIRED_FIELD_MISSING: (item) => ({
    message: t('sfErrorRequiredMissing', fieldList(item)),
    remedy: t('sfErrorRequiredMissingRemedy'),
  }),
  STRING_TOO_LONG: (item) => {
    const max = /max length=(\d+)/i.exec(item.message)?.[1];
    return {
      message: max
        ? t('sfErrorTooLongMax', [fieldList(item), max])
        : t('sfErrorTooLong', fieldList(item)),
      remedy: t('sfErrorTooLongRemedy'),
    };
  },
  INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST: (item) => ({
    message: t('sfErrorRestrictedPicklist', fieldList(item)),
    remedy: t('sfErrorRestrictedPicklistRemedy'),
  }),
  ENTITY_IS_LOCKED: () => ({
    message: t('sfErrorLocked'),
    remedy: t('sfErrorLockedRemedy'),
  }),
  ENTITY_IS_DELETED: () => ({
    message: t('sfErrorDeleted'),
    remedy: t('sfErrorDeletedRemedy'),
  }),
  DUPLICATE_VALUE: (item) => ({
    message: t('sfErrorDuplicate', fieldList(item)),
    remedy: t('sfErrorDuplicateRemedy'),
  }),
  PROCESSING_HALTED: () => ({
    message: t('sfErrorHalted'),
    remedy: t('sfErrorHaltedRemedy'),
  }),
  MALFORMED_ID: OUR_BUG,
  INVALID_FIELD: OUR_BUG,
  INVALID_TYPE: OUR_BUG,
  MALFORMED_QUERY: OUR_BUG,
  MALFORMED_SEARCH: OUR_BUG,
  INVALID_QUERY_FILTER_OPERATOR: OUR_BUG,
  JSON_PARSER_ERROR: OUR_BUG,
  REQUEST_LIMIT_EXCEEDED: () => ({
    message: t('sfErrorRequestLimit'),
    remedy: t('sfErrorRequestLimitRemedy'),
  }),
  API_DISABLED_FOR_ORG: () => ({
    message: t('sfErrorApiDisabledForOrg'),
    remedy: t('sfErrorApiDisabledForOrgRemedy'),
  }),
  API_CURRENTLY_DISABLED: () => ({
    message: t('sfErrorApiDisabled'),
    remedy: t('sfErrorApiDisabledRemedy'),
  }),
  SERVER_UNAVAILABLE: TRY_LATER,
};

export function explainHttp(status: number): { message: string; remedy: string } {
  if (status === 401)
    return EXPLAIN.INVALID_SESSION_ID!({ errorCode: '', message: '', fields: [] });
  if (status === 403) {
    return { message: t('sfErrorForbidden'), remedy: t('sfErrorForbiddenRemedy') };
  }

  if (status === 404) return EXPLAIN.NOT_FOUND!({ errorCode: '', message: '', fields: [] });
  if (status === 412) {
    return { message: t('sfErrorChanged'), remedy: t('sfErrorChangedRemedy') };
  }

  if (status >= 500) {
    return { message: t('sfErrorServer', String(status)), remedy: t('sfErrorTryLaterRemedy') };
  }

  if (status >= 300 && status < 400) {
    return { message: t('sfErrorRedirected'), remedy: t('sfErrorRedirectedRemedy') };
  }

  return { message: t('sfErrorHttp', String(status)), remedy: t('sfErrorHttpRemedy') };
}
