import { fail, ok, type Result } from '../result';
import type { ConnectionDetails } from './connections';
import { authProblem, type AuthProblem } from './problems';
import type { FetchFn } from './token';
import type { TokenGrant } from './token-validate';

/**
 * After the token exchange: who signed in and which org it is, read from the token's own API host
 * (`/services/oauth2/userinfo` and the Organization row), never from another host.
 */
export const DETAILS_API_VERSION = '62.0';

const ORG_QUERY = 'SELECT Name, IsSandbox, InstanceName FROM Organization LIMIT 1';

class HttpStatusError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

async function getJson(url: string, token: string, fetchFn: FetchFn): Promise<unknown> {
  const response = await fetchFn(url, {
    headers: {
      Authorization: `Bearer ${token}`,
      Accept: 'application/json',
      'Sforce-Call-Options': 'client=SofieForSalesforce',
    },
    credentials: 'omit',
    redirect: 'manual',
    signal: AbortSignal.timeout(30_000),
  });
  if (!response.ok) throw new HttpStatusError(response.status);
  return response.json();
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export async function loadConnectionDetails(
  grant: TokenGrant,
  fetchFn: FetchFn,
): Promise<Result<ConnectionDetails, AuthProblem>> {
  let user: Record<string, unknown>;
  let org: Record<string, unknown> | undefined;
  try {
    user = (await getJson(
      `${grant.apiOrigin}/services/oauth2/userinfo`,
      grant.accessToken,
      fetchFn,
    )) as Record<string, unknown>;
    const rows = (await getJson(
      `${grant.apiOrigin}/services/data/v${DETAILS_API_VERSION}/query?q=${encodeURIComponent(ORG_QUERY)}`,
      grant.accessToken,
      fetchFn,
    )) as { records?: Record<string, unknown>[] };
    org = rows.records?.[0];
  } catch (error) {
    // An answer that is not a success (API disabled, no access to Organization) is not a network fault.
    return fail(
      error instanceof HttpStatusError
        ? authProblem('unknown', { salesforceError: error.message })
        : authProblem('network'),
    );
  }

  if (!org || typeof org.IsSandbox !== 'boolean')
    return fail(authProblem('invalid_token_response'));

  return ok({
    username: text(user.preferred_username),
    displayName: text(user.name) || text(user.preferred_username),
    orgName: text(org.Name),
    isSandbox: org.IsSandbox,
    instanceName: text(org.InstanceName),
  });
}
