import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Chrome rejects the whole extension when a message name has other characters. */
const VALID_KEY = /^[A-Za-z0-9_@]+$/;

export type Catalogue = Record<
  string,
  { message: string; description?: string; placeholders?: Record<string, { content: string }> }
>;

/** Keys present in the reference catalogue and missing (or empty) in another, per locale. */
export function missingKeys(
  reference: Catalogue,
  others: Record<string, Catalogue>,
): Record<string, string[]> {
  const report: Record<string, string[]> = {};
  for (const [locale, catalogue] of Object.entries(others)) {
    const missing = Object.keys(reference).filter((key) => !catalogue[key]?.message?.trim());
    const extra = Object.keys(catalogue).filter((key) => !(key in reference));
    const invalid = Object.keys(catalogue).filter((key) => !VALID_KEY.test(key));
    const problems = [
      ...missing,
      ...extra.map((key) => `${key} (not in en)`),
      ...invalid.map((key) => `${key} (Chrome allows only letters, digits and _)`),
    ];
    if (problems.length) report[locale] = problems;
  }
  return report;
}

export function readCatalogues(dir = 'public/_locales'): Record<string, Catalogue> {
  return Object.fromEntries(
    readdirSync(dir).map((locale) => [
      locale,
      JSON.parse(readFileSync(join(dir, locale, 'messages.json'), 'utf8')) as Catalogue,
    ]),
  );
}

/** The message with its named placeholders expanded, as Chrome does when it loads a catalogue. */
function expanded(entry: Catalogue[string]): string {
  return entry.message.replace(
    /\$(\w+)\$/g,
    (whole, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? whole,
  );
}

/** Which substitutions ($1 to $9) a message uses. */
export function substitutionsUsed(entry: Catalogue[string]): number[] {
  const used = new Set<number>();
  for (const match of expanded(entry).matchAll(/\$(\$|[1-9])/g)) {
    if (match[1] !== '$') used.add(Number(match[1]));
  }

  return [...used].sort((a, b) => a - b);
}

/** Keys whose translation uses other substitutions than the reference, per locale. */
export function placeholderMismatches(
  reference: Catalogue,
  others: Record<string, Catalogue>,
): Record<string, string[]> {
  const report: Record<string, string[]> = {};
  for (const [locale, catalogue] of Object.entries(others)) {
    const problems = Object.entries(reference)
      .filter(([key]) => catalogue[key])
      .filter(
        ([key, entry]) =>
          substitutionsUsed(entry).join() !== substitutionsUsed(catalogue[key]!).join(),
      )
      .map(([key]) => `${key} (placeholders differ from en)`);
    if (problems.length) report[locale] = problems;
  }

  return report;
}

/**
 * `browser.i18n.getMessage` over one catalogue, the way Chrome fills it: named placeholders first,
 * then $1 to $9 from the substitutions, and `$$` for a dollar sign. Unknown keys give "".
 */
export function messageFrom(
  catalogue: Catalogue,
): (key: string, substitutions?: string | (string | number)[]) => string {
  return (key, substitutions) => {
    const entry = catalogue[key];
    if (!entry) return '';

    const values = substitutions === undefined ? [] : [substitutions].flat().map(String);
    return expanded(entry).replace(/\$(\$|[1-9])/g, (_, which: string) =>
      which === '$' ? '$' : (values[Number(which) - 1] ?? ''),
    );
  };
}
