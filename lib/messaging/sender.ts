import { SALESFORCE_HOST_PATTERNS } from '../manifest-hosts';

/**
 * Who sent a runtime message. Privileged handlers accept only our own extension pages (side panel,
 * options); the content script may only ask for the launcher's few actions; anything else, such as
 * another extension or a page, is refused before the handler runs.
 */
export type SenderKind = 'extension-page' | 'content-script' | 'foreign';

export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
}

const HOST_SUFFIXES = SALESFORCE_HOST_PATTERNS.map((pattern) =>
  pattern.replace('https://*.', '').replace('/*', ''),
);

export function isSalesforcePageUrl(url: string | undefined): boolean {
  if (!url) return false;

  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }

  if (parsed.protocol !== 'https:') return false;
  const host = parsed.hostname.toLowerCase();
  return HOST_SUFFIXES.some((suffix) => host.endsWith(`.${suffix}`));
}

export function classifySender(sender: SenderInfo, extensionId: string): SenderKind {
  if (sender.id !== extensionId) return 'foreign';

  const extensionOrigin = `chrome-extension://${extensionId}`;
  const url = sender.url ?? '';
  if (url === extensionOrigin || url.startsWith(`${extensionOrigin}/`)) return 'extension-page';

  if (sender.tab?.id !== undefined && isSalesforcePageUrl(url)) return 'content-script';
  return 'foreign';
}
