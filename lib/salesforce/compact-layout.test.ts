import { describe, expect, it } from 'vitest';

import { compactLayoutFields } from './compact-layout';

const item = (...values: string[]) => ({
  label: values.join(' '),
  layoutComponents: values.map((value) => ({ type: 'Field', value, components: [] })),
});

describe('compactLayoutFields', () => {
  it('lists the field components of the layout in order, once each', () => {
    const body = {
      id: '0AH000000000001AAA',
      name: 'SYSTEM',
      fieldItems: [
        item('Name'),
        item('Phone'),
        { label: 'Gap', layoutComponents: [{ type: 'EmptySpace', value: null }] },
        item('Industry', 'Phone'),
      ],
    };

    expect(compactLayoutFields(body)).toEqual(['Name', 'Phone', 'Industry']);
  });

  it('gives nothing for an answer that is not a compact layout', () => {
    expect(compactLayoutFields([{ errorCode: 'NOT_FOUND', message: 'x' }])).toBeUndefined();
    expect(compactLayoutFields(undefined)).toBeUndefined();
  });
});
