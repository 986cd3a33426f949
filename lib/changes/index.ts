// The zod schema (./schema) is left out on purpose: only the background parses stored change sets,
// and re-exporting it here would put zod in the panel's bundle.
export { createChangeSet, decide, mergeChangeSets } from './change-set';
export type { NewFieldChange } from './change-set';
export { displayChange, displayValue, textDiff } from './display';
export type { ChangeDisplay, DiffSegment } from './display';
export { mergeAfterConflict } from './merge';
export type { MergeResult, MergeStatus, MergedField } from './merge';
export { approvedPayload } from './payload';
export { checkDependency, controllerIndex, recordTypeValues, validForIndex } from './picklists';
export type * from './types';
export { effectiveValue, sameValue } from './types';
export { undoChangeSet, undoFromAudit, undoOfChangeSet } from './undo';
export type { AppliedChangeSet, AppliedFieldChange } from './undo';
export { checkPolicy, validateChange, validateChangeSet } from './validate';
export type { ChangeSetValidation, ChangeToCheck } from './validate';
export { checkHandEdits, editableFields, filterFields } from './editable';
export type { EditableFields } from './editable';
