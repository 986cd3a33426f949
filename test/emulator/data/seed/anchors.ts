/**
 * The fixed records of the Acme org (and its sandbox copy) that tests rely on; documented in
 * docs/demo-org.md under "Anchor records". Ids never change; dates are relative to the clock.
 */
import { sfid } from '../../core/ids';
import type { SeedContext } from './context';

export const ANCHORS = {
  /** Account "Acme Corporation", owned by the sales user. */
  account: sfid('001', 1),
  /** Account "Vandelay Industries": admin-owned and private, invisible to the sales user. */
  privateAccount: sfid('001', 2),
  /** Account "Old Mill Supplies": deleted, in the recycle bin. */
  deletedAccount: sfid('001', 3),
  /** Contact "Rose Gonzalez" on Acme Corporation. */
  contact: sfid('003', 1),
  /** Opportunity "Acme - 200 Widgets": Proposal/Price Quote, CloseDate 10 days ago, no NextStep. */
  opportunity: sfid('006', 1),
  /** Opportunity "Acme - Service Contract": approval-locked (Negotiation/Review). */
  lockedOpportunity: sfid('006', 2),
  /** Open Task "Send revised quote" on the opportunity, due in 3 days. */
  task: sfid('00T', 1),
  /** Case "Conveyor belt stops intermittently": High priority, open for 20 days. */
  case: sfid('500', 1),
  /** Project__c "Acme Plant Rollout": Health Green but with an overdue milestone. */
  project: sfid('a01', 1),
  /** Milestone__c "Site survey", due 5 days ago and not done. */
  overdueMilestone: sfid('a02', 1),
  /** Quality_Issue__c "Belt tension out of tolerance", on the anchor case. */
  qualityIssue: sfid('a03', 1),
  /** Account "Brennan (EMEA) & Sons": a name full of SOSL reserved characters. */
  reservedAccount: sfid('001', 4),
  /** Contact "Siobhán O'Brien-Kelly" on Brennan (EMEA) & Sons: reserved characters and an accent. */
  reservedContact: sfid('003', 2),
} as const;

