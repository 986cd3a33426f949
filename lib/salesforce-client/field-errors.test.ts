import { describe, expect, it } from 'vitest';

import { salesforceErrorFromBody } from './errors';
import { fieldErrorsOf } from './field-errors';

describe('fieldErrorsOf', () => {
  it('gives each field the message of the error that names it', () => {
    const error = salesforceErrorFromBody(400, [
      {
        errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
        message: 'Amount too high',
        fields: ['Amount'],
      },
      {
        errorCode: 'REQUIRED_FIELD_MISSING',
        message: 'Required fields are missing: [StageName]',
        fields: ['StageName'],
      },
    ]);

    const errors = fieldErrorsOf(error);

    expect(Object.keys(errors)).toEqual(['Amount', 'StageName']);
    expect(errors.Amount).toBe(salesforceErrorFromBody(400, [error.errors![0]]).message);
    expect(errors.StageName).toBe(salesforceErrorFromBody(400, [error.errors![1]]).message);
    expect(errors.Amount).not.toBe(errors.StageName);
  });

  it('joins the messages when two errors name the same field', () => {
    const error = salesforceErrorFromBody(400, [
      { errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: 'Rule one', fields: ['Amount'] },
      { errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: 'Rule two', fields: ['Amount'] },
    ]);

    const { Amount } = fieldErrorsOf(error);

    expect(Amount).toContain('Rule one');
    expect(Amount).toContain('Rule two');
  });

  it('uses the one message for every field a single error names', () => {
    const error = salesforceErrorFromBody(400, [
      {
        errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE',
        message: 'Unable to update',
        fields: ['A', 'B'],
      },
    ]);

    expect(fieldErrorsOf(error)).toEqual({ A: error.message, B: error.message });
  });
});
