import { ReviewScreen } from '@/components/review';
import { sendMessage } from '@/lib/messaging/protocol';
import type { ReviewState } from '@/lib/review-state';
import type { RecordContext } from '@/lib/salesforce/record-context';

import { useFormatOptions } from '../use-format-options';
import { useWindowId } from '../window-context';

/** The review screen over the background's change set: every decision goes back as a message. */
export function PanelReview({ review, context }: { review: ReviewState; context: RecordContext }) {
  const windowId = useWindowId();
  const format = useFormatOptions(context);

  return (
    <ReviewScreen
      changeSet={review.changeSet}
      object={context.object}
      recordFields={context.record.fields}
      policy={review.policy}
      environment={context.org.environment}
      orgName={context.org.name}
      recordName={context.record.name}
      validation={review.validation}
      {...(review.conflict ? { conflict: review.conflict } : {})}
      busy={review.busy}
      {...(review.problem ? { problem: review.problem } : {})}
      format={format}
      onDecide={(field, decision, editedValue) =>
        void sendMessage('panelReviewDecide', {
          windowId,
          field,
          decision,
          ...(editedValue !== undefined ? { editedValue } : {}),
        })
      }
      onAcceptAllValid={() => void sendMessage('panelReviewAcceptAll', { windowId })}
      onApprove={(typedConfirmation) =>
        void sendMessage('panelReviewApprove', {
          windowId,
          ...(typedConfirmation ? { typedConfirmation } : {}),
        })
      }
      onDiscard={() => void sendMessage('panelReviewDiscard', { windowId })}
    />
  );
}
