import { setVerboseLogging } from '@/lib/log/logger';
import { preferencesItem } from '@/lib/storage/items';

/** Verbose logging follows the user's preference (policy joins in with the admin issue). */
export function startLogging(): void {
  void preferencesItem.getValue().then((prefs) => setVerboseLogging(prefs.verboseLogging));
  preferencesItem.watch((prefs) => setVerboseLogging(prefs.verboseLogging));
}
