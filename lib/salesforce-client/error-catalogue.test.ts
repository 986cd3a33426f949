import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import german from '../../public/_locales/de/messages.json';
import { messageFrom } from '../../scripts/locales';
import { authProblem } from '../auth/problems';
import { networkError, salesforceErrorFromBody } from './errors';

describe('Salesforce errors for a German browser', () => {
  it('say what happened and what to do in German, naming the fields as Salesforce gave them', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(messageFrom(german));

    const error = salesforceErrorFromBody(400, [
      {
        errorCode: 'STRING_TOO_LONG',
        message: 'Next Step: data value too large (max length=255)',
        fields: ['NextStep'],
      },
    ]);

    expect(error.message).toBe('NextStep ist zu lang (höchstens 255 Zeichen).');
    expect(error.remedy).toBe('Kürzen Sie den Wert und versuchen Sie es erneut.');
  });

  it('keep a validation rule’s own words, which are already in the org’s language', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(messageFrom(german));

    const error = salesforceErrorFromBody(400, [
      { errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: 'Betrag fehlt', fields: [] },
    ]);

    expect(error.message).toBe('Betrag fehlt');
    expect(error.remedy).toMatch(/^Ändern Sie die Werte/);
  });

  it('cover network and sign-in problems too', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(messageFrom(german));

    expect(networkError({ timedOut: true, write: true, mayHaveBeenSent: true }).remedy).toMatch(
      /^Die Änderung wurde vielleicht gespeichert/,
    );
    expect(
      authProblem('page_not_loaded', { authBaseUrl: 'https://acme.my.salesforce.com' }).message,
    ).toBe(
      'Die Salesforce-Anmeldeseite konnte nicht von https://acme.my.salesforce.com geladen werden.',
    );
  });
});
