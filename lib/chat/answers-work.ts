import { t, tPlural, type MessageKey } from '../i18n';
import { summariseFacts } from '../insights/summary';

import type { ReplyInput } from './reply-input';
import {
  factOf,
  factsOf,
  fromFacts,
  itemEvidence,
  listOf,
  recordEvidence,
  uniqueEvidence,
  unknown,
} from './reply-input';
import type { ChatReply, Intent } from './types';

/** Questions about the work: open and overdue items, deal, case and project status, summary. */
const LENS_TITLES = {
  quality: 'lensQuality',
  customer: 'lensCustomer',
  project: 'lensProject',
} as const satisfies Record<string, MessageKey>;

function nothing(input: ReplyInput, intent: Intent, text: string): ChatReply {
  return { kind: 'answer', intent, text, evidence: [recordEvidence(input)] };
}

function openTasks(input: ReplyInput): ChatReply | undefined {
  const tasks = (listOf(input, 'tasks')?.items ?? []).filter((t) => t.fields.IsClosed === false);
  if (tasks.length === 0) return undefined;

  const names = input.fmt.list(tasks.slice(0, 3).map((t) => `“${t.name}”`));
  const text =
    tasks.length > 3
      ? t('chatOpenTasksMore', [String(tasks.length), names, String(tasks.length - 3)])
      : tPlural(tasks.length, { one: 'chatOpenTasks_one', other: 'chatOpenTasks_other' }, [
          String(tasks.length),
          names,
        ]);
  return {
    kind: 'answer',
    intent: 'open',
    text,
    evidence: tasks.map((t) => itemEvidence(t, 'Status')),
  };
}

export function openItems(input: ReplyInput): ChatReply {
  const own = factsOf(input, 'caseStatus', 'qualityIssueStatus').filter(
    (f) => f.kind !== 'caseStatus' || !f.values.closed,
  );
  const facts = [
    ...own,
    ...factsOf(input, 'openCases', 'openQualityIssues', 'openOpportunities', 'milestonesDue'),
  ];
  const tasks = openTasks(input);
  if (facts.length === 0 && !tasks) {
    return nothing(input, 'open', t('chatNothingOpen'));
  }

  const reply = fromFacts(input, 'open', facts);
  if (!tasks || tasks.kind !== 'answer' || reply.kind !== 'answer') return reply;

  return {
    ...reply,
    text: [reply.text, tasks.text].filter(Boolean).join(' '),
    evidence: uniqueEvidence([...reply.evidence, ...tasks.evidence]),
  };
}

export function overdue(input: ReplyInput): ChatReply {
  const facts = factsOf(
    input,
    'overdueTasks',
    'milestonesMissed',
    'closeDatePassed',
    'dueDatePassed',
  );
  const opportunities = factOf(input, 'openOpportunities');
  if (opportunities && opportunities.values.pastCloseCount > 0) facts.push(opportunities);

  if (facts.length === 0) return nothing(input, 'overdue', t('chatNothingOverdue'));
  return fromFacts(input, 'overdue', facts);
}

export function dealStatus(input: ReplyInput): ChatReply {
  const { context } = input;
  if (context.object.name === 'Opportunity') {
    const facts = factsOf(input, 'opportunityStage', 'amount', 'closeDatePassed', 'closeDateSoon');
    const closeDate = context.record.fields.CloseDate;
    const mentionsClose = facts.some(
      (f) => f.kind === 'closeDatePassed' || f.kind === 'closeDateSoon',
    );
    const reply = fromFacts(input, 'dealStatus', [...facts, ...factsOf(input, 'noNextStep')]);
    if (mentionsClose || typeof closeDate !== 'string' || reply.kind !== 'answer') return reply;

    return {
      ...reply,
      text: t('chatCloses', [
        reply.text,
        input.fmt.date(closeDate),
        input.fmt.relativeDays(closeDate, input.today),
      ]),
      evidence: [...reply.evidence, recordEvidence(input, 'CloseDate')],
    };
  }

  const opportunities = factOf(input, 'openOpportunities');
  if (opportunities) return fromFacts(input, 'dealStatus', [opportunities]);
  if (listOf(input, 'openOpportunities')) {
    return nothing(input, 'dealStatus', t('chatNoOpenOpportunities'));
  }

  return unknown(t('chatNoDealData', context.object.label));
}

export function caseStatus(input: ReplyInput): ChatReply {
  const facts = factsOf(
    input,
    'caseStatus',
    'caseAwaitingResponse',
    'qualityIssueStatus',
    'openCases',
    'escalatedCases',
    'casesAwaitingPickup',
    'openQualityIssues',
    'repeatedProblem',
  );
  if (facts.length > 0) return fromFacts(input, 'caseStatus', facts);
  if (listOf(input, 'cases')) {
    return nothing(input, 'caseStatus', t('chatNoCases'));
  }

  return unknown(t('chatNoCaseData', input.context.object.label));
}

export function projectHealth(input: ReplyInput): ChatReply {
  const facts = factsOf(
    input,
    'projectHealth',
    'milestonesMissed',
    'milestonesDue',
    'projectsAtRisk',
  );
  if (facts.length > 0) return fromFacts(input, 'projectHealth', facts);

  const projects = listOf(input, 'projects');
  if (projects && projects.totalSize > 0) {
    return {
      kind: 'answer',
      intent: 'projectHealth',
      text: t('chatNoProjectsAtRisk', String(projects.totalSize)),
      evidence: projects.items.map((p) => itemEvidence(p, 'Health__c')),
    };
  }

  return unknown(t('chatNoProjectData', input.context.object.label));
}

export function summary(input: ReplyInput): ChatReply {
  const { options } = input;
  const used =
    options.summary ??
    summariseFacts(input.facts, {
      now: options.now,
      locale: input.fmt.locale,
      timeZone: input.timeZone,
      currency: input.currency,
    });
  const lenses = used.lenses.filter((l) => l.sentences.length > 0);
  if (lenses.length === 0) {
    return {
      kind: 'answer',
      intent: 'summary',
      text: t('chatNothingStandsOut'),
      evidence: [recordEvidence(input)],
    };
  }

  return {
    kind: 'answer',
    intent: 'summary',
    text: lenses
      .map((l) =>
        t('chatLensLine', [t(LENS_TITLES[l.lens]), l.sentences.map((s) => s.text).join(' ')]),
      )
      .join('\n'),
    evidence: uniqueEvidence(lenses.flatMap((l) => l.sentences.flatMap((s) => s.evidence))),
    ...(used.generated ? { generated: true } : {}),
  };
}
