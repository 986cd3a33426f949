import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { collectFacts } from '../insights/facts';
import { busyAccount, hugeAccount, NOW } from '../../test/fixtures/contexts/scenarios';

import { buildContextBundle } from './bundle';
import { fromBase64Url, readBundleFragment, toBase64Url, webAppUrl } from './fragment';

const bundleOf = (context = busyAccount()) =>
  buildContextBundle(context, collectFacts(context, { now: NOW }), undefined, {
    now: NOW,
    locale: 'en_GB',
  });

describe('webAppUrl', () => {
  it('carries the bundle in the fragment only, and reads back the same bundle', () => {
    const bundle = bundleOf();

    const result = webAppUrl('https://sofie.acme.example/app?team=ops#old', bundle);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const url = new URL(result.value);
    expect(`${url.origin}${url.pathname}${url.search}`).toBe(
      'https://sofie.acme.example/app?team=ops',
    );
    expect(url.search).not.toContain('sofie-bundle');
    expect(url.hash).toMatch(/^#sofie-bundle=[A-Za-z0-9_-]+$/);
    expect(readBundleFragment(url.hash)).toEqual({ ok: true, value: bundle });
  });

  it('refuses a bundle too large for a URL with a clear problem', () => {
    const bundle = bundleOf(hugeAccount());

    const result = webAppUrl('https://sofie.acme.example/', bundle, { maxLength: 2000 });

    expect(result).toMatchObject({ ok: false, problem: { code: 'handoff-too-large' } });
    expect(!result.ok && result.problem.remedy).toContain('Copy it');
  });

  it.each(['', 'http://sofie.acme.example/', 'not a url', 'https://user:pw@sofie.example/'])(
    'refuses the web app address %j',
    (base) => {
      expect(webAppUrl(base, bundleOf())).toMatchObject({
        ok: false,
        problem: { code: 'handoff-web-app-not-configured' },
      });
    },
  );
});

describe('readBundleFragment', () => {
  it.each(['', '#sofie-bundle=', '#sofie-bundle=e30', '#sofie-bundle=!!!', '#other=1'])(
    'refuses %j',
    (hash) => {
      expect(readBundleFragment(hash)).toMatchObject({
        ok: false,
        problem: { code: 'handoff-invalid-bundle' },
      });
    },
  );
});

describe('base64url', () => {
  it('round-trips any text, including non-Latin characters, with URL-safe characters only', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const encoded = toBase64Url(text);

        expect(encoded).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(fromBase64Url(encoded)).toBe(text);
      }),
    );
  });
});
