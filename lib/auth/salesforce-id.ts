/**
 * Record-id checks for the ids in a token's identity URL. 15 characters, or 18 with the checksum
 * suffix described in SALESFORCE.md section 5; the checksum is verified so a mangled id is refused.
 */
const CHECKSUM_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

function checksum(id15: string): string {
  let out = '';
  for (let group = 0; group < 3; group++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const char = id15.charAt(group * 5 + i);
      if (char >= 'A' && char <= 'Z') bits |= 1 << i;
    }

    out += CHECKSUM_ALPHABET.charAt(bits);
  }

  return out;
}

export function isSalesforceId(id: string, keyPrefix?: string): boolean {
  if (!/^[a-zA-Z0-9]{15}(?:[A-Z0-5]{3})?$/.test(id)) return false;
  if (keyPrefix && !id.startsWith(keyPrefix)) return false;
  return id.length === 15 || checksum(id.slice(0, 15)) === id.slice(15);
}

/** The 18-character form, so ids from different sources compare equal. */
export function toId18(id: string): string {
  return id.length === 18 ? id : id + checksum(id);
}
