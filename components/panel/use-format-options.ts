import { useMemo } from 'react';

import type { FormatOptions } from '@/lib/format/field-value';
import { formatOptionsFor } from '@/lib/format/format-options';
import type { RecordContext } from '@/lib/salesforce/record-context';

/** The user's Salesforce locale and time zone, and the record's or the org's currency. */
export function useFormatOptions(context: RecordContext): FormatOptions {
  return useMemo(() => formatOptionsFor(context, navigator.language), [context]);
}
