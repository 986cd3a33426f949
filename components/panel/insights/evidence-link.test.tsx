// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { Evidence } from '@/lib/insights/evidence';

import { slimDescribe } from '@/lib/salesforce/describe';
import type { RecordContext } from '@/lib/salesforce/record-context';

import { render, useEnglishMessages, type Rendered } from '../../review/testing';
import { ShownRecordContext } from '../record/shown-record';
import { EvidenceLink } from './evidence-link';

const ID = '006000000000001AAA';
const LAST_MODIFIED = '2026-01-05T10:00:00.000+0000';
const CONTEXT: RecordContext = {
  org: {
    id: '00D000000000001AAA',
    name: 'Acme',
    myDomain: 'acme',
    apiHost: 'acme.my.salesforce.com',
    isSandbox: false,
    environment: 'production',
    currencyIsoCode: 'EUR',
  },
  user: {
    id: '005000000000001AAA',
    username: 'sales@acme.example',
    displayName: 'Sam Sales',
    locale: undefined,
    timeZone: 'UTC',
  },
  object: slimDescribe({
    name: 'Opportunity',
    label: 'Opportunity',
    fields: [
      { name: 'Name', type: 'string', label: 'Name', nameField: true },
      { name: 'CloseDate', type: 'date', label: 'Close Date' },
      { name: 'LastModifiedDate', type: 'datetime', label: 'Last Modified Date' },
    ],
  }),
  record: {
    ref: {
      orgId: '00D000000000001AAA',
      apiHost: 'acme.my.salesforce.com',
      objectApiName: 'Opportunity',
      recordId: ID,
    },
    name: 'Acme - 200 Widgets',
    fields: { Id: ID, Name: 'Acme - 200 Widgets', LastModifiedDate: LAST_MODIFIED },
    lastModifiedDate: LAST_MODIFIED,
    recordTypeId: undefined,
  },
  related: [],
  loadedAt: '2026-03-10T09:00:00.000Z',
};

const STALLED: Evidence = {
  objectApiName: 'Opportunity',
  recordId: ID,
  field: 'LastModifiedDate',
  label: 'Last Modified Date',
};

let view: Rendered | undefined;
beforeEach(() => {
  useEnglishMessages();
  // jsdom has no CSS.escape; field API names need no escaping anyway.
  vi.stubGlobal('CSS', { escape: (text: string) => text });
});
afterEach(() => {
  vi.unstubAllGlobals();
  view?.unmount();
  document.body.innerHTML = '';
});

function show(evidence: Evidence, extra?: React.ReactNode) {
  view = render(
    <ShownRecordContext.Provider value={CONTEXT}>
      {extra}
      <EvidenceLink evidence={evidence} recordId={ID} />
    </ShownRecordContext.Provider>,
  );
  return view.container;
}

describe('EvidenceLink on the record itself', () => {
  it('tells the value of a cited field the panel has no row for, and hides it again', () => {
    const root = show(STALLED);
    const button = root.querySelector('button')!;

    act(() => button.click());
    const shown = root.querySelector('[data-evidence-detail=LastModifiedDate]')?.textContent;
    const expanded = button.getAttribute('aria-expanded');
    act(() => button.click());

    expect(shown).toMatch(/^Last Modified Date: .*2026/);
    expect(expanded).toBe('true');
    expect(root.querySelector('[data-evidence-detail]')).toBeNull();
  });

  it('highlights the row of a field the panel shows, without a second copy of it', () => {
    const root = show(
      { ...STALLED, field: 'CloseDate', label: 'Close Date' },
      <div data-field="CloseDate">Close Date</div>,
    );
    const row = root.querySelector('[data-field=CloseDate]')!;
    row.scrollIntoView = () => undefined;

    act(() => root.querySelector('button')!.click());

    expect(row.classList.contains('sofie-highlight')).toBe(true);
    expect(root.querySelector('[data-evidence-detail]')).toBeNull();
  });
});
