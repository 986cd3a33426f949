import { create } from 'zustand';

import type { CheckResult } from '@/lib/auth/diagnostics';
import type { ConnectedOrg, ConnectionTestReport } from '@/lib/messaging/protocol';
import type { Problem, Result } from '@/lib/result';
import type { ConnectionSummary } from '@/lib/panel-state';

/**
 * The "Connected orgs" part of the options page: its own small store, apart from the settings
 * store, because connecting and testing have nothing to do with a settings draft.
 */
export interface ConnectionsBackend {
  list(): Promise<ConnectedOrg[]>;
  connect(prompt?: 'login'): Promise<Result<ConnectionSummary>>;
  disconnect(key: string): Promise<void>;
  test(): Promise<ConnectionTestReport>;
  progress(): Promise<CheckResult[]>;
}

export interface ConnectionsState {
  orgs: ConnectedOrg[] | undefined;
  /** What runs now: a sign-in, a sign-in as another user, or the key being disconnected. */
  busy: 'connect' | 'connect-other' | { disconnecting: string } | undefined;
  problem: Problem | undefined;
  /** The org just disconnected, for the status line. */
  disconnected: string | undefined;
  testing: boolean;
  results: CheckResult[];
  supportText: string | undefined;
  load: () => Promise<void>;
  connect: (prompt?: 'login') => Promise<void>;
  disconnect: (key: string) => Promise<void>;
  runTest: () => Promise<void>;
}

const unexpected = (error: unknown): Problem => ({
  code: 'unexpected',
  message: error instanceof Error ? error.message : String(error),
});

const PROGRESS_EVERY_MS = 250;

export function createConnectionsStore(backend: ConnectionsBackend) {
  return create<ConnectionsState>()((set, get) => ({
    orgs: undefined,
    busy: undefined,
    problem: undefined,
    disconnected: undefined,
    testing: false,
    results: [],
    supportText: undefined,
    load: async () => {
      try {
        set({ orgs: await backend.list() });
      } catch (error) {
        set({ problem: unexpected(error) });
      }
    },
    connect: async (prompt) => {
      set({
        busy: prompt ? 'connect-other' : 'connect',
        problem: undefined,
        disconnected: undefined,
      });
      try {
        const result = await backend.connect(prompt);
        if (!result.ok) set({ problem: result.problem });
        await get().load();
      } catch (error) {
        set({ problem: unexpected(error) });
      } finally {
        set({ busy: undefined });
      }
    },
    disconnect: async (key) => {
      const org = get().orgs?.find((o) => o.key === key);
      set({ busy: { disconnecting: key }, problem: undefined, disconnected: undefined });
      try {
        await backend.disconnect(key);
        set({ disconnected: org ? `${org.orgName} (${org.username})` : key });
        await get().load();
      } catch (error) {
        set({ problem: unexpected(error) });
      } finally {
        set({ busy: undefined });
      }
    },
    runTest: async () => {
      set({ testing: true, results: [], supportText: undefined, problem: undefined });
      // The background runs the checks one by one; asking for what is done so far shows each as
      // it finishes, without a second channel next to the typed messages.
      const timer = setInterval(() => {
        void backend.progress().then(
          (results) => {
            if (get().testing && results.length > get().results.length) set({ results });
          },
          () => undefined,
        );
      }, PROGRESS_EVERY_MS);
      try {
        const report = await backend.test();
        set({ results: report.results, supportText: report.supportText });
        await get().load();
      } catch (error) {
        set({ problem: unexpected(error) });
      } finally {
        clearInterval(timer);
        set({ testing: false });
      }
    },
  }));
}

export type UseConnectionsStore = ReturnType<typeof createConnectionsStore>;
