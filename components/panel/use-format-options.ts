import { useMemo } from 'react';

import type { FormatOptions } from '@/lib/format/field-value';
import type { RecordContext } from '@/lib/salesforce/record-context';

/** The browser's language for numbers and dates, the org's currency, the user's time zone. */
export function useFormatOptions(context: RecordContext): FormatOptions {
  return useMemo(
    () => ({
      locale: navigator.language || 'en-US',
      currency:
        (context.record.fields.CurrencyIsoCode as string | undefined) ??
        context.org.currencyIsoCode,
      timeZone: context.user.timeZone,
    }),
    [context],
  );
}
