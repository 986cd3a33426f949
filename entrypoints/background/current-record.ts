import type { Connection } from '@/lib/auth/connections';
import type { NewFieldChange } from '@/lib/changes/change-set';
import { buildContextBundle, type ContextBundle } from '@/lib/handoff/index';
import { t } from '@/lib/i18n';
import type { RecordInsights } from '@/lib/insights/record-insights';
import type { Problem } from '@/lib/result';
import type { RecordContext } from '@/lib/salesforce/record-context';

/** The record a window's panel shows, as `PanelController.currentRecord` gives it. */
export interface CurrentRecord {
  connection: Connection;
  context: RecordContext;
  insights: RecordInsights;
}

/** What chat and hand-off need of the panel controller. */
export interface RecordActionsDeps {
  controller: {
    currentRecord(windowId: number): Promise<CurrentRecord | undefined>;
  };
  /** Hands prepared changes to the review flow (a change set the panel then shows for review). */
  prepareChange: (windowId: number, proposals: NewFieldChange[]) => Promise<unknown>;
}

export const NO_RECORD: Problem = {
  code: 'no-record',
  message: t('panelNotice_noLoadedRecord'),
  remedy: t('panelNotice_noLoadedRecordRemedy'),
};

/**
 * The bundle of what the panel shows, as of when it was loaded: its facts were computed then, and
 * a fixed time makes the bundle a preview shows byte for byte the one that is then sent.
 */
export function bundleOf({ context, insights }: CurrentRecord): ContextBundle {
  return buildContextBundle(context, insights.facts, insights.summary, {
    now: new Date(context.loadedAt),
    locale: context.user.locale ?? navigator.language,
  });
}
