import type { PageContext } from '../salesforce/page-context';
import { parsePageContext } from '../salesforce/page-context';

/**
 * Which page each browser window shows, fed by the background's tab and window events. Pure: no
 * browser API here, so every sequence of events can be tested. Each window has its own side panel,
 * so the state is per window; focus only says which window the user is in.
 */
export interface WindowPage {
  tabId: number;
  /** Undefined until the tab's URL is known. */
  url: string | undefined;
  /** Null on a page that is not an org's (or not known yet). */
  context: PageContext | null;
}

export interface PageChange {
  windowId: number;
  /** Rises with every change of this window's page: answers for an older seq are stale. */
  seq: number;
  page: WindowPage | undefined;
}

export type PageChangeListener = (change: PageChange) => void;

export interface TabTracker {
  activated(windowId: number, tabId: number): void;
  updated(tabId: number, url: string): void;
  removed(tabId: number): void;
  windowFocused(windowId: number | undefined): void;
  windowRemoved(windowId: number): void;
  current(windowId: number): WindowPage | undefined;
  focusedWindow(): number | undefined;
  seq(windowId: number): number;
  isCurrent(windowId: number, seq: number): boolean;
  /** Called only when a window's effective page changes; returns the unsubscribe function. */
  subscribe(listener: PageChangeListener): () => void;
}

interface WindowState {
  activeTabId: number | undefined;
  seq: number;
  key: string;
}

/**
 * What makes two pages "the same" for the panel: the org and the record, or without a record the
 * org and object. A different URL for the same record (view, edit, related list, 15 or 18
 * characters) is the same page.
 */
export function pageKey(context: PageContext | null | undefined): string {
  if (!context) return 'none';
  if (context.recordId) return `${context.apiHost}|record|${context.recordId}`;
  return `${context.apiHost}|object|${context.objectApiName ?? ''}`;
}

export function createTabTracker(
  parse: (url: string) => PageContext | null = parsePageContext,
): TabTracker {
  const tabUrls = new Map<number, { url: string; context: PageContext | null }>();
  const windows = new Map<number, WindowState>();
  const listeners = new Set<PageChangeListener>();
  let focused: number | undefined;

  const pageOf = (state: WindowState | undefined): WindowPage | undefined => {
    if (state?.activeTabId === undefined) return undefined;
    const known = tabUrls.get(state.activeTabId);
    return { tabId: state.activeTabId, url: known?.url, context: known?.context ?? null };
  };

  const windowState = (windowId: number): WindowState => {
    let state = windows.get(windowId);
    if (!state) {
      state = { activeTabId: undefined, seq: 0, key: 'none' };
      windows.set(windowId, state);
    }

    return state;
  };

  /** Recomputes a window's page and tells listeners when it is a different page. */
  const refresh = (windowId: number): void => {
    const state = windows.get(windowId);
    if (!state) return;
    const page = pageOf(state);
    const key = pageKey(page?.context);
    if (key === state.key) return;
    state.key = key;
    state.seq += 1;
    const change = { windowId, seq: state.seq, page };
    for (const listener of [...listeners]) listener(change);
  };

  const windowsShowing = (tabId: number): number[] =>
    [...windows.entries()].filter(([, s]) => s.activeTabId === tabId).map(([id]) => id);

  return {
    activated(windowId, tabId) {
      // A tab dragged to another window stops being the old window's page.
      for (const other of windowsShowing(tabId)) {
        if (other === windowId) continue;
        windowState(other).activeTabId = undefined;
        refresh(other);
      }

      windowState(windowId).activeTabId = tabId;
      refresh(windowId);
    },

    updated(tabId, url) {
      if (tabUrls.get(tabId)?.url === url) return;
      tabUrls.set(tabId, { url, context: parse(url) });
      windowsShowing(tabId).forEach(refresh);
    },

    removed(tabId) {
      tabUrls.delete(tabId);
      for (const windowId of windowsShowing(tabId)) {
        windowState(windowId).activeTabId = undefined;
        refresh(windowId);
      }
    },

    windowFocused(windowId) {
      // Chrome reports -1 (WINDOW_ID_NONE) when focus leaves the browser.
      focused = windowId === undefined || windowId < 0 ? undefined : windowId;
    },

    windowRemoved(windowId) {
      windows.delete(windowId);
      if (focused === windowId) focused = undefined;
    },

    current: (windowId) => pageOf(windows.get(windowId)),
    focusedWindow: () => focused,
    seq: (windowId) => windows.get(windowId)?.seq ?? 0,
    isCurrent: (windowId, seq) => (windows.get(windowId)?.seq ?? 0) === seq,

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
