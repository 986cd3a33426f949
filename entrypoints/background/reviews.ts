import { appendAudit, type AuditEntry, type AuditFieldChange, type AuditStatus } from '@/lib/audit';
import type { Connection } from '@/lib/auth/connections';
import { needsTypedConfirmation, writeBlockOf } from '@/lib/changes/approval';
import {
  approvedPayload,
  createChangeSet,
  decide,
  mergeAfterConflict,
  mergeChangeSets,
  sameValue,
  validateChangeSet,
  type ChangeSet,
  type Decision,
  type NewFieldChange,
  type Provenance,
  undoOfChangeSet,
} from '@/lib/changes';
import { t, tPlural } from '@/lib/i18n';
import { createLogger } from '@/lib/log/logger';
import { fail, ok, type Result } from '@/lib/result';
import { fieldErrorsOf } from '@/lib/salesforce-client/field-errors';
import type { ReviewProblem, ReviewState } from '@/lib/review-state';
import type { RecordContext } from '@/lib/salesforce/record-context';
import { writePolicyOf } from '@/lib/settings/write-policy';

import { addAuditTask } from './audit-task';
import { loadReview, removeReview, reviewKey, saveReview } from './change-set-store';
import type { Connections } from './connections';
import type { PanelController } from './panel-controller';
import { problemOf, type RecordLoader } from './record-loader';
import { getEffectiveSettings } from './settings';

const log = createLogger('reviews');

/**
 * Prepared change sets and the one way they reach Salesforce: every field reviewed, only the
 * approved fields sent, in one conditional PATCH on the record as it was when prepared. Guardrails
 * are enforced here, where the write is decided, whatever the panel shows.
 */
export class Reviews {
  private readonly transient = new Map<string, { busy: boolean; problem?: ReviewProblem }>();
  /** Change-set edits run one after another, so two quick clicks never overwrite each other. */
  private queue: Promise<unknown> = Promise.resolve();

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  constructor(
    private readonly connections: Connections,
    private readonly loader: RecordLoader,
    private readonly controller: PanelController,
  ) {
    controller.reviewOf = (connection, context) => this.state(connection, context);
  }

  async state(connection: Connection, context: RecordContext): Promise<ReviewState | undefined> {
    const key = reviewKey(connection.orgId, context.record.ref.recordId);
    const stored = await loadReview(key);
    if (!stored) return undefined;
    const policy = writePolicyOf(await getEffectiveSettings());
    const { results } = validateChangeSet(stored.changeSet, context.object, context.record, policy);
    const temp = this.transient.get(key);
    return {
      changeSet: stored.changeSet,
      validation: results,
      conflict: stored.conflict,
      problem: temp?.problem,
      busy: temp?.busy ?? false,
      policy,
      writeBlocked: writeBlockOf(policy, connection.environment),
      requireTypedConfirmation: needsTypedConfirmation(policy, connection.environment),
    };
  }

  /**
   * A new change set from suggestions or a typed instruction, replacing any earlier one; hand
   * edits (`merge`) are added to the record's stored change set instead.
   */
  async prepare(
    windowId: number,
    changes: NewFieldChange[],
    mode: 'replace' | 'merge' = 'replace',
  ): Promise<Result<void>> {
    const current = await this.controller.currentRecord(windowId);
    if (!current)
      return fail({
        code: 'no-record',
        message: t('reviewNotice_noRecord'),
      });
    if (!changes.length)
      return fail({ code: 'no-change', message: t('reviewNotice_nothingToChange') });

    // Picklist changes are validated against the record type's values: fetched now, once.
    const context = await this.loader.withRecordTypePicklists(
      current.connection,
      current.context,
      changes.map((c) => c.field),
      new Date(),
    );
    if (context !== current.context)
      await this.controller.replace(windowId, current.connection, context);

    const changeSet = createChangeSet(context, changes, {
      id: crypto.randomUUID(),
      now: new Date(),
    });
    const key = reviewKey(current.connection.orgId, current.context.record.ref.recordId);
    const stored = mode === 'merge' ? await loadReview(key) : undefined;
    await saveReview(
      key,
      stored
        ? { ...stored, changeSet: mergeChangeSets(stored.changeSet, changeSet) }
        : { changeSet },
    );
    this.transient.delete(key);
    await this.controller.republish(windowId);
    return ok(undefined);
  }

  async decide(
    windowId: number,
    field: string,
    decision: Decision,
    editedValue?: unknown,
  ): Promise<void> {
    await this.update(windowId, (cs) => decide(cs, field, decision, editedValue));
  }

  acceptAllValid(windowId: number): Promise<void> {
    return this.serial(() => this.acceptAll(windowId));
  }

  private async acceptAll(windowId: number): Promise<void> {
    const current = await this.controller.currentRecord(windowId);
    if (!current) return;
    const policy = writePolicyOf(await getEffectiveSettings());
    await this.update(windowId, (cs) => {
      const { results } = validateChangeSet(
        cs,
        current.context.object,
        current.context.record,
        policy,
      );
      return cs.changes.reduce(
        (acc, change, i) => (results[i]?.ok ? decide(acc, change.field, 'accepted') : acc),
        cs,
      );
    });
  }

