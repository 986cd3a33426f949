import { createLogger } from '@/lib/log/logger';

const log = createLogger('storage');

interface AccessLevelArea {
  setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void>;
}

/**
 * Keeps `storage.local` to the extension's own pages and worker: Chrome lets content scripts read
 * it by default, and Sofie's launcher never needs it. Browsers without the call keep their default;
 * nothing secret is stored there either way (tokens live in IndexedDB and session storage).
 */
export async function restrictToTrustedContexts(area: AccessLevelArea): Promise<boolean> {
  if (typeof area.setAccessLevel !== 'function') return false;
  try {
    await area.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
    return true;
  } catch (error) {
    log.debug('storage.local access level could not be set', error);
    return false;
  }
}
