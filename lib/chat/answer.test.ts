import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import german from '../../public/_locales/de/messages.json';
import { messageFrom } from '../../scripts/locales';
import { createChangeSet } from '../changes/change-set';
import { collectFacts } from '../insights/facts';
import type { RecordContext } from '../salesforce/record-context';
import { sfId } from '../../test/fixtures/contexts/build';
import * as scenarios from '../../test/fixtures/contexts/scenarios';
import { NOW } from '../../test/fixtures/contexts/scenarios';

import { answer } from './answer';
import type { ChatReply } from './types';

const ask = (question: string, context: RecordContext) =>
  answer(question, { context, facts: collectFacts(context, { now: NOW }), now: NOW });

function answered(reply: ChatReply) {
  if (reply.kind !== 'answer')
    throw new Error(`Expected an answer, got ${reply.kind}: ${reply.text}`);
  return reply;
}

const ids = (reply: ChatReply) => answered(reply).evidence.map((e) => e.recordId);

describe('answer on an opportunity', () => {
  const context = scenarios.opportunityPastClose();
  const task = (n: number) => sfId('00T', n);

  it('tells when we last talked to them, citing the completed call', () => {
    const reply = answered(ask('When did we last talk to them?', context));

    expect(reply.intent).toBe('lastContact');
    expect(reply.text).toBe(
      'The last recorded contact was on 18 Jan 2026 (51 days ago): “Call Rose about volumes”.',
    );
    expect(ids(reply)).toEqual([task(2)]);
  });

  it('tells the next planned contact', () => {
    const reply = answered(ask("What's the next call?", context));

    expect(reply.text).toBe(
      'Next planned: “Send revised proposal to Rose” on 13 Mar 2026 (in 3 days).',
    );
    expect(ids(reply)).toEqual([task(1)]);
  });

  it('names the primary contact role', () => {
    const reply = answered(ask('Who is the main contact?', context));

    expect(reply.text).toBe(
      'Rose Gonzalez, Decision Maker is the primary contact on this opportunity.',
    );
    expect(ids(reply)).toEqual([sfId('00K', 1)]);
  });

  it('gives the deal status with stage, amount and close date', () => {
    const reply = answered(ask('How is the deal going?', context));

    expect(reply.intent).toBe('dealStatus');
    expect(reply.text).toContain('Stage Proposal/Price Quote at 75%.');
    expect(reply.text).toContain('Amount €48,000.00.');
    expect(reply.text).toContain('The close date 27 Feb 2026 passed 11 days ago.');
    expect(answered(reply).evidence.map((e) => e.field)).toEqual(
      expect.arrayContaining(['StageName', 'Amount', 'CloseDate']),
    );
  });

  it('lists what is overdue', () => {
    const reply = answered(ask('Is anything overdue?', context));

    expect(reply.text).toBe('The close date 27 Feb 2026 passed 11 days ago.');
  });

  it('names the owner', () => {
    expect(answered(ask('Who owns this?', context)).text).toBe('Owned by Sam Sales.');
  });

  it('summarises per lens from the summary facts', () => {
    const reply = answered(ask('Summarise this for me', context));

    expect(reply.text.split('\n').map((l) => l.split(':')[0])).toEqual([
      'Customer',
      'Project & deal',
    ]);
    expect(reply.evidence.length).toBeGreaterThan(3);
  });

  it('prepares a change from an instruction without writing anything', () => {
    const reply = ask('Move the close date to next Friday and set stage to Negotiation', context);

    expect(reply).toMatchObject({
      kind: 'prepare-change',
      changes: [
        { field: 'CloseDate', value: '2026-03-13' },
        { field: 'StageName', value: 'Negotiation/Review' },
      ],
      proposals: [
        { field: 'CloseDate', proposedValue: '2026-03-13', provenance: { kind: 'user' } },
        { field: 'StageName', proposedValue: 'Negotiation/Review', provenance: { kind: 'user' } },
      ],
    });
    expect(reply.text).toContain('Nothing is written until you approve it.');
    if (reply.kind !== 'prepare-change') return;
    const changeSet = createChangeSet(context, reply.proposals, { id: 'c1', now: NOW });
    expect(changeSet.changes.map((c) => [c.field, c.baseValue])).toEqual([
      ['CloseDate', '2026-02-27'],
      ['StageName', 'Proposal/Price Quote'],
    ]);
  });

  it('says plainly when an instruction names no field', () => {
    const reply = ask('Set the colour to blue', context);

    expect(reply.kind).toBe('unknown');
    expect(reply.text).toContain('it names no field of Opportunity');
  });
});

