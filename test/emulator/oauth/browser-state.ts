/**
 * What the browser side of sign-in remembers: authorize requests waiting for the login or consent
 * form, login cookies per host, which user approved which app, and the tests' automatic mode.
 */
import type { EmulatedUser } from '../core/orgs';
import { newOpaqueId } from './token-format';

export interface AuthorizeParams {
  responseType: string;
  clientId: string;
  redirectUri: string;
  scopes: string[] | undefined;
  state?: string;
  codeChallenge?: string;
  codeChallengeMethod?: string;
  prompt: string[];
  loginHint?: string;
}

export interface PendingAuthorize {
  id: string;
  host: string;
  params: AuthorizeParams;
  /** Set once the user has signed in. */
  user?: EmulatedUser;
}

export interface AutoLogin {
  username: string;
  approve: boolean;
  /** Only the next authorize, then cleared. */
  once: boolean;
}

export const SESSION_COOKIE = 'sid';

export class BrowserState {
  private pending = new Map<string, PendingAuthorize>();
  /** `host sid` → user. */
  private logins = new Map<string, EmulatedUser>();
  /** `username clientId` of approvals. */
  private consents = new Set<string>();
  private auto: AutoLogin | undefined;

  reset(): void {
    this.pending.clear();
    this.logins.clear();
    this.consents.clear();
    this.auto = undefined;
  }

  startPending(host: string, params: AuthorizeParams): PendingAuthorize {
    const entry = { id: newOpaqueId(), host, params };
    this.pending.set(entry.id, entry);
    return entry;
  }

  /** A pending request, only on the host that started it. */
  findPending(id: string | undefined, host: string): PendingAuthorize | undefined {
    const entry = id ? this.pending.get(id) : undefined;
    return entry?.host === host ? entry : undefined;
  }

  finishPending(id: string): void {
    this.pending.delete(id);
  }

  /** Records a login; the returned value goes in the host's session cookie. */
  login(host: string, user: EmulatedUser): string {
    const sid = newOpaqueId();
    this.logins.set(`${host} ${sid}`, user);
    return sid;
  }

  loggedIn(host: string, sid: string | undefined): EmulatedUser | undefined {
    return sid ? this.logins.get(`${host} ${sid}`) : undefined;
  }

  hasConsent(user: EmulatedUser, clientId: string): boolean {
    return this.consents.has(`${user.username} ${clientId}`);
  }

  recordConsent(user: EmulatedUser, clientId: string): void {
    this.consents.add(`${user.username} ${clientId}`);
  }

  /** Revoking an app's tokens also withdraws the approval, so the consent page shows again. */
  forgetConsents(username?: string): void {
    for (const key of this.consents)
      if (!username || key.startsWith(`${username} `)) this.consents.delete(key);
  }

  setAutoLogin(auto: AutoLogin | undefined): void {
    this.auto = auto;
  }

  autoLogin(): AutoLogin | undefined {
    return this.auto;
  }

  /** The automatic mode for this authorize; `once` clears it. */
  takeAutoLogin(): AutoLogin | undefined {
    const auto = this.auto;
    if (auto?.once) this.auto = undefined;
    return auto;
  }
}
