import { sendMessage } from '@/lib/messaging/protocol';

import { createAuditStore } from './audit-store';

/** The options page's one audit store, talking to the background that owns the log. */
export const useAudit = createAuditStore({
  list: () => sendMessage('optionsListAudit', {}),
  undo: (auditId) => sendMessage('optionsUndoAudit', { auditId }),
});
