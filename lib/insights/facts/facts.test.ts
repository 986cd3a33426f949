import { describe, expect, it } from 'vitest';

import { item, list, sfId } from '../../../test/fixtures/contexts/build';
import {
  NOW,
  busyAccount,
  caseNewAfterReply,
  criticalQualityIssue,
  emptyAccount,
  genericRecord,
  hugeAccount,
  ids,
  opportunityPastClose,
  projectGreenOverdue,
  untouchedLead,
} from '../../../test/fixtures/contexts/scenarios';

import type { Fact, FactKind } from './index';
import { collectFacts } from './index';

const BERLIN = { now: NOW, timeZone: 'Europe/Berlin' };

function find<K extends FactKind>(facts: Fact[], kind: K): Fact<K> | undefined {
  return facts.find((f) => f.kind === kind) as Fact<K> | undefined;
}

describe('collectFacts on an opportunity', () => {
  it('reports a passed close date, a missing next step and a stall, citing the fields', () => {
    const facts = collectFacts(opportunityPastClose(), BERLIN);

    expect(find(facts, 'closeDatePassed')).toMatchObject({
      lens: 'project',
      severity: 'urgent',
      values: { closeDate: '2026-02-27', daysPast: 11 },
      evidence: [{ objectApiName: 'Opportunity', recordId: ids.opportunity, field: 'CloseDate' }],
    });
    expect(find(facts, 'noNextStep')?.values.openTaskSubject).toBe('Send revised proposal to Rose');
    expect(find(facts, 'stalled')?.values.daysSinceChange).toBe(49);
    expect(find(facts, 'amount')?.values).toEqual({ amount: 48000, currency: 'EUR' });
    expect(find(facts, 'nextContact')?.values).toMatchObject({ date: '2026-03-13', daysAhead: 3 });
  });

  it('treats a close date as today in Berlin while it is still tomorrow in UTC', () => {
    const context = opportunityPastClose();
    context.record.fields.CloseDate = '2026-03-11';
    const lateEvening = new Date('2026-03-10T23:30:00Z');

    const berlin = collectFacts(context, { now: lateEvening, timeZone: 'Europe/Berlin' });
    const utc = collectFacts(context, { now: lateEvening, timeZone: 'UTC' });

    expect(find(berlin, 'closeDateSoon')?.values.daysLeft).toBe(0);
    expect(find(utc, 'closeDateSoon')?.values.daysLeft).toBe(1);
    expect(find(berlin, 'closeDatePassed')).toBeUndefined();
  });

  it('uses the user time zone from the context when none is given', () => {
    const context = opportunityPastClose();
    context.record.fields.CloseDate = '2026-03-10';
    context.user.timeZone = 'Pacific/Kiritimati';

    const facts = collectFacts(context, { now: new Date('2026-03-10T12:00:00Z') });

    expect(find(facts, 'closeDatePassed')?.values.daysPast).toBe(1);
  });

  it('says nothing about close dates or next steps once the deal is closed', () => {
    const context = opportunityPastClose();
    Object.assign(context.record.fields, { IsClosed: true, StageName: 'Closed Won' });

    const kinds = collectFacts(context, BERLIN).map((f) => f.kind);

    expect(kinds).not.toContain('closeDatePassed');
    expect(kinds).not.toContain('noNextStep');
    expect(kinds).not.toContain('stalled');
  });
});

describe('collectFacts on a case', () => {
  it('notices a reply was sent while the case is still New', () => {
    const facts = collectFacts(caseNewAfterReply(), BERLIN);

    expect(find(facts, 'caseAwaitingResponse')).toMatchObject({
      severity: 'attention',
      values: { status: 'New', replied: true, lastReplyDate: '2026-03-07' },
    });
    expect(find(facts, 'caseStatus')?.values).toMatchObject({ priority: 'High', ageDays: 4 });
    expect(find(facts, 'openQualityIssues')?.values.bySeverity).toEqual({ High: 1 });
  });

  it('makes an unanswered case urgent after the reply deadline', () => {
    const context = caseNewAfterReply();
    context.related = [];

    const fact = find(collectFacts(context, BERLIN), 'caseAwaitingResponse');

    expect(fact).toMatchObject({
      severity: 'urgent',
      values: { replied: false, lastReplyDate: null },
    });
  });
});

