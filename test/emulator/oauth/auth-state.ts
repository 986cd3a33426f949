import type { Clock } from '../core/clock';
import { AppRegistry } from './apps';
import { BrowserState } from './browser-state';
import { CodeStore } from './codes';
import { SessionStore } from './session-store';

/** Everything the OAuth server keeps; the control API reaches it through here. */
export class AuthState {
  readonly apps = new AppRegistry();
  readonly sessions: SessionStore;
  readonly codes: CodeStore;
  readonly browser = new BrowserState();

  constructor(clock: Clock) {
    this.sessions = new SessionStore(clock, this.apps);
    this.codes = new CodeStore(clock);
  }

  reset(): void {
    this.apps.reset();
    this.sessions.reset();
    this.codes.reset();
    this.browser.reset();
  }
}
