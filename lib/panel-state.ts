/**
 * What the background tells a side panel to show. The panel renders exactly this and holds no
 * token or credential of any kind.
 */
export type PanelSnapshot =
  | { kind: 'not-connected'; tabUrl?: string; onSalesforcePage: boolean }
  | { kind: 'no-salesforce-page' };
