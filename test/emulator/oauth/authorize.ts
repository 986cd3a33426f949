/**
 * `GET /services/oauth2/authorize` and the login and consent forms it leads to. Pending requests
 * stay on the server, keyed by a random id the forms carry in a hidden field.
 */
import type { Context, Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';

import type { EmulatedUser } from '../core/orgs';
import type { EmulatorCore } from '../core/state';
import type { AuthState } from './auth-state';
import {
  callbackProblem,
  callbackUrl,
  errorPageProblem,
  errorPageUrl,
  parseAuthorizeParams,
} from './authorize-checks';
import { SESSION_COOKIE, type PendingAuthorize } from './browser-state';
import { hostName, isGenericLoginHost, orgsForLoginHost } from './hosts';
import { BAD_CREDENTIALS, consentPage, errorPage, genericLoginRefused, loginPage } from './pages';

/** A form field as text; files and repeated fields count as empty. */
const field = (value: unknown) => (typeof value === 'string' ? value : '');

export function mountAuthorize(app: Hono, core: EmulatorCore, auth: AuthState): void {
  const userOf = (host: string, username: string) =>
    orgsForLoginHost(core.orgs, host)
      .flatMap((o) => o.users)
      .find((u) => u.username.toLowerCase() === username.trim().toLowerCase());
  const orgOf = (user: EmulatedUser) => core.orgs.find((o) => o.id === user.orgId)!;

  /** A login is refused when the org forbids the generic login hosts. */
  const loginRefusal = (host: string, user: EmulatedUser) => {
    const org = orgOf(user);
    return isGenericLoginHost(host) && auth.apps.orgSettings(org).preventGenericLogin
      ? genericLoginRefused(host, `https://${org.apiHost}`)
      : undefined;
  };

  const issueCode = (c: Context, pending: PendingAuthorize, user: EmulatedUser) => {
    const params = pending.params;
    const app = auth.apps.get(params.clientId, orgOf(user))!;
    const code = auth.codes.issue({
      org: orgOf(user),
      user,
      clientId: params.clientId,
      scopes: params.scopes ?? app.scopes,
      redirectUri: params.redirectUri,
      host: pending.host,
      codeChallenge: params.codeChallenge,
    });
    auth.browser.finishPending(pending.id);
    return c.redirect(callbackUrl(params, { code }), 302);
  };

  const deny = (c: Context, pending: PendingAuthorize) => {
    auth.browser.finishPending(pending.id);
    const values = { error: 'access_denied', error_description: 'end-user denied authorization' };
    return c.redirect(callbackUrl(pending.params, values), 302);
  };

  /** Once the user is known: the org's view of the app, then consent or a code. */
  const afterLogin = (
    c: Context,
    pending: PendingAuthorize,
    user: EmulatedUser,
    auto?: boolean,
  ) => {
    const params = pending.params;
    const app = auth.apps.get(params.clientId, orgOf(user));
    const pageProblem = errorPageProblem(app, params);
    if (pageProblem || !app) return c.redirect(errorPageUrl(pending.host, pageProblem!), 302);

    const problem = callbackProblem(app, params, user);
    if (problem) {
      auth.browser.finishPending(pending.id);
      const values = { error: problem.code, error_description: problem.message };
      return c.redirect(callbackUrl(params, values), 302);
    }

    pending.user = user;
    if (auto !== undefined) {
      if (!auto) return deny(c, pending);
      auth.browser.recordConsent(user, app.clientId);
      return issueCode(c, pending, user);
    }

    if (auth.browser.hasConsent(user, app.clientId) && !params.prompt.includes('consent'))
      return issueCode(c, pending, user);
    const scopes = params.scopes ?? app.scopes;
    return c.html(
      consentPage({
        pendingId: pending.id,
        appName: app.clientId,
        username: user.username,
        scopes,
      }),
    );
  };

  app.get('/services/oauth2/authorize', (c) => {
    const host = hostName(c.req.header('host'));
    const served = orgsForLoginHost(core.orgs, host);
    if (served.length === 0) return c.notFound();

    const params = parseAuthorizeParams(c.req.query());
    const myDomainOrg = isGenericLoginHost(host) ? undefined : served[0];
    const appDef = auth.apps.get(params.clientId, myDomainOrg);
    const pageProblem = errorPageProblem(appDef, params);
    if (pageProblem || !appDef) return c.redirect(errorPageUrl(host, pageProblem!), 302);

    const problem = callbackProblem(appDef, params);
    if (problem) {
      const values = { error: problem.code, error_description: problem.message };
      return c.redirect(callbackUrl(params, values), 302);
    }

    const pending = auth.browser.startPending(host, params);
    const auto = auth.browser.takeAutoLogin();
    if (auto) {
      const user = userOf(host, auto.username);
      const refusal = user ? loginRefusal(host, user) : BAD_CREDENTIALS;
      if (!user || refusal)
        return c.html(
          loginPage({ pendingId: pending.id, username: auto.username, error: refusal }),
        );
      return afterLogin(c, pending, user, auto.approve);
    }

    const forceLogin = params.prompt.includes('login') || params.prompt.includes('select_account');
    const known = forceLogin
      ? undefined
      : auth.browser.loggedIn(host, getCookie(c, SESSION_COOKIE));
    if (known && userOf(host, known.username)) return afterLogin(c, pending, known);
    return c.html(loginPage({ pendingId: pending.id, username: params.loginHint }));
  });

  app.post('/', async (c) => {
    const host = hostName(c.req.header('host'));
    if (orgsForLoginHost(core.orgs, host).length === 0) return c.notFound();

    const form = await c.req.parseBody();
    const pending = auth.browser.findPending(field(form.pending), host);
    if (!pending)
      return c.html(errorPage('invalid_request', 'login attempt expired, start again'), 400);

    const username = field(form.username);
    const user = userOf(host, username);
    if (!user || user.password !== field(form.pw))
      return c.html(loginPage({ pendingId: pending.id, username, error: BAD_CREDENTIALS }), 200);

    const refusal = loginRefusal(host, user);
    if (refusal) return c.html(loginPage({ pendingId: pending.id, username, error: refusal }));

    const sid = auth.browser.login(host, user);
    setCookie(c, SESSION_COOKIE, sid, {
      path: '/',
      secure: true,
      httpOnly: true,
      sameSite: 'None',
    });
    return afterLogin(c, pending, user);
  });

  app.post('/setup/secur/RemoteAccessAuthorizationPage.apexp', async (c) => {
    const host = hostName(c.req.header('host'));
    const form = await c.req.parseBody();
    const pending = auth.browser.findPending(field(form.pending), host);
    if (!pending?.user)
      return c.html(
        errorPage('invalid_request', 'authorization request expired, start again'),
        400,
      );

    if (form.decision !== 'approve') return deny(c, pending);
    auth.browser.recordConsent(pending.user, pending.params.clientId);
    return issueCode(c, pending, pending.user);
  });

  app.get('/setup/secur/RemoteAccessErrorPage.apexp', (c) =>
    c.html(errorPage(c.req.query('error') ?? '', c.req.query('error_description') ?? '')),
  );
}
