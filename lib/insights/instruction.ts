import { t } from '../i18n';
import type { FieldType, ObjectMeta } from '../salesforce/describe';

import { localDate } from './dates';
import { matchField } from './parse/field-match';
import { parseFieldValue } from './parse/field-value';

/**
 * Reads an instruction such as "set stage to Negotiation and close date to end of next month"
 * into field changes. Clauses are split on "and", commas and semicolons, except where the text
 * after the split does not start with a field (so "next step: call Rose and Tim" stays one).
 * The changes still go through review and validation like any other proposal.
 */
export interface InstructionChange {
  field: string;
  label: string;
  type: FieldType;
  value: unknown;
  /** The clause this change was read from. */
  text: string;
}

export interface NotUnderstood {
  text: string;
  message: string;
}

export interface InstructionResult {
  changes: InstructionChange[];
  notUnderstood: NotUnderstood[];
}

export interface InstructionOptions {
  now: Date;
  timeZone: string;
  /** The user's locale (`en_US`, `de-DE`...) for slashed dates and decimal commas. */
  locale: string;
  /** The currency amounts are in: the record's CurrencyIsoCode, else the org's. */
  currency: string | undefined;
}

const LEAD_VERBS = /^(?:please\s+)?(?:set|change|update|make|move|put|mark|push|shift)\s+/i;
const ARTICLES = /^(?:the|its|this)\s+/i;
const CONNECTOR = /^(?:to\b|is\b|as\b|=|:|->|→)\s*/i;

function clean(clause: string): string {
  return clause
    .trim()
    .replace(/[.!]+$/, '')
    .replace(LEAD_VERBS, '')
    .replace(ARTICLES, '')
    .replace(/^([^:=\d]*?)\s*([:=])\s*/, '$1 $2 ')
    .trim();
}

function clauses(object: ObjectMeta, text: string): string[] {
  const pieces = text.split(/(\s*;\s*|\s*,\s*(?:and\s+)?|\s+and\s+)/i);
  const result: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const piece = pieces[i] ?? '';
    const previous = result.length - 1;
    if (previous >= 0 && !matchField(object, clean(piece))) {
      result[previous] += (pieces[i - 1] ?? ' ') + piece;
    } else if (piece.trim()) {
      result.push(piece);
    }
  }

  return result;
}

export function parseInstruction(
  text: string,
  object: ObjectMeta,
  opts: InstructionOptions,
): InstructionResult {
  const result: InstructionResult = { changes: [], notUnderstood: [] };
  const ctx = {
    today: localDate(opts.now, opts.timeZone),
    timeZone: opts.timeZone,
    locale: opts.locale,
    currency: opts.currency,
  };

  for (const clause of clauses(object, text)) {
    const match = matchField(object, clean(clause));
    if (!match) {
      result.notUnderstood.push({
        text: clause.trim(),
        message: t('instructionNoField', [clause.trim(), object.label]),
      });
      continue;
    }

    const raw = match.rest.replace(CONNECTOR, '');
    const value = parseFieldValue(match.field, raw, ctx);
    if (!value.ok) {
      result.notUnderstood.push({ text: clause.trim(), message: value.message });
      continue;
    }

    result.changes.push({
      field: match.field.name,
      label: match.field.label,
      type: match.field.type,
      value: value.value,
      text: clause.trim(),
    });
  }

  if (result.changes.length === 0 && result.notUnderstood.length === 0) {
    result.notUnderstood.push({ text, message: t('instructionNotUnderstood', text.trim()) });
  }

  return result;
}
