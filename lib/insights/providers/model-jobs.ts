import { createLogger } from '../../log/logger';
import type { RecordContext } from '../../salesforce/record-context';
import type { RecordInsights } from '../record-insights';

import { createOnDeviceProvider } from './on-device';
import { createOpenAiCompatibleProvider } from './openai-compatible';
import { buildGrounding } from './grounding';
import { runModelSummary, type ModelRun, type ModelRunUpdate } from './model-run';
import { modelLabelOf, type ModelTarget } from './target';
import type { SummariseOptions } from './types';

const log = createLogger('model-summary');

/** A record view a model is asked about; `seq` is the tracker's, to drop answers that come late. */
export interface ModelJob {
  windowId: number;
  seq: number;
  /** Org and record, as the controller keys its views. */
  key: string;
  context: RecordContext;
  insights: RecordInsights;
  target: ModelTarget;
  opts: SummariseOptions;
}

type Prepared = Pick<ModelRun, 'provider' | 'view'>;

/** The provider for a target, with what the panel shows about it before anything is sent. */
export function prepareProvider(job: ModelJob): Prepared | undefined {
  const { target } = job;
  if (target.kind === 'on-device') {
    return {
      provider: createOnDeviceProvider(),
      view: { provider: 'on-device', label: '' },
    };
  }

  if (target.kind !== 'openai-compatible') return undefined;

  // TODO [2027-03-31]: policy has no timeout or API key setting yet: the provider's 30 s default
  // applies and no key is sent (README, Known limitations).
  const provider = createOpenAiCompatibleProvider({ baseUrl: target.baseUrl, model: target.model });
  const payload = provider.previewPayload(job.context, job.insights.facts, job.opts);
  return {
    provider,
    view: {
      provider: 'openai-compatible',
      label: modelLabelOf(target),
      endpoint: target.url,
      payload: JSON.stringify(payload, null, 2),
    },
  };
}

interface Running {
  id: string;
  job: ModelJob;
  abort: AbortController;
}

const REMEMBERED = 20;
/** A failed answer is not asked again for this long, so a broken server is not hammered. */
const FAILURE_KEPT_MS = 60_000;

/**
 * Asks the model the policy chose about each record view, after the built-in summary is shown.
 * One request per window at a time: a new record cancels the last one, and the same record asked
 * again (a panel reconnecting) joins the request under way. A finished answer is kept for its
 * exact input, so seeing the record again asks nobody.
 */
export class ModelSummaries {
  private readonly running = new Map<number, Running>();
  private readonly answered = new Map<string, { update: ModelRunUpdate; at: number }>();

  constructor(
    private readonly publish: (job: ModelJob, update: ModelRunUpdate) => void,
    private readonly prepare: (job: ModelJob) => Prepared | undefined = prepareProvider,
    private readonly clock: () => number = Date.now,
  ) {}

  start(job: ModelJob): void {
    const earlier = this.running.get(job.windowId);
    if (job.target.kind === 'none') return this.stop(job.windowId);

    if (job.target.kind === 'no-endpoint') {
      this.stop(job.windowId);
      const view = { provider: 'openai-compatible', label: '' } as const;
      return this.publish(job, {
        view: { ...view, status: 'fallback', streamed: [], note: 'no-endpoint' },
        insights: job.insights,
      });
    }

    const id = inputId(job);
    if (earlier?.id === id) {
      // Same input: the answer under way is this view's answer too.
      earlier.job = job;
      return;
    }

    this.stop(job.windowId);
    const known = this.answered.get(id);
    const fresh = known && (known.update.view.status === 'done' || !this.expired(known.at));
    if (known && fresh) return this.publish(job, known.update);

    const prepared = this.prepare(job);
    if (!prepared) return;

    const running: Running = { id, job, abort: new AbortController() };
    this.running.set(job.windowId, running);
    void this.run(running, prepared);
  }

  private async run(running: Running, prepared: Prepared): Promise<void> {
    const { job, abort } = running;
    const final = await runModelSummary({
      ...prepared,
      context: job.context,
      insights: job.insights,
      opts: { ...job.opts, signal: abort.signal },
      progress: (update) => {
        if (!abort.signal.aborted) this.publish(running.job, update);
      },
    }).catch((error: unknown) => {
      log.warn('the model summary failed', error instanceof Error ? error.name : 'unknown');
      return undefined;
    });
    if (this.running.get(job.windowId) === running) this.running.delete(job.windowId);
    if (!final || abort.signal.aborted) return;

    log.debug('model summary', final.view.status, final.view.note ?? '');
    this.remember(running.id, final);
    this.publish(running.job, final);
  }

  private stop(windowId: number): void {
    this.running.get(windowId)?.abort.abort();
    this.running.delete(windowId);
  }

  private remember(id: string, update: ModelRunUpdate): void {
    this.answered.delete(id);
    this.answered.set(id, { update, at: this.clock() });
    const oldest = this.answered.keys().next().value;
    if (this.answered.size > REMEMBERED && oldest !== undefined) this.answered.delete(oldest);
  }

  private expired(at: number): boolean {
    return this.clock() - at > FAILURE_KEPT_MS;
  }
}

/** Everything the answer depends on: where it goes, what is sent, and the write policy. */
function inputId(job: ModelJob): string {
  const grounding = buildGrounding(job.context, job.insights.facts, job.opts);
  return JSON.stringify([job.key, job.target, grounding, job.opts.policy]);
}
