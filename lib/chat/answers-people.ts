import { nounInSentence, t } from '../i18n';
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
    const when = [input.fmt.date(date), input.fmt.relativeDays(date, input.today)];
    return {
      kind: 'answer',
      intent: 'lastContact',
      text: subject ? t('chatLastContactSubject', [...when, subject]) : t('chatLastContact', when),
      evidence: last.evidence,
    };
  }

  const silent = factOf(input, 'silentPeriod');
  if (silent) return fromFacts(input, 'lastContact', [silent]);

  if (hasActivities(input)) {
    return {
      kind: 'answer',
      intent: 'lastContact',
      text: t('chatNoContactLoaded'),
      evidence: [recordEvidence(input)],
    };
  }

  return unknown(t('chatNoActivities', input.context.object.label));
}

export function nextContact(input: ReplyInput): ChatReply {
  const next = factOf(input, 'nextContact');
  if (next) {
    const { date, subject } = next.values;
    const when = [input.fmt.date(date), input.fmt.relativeDays(date, input.today)];
    return {
      kind: 'answer',
      intent: 'nextContact',
      text: subject ? t('chatNextContactSubject', [...when, subject]) : t('chatNextContact', when),
      evidence: next.evidence,
    };
  }

  if (hasActivities(input)) {
    return {
      kind: 'answer',
      intent: 'nextContact',
      text: t('chatNothingPlanned'),
      evidence: [recordEvidence(input)],
    };
  }

  return unknown(t('chatNoActivities', input.context.object.label));
}

function fromContactRoles(input: ReplyInput): ChatReply | undefined {
  const roles = listOf(input, 'contactRoles')?.items ?? [];
  const primary = roles.find((r) => r.fields.IsPrimary === true) ?? roles[0];
  if (!primary) return undefined;

  const role = typeof primary.fields.Role === 'string' ? primary.fields.Role : undefined;
  const isPrimary = primary.fields.IsPrimary === true;
  const contactId = primary.fields.ContactId;
  const evidence =
    typeof contactId === 'string'
      ? { objectApiName: 'Contact', recordId: contactId, label: primary.name }
      : itemEvidence(primary, 'IsPrimary');
  return {
    kind: 'answer',
    intent: 'mainContact',
    text: isPrimary
      ? role
        ? t('chatPrimaryContactRole', [primary.name, role])
        : t('chatPrimaryContact', primary.name)
      : role
        ? t('chatFirstContactRoleRole', [primary.name, role])
        : t('chatFirstContactRole', primary.name),
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
    text: t('chatMostRecentContact', [top.item.name, input.fmt.date(top.day), when]),
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
      text: t('chatIsThePerson', [nounInSentence(context.object.label), context.record.name]),
      evidence: [recordEvidence(input)],
    };
  }

  const contact = context.record.fields.Contact as { Name?: unknown } | null | undefined;
  if (typeof contact?.Name === 'string') {
    return {
      kind: 'answer',
      intent: 'mainContact',
      text: t('chatContactOn', [nounInSentence(context.object.label), contact.Name]),
      evidence: [recordEvidence(input, 'ContactId')],
    };
  }

  const lists = [listOf(input, 'contactRoles'), listOf(input, 'contacts')];
  if (lists.some((l) => l && l.totalSize === 0)) {
    return {
      kind: 'answer',
      intent: 'mainContact',
      text: t('chatNoContacts'),
      evidence: [recordEvidence(input)],
    };
  }

  return unknown(t('chatNoContactData'));
}

export function owner(input: ReplyInput): ChatReply {
  const fact = factOf(input, 'owner');
  if (fact) return fromFacts(input, 'owner', [fact]);

  return unknown(t('chatNoOwner'));
}
