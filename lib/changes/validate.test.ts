import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { slimField } from '../salesforce/describe';
import type { ObjectMeta } from '../salesforce/describe';
import type { LoadedRecord } from '../salesforce/record-context';
import type { WritePolicy } from '../settings/write-policy';
import { DEFAULT_WRITE_POLICY } from '../settings/write-policy';
import { describes, withField, withReadOnly } from '../../test/fixtures/contexts/describes';
import {
  caseNewAfterReply,
  opportunityPastClose,
  projectGreenOverdue,
} from '../../test/fixtures/contexts/scenarios';

import german from '../../public/_locales/de/messages.json';
import { messageFrom } from '../../scripts/locales';

import { validateChange } from './validate';

function check(
  context: { object: ObjectMeta; record: LoadedRecord },
  field: string,
  value: unknown,
  policy: Partial<WritePolicy> = {},
  environment: 'production' | 'sandbox' = 'sandbox',
) {
  return validateChange(
    { field, proposedValue: value },
    context.object,
    context.record,
    { ...DEFAULT_WRITE_POLICY, ...policy },
    environment,
  );
}

const reasonCode = (result: ReturnType<typeof check>) => (result.ok ? 'ok' : result.code);

describe('validateChange by field type (recorded Opportunity describe)', () => {
  const opp = opportunityPastClose();

  it.each([
    ['CloseDate', '2026-04-30', 'ok'],
    ['CloseDate', '2026-02-30', 'invalid-value'],
    ['CloseDate', '30/04/2026', 'invalid-value'],
    ['CloseDate', null, 'required'],
    ['Amount', 12000.5, 'ok'],
    ['Amount', '12000', 'invalid-value'],
    ['Amount', Number.NaN, 'invalid-value'],
    ['Amount', null, 'ok'],
    ['NextStep', 'Call Rose', 'ok'],
    ['NextStep', 'x'.repeat(256), 'too-long'],
    ['NextStep', 'ü'.repeat(255), 'ok'],
    ['StageName', 'Negotiation/Review', 'ok'],
    ['StageName', '', 'required'],
    ['ForecastCategoryName', 'Upside', 'picklist-value'],
    ['ForecastCategoryName', 'Commit', 'ok'],
    ['IsPrivate', true, 'ok'],
    ['IsPrivate', null, 'required'],
    ['IsPrivate', 'yes', 'invalid-value'],
    ['Probability', 40, 'ok'],
    ['TotalOpportunityQuantity', 3, 'ok'],
    ['AccountId', '001000000000001AAA', 'ok'],
    ['AccountId', 'Globex', 'invalid-value'],
    ['ExpectedRevenue', 1, 'not-updateable'],
    ['IsWon', true, 'not-updateable'],
    ['NoSuchField__c', 1, 'unknown-field'],
  ])('%s = %j → %s', (field, value, expected) => {
    expect(reasonCode(check(opp, field, value))).toBe(expected);
  });

  it('accepts an unrestricted picklist value outside the list', () => {
    expect(check(opp, 'Type', 'Partner Deal').ok).toBe(true);
  });

  it('refuses a field the user cannot edit through field-level security', () => {
    const sales = { ...opp, object: withReadOnly(opp.object, 'Probability') };

    expect(check(sales, 'Probability', 40)).toEqual({
      ok: false,
      code: 'not-updateable',
      reason: 'You cannot edit Probability (%).',
    });
  });
});

describe('validateChange for other types', () => {
  it('checks email, phone, url and int fields of the recorded Lead describe', () => {
    const lead = { object: describes.Lead(), record: opportunityPastClose().record };

    expect(reasonCode(check(lead, 'Email', 'rose@example.com'))).toBe('ok');
    expect(reasonCode(check(lead, 'Email', 'rose at example'))).toBe('invalid-value');
    expect(reasonCode(check(lead, 'Website', 'https://example.com'))).toBe('ok');
    expect(reasonCode(check(lead, 'Website', 'not a url'))).toBe('invalid-value');
    expect(reasonCode(check(lead, 'NumberOfEmployees', 12.5))).toBe('invalid-value');
    expect(reasonCode(check(lead, 'NumberOfEmployees', 120))).toBe('ok');
    expect(reasonCode(check(lead, 'LastName', ''))).toBe('required');
  });

  it('checks precision of a custom currency field', () => {
    const project = projectGreenOverdue();

    expect(reasonCode(check(project, 'Budget__c', 99_999_999_999_999))).toBe('ok');
    expect(reasonCode(check(project, 'Budget__c', 1e15))).toBe('invalid-value');
  });

  it('checks datetime and time formats', () => {
    const event = { object: describes.Case(), record: caseNewAfterReply().record };
    withField(event.object, slimField({ name: 'Due__c', type: 'datetime', updateable: true }));
    withField(event.object, slimField({ name: 'At__c', type: 'time', updateable: true }));

    expect(reasonCode(check(event, 'Due__c', '2026-03-10T08:00:00.000Z'))).toBe('ok');
    expect(reasonCode(check(event, 'Due__c', '2026-03-10T08:00:00.000+0000'))).toBe('ok');
    expect(reasonCode(check(event, 'Due__c', '2026-03-10'))).toBe('invalid-value');
    expect(reasonCode(check(event, 'At__c', '14:30:00.000Z'))).toBe('ok');
    expect(reasonCode(check(event, 'At__c', '25:00'))).toBe('invalid-value');
  });

  it('checks every value of a multi-select picklist', () => {
    const context = { object: describes.Case(), record: caseNewAfterReply().record };
    withField(
      context.object,
      slimField({
        name: 'Channels__c',
        type: 'multipicklist',
        updateable: true,
        restrictedPicklist: true,
        length: 4099,
        picklistValues: ['Email', 'Phone', 'Chat'].map((value) => ({ value })),
      } as Parameters<typeof slimField>[0]),
    );

    expect(reasonCode(check(context, 'Channels__c', 'Email;Chat'))).toBe('ok');
    expect(reasonCode(check(context, 'Channels__c', 'Email;Fax'))).toBe('picklist-value');
  });
});

