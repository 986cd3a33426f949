/** Seeds one org: its users and Organization row, then Acme's anchors or Globex's own data. */
import type { EmulatedOrg } from '../../core/orgs';
import type { DataStore } from '../store';
import { loadRecordedOrganization } from '../schema/recorded';
import { seedAnchors } from './anchors';
import { seedBulk } from './bulk';
import { SeedContext } from './context';
import { ACME_ACCOUNTS, GLOBEX_ACCOUNTS } from './names';

export { ANCHORS } from './anchors';

/** Globex's ids start here, so an Acme id never finds a Globex record. */
const GLOBEX_SERIAL_BASE = 5000;

export function seedOrg(store: DataStore, org: EmulatedOrg, seed: number): void {
  const globex = org.myDomain === 'globex';
  const s = new SeedContext(store, org, seed, globex ? GLOBEX_SERIAL_BASE : 0);
  for (const user of org.users) {
    store.insert(
      org.id,
      'User',
      {
        Username: user.username,
        FirstName: user.firstName,
        LastName: user.lastName,
        Email: user.email,
        Alias: user.firstName.slice(0, 1) + user.lastName.slice(0, 4),
        IsActive: true,
        TimeZoneSidKey: user.timeZone,
        LocaleSidKey: user.locale,
        LanguageLocaleKey: user.language,
        UserType: 'Standard',
        Title: { admin: 'System Administrator', sales: 'Account Executive', readonly: 'Analyst' }[
          user.profile
        ],
      },
      s.admin.id,
      user.id,
    );
  }
  const recorded = loadRecordedOrganization();
  delete recorded.attributes;
  store.insert(
    org.id,
    'Organization',
    {
      ...Object.fromEntries(
        store.schema
          .get('Organization')!
          .fields.map((f) => [f.name, (recorded[f.name] ?? null) as never]),
      ),
      Name: org.name,
      OrganizationType: org.organizationType,
      InstanceName: org.instanceName,
      IsSandbox: org.isSandbox,
      TimeZoneSidKey: 'Europe/Berlin',
      DefaultCurrencyIsoCode: org.currencyIsoCode,
      TrialExpirationDate: null,
      PrimaryContact: s.admin.displayName,
    },
    s.admin.id,
    org.id,
  );

  if (globex) {
    seedBulk(s, GLOBEX_ACCOUNTS);
    return;
  }
  seedAnchors(s, org.isSandbox);
  seedBulk(s, org.isSandbox ? [...ACME_ACCOUNTS.slice(0, -1), 'UAT Test Account'] : ACME_ACCOUNTS);
}
