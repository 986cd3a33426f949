import { useId } from 'react';

import { t } from '@/lib/i18n';

import type { ApproveBlock } from '@/lib/changes/approval';

export interface ApproveBarProps {
  block: ApproveBlock | undefined;
  busy: boolean;
  orgName: string;
  /** Undefined when the policy does not ask for the org's name. */
  typed: string | undefined;
  onType: (value: string) => void;
  onApprove: () => void;
  onDiscard: () => void;
}

/** Approve (with the org's name typed first when the policy asks) or discard the whole set. */
export function ApproveBar(props: ApproveBarProps) {
  const id = useId();
  const reasonId = `${id}-reason`;
  const reason = props.block === 'busy' ? undefined : props.block;

  return (
    <div className="sofie-review-approve">
      {props.typed !== undefined && (
        <div className="sofie-review-confirm">
          <label htmlFor={`${id}-confirm`} className="sofie-setting__label">
            {t('reviewConfirmLabel', props.orgName)}
          </label>
          <input
            id={`${id}-confirm`}
            className="sofie-input"
            data-confirm
            autoComplete="off"
            spellCheck={false}
            value={props.typed}
            disabled={props.busy}
            onChange={(e) => props.onType(e.target.value)}
          />
        </div>
      )}
      <div className="sofie-actions">
        <button
          type="button"
          className="sofie-button sofie-button--brand"
          data-action="approve"
          disabled={props.block !== undefined}
          aria-describedby={reason ? reasonId : undefined}
          onClick={props.onApprove}
        >
          {props.busy ? t('reviewWriting') : t('reviewApprove')}
        </button>
        <button
          type="button"
          className="sofie-button"
          data-action="discard"
          disabled={props.busy}
          onClick={props.onDiscard}
        >
          {t('reviewDiscard')}
        </button>
      </div>
      {reason && (
        <p id={reasonId} className="sofie-help" data-blocked={reason}>
          {t(`reviewBlocked_${reason}`)}
        </p>
      )}
    </div>
  );
}
