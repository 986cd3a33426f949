import { describe, expect, it } from 'vitest';

import { isInstruction, matchIntent } from './intents';

describe('matchIntent', () => {
  it.each([
    ['When did we last talk to them?', 'lastContact'],
    ['last activity?', 'lastContact'],
    ['Wann haben wir zuletzt gesprochen?', 'lastContact'],
    ['What is the next meeting?', 'nextContact'],
    ['Nächster Termin?', 'nextContact'],
    ['What is still open?', 'open'],
    ['Was ist offen?', 'open'],
    ['Who is the main contact?', 'mainContact'],
    ['Who should I call?', 'mainContact'],
    ['Anything overdue?', 'overdue'],
    ['Which milestones slipped?', 'overdue'],
    ['What stage is the deal in?', 'dealStatus'],
    ['Verkaufschance?', 'dealStatus'],
    ['Any support tickets?', 'caseStatus'],
    ['Is the project at risk?', 'projectHealth'],
    ['Who owns this account?', 'owner'],
    ['Wer ist verantwortlich?', 'owner'],
    ['Summarise please', 'summary'],
    ['What matters here?', 'summary'],
    ['Zusammenfassung bitte', 'summary'],
    ["What's the status?", 'status'],
    ['help', 'help'],
  ])('reads %j as %s', (question, intent) => {
    expect(matchIntent(question)).toBe(intent);
  });

  it('matches nothing for a question outside the record', () => {
    expect(matchIntent('Tell me a joke')).toBeUndefined();
  });
});

describe('isInstruction', () => {
  it.each([
    'Move the close date to next Friday',
    'set stage to Negotiation',
    'Please update the amount to 50000',
  ])('treats %j as an instruction', (text) => {
    expect(isInstruction(text)).toBe(true);
  });

  it.each(['Should I move the close date?', 'set stage?', 'What is the stage?'])(
    'treats the question %j as a question',
    (text) => {
      expect(isInstruction(text)).toBe(false);
    },
  );
});