  async discard(windowId: number): Promise<void> {
    const current = await this.controller.currentRecord(windowId);
    if (!current) return;
    const key = reviewKey(current.connection.orgId, current.context.record.ref.recordId);
    await removeReview(key);
    this.transient.delete(key);
    await this.controller.republish(windowId);
  }

  /** Writes the approved fields. Every outcome keeps the change set unless it was written. */
  approve(
    windowId: number,
    typedConfirmation: string | undefined,
  ): Promise<Result<{ written: string[] }, ReviewProblem>> {
    return this.serial(() => this.write(windowId, typedConfirmation));
  }

  private async write(
    windowId: number,
    typedConfirmation: string | undefined,
  ): Promise<Result<{ written: string[] }, ReviewProblem>> {
    const current = await this.controller.currentRecord(windowId);
    if (!current) return failed({ message: t('reviewNotice_openRecord') });
    const { connection, context } = current;
    const key = reviewKey(connection.orgId, context.record.ref.recordId);
    const stored = await loadReview(key);
    if (!stored) return failed({ message: t('reviewNotice_nonePrepared') });

    const policy = writePolicyOf(await getEffectiveSettings());
    const blocked = writeBlockOf(policy, connection.environment);
    if (blocked === 'writes-off') return this.refuse(windowId, key, t('reviewNotice_previewOnly'));
    if (blocked === 'production-off')
      return this.refuse(windowId, key, t('reviewNotice_productionOff'));
    if (
      needsTypedConfirmation(policy, connection.environment) &&
      typedConfirmation?.trim() !== connection.orgName
    ) {
      return this.refuse(windowId, key, t('reviewNotice_typeOrgName', connection.orgName));
    }

    const payload = approvedPayload(stored.changeSet, context.object, context.record, policy);
    const fields = Object.keys(payload);
    if (!fields.length) return this.refuse(windowId, key, t('reviewNotice_nothingValid'));

    this.transient.set(key, { busy: true });
    await this.controller.republish(windowId);
    const client = this.connections.client(connection);
    const answer = await client.update(context.object.name, context.record.ref.recordId, payload, {
      ifUnmodifiedSince: stored.changeSet.baseLastModifiedDate,
    });

    if (answer.ok && answer.value.kind === 'updated')
      return this.written(windowId, key, current, stored.changeSet, payload);
    if (answer.ok) return this.conflict(windowId, key, current, stored.changeSet, payload);

    let outcomeUnknown = false;
    if (answer.problem.kind === 'network') {
      // The request may have reached Salesforce: read the record to learn whether it was applied.
      const fresh = await this.loader.load(connection, pageOf(context), new Date());
      if (fresh.ok && fields.every((f) => sameValue(fresh.value.record.fields[f], payload[f]))) {
        return this.written(
          windowId,
          key,
          { ...current, context: fresh.value },
          stored.changeSet,
          payload,
          false,
        );
      }
      outcomeUnknown = !fresh.ok && answer.problem.requestMayHaveBeenSent !== false;
    }

    const problem = problemOf(answer.problem);
    const fieldErrors = fieldErrorsOf(answer.problem);
    const reviewProblem: ReviewProblem = {
      message: networkMessage(problem.message, answer.problem.kind === 'network', outcomeUnknown),
      // When the re-read showed nothing was written, "may or may not have been saved" is wrong.
      ...(problem.remedy && !(answer.problem.kind === 'network' && !outcomeUnknown)
        ? { remedy: problem.remedy }
        : {}),
      ...(Object.keys(fieldErrors).length ? { fieldErrors } : {}),
    };
    log.warn('write refused', answer.problem.errorCode);
    await this.audit(current, stored.changeSet, payload, {
      status: 'failed',
      errorCode: answer.problem.errorCode,
      message: answer.problem.message,
    });
    return this.refuse(windowId, key, reviewProblem);
  }

  private async written(
    windowId: number,
    key: string,
    current: { connection: Connection; context: RecordContext },
    changeSet: ChangeSet,
    payload: Record<string, unknown>,
    reread = true,
  ): Promise<Result<{ written: string[] }, ReviewProblem>> {
    const fields = Object.keys(payload);
    await removeReview(key);
    this.transient.delete(key);
    await this.audit(current, changeSet, payload, { status: 'applied' });
    const taskNote = await this.auditTask(current, changeSet, payload);

    let context = current.context;
    if (reread) {
      const fresh = await this.loader.load(current.connection, pageOf(context), new Date());
      if (fresh.ok) context = fresh.value;
    }

    await this.controller.replace(
      windowId,
      current.connection,
      context,
      [
        tPlural(
          fields.length,
          { one: 'reviewNotice_written_one', other: 'reviewNotice_written_other' },
          [String(fields.length)],
        ),
        taskNote,
      ]
        .filter(Boolean)
        .join(' '),
    );
    return ok({ written: fields });
  }

