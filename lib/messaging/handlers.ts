import type { ExtensionMessage, GetDataType, GetReturnType } from '@webext-core/messaging';

import { createLogger } from '../log/logger';
import { messaging, type MessageName, type ProtocolMap } from './protocol';
import { classifySender, type SenderKind } from './sender';

const log = createLogger('messages');

export type HandlerContext = ExtensionMessage & { senderKind: SenderKind };

export type Handler<K extends MessageName> = (
  data: GetDataType<ProtocolMap[K]>,
  context: HandlerContext,
) => GetReturnType<ProtocolMap[K]> | Promise<GetReturnType<ProtocolMap[K]>>;

/**
 * Registers the one handler of a message, callable only by the sender kinds listed. A refused
 * sender gets an error and the handler never runs.
 */
export function handle<K extends MessageName>(
  name: K,
  allowed: readonly SenderKind[],
  handler: Handler<K>,
  extensionId: string,
): () => void {
  return messaging.onMessage(name, async (message) => {
    const senderKind = classifySender(message.sender, extensionId);
    if (!allowed.includes(senderKind)) {
      log.warn(`refused "${name}" from a ${senderKind} sender`);
      throw new Error(`Sofie refused "${name}": this part of the extension may not ask for it.`);
    }

    return handler(message.data, { ...message, senderKind });
  });
}
