import { createContext, useContext } from 'react';

/** The browser window this panel sits in: actions act on the tab the panel follows there. */
export const WindowIdContext = createContext<number>(-1);

export function useWindowId(): number {
  return useContext(WindowIdContext);
}
