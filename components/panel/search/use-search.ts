import { useCallback, useEffect, useMemo, useState } from 'react';

import { sendMessage, type PanelSearchGroup } from '@/lib/messaging/protocol';
import type { Problem } from '@/lib/result';
import { MIN_TERM_LENGTH, type SearchHit } from '@/lib/salesforce/search';

import { useWindowId } from '../window-context';
import { SearchScheduler } from './search-scheduler';

type Answer = Awaited<ReturnType<typeof askBackground>>;

export type SearchPhase = 'idle' | 'short' | 'searching' | 'done' | 'problem';

export interface SearchState {
  term: string;
  phase: SearchPhase;
  groups: PanelSearchGroup[];
  /** Every hit in display order: the index the keyboard moves through. */
  hits: SearchHit[];
  problem: Problem | undefined;
  expanded: boolean;
  active: number;
}

const INITIAL: SearchState = {
  term: '',
  phase: 'idle',
  groups: [],
  hits: [],
  problem: undefined,
  expanded: false,
  active: -1,
};

async function askBackground(windowId: number, term: string, requestId: number) {
  try {
    return await sendMessage('panelSearch', { windowId, term, requestId });
  } catch (error) {
    return {
      ok: false as const,
      problem: {
        code: 'error',
        message: error instanceof Error ? error.message : String(error),
      } satisfies Problem,
    };
  }
}

/**
 * The search box's state: debounced searches of the followed tab's org, answers only for the
 * newest keystroke and only of this org (`orgId`), and the active result for the keyboard.
 */
export function useSearch(orgId: string) {
  const windowId = useWindowId();
  const [state, setState] = useState<SearchState>(INITIAL);

  const scheduler = useMemo(
    () =>
      new SearchScheduler<Answer>(
        (term, requestId) => askBackground(windowId, term, requestId),
        (answer) => setState((s) => afterAnswer(s, answer, orgId)),
      ),
    [windowId, orgId],
  );

  useEffect(() => () => void scheduler.cancel(), [scheduler]);

  const type = useCallback(
    (term: string) => {
      const long = [...term.trim()].length >= MIN_TERM_LENGTH;
      if (long) scheduler.type(term);
      else scheduler.cancel();
      setState((s) =>
        long
          ? { ...s, term, phase: 'searching', active: -1 }
          : { ...INITIAL, term, phase: term.trim() ? 'short' : 'idle' },
      );
    },
    [scheduler],
  );

  const setActive = useCallback(
    (index: number) => setState((s) => ({ ...s, expanded: s.hits.length > 0, active: index })),
    [],
  );

  const close = useCallback(() => setState((s) => ({ ...s, expanded: false, active: -1 })), []);

  const openRecord = useCallback(
    (hit: SearchHit, newTab: boolean) => {
      void sendMessage('panelOpenRecord', {
        windowId,
        objectApiName: hit.objectApiName,
        recordId: hit.id,
        newTab,
      });
      // Opening here shows the record below: get the list out of its way.
      if (!newTab) close();
    },
    [windowId, close],
  );

  return { state, type, setActive, close, openRecord };
}

function afterAnswer(state: SearchState, answer: Answer, orgId: string): SearchState {
  if (!answer.ok) {
    return { ...state, phase: 'problem', problem: answer.problem, expanded: false, active: -1 };
  }

  // The tab moved to another org while this search ran: its hits would open in the wrong org.
  if (answer.value.orgId !== orgId) return state;

  const groups = answer.value.groups;
  const hits = groups.flatMap((g) => g.hits);
  return {
    ...state,
    phase: 'done',
    problem: undefined,
    groups,
    hits,
    expanded: hits.length > 0,
    active: -1,
  };
}
