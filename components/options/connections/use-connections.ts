import { sendMessage } from '@/lib/messaging/protocol';

import { createConnectionsStore } from './connections-store';

/** The options page's one connections store, talking to the background. */
export const useConnections = createConnectionsStore({
  list: () => sendMessage('optionsListConnections', undefined),
  connect: (prompt) => sendMessage('optionsConnect', prompt ? { prompt } : {}),
  disconnect: (key) => sendMessage('optionsDisconnect', { key }),
  test: () => sendMessage('optionsTestConnection', undefined),
  progress: () => sendMessage('optionsTestProgress', undefined),
});
