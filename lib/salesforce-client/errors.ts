import type { AuthProblem } from '../auth/problems';
import { t, tPlural } from '../i18n';
import type { Problem } from '../result';
import { EXPLAIN, explainHttp } from './error-catalogue';

/**
 * Every failure of a Salesforce API call as one value: Salesforce's `errorCode`, the HTTP status,
 * the fields it named, and our own sentence saying what happened and what to check. Salesforce's
 * message is kept apart because it can quote record values: show it, never log it.
 */
export type SalesforceErrorKind = 'api' | 'auth' | 'network' | 'refused';

export interface ApiErrorItem {
  errorCode: string;
  message: string;
  fields: string[];
}

export interface SalesforceError extends Problem {
  kind: SalesforceErrorKind;
  /** Same as `errorCode`, so the value is a `Problem`. */
  code: string;
  errorCode: string;
  /** 0 when no HTTP answer arrived. */
  status: number;
  fields: string[];
  message: string;
  remedy: string;
  salesforceMessage?: string;
  /** Every error of a `MULTIPLE_API_ERRORS` answer. */
  errors?: ApiErrorItem[];
  /** Network failures only: whether Salesforce may have received (and acted on) the request. */
  requestMayHaveBeenSent?: boolean;
  /** Auth failures only: why the session could not be renewed. */
  authProblem?: AuthProblem;
}

function toItem(raw: unknown): ApiErrorItem | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  const errorCode = typeof r.errorCode === 'string' ? r.errorCode : undefined;
  const message = typeof r.message === 'string' ? r.message : undefined;
  if (!errorCode && !message) return undefined;
  const fields = Array.isArray(r.fields) ? r.fields.filter((f) => typeof f === 'string') : [];
  return { errorCode: errorCode ?? 'UNKNOWN_ERROR', message: message ?? '', fields };
}

function fromItem(status: number, item: ApiErrorItem): SalesforceError {
  const explained = EXPLAIN[item.errorCode]?.(item) ?? {
    message: t('sfErrorOther', item.errorCode),
    remedy: t('sfErrorOtherRemedy'),
  };

  return {
    kind: item.errorCode === 'INVALID_SESSION_ID' ? 'auth' : 'api',
    code: item.errorCode,
    errorCode: item.errorCode,
    status,
    fields: item.fields,
    ...explained,
    salesforceMessage: item.message,
  };
}

/** The error for an answer of status 300 or more, from its parsed JSON body (or undefined). */
export function salesforceErrorFromBody(status: number, body: unknown): SalesforceError {
  const raw = Array.isArray(body) ? body : body === undefined ? [] : [body];
  const items = raw.map(toItem).filter((item): item is ApiErrorItem => item !== undefined);

  if (items.length === 1) return fromItem(status, items[0]!);

  if (items.length > 1) {
    const first = fromItem(status, items[0]!);
    return {
      ...first,
      code: 'MULTIPLE_API_ERRORS',
      errorCode: 'MULTIPLE_API_ERRORS',
      fields: [...new Set(items.flatMap((item) => item.fields))],
      message: tPlural(
        items.length - 1,
        { one: 'sfErrorMoreProblems_one', other: 'sfErrorMoreProblems_other' },
        [first.message, String(items.length - 1)],
      ),
      errors: items,
    };
  }

  const errorCode = `ERROR_HTTP_${status}`;
  return {
    kind: status === 401 ? 'auth' : 'api',
    code: errorCode,
    errorCode,
    status,
    fields: [],
    ...explainHttp(status),
  };
}

export function networkError(options: {
  timedOut: boolean;
  write: boolean;
  mayHaveBeenSent: boolean;
}): SalesforceError {
  const errorCode = options.timedOut ? 'TIMEOUT' : 'NETWORK_ERROR';
  const what = options.timedOut ? t('sfErrorTimeout') : t('sfErrorOffline');
  const remedy =
    options.write && options.mayHaveBeenSent
      ? t('sfErrorMaybeSavedRemedy')
      : t('sfErrorNothingChangedRemedy');

  return {
    kind: 'network',
    code: errorCode,
    errorCode,
    status: 0,
    fields: [],
    message: what,
    remedy,
    requestMayHaveBeenSent: options.mayHaveBeenSent,
  };
}

export function authError(problem: AuthProblem): SalesforceError {
  return {
    kind: 'auth',
    code: 'INVALID_SESSION_ID',
    errorCode: 'INVALID_SESSION_ID',
    status: 401,
    fields: [],
    message: problem.message,
    remedy: problem.remedy,
    authProblem: problem,
  };
}

/** A request Sofie refused to send (wrong host); nothing left the extension. */
export function refusedError(message: string): SalesforceError {
  return {
    kind: 'refused',
    code: 'HOST_NOT_ALLOWED',
    errorCode: 'HOST_NOT_ALLOWED',
    status: 0,
    fields: [],
    message,
    remedy: t('sfErrorRefusedRemedy'),
  };
}
