import { findConnectionFor, type Connection } from '@/lib/auth/connections';
import { ModelSummaries, type ModelJob } from '@/lib/insights/providers/model-jobs';
import type { ModelSummaryView } from '@/lib/insights/providers/model-run';
import { buildInsights, type RecordInsights } from '@/lib/insights/record-insights';
import { createLogger } from '@/lib/log/logger';
import type { PageSummary, PanelSnapshot, RecordViewState } from '@/lib/panel-state';
import type { PageContext } from '@/lib/salesforce/page-context';
import type { RecordContext } from '@/lib/salesforce/record-context';
import type { TabTracker } from '@/lib/tabs/tab-tracker';

import { summarise, type Connections } from './connections';
import { pageSummary, signedOut } from './page-summary';
import type { PanelHub } from './panel-hub';
import type { RecordLoader } from './record-loader';
import { insightOptions, modelJob } from './insight-options';
import { getEffectiveSettings } from './settings';

const log = createLogger('panel');

interface RecordView {
  context: RecordContext;
  insights: RecordInsights;
  /** The policy's model summary of this view, when one was asked for. */
  model?: ModelSummaryView;
}
const GONE = new Set(['deleted', 'not-found', 'no-access', 'unsupported']);

/**
 * Decides what each window's panel shows, from the tab it follows, the settings and the
 * connections, and loads records. An answer that arrives after the user moved on is dropped: the
 * tracker's sequence number must still be current when it lands.
 */
export class PanelController {
  /** Last good view per org and record, shown at once when the record is seen again. */
  private readonly recent = new Map<string, RecordView>();
  private readonly models = new ModelSummaries(
    (job, update) => void this.modelAnswered(job, update),
  );
  private readonly loading = new Map<number, string>();
  /**
   * Record loads under way, per connection and record. A second request for the same record while
   * one is on the wire (a restarted worker learning its tab while the panel reconnects) waits for
   * it instead of asking Salesforce twice.
   */
  private readonly inflight = new Map<string, ReturnType<RecordLoader['load']>>();

  constructor(
    private readonly hub: PanelHub,
    private readonly tracker: TabTracker,
    private readonly connections: Connections,
    private readonly loader: RecordLoader,
  ) {}

  refreshAll(): void {
    for (const windowId of this.hub.openWindows()) void this.refresh(windowId, true);
  }

  async refresh(windowId: number, force = false): Promise<void> {
    if (!this.hub.openWindows().includes(windowId)) return;
    const seq = this.tracker.seq(windowId);
    const current = this.tracker.current(windowId);
    const context = current?.context ?? null;
    const publish = (snapshot: PanelSnapshot) => {
      if (this.tracker.isCurrent(windowId, seq)) this.hub.publish(windowId, snapshot);
    };

    if (!context) return publish({ kind: 'no-salesforce-page' });

    const settings = await getEffectiveSettings();
    const page = pageSummary(context);
    if (!settings.values.salesforceEnabled) return publish({ kind: 'disabled' });
    if (!settings.values.clientId) return publish({ kind: 'not-configured', page });

    const match = findConnectionFor(context, await this.connections.list());
    if (match.kind === 'none')
      return publish({ kind: 'not-connected', page, onSalesforcePage: true });
    if (match.kind === 'mismatch') {
      return publish({
        kind: 'mismatch',
        page,
        reason: match.reason,
        connections: match.connections.map(summarise),
      });
    }

    const connection = match.connection;
    const allowed = await this.connections.allowed(connection);
    if (!allowed.ok) {
      return publish({
        kind: 'not-allowed',
        page,
        connection: summarise(connection),
        problem: allowed.problem,
      });
    }

    if (!(await this.connections.isSignedIn(connection.key))) {
      return publish({
        kind: 'reconnect',
        page,
        connection: summarise(connection),
        problem: signedOut(),
      });
    }

    if (!context.recordId)
      return publish({ kind: 'page', page, connection: summarise(connection) });
    await this.loadRecord(windowId, seq, force, connection, context, page);
  }

  private async loadRecord(
    windowId: number,
    seq: number,
    force: boolean,
    connection: Connection,
    context: PageContext,
    page: PageSummary,
  ): Promise<void> {
    const key = `${connection.orgId}:${context.recordId}`;
    if (!force && this.loading.get(windowId) === `${key}#${seq}`) return;
    this.loading.set(windowId, `${key}#${seq}`);

    const summary = summarise(connection);
    const publish = (view: RecordViewState) => {
      if (this.tracker.isCurrent(windowId, seq))
        this.hub.publish(windowId, { kind: 'record', page, connection: summary, view });
    };

    const cached = this.recent.get(key);
    // A prepared change set stays on screen while the record refreshes under it.
    const review = cached ? await this.reviewOf(connection, cached.context) : undefined;
    publish({
      status: cached ? 'refreshing' : 'loading',
      context: cached?.context,
      insights: cached?.insights,
      problem: undefined,
      ...(review ? { review } : {}),
      ...(cached?.model ? { model: cached.model } : {}),
    });

    const result = await this.loadOnce(connection, context);
    if (this.loading.get(windowId) === `${key}#${seq}`) this.loading.delete(windowId);
    if (!result.ok) {
      log.debug('record load failed', result.problem.code);
      if (result.problem.code === 'signed-out') {
        if (this.tracker.isCurrent(windowId, seq)) {
          this.hub.publish(windowId, {
            kind: 'reconnect',
            page,
            connection: summary,
            problem: result.problem,
          });
        }
        return;
      }

      // A record that is gone or hidden is never shown from the cache again.
      if (GONE.has(result.problem.code)) this.recent.delete(key);
      publish({
        status: 'problem',
        context: undefined,
        insights: undefined,
        problem: result.problem,
      });
      return;
    }

    const insights = await this.insightsOf(result.value);
    this.recent.set(key, { context: result.value, insights });
    publish(await this.viewState(connection, result.value, insights));
    this.models.start(await modelJob({ windowId, seq, key, context: result.value, insights }));
  }

