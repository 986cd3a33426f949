import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import {
  NOW,
  busyAccount,
  caseNewAfterReply,
  emptyAccount,
  hugeAccount,
  opportunityPastClose,
  projectGreenOverdue,
} from '../../test/fixtures/contexts/scenarios';

import german from '../../public/_locales/de/messages.json';
import { messageFrom } from '../../scripts/locales';
import { collectFacts } from './facts';
import type { MessageFn } from './messages';
import { catalogueMessage } from './messages';
import { summariseFacts } from './summary';

const OPTS = { now: NOW, timeZone: 'Europe/Berlin', locale: 'en_GB', currency: 'EUR' };

function textsOf(context: ReturnType<typeof busyAccount>, lens: string, opts = OPTS) {
  const summary = summariseFacts(collectFacts(context, opts), opts);
  return summary.lenses.find((l) => l.lens === lens)?.sentences.map((s) => s.text);
}

describe('summariseFacts', () => {
  it('writes short sentences per lens for a deal', () => {
    expect(textsOf(opportunityPastClose(), 'project')).toEqual([
      'The close date 27 Feb 2026 passed 11 days ago.',
      'No next step is set; the open task “Send revised proposal to Rose” could be it.',
      'Nothing has changed for 49 days.',
      'Stage Proposal/Price Quote at 75%.',
    ]);
    expect(textsOf(opportunityPastClose(), 'customer')).toEqual([
      'Last contact 51 days ago: “Call Rose about volumes”.',
      'Next: “Send revised proposal to Rose” in 3 days.',
      'No contact for 51 days.',
      'Owned by Sam Sales.',
    ]);
  });

  it('writes them in German for a German browser, with the user locale’s dates', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(messageFrom(german));
    const opts = { ...OPTS, locale: 'de_DE' };

    expect(textsOf(opportunityPastClose(), 'project', opts)).toEqual([
      'Der Schlusstermin 27.02.2026 ist vor 11 Tagen verstrichen.',
      'Kein nächster Schritt festgelegt; die offene Aufgabe „Send revised proposal to Rose“ könnte es sein.',
      'Seit 49 Tagen hat sich nichts geändert.',
      'Phase Proposal/Price Quote, Wahrscheinlichkeit 75\u00a0%.',
    ]);
    expect(textsOf(busyAccount(), 'quality', opts)).toContain('Ein Kundenvorgang ist eskaliert.');
  });

  it('states the quality picture of an account with plurals and breakdowns', () => {
    expect(textsOf(busyAccount(), 'quality')).toEqual([
      'One case is escalated.',
      'One case is still New, opened 9 days ago.',
      'One open quality issue (1 Critical).',
      '3 open cases (2 High and 1 Medium); the oldest was opened 18 days ago.',
    ]);
  });

  it('keeps the evidence of each fact on its sentence and counts what it left out', () => {
    const facts = collectFacts(busyAccount(), OPTS);
    const summary = summariseFacts(facts, { ...OPTS, maxSentencesPerLens: 2 });
    const quality = summary.lenses[0]!;

    expect(quality.sentences).toHaveLength(2);
    expect(quality.omitted).toBe(facts.filter((f) => f.lens === 'quality').length - 2);
    const escalated = facts.find((f) => f.kind === 'escalatedCases')!;
    expect(quality.sentences[0]).toMatchObject({
      factIds: [escalated.id],
      evidence: escalated.evidence,
      messageId: 'escalatedCases',
      params: { count: 1 },
    });
  });

  it('formats numbers and dates in the user locale and keeps the words in Sofie’s language', () => {
    const german = { ...OPTS, locale: 'de_DE' };

    expect(textsOf(hugeAccount(), 'quality', german)).toEqual([
      'At least 20 open cases among 5.000 open or recent ones.',
    ]);
    expect(textsOf(projectGreenOverdue(), 'project', german)?.[0]).toBe(
      '2 milestones are overdue (Design sign-off and Pilot run), the first since 20.02.2026.',
    );
  });

  it('renders through a message function the caller supplies', () => {
    const shout: MessageFn = (id, params, locale) =>
      catalogueMessage(id, params, locale).toUpperCase();

    const summary = summariseFacts(collectFacts(caseNewAfterReply(), OPTS), {
      ...OPTS,
      message: shout,
    });

    expect(summary.lenses[0]?.sentences[1]?.text).toBe(
      'WE REPLIED 3 DAYS AGO, BUT THE STATUS IS STILL NEW.',
    );
  });

  it('is deterministic and empty for a record without facts', () => {
    const a = summariseFacts(collectFacts(busyAccount(), OPTS), OPTS);
    const b = summariseFacts(collectFacts(busyAccount(), OPTS), OPTS);
    const empty = summariseFacts([], OPTS);

    expect(a).toEqual(b);
    expect(a.generated).toBe(false);
    expect(summariseFacts(collectFacts(emptyAccount(), OPTS), OPTS).lenses).toEqual(empty.lenses);
    expect(empty.lenses.every((l) => l.sentences.length === 0)).toBe(true);
  });
});
