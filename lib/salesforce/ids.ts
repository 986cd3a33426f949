/**
 * Salesforce record ids: 15 case-sensitive characters, or those 15 plus a 3-character checksum
 * that encodes where the upper-case letters are (../shared/SALESFORCE.md section 5). Sofie keeps
 * every id in the 18-character form so that the same record always compares equal.
 */
const CHECKSUM_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const ID15 = /^[a-zA-Z0-9]{15}$/;
const ID18 = /^[a-zA-Z0-9]{15}[A-Z0-5]{3}$/;

function checksumOf(id15: string): string {
  let suffix = '';
  for (let group = 0; group < 3; group++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charCodeAt(group * 5 + i);
      if (c >= 65 && c <= 90) bits |= 1 << i;
    }

    suffix += CHECKSUM_ALPHABET.charAt(bits);
  }

  return suffix;
}

/** The 18-character form of a valid id, or undefined for anything else (wrong checksum too). */
export function normaliseId(id: string): string | undefined {
  if (typeof id !== 'string') return undefined;
  if (ID15.test(id)) return id + checksumOf(id);
  if (ID18.test(id) && checksumOf(id.slice(0, 15)) === id.slice(15)) return id;
  return undefined;
}

/** True for a 15-character id, or an 18-character id whose checksum matches. */
export function isValidId(id: string): boolean {
  return normaliseId(id) !== undefined;
}

/** Adds the checksum to a 15-character id. Passing anything else is a bug. */
export function to18(id15: string): string {
  if (!ID15.test(id15)) throw new RangeError('to18 expects a 15-character Salesforce id');
  return id15 + checksumOf(id15);
}

/** The 3-character key prefix of a valid id (names the object in the org), else undefined. */
export function keyPrefix(id: string): string | undefined {
  return normaliseId(id)?.slice(0, 3);
}

/** True when both are valid ids of the same record, whatever their length. */
export function sameId(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const left = normaliseId(a);
  return left !== undefined && left === normaliseId(b);
}

/**
 * Prefixes that are the same in every org. For display hints only (an icon, a guess while the
 * describe loads): some prefixes are shared, so the org's describeGlobal decides.
 */
export const WELL_KNOWN_KEY_PREFIXES: Readonly<Record<string, string>> = {
  '001': 'Account',
  '003': 'Contact',
  '005': 'User',
  '006': 'Opportunity',
  '00Q': 'Lead',
  '00T': 'Task',
  '00U': 'Event',
  '500': 'Case',
  '701': 'Campaign',
  '800': 'Contract',
};

export function wellKnownObject(prefix: string): string | undefined {
  return Object.hasOwn(WELL_KNOWN_KEY_PREFIXES, prefix)
    ? WELL_KNOWN_KEY_PREFIXES[prefix]
    : undefined;
}

export interface GlobalDescribeEntry {
  name: string;
  keyPrefix: string | null;
}

/**
 * The object of a key prefix in this org. When several objects share a prefix (some `*Share`
 * objects do), the one that is not a share, history or feed object wins, as records users open are
 * of that kind.
 */
export function objectForKeyPrefix(
  prefix: string,
  globalDescribe: readonly GlobalDescribeEntry[],
): string | undefined {
  const matches = globalDescribe.filter((o) => o.keyPrefix === prefix).map((o) => o.name);
  if (matches.length <= 1) return matches[0];
  return matches.find((name) => !/(Share|History|Feed)$/.test(name)) ?? matches[0];
}
