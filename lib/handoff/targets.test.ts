import { describe, expect, it } from 'vitest';

import { collectFacts } from '../insights/facts';
import { criticalQualityIssue, hugeAccount, NOW } from '../../test/fixtures/contexts/scenarios';

import { buildContextBundle } from './bundle';
import { readBundleFragment } from './fragment';
import { renderBundleMarkdown } from './markdown';
import { handoffAuditEntry, previewHandoff } from './targets';

const bundleOf = (context = criticalQualityIssue()) =>
  buildContextBundle(context, collectFacts(context, { now: NOW }), undefined, {
    now: NOW,
    locale: 'en_GB',
  });
const SETTINGS = {
  sofieWebAppUrl: 'https://sofie.acme.example/app',
  allowedWorkflowEndpoints: ['https://flows.acme.example/hooks/'],
};
const OFF = { sofieWebAppUrl: '', allowedWorkflowEndpoints: null };

describe('previewHandoff', () => {
  it('shows the Markdown that would be copied', () => {
    const bundle = bundleOf();

    const preview = previewHandoff({ kind: 'copy-markdown' }, bundle, OFF);

    expect(preview).toMatchObject({
      target: 'copy-markdown',
      destination: 'clipboard',
      method: 'clipboard',
      bodyPreview: renderBundleMarkdown(bundle),
      allowed: true,
    });
  });

  it('shows the JSON that would be copied', () => {
    const bundle = bundleOf();

    const preview = previewHandoff({ kind: 'copy-json' }, bundle, OFF);

    expect(JSON.parse(preview.bodyPreview)).toEqual(bundle);
    expect(preview.allowed).toBe(true);
  });

  it('opens the web app from settings with the bundle in the fragment', () => {
    const bundle = bundleOf();

    const preview = previewHandoff({ kind: 'web-app' }, bundle, SETTINGS);

    expect(preview).toMatchObject({
      destination: 'https://sofie.acme.example/app',
      method: 'open-tab',
      allowed: true,
    });
    const hash = new URL(preview.url ?? '').hash;
    expect(readBundleFragment(hash)).toEqual({ ok: true, value: bundle });
  });

  it('refuses the web app when no address is set, or the bundle is too large', () => {
    expect(previewHandoff({ kind: 'web-app' }, bundleOf(), OFF)).toMatchObject({
      allowed: false,
      reason: 'No Sofie web app address is set.',
    });
    const huge = previewHandoff({ kind: 'web-app' }, bundleOf(hugeAccount()), SETTINGS, {
      maxUrlLength: 1000,
    });
    expect(huge.allowed).toBe(false);
    expect(huge.url).toBeUndefined();
    expect(huge.reason).toContain('too large');
  });

  it('allows only workflows on the allow-list, with the reason otherwise', () => {
    const bundle = bundleOf();

    const allowed = previewHandoff(
      { kind: 'workflow', url: 'https://flows.acme.example/hooks/a' },
      bundle,
      SETTINGS,
    );
    const refused = previewHandoff(
      { kind: 'workflow', url: 'https://elsewhere.example/a' },
      bundle,
      SETTINGS,
    );
    const off = previewHandoff(
      { kind: 'workflow', url: 'https://flows.acme.example/hooks/a' },
      bundle,
      OFF,
    );

    expect(allowed).toMatchObject({ method: 'POST', allowed: true });
    expect(JSON.parse(allowed.bodyPreview)).toEqual(bundle);
    expect(refused.allowed).toBe(false);
    expect(refused.reason).toContain('not one of');
    expect(off.allowed).toBe(false);
    expect(off.reason).toContain('not switched on');
  });
});

describe('handoffAuditEntry', () => {
  it('records a copy without any record contents', () => {
    const bundle = bundleOf();
    const preview = previewHandoff({ kind: 'copy-json' }, bundle, OFF);

    const entry = handoffAuditEntry(preview, bundle, NOW);

    expect(entry).toEqual({
      kind: 'handoff',
      target: 'copy-json',
      at: NOW.toISOString(),
      destination: 'clipboard',
      recordRef: {
        orgId: bundle.record.orgId,
        apiHost: bundle.record.apiHost,
        objectApiName: 'Quality_Issue__c',
        recordId: bundle.record.id,
      },
      bytes: preview.bytes,
      status: null,
      outcome: 'sent',
    });
  });
});
