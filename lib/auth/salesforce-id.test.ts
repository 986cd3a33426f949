import { describe, expect, it } from 'vitest';

import { isSalesforceId, toId18 } from './salesforce-id';

describe('isSalesforceId', () => {
  it('accepts 15- and 18-character ids with the right prefix and checksum', () => {
    expect(isSalesforceId('00Dx0000000BV7z', '00D')).toBe(true);
    expect(isSalesforceId(toId18('00Dx0000000BV7z'), '00D')).toBe(true);
    expect(isSalesforceId('005x00000012Q9P', '005')).toBe(true);
  });

  it('refuses a wrong prefix, a bad checksum or bad characters', () => {
    expect(isSalesforceId('005x00000012Q9P', '00D')).toBe(false);
    expect(isSalesforceId('00Dx0000000BV7zAAA', '00D')).toBe(false);
    expect(isSalesforceId('00Dx0000000BV7-', '00D')).toBe(false);
    expect(isSalesforceId('00D', '00D')).toBe(false);
  });

  it('computes the checksum from the capital letters of each group of five', () => {
    expect(toId18('001000000000000')).toBe('001000000000000AAA');
    expect(toId18('00Dx0000000BV7z')).toBe('00Dx0000000BV7zEAG');
    // A real id recorded from an org (fixtures/salesforce/cumulusci).
    expect(toId18('0012300000bVTq1')).toBe('0012300000bVTq1AAG');
    expect(isSalesforceId('0012300000bVTq1AAG', '001')).toBe(true);
  });
});
