import { setVerboseLogging } from '@/lib/log/logger';

import { getEffectiveSettings, onEffectiveSettingsChanged } from './settings';

/** Verbose logging follows the effective setting: the admin's policy, else the user's choice. */
export function startLogging(): void {
  onEffectiveSettingsChanged((settings) => setVerboseLogging(settings.values.verboseLogging));
  void getEffectiveSettings().then((settings) => setVerboseLogging(settings.values.verboseLogging));
}
