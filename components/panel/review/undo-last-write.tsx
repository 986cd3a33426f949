import { useState } from 'react';

import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging/protocol';

import { useWindowId } from '../window-context';

/**
 * Undo right after a write: the background prepares a change set with the previous values, which
 * then shows as the review screen and is written only when approved, like any other change.
 */
export function UndoLastWrite() {
  const windowId = useWindowId();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  const undo = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      const answer = await sendMessage('panelUndoLastWrite', { windowId });
      if (!answer.ok) setProblem(answer.problem.message);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button
        type="button"
        className="sofie-button"
        data-action="undo-write"
        disabled={busy}
        onClick={() => void undo()}
      >
        {t('panelUndoWrite')}
      </button>
      {problem && (
        <p role="alert" className="sofie-field-error" data-undo-problem>
          {problem}
        </p>
      )}
    </>
  );
}
