/**
 * Connected apps: global definitions, per-org overrides and per-org login settings. The control
 * API changes them; `reset` returns to the seed.
 */
import { randomBytes } from 'node:crypto';

import type { EmulatedOrg, Profile } from '../core/orgs';

export type RefreshTokenPolicy = 'infinite' | { expiresAfterSeconds: number };

export interface ConnectedApp {
  clientId: string;
  clientSecret: string;
  requireSecretForWebServerFlow: boolean;
  requireSecretForRefresh: boolean;
  requirePkce: boolean;
  /** Compared exactly, like Salesforce. */
  callbackUrls: string[];
  scopes: string[];
  refreshTokenRotation: boolean;
  refreshTokenPolicy: RefreshTokenPolicy;
  permittedUsers: 'all' | 'admin-approved';
  /** Profiles allowed when `permittedUsers` is `admin-approved`. */
  approvedProfiles: Profile[];
  blocked: boolean;
  accessTokenLifetimeSeconds: number;
}

export interface OrgSettings {
  /** "Prevent login from https://login.salesforce.com" (or test.salesforce.com). */
  preventGenericLogin: boolean;
}

export const DEMO_CLIENT_ID = 'SofieDemoClientId';
export const DEMO_CALLBACK = 'https://oinnjcbdpaniieilaajcpkppjimmggla.chromiumapp.org/oauth2';
const DEMO_SCOPES = ['api', 'refresh_token', 'offline_access', 'id', 'openid', 'web'];

/** What a new connected app gets in Salesforce's setup unless the creator changes it. */
function newApp(clientId: string): ConnectedApp {
  return {
    clientId,
    clientSecret: randomBytes(32).toString('hex').toUpperCase(),
    requireSecretForWebServerFlow: true,
    requireSecretForRefresh: true,
    requirePkce: false,
    callbackUrls: [],
    scopes: ['api', 'refresh_token'],
    refreshTokenRotation: false,
    refreshTokenPolicy: 'infinite',
    permittedUsers: 'all',
    approvedProfiles: [],
    blocked: false,
    accessTokenLifetimeSeconds: 7200,
  };
}

function seedApps(): ConnectedApp[] {
  const demo: ConnectedApp = {
    ...newApp(DEMO_CLIENT_ID),
    clientSecret: 'SofieDemoSecretNotRequired',
    requireSecretForWebServerFlow: false,
    requireSecretForRefresh: false,
    requirePkce: true,
    callbackUrls: [DEMO_CALLBACK],
    scopes: DEMO_SCOPES,
  };
  const variant = (clientId: string, patch: Partial<ConnectedApp>): ConnectedApp => ({
    ...demo,
    clientId,
    clientSecret: `${clientId}Secret`,
    ...patch,
  });
  return [
    demo,
    variant('SofieRotatingClient', { refreshTokenRotation: true }),
    variant('SofieSecretClient', {
      requireSecretForWebServerFlow: true,
      requireSecretForRefresh: true,
    }),
    variant('SofieBlockedClient', { blocked: true }),
    variant('SofieApprovedOnlyClient', {
      permittedUsers: 'admin-approved',
      approvedProfiles: ['admin'],
    }),
    variant('SofieShortLivedClient', {
      accessTokenLifetimeSeconds: 60,
      refreshTokenPolicy: { expiresAfterSeconds: 3600 },
    }),
  ];
}

export class AppRegistry {
  private apps = new Map<string, ConnectedApp>();
  private overrides = new Map<string, Map<string, Partial<ConnectedApp>>>();
  private settings = new Map<string, OrgSettings>();

  constructor() {
    this.reset();
  }

  reset(): void {
    this.apps = new Map(seedApps().map((a) => [a.clientId, a]));
    this.overrides.clear();
    this.settings.clear();
  }

  /** The app as an org sees it (global definition plus that org's override), if it exists. */
  get(clientId: string, org?: EmulatedOrg): ConnectedApp | undefined {
    const base = this.apps.get(clientId);
    if (!base) return undefined;

    const patch = org ? this.overrides.get(org.id)?.get(clientId) : undefined;
    return patch ? { ...base, ...patch, clientId } : base;
  }

  /** Creates the app with Salesforce's defaults, or patches the existing one. */
  put(clientId: string, patch: Partial<ConnectedApp>): ConnectedApp {
    const app = { ...(this.apps.get(clientId) ?? newApp(clientId)), ...patch, clientId };
    this.apps.set(clientId, app);
    return app;
  }

  /** Patches the app for one org only (the app must exist globally). */
  putOverride(org: EmulatedOrg, clientId: string, patch: Partial<ConnectedApp>): ConnectedApp {
    const forOrg = this.overrides.get(org.id) ?? new Map<string, Partial<ConnectedApp>>();
    forOrg.set(clientId, { ...forOrg.get(clientId), ...patch });
    this.overrides.set(org.id, forOrg);
    const app = this.get(clientId, org);
    if (!app) throw new Error(`No connected app ${clientId}`);
    return app;
  }

  orgSettings(org: EmulatedOrg): OrgSettings {
    return this.settings.get(org.id) ?? { preventGenericLogin: false };
  }

  putOrgSettings(org: EmulatedOrg, patch: Partial<OrgSettings>): OrgSettings {
    const next = { ...this.orgSettings(org), ...patch };
    this.settings.set(org.id, next);
    return next;
  }

  /** Everything, for the control API. */
  snapshot(orgs: EmulatedOrg[]): {
    apps: ConnectedApp[];
    orgs: Record<string, { settings: OrgSettings; overrides: Record<string, unknown> }>;
  } {
    const byDomain: Record<string, { settings: OrgSettings; overrides: Record<string, unknown> }> =
      {};
    for (const o of orgs)
      byDomain[o.myDomain] = {
        settings: this.orgSettings(o),
        overrides: Object.fromEntries(this.overrides.get(o.id) ?? []),
      };
    return { apps: [...this.apps.values()], orgs: byDomain };
  }
}

/** Whether a user of this profile may use the app. */
export function isPermitted(app: ConnectedApp, profile: Profile): boolean {
  return app.permittedUsers === 'all' || app.approvedProfiles.includes(profile);
}
