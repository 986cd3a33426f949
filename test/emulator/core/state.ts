import type { Clock } from './clock';
import type { EmulatedOrg, EmulatedUser } from './orgs';

/** Who is calling: what an access token stands for. Produced by oauth/, consumed by rest/. */
export interface Session {
  accessToken: string;
  org: EmulatedOrg;
  user: EmulatedUser;
  clientId: string;
  scopes: string[];
  issuedAt: Date;
}

export interface SessionResolver {
  /** The live session of an access token, or undefined when it is unknown, expired or revoked. */
  resolveAccessToken(token: string): Session | undefined;
}

/** Daily API request allowance per org (REST answers carry `Sforce-Limit-Info: api-usage=used/max`). */
export interface ApiUsage {
  max: number;
  used: number;
}

/** What every part of the emulator shares. */
export interface EmulatorCore {
  clock: Clock;
  orgs: EmulatedOrg[];
  sessions: SessionResolver;
  /** orgId → usage; the control API can set it to make the limit run out. */
  usage: Map<string, ApiUsage>;
  /** Called by the control API's reset, in order, so each part returns to its seed. */
  resetHooks: (() => void)[];
}
