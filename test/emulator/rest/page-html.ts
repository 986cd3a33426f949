/**
 * HTML of the fake Salesforce pages. Links carry `data-spa`: the page script swaps the main
 * content and pushes history like Lightning does, so the extension sees SPA navigation.
 */
export interface PageLink {
  href: string;
  label: string;
}

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function shell(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} | Salesforce</title>
<style>body{font-family:sans-serif;margin:0}header{background:#032d60;color:#fff;padding:8px 16px}main{padding:16px}nav a{margin-right:12px}dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px}</style>
</head><body><header>Salesforce (emulated)</header><main>${body}</main>
<script src="/__emulator/spa.js"></script></body></html>`;
}

/** The client side: intercept same-origin links, push history, fetch the fragment; one.app hashes. */
export const SPA_SCRIPT = `
const load = (href) => fetch(href, { headers: { 'x-emulator-fragment': '1' } })
  .then((r) => r.text())
  .then((html) => {
    document.querySelector('main').innerHTML = html;
    document.title = (document.querySelector('[data-title]')?.dataset.title ?? 'Salesforce') + ' | Salesforce';
  });
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[data-spa]');
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  history.pushState({}, '', link.getAttribute('href'));
  load(link.getAttribute('href'));
});
window.addEventListener('popstate', () => location.reload());
const oneApp = () => {
  const m = /^#\\/sObject\\/([a-zA-Z0-9]{15,18})\\/(view|edit)/.exec(location.hash);
  if (location.pathname === '/one/one.app' && m) load('/lightning/r/' + m[1] + '/' + m[2]);
};
window.addEventListener('hashchange', oneApp);
oneApp();
`;

export function nav(label: string, links: PageLink[]): string {
  if (links.length === 0) return '';
  const items = links
    .map((l) => `<a data-spa href="${escapeHtml(l.href)}">${escapeHtml(l.label)}</a>`)
    .join('');
  return `<nav aria-label="${escapeHtml(label)}">${items}</nav>`;
}

export function heading(title: string, subtitle: string): string {
  return `<h1 data-title="${escapeHtml(title)}">${escapeHtml(title)}</h1><p>${escapeHtml(subtitle)}</p>`;
}
