import type { NewFieldChange } from '../changes/change-set';
import { recordTypeValues } from '../changes/picklists';
import type { RejectionCode } from '../changes/types';
import { sameValue } from '../changes/types';
import { validateChange } from '../changes/validate';
import type { RecordContext } from '../salesforce/record-context';
import { t, tPlural } from '../i18n';
import type { WritePolicy } from '../settings/write-policy';

import { addDays, localDate } from './dates';
import type { Evidence } from './evidence';
import type { Fact, FactKind } from './facts/types';
import { factInput, itemEvidence, text } from './facts/read';
import { nextOpenTask } from './facts/project';

export interface SuggestedUpdate {
  ruleId: string;
  field: string;
  label: string;
  value: unknown;
  reason: string;
  evidence: Evidence[];
  /** 0–1: how sure the rule (or model) is that this is the right value. */
  confidence: number;
}

export interface RejectedSuggestion {
  suggestion: SuggestedUpdate;
  code: RejectionCode | 'unchanged';
  reason: string;
}

export interface SuggestionResult {
  /** Valid proposals, to show. */
  suggestions: SuggestedUpdate[];
  /** Proposals that failed a check, kept with the reason for a details view. */
  rejected: RejectedSuggestion[];
}

export interface SuggestionOptions {
  now: Date;
  timeZone?: string;
  policy: WritePolicy;
}

export type ProposedUpdate = Omit<SuggestedUpdate, 'label'>;
type Rule = (context: RecordContext, facts: Fact[], opts: SuggestionOptions) => ProposedUpdate[];

function factOf<K extends FactKind>(facts: Fact[], kind: K): Fact<K> | undefined {
  return facts.find((f) => f.kind === kind) as Fact<K> | undefined;
}

const closeDateRule: Rule = (context, facts, opts) => {
  const passed = factOf(facts, 'closeDatePassed');
  if (!passed) return [];

  const input = factInput(context, opts);
  const task = nextOpenTask(input);
  const taskDate = task ? text(task.fields.ActivityDate) : null;
  if (task && taskDate && taskDate >= input.today) {
    return [
      {
        ruleId: 'close-date-from-next-task',
        field: 'CloseDate',
        value: taskDate,
        reason: t('suggestReason_closeDateFromTask', task.name),
        evidence: [...passed.evidence, itemEvidence(task, 'ActivityDate')],
        confidence: 0.6,
      },
    ];
  }

  return [
    {
      ruleId: 'close-date-two-weeks',
      field: 'CloseDate',
      value: addDays(localDate(opts.now, input.timeZone), 14),
      reason: t('suggestReason_closeDateTwoWeeks'),
      evidence: passed.evidence,
      confidence: 0.4,
    },
  ];
};

const nextStepRule: Rule = (context, facts, opts) => {
  const missing = factOf(facts, 'noNextStep');
  const subject = missing?.values.openTaskSubject;
  if (!missing || !subject) return [];

  const task = nextOpenTask(factInput(context, opts));
  return [
    {
      ruleId: 'next-step-from-task',
      field: 'NextStep',
      value: subject,
      reason: t('suggestReason_nextStepFromTask', subject),
      evidence: task ? [...missing.evidence, itemEvidence(task, 'Subject')] : missing.evidence,
      confidence: 0.6,
    },
  ];
};

/** "Working" when the record may take it, else the first allowed value that reads like it. */
function workingStatus(context: RecordContext): string | undefined {
  const field = context.object.fields.Status;
  if (!field) return undefined;

  const byType = recordTypeValues(context.object, field, context.record.recordTypeId);
  const allowed = field.picklistValues
    .filter((p) => p.active && (!byType || byType.includes(p.value)))
    .map((p) => p.value);
  return allowed.find((v) => v === 'Working') ?? allowed.find((v) => /work|progress/i.test(v));
}

const caseWorkingRule: Rule = (context, facts) => {
  const waiting = factOf(facts, 'caseAwaitingResponse');
  if (!waiting?.values.replied || waiting.values.status !== 'New') return [];

  const value = workingStatus(context);
  if (!value) return [];

  return [
    {
      ruleId: 'case-working-after-reply',
      field: 'Status',
      value,
      reason: t('suggestReason_caseWorking'),
      evidence: waiting.evidence,
      confidence: 0.8,
    },
  ];
};

const projectHealthRule: Rule = (_context, facts) => {
  const health = factOf(facts, 'projectHealth');
  const missed = factOf(facts, 'milestonesMissed');
  if (health?.values.health !== 'Green' || !missed) return [];

  const red = missed.values.count >= 2 || missed.values.maxDaysLate > 14;
  return [
    {
      ruleId: 'project-health-from-milestones',
      field: 'Health__c',
      value: red ? 'Red' : 'Amber',
      reason: tPlural(
        missed.values.count,
        { one: 'suggestReason_projectHealth_one', other: 'suggestReason_projectHealth_other' },
        [String(missed.values.count)],
      ),
      evidence: [...health.evidence, ...missed.evidence],
      confidence: red ? 0.7 : 0.6,
    },
  ];
};

export const RULES: readonly Rule[] = [
  closeDateRule,
  nextStepRule,
  caseWorkingRule,
  projectHealthRule,
];

/**
 * Runs every proposal through the same validation a reviewed write gets. Rules and models both
 * come through here, so nothing invalid is ever shown as a suggestion.
 */
export function checkProposals(
  context: RecordContext,
  proposals: ProposedUpdate[],
  policy: WritePolicy,
): SuggestionResult {
  const result: SuggestionResult = { suggestions: [], rejected: [] };
  for (const proposal of proposals) {
    const suggestion = {
      ...proposal,
      label: context.object.fields[proposal.field]?.label ?? proposal.field,
    };
    if (sameValue(context.record.fields[proposal.field], proposal.value)) {
      result.rejected.push({ suggestion, code: 'unchanged', reason: t('suggestReason_unchanged') });
      continue;
    }

    const check = validateChange(
      { field: proposal.field, proposedValue: proposal.value },
      context.object,
      context.record,
      policy,
      context.org.environment,
    );
    if (check.ok) result.suggestions.push(suggestion);
    else result.rejected.push({ suggestion, code: check.code, reason: check.reason });
  }

  return result;
}

export function suggestUpdates(
  context: RecordContext,
  facts: Fact[],
  opts: SuggestionOptions,
): SuggestionResult {
  const proposals = RULES.flatMap((rule) => rule(context, facts, opts));
  return checkProposals(context, proposals, opts.policy);
}

/** Suggestions as rows of a new change set; a model's (`model:<name>`) keep the model's name. */
export function toFieldChanges(suggestions: SuggestedUpdate[]): NewFieldChange[] {
  return suggestions.map((s): NewFieldChange => {
    const model = s.ruleId.startsWith('model:') ? s.ruleId.slice('model:'.length) : undefined;
    const provenance: NewFieldChange['provenance'] = model
      ? { kind: 'model', model, reason: s.reason }
      : { kind: 'rule', ruleId: s.ruleId, reason: s.reason, evidence: s.evidence };
    return { field: s.field, proposedValue: s.value, provenance };
  });
}
