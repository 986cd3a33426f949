import { describe, expect, it } from 'vitest';

import { collectFacts } from '../insights/facts';
import type { RecordContext } from '../salesforce/record-context';
import { buildContext, item, list, sfId, UAT_ORG } from '../../test/fixtures/contexts/build';
import { describes } from '../../test/fixtures/contexts/describes';
import * as scenarios from '../../test/fixtures/contexts/scenarios';
import { NOW } from '../../test/fixtures/contexts/scenarios';

import { buildContextBundle } from './bundle';
import { contextBundleSchema } from './bundle-schema';

function contactScenario(): RecordContext {
  return buildContext({
    object: describes.Contact(),
    id: scenarios.ids.contact,
    name: 'Rose Gonzalez',
    fields: { Name: 'Rose Gonzalez', Title: 'Head of Purchasing', Email: 'rose@globex.example' },
    related: [list('tasks', 'Task', []), list('cases', 'Case', [])],
  });
}

const SCENARIOS: Record<string, () => RecordContext> = {
  opportunityPastClose: scenarios.opportunityPastClose,
  caseNewAfterReply: scenarios.caseNewAfterReply,
  busyAccount: scenarios.busyAccount,
  hugeAccount: scenarios.hugeAccount,
  emptyAccount: scenarios.emptyAccount,
  projectGreenOverdue: scenarios.projectGreenOverdue,
  criticalQualityIssue: scenarios.criticalQualityIssue,
  untouchedLead: scenarios.untouchedLead,
  genericRecord: scenarios.genericRecord,
  contact: contactScenario,
};

const bundleOf = (context: RecordContext) =>
  buildContextBundle(context, collectFacts(context, { now: NOW }), undefined, {
    now: NOW,
    locale: 'en_GB',
  });

