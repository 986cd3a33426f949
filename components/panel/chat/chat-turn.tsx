import type { ChatTurn } from '@/lib/chat/index';
import { t } from '@/lib/i18n';

import { EvidenceLink } from '../insights/evidence-link';

function shown(value: unknown): string {
  if (typeof value === 'string') return value || '—';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value === null || value === undefined ? '—' : JSON.stringify(value);
}

/** One line of the conversation: the question, or Sofie's answer with where it comes from. */
export function ChatTurnView({ turn, recordId }: { turn: ChatTurn; recordId: string }) {
  if (turn.role === 'user') {
    return (
      <li className="sofie-chat__turn sofie-chat__turn--user" data-chat-role="user">
        <span className="slds-assistive-text">{t('chatYou')}: </span>
        {turn.text}
      </li>
    );
  }

  const { reply } = turn;
  return (
    <li
      className="sofie-chat__turn sofie-chat__turn--sofie"
      data-chat-role="sofie"
      data-chat-kind={reply.kind}
    >
      <span className="slds-assistive-text">{t('chatSofie')}: </span>
      {reply.kind === 'answer' && reply.generated && (
        <span className="slds-badge sofie-chat__generated" data-generated>
          {t('chatGenerated')}
        </span>
      )}
      <p className="sofie-chat__text">{reply.text}</p>
      {reply.kind === 'answer' && reply.evidence.length > 0 && (
        <ul className="sofie-chat__evidence">
          {reply.evidence.map((evidence, index) => (
            <li key={`${evidence.recordId}:${evidence.field ?? ''}:${index}`}>
              <EvidenceLink evidence={evidence} recordId={recordId} />
            </li>
          ))}
        </ul>
      )}
      {reply.kind === 'prepare-change' && reply.changes.length > 0 && (
        <>
          <p className="sofie-muted">{t('chatProposals')}</p>
          <ul className="sofie-chat__proposals" data-chat-proposals>
            {reply.changes.map((change) => (
              <li key={change.field} data-field-proposal={change.field}>
                {change.label}: {shown(change.value)}
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}
