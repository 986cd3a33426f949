import type { ReactElement } from 'react';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import english from '../../public/_locales/en/messages.json';
import { messageFrom } from '../../scripts/locales';

/**
 * Component-test helpers (jsdom): render with React's own client and `act`, the English catalogue
 * behind `t()`, and input changes that React notices.
 */
export function useEnglishMessages(): void {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(messageFrom(english));
}

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Rendered {
  container: HTMLElement;
  rerender(ui: ReactElement): void;
  unmount(): void;
}

export function render(ui: ReactElement): Rendered {
  const container = document.createElement('div');
  document.body.append(container);
  let root: Root | undefined;
  act(() => {
    root = createRoot(container);
    root.render(ui);
  });

  return {
    container,
    rerender: (next) => act(() => root?.render(next)),
    unmount: () => {
      act(() => root?.unmount());
      container.remove();
    },
  };
}

export function click(element: Element | null): void {
  if (!(element instanceof HTMLElement)) throw new Error('Nothing to click');

  act(() => element.click());
}

/** Sets a value the way typing would, so React's change handler runs. */
export function changeValue(element: Element | null, value: string): void {
  if (!(
    element instanceof HTMLInputElement ||
    element instanceof HTMLSelectElement ||
    element instanceof HTMLTextAreaElement
  )) {
    throw new Error('Not a form control');
  }

  const prototype = Object.getPrototypeOf(element) as object;
  act(() => {
    // React watches the element's own `value`; only the prototype's setter looks like typing.
    Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(element, value);
    element.dispatchEvent(
      new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
    );
  });
}

export function submit(form: Element | null): void {
  if (!(form instanceof HTMLFormElement)) throw new Error('Not a form');

  act(() => form.requestSubmit());
}
