import type { Evidence } from '../evidence';

export type Lens = 'quality' | 'customer' | 'project';
export type Severity = 'info' | 'attention' | 'urgent';

export const LENSES: readonly Lens[] = ['quality', 'customer', 'project'];

/** The values each kind of fact carries. Dates are ISO days in the user's time zone. */
export interface FactValuesByKind {
  /** Related cases: `open` counts open rows; `exact` is false when only a sample was loaded. */
  openCases: {
    open: number;
    /** Rows in the list (open, or opened recently), from the count query. */
    total: number;
    exact: boolean;
    byPriority: Record<string, number>;
    oldestAgeDays: number | null;
  };
  escalatedCases: { count: number };
  /** Related open cases nobody has picked up (status New). */
  casesAwaitingPickup: { count: number; oldestAgeDays: number };
  caseStatus: {
    caseNumber: string;
    status: string | null;
    priority: string | null;
    ageDays: number | null;
    escalated: boolean;
    closed: boolean;
  };
  /** A case (New/Working) where the next move is ours; `replied` says whether we wrote yet. */
  caseAwaitingResponse: {
    status: string;
    ageDays: number | null;
    replied: boolean;
    lastReplyDate: string | null;
  };
  repeatedProblem: {
    count: number;
    topic: string;
    basis: 'subject' | 'type';
    windowDays: number;
  };
  openQualityIssues: {
    open: number;
    total: number;
    exact: boolean;
    bySeverity: Record<string, number>;
    oldestAgeDays: number | null;
  };
  qualityIssueStatus: { severity: string | null; status: string | null; ageDays: number | null };
  lastContact: {
    date: string;
    daysAgo: number;
    subject: string | null;
    channel: 'task' | 'event' | 'activity-date';
  };
  nextContact: {
    date: string;
    daysAhead: number;
    subject: string | null;
    channel: 'task' | 'event';
  };
  overdueTasks: { count: number; exact: boolean; oldestDueDate: string; maxDaysOverdue: number };
  /** `daysSilent` is null when the record has no activity at all. */
  silentPeriod: { daysSilent: number | null; thresholdDays: number };
  quietKeyContacts: { count: number; names: string[]; thresholdDays: number };
  owner: { name: string };
  opportunityStage: {
    stage: string;
    stageLabel: string;
    probability: number | null;
    closed: boolean;
  };
  amount: { amount: number; currency: string | undefined };
  closeDatePassed: { closeDate: string; daysPast: number };
  closeDateSoon: { closeDate: string; daysLeft: number };
  noNextStep: { openTaskSubject: string | null };
  stalled: { lastModifiedDate: string; daysSinceChange: number; thresholdDays: number };
  milestonesMissed: { count: number; names: string[]; oldestDueDate: string; maxDaysLate: number };
  milestonesDue: { count: number; names: string[]; nextDueDate: string; withinDays: number };
  projectHealth: { health: string; status: string | null };
  dueDatePassed: { field: string; label: string; date: string; daysPast: number };
  openOpportunities: {
    count: number;
    exact: boolean;
    totalAmount: number | null;
    pastCloseCount: number;
  };
  projectsAtRisk: { count: number; names: string[] };
  recordStatus: { field: string; label: string; value: string; valueLabel: string };
  relatedCount: { key: string; label: string; objectApiName: string; count: number };
}

export type FactKind = keyof FactValuesByKind;

export type Fact<K extends FactKind = FactKind> = {
  [P in K]: {
    /** Stable within one context: the kind, plus a key when a kind can occur more than once. */
    id: string;
    lens: Lens;
    kind: P;
    severity: Severity;
    values: FactValuesByKind[P];
    evidence: Evidence[];
  };
}[K];

export interface Thresholds {
  /** No activity for this many days is a silent period. */
  silentDays: number;
  /** No change for this many days on an open record is a stall. */
  stalledDays: number;
  repeatWindowDays: number;
  repeatMinCount: number;
  keyContactQuietDays: number;
  milestoneLookaheadDays: number;
  closeSoonDays: number;
  /** A case without our reply becomes urgent after this many days. */
  replyDueDays: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  silentDays: 30,
  stalledDays: 30,
  repeatWindowDays: 180,
  repeatMinCount: 3,
  keyContactQuietDays: 90,
  milestoneLookaheadDays: 14,
  closeSoonDays: 7,
  replyDueDays: 2,
};

export interface FactOptions {
  now: Date;
  /** IANA zone for day boundaries; defaults to the user's zone in the context, then UTC. */
  timeZone?: string;
  thresholds?: Partial<Thresholds>;
}
