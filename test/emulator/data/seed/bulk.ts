/**
 * Generated seed records around each account: contacts, opportunities at every stage, cases,
 * activities over recent months, projects with milestones, quality issues and leads.
 */
import { OPPORTUNITY_STAGES, RECORD_TYPES } from '../schema/picklists';
import type { StoredRecord } from '../store';
import { str } from '../types';
import type { SeedContext } from './context';
import * as N from './names';

const STAGES = Object.keys(OPPORTUNITY_STAGES);
const PRIORITIES = ['High', 'Medium', 'Low'];
const CASE_STATUSES = ['New', 'Working', 'Escalated', 'Closed'];

export function seedBulk(s: SeedContext, accountNames: string[]): void {
  let serial = 10;
  const next = () => serial++;
  const accounts = accountNames.map((Name, i) => {
    const owner = i % 3 === 0 ? s.sales : s.admin;
    return s.add(
      'Account',
      next(),
      {
        Name,
        Type: s.pick(['Prospect', 'Customer - Direct', 'Customer - Channel']),
        Industry: s.pick(N.INDUSTRIES),
        AnnualRevenue: s.int(1, 400) * 100_000,
        NumberOfEmployees: s.int(20, 5000),
        Rating: s.pick(['Hot', 'Warm', 'Cold']),
        BillingCity: s.pick(['Hamburg', 'Munich', 'Vienna', 'Zurich', 'Lyon']),
      },
      { owner, private: owner === s.admin && i % 7 === 5, createdDaysAgo: s.int(120, 700) },
    );
  });

  accounts.forEach((account, i) => {
    const accountId = str(account.fields.Id);
    const owner = account.fields.OwnerId === s.sales.id ? s.sales : s.admin;
    const contacts = Array.from({ length: 1 + (i % 3) }, () =>
      s.add(
        'Contact',
        next(),
        {
          AccountId: accountId,
          FirstName: s.pick(N.FIRST_NAMES),
          LastName: s.pick(N.LAST_NAMES),
          Title: s.pick(N.TITLES),
          Email: `contact${serial}@${s.org.myDomain}.example`,
        },
        { owner, createdDaysAgo: s.int(60, 300) },
      ),
    );
    const contactId = str(contacts[0]!.fields.Id);

    const stage = STAGES[i % STAGES.length]!;
    const closed = OPPORTUNITY_STAGES[stage]!.isClosed;
    const opp = s.add(
      'Opportunity',
      next(),
      {
        AccountId: accountId,
        Name: `${str(account.fields.Name)} - ${s.pick(N.PRODUCTS)}`,
        RecordTypeId: i % 4 === 3 ? RECORD_TYPES.renewal : RECORD_TYPES.newBusiness,
        StageName: i % 4 === 3 && !closed ? 'Negotiation/Review' : stage,
        Amount: s.int(5, 300) * 1000,
        CloseDate: closed
          ? s.day(-s.int(5, 150))
          : s.day(i % 5 === 0 ? -s.int(1, 30) : s.int(5, 120)),
        NextStep: closed || i % 3 === 1 ? null : s.pick(N.NEXT_STEPS),
      },
      { owner, createdDaysAgo: s.int(30, 200), modifiedDaysAgo: s.int(1, 25) },
    );
    s.add('OpportunityContactRole', next(), {
      OpportunityId: opp.fields.Id,
      ContactId: contactId,
      Role: 'Decision Maker',
      IsPrimary: true,
    });
    activities(s, next, opp, contactId, owner, i);
    if (i % 2 === 0) cases(s, next, accountId, contactId, i);
  });

  projects(s, next, accounts);
  leads(s, next);
}

function activities(
  s: SeedContext,
  next: () => number,
  opp: StoredRecord,
  contactId: string,
  owner: SeedContext['sales'],
  i: number,
): void {
  const WhatId = str(opp.fields.Id);
  if (!opp.fields.IsClosed) {
    const due = i % 4 === 0 ? -s.int(1, 14) : s.int(1, 21);
    s.add(
      'Task',
      next(),
      {
        Subject: s.pick(N.NEXT_STEPS),
        WhatId,
        WhoId: contactId,
        ActivityDate: s.day(due),
        Status: 'Not Started',
        TaskSubtype: 'Task',
      },
      { owner, createdDaysAgo: s.int(2, 20) },
    );
  }
  for (let month = 1; month <= 3; month++) {
    const ago = month * 25 + s.int(0, 10);
    s.add(
      'Task',
      next(),
      {
        Subject: month === 1 ? 'Call' : 'Email: Follow-up',
        Type: month === 1 ? 'Call' : 'Email',
        TaskSubtype: month === 1 ? 'Call' : 'Email',
        WhatId,
        WhoId: contactId,
        ActivityDate: s.day(-ago),
        Status: 'Completed',
        CompletedDateTime: s.at(-ago, 14),
      },
      { owner, createdDaysAgo: ago, modifiedDaysAgo: ago },
    );
  }
  const meetingDay = -s.int(3, 80);
  s.add(
    'Event',
    next(),
    {
      Subject: 'Meeting',
      WhatId,
      WhoId: contactId,
      ActivityDateTime: s.at(meetingDay, 13),
      ActivityDate: s.day(meetingDay),
      StartDateTime: s.at(meetingDay, 13),
      EndDateTime: s.at(meetingDay, 14),
      EndDate: s.day(meetingDay),
      DurationInMinutes: 60,
      Location: 'Video call',
    },
    { owner, createdDaysAgo: -meetingDay + 7 },
  );
}

