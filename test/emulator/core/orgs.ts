/**
 * The orgs and users the emulator serves (see docs/demo-org.md). Ids are real-looking 18-character
 * ids with valid checksums, made by `sfid` from a key prefix and a serial number.
 */
import { sfid } from './ids';

export type Profile = 'admin' | 'sales' | 'readonly';

export interface EmulatedUser {
  id: string;
  orgId: string;
  username: string;
  password: string;
  displayName: string;
  firstName: string;
  lastName: string;
  email: string;
  profile: Profile;
  language: string;
  locale: string;
  timeZone: string;
}

export interface EmulatedOrg {
  id: string;
  name: string;
  myDomain: string;
  isSandbox: boolean;
  /** What the Organization record's OrganizationType says. */
  organizationType: string;
  instanceName: string;
  /** `https://<apiHost>` is the token's instance_url. */
  apiHost: string;
  lightningHost: string;
  setupHost: string;
  /** The generic login host for this kind of org. */
  loginHost: 'login.salesforce.com' | 'test.salesforce.com';
  currencyIsoCode: string;
  users: EmulatedUser[];
}

export const DEMO_PASSWORD = 'Sofie-demo-1';

function users(orgId: string, domain: string, suffix: string, serial: number): EmulatedUser[] {
  const make = (n: number, profile: Profile, first: string, last: string, name: string) => ({
    id: sfid('005', serial + n),
    orgId,
    username: `${name}@${domain}${suffix}`,
    password: DEMO_PASSWORD,
    displayName: `${first} ${last}`,
    firstName: first,
    lastName: last,
    email: `${name}@${domain}`,
    profile,
    language: 'en_US',
    locale: 'en_US',
    timeZone: 'Europe/Berlin',
  });
  return [
    make(1, 'admin', 'Ada', 'Admin', 'admin'),
    make(2, 'sales', 'Sam', 'Seller', 'sales'),
    make(3, 'readonly', 'Vera', 'Viewer', 'viewer'),
  ];
}

function org(
  serial: number,
  name: string,
  myDomain: string,
  isSandbox: boolean,
  domain: string,
  suffix: string,
): EmulatedOrg {
  const id = sfid('00D', serial);
  const partition = isSandbox ? '.sandbox' : '';
  return {
    id,
    name,
    myDomain,
    isSandbox,
    organizationType: isSandbox ? 'Enterprise Edition' : 'Enterprise Edition',
    instanceName: isSandbox ? 'CS42' : 'EU45',
    apiHost: `${myDomain}${partition}.my.salesforce.com`,
    lightningHost: `${myDomain}${partition}.lightning.force.com`,
    setupHost: `${myDomain}${partition}.my.salesforce-setup.com`,
    loginHost: isSandbox ? 'test.salesforce.com' : 'login.salesforce.com',
    currencyIsoCode: 'EUR',
    users: users(id, domain, suffix, serial * 100),
  };
}

export function demoOrgs(): EmulatedOrg[] {
  return [
    org(1, 'Acme', 'acme', false, 'acme.example', ''),
    org(2, 'Acme UAT', 'acme--uat', true, 'acme.example', '.uat'),
    org(3, 'Globex', 'globex', false, 'globex.example', ''),
  ];
}

/** The org a host name belongs to (API, Lightning or setup host), if any. */
export function orgForHost(orgs: EmulatedOrg[], host: string): EmulatedOrg | undefined {
  const name = host.toLowerCase().replace(/:\d+$/, '');
  return orgs.find((o) => [o.apiHost, o.lightningHost, o.setupHost].includes(name));
}