describe('buildContextBundle', () => {
  it.each(Object.entries(SCENARIOS))('builds a valid bundle for %s', (_, make) => {
    const bundle = bundleOf(make());

    const parsed = contextBundleSchema.safeParse(bundle);

    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(bundle.facts.length + bundle.keyFields.length).toBeGreaterThan(0);
  });

  it('covers every object the demo org has', () => {
    const objects = new Set(Object.values(SCENARIOS).map((make) => make().object.name));

    expect([...objects].sort()).toEqual(
      [
        'Account',
        'Case',
        'Contact',
        'Lead',
        'Milestone__c',
        'Opportunity',
        'Project__c',
        'Quality_Issue__c',
      ].sort(),
    );
  });

  it('names the record with its org, Lightning link and the user who shared it', () => {
    const bundle = bundleOf(scenarios.opportunityPastClose());

    expect(bundle).toMatchObject({
      schema: 'sofie.context-bundle',
      version: 1,
      generatedAt: '2026-03-10T09:00:00.000Z',
      record: {
        orgId: '00D000000000001EAA',
        myDomain: 'acme',
        objectApiName: 'Opportunity',
        objectLabel: 'Opportunity',
        id: scenarios.ids.opportunity,
        name: 'Globex pumps renewal',
        link: `https://acme.lightning.force.com/lightning/r/Opportunity/${scenarios.ids.opportunity}/view`,
      },
      user: { username: 'sales@acme.example', displayName: 'Sam Sales' },
    });
  });

  it('keeps the sandbox partition in record and evidence links', () => {
    const context = buildContext({
      object: describes.Opportunity(),
      org: UAT_ORG,
      id: scenarios.ids.opportunity,
      name: 'Sandbox deal',
      fields: { Name: 'Sandbox deal', StageName: 'Prospecting' },
    });

    const bundle = bundleOf(context);

    const host = 'https://acme--uat.sandbox.lightning.force.com/lightning/r/';
    expect(bundle.record.link).toBe(`${host}Opportunity/${scenarios.ids.opportunity}/view`);
    const links = bundle.facts.flatMap((f) => f.evidence.map((e) => e.link));
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((l) => l.startsWith(host))).toBe(true);
  });

  it('states each fact as a sentence with linked evidence', () => {
    const bundle = bundleOf(scenarios.opportunityPastClose());

    expect(bundle.facts.find((f) => f.kind === 'closeDatePassed')).toEqual({
      id: 'closeDatePassed',
      lens: 'project',
      kind: 'closeDatePassed',
      severity: 'urgent',
      text: 'The close date 27 Feb 2026 passed 11 days ago.',
      evidence: [
        {
          objectApiName: 'Opportunity',
          recordId: scenarios.ids.opportunity,
          field: 'CloseDate',
          label: 'Globex pumps renewal: Close Date',
          link: `https://acme.lightning.force.com/lightning/r/Opportunity/${scenarios.ids.opportunity}/view`,
        },
      ],
    });
  });

  it('lists key fields with raw values and display values in the user locale', () => {
    const bundle = bundleOf(scenarios.opportunityPastClose());

    expect(bundle.keyFields.slice(0, 3)).toEqual([
      {
        name: 'StageName',
        label: 'Stage',
        value: 'Proposal/Price Quote',
        display: 'Proposal/Price Quote',
      },
      { name: 'Amount', label: 'Amount', value: 48000, display: '€48,000.00' },
      { name: 'CloseDate', label: 'Close Date', value: '2026-02-27', display: '27 Feb 2026' },
    ]);
  });

  it('reduces rich text to plain text so no markup leaves in the bundle', () => {
    const context = scenarios.projectGreenOverdue();
    context.record.fields.Description__c =
      '<p>Install <b>Line&nbsp;4</b></p><script>alert(1)</script><ul><li>pumps</li><li>seals &amp; rings</li></ul>';
    context.related.push(
      list('notes', 'Note__c', [
        item('Note__c', sfId('a09', 1), '<i>Kick-off</i> notes', { Body__c: '<div>hi</div>' }),
      ]),
    );

    const bundle = buildContextBundle(context, [], undefined, {
      now: NOW,
      locale: 'en_GB',
      keyFieldNames: ['Health__c', 'Description__c'],
    });

    expect(bundle.keyFields[1]).toMatchObject({
      value: 'Install Line 4\n\n- pumps\n- seals & rings',
      display: 'Install Line 4 - pumps - seals & rings',
    });
    expect(bundle.related.at(-1)?.items[0]).toMatchObject({
      name: 'Kick-off notes',
      details: { Body__c: 'hi' },
    });
    expect(JSON.stringify(bundle)).not.toMatch(/<\/?[a-z][^>]*>/i);
  });

  it('caps related rows but keeps the true total', () => {
    const bundle = buildContextBundle(scenarios.hugeAccount(), [], undefined, {
      now: NOW,
      locale: 'en_GB',
      maxRelatedItems: 5,
    });

    expect(bundle.related[0]).toMatchObject({ key: 'cases', totalSize: 5000 });
    expect(bundle.related[0]?.items).toHaveLength(5);
  });

  it('carries a given summary and says whether a model wrote it', () => {
    const context = scenarios.criticalQualityIssue();
    const summary = {
      lenses: [
        {
          lens: 'quality' as const,
          omitted: 0,
          sentences: [
            { lens: 'quality' as const, text: 'Critical and open.', factIds: [], evidence: [] },
          ],
        },
      ],
      generated: true,
      provider: 'openaiCompatible',
    };

    const bundle = buildContextBundle(context, [], summary, { now: NOW, locale: 'en_GB' });

    expect(bundle.summary).toEqual({
      lenses: [{ lens: 'quality', sentences: [{ text: 'Critical and open.', evidence: [] }] }],
      generated: true,
      provider: 'openaiCompatible',
    });
  });
});

describe('contextBundleSchema', () => {
  it('refuses a bundle of another version or with unknown fields', () => {
    const bundle = bundleOf(scenarios.untouchedLead());

    expect(contextBundleSchema.safeParse({ ...bundle, version: 2 }).success).toBe(false);
    expect(contextBundleSchema.safeParse({ ...bundle, extra: true }).success).toBe(false);
  });

  it('refuses links that are not https', () => {
    const bundle = bundleOf(scenarios.untouchedLead());

    const bad = { ...bundle, record: { ...bundle.record, link: 'javascript:alert(1)' } };

    expect(contextBundleSchema.safeParse(bad).success).toBe(false);
  });
});
