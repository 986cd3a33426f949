import type { Plugin } from 'vite';

/**
 * Fits jsforce's browser build (`jsforce/core`) into the service worker.
 *
 * - Node built-ins it imports at load: `events`, `stream` and `buffer` become their npm
 *   counterparts.
 * - Its Babel output brings core-js polyfills for everything from `Promise` to `Array#includes`;
 *   Chrome 116 (the manifest's minimum) has them all, so each polyfill is the native one.
 * - XML and CSV answers never reach it (Sofie asks for JSON) and Sofie signs in without jsforce's
 *   OAuth2 helpers, so xml2js, the csv packages, `crypto` and `querystring` are stand-ins that
 *   fail loudly if that ever changes.
 */
export const JSFORCE_NODE_ALIASES = [
  { find: /^(node:)?events$/, replacement: 'events/' },
  { find: /^(node:)?stream$/, replacement: 'readable-stream' },
  { find: /^(node:)?buffer$/, replacement: 'buffer/' },
];

/** Node globals jsforce and readable-stream read: `global`, `process.nextTick`, `process.stdout`. */
export const JSFORCE_NODE_DEFINES = {
  global: 'globalThis',
  'process.nextTick': '((fn, ...args) => queueMicrotask(() => fn(...args)))',
  'process.stdout': 'undefined',
  'process.stderr': 'undefined',
};

/** jsforce measures request bodies with the global `Buffer`. */
export const JSFORCE_NODE_INJECTS: Record<string, [string, string]> = {
  Buffer: ['buffer/', 'Buffer'],
};

const PREFIX = '\0sofie-native:';
const STABLE = '@babel/runtime-corejs3/core-js-stable/';

const GLOBALS: Record<string, string> = {
  promise: 'Promise',
  set: 'Set',
  symbol: 'Symbol',
  url: 'URL',
  'url-search-params': 'URLSearchParams',
  'parse-int': 'parseInt',
  'set-interval': 'setInterval',
  'set-timeout': 'setTimeout',
};

const NAMESPACES: Record<string, string> = {
  array: 'Array',
  date: 'Date',
  json: 'JSON',
  object: 'Object',
  reflect: 'Reflect',
  symbol: 'Symbol',
};

const UNSUPPORTED = `const refuse = () => { throw new Error('Sofie reads JSON answers only'); };`;

const STAND_INS: Record<string, string> = {
  xml2js: `export default { parseStringPromise: () => Promise.reject(new Error('Sofie reads JSON answers only')) };`,
  'csv-parse': `${UNSUPPORTED} export const Parser = refuse;`,
  'csv-parse/sync': `${UNSUPPORTED} export const parse = refuse;`,
  'csv-stringify': `${UNSUPPORTED} export const stringify = refuse;`,
  'csv-stringify/sync': `${UNSUPPORTED} export const stringify = refuse;`,
  crypto: `${UNSUPPORTED} export const createHash = refuse; export const randomBytes = refuse;`,
  querystring: `${UNSUPPORTED} export default { parse: refuse, stringify: refuse };`,
};

function camel(name: string): string {
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

function bound(owner: string, member: string): string {
  return `const value = ${owner}.${member};
export default typeof value === 'function' ? value.bind(${owner}) : value;`;
}

/** The native value a core-js-stable module stands for, as module source. */
function nativeModule(path: string): string | undefined {
  const [first = '', member] = path.split('/');
  if (first === 'instance' && member) return `export default (it) => it.${camel(member)};`;
  if (member && NAMESPACES[first]) return bound(NAMESPACES[first], camel(member));
  const global = GLOBALS[first];
  if (!global || member) return undefined;
  // Constructors keep their statics (`Promise.all`, `Symbol.iterator`); timers need `this`.
  return global.startsWith('set')
    ? `export default (...args) => globalThis.${global}(...args);`
    : `export default globalThis.${global};`;
}

export function jsforceForServiceWorker(): Plugin {
  return {
    name: 'sofie:jsforce-for-service-worker',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (source in STAND_INS) return PREFIX + source;
      if (source.startsWith('core-js/modules/')) return `${PREFIX}empty`;
      if (source === '@babel/runtime-corejs3/core-js/global-this') return `${PREFIX}global-this`;
      if (source === '@babel/runtime-corejs3/core-js/get-iterator-method') {
        return `${PREFIX}iterator-method`;
      }

      if (source.startsWith(STABLE)) return PREFIX + source;
      if (source === '@babel/runtime-corejs3/regenerator') {
        return this.resolve('@babel/runtime/regenerator', importer);
      }

      if (source.startsWith('@babel/runtime-corejs3/helpers/')) {
        return this.resolve(source.replace('runtime-corejs3', 'runtime'), importer);
      }

      return undefined;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return undefined;
      const name = id.slice(PREFIX.length);
      if (name === 'empty') return 'export {};';
      if (name === 'global-this') return 'export default globalThis;';
      if (name === 'iterator-method') return 'export default (it) => it?.[Symbol.iterator];';
      const source = STAND_INS[name] ?? nativeModule(name.slice(STABLE.length));
      if (source === undefined) throw new Error(`No native stand-in for ${name}`);
      return source;
    },
  };
}
