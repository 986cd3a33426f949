import { t } from '@/lib/i18n';
import type { PanelSnapshot } from '@/lib/panel-state';

import { HandEdit } from '../edit/hand-edit';
import { InstructionForm } from '../insights/instruction-form';
import { Suggestions } from '../insights/suggestions';
import { SummaryLenses } from '../insights/summary-lenses';
import { PanelReview } from '../review/panel-review';
import { UndoLastWrite } from '../review/undo-last-write';
import { ChatBox } from '../chat/chat-box';
import { ShareSection } from '../handoff/share-section';
import { Skeleton } from '../skeleton';
import { RecordHeader } from './record-header';
import { RecordProblem } from './record-problem';
import { KeyFields } from './key-fields';
import { RelatedLists } from './related-lists';
import { ShownRecordContext } from './shown-record';

type Snapshot = Extract<PanelSnapshot, { kind: 'record' }>;

/**
 * The record view. A record seen before shows its cached view at once and refreshes in place; a
 * problem (no access, deleted, limits, offline) replaces the view, never data of another record.
 */
export function RecordPanel({ snapshot }: { snapshot: Snapshot }) {
  const { view, page, connection } = snapshot;
  const context = view.context;
  const sameRecord = context?.record.ref.recordId === page.recordId;

  return (
    <div data-state="record" data-status={view.status} data-record-id={page.recordId}>
      {view.status === 'problem' && view.problem && (
        <RecordProblem problem={view.problem} page={page} connection={connection} />
      )}
      {view.status === 'loading' && !sameRecord && <Skeleton label={t('recordLoading')} />}
      {context && sameRecord && view.status !== 'problem' && (
        <ShownRecordContext.Provider value={context}>
          <article aria-labelledby="record-name">
            <RecordHeader context={context} refreshing={view.status === 'refreshing'} />
            <p
              role="status"
              className="sofie-notice"
              data-notice={view.notice ? 'shown' : undefined}
            >
              {view.notice}
            </p>
            {view.notice && !view.review && <UndoLastWrite />}
            {view.review ? (
              <PanelReview review={view.review} context={context} />
            ) : (
              view.insights && (
                <>
                  <SummaryLenses
                    insights={view.insights}
                    recordId={context.record.ref.recordId}
                    model={view.model}
                  />
                  <Suggestions insights={view.insights} context={context} />
                </>
              )
            )}
            <KeyFields context={context} />
            <HandEdit key={`edit:${context.record.ref.recordId}`} context={context} />
            {!view.review && <InstructionForm />}
            <RelatedLists context={context} />
            <ChatBox
              key={`chat:${context.record.ref.recordId}`}
              recordId={context.record.ref.recordId}
            />
            <ShareSection key={`share:${context.record.ref.recordId}`} />
          </article>
        </ShownRecordContext.Provider>
      )}
    </div>
  );
}
