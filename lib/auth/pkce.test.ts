import { describe, expect, it } from 'vitest';

import {
  base64UrlEncode,
  createCodeChallenge,
  createCodeVerifier,
  createPkcePair,
  createState,
  isValidCodeVerifier,
} from './pkce';

describe('PKCE', () => {
  it('derives the RFC 7636 appendix B challenge from its verifier', async () => {
    const verifier = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';

    const challenge = await createCodeChallenge(verifier);

    expect(challenge).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('encodes the RFC 7636 appendix B octets as base64url without padding', () => {
    const octets = new Uint8Array([
      116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37, 77,
      105, 214, 191, 240, 91, 88, 5, 88, 83, 132, 141, 121,
    ]);

    expect(base64UrlEncode(octets)).toBe('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk');
  });

  it('makes verifiers of the allowed length and alphabet, different every time', () => {
    const verifiers = Array.from({ length: 50 }, () => createCodeVerifier());

    expect(verifiers.every(isValidCodeVerifier)).toBe(true);
    expect(new Set(verifiers).size).toBe(50);
    expect(createCodeVerifier(43)).toHaveLength(43);
    expect(createCodeVerifier(128)).toHaveLength(128);
  });

  it('refuses verifier lengths RFC 7636 forbids', () => {
    expect(() => createCodeVerifier(42)).toThrow(RangeError);
    expect(() => createCodeVerifier(129)).toThrow(RangeError);
  });

  it('pairs a verifier with its own challenge', async () => {
    const pair = await createPkcePair();

    expect(pair.challenge).toBe(await createCodeChallenge(pair.verifier));
    expect(pair.challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('makes a fresh unguessable state each time', () => {
    const a = createState();
    const b = createState();

    expect(a).toMatch(/^[A-Za-z0-9\-._~]{32}$/);
    expect(a).not.toBe(b);
  });
});
