export {
  approveBlockOf,
  needsTypedConfirmation,
  progressOf,
  writeBlockOf,
} from '@/lib/changes/approval';
export type { ApproveBlock, ReviewProgress, WriteBlock } from '@/lib/changes/approval';
export { ReviewScreen } from './review-screen';
export type { ReviewProblem, ReviewScreenProps } from './review-types';
