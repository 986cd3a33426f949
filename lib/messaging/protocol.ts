import { defineExtensionMessaging } from '@webext-core/messaging';

import type { AuditEntry, AuditFilter } from '../audit/types';
import type { CheckResult } from '../auth/diagnostics';
import type { EditableFields } from '../changes/editable';
import type { ChatReply, ChatTurn } from '../chat/index';
import type { HandoffPreview, HandoffTarget } from '../handoff/index';
import type { ConnectionSummary } from '../panel-state';
import type { Problem, Result } from '../result';
import type { SearchGroup } from '../salesforce/search';
import type { OptionsSettingsView } from '../settings/options-view';
import type { SettingsProblem } from '../settings/problem';
import type { FieldErrors, SettingsPatch } from '../settings/validate-patch';
import type { WritePolicy } from '../settings/write-policy';

/**
 * Every message between the surfaces and the background, with its data and its answer. Each name
 * has exactly one handler, in the background; errors thrown there reach the caller. Names say the
 * direction: `panel*`, `options*`, `launcher*` are asked of the background by that surface.
 */
export interface ProtocolMap {
  /** Content script: the user clicked the launcher (a user gesture), so open the side panel. */
  launcherOpenPanel(): { opened: boolean };
  /** Side panel: sign in to the org of the tab (by its API host), optionally as a given user. */
  panelConnect(data: { apiHost: string; loginHint?: string }): Result<ConnectionSummary>;
  /** Side panel: open a record of the connected org in the followed tab, or a new tab. */
  panelOpenRecord(data: {
    windowId: number;
    objectApiName: string;
    recordId: string;
    newTab: boolean;
    field?: string;
  }): void;
  /**
   * Side panel: a change set from chosen suggestions or a typed instruction, shown for review.
   * Hand edits (`edits`: field → value) are added to the record's stored change set instead.
   */
  panelPrepareChange(data: {
    windowId: number;
    source:
      | { kind: 'suggestions'; fields: string[] }
      | { kind: 'instruction'; text: string }
      | { kind: 'edits'; values: Record<string, unknown> };
  }): Result<void>;
  /**
   * Side panel: the fields of the window's record the user may edit by hand, and the guardrails
   * to check values against. Answered from the loaded record view: no API request.
   */
  panelEditableFields(data: { windowId: number }): Result<EditableFields & { policy: WritePolicy }>;
  /** Side panel: accept, reject or edit one row of the record's change set. */
  panelReviewDecide(data: {
    windowId: number;
    field: string;
    decision: 'pending' | 'accepted' | 'rejected';
    editedValue?: unknown;
  }): void;
  panelReviewAcceptAll(data: { windowId: number }): void;
  panelReviewDiscard(data: { windowId: number }): void;
  /** Side panel: write the approved rows; the answer says what was written or why not. */
  panelReviewApprove(data: {
    windowId: number;
    typedConfirmation?: string;
  }): Result<{ written: string[] }, { code?: string; message: string; remedy?: string }>;
  /** Side panel: load the window's record again (after it failed: offline, API limit...). */
  panelRetryRecord(data: { windowId: number }): void;
  /**
   * Side panel: search the org of the followed tab (one API call). `requestId` comes back so the
   * panel can drop answers to older keystrokes; `orgId` says which org the hits belong to.
   */
  panelSearch(data: {
    windowId: number;
    term: string;
    requestId: number;
  }): Result<{ requestId: number; orgId: string; groups: PanelSearchGroup[] }, Problem>;
  /** Side panel: which hand-off targets the settings offer (web app set, allowed workflows). */
  panelHandoffTargets(): { webApp: boolean; workflows: string[] };
  /** Side panel: what a hand-off of the window's record would send, and where, before it is sent. */
  panelHandoffPreview(data: { windowId: number; target: HandoffTarget }): Result<HandoffPreview>;
  /** Side panel: hand the window's record on (copy text back, web app tab or workflow POST). */
  panelHandoff(data: { windowId: number; target: HandoffTarget }): Result<HandoffOutcome, Problem>;
  /** Side panel: ask Sofie about the window's record; the turn is kept for the session. */
  panelChatAsk(data: { windowId: number; question: string }): Result<ChatReply>;
  /** Side panel: this session's conversation about the window's record (empty when none). */
  panelChatHistory(data: { windowId: number }): ChatTurn[];
  /** Options: the connected orgs, with when each was connected. */
  optionsListConnections(): ConnectedOrg[];
  /** Options: sign in (to the configured auth base URL), optionally forcing the login form. */
  optionsConnect(data: { prompt?: 'login' }): Result<ConnectionSummary>;
  /** Options: revoke a connection at Salesforce and forget everything stored for it. */
  optionsDisconnect(data: { key: string }): void;
  /**
   * Options: the connection test (signs in like Connect, then checks the API); answers every check
   * in order and the text to copy for support, which never holds a token or secret.
   */
  optionsTestConnection(): ConnectionTestReport;
  /** Options: the checks of the running (or last) connection test so far, to show progress. */
  optionsTestProgress(): CheckResult[];
  /** Side panel or options: open the settings page. */
  openOptionsPage(): void;
  /** Options: the effective settings (client secret masked), their sources and policy problems. */
  optionsGetSettings(): OptionsSettingsView;
  /** Options: the audit log, newest first, as the background keeps it in IndexedDB. */
  optionsListAudit(data: { filter?: AuditFilter }): AuditEntry[];
  /**
   * Options: prepare the undo of an applied write as a change set waiting for review on its
   * record; the answer says where the record opens and which fields are left as they are.
   */
  optionsUndoAudit(data: {
    auditId: string;
  }): Result<{ recordUrl: string; recordName: string; refused: string[] }, Problem>;
  /** Side panel: prepare the undo of the last write to the window's record, shown for review. */
  panelUndoLastWrite(data: { windowId: number }): Result<{ refused: string[] }, Problem>;
  /** Options: validate and store a person's changes, all or nothing; locked keys are refused. */
  optionsSaveSettings(patch: SettingsPatch): Result<OptionsSettingsView, FieldErrors>;
}

/** A connection as the options page lists it. */
export interface ConnectedOrg extends ConnectionSummary {
  instanceName: string;
  /** Epoch milliseconds. */
  connectedAt: number;
  /** Why the admin's policy no longer lets Sofie use this connection, when it does not. */
  notAllowed?: SettingsProblem;
}

export interface ConnectionTestReport {
  results: CheckResult[];
  /** Plain text for a support ticket, redacted. */
  supportText: string;
}

/** A group of search hits with the object's label in the org's language. */
export interface PanelSearchGroup extends SearchGroup {
  label: string;
}

/** What a hand-off did: the text to copy, the HTTP status and answer, or the opened address. */
export interface HandoffOutcome {
  status?: number;
  responseText?: string;
  url?: string;
  text?: string;
}

export const messaging = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage } = messaging;
export type MessageName = keyof ProtocolMap;
