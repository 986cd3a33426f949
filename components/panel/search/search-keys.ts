/** What a key press in the search box does, from the state of the result list. */
export type SearchKeyAction =
  | { kind: 'move'; index: number }
  | { kind: 'open'; index: number; newTab: boolean }
  | { kind: 'close' }
  | { kind: 'clear' }
  | { kind: 'none' };

export interface SearchKeyState {
  expanded: boolean;
  /** Index of the active result, -1 for none. */
  active: number;
  count: number;
  hasTerm: boolean;
}

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/**
 * The ARIA combobox keys: the arrows move through the results (and open the list), Enter opens the
 * active result (Ctrl, Cmd or Shift: in a new tab), Escape closes the list and then clears the box.
 */
export function searchKeyAction(press: KeyPress, state: SearchKeyState): SearchKeyAction {
  const { expanded, active, count } = state;
  switch (press.key) {
    case 'ArrowDown':
      if (count === 0) return { kind: 'none' };
      return { kind: 'move', index: expanded ? (active + 1) % count : Math.max(active, 0) };
    case 'ArrowUp':
      if (count === 0) return { kind: 'none' };
      if (!expanded) return { kind: 'move', index: active >= 0 ? active : count - 1 };
      return { kind: 'move', index: active <= 0 ? count - 1 : active - 1 };
    case 'Enter':
      if (!expanded || active < 0 || active >= count) return { kind: 'none' };
      return {
        kind: 'open',
        index: active,
        newTab: press.ctrlKey || press.metaKey || press.shiftKey,
      };
    case 'Escape':
      if (expanded) return { kind: 'close' };
      return state.hasTerm ? { kind: 'clear' } : { kind: 'none' };
    default:
      return { kind: 'none' };
  }
}
