import 'fake-indexeddb/auto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { createConnectionStore } from '@/lib/auth/connection-store';
import { createRefreshCoordinator } from '@/lib/auth/refresh-coordinator';
import { refreshAccessToken } from '@/lib/auth/token';
import { buildInsights, type RecordInsights } from '@/lib/insights/record-insights';
import { parsePageContext } from '@/lib/salesforce/page-context';
import { clientForConnection } from '@/lib/salesforce-client/for-connection';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings-model';
import { writePolicyOf } from '@/lib/settings/write-policy';

import { EmulatorControl } from '../../test/emulator/control/client';
import { ANCHORS } from '../../test/emulator/data/seed';
import { acmeConnectionFor } from '../../test/fixtures/connection';
import { startEmulator, type RunningEmulator } from '../../test/emulator/server';
import { emulatorFetch } from '../../test/emulator/testing/emulator-fetch';
import { signIn } from '../../test/emulator/testing/sign-in';
import type { Connections } from './connections';
import { RecordLoader } from './record-loader';

/**
 * The facts and rules on the emulator's demo org, read the way the panel reads it: one record view
 * through the real loader and client, then the built-in insights, as of the emulator's clock.
 */
describe('insights on the demo org', () => {
  let emulator: RunningEmulator;
  let view: (objectApiName: string, id: string, username?: string) => Promise<RecordInsights>;

  beforeAll(async () => {
    fakeBrowser.reset();
    emulator = await startEmulator();
    const now = new Date((await new EmulatorControl(emulator.controlUrl).clock()).now);
    const fetchFn = emulatorFetch(emulator.port);
    const store = createConnectionStore({ dbName: 'demo-insights-test' });
    const coordinator = createRefreshCoordinator({
      store,
      refresh: (request) => refreshAccessToken(request, fetchFn),
    });

    view = async (objectApiName, id, username = 'admin@acme.example') => {
      const tokens = await signIn(emulator, { username });
      const connection = acmeConnectionFor(tokens, username);
      await store.saveConnection(connection);
      await store.setAccessToken(connection.key, { token: tokens.access_token, issuedAt: 1 });
      const client = clientForConnection(connection, { store, coordinator, fetchFn });
      const loader = new RecordLoader({ client: () => client, store } as unknown as Connections);
      const page = parsePageContext(
        `https://acme.lightning.force.com/lightning/r/${objectApiName}/${id}/view`,
      );
      const loaded = await loader.load(connection, page!, now);
      if (!loaded.ok) throw new Error(`could not load ${objectApiName}: ${loaded.problem.code}`);

      return buildInsights(loaded.value, {
        now,
        locale: 'en-US',
        timeZone: 'UTC',
        policy: writePolicyOf({ values: DEFAULT_SETTINGS }),
      });
    };
  });

  afterAll(async () => {
    await emulator?.close();
  });

  const kinds = (insights: RecordInsights) => insights.facts.map((f) => f.kind);

  it('the overdue opportunity: close date passed, no next step, and suggestions for both', async () => {
    const insights = await view('Opportunity', ANCHORS.opportunity);

    const passed = insights.facts.find((f) => f.kind === 'closeDatePassed');
    expect(passed?.values).toMatchObject({ daysPast: 10 });
    expect(passed?.lens).toBe('project');
    expect(kinds(insights)).toEqual(expect.arrayContaining(['noNextStep', 'opportunityStage']));
    expect(insights.suggestions.map((s) => s.field).sort()).toEqual(['CloseDate', 'NextStep']);
    expect(insights.suggestions.find((s) => s.field === 'NextStep')?.value).toBe(
      'Send revised quote',
    );
  });

  it('the account: its open case by priority and the next contact from the open task', async () => {
    const insights = await view('Account', ANCHORS.account);

    const cases = insights.facts.find((f) => f.kind === 'openCases');
    expect(cases?.lens).toBe('quality');
    expect((cases?.values as { open: number }).open).toBeGreaterThanOrEqual(1);
    expect(insights.summary.lenses.find((l) => l.lens === 'customer')?.sentences.length).toBe(
      insights.facts.filter((f) => f.lens === 'customer').length,
    );
  });

  it('the project: a missed milestone, and health that no longer matches it', async () => {
    const insights = await view('Project__c', ANCHORS.project);

    expect(insights.facts.find((f) => f.kind === 'milestonesMissed')?.values).toMatchObject({
      count: 1,
      names: ['Site survey'],
      maxDaysLate: 5,
    });
    expect(insights.suggestions.map((s) => s.field)).toContain('Health__c');
  });

  it('the case: its status and age, in the quality lens', async () => {
    const insights = await view('Case', ANCHORS.case);

    expect(insights.facts.find((f) => f.kind === 'caseStatus')?.values).toMatchObject({
      caseNumber: '00001001',
      priority: 'High',
      ageDays: 20,
      closed: false,
    });
  });

  it('a read-only user is offered no update; each proposal is set aside with its reason', async () => {
    const insights = await view('Opportunity', ANCHORS.opportunity, 'viewer@acme.example');

    expect(insights.suggestions).toEqual([]);
    expect(insights.rejected.map((r) => r.suggestion.field).sort()).toEqual([
      'CloseDate',
      'NextStep',
    ]);
    expect(insights.rejected.every((r) => r.reason.length > 0)).toBe(true);
  });
});
