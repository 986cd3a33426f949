import type { Hono } from 'hono';

import type { EmulatorCore } from '../core/state';
import { sfid } from '../core/ids';
import { orgForHost } from '../core/orgs';
import { mountPages, type PageRecord } from './pages';

const SEED_RECORDS: PageRecord[] = [
  { id: sfid('001', 1), objectApiName: 'Account', name: 'Acme Corporation' },
  { id: sfid('003', 1), objectApiName: 'Contact', name: 'Rose Gonzalez' },
  { id: sfid('006', 1), objectApiName: 'Opportunity', name: 'Acme - 200 Widgets' },
];

/** Placeholder until the REST API lands: only the fake Lightning pages. */
export function mountRest(app: Hono, core: EmulatorCore): void {
  mountPages(
    app,
    (host, id) =>
      orgForHost(core.orgs, host) || host.startsWith('login.') || host.startsWith('test.')
        ? SEED_RECORDS.find((r) => r.id === id || r.id.slice(0, 15) === id)
        : undefined,
    () => SEED_RECORDS,
  );
}
