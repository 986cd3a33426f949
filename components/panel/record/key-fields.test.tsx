// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { slimDescribe } from '@/lib/salesforce/describe';
import type { RecordContext } from '@/lib/salesforce/record-context';

import { render, useEnglishMessages, type Rendered } from '../../review/testing';
import { KeyFields } from './key-fields';

function projectWithDescription(html: string): RecordContext {
  const object = slimDescribe({
    name: 'Project__c',
    label: 'Project',
    fields: [
      { name: 'Name', type: 'string', label: 'Project Name', nameField: true },
      { name: 'Status__c', type: 'picklist', label: 'Status' },
      { name: 'Description__c', type: 'textarea', label: 'Description', htmlFormatted: true },
    ],
  });
  return {
    org: { currencyIsoCode: 'EUR' },
    user: { locale: 'en_US', timeZone: 'Europe/Berlin' },
    object,
    record: { fields: { Name: 'Line 4', Status__c: 'In Progress', Description__c: html } },
    related: [],
  } as unknown as RecordContext;
}

const descriptionOf = (view: Rendered) =>
  view.container.querySelector('[data-field=Description__c] dd')!;

describe('KeyFields', () => {
  let view: Rendered | undefined;
  beforeEach(useEnglishMessages);
  afterEach(() => view?.unmount());

  it('shows a rich text key field formatted, with only safe markup left', () => {
    view = render(
      <KeyFields
        context={projectWithDescription(
          '<p onclick="x()">Line <b>4</b> <a href="https://acme.example">plan</a></p>' +
            '<img src="https://tracker.example/p.gif" alt="photo"><script>x()</script>',
        )}
      />,
    );

    const dd = descriptionOf(view);
    expect(dd.querySelector('b')?.textContent).toBe('4');
    expect(dd.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(dd.querySelectorAll('script, img, [onclick]')).toHaveLength(0);
    expect(dd.textContent).toBe('Line 4 plan[photo]');
  });

  it('shows an empty rich text field as a dash', () => {
    view = render(<KeyFields context={projectWithDescription('')} />);

    expect(descriptionOf(view).textContent).toBe('—');
  });
});
