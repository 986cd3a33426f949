import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { bundleEvidenceSchema, contextBundleSchema } from './bundle-schema';

const doc = readFileSync(new URL('../../docs/context-bundle.md', import.meta.url), 'utf8');

interface Def {
  type?: string;
  element?: { def?: Def };
  innerType?: { def?: Def };
  shape?: Record<string, { def?: Def }>;
}

/** Every leaf and list of a zod object, written as the doc writes it (`related[].items[].id`). */
function documentedPaths(shape: Record<string, { def?: Def }>, prefix = ''): string[] {
  return Object.entries(shape).flatMap(([key, value]) => {
    const def = value.def;
    const path = `${prefix}${key}`;
    if (def?.type === 'array') {
      const element = def.element?.def;
      if (!element?.shape || key === 'evidence') return [`${path}[]`];
      return [`${path}[]`, ...documentedPaths(element.shape, `${path}[].`)];
    }

    if (def?.shape) return documentedPaths(def.shape, `${path}.`);
    return [path];
  });
}

describe('docs/context-bundle.md', () => {
  it('gives an example that validates against the schema', () => {
    const example = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1];

    const parsed = contextBundleSchema.safeParse(JSON.parse(example ?? 'null'));

    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });

  it('documents every field of the schema', () => {
    const paths = documentedPaths(contextBundleSchema.shape);
    const evidence = Object.keys(bundleEvidenceSchema.shape).map((k) => `evidence \`${k}\``);

    const missing = [...paths.map((p) => `\`${p}\``), ...evidence].filter((p) => !doc.includes(p));

    expect(paths.length).toBeGreaterThan(30);
    expect(missing).toEqual([]);
  });
});
