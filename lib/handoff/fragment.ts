import { t } from '../i18n';
import { fail, ok, type Result } from '../result';

import type { ContextBundle } from './bundle-schema';
import { contextBundleSchema } from './bundle-schema';

/**
 * The Sofie web app receives a bundle in the URL fragment, as base64url of the JSON. Browsers never
 * send the fragment to the server, so record data does not reach its access logs or any proxy.
 */
export const FRAGMENT_KEY = 'sofie-bundle';
/** Well under every browser's URL limit, and short enough to survive being opened from a tab. */
export const DEFAULT_MAX_URL_LENGTH = 32_000;

export function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(encoded: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded)) return undefined;

  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function webAppUrl(
  baseUrl: string,
  bundle: ContextBundle,
  opts: { maxLength?: number } = {},
): Result<string> {
  let base: URL;
  try {
    base = new URL(baseUrl.trim());
  } catch {
    return fail(notConfigured());
  }

  if (!baseUrl.trim() || base.protocol !== 'https:' || base.username || base.password) {
    return fail(notConfigured());
  }

  base.hash = '';
  const url = `${base.href}#${FRAGMENT_KEY}=${toBase64Url(JSON.stringify(bundle))}`;
  const max = opts.maxLength ?? DEFAULT_MAX_URL_LENGTH;
  if (url.length > max) {
    return fail({
      code: 'handoff-too-large',
      message: t('handoff_tooLarge', [String(url.length), String(max)]),
      remedy: t('handoff_tooLargeRemedy'),
    });
  }

  return ok(url);
}

/** The web app's side: the bundle out of `location.hash`, checked against the schema. */
export function readBundleFragment(hash: string): Result<ContextBundle> {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const json = fromBase64Url(params.get(FRAGMENT_KEY) ?? '');
  let parsed: unknown;
  try {
    parsed = json === undefined ? undefined : JSON.parse(json);
  } catch {
    parsed = undefined;
  }

  const result = contextBundleSchema.safeParse(parsed);
  if (!result.success) {
    return fail({
      code: 'handoff-invalid-bundle',
      message: t('handoff_unreadableLink'),
    });
  }

  return ok(result.data);
}

function notConfigured() {
  return {
    code: 'handoff-web-app-not-configured',
    message: t('handoff_noWebApp'),
    remedy: t('handoff_noWebAppRemedy'),
  };
}
