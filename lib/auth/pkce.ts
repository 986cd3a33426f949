/**
 * PKCE (RFC 7636) and the OAuth `state`, made with WebCrypto so they work in a service worker and
 * survive nothing but what we store ourselves (see ./pending.ts).
 */
const UNRESERVED = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~';

/** RFC 7636 allows 43 to 128 characters; 64 gives 384 bits, well past the 256 it recommends. */
export const VERIFIER_LENGTH = 64;

export function randomUnreserved(length: number): string {
  if (!Number.isInteger(length) || length < 1) throw new RangeError(`bad length ${length}`);

  // 66 characters: reject bytes past the last whole multiple so every character is equally likely.
  const limit = 256 - (256 % UNRESERVED.length);
  let out = '';
  while (out.length < length) {
    const bytes = crypto.getRandomValues(new Uint8Array(length * 2));
    for (const byte of bytes) {
      if (byte < limit && out.length < length) out += UNRESERVED[byte % UNRESERVED.length];
    }
  }

  return out;
}

export function createCodeVerifier(length = VERIFIER_LENGTH): string {
  if (length < 43 || length > 128) throw new RangeError('A PKCE verifier has 43 to 128 characters');
  return randomUnreserved(length);
}

export function isValidCodeVerifier(verifier: string): boolean {
  return /^[A-Za-z0-9\-._~]{43,128}$/.test(verifier);
}

export function base64UrlEncode(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The S256 challenge: base64url (no padding) of the SHA-256 of the verifier's ASCII bytes. */
export async function createCodeChallenge(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64UrlEncode(new Uint8Array(digest));
}

/** 32 unguessable characters; compared exactly when the callback returns. */
export function createState(): string {
  return randomUnreserved(32);
}

export interface PkcePair {
  verifier: string;
  challenge: string;
}

export async function createPkcePair(): Promise<PkcePair> {
  const verifier = createCodeVerifier();
  return { verifier, challenge: await createCodeChallenge(verifier) };
}
