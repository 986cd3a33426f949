import type { Context, Hono } from 'hono';
import type { z } from 'zod';

import type { EmulatorCore } from '../core/state';
import { resetUsage } from '../core/usage';
import type { AuthState } from '../oauth/auth-state';
import { faultSpecSchema, type Traffic } from './faults';
import {
  advanceSchema,
  appPatchSchema,
  autoLoginSchema,
  clockSchema,
  latencySchema,
  orgSettingsSchema,
  usageSchema,
  usernameSchema,
} from './schemas';

/** The control API (loopback only, never a Salesforce host). */
export function mountControl(
  control: Hono,
  core: EmulatorCore,
  auth: AuthState,
  traffic: Traffic,
): void {
  /** The validated JSON body, or the 400 answer to return. */
  const read = async <S extends z.ZodType>(c: Context, schema: S) => {
    const raw: unknown = await c.req.json().catch(() => undefined);
    const parsed = schema.safeParse(raw ?? {});
    if (parsed.success) return { ok: true as const, value: parsed.data };
    return {
      ok: false as const,
      response: c.json({ error: 'bad_request', issues: parsed.error.issues }, 400),
    };
  };
  const orgOf = (c: Context) => core.orgs.find((o) => o.myDomain === c.req.param('myDomain'));
  const noOrg = (c: Context) => c.json({ error: 'not_found', message: 'No such My Domain' }, 404);

  control.get('/health', (c) => c.json({ ok: true, orgs: core.orgs.map((o) => o.myDomain) }));

  control.post('/reset', (c) => {
    core.clock.reset();
    auth.reset();
    traffic.reset();
    resetUsage(core.usage, core.orgs);
    for (const hook of core.resetHooks) hook();
    return c.json({ ok: true });
  });

  control.get('/clock', (c) => c.json({ now: core.clock.now().toISOString() }));
  control.put('/clock', async (c) => {
    const body = await read(c, clockSchema);
    if (!body.ok) return body.response;
    core.clock.set(body.value.now);
    return c.json({ now: core.clock.now().toISOString() });
  });
  control.post('/clock/advance', async (c) => {
    const body = await read(c, advanceSchema);
    if (!body.ok) return body.response;
    core.clock.advance(body.value.ms);
    return c.json({ now: core.clock.now().toISOString() });
  });

  control.get('/apps', (c) => c.json(auth.apps.snapshot(core.orgs)));
  control.put('/apps/:clientId', async (c) => {
    const body = await read(c, appPatchSchema);
    if (!body.ok) return body.response;
    return c.json(auth.apps.put(c.req.param('clientId'), body.value));
  });
  control.put('/orgs/:myDomain/apps/:clientId', async (c) => {
    const org = orgOf(c);
    if (!org) return noOrg(c);
    if (!auth.apps.get(c.req.param('clientId')))
      return c.json({ error: 'not_found', message: 'No such connected app' }, 404);
    const body = await read(c, appPatchSchema);
    if (!body.ok) return body.response;
    return c.json(auth.apps.putOverride(org, c.req.param('clientId'), body.value));
  });
  control.put('/orgs/:myDomain/settings', async (c) => {
    const org = orgOf(c);
    if (!org) return noOrg(c);
    const body = await read(c, orgSettingsSchema);
    if (!body.ok) return body.response;
    return c.json(auth.apps.putOrgSettings(org, body.value));
  });
  control.put('/orgs/:myDomain/usage', async (c) => {
    const org = orgOf(c);
    if (!org) return noOrg(c);
    const body = await read(c, usageSchema);
    if (!body.ok) return body.response;
    const entry = core.usage.get(org.id);
    if (entry) Object.assign(entry, body.value);
    else core.usage.set(org.id, { ...body.value });
    return c.json(core.usage.get(org.id));
  });

  control.get('/auto-login', (c) => c.json({ autoLogin: auth.browser.autoLogin() ?? null }));
  control.post('/auto-login', async (c) => {
    const body = await read(c, autoLoginSchema);
    if (!body.ok) return body.response;
    const { username, approve = true, once = false } = body.value;
    auth.browser.setAutoLogin(username === null ? undefined : { username, approve, once });
    return c.json({ autoLogin: auth.browser.autoLogin() ?? null });
  });

  control.post('/sessions/expire', async (c) => {
    const body = await read(c, usernameSchema);
    if (!body.ok) return body.response;
    return c.json({ expired: auth.sessions.expireAccessTokens(body.value.username) });
  });
  control.post('/tokens/revoke', async (c) => {
    const body = await read(c, usernameSchema);
    if (!body.ok) return body.response;
    auth.browser.forgetConsents(body.value.username);
    return c.json({ revoked: auth.sessions.revokeRefreshTokens(body.value.username) });
  });

  const since = (c: Context) => c.req.query('since') || undefined;
  const badSince = (c: Context) => c.json({ error: 'bad_request', message: 'bad since' }, 400);
  control.get('/log', (c) => {
    if (!isSince(since(c))) return badSince(c);
    const entries = traffic.log.list({ since: since(c), kind: c.req.query('kind') });
    return c.json({ entries, last: traffic.log.last });
  });
  control.get('/log/counts', (c) => {
    if (!isSince(since(c))) return badSince(c);
    return c.json({ ...traffic.log.counts(since(c)), last: traffic.log.last });
  });
  control.delete('/log', (c) => {
    traffic.log.clear();
    return c.json({ ok: true });
  });

  control.get('/faults', (c) => c.json({ faults: traffic.faults.list() }));
  control.post('/faults', async (c) => {
    const body = await read(c, faultSpecSchema);
    if (!body.ok) return body.response;
    return c.json(traffic.addFault(body.value), 201);
  });
  control.delete('/faults', (c) => {
    traffic.faults.clear();
    return c.json({ ok: true });
  });
  control.put('/latency', async (c) => {
    const body = await read(c, latencySchema);
    if (!body.ok) return body.response;
    traffic.latencyMs = body.value.ms;
    return c.json({ ms: traffic.latencyMs });
  });
}

function isSince(value: string | undefined): boolean {
  return value === undefined || /^\d+$/.test(value) || !Number.isNaN(Date.parse(value));
}
