import { useState, type FormEvent } from 'react';

import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging/protocol';

import { useWindowId } from '../window-context';

/** "Set stage to Negotiation and close date to end of next month": parsed, then reviewed. */
export function InstructionForm() {
  const windowId = useWindowId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | undefined>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    const result = await sendMessage('panelPrepareChange', {
      windowId,
      source: { kind: 'instruction', text },
    });
    if (result.ok) setText('');
    setProblem(result.ok ? undefined : result.problem.message);
  };

  return (
    <form
      className="sofie-section sofie-instruction"
      onSubmit={(e) => void submit(e)}
      data-section="instruction"
    >
      <label htmlFor="sofie-instruction" className="slds-form-element__label">
        {t('instructionLabel')}
      </label>
      <div className="sofie-instruction__row">
        <input
          id="sofie-instruction"
          className="slds-input"
          value={text}
          placeholder={t('instructionPlaceholder')}
          onChange={(e) => setText(e.target.value)}
          aria-describedby={problem ? 'sofie-instruction-problem' : undefined}
          aria-invalid={problem ? true : undefined}
        />
        <button
          type="submit"
          className="slds-button slds-button_neutral"
          data-action="prepare-instruction"
        >
          {t('instructionPrepare')}
        </button>
      </div>
      <p id="sofie-instruction-problem" role="status" className="sofie-problem__message">
        {problem}
      </p>
    </form>
  );
}
