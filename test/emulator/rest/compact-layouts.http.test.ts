import { describe, expect, it } from 'vitest';

import { API, useEmulator } from '../testing/emulator-fixture';

interface Layout {
  name: string;
  objectType: string;
  fieldItems: { label: string; layoutComponents: { type: string; value: string }[] }[];
}

const fieldsOf = (layout: Layout) =>
  layout.fieldItems.flatMap((i) => i.layoutComponents.map((c) => `${c.type}:${c.value}`));

describe('the primary compact layout over HTTPS', () => {
  const t = useEmulator();

  it('answers the org’s own layout in Salesforce’s shape, alone and inside a composite', async () => {
    const alone = await t.call(`${API}/sobjects/Account/describe/compactLayouts/primary`, {
      token: t.as('admin'),
    });
    const composite = await t.call(`${API}/composite`, {
      token: t.as('admin'),
      method: 'POST',
      body: {
        compositeRequest: [
          {
            method: 'GET',
            url: `${API}/sobjects/Project__c/describe/compactLayouts/primary`,
            referenceId: 'compact',
          },
        ],
      },
    });

    const account = alone.json() as Layout;
    expect(alone.status).toBe(200);
    expect(account.objectType).toBe('Account');
    expect(fieldsOf(account)).toEqual([
      'Field:Name',
      'Field:Type',
      'Field:Industry',
      'Field:Phone',
      'Field:BillingCity',
      'Field:Website',
      'Field:OwnerId',
    ]);
    const part = (composite.json() as { compositeResponse: { body: Layout }[] })
      .compositeResponse[0]!;
    expect(part.body.name).toBe('SYSTEM');
    expect(fieldsOf(part.body)).toEqual(['Field:Name']);
  });

  it('answers NOT_FOUND for an object the org does not have', async () => {
    const res = await t.call(`${API}/sobjects/Nowhere__c/describe/compactLayouts/primary`, {
      token: t.as('admin'),
    });

    expect(res.status).toBe(404);
  });
});
