import { browser } from 'wxt/browser';

import { createLogger } from '@/lib/log/logger';
import { handle } from '@/lib/messaging/handlers';
import { ok } from '@/lib/result';
import {
  applySettingsPatch,
  optionsViewOf,
  type OptionsSettingsView,
} from '@/lib/settings/options-view';
import { readPolicy, type PolicyProblem } from '@/lib/settings/read-policy';
import { resolveEffective, type EffectiveSettings } from '@/lib/settings/resolve-effective';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings-model';
import { readUserSettings, userSettingsItem } from '@/lib/settings/user-settings-item';

const log = createLogger('settings');

/** The effective settings and what was wrong with the admin policy they were made from. */
export type SettingsSnapshot = EffectiveSettings & { problems: PolicyProblem[] };

type Listener = (snapshot: SettingsSnapshot) => void;

let current: Promise<SettingsSnapshot> | undefined;
let generation = 0;
let watching = false;
const listeners = new Set<Listener>();

/** No policy, a browser without managed storage, or a read error all mean "no policy". */
async function readManaged(): Promise<unknown> {
  try {
    return await browser.storage.managed.get();
  } catch (error) {
    log.debug('no managed policy could be read', error);
    return {};
  }
}

async function compute(): Promise<SettingsSnapshot> {
  const [raw, stored] = await Promise.all([readManaged(), userSettingsItem.getValue()]);
  const { policy, problems } = readPolicy(raw);
  if (problems.length) {
    log.warn(`the admin policy has problems with: ${problems.map((p) => p.key).join(', ')}`);
  }

  return { ...resolveEffective(DEFAULT_SETTINGS, readUserSettings(stored), policy), problems };
}

function refresh(): Promise<SettingsSnapshot> {
  const mine = ++generation;
  const next = compute();
  current = next;
  void next.then((snapshot) => {
    // A slower, older read must not overwrite what a newer one reported.
    if (mine !== generation) return;
    for (const listener of listeners) listener(snapshot);
  });
  return next;
}

function watch(): void {
  if (watching) return;
  watching = true;
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' || (area === 'local' && 'settings' in changes)) void refresh();
  });
}

/** Policy over user settings over defaults, kept current as either changes. */
export function getEffectiveSettings(): Promise<SettingsSnapshot> {
  watch();
  return current ?? refresh();
}

/** Called with the new snapshot after every change of policy or user settings. */
export function onEffectiveSettingsChanged(listener: Listener): () => void {
  watch();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function viewOf(snapshot: SettingsSnapshot, extensionId: string): OptionsSettingsView {
  return optionsViewOf(snapshot, snapshot.problems, {
    callbackUrl: browser.identity.getRedirectURL('oauth2'),
    extensionId,
  });
}

export function registerSettingsHandlers(extensionId: string): void {
  watch();

  handle(
    'optionsGetSettings',
    ['extension-page'],
    async () => viewOf(await getEffectiveSettings(), extensionId),
    extensionId,
  );

  handle(
    'optionsSaveSettings',
    ['extension-page'],
    async (patch) => {
      const before = await getEffectiveSettings();
      const stored = readUserSettings(await userSettingsItem.getValue());
      const applied = applySettingsPatch(stored, patch, before.locked);
      if (!applied.ok) return applied;

      await userSettingsItem.setValue(applied.value);
      return ok(viewOf(await refresh(), extensionId));
    },
    extensionId,
  );
}