  /** A model's progress or answer, shown only while its record is still the one in view. */
  private async modelAnswered(
    job: ModelJob,
    update: { view: ModelSummaryView; insights: RecordInsights },
  ) {
    if (!this.tracker.isCurrent(job.windowId, job.seq)) return;
    if (this.recent.get(job.key)?.context !== job.context) return;

    this.recent.set(job.key, {
      context: job.context,
      insights: update.insights,
      model: update.view,
    });
    // A confirmation on screen (e.g. after a write) stays while the model's text arrives.
    const last = this.hub.last(job.windowId);
    await this.republish(job.windowId, last?.kind === 'record' ? last.view.notice : undefined);
  }

  private loadOnce(connection: Connection, context: PageContext): ReturnType<RecordLoader['load']> {
    const key = `${connection.key}:${context.recordId}`;
    const pending = this.inflight.get(key);
    if (pending) return pending;

    const load = this.loader
      .load(connection, context, new Date())
      .finally(() => this.inflight.delete(key));
    this.inflight.set(key, load);
    return load;
  }

  /** The last view of a record, for actions that work on it (change sets, hand-off). */
  recentView(orgId: string, recordId: string): RecordContext | undefined {
    return this.recent.get(`${orgId}:${recordId}`)?.context;
  }

  /**
   * The record the panel of a window shows now, with its insights and connection, or undefined
   * when it shows none (actions on "this record" use it, so they never act on another one).
   */
  async currentRecord(
    windowId: number,
  ): Promise<({ connection: Connection } & RecordView) | undefined> {
    const page = this.tracker.current(windowId)?.context;
    if (!page?.recordId) return undefined;
    const match = findConnectionFor(page, await this.connections.list());
    if (match.kind !== 'match') return undefined;
    if (!(await this.connections.allowed(match.connection)).ok) return undefined;
    const view = this.recent.get(`${match.connection.orgId}:${page.recordId}`);
    return view ? { connection: match.connection, ...view } : undefined;
  }

  /** Publishes the window's record view again (e.g. after its change set changed), without loading. */
  async republish(windowId: number, notice?: string): Promise<void> {
    const current = await this.currentRecord(windowId);
    const page = this.tracker.current(windowId)?.context;
    if (!current || !page) return this.refresh(windowId, true);
    const view = await this.viewState(
      current.connection,
      current.context,
      current.insights,
      notice,
      current.model,
    );
    this.hub.publish(windowId, {
      kind: 'record',
      page: pageSummary(page),
      connection: summarise(current.connection),
      view,
    });
  }

  /** Hook for the review service: adds the record's prepared change set to a view. */
  reviewOf: (connection: Connection, context: RecordContext) => Promise<RecordViewState['review']> =
    () => Promise.resolve(undefined);

  private async viewState(
    connection: Connection,
    context: RecordContext,
    insights: RecordInsights,
    notice?: string,
    model?: ModelSummaryView,
  ): Promise<RecordViewState> {
    const review = await this.reviewOf(connection, context);
    return {
      status: 'ready',
      context,
      insights,
      problem: undefined,
      ...(review ? { review } : {}),
      ...(notice ? { notice } : {}),
      ...(model ? { model } : {}),
    };
  }

  /** Replaces the cached view of a record (after a write re-read it) and republishes the window. */
  async replace(
    windowId: number,
    connection: Connection,
    context: RecordContext,
    notice?: string,
  ): Promise<void> {
    const insights = await this.insightsOf(context);
    const key = `${connection.orgId}:${context.record.ref.recordId}`;
    this.recent.set(key, { context, insights });
    const page = this.tracker.current(windowId)?.context;
    if (!page) return;
    const view = await this.viewState(connection, context, insights, notice);
    this.hub.publish(windowId, {
      kind: 'record',
      page: pageSummary(page),
      connection: summarise(connection),
      view,
    });
    const seq = this.tracker.seq(windowId);
    this.models.start(await modelJob({ windowId, seq, key, context, insights }));
  }

  private async insightsOf(context: RecordContext): Promise<RecordInsights> {
    const settings = await getEffectiveSettings();
    return buildInsights(context, insightOptions(settings.values));
  }
}
