import { t } from '../i18n';
import { lastContact, mainContact, nextContact, owner } from './answers-people';
import { caseStatus, dealStatus, openItems, overdue, projectHealth, summary } from './answers-work';
import { isInstruction, matchIntent } from './intents';
import { prepareChange } from './prepare-change';
import type { ReplyInput } from './reply-input';
import { capabilities, replyInput } from './reply-input';
import type { ChatOptions, ChatReply, Intent } from './types';

/**
 * The built-in chat: answers a question about the record in view from its facts, without a
 * model. Deterministic for the same question, context, facts and `now`.
 */
/** "What's the status?" means the deal on an opportunity, the case on a case... */
function statusOf(input: ReplyInput): ChatReply {
  switch (input.context.object.name) {
    case 'Opportunity':
      return dealStatus(input);
    case 'Case':
    case 'Quality_Issue__c':
      return caseStatus(input);
    case 'Project__c':
      return projectHealth(input);
    default:
      return summary(input);
  }
}

const ANSWERS: Record<Intent, (input: ReplyInput) => ChatReply> = {
  help: () => ({
    kind: 'answer',
    intent: 'help',
    text: t('chatHelp', capabilities()),
    evidence: [],
  }),
  summary,
  lastContact,
  nextContact,
  open: openItems,
  mainContact,
  overdue,
  dealStatus,
  caseStatus,
  projectHealth,
  owner,
  status: statusOf,
};

export function answer(question: string, options: ChatOptions): ChatReply {
  const input = replyInput(options);
  if (isInstruction(question)) return prepareChange(input, question);

  const intent = matchIntent(question);
  if (!intent) {
    return {
      kind: 'unknown',
      text: t('chatCannotAnswer', capabilities()),
    };
  }

  return ANSWERS[intent](input);
}
