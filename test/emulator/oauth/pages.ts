/** The sign-in pages: plain HTML with the element ids Salesforce's own pages use. */
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const STYLE =
  'body{font-family:sans-serif;background:#f3f3f3;margin:0}main{max-width:380px;margin:48px auto;' +
  'background:#fff;padding:24px;border-radius:4px}label,input,button{display:block;width:100%;' +
  'margin:6px 0}.error{color:#c23934}button{padding:8px}';

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

export const BAD_CREDENTIALS =
  "Please check your username and password. If you still can't log in, contact your Salesforce administrator.";

export function genericLoginRefused(host: string, myDomainUrl: string): string {
  return `You can't log in at ${host} because your company requires its own login page. Log in at ${myDomainUrl} instead.`;
}

export function loginPage(opts: { pendingId: string; username?: string; error?: string }): string {
  const error = opts.error
    ? `<div id="error" class="error" role="alert">${escapeHtml(opts.error)}</div>`
    : '';
  return page(
    'Login | Salesforce',
    `<h1>Salesforce</h1>${error}
<form method="post" action="/" id="login_form">
<input type="hidden" name="pending" value="${escapeHtml(opts.pendingId)}">
<label for="username">Username</label>
<input id="username" name="username" type="email" autocomplete="username" value="${escapeHtml(opts.username ?? '')}">
<label for="password">Password</label>
<input id="password" name="pw" type="password" autocomplete="current-password">
<button id="Login" type="submit">Log In</button>
</form>`,
  );
}

export function consentPage(opts: {
  pendingId: string;
  appName: string;
  username: string;
  scopes: string[];
}): string {
  const scopes = opts.scopes.map((s) => `<li>${escapeHtml(s)}</li>`).join('');
  return page(
    'Allow Access? | Salesforce',
    `<h1>Allow Access?</h1>
<p><strong>${escapeHtml(opts.appName)}</strong> is asking to:</p><ul>${scopes}</ul>
<p>Signed in as ${escapeHtml(opts.username)}</p>
<form method="post" action="/setup/secur/RemoteAccessAuthorizationPage.apexp">
<input type="hidden" name="pending" value="${escapeHtml(opts.pendingId)}">
<button id="oaapprove" name="decision" value="approve" type="submit">Allow</button>
<button id="oadeny" name="decision" value="deny" type="submit">Deny</button>
</form>`,
  );
}

export function errorPage(error: string, description: string): string {
  return page(
    'Error | Salesforce',
    `<h1>Remote Access Error</h1><p id="error">error=${escapeHtml(error)}</p>
<p id="error_description">error_description=${escapeHtml(description)}</p>`,
  );
}