  /** The policy's optional Task on the record; undefined when all went well or none was asked. */
  private async auditTask(
    current: { connection: Connection; context: RecordContext },
    changeSet: ChangeSet,
    payload: Record<string, unknown>,
  ): Promise<string | undefined> {
    if (!(await getEffectiveSettings()).values.auditTaskOnWrite) return undefined;
    const { connection, context } = current;
    const now = new Date();
    return addAuditTask(this.connections.client(connection), {
      objectApiName: context.object.name,
      recordId: context.record.ref.recordId,
      approvedBy: connection.username,
      at: now.toISOString(),
      today: now.toLocaleDateString(
        'en-CA',
        context.user.timeZone ? { timeZone: context.user.timeZone } : {},
      ),
      fields: writtenFields(changeSet, payload),
      undo: undoOfChangeSet(changeSet.id) !== undefined,
    });
  }

  private async conflict(
    windowId: number,
    key: string,
    current: { connection: Connection; context: RecordContext },
    changeSet: ChangeSet,
    payload: Record<string, unknown>,
  ): Promise<Result<{ written: string[] }, ReviewProblem>> {
    await this.audit(current, changeSet, payload, {
      status: 'conflict',
      errorCode: 'PRECONDITION_FAILED',
      message: t('auditConflictMessage'),
    });
    const fresh = await this.loader.load(current.connection, pageOf(current.context), new Date());
    if (!fresh.ok) return this.refuse(windowId, key, t('reviewNotice_conflictUnreadable'));
    const merged = mergeAfterConflict(
      changeSet,
      fresh.value.record.fields,
      fresh.value.record.lastModifiedDate,
    );
    await saveReview(key, { changeSet: merged.changeSet, conflict: merged.fields });
    this.transient.set(key, {
      busy: false,
      problem: {
        message: t('reviewNotice_conflict'),
      },
    });
    await this.controller.replace(windowId, current.connection, fresh.value);
    return failed({ message: 'conflict' });
  }

  private async refuse(
    windowId: number,
    key: string,
    problem: string | ReviewProblem,
  ): Promise<Result<never, ReviewProblem>> {
    const value = typeof problem === 'string' ? { message: problem } : problem;
    this.transient.set(key, { busy: false, problem: value });
    await this.controller.republish(windowId);
    return failed(value);
  }

  private async update(windowId: number, change: (cs: ChangeSet) => ChangeSet): Promise<void> {
    const current = await this.controller.currentRecord(windowId);
    if (!current) return;
    const key = reviewKey(current.connection.orgId, current.context.record.ref.recordId);
    const stored = await loadReview(key);
    if (!stored) return;
    await saveReview(key, { ...stored, changeSet: change(stored.changeSet) });
    this.transient.delete(key);
    await this.controller.republish(windowId);
  }

  private async audit(
    current: { connection: Connection; context: RecordContext },
    changeSet: ChangeSet,
    payload: Record<string, unknown>,
    salesforce: { status: AuditStatus; errorCode?: string; message?: string },
  ): Promise<void> {
    const { connection, context } = current;
    const provenance = changeSet.changes.find((c) => c.field in payload)?.provenance;
    const undoOf = undoOfChangeSet(changeSet.id);
    await appendAudit({
      kind: undoOf ? 'undo' : 'write',
      at: new Date().toISOString(),
      orgId: connection.orgId,
      orgName: connection.orgName,
      environment: connection.environment,
      user: { id: connection.userId, username: connection.username },
      recordRef: {
        objectApiName: context.object.name,
        recordId: context.record.ref.recordId,
        name: context.record.name,
      },
      preparedBy: preparedByOf(provenance),
      approvedBy: connection.username,
      fields: writtenFields(changeSet, payload),
      salesforce,
      changeSetId: changeSet.id,
      ...(undoOf ? { undoOf } : {}),
    }).catch((error: unknown) => log.error('could not write the audit log', error));
  }
}

function preparedByOf(provenance: Provenance | undefined): AuditEntry['preparedBy'] {
  if (provenance?.kind === 'rule') return { kind: 'rule', detail: provenance.ruleId };
  if (provenance?.kind === 'undo') return { kind: 'undo', detail: provenance.auditId };

  return { kind: provenance?.kind ?? 'user', detail: provenance?.kind ?? 'user' };
}

/** After a network failure: known not written (re-read shows old values) or unknown. */
function networkMessage(message: string, network: boolean, unknown: boolean): string {
  if (!network) return message;

  return `${message} ${unknown ? t('writeOutcomeUnknown') : t('writeNotApplied')}`;
}

/** Each field that was sent, with the value it had when the change was prepared. */
function writtenFields(changeSet: ChangeSet, payload: Record<string, unknown>): AuditFieldChange[] {
  return changeSet.changes
    .filter((c) => c.field in payload)
    .map((c) => ({ field: c.field, label: c.label, before: c.baseValue, after: payload[c.field] }));
}

function pageOf(context: RecordContext) {
  return {
    apiHost: context.org.apiHost,
    myDomain: context.org.myDomain,
    environment: context.org.environment,
    surface: 'record' as const,
    pageUrl: '',
    objectApiName: context.object.name,
    recordId: context.record.ref.recordId,
  };
}

function failed(problem: ReviewProblem): { ok: false; problem: ReviewProblem } {
  return { ok: false, problem };
}
