/**
 * A stand-in for the OAuth server's sessions in data-plane tests: fixed tokens
 * (`fakeToken('acme', 'sales')`) stand for each demo user; anything else is no session.
 */
import { demoOrgs, type EmulatedOrg, type Profile } from '../core/orgs';
import type { Session, SessionResolver } from '../core/state';

export function fakeToken(myDomain: string, profile: Profile): string {
  return `fake-${myDomain}-${profile}`;
}

export class FakeSessions implements SessionResolver {
  private readonly sessions = new Map<string, Session>();

  constructor(orgs: EmulatedOrg[] = demoOrgs()) {
    for (const org of orgs) {
      for (const user of org.users) {
        const accessToken = fakeToken(org.myDomain, user.profile);
        this.sessions.set(accessToken, {
          accessToken,
          org,
          user,
          clientId: 'fake-client',
          scopes: ['api', 'refresh_token'],
          issuedAt: new Date(0),
        });
      }
    }
  }

  resolveAccessToken(token: string): Session | undefined {
    return this.sessions.get(token);
  }
}
