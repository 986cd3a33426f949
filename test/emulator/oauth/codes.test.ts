import { describe, expect, it } from 'vitest';

import { Clock } from '../core/clock';
import { demoOrgs } from '../core/orgs';
import { CODE_LIFETIME_MS, CodeStore, type Redemption } from './codes';
import { makePkcePair } from './pkce';

const org = demoOrgs()[0]!;
const user = org.users[0]!;

function setup() {
  const clock = new Clock();
  const codes = new CodeStore(clock);
  const pkce = makePkcePair();
  const code = codes.issue({
    org,
    user,
    clientId: 'App',
    scopes: ['api'],
    redirectUri: 'https://cb.example/oauth2',
    host: 'login.salesforce.com',
    codeChallenge: pkce.challenge,
  });
  const redemption: Redemption = {
    code,
    clientId: 'App',
    redirectUri: 'https://cb.example/oauth2',
    host: 'login.salesforce.com',
    codeVerifier: pkce.verifier,
  };
  return { clock, codes, code, redemption };
}

describe('authorization codes', () => {
  it('redeem once for the user they were issued to', () => {
    const { codes, code, redemption } = setup();

    const first = codes.redeem(redemption);
    if (first.ok) codes.markRedeemed(code, 'access-1');
    const second = codes.redeem(redemption);

    expect(first.ok && first.value.user.username).toBe(user.username);
    expect(second.ok).toBe(false);
    expect(!second.ok && second.problem).toMatchObject({
      code: 'invalid_grant',
      message: 'authentication failure',
      reusedAccessToken: 'access-1',
    });
  });

  it('expire after 15 minutes of emulator time', () => {
    const { clock, codes, redemption } = setup();

    clock.advance(CODE_LIFETIME_MS);
    const result = codes.redeem(redemption);

    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.message).toBe('expired authorization code');
  });

  it('are bound to the client, the host and the redirect URI', () => {
    const { codes, redemption } = setup();

    const otherClient = codes.redeem({ ...redemption, clientId: 'Other' });
    const otherHost = codes.redeem({ ...redemption, host: 'acme.my.salesforce.com' });
    const otherRedirect = codes.redeem({ ...redemption, redirectUri: 'https://cb.example/x' });

    expect(!otherClient.ok && otherClient.problem.code).toBe('invalid_grant');
    expect(!otherHost.ok && otherHost.problem.code).toBe('invalid_grant');
    expect(!otherRedirect.ok && otherRedirect.problem.code).toBe('redirect_uri_mismatch');
  });

  it('need the verifier matching their challenge', () => {
    const { codes, redemption } = setup();

    const wrong = codes.redeem({ ...redemption, codeVerifier: makePkcePair().verifier });
    const missing = codes.redeem({ ...redemption, codeVerifier: undefined });

    expect(!wrong.ok && wrong.problem.message).toBe('invalid code verifier');
    expect(!missing.ok && missing.problem.message).toBe('invalid code verifier');
    expect(codes.redeem(redemption).ok).toBe(true);
  });
});
