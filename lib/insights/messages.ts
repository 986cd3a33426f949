/**
 * English sentence templates for summaries. Logic never concatenates English: it picks a message
 * id and passes parameters, so the lead can route these through the extension's i18n catalogues.
 * A template with `one`/`other` forms is chosen by the plural category of the `count` parameter.
 */
interface Template {
  one?: string;
  other: string;
}

export const MESSAGES = {
  openCases: {
    one: 'One open case ({breakdown}), opened {oldest}.',
    other: '{count} open cases ({breakdown}); the oldest was opened {oldest}.',
  },
  openCasesSample: { other: 'At least {count} open cases among {total} open or recent ones.' },
  escalatedCases: { one: 'One case is escalated.', other: '{count} cases are escalated.' },
  casesAwaitingPickup: {
    one: 'One case is still New, opened {oldest}.',
    other: '{count} cases are still New; the oldest was opened {oldest}.',
  },
  caseStatus: { other: 'Case {caseNumber} is {status} with {priority} priority, opened {opened}.' },
  caseEscalated: { other: 'Case {caseNumber} is escalated ({status}), opened {opened}.' },
  caseClosed: { other: 'Case {caseNumber} is closed.' },
  caseRepliedStillNew: { other: 'We replied {replied}, but the status is still New.' },
  caseReplied: { other: 'Our last reply went out {replied}.' },
  caseNoReply: { other: 'No reply has been sent yet; the case was opened {opened}.' },
  repeatedSubject: { other: '{count} cases in {window} days look alike: “{topic}”.' },
  repeatedType: { other: '{count} cases of type {topic} in {window} days.' },
  openQualityIssues: {
    one: 'One open quality issue ({breakdown}).',
    other: '{count} open quality issues ({breakdown}).',
  },
  openQualityIssuesSample: { other: 'At least {count} open quality issues among {total}.' },
  qualityIssueStatus: { other: 'This {severity} quality issue is {status}, reported {reported}.' },
  lastContact: { other: 'Last contact {when}: “{subject}”.' },
  lastActivity: { other: 'Last activity {when}.' },
  nextContact: { other: 'Next: “{subject}” {when}.' },
  overdueTasks: {
    one: 'One task is overdue since {since}.',
    other: '{count} tasks are overdue, the oldest since {since}.',
  },
  silentPeriod: { other: 'No contact for {days} days.' },
  neverContacted: { other: 'No contact recorded yet.' },
  quietKeyContacts: {
    one: '{names} has had no activity for {days} days.',
    other: '{names} have had no activity for {days} days.',
  },
  owner: { other: 'Owned by {name}.' },
  opportunityStage: { other: 'Stage {stage} at {probability}.' },
  opportunityStageOnly: { other: 'Stage {stage}.' },
  amount: { other: 'Amount {amount}.' },
  closeDatePassed: { other: 'The close date {date} passed {ago}.' },
  closeDateSoon: { other: 'Closes {when} ({date}).' },
  noNextStep: { other: 'No next step is set.' },
  noNextStepWithTask: { other: 'No next step is set; the open task “{task}” could be it.' },
  stalled: { other: 'Nothing has changed for {days} days.' },
  milestonesMissed: {
    one: 'Milestone {names} is overdue since {date}.',
    other: '{count} milestones are overdue ({names}), the first since {date}.',
  },
  milestonesDue: {
    one: 'Milestone {names} is due {when}.',
    other: '{count} milestones are due soon ({names}), the first {when}.',
  },
  projectHealth: { other: 'Health is {health}.' },
  dueDatePassed: { other: '{label} {date} has passed.' },
  openOpportunities: {
    one: 'One open opportunity worth {amount}.',
    other: '{count} open opportunities worth {amount}.',
  },
  openOpportunitiesCount: { one: 'One open opportunity.', other: '{count} open opportunities.' },
  opportunitiesPastClose: {
    one: 'One of them is past its close date.',
    other: '{count} of them are past their close date.',
  },
  projectsAtRisk: {
    one: 'Project {names} is at risk.',
    other: '{count} projects are at risk: {names}.',
  },
  recordStatus: { other: '{label}: {value}.' },
  relatedCount: { other: '{label}: {count}.' },
} satisfies Record<string, Template>;

export type MessageId = keyof typeof MESSAGES;
export type MessageParams = Record<string, string | number>;
export type MessageFn = (id: MessageId, params: MessageParams, locale: string) => string;

const plurals = new Map<string, Intl.PluralRules>();

function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  let rules = plurals.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    plurals.set(locale, rules);
  }

  return rules.select(count);
}

/** Fills a template; `count` must be passed as a number for the plural choice. */
export const englishMessage: MessageFn = (id, params, locale) => {
  const template: Template = MESSAGES[id];
  const count = params.count;
  // The templates are English, so English plural rules choose the form.
  const useOne = typeof count === 'number' && pluralCategory('en', count) === 'one';
  const pattern = useOne && template.one ? template.one : template.other;
  const numbers = new Intl.NumberFormat(locale);
  return pattern.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) return `{${name}}`;
    return typeof value === 'number' ? numbers.format(value) : value;
  });
};
