import type { RelatedItem } from '../../salesforce/record-context';
import { daysBetween } from '../dates';

import type { FactInput } from './read';
import {
  day,
  fact,
  field,
  isComplete,
  itemsEvidence,
  num,
  recordEvidence,
  relatedList,
  text,
} from './read';
import type { Fact } from './types';

function opportunityFacts(input: FactInput): Fact[] {
  const { context, today, thresholds } = input;
  const stage = text(field(context, 'StageName'));
  const closed = field(context, 'IsClosed') === true;
  const facts: Fact[] = [];

  if (stage) {
    const stageLabel =
      context.object.fields.StageName?.picklistValues.find((p) => p.value === stage)?.label ??
      stage;
    facts.push(
      fact(
        'opportunityStage',
        'project',
        'info',
        { stage, stageLabel, probability: num(field(context, 'Probability')), closed },
        [recordEvidence(context, 'StageName')],
      ),
    );
  }

  const amount = num(field(context, 'Amount'));
  if (amount !== null) {
    const currency = text(field(context, 'CurrencyIsoCode')) ?? context.org.currencyIsoCode;
    facts.push(
      fact('amount', 'project', 'info', { amount, currency }, [recordEvidence(context, 'Amount')]),
    );
  }

  if (closed) return facts;

  const closeDate = day(input, field(context, 'CloseDate'));
  if (closeDate && closeDate < today) {
    facts.push(
      fact(
        'closeDatePassed',
        'project',
        'urgent',
        { closeDate, daysPast: daysBetween(closeDate, today) },
        [recordEvidence(context, 'CloseDate')],
      ),
    );
  } else if (closeDate && daysBetween(today, closeDate) <= thresholds.closeSoonDays) {
    facts.push(
      fact(
        'closeDateSoon',
        'project',
        'attention',
        { closeDate, daysLeft: daysBetween(today, closeDate) },
        [recordEvidence(context, 'CloseDate')],
      ),
    );
  }

  if ('NextStep' in context.object.fields && !text(field(context, 'NextStep'))) {
    const openTask = nextOpenTask(input);
    facts.push(
      fact(
        'noNextStep',
        'project',
        'attention',
        { openTaskSubject: openTask ? text(openTask.fields.Subject) : null },
        [recordEvidence(context, 'NextStep')],
      ),
    );
  }

  return facts;
}

/** The open task due soonest (today or later first, then undated ones). */
export function nextOpenTask(input: FactInput): RelatedItem | undefined {
  const open = (relatedList(input.context, 'tasks')?.items ?? []).filter(
    (t) => t.fields.IsClosed !== true && text(t.fields.Subject),
  );
  const dated = open
    .map((item) => ({ item, due: day(input, item.fields.ActivityDate) }))
    .filter((t) => t.due !== undefined && t.due >= input.today)
    .sort((a, b) => (a.due ?? '').localeCompare(b.due ?? ''));
  return dated[0]?.item ?? open.find((t) => !t.fields.ActivityDate);
}

const isDone = (m: RelatedItem) =>
  m.fields.Status__c === 'Done' || Boolean(m.fields.Completed_Date__c);

function milestoneFacts(input: FactInput): Fact[] {
  const milestones = relatedList(input.context, 'milestones');
  if (!milestones) return [];

  const { today, thresholds } = input;
  const dated = milestones.items
    .filter((m) => !isDone(m))
    .map((item) => ({ item, due: day(input, item.fields.Due_Date__c) }))
    .filter((m): m is typeof m & { due: string } => m.due !== undefined)
    .sort((a, b) => a.due.localeCompare(b.due));
  const missed = dated.filter((m) => m.due < today);
  const due = dated.filter(
    (m) => m.due >= today && daysBetween(today, m.due) <= thresholds.milestoneLookaheadDays,
  );
  const facts: Fact[] = [];

  const firstMissed = missed[0];
  if (firstMissed) {
    facts.push(
      fact(
        'milestonesMissed',
        'project',
        'urgent',
        {
          count: missed.length,
          names: missed.map((m) => m.item.name),
          oldestDueDate: firstMissed.due,
          maxDaysLate: daysBetween(firstMissed.due, today),
        },
        itemsEvidence(
          missed.map((m) => m.item),
          'Due_Date__c',
        ),
      ),
    );
  }

  const firstDue = due[0];
  if (firstDue) {
    facts.push(
      fact(
        'milestonesDue',
        'project',
        'attention',
        {
          count: due.length,
          names: due.map((m) => m.item.name),
          nextDueDate: firstDue.due,
          withinDays: thresholds.milestoneLookaheadDays,
        },
        itemsEvidence(
          due.map((m) => m.item),
          'Due_Date__c',
        ),
      ),
    );
  }

  return facts;
}

function projectRecordFacts(input: FactInput): Fact[] {
  const { context } = input;
  const health = text(field(context, 'Health__c'));
  const facts: Fact[] = [];
  if (health) {
    facts.push(
      fact(
        'projectHealth',
        'project',
        health === 'Red' ? 'urgent' : health === 'Amber' ? 'attention' : 'info',
        { health, status: text(field(context, 'Status__c')) },
        [recordEvidence(context, 'Health__c')],
      ),
    );
  }

  return [...facts, ...milestoneFacts(input)];
}

function accountDealFacts(input: FactInput): Fact[] {
  const facts: Fact[] = [];
  const opportunities = relatedList(input.context, 'openOpportunities');
  if (opportunities && opportunities.totalSize > 0) {
    const amounts = opportunities.items.map((o) => num(o.fields.Amount)).filter((a) => a !== null);
    const pastClose = opportunities.items.filter((o) => {
      const close = day(input, o.fields.CloseDate);
      return close !== undefined && close < input.today;
    });
    facts.push(
      fact(
        'openOpportunities',
        'project',
        pastClose.length > 0 ? 'attention' : 'info',
        {
          count: opportunities.totalSize,
          exact: true,
          totalAmount:
            amounts.length && isComplete(opportunities) ? amounts.reduce((a, b) => a + b, 0) : null,
          pastCloseCount: pastClose.length,
        },
        itemsEvidence(pastClose.length ? pastClose : opportunities.items, 'CloseDate'),
      ),
    );
  }

  const projects = relatedList(input.context, 'projects');
  const atRisk = (projects?.items ?? []).filter(
    (p) => p.fields.Health__c === 'Red' || p.fields.Health__c === 'Amber',
  );
  if (atRisk.length > 0) {
    facts.push(
      fact(
        'projectsAtRisk',
        'project',
        atRisk.some((p) => p.fields.Health__c === 'Red') ? 'urgent' : 'attention',
        { count: atRisk.length, names: atRisk.map((p) => p.name) },
        itemsEvidence(atRisk, 'Health__c'),
      ),
    );
  }

  return facts;
}

export function projectFacts(input: FactInput): Fact[] {
  switch (input.context.object.name) {
    case 'Opportunity':
      return opportunityFacts(input);
    case 'Project__c':
      return projectRecordFacts(input);
    default:
      return accountDealFacts(input);
  }
}
