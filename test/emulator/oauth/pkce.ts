import { createHash, randomBytes } from 'node:crypto';

/** base64url without padding, as PKCE (RFC 7636) wants it. */
export function base64url(bytes: Buffer): string {
  return bytes.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function s256(verifier: string): string {
  return base64url(createHash('sha256').update(verifier, 'ascii').digest());
}

/** RFC 7636: 43 to 128 characters from the unreserved set. */
export function isWellFormedVerifier(verifier: string): boolean {
  return /^[A-Za-z0-9\-._~]{43,128}$/.test(verifier);
}

export function verifyPkce(challenge: string, verifier: string | undefined): boolean {
  if (verifier === undefined || !isWellFormedVerifier(verifier)) return false;
  return s256(verifier) === challenge;
}

/** A verifier and its challenge, for tests and clients. */
export function makePkcePair(): { verifier: string; challenge: string } {
  const verifier = base64url(randomBytes(48));
  return { verifier, challenge: s256(verifier) };
}
