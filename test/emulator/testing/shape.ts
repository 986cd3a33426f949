/**
 * Compares the shape of two JSON values (keys and value types, not contents), for the fidelity
 * tests: recorded Salesforce answers against the emulator's. Null matches any type, as real
 * answers hold nulls where data is missing.
 */
export interface ShapeOptions {
  /** Object keys whose children are keyed by data (field names, ids): compare one entry. */
  maps?: string[];
  /** Allow keys the emulator sends beyond the recording (recordings trimmed by a client). */
  allowExtra?: boolean;
}

function kind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

export function shapeDifferences(
  recorded: unknown,
  ours: unknown,
  options: ShapeOptions = {},
  path = '$',
): string[] {
  const [a, b] = [kind(recorded), kind(ours)];
  if (a === 'null' || b === 'null') return [];
  if (a !== b) return [`${path}: recorded ${a}, emulator ${b}`];
  if (a === 'array') {
    const [r, o] = [recorded as unknown[], ours as unknown[]];
    return r.length > 0 && o.length > 0 ? shapeDifferences(r[0], o[0], options, `${path}[0]`) : [];
  }
  if (a !== 'object') return [];
  const [r, o] = [recorded as Record<string, unknown>, ours as Record<string, unknown>];
  const name = path.split('.').at(-1) ?? '';
  if (options.maps?.includes(name)) {
    const [rk, ok] = [Object.keys(r)[0], Object.keys(o)[0]];
    return rk && ok ? shapeDifferences(r[rk], o[ok], options, `${path}.*`) : [];
  }
  const diffs: string[] = [];
  for (const key of Object.keys(r)) {
    if (!(key in o)) diffs.push(`${path}.${key}: missing in the emulator's answer`);
    else diffs.push(...shapeDifferences(r[key], o[key], options, `${path}.${key}`));
  }
  if (!options.allowExtra) {
    for (const key of Object.keys(o))
      if (!(key in r)) diffs.push(`${path}.${key}: not in the recording`);
  }
  return diffs;
}
