/** The demo org's validation rules (FIELD_CUSTOM_VALIDATION_EXCEPTION), checked on the merged row. */
import type { DataContext } from '../context';
import type { Fields, SfError } from '../types';

interface Rule {
  object: string;
  failsFor(record: Fields, ctx: DataContext): boolean;
  message: string;
  fields: string[];
}

const RULES: Rule[] = [
  {
    object: 'Opportunity',
    failsFor: (r) => r.StageName === 'Closed Won' && (r.Amount === null || r.Amount === undefined),
    message: 'A Closed Won opportunity needs an Amount.',
    fields: ['Amount'],
  },
  {
    object: 'Case',
    failsFor: (r) => r.Status === 'Closed' && (r.Reason === null || r.Reason === undefined),
    message: 'Choose a Case Reason before closing the case.',
    fields: ['Reason'],
  },
  {
    object: 'Project__c',
    failsFor: (r, ctx) =>
      r.Status__c === 'Completed' &&
      ctx.store
        .all(ctx.orgId, 'Milestone__c')
        .some((m) => !m.deleted && m.fields.Project__c === r.Id && m.fields.Status__c !== 'Done'),
    message: 'A project cannot be completed while it has open milestones.',
    fields: [],
  },
];

export function validationErrors(ctx: DataContext, object: string, record: Fields): SfError[] {
  return RULES.filter((rule) => rule.object === object && rule.failsFor(record, ctx)).map(
    (rule) => ({
      message: rule.message,
      errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
      fields: rule.fields,
    }),
  );
}
