import type { ApiErrorItem } from './errors';

/**
 * What each Salesforce error code means for the user, and what to check. Codes from
 * SALESFORCE.md section 3 plus the neighbours users meet when writing records.
 */
export type Explain = (item: ApiErrorItem) => { message: string; remedy: string };

const OUR_BUG = (item: ApiErrorItem) => ({
  message: `Sofie sent Salesforce a request it could not read (${item.errorCode}).`,
  remedy: 'This is a fault in Sofie, not in your data. Please report it with the connection test.',
});

const fieldList = (item: ApiErrorItem) =>
  item.fields.length ? item.fields.join(', ') : 'some fields';

export const EXPLAIN: Record<string, Explain> = {
  INVALID_SESSION_ID: () => ({
    message: 'The Salesforce session expired or was revoked.',
    remedy: 'Reconnect to Salesforce.',
  }),
  NOT_FOUND: () => ({
    message: 'Salesforce has no such record for you: it was deleted, or you cannot see it.',
    remedy: 'Check the record exists and is shared with the connected user.',
  }),
  INSUFFICIENT_ACCESS_OR_READONLY: () => ({
    message: 'You do not have access to change this record.',
    remedy: 'Ask your admin to check your object permissions and the record’s sharing.',
  }),
  INSUFFICIENT_ACCESS: () => ({
    message: 'You do not have access to do this in Salesforce.',
    remedy: 'Ask your admin to check your permissions.',
  }),
  INVALID_FIELD_FOR_INSERT_UPDATE: (item) => ({
    message: `You cannot edit ${fieldList(item)}.`,
    remedy: 'Ask your admin to check field-level security for these fields on your profile.',
  }),
  FIELD_CUSTOM_VALIDATION_EXCEPTION: (item) => ({
    message: item.message || 'A validation rule rejected the change.',
    remedy: 'Change the values so the validation rule is satisfied, then try again.',
  }),
  FIELD_INTEGRITY_EXCEPTION: (item) => ({
    message: `Salesforce rejected the value of ${fieldList(item)}.`,
    remedy: 'Check the value refers to a record of the right type that still exists.',
  }),
  REQUIRED_FIELD_MISSING: (item) => ({
    message: `Required fields are missing: ${fieldList(item)}.`,
    remedy: 'Fill in these fields and try again.',
  }),
  STRING_TOO_LONG: (item) => {
    const max = /max length=(\d+)/i.exec(item.message)?.[1];
    return {
      message: `${fieldList(item)} is too long${max ? ` (at most ${max} characters)` : ''}.`,
      remedy: 'Shorten the value and try again.',
    };
  },
  INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST: (item) => ({
    message: `${fieldList(item)} only accepts one of its listed values.`,
    remedy: 'Choose one of the allowed values for this record type.',
  }),
  ENTITY_IS_LOCKED: () => ({
    message: 'The record is locked, usually by an approval process.',
    remedy: 'Wait for the approval to finish or ask the approver or an admin to unlock it.',
  }),
  ENTITY_IS_DELETED: () => ({
    message: 'The record has been deleted.',
    remedy: 'Restore it from the Recycle Bin if it should still exist.',
  }),
  DUPLICATE_VALUE: (item) => ({
    message: `Another record already uses this value for ${fieldList(item)}.`,
    remedy: 'Use a unique value.',
  }),
  PROCESSING_HALTED: () => ({
    message: 'Salesforce stopped because an earlier part of the same request failed.',
    remedy: 'Fix the first error reported, then try again.',
  }),
  MALFORMED_ID: OUR_BUG,
  INVALID_FIELD: OUR_BUG,
  INVALID_TYPE: OUR_BUG,
  MALFORMED_QUERY: OUR_BUG,
  MALFORMED_SEARCH: OUR_BUG,
  INVALID_QUERY_FILTER_OPERATOR: OUR_BUG,
  JSON_PARSER_ERROR: OUR_BUG,
  REQUEST_LIMIT_EXCEEDED: () => ({
    message: 'Your org has used up its daily Salesforce API requests.',
    remedy:
      'Try again later, or ask your admin about the org’s API limit (Setup → Company Information).',
  }),
  API_DISABLED_FOR_ORG: () => ({
    message: 'The Salesforce API is not enabled for your org or your user.',
    remedy:
      'Ask your admin: the edition must include API access and your profile needs “API Enabled”.',
  }),
  API_CURRENTLY_DISABLED: () => ({
    message: 'The Salesforce API is turned off for your user.',
    remedy: 'Ask your admin to give your profile or a permission set “API Enabled”.',
  }),
  SERVER_UNAVAILABLE: () => ({
    message: 'Salesforce is temporarily unavailable.',
    remedy: 'Try again in a few minutes; check status.salesforce.com if it continues.',
  }),
};

export function explainHttp(status: number): { message: string; remedy: string } {
  if (status === 401)
    return EXPLAIN.INVALID_SESSION_ID!({ errorCode: '', message: '', fields: [] });
  if (status === 403) {
    return {
      message: 'Salesforce refused the request.',
      remedy: 'Ask your admin to check your permissions and the org’s API access.',
    };
  }

  if (status === 404) return EXPLAIN.NOT_FOUND!({ errorCode: '', message: '', fields: [] });
  if (status === 412) {
    return {
      message: 'The record changed in Salesforce since it was loaded.',
      remedy: 'Reload the record and review the change again.',
    };
  }

  if (status >= 500) {
    return {
      message: `Salesforce had a problem answering (HTTP ${status}).`,
      remedy: 'Try again in a few minutes; check status.salesforce.com if it continues.',
    };
  }

  if (status >= 300 && status < 400) {
    return {
      message: 'Salesforce redirected the request to another address, so Sofie stopped.',
      remedy: 'Reconnect: the org’s API address may have changed.',
    };
  }

  return {
    message: `Salesforce refused the request (HTTP ${status}).`,
    remedy: 'Try again; if it repeats, run the connection test in Sofie’s settings.',
  };
}
