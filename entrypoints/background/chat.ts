import {
  answer,
  answerWithModel,
  conversationKey,
  createSessionConversationStore,
  isInstruction,
  type ChatReply,
  type ChatTurn,
  type ChatTurnForModel,
  type ConversationStore,
} from '@/lib/chat/index';
import { t } from '@/lib/i18n';
import { createLogger } from '@/lib/log/logger';
import { handle } from '@/lib/messaging/handlers';
import { fail, ok } from '@/lib/result';
import type { Settings } from '@/lib/settings/settings-model';

import { bundleOf, NO_RECORD, type CurrentRecord, type RecordActionsDeps } from './current-record';
import { getEffectiveSettings } from './settings';

const log = createLogger('chat');

let conversations: Promise<ConversationStore & { saved(): Promise<void> }> | undefined;
const store = () => (conversations ??= createSessionConversationStore());

const keyOf = ({ connection, context }: CurrentRecord) =>
  conversationKey(connection.orgId, context.record.ref.recordId);

function forModel(turns: ChatTurn[]): ChatTurnForModel[] {
  return turns.map((turn) =>
    turn.role === 'user'
      ? { role: 'user', content: turn.text }
      : { role: 'assistant', content: turn.reply.text },
  );
}

/**
 * The built-in answer, or the configured model's when there is one. Instructions always go the
 * built-in way: they only prepare changes for review, and a model must not invent those.
 */
async function replyTo(
  question: string,
  current: CurrentRecord,
  earlier: ChatTurn[],
  settings: Settings,
): Promise<ChatReply> {
  const now = new Date();
  const useModel =
    settings.summaryProvider === 'openai-compatible' &&
    settings.summaryEndpoint !== '' &&
    !isInstruction(question);
  if (useModel) {
    const generated = await answerWithModel(
      question,
      bundleOf(current),
      { baseUrl: settings.summaryEndpoint, model: settings.summaryModel },
      { history: forModel(earlier) },
    );
    if (generated.ok) return generated.value;
    log.debug('the model gave no chat answer; using the built-in one', generated.problem.code);
  }

  return answer(question, {
    context: current.context,
    facts: current.insights.facts,
    summary: current.insights.summary,
    now,
  });
}

/** Forgets an org's conversations, in memory and in session storage, and waits for the write. */
export async function forgetConversationsOf(orgId: string): Promise<void> {
  const conversation = await store();
  conversation.clearOrg(orgId);
  await conversation.saved();
}

/** Chat about the record a window's panel shows; one conversation per record for the session. */
export function registerChatHandlers(extensionId: string, deps: RecordActionsDeps): void {
  const { controller } = deps;

  handle(
    'panelChatAsk',
    ['extension-page'],
    async ({ windowId, question }) => {
      const current = await controller.currentRecord(windowId);
      if (!current) return fail(NO_RECORD);
      const text = question.trim().slice(0, 2000);
      if (!text) return fail({ code: 'chat-empty', message: t('chatTypeQuestion') });

      const conversation = await store();
      const key = keyOf(current);
      const earlier = conversation.get(key);
      conversation.append(key, { role: 'user', text, at: new Date().toISOString() });
      const reply = await replyTo(text, current, earlier, (await getEffectiveSettings()).values);

      if (reply.kind === 'prepare-change' && reply.proposals.length > 0) {
        // An instruction becomes a change set that opens in review, like a suggestion.
        await deps.prepareChange(windowId, reply.proposals);
      }

      conversation.append(key, { role: 'sofie', reply, at: new Date().toISOString() });
      return ok(reply);
    },
    extensionId,
  );

  handle(
    'panelChatHistory',
    ['extension-page'],
    async ({ windowId }) => {
      const current = await controller.currentRecord(windowId);
      return current ? (await store()).get(keyOf(current)) : [];
    },
    extensionId,
  );
}
