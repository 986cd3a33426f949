import { addDays } from './dates';
import type { Fact } from './facts/types';
import type { Formatter } from './format';
import type { MessageId, MessageParams } from './messages';

export interface SentenceSpec {
  id: MessageId;
  params: MessageParams;
}

const s = (id: MessageId, params: MessageParams = {}): SentenceSpec[] => [{ id, params }];

function breakdown(counts: Record<string, number>, fmt: Formatter): string {
  return fmt.list(
    Object.entries(counts)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, n]) => `${fmt.number(n)} ${key}`),
  );
}

/** Which template(s) state a fact, with parameters already formatted for the user's locale. */
export function sentencesFor(fact: Fact, fmt: Formatter, today: string): SentenceSpec[] {
  const ago = (date: string) => fmt.relativeDays(date, today);
  const agoDays = (days: number | null) =>
    days === null ? '—' : fmt.relativeDays(addDays(today, -days), today);

  switch (fact.kind) {
    case 'openCases': {
      const v = fact.values;
      if (!v.exact) return s('openCasesSample', { count: v.open, total: v.total });
      return s('openCases', {
        count: v.open,
        breakdown: breakdown(v.byPriority, fmt),
        oldest: agoDays(v.oldestAgeDays),
      });
    }
    case 'escalatedCases':
      return s('escalatedCases', { count: fact.values.count });
    case 'casesAwaitingPickup':
      return s('casesAwaitingPickup', {
        count: fact.values.count,
        oldest: agoDays(fact.values.oldestAgeDays),
      });
    case 'caseStatus': {
      const v = fact.values;
      const params = {
        caseNumber: v.caseNumber,
        status: v.status ?? '—',
        priority: v.priority ?? '—',
        opened: agoDays(v.ageDays),
      };
      if (v.closed) return s('caseClosed', params);
      return s(v.escalated ? 'caseEscalated' : 'caseStatus', params);
    }
    case 'caseAwaitingResponse': {
      const v = fact.values;
      if (!v.lastReplyDate) return s('caseNoReply', { opened: agoDays(v.ageDays) });
      const replied = ago(v.lastReplyDate);
      return s(v.status === 'New' ? 'caseRepliedStillNew' : 'caseReplied', { replied });
    }
    case 'repeatedProblem': {
      const v = fact.values;
      const params = { count: v.count, topic: v.topic, window: v.windowDays };
      return s(v.basis === 'subject' ? 'repeatedSubject' : 'repeatedType', params);
    }
    case 'openQualityIssues': {
      const v = fact.values;
      if (!v.exact) return s('openQualityIssuesSample', { count: v.open, total: v.total });
      return s('openQualityIssues', { count: v.open, breakdown: breakdown(v.bySeverity, fmt) });
    }
    case 'qualityIssueStatus':
      return s('qualityIssueStatus', {
        severity: fact.values.severity ?? '—',
        status: fact.values.status ?? '—',
        reported: agoDays(fact.values.ageDays),
      });
    case 'lastContact': {
      const when = ago(fact.values.date);
      const subject = fact.values.subject;
      return subject ? s('lastContact', { when, subject }) : s('lastActivity', { when });
    }
    case 'nextContact':
      return s('nextContact', {
        subject: fact.values.subject ?? '—',
        when: ago(fact.values.date),
      });
    case 'overdueTasks':
      return s('overdueTasks', {
        count: fact.values.count,
        since: fmt.date(fact.values.oldestDueDate),
      });
    case 'silentPeriod':
      return fact.values.daysSilent === null
        ? s('neverContacted')
        : s('silentPeriod', { days: fact.values.daysSilent });
    case 'quietKeyContacts':
      return s('quietKeyContacts', {
        count: fact.values.count,
        names: fmt.list(fact.values.names),
        days: fact.values.thresholdDays,
      });
    case 'owner':
      return s('owner', { name: fact.values.name });
    case 'opportunityStage': {
      const { stageLabel, probability } = fact.values;
      if (probability === null) return s('opportunityStageOnly', { stage: stageLabel });
      return s('opportunityStage', { stage: stageLabel, probability: fmt.percent(probability) });
    }
    case 'amount':
      return s('amount', { amount: fmt.currency(fact.values.amount, fact.values.currency) });
    case 'closeDatePassed':
      return s('closeDatePassed', {
        date: fmt.date(fact.values.closeDate),
        ago: ago(fact.values.closeDate),
      });
    case 'closeDateSoon':
      return s('closeDateSoon', {
        date: fmt.date(fact.values.closeDate),
        when: ago(fact.values.closeDate),
      });
    case 'noNextStep': {
      const task = fact.values.openTaskSubject;
      return task ? s('noNextStepWithTask', { task }) : s('noNextStep');
    }
    case 'stalled':
      return s('stalled', { days: fact.values.daysSinceChange });
    case 'milestonesMissed':
      return s('milestonesMissed', {
        count: fact.values.count,
        names: fmt.list(fact.values.names),
        date: fmt.date(fact.values.oldestDueDate),
      });
    case 'milestonesDue':
      return s('milestonesDue', {
        count: fact.values.count,
        names: fmt.list(fact.values.names),
        when: ago(fact.values.nextDueDate),
      });
    case 'projectHealth':
      return s('projectHealth', { health: fact.values.health });
    case 'dueDatePassed':
      return s('dueDatePassed', { label: fact.values.label, date: fmt.date(fact.values.date) });
    case 'openOpportunities': {
      const v = fact.values;
      const first =
        v.totalAmount === null
          ? s('openOpportunitiesCount', { count: v.count })
          : s('openOpportunities', { count: v.count, amount: fmt.currency(v.totalAmount) });
      if (v.pastCloseCount === 0) return first;
      return [...first, ...s('opportunitiesPastClose', { count: v.pastCloseCount })];
    }
    case 'projectsAtRisk':
      return s('projectsAtRisk', { count: fact.values.count, names: fmt.list(fact.values.names) });
    case 'recordStatus':
      return s('recordStatus', { label: fact.values.label, value: fact.values.valueLabel });
    case 'relatedCount':
      return s('relatedCount', { label: fact.values.label, count: fact.values.count });
  }
}
