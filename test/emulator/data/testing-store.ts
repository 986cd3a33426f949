/** A seeded store on a fixed clock, and contexts for each Acme user, for the data-plane tests. */
import { Clock } from '../core/clock';
import { demoOrgs, type EmulatedOrg } from '../core/orgs';
import type { DataContext } from './context';
import { Schema } from './schema/schema';
import { DataStore } from './store';

export const TEST_NOW = '2026-12-03T10:15:00.000Z';

let schema: Schema | undefined;

export function testStore(): { store: DataStore; acme: EmulatedOrg; orgs: EmulatedOrg[] } {
  const clock = new Clock();
  clock.set(TEST_NOW);
  // Freeze the clock at TEST_NOW so dates in assertions do not drift while tests run.
  clock.now = () => new Date(TEST_NOW);
  const orgs = demoOrgs();
  schema ??= new Schema();
  return { store: new DataStore(schema, clock, orgs), acme: orgs[0]!, orgs };
}

export function contextFor(
  store: DataStore,
  org: EmulatedOrg,
  profile: 'admin' | 'sales' | 'readonly',
): DataContext {
  const user = org.users.find((u) => u.profile === profile)!;
  return { store, orgId: org.id, user, version: '62.0' };
}
