/** `POST /services/oauth2/token` (authorization code and refresh grants) and `/revoke`. */
import type { Context, Hono } from 'hono';

import { fail, ok, type Result } from '../../../lib/result';
import type { EmulatedOrg } from '../core/orgs';
import type { EmulatorCore } from '../core/state';
import type { ConnectedApp } from './apps';
import type { AuthState } from './auth-state';
import { oauthErrorBody, oauthProblem, type OAuthProblem } from './errors';
import { hostName, orgsForLoginHost } from './hosts';
import type { TokenResponse } from './session-store';

type Form = Record<string, string | undefined>;

const BAD_CLIENT = oauthProblem('invalid_client', 'invalid client credentials');

/**
 * Secret rules: an app that requires a secret refuses a missing or wrong one; an app that does
 * not still refuses a wrong one.
 */
export function checkSecret(
  app: ConnectedApp,
  secret: string | undefined,
  required: boolean,
): OAuthProblem | undefined {
  if (secret === undefined) return required ? BAD_CLIENT : undefined;
  return secret === app.clientSecret ? undefined : BAD_CLIENT;
}

/** Form fields, with client credentials from HTTP Basic authentication when sent that way. */
async function readForm(c: Context): Promise<Form> {
  const body = await c.req.parseBody();
  const form: Form = {};
  for (const [key, value] of Object.entries(body))
    if (typeof value === 'string' && value !== '') form[key] = value;
  const basic = /^Basic\s+(.+)$/i.exec(c.req.header('authorization') ?? '');
  if (basic) {
    const [id, secret] = Buffer.from(basic[1]!, 'base64').toString('utf8').split(':');
    form.client_id ??= decodeURIComponent(id ?? '');
    form.client_secret ??= decodeURIComponent(secret ?? '');
  }

  return form;
}

export function tokenGrant(
  core: EmulatorCore,
  auth: AuthState,
  host: string,
  form: Form,
): Result<TokenResponse, OAuthProblem> {
  const grantType = form.grant_type;
  if (grantType !== 'authorization_code' && grantType !== 'refresh_token')
    return fail(oauthProblem('unsupported_grant_type', 'grant type not supported'));
  if (!form.client_id) return fail(oauthProblem('invalid_client_id', 'client identifier invalid'));

  const served = orgsForLoginHost(core.orgs, host);
  const serves = (org: EmulatedOrg) => served.some((o) => o.id === org.id);
  if (!auth.apps.get(form.client_id))
    return fail(oauthProblem('invalid_client_id', 'client identifier invalid'));

  if (grantType === 'refresh_token') {
    if (!form.refresh_token) return fail(oauthProblem('invalid_request', 'missing refresh token'));
    const org = auth.sessions.orgOfRefreshToken(form.refresh_token);
    const app = auth.apps.get(form.client_id, org)!;
    const secretProblem = checkSecret(app, form.client_secret, app.requireSecretForRefresh);
    if (secretProblem) return fail(secretProblem);
    return auth.sessions.refresh(form.refresh_token, form.client_id, host, serves);
  }

  if (!form.code) return fail(oauthProblem('invalid_request', 'missing required code parameter'));
  if (!form.redirect_uri) return fail(oauthProblem('invalid_request', 'missing redirect_uri'));
  const app = auth.apps.get(form.client_id, auth.codes.orgOfCode(form.code))!;
  const secretProblem = checkSecret(app, form.client_secret, app.requireSecretForWebServerFlow);
  if (secretProblem) return fail(secretProblem);

  const redeemed = auth.codes.redeem({
    code: form.code,
    clientId: form.client_id,
    redirectUri: form.redirect_uri,
    host,
    codeVerifier: form.code_verifier,
  });
  if (!redeemed.ok) {
    const reused = redeemed.problem.reusedAccessToken;
    if (reused) auth.sessions.revokeFamilyOfAccessToken(reused);
    return fail(oauthProblem(redeemed.problem.code, redeemed.problem.message));
  }

  const tokens = auth.sessions.issue(redeemed.value, app, host);
  auth.codes.markRedeemed(form.code, tokens.access_token);
  return ok(tokens);
}

export function mountTokenEndpoints(app: Hono, core: EmulatorCore, auth: AuthState): void {
  app.post('/services/oauth2/token', async (c) => {
    const host = hostName(c.req.header('host'));
    if (orgsForLoginHost(core.orgs, host).length === 0) return c.notFound();

    const result = tokenGrant(core, auth, host, await readForm(c));
    const noStore = { 'cache-control': 'no-cache,must-revalidate,max-age=0,no-store,private' };
    if (!result.ok) return c.json(oauthErrorBody(result.problem), 400, noStore);
    return c.json(result.value, 200, noStore);
  });

  /** Salesforce documents `unsupported_token_type` and `invalid_token`; the texts are ours. */
  const revoke = (c: Context, token: string | undefined) => {
    if (!token)
      return c.json(oauthErrorBody(oauthProblem('unsupported_token_type', 'missing token')), 400);
    if (!auth.sessions.revokeToken(token))
      return c.json(oauthErrorBody(oauthProblem('invalid_token', 'invalid token')), 400);
    return c.body(null, 200);
  };
  app.post('/services/oauth2/revoke', async (c) => revoke(c, (await readForm(c)).token));
  app.get('/services/oauth2/revoke', (c) => revoke(c, c.req.query('token')));
}
