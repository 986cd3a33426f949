import { describe, expect, it } from 'vitest';

import { describes } from '../../test/fixtures/contexts/describes';
import { keyFieldsOf } from './key-fields';

describe('keyFieldsOf', () => {
  it('follows the compact layout, leaving out the name, the owner and other lookups', () => {
    const account = {
      ...describes.Account(),
      compactFields: ['Name', 'Phone', 'OwnerId', 'BillingCity', 'ParentId', 'Industry'],
    };

    expect(keyFieldsOf(account).map((f) => f.name)).toEqual(['Phone', 'BillingCity', 'Industry']);
  });

  it('keeps the fixed list when there is no layout, or it names nothing worth a row', () => {
    const fixed = ['Type', 'Industry', 'Rating', 'Phone', 'Website', 'AnnualRevenue'];

    expect(keyFieldsOf(describes.Account()).map((f) => f.name)).toEqual(fixed);
    expect(
      keyFieldsOf({ ...describes.Account(), compactFields: ['Name', 'Gone__c'] }).map(
        (f) => f.name,
      ),
    ).toEqual(fixed);
  });
});
