/**
 * Data routes of the control API (loopback only): reset the seed, read a record as stored, change
 * one as another user (to make edit conflicts), approval-lock one and move one to the recycle bin.
 */
import type { Hono } from 'hono';

import type { EmulatorCore } from '../core/state';
import type { DataStore } from '../data/store';
import type { Fields } from '../data/types';

export function mountDataControl(control: Hono, core: EmulatorCore, store: DataStore): void {
  const orgOf = (myDomain: string) => core.orgs.find((o) => o.myDomain === myDomain);

  control.post('/data/reset', async (c) => {
    const body = (await c.req.json().catch(() => ({}))) as { seed?: unknown };
    if (body.seed !== undefined && !(Number.isInteger(body.seed) && Number(body.seed) > 0)) {
      return c.json({ error: 'seed must be a positive whole number' }, 400);
    }
    const seed = (body.seed as number | undefined) ?? 1;
    store.reset(seed);
    return c.json({ ok: true, seed });
  });

  control.get('/data/:myDomain/:object/:id', (c) => {
    const org = orgOf(c.req.param('myDomain'));
    const record = org ? store.get(org.id, c.req.param('id')) : undefined;
    if (!org || !record || record.type.toLowerCase() !== c.req.param('object').toLowerCase()) {
      return c.json({ error: 'not found' }, 404);
    }
    return c.json({
      type: record.type,
      deleted: record.deleted,
      locked: record.locked,
      private: record.private,
      fields: record.fields,
    });
  });

  control.patch('/data/:myDomain/:object/:id', async (c) => {
    const org = orgOf(c.req.param('myDomain'));
    const record = org ? store.get(org.id, c.req.param('id')) : undefined;
    if (!org || !record || record.type.toLowerCase() !== c.req.param('object').toLowerCase()) {
      return c.json({ error: 'not found' }, 404);
    }
    const body = (await c.req.json().catch(() => null)) as {
      fields?: Fields;
      asUsername?: string;
    } | null;
    const user = org.users.find((u) => u.username === (body?.asUsername ?? org.users[0]!.username));
    if (!body?.fields || !user)
      return c.json({ error: 'fields and a known asUsername are required' }, 400);
    const unknown = Object.keys(body.fields).filter((f) => !store.schema.field(record.type, f));
    if (unknown.length > 0) return c.json({ error: `unknown fields: ${unknown.join(', ')}` }, 400);
    const updated = store.update(org.id, c.req.param('id'), body.fields, user.id);
    return c.json({ type: updated.type, fields: updated.fields });
  });

  control.delete('/data/:myDomain/:object/:id', (c) => {
    const org = orgOf(c.req.param('myDomain'));
    const record = org ? store.get(org.id, c.req.param('id')) : undefined;
    if (!org || !record || record.type.toLowerCase() !== c.req.param('object').toLowerCase()) {
      return c.json({ error: 'not found' }, 404);
    }
    store.remove(org.id, c.req.param('id'), org.users[0]!.id);
    return c.json({ ok: true });
  });

  control.post('/data/:myDomain/lock/:id', (c) => {
    const org = orgOf(c.req.param('myDomain'));
    if (!org || !store.lock(org.id, c.req.param('id'))) return c.json({ error: 'not found' }, 404);
    return c.json({ ok: true });
  });
}
