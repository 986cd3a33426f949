// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import type { ConnectionSummary, PageSummary } from '@/lib/panel-state';

import german from '../../../public/_locales/de/messages.json';
import english from '../../../public/_locales/en/messages.json';
import { render, type Rendered } from '../../review/testing';
import { RecordProblem } from './record-problem';

const sent = vi.hoisted(() => vi.fn());
vi.mock('@/lib/messaging/protocol', () => ({ sendMessage: sent }));

type Catalogue = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

/** `browser.i18n.getMessage` over one of the extension's own catalogues. */
function speak(catalogue: Catalogue): void {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key, substitutions) => {
    const entry = catalogue[key];
    if (!entry) return '';
    const values = substitutions === undefined ? [] : [substitutions].flat().map(String);
    return entry.message.replace(/\$(\w+)\$/g, (_, name: string) =>
      (entry.placeholders?.[name.toLowerCase()]?.content ?? '').replace(
        /\$(\d)/g,
        (_m, n: string) => values[Number(n) - 1] ?? '',
      ),
    );
  });
}

const PAGE: PageSummary = {
  url: 'https://acme.lightning.force.com/lightning/r/Account/001000000000002AAA/view',
  surface: 'record',
  apiHost: 'acme.my.salesforce.com',
  myDomain: 'acme',
  environment: 'production',
  objectApiName: 'Account',
  recordId: '001000000000002AAA',
};

const CONNECTION: ConnectionSummary = {
  key: 'k',
  orgId: '00D000000000001AAA',
  orgName: 'Acme',
  username: 'sales@acme.example',
  displayName: 'Sam Sales',
  myDomain: 'acme.my.salesforce.com',
  apiHost: 'acme.my.salesforce.com',
  environment: 'production',
  isSandbox: false,
};

let view: Rendered | undefined;
afterEach(() => view?.unmount());

const show = (code = 'not-found', message = 'The requested resource does not exist') => {
  view = render(<RecordProblem problem={{ code, message }} page={PAGE} connection={CONNECTION} />);
  return view.container;
};

describe('RecordProblem for a record the user cannot see', () => {
  it('names the username as it is and the org apart from it, in English', () => {
    speak(english);

    const root = show();

    expect(root.textContent).toContain(
      "The connected user (sales@acme.example in Acme) cannot see this record. Sofie acts only with that user's access.",
    );
    expect(root.textContent).not.toContain('@Acme');
    expect(root.querySelector('a')?.getAttribute('href')).toBe(PAGE.url);
  });

  it('does the same in German', () => {
    speak(german);

    const root = show();

    expect(root.textContent).toContain('Der verbundene Benutzer (sales@acme.example in Acme)');
    expect(root.textContent).not.toContain('@Acme');
  });
});

describe('RecordProblem for the other failures', () => {
  it.each([
    ['deleted', 'This record was deleted', 'restore it from the Recycle Bin'],
    ['limit', "The org's daily API limit is used up", 'Try again later'],
    ['api-limit', "The org's daily API limit is used up", 'Try again later'],
    ['offline', 'Salesforce cannot be reached', 'Check your connection'],
    ['unsupported', 'Sofie cannot show this kind of record', 'Open it in Salesforce instead'],
  ])('gives %s its own title and remedy, in the user’s language', (code, title, remedy) => {
    speak(english);

    const root = show(code, 'Salesforce’s own words');

    expect(root.querySelector('h2')?.textContent).toBe(title);
    expect(root.textContent).toContain(remedy);
    expect(root.textContent).not.toContain('Salesforce’s own words');
  });

  it('speaks German for a deleted record and links to the Recycle Bin of the same host', () => {
    speak(german);

    const root = show('deleted');

    expect(root.textContent).toContain('Papierkorb');
    expect(root.querySelector('a')?.getAttribute('href')).toBe(
      'https://acme.lightning.force.com/lightning/o/DeleteEvent/home',
    );
  });

  it('offers to try again when offline or out of API requests, and asks the background', () => {
    speak(english);
    sent.mockClear();

    const root = show('offline');
    root.querySelector<HTMLButtonElement>('[data-action=retry]')!.click();

    expect(sent).toHaveBeenCalledWith('panelRetryRecord', { windowId: -1 });
  });

  it('offers no retry where trying again cannot help', () => {
    speak(english);

    const root = show('unsupported');

    expect(root.querySelector('[data-action=retry]')).toBeNull();
    expect(root.querySelector('a')?.getAttribute('href')).toBe(PAGE.url);
  });
});
