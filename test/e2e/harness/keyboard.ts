import type { SidePanel } from './side-panel';

type Key = 'Tab' | 'Enter' | 'Space';

const KEYS: Record<Key, { key: string; code: string; keyCode: number; text?: string }> = {
  Tab: { key: 'Tab', code: 'Tab', keyCode: 9 },
  Enter: { key: 'Enter', code: 'Enter', keyCode: 13, text: '\r' },
  Space: { key: ' ', code: 'Space', keyCode: 32, text: ' ' },
};

const SHIFT = 8;

/** One real key press in the panel (DevTools input events, as if typed on the keyboard). */
export async function press(panel: SidePanel, key: Key, options: { shift?: boolean } = {}) {
  const { key: name, code, keyCode, text } = KEYS[key];
  const common = {
    key: name,
    code,
    windowsVirtualKeyCode: keyCode,
    nativeVirtualKeyCode: keyCode,
    modifiers: options.shift ? SHIFT : 0,
  };
  await panel.command('Input.dispatchKeyEvent', {
    type: text ? 'keyDown' : 'rawKeyDown',
    ...common,
    ...(text ? { text, unmodifiedText: text } : {}),
  });
  await panel.command('Input.dispatchKeyEvent', { type: 'keyUp', ...common });
}

/** Text typed into the focused field, as a keyboard would insert it. */
export async function typeText(panel: SidePanel, text: string): Promise<void> {
  await panel.command('Input.insertText', { text });
}

export interface FocusInfo {
  /** A short description of the focused element, for failure messages. */
  name: string;
  /** Whether it shows a focus indicator (outline or focus ring shadow) now. */
  visible: boolean;
  matches: boolean;
}

const focusInfo = (selector: string) => `(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return { name: 'body', visible: false, matches: false };
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  const ring = style.boxShadow !== 'none';
  const name = el.tagName.toLowerCase() + (el.dataset.action ? '[' + el.dataset.action + ']' : '')
    + ' "' + (el.getAttribute('aria-label') || el.textContent || el.id).trim().slice(0, 40) + '"';
  return { name, visible: (outline || ring) && el.matches(':focus-visible'), matches: el.matches(${JSON.stringify(selector)}) };
})()`;

/** What has focus in the panel now, and whether a sighted keyboard user can see it. */
export function focused(panel: SidePanel, selector = '*'): Promise<FocusInfo> {
  return panel.evaluate<FocusInfo>(focusInfo(selector));
}

/**
 * Presses Tab (or Shift+Tab) until the element matching `selector` has focus, checking at every
 * stop that the focus is visible. Throws with the path taken when it is never reached.
 */
export async function tabTo(
  panel: SidePanel,
  selector: string,
  options: { shift?: boolean; max?: number } = {},
): Promise<FocusInfo[]> {
  const path: FocusInfo[] = [];
  for (let i = 0; i < (options.max ?? 80); i++) {
    await press(panel, 'Tab', options);
    const info = await focused(panel, selector);
    path.push(info);
    if (!info.visible) {
      throw new Error(`Focus is not visible on ${info.name} (path: ${names(path)})`);
    }

    if (info.matches) return path;
  }

  throw new Error(`Tab never reached ${selector} (path: ${names(path)})`);
}

function names(path: FocusInfo[]): string {
  return path.map((p) => p.name).join(' → ');
}