function cases(
  s: SeedContext,
  next: () => number,
  AccountId: string,
  ContactId: string,
  i: number,
) {
  const Status = CASE_STATUSES[(i / 2) % CASE_STATUSES.length]!;
  const age = s.int(1, 90);
  const record = s.add(
    'Case',
    next(),
    {
      AccountId,
      ContactId,
      Subject: N.CASE_SUBJECTS[(i / 2) % N.CASE_SUBJECTS.length]!,
      Status,
      Priority: PRIORITIES[i % PRIORITIES.length]!,
      Origin: s.pick(['Phone', 'Email', 'Web']),
      Type: 'Other',
      Reason: Status === 'Closed' ? 'Feedback' : null,
      IsEscalated: Status === 'Escalated',
    },
    { createdDaysAgo: age, modifiedDaysAgo: Math.floor(age / 3) },
  );
  if (Status === 'New') {
    // Our last word was an email; the customer has answered since: the case waits on us.
    s.add(
      'Task',
      next(),
      {
        Subject: `Email: Re: ${str(record.fields.Subject)}`,
        Type: 'Email',
        TaskSubtype: 'Email',
        WhatId: record.fields.Id,
        WhoId: ContactId,
        ActivityDate: s.day(-Math.max(1, Math.floor(age / 2))),
        Status: 'Completed',
      },
      { createdDaysAgo: Math.max(1, Math.floor(age / 2)) },
    );
  }
}

function projects(s: SeedContext, next: () => number, accounts: StoredRecord[]): void {
  N.PROJECT_NAMES.forEach((name, p) => {
    const account = accounts[p * 3]!;
    const project = s.add(
      'Project__c',
      next(),
      {
        Name: `${str(account.fields.Name)} ${name}`,
        Account__c: account.fields.Id,
        Status__c: p === 3 ? 'Completed' : p === 2 ? 'On Hold' : 'In Progress',
        Health__c: ['Green', 'Amber', 'Red', 'Green'][p],
        Start_Date__c: s.day(-120 + p * 10),
        Due_Date__c: s.day(20 + p * 15),
        Budget__c: (p + 1) * 40_000,
      },
      { owner: account.fields.OwnerId === s.sales.id ? s.sales : s.admin },
    );
    N.MILESTONE_NAMES.forEach((Name, m) => {
      const due = -60 + m * 30 + p * 5;
      const done = p === 3 || due < -20;
      s.add('Milestone__c', next(), {
        Name,
        Project__c: project.fields.Id,
        Due_Date__c: s.day(due),
        Status__c: done ? 'Done' : due < 0 ? 'In Progress' : 'Not Started',
        Completed_Date__c: done ? s.day(due) : null,
      });
    });
    const issue = N.ISSUE_NAMES[p]!;
    s.add('Quality_Issue__c', next(), {
      Name: issue,
      Account__c: account.fields.Id,
      Severity__c: ['Low', 'Medium', 'High', 'Critical'][p],
      Status__c: ['Open', 'Investigating', 'Resolved', 'Closed'][p],
      Reported_Date__c: s.day(-10 * (p + 1)),
    });
  });
}

function leads(s: SeedContext, next: () => number): void {
  for (let i = 0; i < 8; i++) {
    s.add(
      'Lead',
      next(),
      {
        FirstName: s.pick(N.FIRST_NAMES),
        LastName: s.pick(N.LAST_NAMES),
        Company: `${s.pick(N.LAST_NAMES)} GmbH`,
        Status: i % 3 === 0 ? 'Working - Contacted' : 'Open - Not Contacted',
        LeadSource: s.pick(['Web', 'Phone Inquiry', 'Partner Referral']),
      },
      { owner: i % 2 === 0 ? s.sales : s.admin, createdDaysAgo: s.int(1, 60) },
    );
  }
}
