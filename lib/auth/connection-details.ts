import { fail, ok, type Result } from '../result';
import type { ConnectionDetails } from './connections';
import { authProblem, type AuthProblem } from './problems';
import type { FetchFn } from './token';
import type { TokenGrant } from './token-validate';

/**
 * After the token exchange: who signed in and which org it is, read from the token's own API host
 * (`/services/oauth2/userinfo` and the Organization row), never from another host. The same two
 * requests carry the user's locale and time zone and the org's currency.
 */
export const DETAILS_API_VERSION = '62.0';

const ORG_FIELDS = 'Name, IsSandbox, InstanceName';
/** The corporate currency formats amounts; it rides on the query the org row needs anyway. */
const ORG_QUERIES = [
  `SELECT ${ORG_FIELDS}, DefaultCurrencyIsoCode FROM Organization LIMIT 1`,
  `SELECT ${ORG_FIELDS} FROM Organization LIMIT 1`,
];

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
const optionalText = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

async function queryOrg(
  grant: TokenGrant,
  fetchFn: FetchFn,
): Promise<Record<string, unknown> | undefined> {
  for (const [i, soql] of ORG_QUERIES.entries()) {
    try {
      const rows = (await getJson(
        `${grant.apiOrigin}/services/data/v${DETAILS_API_VERSION}/query?q=${encodeURIComponent(soql)}`,
        grant.accessToken,
        fetchFn,
      )) as { records?: Record<string, unknown>[] };
      return rows.records?.[0];
    } catch (error) {
      // Orgs with a single currency have no DefaultCurrencyIsoCode (INVALID_FIELD): without it.
      // TODO [2027-01-01]: read a single-currency org's currency (SOAP getUserInfo has it).
      const last = i === ORG_QUERIES.length - 1;
      if (last || !(error instanceof HttpStatusError) || error.status !== 400) throw error;
    }
  }

  return undefined;
}

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
    org = await queryOrg(grant, fetchFn);
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
    // The user's Salesforce settings as userinfo states them (LocaleSidKey, LanguageLocaleKey,
    // TimeZoneSidKey): numbers, dates and "today" follow them, not the browser's.
    currencyIsoCode: optionalText(org.DefaultCurrencyIsoCode),
    locale: optionalText(user.locale),
    language: optionalText(user.language),
    timeZone: optionalText(user.zoneinfo),
  });
}
