import { describe, expect, it } from 'vitest';

import { createChangeSet } from '../changes/change-set';
import { DEFAULT_WRITE_POLICY } from '../settings/write-policy';
import { withReadOnly } from '../../test/fixtures/contexts/describes';
import {
  NOW,
  busyAccount,
  caseNewAfterReply,
  opportunityPastClose,
  projectGreenOverdue,
} from '../../test/fixtures/contexts/scenarios';

import { collectFacts } from './facts';
import { suggestUpdates, toFieldChanges } from './suggestions';

const OPTS = { now: NOW, timeZone: 'Europe/Berlin', policy: DEFAULT_WRITE_POLICY };

function suggest(context: ReturnType<typeof opportunityPastClose>, opts = OPTS) {
  return suggestUpdates(context, collectFacts(context, opts), opts);
}

describe('suggestUpdates', () => {
  it('proposes the next task date as close date and the task subject as next step', () => {
    const { suggestions, rejected } = suggest(opportunityPastClose());

    expect(rejected).toEqual([]);
    expect(suggestions.map((s) => [s.ruleId, s.field, s.value])).toEqual([
      ['close-date-from-next-task', 'CloseDate', '2026-03-13'],
      ['next-step-from-task', 'NextStep', 'Send revised proposal to Rose'],
    ]);
    expect(suggestions[0]?.label).toBe('Close Date');
    expect(suggestions[0]?.evidence.map((e) => e.field)).toEqual(['CloseDate', 'ActivityDate']);
    expect(suggestions.every((s) => s.confidence > 0 && s.confidence <= 1)).toBe(true);
  });

  it('falls back to two weeks from today in the user zone without a later task', () => {
    const context = opportunityPastClose();
    context.related = [];
    const lateEvening = { ...OPTS, now: new Date('2026-03-10T23:30:00Z') };

    const { suggestions } = suggest(context, lateEvening);

    expect(suggestions[0]).toMatchObject({ ruleId: 'close-date-two-weeks', value: '2026-03-25' });
    expect(suggestions.map((s) => s.field)).not.toContain('NextStep');
  });

  it('moves a replied case from New to Working', () => {
    const { suggestions } = suggest(caseNewAfterReply());

    expect(suggestions).toEqual([
      expect.objectContaining({ field: 'Status', value: 'Working', confidence: 0.8 }),
    ]);
  });

  it('picks another working-like status when the record type lacks Working', () => {
    const context = caseNewAfterReply();
    context.record.recordTypeId = '012000000000001AAA';
    context.object.fields.Status!.picklistValues.push({
      value: 'In Progress',
      label: 'In Progress',
      active: true,
      defaultValue: false,
    });
    context.object.recordTypePicklists = {
      '012000000000001AAA': { Status: ['New', 'In Progress', 'Closed'] },
    };

    expect(suggest(context).suggestions[0]?.value).toBe('In Progress');
  });

  it('lowers a Green project with overdue milestones to Red', () => {
    const { suggestions } = suggest(projectGreenOverdue());

    expect(suggestions).toEqual([expect.objectContaining({ field: 'Health__c', value: 'Red' })]);
  });

  it('lowers to Amber for a single milestone a few days late', () => {
    const context = projectGreenOverdue();
    context.related[0]!.items = context.related[0]!.items.filter(
      (m) => m.name !== 'Design sign-off',
    );

    expect(suggest(context).suggestions[0]?.value).toBe('Amber');
  });

  it('keeps proposals the user may not write aside with the reason', () => {
    const context = opportunityPastClose();
    context.object = withReadOnly(context.object, 'NextStep');
    const policy = { ...DEFAULT_WRITE_POLICY, blockedFields: { Opportunity: ['CloseDate'] } };

    const { suggestions, rejected } = suggest(context, { ...OPTS, policy });

    expect(suggestions).toEqual([]);
    expect(rejected.map((r) => [r.suggestion.field, r.code])).toEqual([
      ['CloseDate', 'field-blocked'],
      ['NextStep', 'not-updateable'],
    ]);
  });

  it('proposes nothing for an account and turns suggestions into change rows', () => {
    expect(suggest(busyAccount()).suggestions).toEqual([]);

    const context = opportunityPastClose();
    const changeSet = createChangeSet(context, toFieldChanges(suggest(context).suggestions), {
      id: 'cs',
      now: NOW,
    });

    expect(changeSet.changes[0]).toMatchObject({
      field: 'CloseDate',
      baseValue: '2026-02-27',
      proposedValue: '2026-03-13',
      provenance: { kind: 'rule', ruleId: 'close-date-from-next-task' },
    });
  });

  it('keeps the model name as provenance of a model proposal', () => {
    const [row] = toFieldChanges([
      {
        ruleId: 'model:gpt-x',
        field: 'StageName',
        label: 'Stage',
        value: 'Closed Won',
        reason: 'r',
        evidence: [],
        confidence: 0.5,
      },
    ]);

    expect(row?.provenance).toEqual({ kind: 'model', model: 'gpt-x', reason: 'r' });
  });
});
