/**
 * Access and refresh tokens. Refresh tokens belong to a family (one sign-in); with rotation each
 * refresh replaces the family's current token, and presenting a replaced one revokes the family.
 */
import { fail, ok, type Result } from '../../../lib/result';
import type { Clock } from '../core/clock';
import type { EmulatedOrg, EmulatedUser } from '../core/orgs';
import type { Session, SessionResolver } from '../core/state';
import type { AppRegistry, ConnectedApp } from './apps';
import { oauthProblem, type OAuthProblem } from './errors';
import { newAccessToken, newRefreshToken, tokenSignature } from './token-format';

export interface Grant {
  org: EmulatedOrg;
  user: EmulatedUser;
  clientId: string;
  scopes: string[];
}

export interface TokenResponse {
  access_token: string;
  refresh_token?: string;
  signature: string;
  scope: string;
  instance_url: string;
  id: string;
  token_type: 'Bearer';
  issued_at: string;
}

interface AccessRecord extends Session {
  expiresAt: Date;
  familyId?: string;
  revoked: boolean;
}

interface Family extends Grant {
  id: string;
  createdAt: Date;
  current: string;
  revoked: boolean;
}

const EXPIRED_TOKEN = oauthProblem('invalid_grant', 'expired access/refresh token');

export class SessionStore implements SessionResolver {
  private access = new Map<string, AccessRecord>();
  private families = new Map<string, Family>();
  /** Every refresh token ever issued → its family, so rotated-out ones are recognised. */
  private refreshTokens = new Map<string, string>();
  private familySerial = 0;

  constructor(
    private readonly clock: Clock,
    private readonly apps: AppRegistry,
  ) {}

  reset(): void {
    this.access.clear();
    this.families.clear();
    this.refreshTokens.clear();
  }

  resolveAccessToken(token: string): Session | undefined {
    const record = this.access.get(token);
    if (!record || record.revoked || record.expiresAt <= this.clock.now()) return undefined;
    if (this.apps.get(record.clientId, record.org)?.blocked !== false) return undefined;
    return sessionOf(record);
  }

  /** Who a token belonged to, live or not: for the request log. */
  describeToken(token: string): Session | undefined {
    const record = this.access.get(token);
    return record ? sessionOf(record) : undefined;
  }

  /** The org a refresh token was issued in, so the caller can look up that org's app rules. */
  orgOfRefreshToken(token: string): EmulatedOrg | undefined {
    return this.familyOf(token)?.org;
  }

  /** Tokens for a fresh sign-in; a refresh token only with `refresh_token` or `offline_access`. */
  issue(grant: Grant, app: ConnectedApp, loginHost: string): TokenResponse {
    const wantsRefresh = grant.scopes.some((s) => s === 'refresh_token' || s === 'offline_access');
    let familyId: string | undefined;
    let refreshToken: string | undefined;
    if (wantsRefresh) {
      familyId = `F${++this.familySerial}`;
      refreshToken = newRefreshToken();
      this.families.set(familyId, {
        ...grant,
        id: familyId,
        createdAt: this.clock.now(),
        current: refreshToken,
        revoked: false,
      });
      this.refreshTokens.set(refreshToken, familyId);
    }

    return this.respond(grant, app, loginHost, familyId, refreshToken);
  }

  /** The refresh grant, after the token endpoint has checked the client. */
  refresh(
    token: string,
    clientId: string,
    loginHost: string,
    servesOrg: (org: EmulatedOrg) => boolean,
  ): Result<TokenResponse, OAuthProblem> {
    const family = this.familyOf(token);
    if (!family || family.revoked || !servesOrg(family.org)) return fail(EXPIRED_TOKEN);
    if (family.clientId !== clientId) return fail(EXPIRED_TOKEN);

    const app = this.apps.get(clientId, family.org);
    if (!app || app.blocked) return fail(EXPIRED_TOKEN);

    if (family.current !== token) {
      this.revokeFamily(family);
      return fail(EXPIRED_TOKEN);
    }

    const policy = app.refreshTokenPolicy;
    const age = this.clock.now().getTime() - family.createdAt.getTime();
    if (policy !== 'infinite' && age >= policy.expiresAfterSeconds * 1000) {
      this.revokeFamily(family);
      return fail(EXPIRED_TOKEN);
    }

    let rotated: string | undefined;
    if (app.refreshTokenRotation) {
      rotated = newRefreshToken();
      family.current = rotated;
      this.refreshTokens.set(rotated, family.id);
    }

    return ok(this.respond(family, app, loginHost, family.id, rotated));
  }

  /** RFC 7009 revocation: a refresh token takes its access tokens with it. */
  revokeToken(token: string): boolean {
    const access = this.access.get(token);
    if (access && !access.revoked) {
      access.revoked = true;
      return true;
    }

    const family = this.familyOf(token);
    if (!family || family.revoked) return false;
    this.revokeFamily(family);
    return true;
  }

  /** A reused authorization code revokes what it produced (RFC 6749 section 4.1.2). */
  revokeFamilyOfAccessToken(token: string): void {
    const record = this.access.get(token);
    if (!record) return;
    record.revoked = true;
    const family = record.familyId ? this.families.get(record.familyId) : undefined;
    if (family) this.revokeFamily(family);
  }

  /** Control API: access tokens (of one user, or all) stop working now. */
  expireAccessTokens(username?: string): number {
    const now = this.clock.now();
    let count = 0;
    for (const record of this.access.values()) {
      if (username && record.user.username !== username) continue;
      if (record.expiresAt > now) count++;
      record.expiresAt = now;
    }
    return count;
  }

  /** Control API: what an admin's "Revoke" in OAuth usage does. */
  revokeRefreshTokens(username?: string): number {
    let count = 0;
    for (const family of this.families.values()) {
      if (family.revoked || (username && family.user.username !== username)) continue;
      this.revokeFamily(family);
      count++;
    }
    return count;
  }

  private familyOf(token: string): Family | undefined {
    const id = this.refreshTokens.get(token);
    return id ? this.families.get(id) : undefined;
  }

  private revokeFamily(family: Family): void {
    family.revoked = true;
    for (const record of this.access.values())
      if (record.familyId === family.id) record.revoked = true;
  }

  private respond(
    grant: Grant,
    app: ConnectedApp,
    loginHost: string,
    familyId: string | undefined,
    refreshToken: string | undefined,
  ): TokenResponse {
    const issuedAt = this.clock.now();
    const accessToken = newAccessToken(grant.org.id);
    this.access.set(accessToken, {
      accessToken,
      org: grant.org,
      user: grant.user,
      clientId: grant.clientId,
      scopes: grant.scopes,
      issuedAt,
      expiresAt: new Date(issuedAt.getTime() + app.accessTokenLifetimeSeconds * 1000),
      familyId,
      revoked: false,
    });
    const id = `https://${loginHost}/id/${grant.org.id}/${grant.user.id}`;
    const issued = String(issuedAt.getTime());
    return {
      access_token: accessToken,
      ...(refreshToken ? { refresh_token: refreshToken } : {}),
      signature: tokenSignature(app.clientSecret, id, issued),
      scope: grant.scopes.join(' '),
      instance_url: `https://${grant.org.apiHost}`,
      id,
      token_type: 'Bearer',
      issued_at: issued,
    };
  }
}

function sessionOf(record: AccessRecord): Session {
  const { accessToken, org, user, clientId, scopes, issuedAt } = record;
  return { accessToken, org, user, clientId, scopes, issuedAt };
}
