import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { unsupportedKeywords, validateAgainst, type ChromeSchema } from './chrome-schema';
import { readPolicy } from './read-policy';
import { DEFAULT_SETTINGS, SETTING_KEYS, SETTING_SCHEMAS } from './settings-model';

const schema = JSON.parse(readFileSync('public/managed_schema.json', 'utf8')) as ChromeSchema;
const properties = schema.properties ?? {};
const POLICY_DIR = 'docs/policies';
const examples = readdirSync(POLICY_DIR).filter((name) => name.endsWith('.json'));

describe('public/managed_schema.json', () => {
  it('uses only keywords Chrome understands', () => {
    expect(unsupportedKeywords(schema)).toEqual([]);
  });

  it('gives every setting a title and a description', () => {
    const missing = Object.entries(properties)
      .filter(([, p]) => !p.title?.trim() || !p.description?.trim())
      .map(([key]) => key);

    expect(missing).toEqual([]);
  });

  it('lists the same keys as the settings model', () => {
    expect(Object.keys(properties).sort()).toEqual([...SETTING_KEYS].sort());
  });

  it('offers the same choices as the settings model', () => {
    expect(properties.summaryProvider?.enum).toEqual(SETTING_SCHEMAS.summaryProvider.options);
  });

  it('lets a guardrail value of the right type through, so Sofie can restrict instead of Chrome dropping it', () => {
    expect(validateAgainst(schema, { writeMode: 'auto', maxFieldsPerChange: 0 })).toEqual([]);
    expect(properties.writeMode?.description).toContain('Any other value turns writing off');
  });

  it("accepts each of Sofie's defaults that a policy can write", () => {
    const writable = Object.fromEntries(
      Object.entries(DEFAULT_SETTINGS).filter(([, value]) => value !== null),
    );

    expect(validateAgainst(schema, writable)).toEqual([]);
  });

  it('refuses values of the wrong type, as Chrome does', () => {
    const errors = validateAgainst(schema, {
      writeMode: true,
      maxFieldsPerChange: 'ten',
      verboseLogging: 'yes',
      blockedFields: { Account: 'Rating' },
      surprise: 1,
    });

    expect(errors).toEqual([
      '$.writeMode: expected string',
      '$.maxFieldsPerChange: expected integer',
      '$.verboseLogging: expected boolean',
      '$.blockedFields.Account: expected array',
      '$.surprise: not in the schema',
    ]);
  });
});

describe('example policies in docs/policies', () => {
  it('include the three documented examples', () => {
    expect(examples.sort()).toEqual([
      'production-read-only.json',
      'production-reviewed-writes.json',
      'sandbox-pilot.json',
    ]);
  });

  it.each(examples)('%s is valid for Chrome and for Sofie', (name) => {
    const policy: unknown = JSON.parse(readFileSync(join(POLICY_DIR, name), 'utf8'));

    expect(validateAgainst(schema, policy)).toEqual([]);
    expect(readPolicy(policy).problems).toEqual([]);
  });
});
