import { sendMessage } from '@/lib/messaging/protocol';

import { LAUNCHER_CSS, LAUNCHER_ICON_SVG } from './launcher-style';

export const LAUNCHER_HOST_ID = 'sofie-launcher-host';

/**
 * A small button at the bottom right, in a shadow root so the page's styles
 * cannot restyle it. It holds nothing secret, so the page seeing it costs nothing. Returns the clean-up for when the extension reloads.
 */
export function mountLauncher(doc: Document, label: string): () => void {
  if (doc.getElementById(LAUNCHER_HOST_ID)) return () => undefined;

  const host = doc.createElement('div');
  host.id = LAUNCHER_HOST_ID;
  const shadow = host.attachShadow({ mode: 'open' });

  const style = doc.createElement('style');
  style.textContent = LAUNCHER_CSS;

  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'launcher';
  button.title = label;
  button.setAttribute('aria-label', label);
  button.innerHTML = LAUNCHER_ICON_SVG;
  button.addEventListener('click', () => {
    void sendMessage('launcherOpenPanel', undefined).catch(() => undefined);
  });

  shadow.append(style, button);
  doc.documentElement.append(host);
  return () => host.remove();
}
