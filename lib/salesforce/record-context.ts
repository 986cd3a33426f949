import type { ObjectMeta } from './describe';

/**
 * What the background loads for one record view, and what insights, review and hand-off work on.
 * Values are exactly as the REST API returns them (ISO dates as strings, numbers as numbers,
 * relationship fields as nested objects such as `Owner: { Name }`).
 */
export type Environment =
  'production' | 'sandbox' | 'developer' | 'scratch' | 'demo' | 'trailblaze' | 'unknown';

export interface OrgInfo {
  id: string;
  name: string;
  myDomain: string | undefined;
  apiHost: string;
  isSandbox: boolean;
  environment: Environment;
  /** Corporate currency, for formatting amounts. */
  currencyIsoCode: string | undefined;
}

export interface UserInfo {
  id: string;
  username: string;
  displayName: string;
  locale: string | undefined;
  timeZone: string | undefined;
}

export interface RecordRef {
  orgId: string;
  apiHost: string;
  objectApiName: string;
  /** Always the 18-character form. */
  recordId: string;
}

export type FieldValues = Record<string, unknown>;

export interface LoadedRecord {
  ref: RecordRef;
  name: string;
  /** Field API name → value as returned by the API (only the fields that were queried). */
  fields: FieldValues;
  /** ISO timestamp; the base for conditional writes. */
  lastModifiedDate: string;
  recordTypeId: string | undefined;
}

export interface RelatedItem {
  objectApiName: string;
  id: string;
  name: string;
  fields: FieldValues;
}

export interface RelatedList {
  /** Stable key from lib/salesforce/related.ts, e.g. `openCases`, `tasks`, `milestones`. */
  key: string;
  objectApiName: string;
  label: string;
  /** The true number of matching rows (from a COUNT() query), which may exceed `items.length`. */
  totalSize: number;
  items: RelatedItem[];
}

export interface RecordContext {
  org: OrgInfo;
  user: UserInfo;
  object: ObjectMeta;
  record: LoadedRecord;
  related: RelatedList[];
  /** ISO timestamp of the load. */
  loadedAt: string;
}
