import { describe, expect, it } from 'vitest';

import { validateClientId, validateClientSecret } from './client-id';

const KEY = '3MVG9rKhT8ocoxGmHm5tFzPYT0fDfj2mJw.Oq7vnL1cS6F7TYQ8tYj4w0mYQH2xHLOp8MfEXAMPLE';

describe('validateClientId', () => {
  it('accepts a consumer key, trimming what was pasted around it', () => {
    expect(validateClientId(`  ${KEY}\n`)).toEqual({ ok: true, value: KEY });
  });

  it('treats a blank field as not set', () => {
    expect(validateClientId('   ')).toEqual({ ok: true, value: '' });
  });

  it('refuses spaces inside, with a hint where to copy the key from', () => {
    const result = validateClientId('Consumer Key 3MVG9');

    expect(!result.ok && result.problem.code).toBe('settingsErrorClientIdSpaces');
    expect(!result.ok && result.problem.message).toContain('Manage Consumer Details');
  });

  it('refuses characters a key never has', () => {
    expect(validateClientId('3MVG9ünïcode').ok).toBe(false);
    expect(validateClientId('x'.repeat(257)).ok).toBe(false);
  });
});

describe('validateClientSecret', () => {
  it('accepts an empty secret (PKCE without a secret) and a pasted one', () => {
    expect(validateClientSecret('')).toEqual({ ok: true, value: '' });
    expect(validateClientSecret(' ABCDEF0123 ')).toEqual({ ok: true, value: 'ABCDEF0123' });
  });

  it('refuses a secret with spaces inside', () => {
    expect(validateClientSecret('AB CD').ok).toBe(false);
  });
});
