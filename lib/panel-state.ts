import type { ModelSummaryView } from './insights/providers/model-run';
import type { RecordInsights } from './insights/record-insights';
import type { Problem } from './result';
import type { ReviewState } from './review-state';
import type { Environment, RecordContext } from './salesforce/record-context';
import type { SettingsProblem } from './settings/problem';

/**
 * What the background tells a window's side panel to show. The panel renders exactly this: it
 * never holds a token, and every state names what the person can do next.
 */
export interface PageSummary {
  url: string;
  surface: 'record' | 'object' | 'console' | 'setup' | 'classic' | 'visualforce' | 'other';
  apiHost: string;
  myDomain: string | undefined;
  environment: Environment;
  objectApiName: string | undefined;
  recordId: string | undefined;
}

export interface ConnectionSummary {
  key: string;
  orgId: string;
  orgName: string;
  username: string;
  displayName: string;
  myDomain: string | undefined;
  apiHost: string;
  environment: Environment;
  isSandbox: boolean;
}

export type MismatchReason =
  'sandbox-tab-production-connection' | 'production-tab-sandbox-connection' | 'other-org';

export interface RecordViewState {
  status: 'loading' | 'ready' | 'refreshing' | 'problem';
  /** The last good view of this record (shown while refreshing, or from cache at once). */
  context: RecordContext | undefined;
  /** Facts, summary and suggestions of `context`, built in the extension. */
  insights: RecordInsights | undefined;
  problem: Problem | undefined;
  /** The prepared change set of this record, when there is one. */
  review?: ReviewState;
  /** A short confirmation of the last action (e.g. "2 fields written"). */
  notice?: string;
  /** The policy's model summary: under way, done (merged into `insights`) or why it is not. */
  model?: ModelSummaryView;
}

export type PanelSnapshot =
  | { kind: 'no-salesforce-page' }
  | { kind: 'disabled' }
  | { kind: 'not-configured'; page: PageSummary | undefined }
  | { kind: 'not-connected'; page: PageSummary | undefined; onSalesforcePage: boolean }
  | {
      kind: 'mismatch';
      page: PageSummary;
      reason: MismatchReason;
      connections: ConnectionSummary[];
    }
  | { kind: 'reconnect'; page: PageSummary; connection: ConnectionSummary; problem: Problem }
  /** The admin's allow-list no longer includes this org: Sofie makes no call with it. */
  | {
      kind: 'not-allowed';
      page: PageSummary;
      connection: ConnectionSummary;
      problem: SettingsProblem;
    }
  | { kind: 'page'; page: PageSummary; connection: ConnectionSummary }
  | { kind: 'record'; page: PageSummary; connection: ConnectionSummary; view: RecordViewState };

export type PanelSnapshotKind = PanelSnapshot['kind'];
