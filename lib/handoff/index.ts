export { buildContextBundle } from './bundle';
export type { BundleOptions } from './bundle';
export {
  CONTEXT_BUNDLE_SCHEMA,
  CONTEXT_BUNDLE_VERSION,
  bundleEvidenceSchema,
  bundleFactSchema,
  contextBundleSchema,
} from './bundle-schema';
export type { BundleEvidence, BundleFact, BundleScalar, ContextBundle } from './bundle-schema';
export {
  DEFAULT_MAX_URL_LENGTH,
  FRAGMENT_KEY,
  fromBase64Url,
  readBundleFragment,
  toBase64Url,
  webAppUrl,
} from './fragment';
export { lightningHostOf, recordLink } from './links';
export { renderBundleMarkdown } from './markdown';
export { escapeMarkdown } from './markdown-escape';
export { htmlToPlainText } from './plain-text';
export { handoffAuditEntry, previewHandoff } from './targets';
export type { HandoffPreview, HandoffSettings, HandoffTarget } from './targets';
export { MAX_RESPONSE_TEXT, bundleRecordRef, sendToWorkflow } from './workflow';
export type {
  HandoffAuditEntry,
  HandoffTargetKind,
  SendOptions,
  WorkflowProblem,
  WorkflowResponse,
} from './workflow';
export { auditDestination, checkWorkflowEndpoint, isWorkflowAllowed } from './workflow-allow';
