/**
 * Profiles' object and field permissions (docs/demo-org.md): the sales profile cannot see
 * Account.AnnualRevenue and cannot edit Opportunity.Probability or Account.Rating; the read-only
 * profile reads what the admin reads and edits nothing.
 */
import type { Profile } from '../core/orgs';
import type { FieldDescribe, SObjectDescribe } from './types';

const HIDDEN: Record<Profile, string[]> = {
  admin: [],
  sales: ['Account.AnnualRevenue'],
  readonly: [],
};

const READ_ONLY: Record<Profile, string[]> = {
  admin: [],
  sales: ['Opportunity.Probability', 'Account.Rating'],
  readonly: [],
};

/** Objects nobody edits through the API here. */
const SETUP_OBJECTS = new Set(['User', 'Organization']);

export interface ObjectAccess {
  read: boolean;
  create: boolean;
  edit: boolean;
  delete: boolean;
}

export function objectAccess(profile: Profile, object: SObjectDescribe): ObjectAccess {
  const writable = profile !== 'readonly' && !SETUP_OBJECTS.has(object.name);
  return {
    read: true,
    create: writable && object.createable,
    edit: writable && object.updateable,
    delete: writable && object.deletable && profile === 'admin',
  };
}

export function canSeeField(profile: Profile, object: string, field: string): boolean {
  return !HIDDEN[profile].includes(`${object}.${field}`);
}

export function canEditField(profile: Profile, object: string, field: string): boolean {
  return profile !== 'readonly' && !READ_ONLY[profile].includes(`${object}.${field}`);
}

/** The describe as the given profile sees it: hidden fields gone, read-only fields flagged. */
export function describeFor(profile: Profile, d: SObjectDescribe): SObjectDescribe {
  if (profile === 'admin') return d;
  const access = objectAccess(profile, d);
  const fields: FieldDescribe[] = d.fields
    .filter((f) => canSeeField(profile, d.name, f.name))
    .map((f) =>
      canEditField(profile, d.name, f.name) ? f : { ...f, createable: false, updateable: false },
    );
  return {
    ...d,
    fields,
    createable: access.create,
    updateable: access.edit,
    deletable: access.delete,
  };
}
