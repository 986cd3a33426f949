import { useEffect, useId, useState, type FormEvent } from 'react';

import type { ChatTurn } from '@/lib/chat/index';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging/protocol';

import { useWindowId } from '../window-context';
import { ChatTurnView } from './chat-turn';

/**
 * Questions about the record in view, answered by the background from what the panel shows. The
 * conversation lives in the background for the session, so it survives the panel being reopened.
 */
export function ChatBox({ recordId }: { recordId: string }) {
  const windowId = useWindowId();
  const inputId = useId();
  const [turns, setTurns] = useState<ChatTurn[]>([]);
  const [question, setQuestion] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();

  useEffect(() => {
    let current = true;
    void sendMessage('panelChatHistory', { windowId }).then((history) => {
      if (current) setTurns(history);
    });
    return () => {
      current = false;
    };
  }, [windowId, recordId]);

  const ask = async (event: FormEvent) => {
    event.preventDefault();
    const text = question.trim();
    if (!text || busy) return;

    setBusy(true);
    setProblem(undefined);
    try {
      const result = await sendMessage('panelChatAsk', { windowId, question: text });
      if (result.ok) setQuestion('');
      else setProblem(result.problem.message);
      setTurns(await sendMessage('panelChatHistory', { windowId }));
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="sofie-section sofie-chat" aria-labelledby="chat-title" data-section="chat">
      <h3 id="chat-title" className="slds-text-heading_small">
        {t('chatTitle')}
      </h3>
      {turns.length === 0 && <p className="sofie-muted">{t('chatHint')}</p>}
      <ol className="sofie-chat__turns" aria-live="polite" aria-label={t('chatConversation')}>
        {turns.map((turn, index) => (
          <ChatTurnView key={`${index}:${turn.at}`} turn={turn} recordId={recordId} />
        ))}
      </ol>
      {problem && (
        <p role="alert" className="sofie-chat__problem">
          {t('chatFailed', problem)}
        </p>
      )}
      <form className="sofie-chat__form" onSubmit={(event) => void ask(event)}>
        <label className="slds-form-element__label" htmlFor={inputId}>
          {t('chatLabel')}
        </label>
        <div className="sofie-chat__row">
          <input
            id={inputId}
            className="slds-input"
            type="text"
            maxLength={2000}
            autoComplete="off"
            value={question}
            onChange={(event) => setQuestion(event.target.value)}
            data-chat-input
          />
          <button
            type="submit"
            className="slds-button slds-button_brand"
            disabled={busy || !question.trim()}
            data-chat-send
          >
            {busy ? t('chatSending') : t('chatSend')}
          </button>
        </div>
      </form>
    </section>
  );
}