describe('answer on an account', () => {
  const context = scenarios.busyAccount();

  it('lists open cases, quality issues, opportunities and tasks', () => {
    const reply = answered(ask('What is open?', context));

    expect(reply.text).toContain('3 open cases (2 High and 1 Medium)');
    expect(reply.text).toContain('One open quality issue (1 Critical).');
    expect(reply.text).toContain('2 open opportunities worth €262,000.00.');
    expect(reply.text).toContain('One open task: “Follow up on P-200 replacement”.');
    expect(ids(reply)).toEqual(
      expect.arrayContaining([sfId('500', 2), sfId('a03', 3), sfId('00T', 4)]),
    );
  });

  it('takes the contact with the most recent activity when no role is primary', () => {
    const reply = answered(ask('Who is our key contact?', context));

    expect(reply.text).toBe(
      'Rose Gonzalez has the most recent activity (1 Feb 2026, 37 days ago); no primary contact is marked.',
    );
    expect(ids(reply)).toEqual([sfId('003', 2)]);
  });

  it('reports cases and projects at risk', () => {
    expect(answered(ask('Any support cases?', context)).text).toContain('One case is escalated.');
    expect(answered(ask('How are the projects?', context)).text).toBe(
      'Project Line 4 install is at risk.',
    );
  });

  it('understands German keywords', () => {
    expect(answered(ask('Wann hatten wir zuletzt Kontakt?', context)).intent).toBe('lastContact');
    expect(answered(ask('Was ist überfällig?', context)).intent).toBe('overdue');
    expect(answered(ask('Wer ist der Ansprechpartner?', context)).intent).toBe('mainContact');
  });
});

describe('answer on other records', () => {
  it('gives a case its status and our reply', () => {
    const reply = answered(ask("What's the status?", scenarios.caseNewAfterReply()));

    expect(reply.intent).toBe('caseStatus');
    expect(reply.text).toContain('Case 00001001 is New with High priority, opened 4 days ago.');
    expect(reply.text).toContain('We replied 3 days ago, but the status is still New.');
  });

  it('gives a project its health and milestones', () => {
    const reply = answered(ask('Is the project on track?', scenarios.projectGreenOverdue()));

    expect(reply.text).toBe(
      '2 milestones are overdue (Design sign-off and Pilot run), the first since 20 Feb 2026. Milestone Go-live is due in 10 days. Health is Green.',
    );
    expect(ids(reply)).toEqual([
      sfId('a02', 2),
      sfId('a02', 3),
      sfId('a02', 4),
      scenarios.ids.project,
    ]);
  });

  it('says a lead was never contacted', () => {
    const reply = answered(ask('When did we last talk to them?', scenarios.untouchedLead()));

    expect(reply.text).toBe('No contact recorded yet.');
    expect(ids(reply)).toEqual([scenarios.ids.lead]);
  });

  it('answers "none" with evidence when the lists are loaded but empty', () => {
    const context = scenarios.emptyAccount();

    expect(answered(ask('What is overdue?', context)).text).toBe('Nothing is overdue.');
    expect(answered(ask('What is open?', context)).evidence).toHaveLength(1);
  });

  it('names the contact on a record that carries one', () => {
    const context = scenarios.caseNewAfterReply();
    context.record.fields.Contact = { Name: 'Rose Gonzalez' };

    expect(answered(ask('Who is the contact person?', context)).text).toBe(
      'The contact on this case is Rose Gonzalez.',
    );
  });
});

describe('answer when it does not know', () => {
  it.each([
    ['a question it has no intent for', 'What is the weather in Berlin?', scenarios.busyAccount()],
    ['the deal of a case', 'What is the deal amount?', scenarios.caseNewAfterReply()],
    ['the owner when none was loaded', 'Who owns this?', scenarios.emptyAccount()],
    ['the contact of a project', 'Who is the main contact?', scenarios.projectGreenOverdue()],
  ])('says so for %s, and what it can answer', (_, question, context) => {
    const reply = ask(question, context);

    expect(reply.kind).toBe('unknown');
    expect(reply.text).toMatch(/^I don't know/);
    expect(reply.text).toContain('I can tell you');
  });

  it('explains what it can do when asked for help', () => {
    const reply = answered(ask('help', scenarios.busyAccount()));

    expect(reply.intent).toBe('help');
    expect(reply.text).toContain('prepare a change');
  });
});

describe('answer for a German browser', () => {
  it('answers a German question in German, dates in the user’s locale', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(messageFrom(german));

    const reply = answered(
      ask('Wann hatten wir zuletzt Kontakt?', scenarios.opportunityPastClose()),
    );

    expect(reply.text).toBe(
      'Der letzte erfasste Kontakt war am 18 Jan 2026 (vor 51 Tagen): „Call Rose about volumes“.',
    );
  });
});
