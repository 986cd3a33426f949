/** The identity URL, `/services/oauth2/userinfo` and the OpenID configuration. */
import type { Context, Hono } from 'hono';

import type { EmulatedOrg, EmulatedUser } from '../core/orgs';
import type { EmulatorCore, Session } from '../core/state';
import type { AuthState } from './auth-state';
import { hostName, orgsForLoginHost } from './hosts';

/** Resource URLs with Salesforce's literal `{version}` placeholder. */
export function identityUrls(org: EmulatedOrg, user: EmulatedUser): Record<string, string> {
  const base = `https://${org.apiHost}`;
  const data = `${base}/services/data/v{version}`;
  const org15 = org.id.slice(0, 15);
  return {
    enterprise: `${base}/services/Soap/c/{version}/${org15}`,
    metadata: `${base}/services/Soap/m/{version}/${org15}`,
    partner: `${base}/services/Soap/u/{version}/${org15}`,
    rest: `${data}/`,
    sobjects: `${data}/sobjects/`,
    search: `${data}/search/`,
    query: `${data}/query/`,
    recent: `${data}/recent/`,
    tooling_soap: `${base}/services/Soap/T/{version}/${org15}`,
    tooling_rest: `${data}/tooling/`,
    profile: `${base}/${user.id}`,
    feeds: `${data}/chatter/feeds`,
    groups: `${data}/chatter/groups`,
    users: `${data}/chatter/users`,
    feed_items: `${data}/chatter/feed-items`,
    feed_elements: `${data}/chatter/feed-elements`,
    custom_domain: base,
  };
}

/** Offset of the user's time zone now, in milliseconds, as Salesforce's `utcOffset`. */
function utcOffset(timeZone: string, at: Date): number {
  const local = new Date(at.toLocaleString('en-US', { timeZone }));
  const utc = new Date(at.toLocaleString('en-US', { timeZone: 'UTC' }));
  return local.getTime() - utc.getTime();
}

export function identityBody(session: Session, idUrl: string, now: Date) {
  const { org, user } = session;
  const photo = `https://${org.apiHost}/profilephoto/005/`;
  return {
    id: idUrl,
    asserted_user: true,
    user_id: user.id,
    organization_id: org.id,
    username: user.username,
    nick_name: user.username.split('@')[0],
    display_name: user.displayName,
    email: user.email,
    email_verified: true,
    first_name: user.firstName,
    last_name: user.lastName,
    timezone: user.timeZone,
    photos: { picture: `${photo}F`, thumbnail: `${photo}T` },
    urls: identityUrls(org, user),
    active: true,
    user_type: 'STANDARD',
    language: user.language,
    locale: user.locale,
    utcOffset: utcOffset(user.timeZone, now),
    last_modified_date: '2026-01-05T09:30:00.000+0000',
    is_app_installed: true,
  };
}

/** The OpenID Connect shape: `sub`, `preferred_username` and `name` instead of `username`. */
export function userinfoBody(session: Session, idUrl: string, now: Date) {
  const identity = identityBody(session, idUrl, now);
  return {
    sub: idUrl,
    user_id: identity.user_id,
    organization_id: identity.organization_id,
    preferred_username: identity.username,
    nickname: identity.nick_name,
    name: identity.display_name,
    email: identity.email,
    email_verified: true,
    given_name: identity.first_name,
    family_name: identity.last_name,
    zoneinfo: identity.timezone,
    photos: identity.photos,
    profile: identity.urls.profile,
    picture: identity.photos.picture,
    urls: identity.urls,
    active: true,
    user_type: identity.user_type,
    language: identity.language,
    locale: identity.locale,
    utcOffset: identity.utcOffset,
    updated_at: identity.last_modified_date,
    is_app_installed: true,
  };
}

export function mountIdentity(app: Hono, core: EmulatorCore, auth: AuthState): void {
  /** Salesforce answers a bad or missing token here with plain text, not JSON. */
  const bearer = (c: Context): Session | Response => {
    const header = /^(?:Bearer|OAuth)\s+(.+)$/i.exec(c.req.header('authorization') ?? '');
    const token = header?.[1] ?? c.req.query('oauth_token');
    if (!token) return c.text('Missing_OAuth_Token', 403);
    return auth.sessions.resolveAccessToken(token) ?? c.text('Bad_OAuth_Token', 403);
  };

  app.get('/id/:orgId/:userId', (c) => {
    const host = hostName(c.req.header('host'));
    if (orgsForLoginHost(core.orgs, host).length === 0) return c.notFound();

    const session = bearer(c);
    if (session instanceof Response) return session;
    const same = (a: string, b: string) => a.slice(0, 15) === b.slice(0, 15);
    if (
      !same(c.req.param('orgId'), session.org.id) ||
      !same(c.req.param('userId'), session.user.id)
    )
      return c.text('Bad_Id', 403);

    const idUrl = `https://${host}/id/${session.org.id}/${session.user.id}`;
    return c.json(identityBody(session, idUrl, core.clock.now()));
  });

  app.on(['GET', 'POST'], '/services/oauth2/userinfo', (c) => {
    const host = hostName(c.req.header('host'));
    if (orgsForLoginHost(core.orgs, host).length === 0) return c.notFound();

    const session = bearer(c);
    if (session instanceof Response) return session;
    const idUrl = `https://${host}/id/${session.org.id}/${session.user.id}`;
    return c.json(userinfoBody(session, idUrl, core.clock.now()));
  });

  app.get('/.well-known/openid-configuration', (c) => {
    const host = hostName(c.req.header('host'));
    if (orgsForLoginHost(core.orgs, host).length === 0) return c.notFound();

    const base = `https://${host}`;
    return c.json({
      issuer: base,
      authorization_endpoint: `${base}/services/oauth2/authorize`,
      token_endpoint: `${base}/services/oauth2/token`,
      revocation_endpoint: `${base}/services/oauth2/revoke`,
      userinfo_endpoint: `${base}/services/oauth2/userinfo`,
      jwks_uri: `${base}/id/keys`,
      scopes_supported: [
        'id',
        'api',
        'web',
        'full',
        'chatter_api',
        'openid',
        'refresh_token',
        'offline_access',
        'profile',
        'email',
        'address',
        'phone',
      ],
      response_types_supported: ['code'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['RS256'],
      display_values_supported: ['page', 'popup', 'touch'],
      token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
      code_challenge_methods_supported: ['S256'],
      claims_supported: [
        'active',
        'address',
        'email',
        'email_verified',
        'family_name',
        'given_name',
        'is_app_installed',
        'language',
        'locale',
        'name',
        'nickname',
        'organization_id',
        'phone_number',
        'photos',
        'picture',
        'preferred_username',
        'profile',
        'sub',
        'updated_at',
        'urls',
        'user_id',
        'user_type',
        'zoneinfo',
      ],
    });
  });
}
