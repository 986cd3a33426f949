import { vi } from 'vitest';

import type { ChangeSet, FieldChange } from '@/lib/changes';
import { validateChangeSet } from '@/lib/changes';
import { slimDescribe } from '@/lib/salesforce/describe';
import type { FieldValues } from '@/lib/salesforce/record-context';
import { DEFAULT_WRITE_POLICY } from '@/lib/settings/write-policy';

import type { ReviewScreenProps } from './review-types';

/** A small Opportunity for component tests: one field of each kind the review screen formats. */
export const opportunity = slimDescribe({
  name: 'Opportunity',
  label: 'Opportunity',
  updateable: true,
  fields: [
    { name: 'Name', type: 'string', label: 'Name', updateable: true, nillable: false, length: 120 },
    { name: 'NextStep', type: 'string', label: 'Next Step', updateable: true, length: 255 },
    {
      name: 'Description',
      type: 'textarea',
      label: 'Description',
      updateable: true,
      length: 32000,
    },
    { name: 'CloseDate', type: 'date', label: 'Close Date', updateable: true, nillable: false },
    {
      name: 'Amount',
      type: 'currency',
      label: 'Amount',
      updateable: true,
      precision: 18,
      scale: 2,
    },
    {
      name: 'StageName',
      type: 'picklist',
      label: 'Stage',
      updateable: true,
      nillable: false,
      restrictedPicklist: true,
      picklistValues: [
        { value: 'Prospecting', label: 'Prospecting', active: true, defaultValue: false },
        { value: 'Negotiation/Review', label: 'Negotiation', active: true, defaultValue: false },
        { value: 'Retired', label: 'Retired stage', active: false, defaultValue: false },
        { value: 'Closed Won', label: 'Closed Won', active: true, defaultValue: false },
      ],
    },
    {
      name: 'OwnerId',
      type: 'reference',
      label: 'Owner',
      updateable: true,
      nillable: false,
      referenceTo: ['User'],
      relationshipName: 'Owner',
    },
    { name: 'ExpectedRevenue', type: 'currency', label: 'Expected Revenue', calculated: true },
  ],
});

export const recordFields: FieldValues = {
  Name: 'Acme renewal',
  NextStep: 'Call Rose on Monday',
  Description: null,
  CloseDate: '2026-02-27',
  Amount: 48000,
  StageName: 'Prospecting',
  OwnerId: '005000000000001AAA',
  Owner: { Name: 'Sam Sales' },
  ExpectedRevenue: 4800,
};

export function row(
  field: string,
  proposedValue: unknown,
  extra: Partial<FieldChange> = {},
): FieldChange {
  const meta = opportunity.fields[field];
  return {
    field,
    label: meta?.label ?? field,
    type: meta?.type ?? 'anyType',
    baseValue: recordFields[field] ?? null,
    proposedValue,
    provenance: { kind: 'user' },
    decision: 'pending',
    ...extra,
  };
}

export function changeSetOf(
  changes: FieldChange[],
  environment: ChangeSet['environment'] = 'sandbox',
): ChangeSet {
  return {
    id: 'cs-1',
    ref: {
      orgId: '00D000000000001AAA',
      apiHost: 'acme.my.salesforce.com',
      objectApiName: 'Opportunity',
      recordId: '006000000000001AAA',
    },
    orgName: 'Acme',
    environment,
    user: { id: '005000000000002AAA', username: 'sales@acme.example' },
    createdAt: '2026-03-10T08:00:00.000Z',
    baseLastModifiedDate: '2026-01-20T14:00:00.000+0000',
    changes,
  };
}

/** Props with validation computed the way the caller will compute it; callbacks are spies. */
export function reviewProps(
  changeSet: ChangeSet,
  overrides: Partial<ReviewScreenProps> = {},
): ReviewScreenProps {
  const policy = overrides.policy ?? DEFAULT_WRITE_POLICY;
  const record = {
    ref: changeSet.ref,
    name: 'Acme renewal',
    fields: recordFields,
    lastModifiedDate: changeSet.baseLastModifiedDate,
    recordTypeId: undefined,
  };
  return {
    changeSet,
    object: opportunity,
    recordFields,
    policy,
    environment: changeSet.environment,
    orgName: 'Acme',
    recordName: 'Acme renewal',
    validation: validateChangeSet(changeSet, opportunity, record, policy).results,
    busy: false,
    format: { locale: 'en-GB', currency: 'EUR', timeZone: 'Europe/Berlin' },
    onDecide: vi.fn(),
    onAcceptAllValid: vi.fn(),
    onApprove: vi.fn(),
    onDiscard: vi.fn(),
    ...overrides,
  };
}
