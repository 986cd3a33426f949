import type { RelatedItem } from '../../salesforce/record-context';

import type { FactInput } from './read';
import {
  ageDays,
  countBy,
  day,
  fact,
  field,
  isComplete,
  itemsEvidence,
  recordEvidence,
  relatedList,
  text,
} from './read';
import { clusterBySubject } from './repeated';
import type { Fact, Severity } from './types';

const CLOSED_ISSUE = new Set(['Resolved', 'Closed']);
const OPEN_CASE_STATUSES = new Set(['New', 'Working']);

const isOpenCase = (item: RelatedItem) => item.fields.IsClosed !== true;
const isOpenIssue = (item: RelatedItem) => !CLOSED_ISSUE.has(text(item.fields.Status__c) ?? 'Open');

function oldestAge(input: FactInput, items: RelatedItem[], dateField: string): number | null {
  const ages = items.map((i) => ageDays(input, i.fields[dateField])).filter((a) => a !== null);
  return ages.length ? Math.max(...ages) : null;
}

function relatedCaseFacts(input: FactInput): Fact[] {
  const cases = relatedList(input.context, 'cases');
  if (!cases || cases.totalSize === 0) return [];

  const facts: Fact[] = [];
  const open = cases.items.filter(isOpenCase);
  const byPriority = countBy(open, 'Priority');
  const highOpen = byPriority.High ?? 0;
  if (open.length > 0 || !isComplete(cases)) {
    facts.push(
      fact(
        'openCases',
        'quality',
        highOpen > 0 ? 'attention' : 'info',
        {
          open: open.length,
          total: cases.totalSize,
          exact: isComplete(cases),
          byPriority,
          oldestAgeDays: oldestAge(input, open, 'CreatedDate'),
        },
        itemsEvidence(open, 'Status'),
      ),
    );
  }

  const escalated = open.filter((i) => i.fields.IsEscalated === true);
  if (escalated.length > 0) {
    facts.push(
      fact(
        'escalatedCases',
        'quality',
        'urgent',
        { count: escalated.length },
        itemsEvidence(escalated, 'IsEscalated'),
      ),
    );
  }

  const unassigned = open.filter((i) => i.fields.Status === 'New');
  if (unassigned.length > 0) {
    const oldest = oldestAge(input, unassigned, 'CreatedDate') ?? 0;
    facts.push(
      fact(
        'casesAwaitingPickup',
        'quality',
        oldest >= input.thresholds.replyDueDays ? 'urgent' : 'attention',
        { count: unassigned.length, oldestAgeDays: oldest },
        itemsEvidence(unassigned, 'Status'),
      ),
    );
  }

  return [...facts, ...repeatedProblems(input, cases.items)];
}

function repeatedProblems(input: FactInput, cases: RelatedItem[]): Fact[] {
  const { repeatWindowDays, repeatMinCount } = input.thresholds;
  const recent = cases.filter((c) => {
    const age = ageDays(input, c.fields.CreatedDate);
    return age !== null && age <= repeatWindowDays;
  });
  const facts: Fact[] = [];
  const covered = new Set<string>();
  const values = { windowDays: repeatWindowDays };

  for (const cluster of clusterBySubject(recent, 'Subject')) {
    if (cluster.length < repeatMinCount) continue;

    cluster.forEach((c) => covered.add(c.id));
    const topic = text(cluster[0]?.fields.Subject) ?? '';
    facts.push(
      fact(
        'repeatedProblem',
        'quality',
        'attention',
        { ...values, count: cluster.length, topic, basis: 'subject' },
        itemsEvidence(cluster, 'Subject'),
        `subject:${cluster[0]?.id ?? ''}`,
      ),
    );
  }

  const byType = new Map<string, RelatedItem[]>();
  for (const c of recent) {
    const type = text(c.fields.Type);
    if (type && type !== 'Other') byType.set(type, [...(byType.get(type) ?? []), c]);
  }

  for (const [type, group] of [...byType].sort(([a], [b]) => a.localeCompare(b))) {
    if (group.length < repeatMinCount || group.every((c) => covered.has(c.id))) continue;

    facts.push(
      fact(
        'repeatedProblem',
        'quality',
        'attention',
        { ...values, count: group.length, topic: type, basis: 'type' },
        itemsEvidence(group, 'Type'),
        `type:${type}`,
      ),
    );
  }

  return facts;
}