export function seedAnchors(s: SeedContext, sandbox: boolean): void {
  s.add(
    'Account',
    1,
    {
      Name: 'Acme Corporation',
      Type: 'Customer - Direct',
      Industry: 'Manufacturing',
      AnnualRevenue: 125_000_000,
      NumberOfEmployees: 1800,
      Rating: 'Hot',
      Phone: sandbox ? '+49 30 0000000' : '+49 30 1234567',
      Website: 'https://acme.example',
      BillingStreet: 'Invalidenstraße 1',
      BillingCity: 'Berlin',
      BillingPostalCode: '10115',
      BillingCountry: 'Germany',
      Description: 'Key manufacturing customer; widgets and conveyor systems.',
    },
    { owner: s.sales, createdDaysAgo: 400, modifiedDaysAgo: 12 },
  );
  s.add(
    'Account',
    2,
    {
      Name: 'Vandelay Industries',
      Type: 'Prospect',
      Industry: 'Chemicals',
      AnnualRevenue: 9_000_000,
      Rating: 'Warm',
    },
    { private: true, createdDaysAgo: 200, modifiedDaysAgo: 30 },
  );
  s.add(
    'Account',
    3,
    { Name: 'Old Mill Supplies', Type: 'Other', Industry: 'Retail' },
    { deleted: true, createdDaysAgo: 300, modifiedDaysAgo: 4 },
  );
  s.add(
    'Account',
    4,
    { Name: 'Brennan (EMEA) & Sons', Type: 'Customer - Channel', Industry: 'Manufacturing' },
    { owner: s.sales, createdDaysAgo: 150, modifiedDaysAgo: 25 },
  );
  s.add(
    'Contact',
    2,
    {
      AccountId: ANCHORS.reservedAccount,
      FirstName: 'Siobhán',
      LastName: "O'Brien-Kelly",
      Title: 'Head of Operations',
      Email: 'siobhan.obrien@emea.acme.example',
    },
    { owner: s.sales, createdDaysAgo: 150, modifiedDaysAgo: 25 },
  );
  s.add(
    'Contact',
    1,
    {
      AccountId: ANCHORS.account,
      FirstName: 'Rose',
      LastName: 'Gonzalez',
      Salutation: 'Ms.',
      Title: 'VP, Procurement',
      Email: 'rose.gonzalez@acme.example',
      Phone: '+49 30 1234568',
    },
    { owner: s.sales, createdDaysAgo: 380, modifiedDaysAgo: 40 },
  );
  s.add(
    'Opportunity',
    1,
    {
      AccountId: ANCHORS.account,
      Name: 'Acme - 200 Widgets',
      RecordTypeId: s.store.schema.get('Opportunity')!.recordTypeInfos[0]!.recordTypeId,
      StageName: 'Proposal/Price Quote',
      Amount: 48_000,
      CloseDate: s.day(-10),
      NextStep: null,
      Type: 'Existing Customer - Upgrade',
      LeadSource: 'Partner Referral',
    },
    { owner: s.sales, createdDaysAgo: 75, modifiedDaysAgo: 18 },
  );
  s.add(
    'Opportunity',
    2,
    {
      AccountId: ANCHORS.account,
      Name: 'Acme - Service Contract',
      StageName: 'Negotiation/Review',
      Amount: sandbox ? 125_000 : 120_000,
      CloseDate: s.day(14),
      NextStep: 'Waiting for discount approval',
    },
    { owner: s.sales, locked: true, createdDaysAgo: 50, modifiedDaysAgo: 2 },
  );
  s.add(
    'Task',
    1,
    {
      Subject: 'Send revised quote',
      WhatId: ANCHORS.opportunity,
      WhoId: ANCHORS.contact,
      ActivityDate: s.day(3),
      Status: 'Not Started',
      Priority: 'High',
      TaskSubtype: 'Task',
    },
    { owner: s.sales, createdDaysAgo: 5, modifiedDaysAgo: 5 },
  );
  s.add(
    'Case',
    1,
    {
      AccountId: ANCHORS.account,
      ContactId: ANCHORS.contact,
      Subject: 'Conveyor belt stops intermittently',
      Description:
        'Line 3 conveyor halts every few hours; production loses about 40 minutes a day.',
      Status: 'Working',
      Priority: 'High',
      Origin: 'Phone',
      Type: 'Mechanical',
      Reason: 'Breakdown',
    },
    { createdDaysAgo: 20, modifiedDaysAgo: 6 },
  );
  s.add(
    'Project__c',
    1,
    {
      Name: 'Acme Plant Rollout',
      Account__c: ANCHORS.account,
      Status__c: 'In Progress',
      Health__c: 'Green',
      Start_Date__c: s.day(-60),
      Due_Date__c: s.day(45),
      Budget__c: 250_000,
      // Rich text as an attacker could save it: the panel must show the formatting and run nothing.
      Description__c:
        '<p>Roll out the new conveyor line at the <b>Berlin</b> plant.</p>' +
        '<p onclick="window.__sofiePwned=\'onclick\'">See the ' +
        '<a href="https://acme.example/rollout" onmouseover="window.__sofiePwned=\'link\'">rollout plan</a>.</p>' +
        '<img src=x onerror="window.__sofiePwned=\'img\'" alt="Line 3 photo">' +
        '<img src="https://tracker.example/pixel.gif">' +
        "<script>window.__sofiePwned='script'</script>",
    },
    { owner: s.sales, createdDaysAgo: 70, modifiedDaysAgo: 20 },
  );
  const milestone = (serial: number, Name: string, due: number, Status__c: string) =>
    s.add(
      'Milestone__c',
      serial,
      {
        Name,
        Project__c: ANCHORS.project,
        Due_Date__c: s.day(due),
        Status__c,
        Completed_Date__c: Status__c === 'Done' ? s.day(due - 1) : null,
      },
      { createdDaysAgo: 70, modifiedDaysAgo: 10 },
    );
  milestone(1, 'Site survey', -5, 'In Progress');
  milestone(2, 'Contract signed', -40, 'Done');
  milestone(3, 'Line installed', 30, 'Not Started');
  s.add(
    'Quality_Issue__c',
    1,
    {
      Name: 'Belt tension out of tolerance',
      Account__c: ANCHORS.account,
      Case__c: ANCHORS.case,
      Severity__c: 'High',
      Status__c: 'Investigating',
      Reported_Date__c: s.day(-18),
      Description__c: 'Tension measured 12% below specification on line 3.',
    },
    { createdDaysAgo: 18, modifiedDaysAgo: 3 },
  );
}