describe('validateChange for record types and dependent picklists', () => {
  it('limits picklist values to those of the record type', () => {
    const context = caseNewAfterReply();
    context.record.recordTypeId = '012000000000001AAA';
    context.object.recordTypePicklists = {
      '012000000000001AAA': { Status: ['New', 'Working', 'Closed'] },
    };

    expect(reasonCode(check(context, 'Status', 'Working'))).toBe('ok');
    expect(reasonCode(check(context, 'Status', 'Escalated'))).toBe('record-type');
  });

  // validFor bitmap: controller values Mechanical(0) Electrical(1) Electronic(2) Structural(3)
  // Other(4). 0xC0 = first two, 0x20 = third only.
  const subReason = () =>
    slimField({
      name: 'Sub_Reason__c',
      label: 'Sub-reason',
      type: 'picklist',
      updateable: true,
      length: 255,
      dependentPicklist: true,
      controllerName: 'Type',
      picklistValues: [
        { value: 'Seal', label: 'Seal', active: true, defaultValue: false, validFor: btoa('\xC0') },
        { value: 'Fuse', label: 'Fuse', active: true, defaultValue: false, validFor: btoa('\x20') },
      ],
    });

  it('decodes validFor against the controlling field value', () => {
    const context = caseNewAfterReply();
    withField(context.object, subReason());

    expect(reasonCode(check(context, 'Sub_Reason__c', 'Seal'))).toBe('ok');
    expect(check(context, 'Sub_Reason__c', 'Fuse')).toEqual({
      ok: false,
      code: 'dependent-picklist',
      reason: '“Fuse” is not allowed for Sub-reason with this Case Type.',
    });
  });

  it('follows the controlling value the same change set sets', () => {
    const context = caseNewAfterReply();
    withField(context.object, subReason());
    const policy = { ...DEFAULT_WRITE_POLICY };
    const after = { ...context.record.fields, Type: 'Electronic' };

    const result = validateChange(
      { field: 'Sub_Reason__c', proposedValue: 'Fuse' },
      context.object,
      context.record,
      policy,
      'sandbox',
      after,
    );

    expect(result.ok).toBe(true);
  });
});

describe('validateChange and the write policy', () => {
  const opp = opportunityPastClose();

  it.each<[Partial<WritePolicy>, 'production' | 'sandbox', string]>([
    [{ writeMode: 'off' }, 'sandbox', 'writes-off'],
    [{ allowProductionWrites: false }, 'production', 'production-blocked'],
    [{ allowProductionWrites: false }, 'sandbox', 'ok'],
    [{ writableObjects: ['Case'] }, 'sandbox', 'object-not-writable'],
    [{ writableObjects: ['Opportunity'] }, 'sandbox', 'ok'],
    [{ blockedFields: { Opportunity: ['NextStep'] } }, 'sandbox', 'field-blocked'],
    [{ blockedFields: { '*': ['NextStep'] } }, 'sandbox', 'field-blocked'],
    [{ blockedFields: { Opportunity: ['*'] } }, 'sandbox', 'field-blocked'],
    [{ blockedFields: { Case: ['*'] } }, 'sandbox', 'ok'],
  ])('%j in %s → %s', (policy, environment, expected) => {
    expect(reasonCode(check(opp, 'NextStep', 'Call Rose', policy, environment))).toBe(expected);
  });

  it('checks an edited value instead of the proposal', () => {
    const result = validateChange(
      { field: 'NextStep', proposedValue: 'ok', editedValue: 'x'.repeat(300) },
      opp.object,
      opp.record,
      DEFAULT_WRITE_POLICY,
      'sandbox',
    );

    expect(result.ok).toBe(false);
  });
});

describe('validateChange for a German browser', () => {
  it('gives its reasons in German, with the field labels from the describe', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(messageFrom(german));
    const opp = opportunityPastClose();

    const tooLong = check(opp, 'NextStep', 'x'.repeat(256));
    const empty = check(opp, 'CloseDate', null);

    expect(tooLong.ok ? '' : tooLong.reason).toBe('Next Step nimmt höchstens 255 Zeichen auf.');
    expect(empty.ok ? '' : empty.reason).toBe('Close Date darf nicht leer sein.');
  });
});
