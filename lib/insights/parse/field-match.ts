import type { FieldMeta, ObjectMeta } from '../../salesforce/describe';

/**
 * Finds the field a clause starts with, by label or API name, case-insensitively; a typo of one
 * letter (two in long names) is forgiven. Longer names win ("close date" over "close"), and a
 * field the user may edit wins over one they may not.
 */
export interface FieldMatch {
  field: FieldMeta;
  /** The text after the field name. */
  rest: string;
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/__c\b/g, '')
    .replace(/[_\s]+/g, ' ')
    .trim();
}

function namesOf(field: FieldMeta): string[] {
  const names = new Set([normalise(field.label), normalise(field.name)]);
  // "Account ID" is also "account"; "StageName" is also "stage name".
  names.add(normalise(field.label.replace(/\s+ID$/i, '')));
  names.add(normalise(field.name.replace(/([a-z])([A-Z])/g, '$1 $2')));
  return [...names].filter((n) => n.length > 1);
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }

  return row[b.length]!;
}

interface Candidate {
  field: FieldMeta;
  length: number;
  typo: number;
}

function better(a: Candidate, b: Candidate | undefined): boolean {
  if (!b) return true;
  if (a.typo !== b.typo) return a.typo < b.typo;
  if (a.length !== b.length) return a.length > b.length;
  return a.field.updateable && !b.field.updateable;
}

export function matchField(object: ObjectMeta, clause: string): FieldMatch | undefined {
  const words = clause.trim().split(/\s+/);
  let best: Candidate | undefined;

  for (const field of Object.values(object.fields)) {
    for (const name of namesOf(field)) {
      const size = name.split(' ').length;
      if (size > words.length) continue;

      const head = normalise(words.slice(0, size).join(' '));
      const allowed = name.length > 8 ? 2 : name.length > 3 ? 1 : 0;
      const typo = head === name ? 0 : distance(head, name);
      if (typo > allowed) continue;

      const candidate = { field, length: size, typo };
      if (better(candidate, best)) best = candidate;
    }
  }

  if (!best) return undefined;
  return { field: best.field, rest: words.slice(best.length).join(' ') };
}
