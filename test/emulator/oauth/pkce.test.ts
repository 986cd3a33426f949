import { describe, expect, it } from 'vitest';

import { makePkcePair, s256, verifyPkce } from './pkce';

describe('PKCE S256', () => {
  it('derives the challenge of RFC 7636 appendix B from its verifier', () => {
    const verifier = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';

    expect(s256(verifier)).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('accepts the verifier that made the challenge', () => {
    const { verifier, challenge } = makePkcePair();

    expect(verifyPkce(challenge, verifier)).toBe(true);
  });

  it('refuses another verifier, a missing one and a malformed one', () => {
    const { challenge } = makePkcePair();
    const other = makePkcePair().verifier;

    expect(verifyPkce(challenge, other)).toBe(false);
    expect(verifyPkce(challenge, undefined)).toBe(false);
    expect(verifyPkce(s256('short'), 'short')).toBe(false);
  });
});
