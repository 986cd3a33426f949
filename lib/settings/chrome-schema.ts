/**
 * The subset of JSON Schema Chrome accepts for `storage.managed_schema` (and Edge with it):
 * `type`, `properties`, `additionalProperties`, `patternProperties`, `items`, `enum`, `minimum`,
 * `maximum`, `pattern`, `required`, plus `title` and `description`. Used to check the shipped schema
 * and the example policies in docs/policies/ without a general JSON Schema library.
 */
export interface ChromeSchema {
  type: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  title?: string;
  description?: string;
  properties?: Record<string, ChromeSchema>;
  additionalProperties?: ChromeSchema | false;
  patternProperties?: Record<string, ChromeSchema>;
  items?: ChromeSchema;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  pattern?: string;
  required?: string[];
}

const KEYWORDS = new Set([
  'type',
  'title',
  'description',
  'properties',
  'additionalProperties',
  'patternProperties',
  'items',
  'enum',
  'minimum',
  'maximum',
  'pattern',
  'required',
]);

/** Keywords Chrome would not understand, as paths, so a typo in the schema fails a test. */
export function unsupportedKeywords(schema: unknown, path = '$'): string[] {
  if (typeof schema !== 'object' || schema === null) return [`${path} is not a schema`];
  const node = schema as Record<string, unknown>;
  const found = Object.keys(node)
    .filter((k) => !KEYWORDS.has(k))
    .map((k) => `${path}.${k}`);
  const children: [string, unknown][] = [
    ...Object.entries((node.properties ?? {}) as Record<string, unknown>).map(
      ([k, v]): [string, unknown] => [`${path}.properties.${k}`, v],
    ),
    ...Object.entries((node.patternProperties ?? {}) as Record<string, unknown>).map(
      ([k, v]): [string, unknown] => [`${path}.patternProperties.${k}`, v],
    ),
  ];
  if (node.items) children.push([`${path}.items`, node.items]);
  if (typeof node.additionalProperties === 'object') {
    children.push([`${path}.additionalProperties`, node.additionalProperties]);
  }

  return [...found, ...children.flatMap(([p, child]) => unsupportedKeywords(child, p))];
}

function typeMatches(type: ChromeSchema['type'], value: unknown): boolean {
  switch (type) {
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
  }
}

/** Every way `value` breaks `schema`, as `path: reason`; empty when it is valid. */
export function validateAgainst(schema: ChromeSchema, value: unknown, path = '$'): string[] {
  if (!typeMatches(schema.type, value)) return [`${path}: expected ${schema.type}`];

  const errors: string[] = [];
  if (schema.enum && !schema.enum.includes(value)) errors.push(`${path}: not one of the choices`);
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) errors.push(`${path}: too small`);
    if (schema.maximum !== undefined && value > schema.maximum) errors.push(`${path}: too large`);
  }

  if (typeof value === 'string' && schema.pattern && !new RegExp(schema.pattern).test(value)) {
    errors.push(`${path}: does not match ${schema.pattern}`);
  }

  if (Array.isArray(value) && schema.items) {
    const items = schema.items;
    value.forEach((item, i) => errors.push(...validateAgainst(items, item, `${path}[${i}]`)));
  }

  if (schema.type === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of schema.required ?? []) {
      if (!(key in object)) errors.push(`${path}.${key}: required`);
    }

    for (const [key, child] of Object.entries(object)) {
      const childSchema =
        schema.properties?.[key] ??
        Object.entries(schema.patternProperties ?? {}).find(([p]) =>
          new RegExp(p).test(key),
        )?.[1] ??
        schema.additionalProperties;
      if (childSchema === undefined || childSchema === false) {
        errors.push(`${path}.${key}: not in the schema`);
        continue;
      }

      errors.push(...validateAgainst(childSchema, child, `${path}.${key}`));
    }
  }

  return errors;
}
