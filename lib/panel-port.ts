import type { PanelSnapshot } from './panel-state';

/** The port a side panel opens to receive its window's snapshots. */
export const PANEL_PORT_NAME = 'sofie-panel';

export type PanelPortMessage =
  { type: 'subscribe'; windowId: number } | { type: 'snapshot'; snapshot: PanelSnapshot };
