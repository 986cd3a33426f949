import type { NewFieldChange } from '../changes/change-set';
import type { Evidence } from '../insights/evidence';
import type { Fact } from '../insights/facts/types';
import type { InstructionChange, NotUnderstood } from '../insights/instruction';
import type { Summary } from '../insights/summary';
import type { RecordContext } from '../salesforce/record-context';

export type Intent =
  | 'help'
  | 'summary'
  | 'lastContact'
  | 'nextContact'
  | 'open'
  | 'mainContact'
  | 'overdue'
  | 'dealStatus'
  | 'caseStatus'
  | 'projectHealth'
  | 'owner'
  | 'status';

/**
 * What Sofie says back. `answer` always rests on evidence (help excepted); `prepare-change` only
 * prepares: the changes go through review like any other proposal; `unknown` says so plainly.
 */
export type ChatReply =
  | {
      kind: 'answer';
      intent: Intent | 'model';
      text: string;
      evidence: Evidence[];
      /** True when a language model wrote the text. */
      generated?: boolean;
    }
  | {
      kind: 'prepare-change';
      changes: InstructionChange[];
      /** Ready for `createChangeSet` with the user as the author. */
      proposals: NewFieldChange[];
      notUnderstood: NotUnderstood[];
      text: string;
    }
  | { kind: 'unknown'; text: string };

export interface ChatOptions {
  context: RecordContext;
  facts: Fact[];
  /** The summary the panel shows; the built-in one when absent. */
  summary?: Summary;
  now: Date;
  /** Defaults to the user's zone in the context, then UTC. */
  timeZone?: string;
  /** Defaults to the user's locale in the context. */
  locale?: string;
}
