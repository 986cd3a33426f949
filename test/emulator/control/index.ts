import type { Hono } from 'hono';

import type { EmulatorCore } from '../core/state';

/** The control API (loopback only, never a Salesforce host). */
export function mountControl(control: Hono, core: EmulatorCore): void {
  control.get('/health', (c) => c.json({ ok: true, orgs: core.orgs.map((o) => o.myDomain) }));
}
