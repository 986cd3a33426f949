import type { Hono } from 'hono';

/**
 * Fake Salesforce UI pages at the real URL shapes. They behave like Lightning's single-page app:
 * links inside navigate with history.pushState, so the extension sees SPA navigation for real.
 */
export interface PageRecord {
  id: string;
  objectApiName: string;
  name: string;
}

export type RecordLookup = (host: string, id: string) => PageRecord | undefined;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function shell(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} | Salesforce</title>
<style>body{font-family:sans-serif;margin:0}header{background:#032d60;color:#fff;padding:8px 16px}main{padding:16px}a{margin-right:12px}</style>
</head><body><header>Salesforce (emulated)</header><main>${body}</main>
<script src="/__emulator/spa.js"></script></body></html>`;
}

/** The client side of the fake SPA: intercept same-origin links and push history instead. */
const SPA_SCRIPT = `
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[data-spa]');
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  history.pushState({}, '', link.getAttribute('href'));
  fetch(link.getAttribute('href'), { headers: { 'x-emulator-fragment': '1' } })
    .then((r) => r.text())
    .then((html) => { document.querySelector('main').innerHTML = html; document.title = document.querySelector('[data-title]')?.dataset.title ?? document.title; });
});
window.addEventListener('popstate', () => location.reload());
`;

function nav(links: PageRecord[]): string {
  const items = links
    .map(
      (r) =>
        `<a data-spa href="/lightning/r/${r.objectApiName}/${r.id}/view">${escapeHtml(r.name)}</a>`,
    )
    .join('');
  return `<nav aria-label="Records">${items}</nav>`;
}

function recordBody(record: PageRecord | undefined, links: PageRecord[]): string {
  const heading = record
    ? `<h1 data-title="${escapeHtml(record.name)}">${escapeHtml(record.name)}</h1><p>${record.objectApiName} ${record.id}</p>`
    : '<h1 data-title="Record">Record</h1><p>This record is not available.</p>';
  return heading + nav(links);
}

export function mountPages(
  app: Hono,
  lookup: RecordLookup,
  recent: (host: string) => PageRecord[],
): void {
  app.get('/__emulator/spa.js', (c) =>
    c.body(SPA_SCRIPT, 200, { 'content-type': 'text/javascript' }),
  );

  app.get('/lightning/r/:a/:b/:c?', (c) => {
    const host = c.req.header('host') ?? '';
    const id = /^[a-zA-Z0-9]{15,18}$/.test(c.req.param('b')) ? c.req.param('b') : c.req.param('a');
    const record = lookup(host, id);
    const body = recordBody(record, recent(host));
    if (c.req.header('x-emulator-fragment')) return c.html(body);
    return c.html(shell(record?.name ?? 'Record', body));
  });

  app.get('/lightning/*', (c) => {
    const host = c.req.header('host') ?? '';
    const body = `<h1 data-title="Home">Home</h1>${nav(recent(host))}`;
    if (c.req.header('x-emulator-fragment')) return c.html(body);
    return c.html(shell('Home', body));
  });
}
