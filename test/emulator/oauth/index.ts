import type { Hono } from 'hono';

import type { EmulatorCore } from '../core/state';
import type { AuthState } from './auth-state';
import { mountAuthorize } from './authorize';
import { mountIdentity } from './identity';
import { mountTokenEndpoints } from './token-endpoint';

export { AuthState } from './auth-state';
export { SessionStore } from './session-store';

/** The OAuth server on login.salesforce.com, test.salesforce.com and every org's API host. */
export function mountOAuth(app: Hono, core: EmulatorCore, auth: AuthState): void {
  mountAuthorize(app, core, auth);
  mountTokenEndpoints(app, core, auth);
  mountIdentity(app, core, auth);
}
