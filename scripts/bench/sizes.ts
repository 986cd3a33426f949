/**
 * Size of each built entry point: every file that loads when the entry point opens (its HTML,
 * scripts, stylesheets and statically imported chunks), raw and gzip-compressed, read from the
 * manifest of a WXT build. Dynamically imported chunks are counted apart, as "lazy".
 */
import { readFileSync } from 'node:fs';
import { join, normalize, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  path: string;
  raw: number;
  gzip: number;
}

export interface EntrySize {
  name: string;
  /** Files loaded at start, in discovery order. */
  files: FileSize[];
  raw: number;
  gzip: number;
  /** Dynamically imported files, loaded only when used. */
  lazy: { raw: number; gzip: number; files: string[] };
}

interface Manifest {
  background?: { service_worker?: string };
  side_panel?: { default_path?: string };
  options_ui?: { page?: string };
  options_page?: string;
  action?: { default_popup?: string };
  content_scripts?: { js?: string[]; css?: string[] }[];
}

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["']([^"'\s]+\.(?:js|mjs|css))["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["']([^"'\s]+\.(?:js|mjs))["']\s*\)/g;
const HTML_ASSET = /<(?:script|link)\b[^>]*?\b(?:src|href)\s*=\s*["']([^"']+\.(?:js|mjs|css))["']/g;

/** Where a reference inside `from` (a path relative to the build root) points, or undefined. */
export function resolveReference(from: string, reference: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(reference) || reference.startsWith('//')) return undefined;
  if (reference.startsWith('/')) return posix.normalize(reference.slice(1));
  if (!reference.startsWith('.')) return undefined;
  return posix.normalize(posix.join(posix.dirname(from), reference));
}

/** The static and dynamic references of one file's text (HTML or JavaScript). */
export function referencesOf(path: string, text: string): { static: string[]; lazy: string[] } {
  const pattern = path.endsWith('.html') ? HTML_ASSET : STATIC_IMPORT;
  const pick = (re: RegExp) =>
    [...text.matchAll(re)]
      .map((m) => resolveReference(path, m[1]!))
      .filter((p): p is string => p !== undefined);
  return {
    static: pick(pattern),
    lazy: path.endsWith('.html') ? [] : pick(DYNAMIC_IMPORT),
  };
}

export function sizeOf(path: string, content: Buffer): FileSize {
  return { path, raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
}

/** Follows an entry point's references through the build directory. */
export function entrySize(root: string, name: string, starts: string[]): EntrySize {
  const read = (p: string) => readFileSync(join(root, normalize(p)));
  const files: FileSize[] = [];
  const seen = new Set<string>();
  const lazyQueue: string[] = [];

  const visit = (queue: string[], into: FileSize[], lazyOut: string[]) => {
    while (queue.length) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      const content = read(path);
      into.push(sizeOf(path, content));
      if (path.endsWith('.css')) continue;
      const refs = referencesOf(path, content.toString('utf8'));
      queue.push(...refs.static);
      lazyOut.push(...refs.lazy);
    }
  };

  visit([...starts], files, lazyQueue);
  const lazyFiles: FileSize[] = [];
  visit(lazyQueue, lazyFiles, lazyQueue);

  const sum = (list: FileSize[], key: 'raw' | 'gzip') => list.reduce((n, f) => n + f[key], 0);
  return {
    name,
    files,
    raw: sum(files, 'raw'),
    gzip: sum(files, 'gzip'),
    lazy: {
      raw: sum(lazyFiles, 'raw'),
      gzip: sum(lazyFiles, 'gzip'),
      files: lazyFiles.map((f) => f.path),
    },
  };
}

/** Every entry point the manifest names: background, side panel, options, content scripts. */
export function readEntrySizes(root: string): EntrySize[] {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Manifest;
  const entries: [string, string[]][] = [];
  const add = (name: string, path: string | undefined) => {
    if (path) entries.push([name, [posix.normalize(path)]]);
  };

  add('background', manifest.background?.service_worker);
  add('sidepanel', manifest.side_panel?.default_path);
  add('options', manifest.options_ui?.page ?? manifest.options_page);
  add('popup', manifest.action?.default_popup);
  for (const [i, script] of (manifest.content_scripts ?? []).entries()) {
    const files = [...(script.js ?? []), ...(script.css ?? [])].map((p) => posix.normalize(p));
    entries.push([`content script ${files[0] ?? i}`, files]);
  }

  return entries.map(([name, starts]) => entrySize(root, name, starts));
}
