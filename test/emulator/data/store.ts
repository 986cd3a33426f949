/**
 * The emulator's records, per org. Writes here are already validated (see rules/); the store
 * fills defaults and system fields, derives computed fields and keeps the recycle bin and
 * approval locks. Seeded relative to the emulator clock, deterministically.
 */
import type { Clock } from '../core/clock';
import { sfid } from '../core/ids';
import type { EmulatedOrg, EmulatedUser } from '../core/orgs';
import { sfDateTime } from './dates';
import { derive } from './derive';
import type { Schema } from './schema/schema';
import { seedOrg } from './seed';
import { isVisible } from './sharing';
import type { Fields } from './types';

export interface StoredRecord {
  type: string;
  fields: Fields;
  /** In the recycle bin: reads answer 404, writes ENTITY_IS_DELETED, queryAll still finds it. */
  deleted: boolean;
  /** Approval-locked: writes answer ENTITY_IS_LOCKED. */
  locked: boolean;
  /** Admin-owned and not shared: the sales profile cannot see it, nor its children. */
  private: boolean;
}

interface OrgData {
  records: Map<string, StoredRecord>;
  serials: Map<string, number>;
}

/** The 18-character form of a 15- or 18-character id, when a record has it. */
function canonical(org: OrgData, id: string): string | undefined {
  if (id.length === 18) return org.records.has(id) ? id : undefined;
  for (const key of org.records.keys()) if (key.startsWith(id) && id.length === 15) return key;
  return undefined;
}

export class DataStore {
  private data = new Map<string, OrgData>();
  seed = 1;

  constructor(
    readonly schema: Schema,
    readonly clock: Clock,
    readonly orgs: EmulatedOrg[],
  ) {
    this.reset();
  }

  /** Back to the seed data (the same seed gives the same records, relative to the clock). */
  reset(seed = this.seed): void {
    this.seed = seed;
    this.data = new Map();
    for (const org of this.orgs) {
      this.data.set(org.id, { records: new Map(), serials: new Map() });
      seedOrg(this, org, seed);
    }
  }

  private org(orgId: string): OrgData {
    const org = this.data.get(orgId);
    if (!org) throw new Error(`Unknown org ${orgId}`);
    return org;
  }

  get(orgId: string, id: string): StoredRecord | undefined {
    const org = this.org(orgId);
    const key = canonical(org, id);
    return key ? org.records.get(key) : undefined;
  }

  /** Every record of a type, including deleted ones (callers filter). */
  all(orgId: string, type: string): StoredRecord[] {
    const wanted = type.toLowerCase();
    return [...this.org(orgId).records.values()].filter((r) => r.type.toLowerCase() === wanted);
  }

  canSee(orgId: string, user: EmulatedUser, record: StoredRecord): boolean {
    return isVisible(user, record, (id) => this.get(orgId, id));
  }

  nextId(orgId: string, prefix: string): string {
    const serials = this.org(orgId).serials;
    const next = (serials.get(prefix) ?? 1000) + 1;
    serials.set(prefix, next);
    return sfid(prefix, next);
  }

  /** Adds a record with every describe field present; `id` is given by the seed, else made up. */
  insert(orgId: string, type: string, values: Fields, userId: string, id?: string): StoredRecord {
    const describe = this.schema.get(type);
    if (!describe?.keyPrefix) throw new Error(`Cannot store ${type}`);
    const fields: Fields = {};
    for (const f of describe.fields) {
      const picked = f.picklistValues.find((p) => p.defaultValue)?.value;
      fields[f.name] = f.type === 'boolean' ? false : (picked ?? null);
    }
    const now = sfDateTime(this.clock.now());
    const recordId = id ?? this.nextId(orgId, describe.keyPrefix);
    Object.assign(fields, {
      CreatedDate: now,
      CreatedById: userId,
      LastModifiedDate: now,
      LastModifiedById: userId,
      SystemModstamp: now,
      ...(describe.fields.some((f) => f.name === 'OwnerId') ? { OwnerId: userId } : {}),
      ...values,
      Id: recordId,
    });
    if (type === 'Case' && fields.CaseNumber === null) {
      fields.CaseNumber = String(this.all(orgId, 'Case').length + 1001).padStart(8, '0');
    }
    const record: StoredRecord = {
      type: describe.name,
      fields,
      deleted: false,
      locked: false,
      private: false,
    };
    this.org(orgId).records.set(recordId, record);
    this.finish(orgId, record, new Set(Object.keys(values)));
    return record;
  }

  update(orgId: string, id: string, values: Fields, userId: string): StoredRecord {
    const record = this.get(orgId, id);
    if (!record) throw new Error(`No record ${id}`);
    Object.assign(record.fields, values);
    const now = sfDateTime(this.clock.now());
    record.fields.LastModifiedDate = now;
    record.fields.SystemModstamp = now;
    record.fields.LastModifiedById = userId;
    this.finish(orgId, record, new Set(Object.keys(values)));
    return record;
  }

  private finish(orgId: string, record: StoredRecord, changed: Set<string>): void {
    derive(this.schema, record.type, record.fields, changed, (id) => this.get(orgId, id)?.fields);
    if (record.type === 'Case') {
      if (!record.fields.IsClosed) record.fields.ClosedDate = null;
      else record.fields.ClosedDate ??= record.fields.LastModifiedDate ?? null;
    }
  }

  /** Moves a record to the recycle bin. */
  remove(orgId: string, id: string, userId: string): void {
    const record = this.get(orgId, id);
    if (!record) throw new Error(`No record ${id}`);
    record.deleted = true;
    record.fields.IsDeleted = true;
    record.fields.LastModifiedById = userId;
    record.fields.SystemModstamp = sfDateTime(this.clock.now());
  }

  /** A copy of one org's records, for composite allOrNone rollbacks. */
  snapshot(orgId: string): () => void {
    const org = this.org(orgId);
    const copy = new Map(
      [...org.records].map(([id, r]) => [id, { ...r, fields: structuredClone(r.fields) }]),
    );
    const serials = new Map(org.serials);
    return () => {
      org.records = copy;
      org.serials = serials;
    };
  }

  lock(orgId: string, id: string): boolean {
    const record = this.get(orgId, id);
    if (!record) return false;
    record.locked = true;
    return true;
  }
}
