import type { Hono } from 'hono';

import type { EmulatorCore, Session, SessionResolver } from '../core/state';

/** Placeholder until the OAuth server lands: no sign-in, no sessions. */
export class SessionStore implements SessionResolver {
  resolveAccessToken(_token: string): Session | undefined {
    return undefined;
  }
}

export function mountOAuth(_app: Hono, _core: EmulatorCore): void {}
