/** Fails the build when a message key is missing in one language or its placeholders differ. */
import { missingKeys, placeholderMismatches, readCatalogues } from './locales';

const { en, ...others } = readCatalogues();
if (!en) throw new Error('public/_locales/en/messages.json is missing');

const report = missingKeys(en, { en, ...others });
for (const [locale, problems] of Object.entries(placeholderMismatches(en, others))) {
  report[locale] = [...(report[locale] ?? []), ...problems];
}

if (Object.keys(report).length) {
  for (const [locale, keys] of Object.entries(report)) {
    console.error(`Locale "${locale}" is incomplete: ${keys.join(', ')}`);
  }
  process.exit(1);
}

console.log(
  `Locales complete: en + ${Object.keys(others).join(', ')} (${Object.keys(en).length} keys).`,
);
