/**
 * Fields Salesforce computes itself: full names, compound addresses, Opportunity stage effects,
 * closed flags and the account an activity belongs to. Run after every write.
 */
import type { Schema } from './schema/schema';
import { OPPORTUNITY_STAGES } from './schema/picklists';
import { type Fields, str } from './types';

const ADDRESS_PARTS = [
  'Street',
  'City',
  'State',
  'PostalCode',
  'Country',
  'Latitude',
  'Longitude',
  'GeocodeAccuracy',
];

function address(fields: Fields, prefix: string): Fields[string] {
  const part = (p: string) => fields[`${prefix}${p}`] ?? null;
  if (ADDRESS_PARTS.every((p) => part(p) === null)) return null;
  return {
    city: part('City'),
    country: part('Country'),
    geocodeAccuracy: part('GeocodeAccuracy'),
    latitude: part('Latitude'),
    longitude: part('Longitude'),
    postalCode: part('PostalCode'),
    state: part('State'),
    street: part('Street'),
  };
}

const fullName = (f: Fields) =>
  [str(f.FirstName), str(f.LastName)].filter((p) => p !== '').join(' ');

/** `lookup(id)` gives another record's fields, to follow WhatId/WhoId to their account. */
export function derive(
  schema: Schema,
  type: string,
  fields: Fields,
  changed: Set<string>,
  lookup: (id: string) => Fields | undefined,
): void {
  for (const f of schema.get(type)?.fields ?? []) {
    if (f.type === 'address') {
      fields[f.name] = address(fields, f.name === 'Address' ? '' : f.name.replace(/Address$/, ''));
    }
  }

  switch (type) {
    case 'Contact':
    case 'Lead':
    case 'User':
      fields.Name = fullName(fields);
      break;
    case 'Opportunity': {
      const stage = OPPORTUNITY_STAGES[str(fields.StageName)];
      if (!stage) break;
      if (changed.has('StageName') && !changed.has('Probability'))
        fields.Probability = stage.probability;
      fields.IsClosed = stage.isClosed;
      fields.IsWon = stage.isWon;
      fields.ForecastCategory = stage.forecastCategory;
      fields.ForecastCategoryName = stage.forecastCategoryName;
      const amount = typeof fields.Amount === 'number' ? fields.Amount : null;
      const probability = typeof fields.Probability === 'number' ? fields.Probability : 0;
      fields.ExpectedRevenue = amount === null ? null : (amount * probability) / 100;
      break;
    }
    case 'Case':
      fields.IsClosed = fields.Status === 'Closed';
      break;
    case 'Task':
      fields.IsClosed = fields.Status === 'Completed' || fields.Status === 'Deferred';
      fields.IsHighPriority = fields.Priority === 'High';
      fields.AccountId = activityAccount(fields, lookup);
      break;
    case 'Event':
      fields.AccountId = activityAccount(fields, lookup);
      break;
    default:
      break;
  }
}

function activityAccount(fields: Fields, lookup: (id: string) => Fields | undefined) {
  const what = typeof fields.WhatId === 'string' ? fields.WhatId : null;
  if (what?.startsWith('001')) return what;
  const related = what ? lookup(what) : undefined;
  const fromWhat = related?.AccountId ?? related?.Account__c;
  if (typeof fromWhat === 'string') return fromWhat;
  const who = typeof fields.WhoId === 'string' ? lookup(fields.WhoId) : undefined;
  return typeof who?.AccountId === 'string' ? who.AccountId : null;
}
