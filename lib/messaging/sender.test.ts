import { describe, expect, it } from 'vitest';

import { classifySender, isSalesforcePageUrl } from './sender';

const ID = 'oinnjcbdpaniieilaajcpkppjimmggla';

describe('classifySender', () => {
  it('accepts our own side panel and options page as extension pages', () => {
    expect(classifySender({ id: ID, url: `chrome-extension://${ID}/sidepanel.html` }, ID)).toBe(
      'extension-page',
    );
    expect(
      classifySender({ id: ID, url: `chrome-extension://${ID}/options.html`, tab: { id: 3 } }, ID),
    ).toBe('extension-page');
  });

  it('recognises our content script on a Salesforce page', () => {
    const sender = {
      id: ID,
      url: 'https://acme.lightning.force.com/lightning/r/Account/x/view',
      tab: { id: 7 },
    };

    expect(classifySender(sender, ID)).toBe('content-script');
  });

  it('refuses other extensions, pages outside Salesforce and look-alike hosts', () => {
    expect(classifySender({ id: 'another', url: `chrome-extension://another/x.html` }, ID)).toBe(
      'foreign',
    );
    expect(classifySender({ id: ID, url: 'https://example.com/', tab: { id: 1 } }, ID)).toBe(
      'foreign',
    );
    expect(
      classifySender({ id: ID, url: 'https://salesforce.com.evil.example/', tab: { id: 1 } }, ID),
    ).toBe('foreign');
    expect(classifySender({ id: ID, url: `chrome-extension://${ID}evil/x.html` }, ID)).toBe(
      'foreign',
    );
    expect(classifySender({}, ID)).toBe('foreign');
  });
});

describe('isSalesforcePageUrl', () => {
  it.each([
    ['https://acme.lightning.force.com/lightning/page/home', true],
    ['https://acme.my.salesforce.com/001', true],
    ['https://acme.my.salesforce-setup.com/lightning/setup/Home/home', true],
    ['http://acme.my.salesforce.com/', false],
    ['https://salesforce.com.evil.example/', false],
    ['https://evilsalesforce.com/', false],
    ['not a url', false],
    [undefined, false],
  ])('%s → %s', (url, expected) => {
    expect(isSalesforcePageUrl(url)).toBe(expected);
  });
});
