import { existsSync, readFileSync, readdirSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { MANIFEST_PUBLIC_KEY } from '../../lib/manifest-key';

interface Manifest {
  manifest_version: number;
  key: string;
  permissions: string[];
  host_permissions: string[];
  side_panel: { default_path: string };
  storage: { managed_schema: string };
  content_security_policy: { extension_pages: string };
  optional_permissions?: string[];
}

const read = (target: string) =>
  JSON.parse(readFileSync(`.output/${target}/manifest.json`, 'utf8')) as Manifest;

describe('the built extension (npm run build / npm run zip)', () => {
  it.each(['chrome-mv3', 'edge-mv3'])(
    '%s has the panel, pinned key, schema and only the listed permissions',
    (target) => {
      const manifest = read(target);

      expect(manifest.manifest_version).toBe(3);
      expect(manifest.side_panel.default_path).toBe('sidepanel.html');
      expect(manifest.key).toBe(MANIFEST_PUBLIC_KEY);
      expect(manifest.storage.managed_schema).toBe('managed_schema.json');
      expect(existsSync(`.output/${target}/managed_schema.json`)).toBe(true);
      expect([...manifest.permissions].sort()).toEqual(['identity', 'sidePanel', 'storage']);
      expect([...manifest.host_permissions].sort()).toEqual([
        'https://*.force.com/*',
        'https://*.salesforce-setup.com/*',
        'https://*.salesforce.com/*',
        'https://*.salesforce.mil/*',
        'https://*.sfcrmapps.cn/*',
        'https://*.sfcrmproducts.cn/*',
      ]);
      expect(manifest.optional_permissions ?? []).toEqual([]);
      expect(manifest.content_security_policy.extension_pages).toMatch(/script-src 'self';/);
      expect(manifest.content_security_policy.extension_pages).not.toMatch(/unsafe|http:|https:/);
    },
  );

  it('ships no remote code: no script is loaded from outside the package', () => {
    const html = ['sidepanel.html', 'options.html'].map((f) =>
      readFileSync(`.output/chrome-mv3/${f}`, 'utf8'),
    );

    for (const page of html) expect(page).not.toMatch(/<script[^>]+src="(https?:)?\/\//);
  });

  it('produces store-ready zips for Chrome and Edge', () => {
    const zips = readdirSync('.output').filter((f) => f.endsWith('.zip'));

    expect(zips.some((f) => f.includes('chrome'))).toBe(true);
    expect(zips.some((f) => f.includes('edge'))).toBe(true);
  });
});
