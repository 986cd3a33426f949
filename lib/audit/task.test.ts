import { describe, expect, it } from 'vitest';

import { auditTaskFields, type AuditTaskInput } from './task';

const INPUT: AuditTaskInput = {
  objectApiName: 'Opportunity',
  recordId: '006000000000001AAA',
  approvedBy: 'admin@acme.example',
  at: '2026-12-03T10:15:00.000Z',
  today: '2026-12-03',
  fields: [
    { field: 'StageName', label: 'Stage', before: 'Prospecting', after: 'Negotiation/Review' },
    { field: 'NextStep', label: 'Next Step', before: null, after: 'Call Rose' },
  ],
  undo: false,
};

describe('auditTaskFields', () => {
  it('describes every field with its old and new value, on the record it changed', () => {
    const task = auditTaskFields(INPUT);

    expect(task).toMatchObject({
      Subject: 'Sofie updated 2 fields',
      Status: 'Completed',
      ActivityDate: '2026-12-03',
      WhatId: '006000000000001AAA',
    });
    expect(task.Description).toBe(
      [
        'Stage (StageName): Prospecting → Negotiation/Review',
        'Next Step (NextStep): (empty) → Call Rose',
        '',
        'Reviewed and approved by admin@acme.example in Sofie for Salesforce at 2026-12-03T10:15:00.000Z.',
      ].join('\n'),
    );
    expect(task).not.toHaveProperty('WhoId');
  });

  it('links a contact or lead through WhoId and says when a change was undone', () => {
    const task = auditTaskFields({
      ...INPUT,
      objectApiName: 'Contact',
      recordId: '003000000000001AAA',
      fields: [INPUT.fields[0]!],
      undo: true,
    });

    expect(task.WhoId).toBe('003000000000001AAA');
    expect(task).not.toHaveProperty('WhatId');
    expect(task.Subject).toBe('Sofie undid a change to 1 field');
  });

  it('keeps a huge change within the Task description limit', () => {
    const long = 'x'.repeat(40_000);

    const task = auditTaskFields({
      ...INPUT,
      fields: [{ field: 'Description', label: 'Description', before: '', after: long }],
    });

    expect(String(task.Description).length).toBe(32_000);
  });
});
