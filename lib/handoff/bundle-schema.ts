import { z } from 'zod';

/**
 * The context bundle: what leaves Sofie when a person hands a record on (to the clipboard, the
 * Sofie web app or a workflow). Versioned so receivers can rely on it; see docs/context-bundle.md.
 * A change that removes or retypes a field bumps `version`; adding an optional field does not.
 */
export const CONTEXT_BUNDLE_SCHEMA = 'sofie.context-bundle';
export const CONTEXT_BUNDLE_VERSION = 1;

const isoTimestamp = z.iso.datetime({ offset: true });
const httpsLink = z.url({ protocol: /^https$/ });
const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const bundleEvidenceSchema = z.strictObject({
  objectApiName: z.string().min(1),
  recordId: z.string().min(1),
  field: z.string().min(1).optional(),
  label: z.string(),
  link: httpsLink,
});

export const bundleFactSchema = z.strictObject({
  id: z.string().min(1),
  lens: z.enum(['quality', 'customer', 'project']),
  kind: z.string().min(1),
  severity: z.enum(['info', 'attention', 'urgent']),
  text: z.string(),
  evidence: z.array(bundleEvidenceSchema),
});

export const contextBundleSchema = z.strictObject({
  schema: z.literal(CONTEXT_BUNDLE_SCHEMA),
  version: z.literal(CONTEXT_BUNDLE_VERSION),
  generatedAt: isoTimestamp,
  record: z.strictObject({
    orgId: z.string().min(15),
    myDomain: z.string().nullable(),
    apiHost: z.string().min(1),
    objectApiName: z.string().min(1),
    objectLabel: z.string(),
    id: z.string().length(18),
    name: z.string(),
    link: httpsLink,
  }),
  user: z.strictObject({
    id: z.string().min(15),
    username: z.string(),
    displayName: z.string(),
  }),
  facts: z.array(bundleFactSchema),
  summary: z.strictObject({
    lenses: z.array(
      z.strictObject({
        lens: z.enum(['quality', 'customer', 'project']),
        sentences: z.array(
          z.strictObject({ text: z.string(), evidence: z.array(bundleEvidenceSchema) }),
        ),
      }),
    ),
    generated: z.boolean(),
    provider: z.string().min(1),
  }),
  keyFields: z.array(
    z.strictObject({
      name: z.string().min(1),
      label: z.string(),
      value: scalar,
      display: z.string(),
    }),
  ),
  related: z.array(
    z.strictObject({
      key: z.string().min(1),
      label: z.string(),
      totalSize: z.number().int().min(0),
      items: z.array(
        z.strictObject({
          id: z.string().min(1),
          objectApiName: z.string().min(1),
          name: z.string(),
          link: httpsLink,
          details: z.record(z.string(), scalar),
        }),
      ),
    }),
  ),
});

export type ContextBundle = z.infer<typeof contextBundleSchema>;
export type BundleEvidence = z.infer<typeof bundleEvidenceSchema>;
export type BundleFact = z.infer<typeof bundleFactSchema>;
export type BundleScalar = z.infer<typeof scalar>;
