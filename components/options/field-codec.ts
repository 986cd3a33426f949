import type { Settings, UserSettingKey } from '@/lib/settings/settings-model';

import type { Draft } from './options-store';

/** How a setting is edited: most are shown as text and turned back into values on save. */
export type FieldKind = 'list' | 'field-map' | 'count' | 'plain';

const KINDS: Partial<Record<UserSettingKey, FieldKind>> = {
  writableObjects: 'list',
  blockedFields: 'field-map',
  searchObjects: 'list',
  maxFieldsPerChange: 'count',
};

export const kindOf = (key: UserSettingKey): FieldKind => KINDS[key] ?? 'plain';

/** The text shown in a field for a stored value. */
export function toText(key: UserSettingKey, value: unknown): unknown {
  switch (kindOf(key)) {
    case 'list':
      return Array.isArray(value) ? value.join('\n') : '';
    case 'field-map':
      return Object.entries((value ?? {}) as Settings['blockedFields'])
        .map(([object, fields]) => `${object}: ${fields.join(', ')}`)
        .join('\n');
    case 'count':
      return String(value);
    case 'plain':
      return value;
  }
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * The value to send for what was typed. Text that cannot be read is sent as it is, so the
 * background's validation names the problem next to the field instead of it vanishing here.
 */
export function fromText(key: UserSettingKey, text: unknown): unknown {
  if (typeof text !== 'string') return text;
  switch (kindOf(key)) {
    case 'list': {
      const entries = lines(text);
      return entries.length ? entries : null;
    }

    case 'field-map': {
      const map: Record<string, string[]> = {};
      for (const line of lines(text)) {
        const match = /^([^:]+):(.*)$/.exec(line);
        if (!match) return text;
        const fields = (match[2] ?? '')
          .split(',')
          .map((f) => f.trim())
          .filter(Boolean);
        map[(match[1] ?? '').trim()] = fields;
      }

      return map;
    }

    case 'count':
      return /^\s*-?\d+(\.\d+)?\s*$/.test(text) ? Number(text) : text;
    case 'plain':
      return text;
  }
}

export function patchOf(draft: Draft): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(draft).map(([key, text]) => [key, fromText(key as UserSettingKey, text)]),
  );
}
