import { createHmac, randomBytes } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomChars(length: number, alphabet = ALPHABET): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += alphabet.charAt(byte % alphabet.length);
  return out;
}

/** Shaped like a real session id: the 15-character org id, `!`, then `AQ…`. */
export function newAccessToken(orgId: string): string {
  return `${orgId.slice(0, 15)}!AQ${randomChars(4)}.${randomChars(100, `${ALPHABET}._`)}`;
}

/** Real refresh tokens start `5Aep861`. */
export function newRefreshToken(): string {
  return `5Aep861${randomChars(80, `${ALPHABET}._`)}`;
}

/** Real codes are base64 text ending in `==`. */
export function newAuthorizationCode(): string {
  return `aPrx${randomBytes(48).toString('base64').replace(/=+$/, '')}==`;
}

export function newOpaqueId(): string {
  return randomChars(32);
}

/** Salesforce signs `id + issued_at` with the client secret (HMAC-SHA256, base64). */
export function tokenSignature(secret: string, id: string, issuedAt: string): string {
  return createHmac('sha256', secret)
    .update(id + issuedAt)
    .digest('base64');
}
