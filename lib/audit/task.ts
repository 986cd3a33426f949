import { auditValueText } from './filter';
import type { AuditFieldChange } from './types';

/**
 * The completed Task that records an approved change on the record itself, when the policy's
 * `auditTaskOnWrite` asks for one: colleagues see in Salesforce's own activity history what Sofie
 * changed, who approved it and when. Contacts and leads are linked through `WhoId`, everything
 * else through `WhatId`.
 */
export interface AuditTaskInput {
  objectApiName: string;
  recordId: string;
  approvedBy: string;
  /** ISO timestamp of the write. */
  at: string;
  /** `YYYY-MM-DD` in the user's time zone. */
  today: string;
  fields: AuditFieldChange[];
  undo: boolean;
}

const PERSON_OBJECTS = new Set(['Contact', 'Lead']);
const SUBJECT_MAX = 255;
const DESCRIPTION_MAX = 32_000;

function shown(value: unknown): string {
  const text = auditValueText(value);
  return text === '' ? '(empty)' : text;
}

export function auditTaskFields(input: AuditTaskInput): Record<string, unknown> {
  const count = input.fields.length;
  const what = input.undo ? 'undid a change to' : 'updated';
  const subject = `Sofie ${what} ${count} field${count === 1 ? '' : 's'}`;
  const lines = input.fields.map(
    (f) => `${f.label} (${f.field}): ${shown(f.before)} → ${shown(f.after)}`,
  );
  const description = [
    ...lines,
    '',
    `Reviewed and approved by ${input.approvedBy} in Sofie for Salesforce at ${input.at}.`,
  ].join('\n');

  return {
    Subject: subject.slice(0, SUBJECT_MAX),
    Status: 'Completed',
    Priority: 'Normal',
    ActivityDate: input.today,
    Description: description.slice(0, DESCRIPTION_MAX),
    [PERSON_OBJECTS.has(input.objectApiName) ? 'WhoId' : 'WhatId']: input.recordId,
  };
}