describe('collectFacts on an account', () => {
  it('covers every lens with counts, escalations and repeated problems', () => {
    const facts = collectFacts(busyAccount(), BERLIN);

    expect(find(facts, 'openCases')?.values).toMatchObject({
      open: 3,
      total: 4,
      exact: true,
      byPriority: { High: 2, Medium: 1 },
    });
    expect(find(facts, 'escalatedCases')?.values.count).toBe(1);
    expect(find(facts, 'casesAwaitingPickup')?.values).toEqual({ count: 1, oldestAgeDays: 9 });
    const repeated = find(facts, 'repeatedProblem');
    expect(repeated?.values).toMatchObject({ count: 3, basis: 'subject' });
    expect(repeated?.evidence.map((e) => e.recordId)).toEqual([
      sfId('500', 2),
      sfId('500', 3),
      sfId('500', 5),
    ]);
    expect(find(facts, 'overdueTasks')?.values).toMatchObject({ count: 1, maxDaysOverdue: 8 });
    expect(find(facts, 'quietKeyContacts')?.values.names).toEqual(['Jack Rogers', 'Tim Barr']);
    expect(find(facts, 'openOpportunities')?.values).toMatchObject({
      count: 2,
      totalAmount: 262000,
      pastCloseCount: 1,
    });
    expect(find(facts, 'projectsAtRisk')?.values.names).toEqual(['Line 4 install']);
    expect(find(facts, 'openQualityIssues')?.severity).toBe('urgent');
  });

  it('orders facts by lens, then urgent before attention before info', () => {
    const facts = collectFacts(busyAccount(), BERLIN);
    const lensOrder = facts.map((f) => f.lens);
    const quality = facts.filter((f) => f.lens === 'quality').map((f) => f.severity);

    expect(lensOrder.indexOf('customer')).toBeGreaterThan(lensOrder.lastIndexOf('quality'));
    expect(quality).toEqual([...quality].sort((a, b) => rank(a) - rank(b)));
  });

  it('counts with totalSize when only a sample of a huge list was loaded', () => {
    const facts = collectFacts(hugeAccount(), BERLIN);

    expect(find(facts, 'openCases')?.values).toMatchObject({ open: 20, total: 5000, exact: false });
    expect(find(facts, 'openCases')?.evidence).toHaveLength(10);
    expect(find(facts, 'relatedCount')?.values.count).toBe(1200);
    expect(find(facts, 'repeatedProblem')).toBeUndefined();
  });

  it('states nothing for an empty record with null fields and empty lists', () => {
    expect(collectFacts(emptyAccount(), BERLIN)).toEqual([]);
  });

  it('counts a silent period only from real activity', () => {
    const context = busyAccount();
    context.related = context.related.filter((l) => l.key !== 'tasks' && l.key !== 'events');
    context.record.fields.LastActivityDate = '2026-01-01';

    const facts = collectFacts(context, BERLIN);

    expect(find(facts, 'lastContact')?.values.channel).toBe('activity-date');
    expect(find(facts, 'silentPeriod')).toMatchObject({
      severity: 'attention',
      values: { daysSilent: 68 },
    });
  });

  it('groups repeated problems by case type when the subjects differ', () => {
    const context = busyAccount();
    const rows = ['Noise', 'Vibration', 'Overheating'].map((s, i) =>
      item('Case', sfId('500', 50 + i), s, {
        Subject: s,
        Type: 'Electrical',
        IsClosed: false,
        CreatedDate: '2026-02-01T08:00:00.000+0000',
      }),
    );
    context.related = [list('cases', 'Case', rows)];

    const repeated = find(collectFacts(context, BERLIN), 'repeatedProblem');

    expect(repeated?.values).toMatchObject({ basis: 'type', topic: 'Electrical', count: 3 });
  });
});

describe('collectFacts on projects, quality issues, leads and other objects', () => {
  it('reports missed and upcoming milestones of a project', () => {
    const facts = collectFacts(projectGreenOverdue(), BERLIN);

    expect(find(facts, 'milestonesMissed')?.values).toEqual({
      count: 2,
      names: ['Design sign-off', 'Pilot run'],
      oldestDueDate: '2026-02-20',
      maxDaysLate: 18,
    });
    expect(find(facts, 'milestonesDue')?.values.names).toEqual(['Go-live']);
    expect(find(facts, 'projectHealth')?.values.health).toBe('Green');
  });

  it('marks an open critical quality issue urgent', () => {
    const fact = find(collectFacts(criticalQualityIssue(), BERLIN), 'qualityIssueStatus');

    expect(fact).toMatchObject({ severity: 'urgent', values: { ageDays: 37 } });
  });

  it('flags a lead never contacted since it came in', () => {
    const facts = collectFacts(untouchedLead(), BERLIN);

    expect(find(facts, 'silentPeriod')?.values.daysSilent).toBeNull();
    expect(find(facts, 'recordStatus')?.values.value).toBe('Open - Not Contacted');
  });

  it('reads status, due dates and staleness of any object generically', () => {
    const facts = collectFacts(genericRecord(), BERLIN);

    expect(find(facts, 'dueDatePassed')?.values).toMatchObject({
      field: 'Due_Date__c',
      daysPast: 7,
    });
    expect(find(facts, 'recordStatus')?.values.field).toBe('Status__c');
    expect(find(facts, 'owner')?.values.name).toBe('Sam Sales');
  });

  it('does not call a finished record overdue', () => {
    const context = genericRecord();
    context.record.fields.Status__c = 'Done';

    const kinds = collectFacts(context, BERLIN).map((f) => f.kind);

    expect(kinds).not.toContain('dueDatePassed');
    expect(kinds).not.toContain('stalled');
  });

  it('gives every fact a unique id and at least one piece of evidence', () => {
    for (const context of [busyAccount(), opportunityPastClose(), projectGreenOverdue()]) {
      const facts = collectFacts(context, BERLIN);

      expect(new Set(facts.map((f) => f.id)).size).toBe(facts.length);
      expect(facts.every((f) => f.evidence.length > 0)).toBe(true);
    }
  });
});

function rank(severity: string): number {
  return ['urgent', 'attention', 'info'].indexOf(severity);
}
