import type { NewFieldChange } from '../changes/change-set';
import { displayValue } from '../changes/display';
import { tPlural } from '../i18n';
import { parseInstruction } from '../insights/instruction';

import type { ReplyInput } from './reply-input';
import { capabilities } from './reply-input';
import type { ChatReply } from './types';

/**
 * "Move the close date to next Friday" becomes proposed changes for review; nothing is written
 * here. Whatever the parser could not read is said back, so the person can rephrase it.
 */
export function prepareChange(input: ReplyInput, question: string): ChatReply {
  const { context, options } = input;
  const parsed = parseInstruction(question, context.object, {
    now: options.now,
    timeZone: input.timeZone,
    locale: input.fmt.locale,
    currency: input.currency,
  });
  const problems = parsed.notUnderstood.map((n) => n.message).join(' ');
  if (parsed.changes.length === 0) {
    return { kind: 'unknown', text: `${problems} ${capabilities()}`.trim() };
  }

  const proposals: NewFieldChange[] = parsed.changes.map((c) => ({
    field: c.field,
    proposedValue: c.value,
    provenance: { kind: 'user' },
  }));
  const list = parsed.changes
    .map((c) => `${c.label} → ${displayValue(c.value, context.object.fields[c.field], input.fmt)}`)
    .join('; ');
  const count = parsed.changes.length;
  const text = [
    tPlural(count, { one: 'chatPrepared_one', other: 'chatPrepared_other' }, [String(count), list]),
    problems,
  ]
    .filter(Boolean)
    .join(' ');
  return {
    kind: 'prepare-change',
    changes: parsed.changes,
    proposals,
    notUnderstood: parsed.notUnderstood,
    text,
  };
}
