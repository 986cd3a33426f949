import type { ModelJob } from '@/lib/insights/providers/model-jobs';
import { modelTargetOf } from '@/lib/insights/providers/target';
import type { SummariseOptions } from '@/lib/insights/providers/types';
import type { InsightOptions } from '@/lib/insights/record-insights';
import type { RecordContext } from '@/lib/salesforce/record-context';
import type { Settings } from '@/lib/settings/settings-model';
import { writePolicyOf } from '@/lib/settings/write-policy';

import { getEffectiveSettings } from './settings';

/** The built-in insights in the browser's language and zone (the user's zone wins for dates). */
export function insightOptions(settings: Settings): InsightOptions {
  return {
    now: new Date(),
    locale: navigator.language || 'en-US',
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    policy: writePolicyOf({ values: settings }),
  };
}

/** The same options for a model provider, so its checks and "today" match the built-in view. */
export function summariseOptions(context: RecordContext, settings: Settings): SummariseOptions {
  const opts = insightOptions(settings);
  return {
    ...opts,
    timeZone: context.user.timeZone ?? opts.timeZone,
    currency: context.org.currencyIsoCode,
  };
}

/** What to ask the model the effective settings choose (if any) about a record view. */
export async function modelJob(view: Omit<ModelJob, 'target' | 'opts'>): Promise<ModelJob> {
  const settings = (await getEffectiveSettings()).values;
  return {
    ...view,
    target: modelTargetOf(settings),
    opts: summariseOptions(view.context, settings),
  };
}
