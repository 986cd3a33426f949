import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Chrome rejects the whole extension when a message name has other characters. */
const VALID_KEY = /^[A-Za-z0-9_@]+$/;

export type Catalogue = Record<string, { message: string; description?: string }>;

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
