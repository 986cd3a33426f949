import { describe, expect, it } from 'vitest';

import { authProblem } from '../auth/problems';
import { authError, networkError, salesforceErrorFromBody } from './errors';

const SECTION_3_CODES = [
  ['INVALID_SESSION_ID', 401, /Reconnect/],
  ['NOT_FOUND', 404, /shared with the connected user/],
  ['INSUFFICIENT_ACCESS_OR_READONLY', 403, /sharing/],
  ['INVALID_FIELD_FOR_INSERT_UPDATE', 400, /field-level security/],
  ['FIELD_CUSTOM_VALIDATION_EXCEPTION', 400, /validation rule/],
  ['REQUIRED_FIELD_MISSING', 400, /Fill in/],
  ['STRING_TOO_LONG', 400, /Shorten/],
  ['INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', 400, /allowed values/],
  ['ENTITY_IS_LOCKED', 400, /unlock/],
  ['ENTITY_IS_DELETED', 400, /Recycle Bin/],
  ['MALFORMED_ID', 400, /fault in Sofie/],
  ['INVALID_FIELD', 400, /fault in Sofie/],
  ['INVALID_TYPE', 400, /fault in Sofie/],
  ['MALFORMED_QUERY', 400, /fault in Sofie/],
  ['MALFORMED_SEARCH', 400, /fault in Sofie/],
  ['REQUEST_LIMIT_EXCEEDED', 403, /API limit/],
  ['API_DISABLED_FOR_ORG', 403, /API Enabled/],
] as const;

describe('salesforceErrorFromBody', () => {
  it.each(SECTION_3_CODES)('explains %s with what to check', (errorCode, status, remedy) => {
    const error = salesforceErrorFromBody(status, [{ message: 'raw text', errorCode, fields: [] }]);

    expect(error).toMatchObject({ errorCode, code: errorCode, status });
    expect(error.remedy).toMatch(remedy);
    expect(error.salesforceMessage).toBe('raw text');
  });

  it('names the missing required fields', () => {
    const error = salesforceErrorFromBody(400, [
      {
        message: 'Required fields are missing: [Name, StageName]',
        errorCode: 'REQUIRED_FIELD_MISSING',
        fields: ['Name', 'StageName'],
      },
    ]);

    expect(error.fields).toEqual(['Name', 'StageName']);
    expect(error.message).toBe('Required fields are missing: Name, StageName.');
  });

  it('gives the length limit of a value that is too long without quoting the value', () => {
    const error = salesforceErrorFromBody(400, [
      {
        message: 'Name: data value too large: A very long secret name (max length=255)',
        errorCode: 'STRING_TOO_LONG',
        fields: ['Name'],
      },
    ]);

    expect(error.message).toBe('Name is too long (at most 255 characters).');
    expect(error.message).not.toContain('secret');
  });

  it('keeps every error of a multiple-error answer', () => {
    const error = salesforceErrorFromBody(400, [
      { message: 'a', errorCode: 'REQUIRED_FIELD_MISSING', fields: ['Name'] },
      { message: 'b', errorCode: 'STRING_TOO_LONG', fields: ['Phone'] },
    ]);

    expect(error.errorCode).toBe('MULTIPLE_API_ERRORS');
    expect(error.errors?.map((e) => e.errorCode)).toEqual([
      'REQUIRED_FIELD_MISSING',
      'STRING_TOO_LONG',
    ]);
    expect(error.fields).toEqual(['Name', 'Phone']);
    expect(error.message).toMatch(/and 1 more problem/);
  });

  it('reads the recorded describe error (restforce fixture)', () => {
    const recorded = [{ message: 'The requested resource does not exist', errorCode: 'NOT_FOUND' }];

    const error = salesforceErrorFromBody(404, recorded);

    expect(error).toMatchObject({ errorCode: 'NOT_FOUND', fields: [], kind: 'api' });
  });

  it.each([
    [412, /changed in Salesforce/],
    [503, /Try again in a few minutes/],
    [302, /Reconnect/],
    [418, /HTTP 418/],
  ])('names a body without JSON ERROR_HTTP_%s', (status, text) => {
    const error = salesforceErrorFromBody(status, undefined);

    expect(error.errorCode).toBe(`ERROR_HTTP_${status}`);
    expect(`${error.message} ${error.remedy}`).toMatch(text);
  });

  it('explains an unknown code with Salesforce’s own message kept apart', () => {
    const error = salesforceErrorFromBody(400, [{ message: 'odd', errorCode: 'SOMETHING_NEW' }]);

    expect(error.message).toContain('SOMETHING_NEW');
    expect(error.salesforceMessage).toBe('odd');
  });
});

describe('networkError and authError', () => {
  it('tells a write that may have been sent to check the record first', () => {
    expect(networkError({ timedOut: false, write: true, mayHaveBeenSent: true }).remedy).toMatch(
      /may or may not have been saved/,
    );
    expect(networkError({ timedOut: false, write: true, mayHaveBeenSent: false }).remedy).toMatch(
      /Nothing was changed/,
    );
  });

  it('carries the auth problem and its remedy', () => {
    const error = authError(authProblem('invalid_grant'));

    expect(error).toMatchObject({ kind: 'auth', errorCode: 'INVALID_SESSION_ID', status: 401 });
    expect(error.authProblem?.code).toBe('invalid_grant');
  });
});
