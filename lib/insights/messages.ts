import { pluralCategory, t, type MessageKey } from '../i18n';

/**
 * Summary sentences as message keys of the extension's catalogues. Logic never concatenates
 * words: it picks a message id and passes parameters, which fill the message's $1, $2… in the
 * order `params` lists them. A message with `one`/`other` forms is chosen by the plural category
 * of the `count` parameter in the browser's language.
 */
interface Template {
  one?: MessageKey;
  other: MessageKey;
  params: readonly string[];
}

export const MESSAGES = {
  openCases: {
    one: 'summary_openCases_one',
    other: 'summary_openCases_other',
    params: ['count', 'breakdown', 'oldest'],
  },
  openCasesSample: { other: 'summary_openCasesSample', params: ['count', 'total'] },
  escalatedCases: {
    one: 'summary_escalatedCases_one',
    other: 'summary_escalatedCases_other',
    params: ['count'],
  },
  casesAwaitingPickup: {
    one: 'summary_casesAwaitingPickup_one',
    other: 'summary_casesAwaitingPickup_other',
    params: ['count', 'oldest'],
  },
  caseStatus: {
    other: 'summary_caseStatus',
    params: ['caseNumber', 'status', 'priority', 'opened'],
  },
  caseEscalated: {
    other: 'summary_caseEscalated',
    params: ['caseNumber', 'status', 'priority', 'opened'],
  },
  caseClosed: { other: 'summary_caseClosed', params: ['caseNumber'] },
  caseRepliedStillNew: { other: 'summary_caseRepliedStillNew', params: ['replied'] },
  caseReplied: { other: 'summary_caseReplied', params: ['replied'] },
  caseNoReply: { other: 'summary_caseNoReply', params: ['opened'] },
  repeatedSubject: { other: 'summary_repeatedSubject', params: ['count', 'window', 'topic'] },
  repeatedType: { other: 'summary_repeatedType', params: ['count', 'window', 'topic'] },
  openQualityIssues: {
    one: 'summary_openQualityIssues_one',
    other: 'summary_openQualityIssues_other',
    params: ['count', 'breakdown'],
  },
  openQualityIssuesSample: { other: 'summary_openQualityIssuesSample', params: ['count', 'total'] },
  qualityIssueStatus: {
    other: 'summary_qualityIssueStatus',
    params: ['severity', 'status', 'reported'],
  },
  lastContact: { other: 'summary_lastContact', params: ['when', 'subject'] },
  lastActivity: { other: 'summary_lastActivity', params: ['when'] },
  nextContact: { other: 'summary_nextContact', params: ['subject', 'when'] },
  overdueTasks: {
    one: 'summary_overdueTasks_one',
    other: 'summary_overdueTasks_other',
    params: ['count', 'since'],
  },
  silentPeriod: { other: 'summary_silentPeriod', params: ['days'] },
  neverContacted: { other: 'summary_neverContacted', params: [] },
  quietKeyContacts: {
    one: 'summary_quietKeyContacts_one',
    other: 'summary_quietKeyContacts_other',
    params: ['count', 'names', 'days'],
  },
  owner: { other: 'summary_owner', params: ['name'] },
  opportunityStage: { other: 'summary_opportunityStage', params: ['stage', 'probability'] },
  opportunityStageOnly: { other: 'summary_opportunityStageOnly', params: ['stage'] },
  amount: { other: 'summary_amount', params: ['amount'] },
  closeDatePassed: { other: 'summary_closeDatePassed', params: ['date', 'ago'] },
  closeDateSoon: { other: 'summary_closeDateSoon', params: ['when', 'date'] },
  noNextStep: { other: 'summary_noNextStep', params: [] },
  noNextStepWithTask: { other: 'summary_noNextStepWithTask', params: ['task'] },
  stalled: { other: 'summary_stalled', params: ['days'] },
  milestonesMissed: {
    one: 'summary_milestonesMissed_one',
    other: 'summary_milestonesMissed_other',
    params: ['count', 'names', 'date'],
  },
  milestonesDue: {
    one: 'summary_milestonesDue_one',
    other: 'summary_milestonesDue_other',
    params: ['count', 'names', 'when'],
  },
  projectHealth: { other: 'summary_projectHealth', params: ['health'] },
  dueDatePassed: { other: 'summary_dueDatePassed', params: ['label', 'date'] },
  openOpportunities: {
    one: 'summary_openOpportunities_one',
    other: 'summary_openOpportunities_other',
    params: ['count', 'amount'],
  },
  openOpportunitiesCount: {
    one: 'summary_openOpportunitiesCount_one',
    other: 'summary_openOpportunitiesCount_other',
    params: ['count'],
  },
  opportunitiesPastClose: {
    one: 'summary_opportunitiesPastClose_one',
    other: 'summary_opportunitiesPastClose_other',
    params: ['count'],
  },
  projectsAtRisk: {
    one: 'summary_projectsAtRisk_one',
    other: 'summary_projectsAtRisk_other',
    params: ['count', 'names'],
  },
  recordStatus: { other: 'summary_recordStatus', params: ['label', 'value'] },
  relatedCount: { other: 'summary_relatedCount', params: ['label', 'count'] },
} satisfies Record<string, Template>;

export type MessageId = keyof typeof MESSAGES;
export type MessageParams = Record<string, string | number>;
export type MessageFn = (id: MessageId, params: MessageParams, locale: string) => string;

/** Fills a message in the browser's language; `count` must be a number for the plural choice. */
export const catalogueMessage: MessageFn = (id, params, locale) => {
  const template: Template = MESSAGES[id];
  const count = params.count;
  const useOne = typeof count === 'number' && pluralCategory(count) === 'one';
  const key = useOne && template.one ? template.one : template.other;
  // Numbers follow the user's Salesforce locale, like every other number Sofie shows.
  const numbers = new Intl.NumberFormat(locale);
  const values = template.params.map((name) => {
    const value = params[name];
    if (value === undefined) return `{${name}}`;
    return typeof value === 'number' ? numbers.format(value) : value;
  });
  return t(key, values);
};
