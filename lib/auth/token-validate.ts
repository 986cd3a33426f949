import { fail, ok, type Result } from '../result';
import { apiOrigin, isSalesforceHost } from '../salesforce/hosts';
import { authProblem, type AuthProblem } from './problems';
import { isValidId } from '../salesforce/ids';
import { myDomainFromHost } from './org-host';

/**
 * A token answer is checked before anything uses or stores it: the API host must be a Salesforce
 * API host over https, the identity URL must be Salesforce's and name a real org and user, and the
 * org must pass the policy's allow-list.
 */
export interface TokenGrant {
  accessToken: string;
  /** Only with the refresh scope, and on refresh only when the app rotates refresh tokens. */
  refreshToken: string | undefined;
  instanceUrl: string;
  /** `https://host` of `instance_url`, checked; every API call goes here and nowhere else. */
  apiOrigin: string;
  apiHost: string;
  myDomain: string | undefined;
  idUrl: string;
  orgId: string;
  userId: string;
  /** Epoch milliseconds. */
  issuedAt: number;
  scopes: string[];
  signature: string | undefined;
}

/** Whether the policy allows an org; `apiHost` is the token's own host (`acme.my.salesforce.com`). */
export type OrgCheck = (
  orgId: string,
  myDomain: string | undefined,
  apiHost: string,
) => Result<void, AuthProblem>;

export interface ValidateOptions {
  checkOrg?: OrgCheck;
  /** On refresh: the token must belong to the same org and user as the connection. */
  expected?: { orgId: string; userId: string };
}

function str(raw: Record<string, unknown>, key: string): string | undefined {
  const value = raw[key];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function parseIdentityUrl(idUrl: string): { orgId: string; userId: string } | undefined {
  try {
    const url = new URL(idUrl);
    if (url.protocol !== 'https:' || !isSalesforceHost(url.hostname)) return undefined;
    const match = /^\/id\/([a-zA-Z0-9]{15,18})\/([a-zA-Z0-9]{15,18})\/?$/.exec(url.pathname);
    if (!match?.[1] || !match[2]) return undefined;
    if (!isIdOf(match[1], '00D') || !isIdOf(match[2], '005')) return undefined;
    return { orgId: match[1], userId: match[2] };
  } catch {
    return undefined;
  }
}

const sameId = (a: string, b: string) => a.slice(0, 15) === b.slice(0, 15);

export function validateTokenResponse(
  raw: unknown,
  options: ValidateOptions = {},
): Result<TokenGrant, AuthProblem> {
  if (typeof raw !== 'object' || raw === null) return fail(authProblem('invalid_token_response'));
  const body = raw as Record<string, unknown>;

  const accessToken = str(body, 'access_token');
  const instanceUrl = str(body, 'instance_url');
  const idUrl = str(body, 'id');
  if (!accessToken || !instanceUrl || !idUrl) return fail(authProblem('invalid_token_response'));

  const origin = apiOrigin(instanceUrl);
  if (!origin) return fail(authProblem('host_not_allowed'));

  const ids = parseIdentityUrl(idUrl);
  if (!ids) return fail(authProblem('invalid_token_response'));

  if (
    options.expected &&
    (!sameId(options.expected.orgId, ids.orgId) || !sameId(options.expected.userId, ids.userId))
  ) {
    return fail(authProblem('invalid_token_response'));
  }

  const apiHost = new URL(origin).hostname;
  const myDomain = myDomainFromHost(apiHost);
  const allowed = options.checkOrg?.(ids.orgId, myDomain, apiHost);
  if (allowed && !allowed.ok) return fail(allowed.problem);

  const issuedAt = Number(str(body, 'issued_at'));
  return ok({
    accessToken,
    refreshToken: str(body, 'refresh_token'),
    instanceUrl,
    apiOrigin: origin,
    apiHost,
    myDomain,
    idUrl,
    orgId: ids.orgId,
    userId: ids.userId,
    issuedAt: Number.isFinite(issuedAt) ? issuedAt : Date.now(),
    scopes: (str(body, 'scope') ?? '').split(' ').filter(Boolean),
    signature: str(body, 'signature'),
  });
}

function isIdOf(id: string, prefix: string): boolean {
  return isValidId(id) && id.startsWith(prefix);
}
