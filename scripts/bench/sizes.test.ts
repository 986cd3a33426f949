import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { afterEach, describe, expect, it } from 'vitest';

import { readEntrySizes, referencesOf, resolveReference } from './sizes';

const dirs: string[] = [];

function build(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'bench-sizes-'));
  dirs.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('resolveReference', () => {
  it('resolves root-absolute and relative paths, and ignores URLs and bare names', () => {
    expect(resolveReference('sidepanel.html', '/chunks/a.js')).toBe('chunks/a.js');
    expect(resolveReference('chunks/a.js', './b.js')).toBe('chunks/b.js');
    expect(resolveReference('chunks/a.js', '../assets/c.css')).toBe('assets/c.css');
    expect(resolveReference('chunks/a.js', 'https://example.com/x.js')).toBeUndefined();
    expect(resolveReference('chunks/a.js', 'react')).toBeUndefined();
  });
});

describe('referencesOf', () => {
  it('finds minified static imports and dynamic imports of a chunk', () => {
    const text = 'import{n as e}from"./rt.js";import"./side.js";const m=()=>import("./lazy.js");';

    expect(referencesOf('chunks/main.js', text)).toEqual({
      static: ['chunks/rt.js', 'chunks/side.js'],
      lazy: ['chunks/lazy.js'],
    });
  });

  it('finds the scripts, preloads and stylesheets of an HTML page', () => {
    const html =
      '<script type="module" src="/chunks/p.js"></script><link rel="modulepreload" href="/chunks/r.js"><link rel="stylesheet" href="/assets/s.css">';

    expect(referencesOf('sidepanel.html', html).static).toEqual([
      'chunks/p.js',
      'chunks/r.js',
      'assets/s.css',
    ]);
  });
});

describe('readEntrySizes', () => {
  it('sums each entry point’s whole static graph, counting a shared chunk in each', () => {
    const shared = 'export const big = "' + 'x'.repeat(500) + '";';
    const root = build({
      'manifest.json': JSON.stringify({
        background: { service_worker: 'background.js' },
        side_panel: { default_path: 'sidepanel.html' },
        options_ui: { page: 'options.html' },
        content_scripts: [{ js: ['content-scripts/launcher.js'] }],
      }),
      'background.js': 'console.log(1);',
      'sidepanel.html': '<script type="module" src="/chunks/panel.js"></script>',
      'options.html': '<script type="module" src="/chunks/options.js"></script>',
      'chunks/panel.js': 'import{big}from"./shared.js";import("./later.js");',
      'chunks/options.js': 'import{big}from"./shared.js";',
      'chunks/shared.js': shared,
      'chunks/later.js': 'export const later = 1;',
      'content-scripts/launcher.js': '(()=>{})();',
    });

    const sizes = readEntrySizes(root);

    expect(sizes.map((e) => e.name)).toEqual([
      'background',
      'sidepanel',
      'options',
      'content script content-scripts/launcher.js',
    ]);
    const panel = sizes[1]!;
    expect(panel.files.map((f) => f.path)).toEqual([
      'sidepanel.html',
      'chunks/panel.js',
      'chunks/shared.js',
    ]);
    expect(panel.raw).toBe(
      '<script type="module" src="/chunks/panel.js"></script>'.length +
        'import{big}from"./shared.js";import("./later.js");'.length +
        shared.length,
    );
    expect(panel.files[2]!.gzip).toBe(gzipSync(shared, { level: 9 }).length);
    expect(panel.lazy.files).toEqual(['chunks/later.js']);
    expect(sizes[2]!.files.map((f) => f.path)).toContain('chunks/shared.js');
  });
});
