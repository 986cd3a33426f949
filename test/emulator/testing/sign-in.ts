/** Signs a demo user in through the real authorize and token endpoints, without the forms. */
import { EmulatorControl } from '../control/client';
import { demoOrgs } from '../core/orgs';
import { DEMO_CALLBACK, DEMO_CLIENT_ID } from '../oauth/apps';
import { makePkcePair } from '../oauth/pkce';
import type { TokenResponse } from '../oauth/session-store';
import type { RunningEmulator } from '../server';
import { sfRequest } from './https-client';

export interface SignInOptions {
  username: string;
  /** Where to sign in; the user's My Domain by default. */
  host?: string;
  clientId?: string;
  clientSecret?: string;
  redirectUri?: string;
  scope?: string;
}

export function authorizeUrl(
  host: string,
  params: {
    clientId?: string;
    redirectUri?: string;
    scope?: string;
    challenge?: string;
    state?: string;
    prompt?: string;
  },
): string {
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: params.clientId ?? DEMO_CLIENT_ID,
    redirect_uri: params.redirectUri ?? DEMO_CALLBACK,
    scope: params.scope ?? 'api refresh_token',
    state: params.state ?? 'test-state',
  });
  if (params.challenge) {
    query.set('code_challenge', params.challenge);
    query.set('code_challenge_method', 'S256');
  }

  if (params.prompt) query.set('prompt', params.prompt);
  return `https://${host}/services/oauth2/authorize?${query.toString()}`;
}

export async function signIn(
  emulator: RunningEmulator,
  opts: SignInOptions,
): Promise<TokenResponse> {
  const org = demoOrgs().find((o) => o.users.some((u) => u.username === opts.username));
  const host = opts.host ?? org?.apiHost ?? 'login.salesforce.com';
  const redirectUri = opts.redirectUri ?? DEMO_CALLBACK;
  const pkce = makePkcePair();
  await new EmulatorControl(emulator.controlUrl).autoLogin(opts.username, { once: true });

  const authorize = await sfRequest(
    emulator.port,
    authorizeUrl(host, { ...opts, redirectUri, challenge: pkce.challenge }),
  );
  const code = authorize.location ? new URL(authorize.location).searchParams.get('code') : null;
  if (!code)
    throw new Error(`Sign-in of ${opts.username} got no code (status ${authorize.status})`);

  const token = await sfRequest(emulator.port, `https://${host}/services/oauth2/token`, {
    form: {
      grant_type: 'authorization_code',
      code,
      client_id: opts.clientId ?? DEMO_CLIENT_ID,
      client_secret: opts.clientSecret,
      redirect_uri: redirectUri,
      code_verifier: pkce.verifier,
    },
  });
  if (token.status !== 200) throw new Error(`Token exchange answered ${token.status}`);
  return token.json<TokenResponse>();
}
