import type { FieldMeta } from '../../salesforce/describe';
import { daysBetween } from '../dates';

import type { FactInput } from './read';
import { day, fact, field, recordEvidence, relatedList, text } from './read';
import type { Fact } from './types';

/** Objects whose status has a fact of its own. */
const OWN_STATUS = new Set(['Opportunity', 'Case', 'Project__c', 'Quality_Issue__c']);
/** Objects that are relationships rather than pieces of work: they do not stall. */
const NO_STALL = new Set(['Account', 'Contact']);
/** Related lists other facts already speak about. */
const CONSUMED = new Set([
  'cases',
  'qualityIssues',
  'tasks',
  'events',
  'contacts',
  'openOpportunities',
  'projects',
  'milestones',
]);

const STATUS_LIKE = /(^|_)(status|stage|state|phase|priority|health|rating)(__c)?$/i;
const DUE_LIKE = /(due|deadline|expir|end_?date|target)/i;
const CLOSED_VALUE = /closed|complete|done|resolved|converted|cancel|won|lost/i;

function statusFields(input: FactInput): FieldMeta[] {
  return Object.values(input.context.object.fields).filter(
    (f) => f.type === 'picklist' && STATUS_LIKE.test(f.name),
  );
}

/** Closed when IsClosed says so or a status-like value reads as finished. */
export function isRecordClosed(input: FactInput): boolean {
  if (field(input.context, 'IsClosed') === true) return true;

  return statusFields(input).some((f) => {
    const value = text(field(input.context, f.name));
    return value !== null && /status|stage/i.test(f.name) && CLOSED_VALUE.test(value);
  });
}

function recordStatus(input: FactInput): Fact[] {
  if (OWN_STATUS.has(input.context.object.name)) return [];

  return statusFields(input).flatMap((f) => {
    const value = text(field(input.context, f.name));
    if (!value) return [];

    const valueLabel = f.picklistValues.find((p) => p.value === value)?.label ?? value;
    return [
      fact(
        'recordStatus',
        'project',
        'info',
        { field: f.name, label: f.label, value, valueLabel },
        [recordEvidence(input.context, f.name)],
        f.name,
      ),
    ];
  });
}

function duesPassed(input: FactInput): Fact[] {
  if (isRecordClosed(input)) return [];

  return Object.values(input.context.object.fields)
    .filter((f) => (f.type === 'date' || f.type === 'datetime') && f.name !== 'CloseDate')
    .filter((f) => DUE_LIKE.test(f.name))
    .flatMap((f) => {
      const date = day(input, field(input.context, f.name));
      if (!date || date >= input.today) return [];

      return [
        fact(
          'dueDatePassed',
          'project',
          'attention',
          { field: f.name, label: f.label, date, daysPast: daysBetween(date, input.today) },
          [recordEvidence(input.context, f.name)],
          f.name,
        ),
      ];
    });
}

function latestTouch(input: FactInput): string | undefined {
  const dates = [
    day(input, field(input.context, 'LastModifiedDate')),
    day(input, field(input.context, 'LastActivityDate')),
    ...(relatedList(input.context, 'tasks')?.items ?? []).map((t) =>
      day(input, t.fields.LastModifiedDate),
    ),
  ].filter((d): d is string => d !== undefined && d <= input.today);
  return dates.sort().at(-1);
}

function stalled(input: FactInput): Fact[] {
  if (NO_STALL.has(input.context.object.name) || isRecordClosed(input)) return [];

  const latest = latestTouch(input);
  if (!latest) return [];

  const days = daysBetween(latest, input.today);
  if (days < input.thresholds.stalledDays) return [];

  return [
    fact(
      'stalled',
      'project',
      'attention',
      {
        lastModifiedDate: latest,
        daysSinceChange: days,
        thresholdDays: input.thresholds.stalledDays,
      },
      [recordEvidence(input.context, 'LastModifiedDate')],
    ),
  ];
}

function relatedCounts(input: FactInput): Fact[] {
  return input.context.related
    .filter((l) => !CONSUMED.has(l.key) && l.totalSize > 0)
    .map((l) =>
      fact(
        'relatedCount',
        l.objectApiName === 'Case' ? 'quality' : 'project',
        'info',
        { key: l.key, label: l.label, objectApiName: l.objectApiName, count: l.totalSize },
        [{ ...recordEvidence(input.context), label: l.label }],
        l.key,
      ),
    );
}

export function genericFacts(input: FactInput): Fact[] {
  return [...recordStatus(input), ...duesPassed(input), ...stalled(input), ...relatedCounts(input)];
}
