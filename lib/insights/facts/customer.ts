import { daysBetween } from '../dates';
import type { Evidence } from '../evidence';

import type { FactInput } from './read';
import {
  day,
  fact,
  field,
  isComplete,
  itemEvidence,
  itemsEvidence,
  recordEvidence,
  relatedList,
  text,
} from './read';
import type { Fact } from './types';

interface Touch {
  date: string;
  subject: string | null;
  channel: 'task' | 'event';
  evidence: Evidence;
}

/** Completed tasks and past events are contacts made; open tasks and future events are planned. */
function touches(input: FactInput): { past: Touch[]; planned: Touch[] } {
  const past: Touch[] = [];
  const planned: Touch[] = [];
  for (const task of relatedList(input.context, 'tasks')?.items ?? []) {
    const subject = text(task.fields.Subject);
    if (task.fields.IsClosed === true) {
      const date =
        day(input, task.fields.CompletedDateTime) ?? day(input, task.fields.ActivityDate);
      if (date && date <= input.today) {
        past.push({ date, subject, channel: 'task', evidence: itemEvidence(task, 'Status') });
      }
    } else {
      const date = day(input, task.fields.ActivityDate);
      if (date && date >= input.today) {
        planned.push({
          date,
          subject,
          channel: 'task',
          evidence: itemEvidence(task, 'ActivityDate'),
        });
      }
    }
  }

  for (const event of relatedList(input.context, 'events')?.items ?? []) {
    const date = day(input, event.fields.StartDateTime);
    if (!date) continue;

    const touch: Touch = {
      date,
      subject: text(event.fields.Subject),
      channel: 'event',
      evidence: itemEvidence(event, 'StartDateTime'),
    };
    (date <= input.today ? past : planned).push(touch);
  }

  past.sort((a, b) => b.date.localeCompare(a.date));
  planned.sort((a, b) => a.date.localeCompare(b.date));
  return { past, planned };
}

function lastAndNext(input: FactInput): Fact[] {
  const { context, today } = input;
  const { past, planned } = touches(input);
  const facts: Fact[] = [];
  const activityDate = day(input, field(context, 'LastActivityDate'));
  const last = past[0];
  let lastDate: string | undefined;

  if (last && (!activityDate || last.date >= activityDate)) {
    lastDate = last.date;
    const values = {
      date: last.date,
      daysAgo: daysBetween(last.date, today),
      subject: last.subject,
    };
    facts.push(
      fact('lastContact', 'customer', 'info', { ...values, channel: last.channel }, [
        last.evidence,
      ]),
    );
  } else if (activityDate) {
    lastDate = activityDate;
    facts.push(
      fact(
        'lastContact',
        'customer',
        'info',
        {
          date: activityDate,
          daysAgo: daysBetween(activityDate, today),
          subject: null,
          channel: 'activity-date',
        },
        [recordEvidence(context, 'LastActivityDate')],
      ),
    );
  }

  const next = planned[0];
  if (next) {
    facts.push(
      fact(
        'nextContact',
        'customer',
        'info',
        {
          date: next.date,
          daysAhead: daysBetween(today, next.date),
          subject: next.subject,
          channel: next.channel,
        },
        [next.evidence],
      ),
    );
  }

  const silent = silence(input, lastDate, next !== undefined);
  return silent ? [...facts, silent] : facts;
}

function silence(input: FactInput, lastDate: string | undefined, planned: boolean): Fact | null {
  const { context, today, thresholds } = input;
  const { silentDays } = thresholds;
  if (lastDate) {
    const daysSilent = daysBetween(lastDate, today);
    if (daysSilent < silentDays) return null;

    return fact(
      'silentPeriod',
      'customer',
      planned ? 'info' : 'attention',
      { daysSilent, thresholdDays: silentDays },
      [recordEvidence(context, 'LastActivityDate')],
    );
  }

  // Never contacted: only worth saying once the record is older than the silence threshold.
  const created = day(input, field(context, 'CreatedDate'));
  if (!created || daysBetween(created, today) < silentDays) return null;

  return fact(
    'silentPeriod',
    'customer',
    planned ? 'info' : 'attention',
    { daysSilent: null, thresholdDays: silentDays },
    [recordEvidence(context, 'CreatedDate')],
  );
}

function overdueTasks(input: FactInput): Fact[] {
  const tasks = relatedList(input.context, 'tasks');
  if (!tasks) return [];

  const overdue = tasks.items
    .map((item) => ({ item, due: day(input, item.fields.ActivityDate) }))
    .filter((t): t is typeof t & { due: string } => {
      return t.item.fields.IsClosed !== true && t.due !== undefined && t.due < input.today;
    })
    .sort((a, b) => a.due.localeCompare(b.due));
  const oldest = overdue[0];
  if (!oldest) return [];

  const maxDaysOverdue = daysBetween(oldest.due, input.today);
  return [
    fact(
      'overdueTasks',
      'customer',
      maxDaysOverdue > 7 ? 'urgent' : 'attention',
      {
        count: overdue.length,
        exact: isComplete(tasks),
        oldestDueDate: oldest.due,
        maxDaysOverdue,
      },
      itemsEvidence(
        overdue.map((t) => t.item),
        'ActivityDate',
      ),
    ),
  ];
}

function quietKeyContacts(input: FactInput): Fact[] {
  const contacts = relatedList(input.context, 'contacts');
  if (!contacts || contacts.items.length === 0) return [];

  const threshold = input.thresholds.keyContactQuietDays;
  const quiet = contacts.items.filter((c) => {
    const last = day(input, c.fields.LastActivityDate);
    return !last || daysBetween(last, input.today) >= threshold;
  });
  if (quiet.length === 0) return [];

  return [
    fact(
      'quietKeyContacts',
      'customer',
      quiet.length === contacts.items.length ? 'attention' : 'info',
      { count: quiet.length, names: quiet.map((c) => c.name), thresholdDays: threshold },
      itemsEvidence(quiet, 'LastActivityDate'),
    ),
  ];
}

const CUSTOMER_FACING = new Set(['Account', 'Contact', 'Lead', 'Opportunity']);

export function customerFacts(input: FactInput): Fact[] {
  const { context } = input;
  const hasActivities = context.related.some((l) => l.key === 'tasks' || l.key === 'events');
  const facts: Fact[] = [];
  if (hasActivities || CUSTOMER_FACING.has(context.object.name)) facts.push(...lastAndNext(input));

  facts.push(...overdueTasks(input), ...quietKeyContacts(input));

  const owner = context.record.fields.Owner as { Name?: unknown } | null | undefined;
  const ownerName = text(owner?.Name);
  if (ownerName) {
    facts.push(
      fact('owner', 'customer', 'info', { name: ownerName }, [recordEvidence(context, 'OwnerId')]),
    );
  }

  return facts;
}