function qualityIssueFacts(input: FactInput): Fact[] {
  const issues = relatedList(input.context, 'qualityIssues');
  if (!issues || issues.totalSize === 0) return [];

  const open = issues.items.filter(isOpenIssue);
  if (open.length === 0 && isComplete(issues)) return [];

  const bySeverity = countBy(open, 'Severity__c');
  const severe = (bySeverity.Critical ?? 0) + (bySeverity.High ?? 0);
  return [
    fact(
      'openQualityIssues',
      'quality',
      (bySeverity.Critical ?? 0) > 0 ? 'urgent' : severe > 0 ? 'attention' : 'info',
      {
        open: open.length,
        total: issues.totalSize,
        exact: isComplete(issues),
        bySeverity,
        oldestAgeDays: oldestAge(input, open, 'Reported_Date__c'),
      },
      itemsEvidence(open, 'Severity__c'),
    ),
  ];
}

function lastOutboundEmail(input: FactInput): { date: string; item: RelatedItem } | undefined {
  const tasks = relatedList(input.context, 'tasks')?.items ?? [];
  const emails = tasks
    .filter((t) => t.fields.TaskSubtype === 'Email' && t.fields.IsClosed === true)
    .map((item) => ({
      item,
      date: day(input, item.fields.CompletedDateTime) ?? day(input, item.fields.ActivityDate),
    }))
    .filter((e): e is { item: RelatedItem; date: string } => e.date !== undefined)
    .sort((a, b) => b.date.localeCompare(a.date));
  return emails[0];
}

function caseRecordFacts(input: FactInput): Fact[] {
  const { context } = input;
  const status = text(field(context, 'Status'));
  const closed = field(context, 'IsClosed') === true;
  const age = ageDays(input, field(context, 'CreatedDate'));
  const escalated = field(context, 'IsEscalated') === true;
  const priority = text(field(context, 'Priority'));
  const facts: Fact[] = [
    fact(
      'caseStatus',
      'quality',
      escalated && !closed ? 'urgent' : priority === 'High' && !closed ? 'attention' : 'info',
      {
        caseNumber: text(field(context, 'CaseNumber')) ?? context.record.name,
        status,
        priority,
        ageDays: age,
        escalated,
        closed,
      },
      [recordEvidence(context, 'Status'), recordEvidence(context, 'Priority')],
    ),
  ];

  if (!closed && status && OPEN_CASE_STATUSES.has(status)) {
    const reply = lastOutboundEmail(input);
    let severity: Severity = 'info';
    if (!reply) severity = (age ?? 0) >= input.thresholds.replyDueDays ? 'urgent' : 'attention';
    else if (status === 'New') severity = 'attention';

    const evidence = [recordEvidence(context, 'Status')];
    if (reply) evidence.push(itemsEvidence([reply.item], 'CompletedDateTime')[0]!);
    facts.push(
      fact(
        'caseAwaitingResponse',
        'quality',
        severity,
        { status, ageDays: age, replied: reply !== undefined, lastReplyDate: reply?.date ?? null },
        evidence,
      ),
    );
  }

  return facts;
}

function qualityIssueRecordFacts(input: FactInput): Fact[] {
  const { context } = input;
  const severity = text(field(context, 'Severity__c'));
  const status = text(field(context, 'Status__c'));
  const open = !CLOSED_ISSUE.has(status ?? 'Open');
  const level: Severity =
    open && severity === 'Critical' ? 'urgent' : open && severity === 'High' ? 'attention' : 'info';
  return [
    fact(
      'qualityIssueStatus',
      'quality',
      level,
      { severity, status, ageDays: ageDays(input, field(context, 'Reported_Date__c')) },
      [recordEvidence(context, 'Severity__c'), recordEvidence(context, 'Status__c')],
    ),
  ];
}

export function qualityFacts(input: FactInput): Fact[] {
  const objectName = input.context.object.name;
  const own =
    objectName === 'Case'
      ? caseRecordFacts(input)
      : objectName === 'Quality_Issue__c'
        ? qualityIssueRecordFacts(input)
        : [];
  return [...own, ...relatedCaseFacts(input), ...qualityIssueFacts(input)];
}
