export { approveBlockOf, needsTypedConfirmation, progressOf, writeBlockOf } from './approval';
export type { ApproveBlock, ReviewProgress, WriteBlock } from './approval';
export { ReviewScreen } from './review-screen';
export type { ReviewProblem, ReviewScreenProps } from './review-types';
