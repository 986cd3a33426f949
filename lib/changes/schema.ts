import { z } from 'zod';

import type { ChangeSet } from './types';

/** Checks a change set read back from storage before it is trusted. */
const evidence = z.object({
  objectApiName: z.string(),
  recordId: z.string(),
  field: z.string().optional(),
  label: z.string(),
});

const provenance = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('rule'),
    ruleId: z.string(),
    reason: z.string(),
    evidence: z.array(evidence),
  }),
  z.object({ kind: z.literal('model'), model: z.string(), reason: z.string().optional() }),
  z.object({ kind: z.literal('user') }),
  z.object({ kind: z.literal('undo'), auditId: z.string() }),
]);

const fieldChange = z.object({
  field: z.string(),
  label: z.string(),
  type: z.string(),
  baseValue: z.unknown(),
  proposedValue: z.unknown(),
  provenance,
  decision: z.enum(['pending', 'accepted', 'rejected']),
  editedValue: z.unknown().optional(),
  note: z.string().optional(),
});

export const changeSetSchema = z.object({
  id: z.string(),
  ref: z.object({
    orgId: z.string(),
    apiHost: z.string(),
    objectApiName: z.string(),
    recordId: z.string(),
  }),
  orgName: z.string(),
  environment: z.enum([
    'production',
    'sandbox',
    'developer',
    'scratch',
    'demo',
    'trailblaze',
    'unknown',
  ]),
  user: z.object({ id: z.string(), username: z.string() }),
  createdAt: z.string(),
  baseLastModifiedDate: z.string(),
  changes: z.array(fieldChange),
});

export function parseChangeSet(json: unknown): ChangeSet | undefined {
  const parsed = changeSetSchema.safeParse(json);
  return parsed.success ? (parsed.data as ChangeSet) : undefined;
}
