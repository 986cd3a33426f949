export { answer } from './answer';
export {
  conversationKey,
  conversationsItem,
  createConversationStore,
  createSessionConversationStore,
} from './conversation-store';
export type {
  ChatTurn,
  ConversationSnapshot,
  ConversationStore,
  ConversationStoreOptions,
} from './conversation-store';
export { isInstruction, matchIntent } from './intents';
export { answerWithModel, buildChatMessages, CHAT_SYSTEM_PROMPT } from './model';
export type { ChatTurnForModel, ModelChatOptions } from './model';
export type { ChatOptions, ChatReply, Intent } from './types';
