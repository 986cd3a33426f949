/** Helpers the seed scripts share: a seeded random source, relative dates, record creation. */
import { sfid } from '../../core/ids';
import type { EmulatedOrg, EmulatedUser } from '../../core/orgs';
import { addDays, sfDate, sfDateTime, startOfDay } from '../dates';
import type { DataStore, StoredRecord } from '../store';
import type { Fields } from '../types';

/** mulberry32: small, fast and the same on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface AddOptions {
  owner?: EmulatedUser;
  /** Days before now the record was created and last modified. */
  createdDaysAgo?: number;
  modifiedDaysAgo?: number;
  private?: boolean;
  deleted?: boolean;
  locked?: boolean;
}

export class SeedContext {
  readonly rand: () => number;
  readonly now: Date;
  readonly admin: EmulatedUser;
  readonly sales: EmulatedUser;
  readonly viewer: EmulatedUser;

  constructor(
    readonly store: DataStore,
    readonly org: EmulatedOrg,
    seed: number,
    /** Added to every serial, so orgs that are not copies of each other get other ids. */
    readonly serialBase: number,
  ) {
    this.rand = random(seed + serialBase);
    this.now = store.clock.now();
    const [admin, sales, viewer] = org.users;
    this.admin = admin!;
    this.sales = sales!;
    this.viewer = viewer!;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.rand() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.rand() * items.length)]!;
  }

  /** A date field value `days` from today (negative: in the past). */
  day(days: number): string {
    return sfDate(addDays(startOfDay(this.now), days));
  }

  /** A datetime `days` from now at the given UTC hour. */
  at(days: number, hour = 9, minute = 0): string {
    const d = addDays(startOfDay(this.now), days);
    d.setUTCHours(hour, minute);
    return sfDateTime(d);
  }

  id(prefix: string, serial: number): string {
    return sfid(prefix, this.serialBase + serial);
  }

  add(type: string, serial: number | undefined, values: Fields, o: AddOptions = {}): StoredRecord {
    const prefix = this.store.schema.get(type)!.keyPrefix!;
    const id = serial === undefined ? undefined : this.id(prefix, serial);
    const owner = o.owner ?? this.admin;
    const record = this.store.insert(this.org.id, type, values, owner.id, id);
    const created = o.createdDaysAgo ?? 60;
    const modified = Math.min(created, o.modifiedDaysAgo ?? Math.floor(created / 2));
    record.fields.CreatedDate = this.at(-created, 8, 30);
    record.fields.LastModifiedDate = this.at(-modified, 10, 15);
    record.fields.SystemModstamp = record.fields.LastModifiedDate;
    if (record.fields.ClosedDate) record.fields.ClosedDate = record.fields.LastModifiedDate;
    record.private = o.private ?? false;
    record.locked = o.locked ?? false;
    if (o.deleted) {
      record.deleted = true;
      record.fields.IsDeleted = true;
    }
    return record;
  }
}
