import { describe, expect, it } from 'vitest';

import { searchKeyAction, type KeyPress, type SearchKeyState } from './search-keys';

const press = (key: string, over: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...over,
});

const open = (active: number, count = 3): SearchKeyState => ({
  expanded: true,
  active,
  count,
  hasTerm: true,
});

describe('searchKeyAction', () => {
  it('ArrowDown moves to the next result and wraps from the last to the first', () => {
    expect(searchKeyAction(press('ArrowDown'), open(-1))).toEqual({ kind: 'move', index: 0 });
    expect(searchKeyAction(press('ArrowDown'), open(1))).toEqual({ kind: 'move', index: 2 });
    expect(searchKeyAction(press('ArrowDown'), open(2))).toEqual({ kind: 'move', index: 0 });
  });

  it('ArrowUp moves to the previous result and wraps from the first to the last', () => {
    expect(searchKeyAction(press('ArrowUp'), open(2))).toEqual({ kind: 'move', index: 1 });
    expect(searchKeyAction(press('ArrowUp'), open(0))).toEqual({ kind: 'move', index: 2 });
    expect(searchKeyAction(press('ArrowUp'), open(-1))).toEqual({ kind: 'move', index: 2 });
  });

  it('an arrow on a closed list with results opens it on the first or last result', () => {
    const closed = { ...open(-1), expanded: false };

    expect(searchKeyAction(press('ArrowDown'), closed)).toEqual({ kind: 'move', index: 0 });
    expect(searchKeyAction(press('ArrowUp'), closed)).toEqual({ kind: 'move', index: 2 });
  });

  it('arrows do nothing without results', () => {
    expect(searchKeyAction(press('ArrowDown'), open(-1, 0))).toEqual({ kind: 'none' });
    expect(searchKeyAction(press('ArrowUp'), open(-1, 0))).toEqual({ kind: 'none' });
  });

  it('Enter opens the active result in the followed tab', () => {
    expect(searchKeyAction(press('Enter'), open(1))).toEqual({
      kind: 'open',
      index: 1,
      newTab: false,
    });
  });

  it('Ctrl, Cmd or Shift with Enter opens the active result in a new tab', () => {
    for (const modifier of ['ctrlKey', 'metaKey', 'shiftKey'] as const) {
      expect(searchKeyAction(press('Enter', { [modifier]: true }), open(0))).toEqual({
        kind: 'open',
        index: 0,
        newTab: true,
      });
    }
  });

  it('Enter without an active result, or with the list closed, opens nothing', () => {
    expect(searchKeyAction(press('Enter'), open(-1))).toEqual({ kind: 'none' });
    expect(searchKeyAction(press('Enter'), { ...open(1), expanded: false })).toEqual({
      kind: 'none',
    });
  });

  it('Escape closes an open list, then clears the box', () => {
    expect(searchKeyAction(press('Escape'), open(1))).toEqual({ kind: 'close' });
    expect(searchKeyAction(press('Escape'), { ...open(1), expanded: false })).toEqual({
      kind: 'clear',
    });
    expect(
      searchKeyAction(press('Escape'), { ...open(-1, 0), expanded: false, hasTerm: false }),
    ).toEqual({ kind: 'none' });
  });

  it('other keys are left to the text box', () => {
    expect(searchKeyAction(press('a'), open(1))).toEqual({ kind: 'none' });
    expect(searchKeyAction(press('Home'), open(1))).toEqual({ kind: 'none' });
  });
});
