import type { ChatReply } from './types';
import type { ReplyInput } from './reply-input';
import {
  dayOf,
  factOf,
  fromFacts,
  hasActivities,
  itemEvidence,
  listOf,
  recordEvidence,
  unknown,
} from './reply-input';

/** Questions about who and when: last and next contact, main contact, owner. */
export function lastContact(input: ReplyInput): ChatReply {
  const last = factOf(input, 'lastContact');
  if (last) {
    const { date, subject } = last.values;
    const when = `${input.fmt.date(date)} (${input.fmt.relativeDays(date, input.today)})`;
    const what = subject ? `: “${subject}”` : '';
    return {
      kind: 'answer',
      intent: 'lastContact',
      text: `The last recorded contact was on ${when}${what}.`,
      evidence: last.evidence,
    };
  }

  const silent = factOf(input, 'silentPeriod');
  if (silent) return fromFacts(input, 'lastContact', [silent]);

  if (hasActivities(input)) {
    return {
      kind: 'answer',
      intent: 'lastContact',
      text: 'No contact is recorded among the loaded activities.',
      evidence: [recordEvidence(input)],
    };
  }

  return unknown(
    `I don't know: activities are not loaded for ${input.context.object.label} records.`,
  );
}

export function nextContact(input: ReplyInput): ChatReply {
  const next = factOf(input, 'nextContact');
  if (next) {
    const { date, subject } = next.values;
    const when = `${input.fmt.date(date)} (${input.fmt.relativeDays(date, input.today)})`;
    return {
      kind: 'answer',
      intent: 'nextContact',
      text: `Next planned: ${subject ? `“${subject}” ` : ''}on ${when}.`,
      evidence: next.evidence,
    };
  }

  if (hasActivities(input)) {
    return {
      kind: 'answer',
      intent: 'nextContact',
      text: 'Nothing is planned: there is no open task due from today and no future event.',
      evidence: [recordEvidence(input)],
    };
  }

  return unknown(
    `I don't know: activities are not loaded for ${input.context.object.label} records.`,
  );
}

function fromContactRoles(input: ReplyInput): ChatReply | undefined {
  const roles = listOf(input, 'contactRoles')?.items ?? [];
  const primary = roles.find((r) => r.fields.IsPrimary === true) ?? roles[0];
  if (!primary) return undefined;

  const role = typeof primary.fields.Role === 'string' ? `, ${primary.fields.Role}` : '';
  const how = primary.fields.IsPrimary === true ? 'the primary contact' : 'the first contact role';
  const contactId = primary.fields.ContactId;
  const evidence =
    typeof contactId === 'string'
      ? { objectApiName: 'Contact', recordId: contactId, label: primary.name }
      : itemEvidence(primary, 'IsPrimary');
  return {
    kind: 'answer',
    intent: 'mainContact',
    text: `${primary.name}${role} is ${how} on this opportunity.`,
    evidence: [evidence],
  };
}

function fromContacts(input: ReplyInput): ChatReply | undefined {
  const dated = (listOf(input, 'contacts')?.items ?? [])
    .map((item) => ({ item, day: dayOf(input, item.fields.LastActivityDate) }))
    .filter((c): c is typeof c & { day: string } => c.day !== undefined && c.day <= input.today)
    .sort((a, b) => b.day.localeCompare(a.day));
  const top = dated[0];
  if (!top) return undefined;

  const when = input.fmt.relativeDays(top.day, input.today);
  return {
    kind: 'answer',
    intent: 'mainContact',
    text: `${top.item.name} has the most recent activity (${input.fmt.date(top.day)}, ${when}); no primary contact is marked.`,
    evidence: [itemEvidence(top.item, 'LastActivityDate')],
  };
}

export function mainContact(input: ReplyInput): ChatReply {
  const { context } = input;
  const found = fromContactRoles(input) ?? fromContacts(input);
  if (found) return found;

  if (context.object.name === 'Contact' || context.object.name === 'Lead') {
    return {
      kind: 'answer',
      intent: 'mainContact',
      text: `This ${context.object.label.toLowerCase()} is the person: ${context.record.name}.`,
      evidence: [recordEvidence(input)],
    };
  }

  const contact = context.record.fields.Contact as { Name?: unknown } | null | undefined;
  if (typeof contact?.Name === 'string') {
    return {
      kind: 'answer',
      intent: 'mainContact',
      text: `The contact on this ${context.object.label.toLowerCase()} is ${contact.Name}.`,
      evidence: [recordEvidence(input, 'ContactId')],
    };
  }

  const lists = [listOf(input, 'contactRoles'), listOf(input, 'contacts')];
  if (lists.some((l) => l && l.totalSize === 0)) {
    return {
      kind: 'answer',
      intent: 'mainContact',
      text: 'No contacts are recorded for this record.',
      evidence: [recordEvidence(input)],
    };
  }

  return unknown(`I don't know: no contact roles or contacts are loaded for this record.`);
}

export function owner(input: ReplyInput): ChatReply {
  const fact = factOf(input, 'owner');
  if (fact) return fromFacts(input, 'owner', [fact]);

  return unknown(`I don't know: the owner was not loaded for this record.`);
}
