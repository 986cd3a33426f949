import { toBcp47 } from '../insights/format';
import type { RecordContext } from '../salesforce/record-context';
import type { FormatOptions } from './field-value';

/**
 * How a record's values are formatted: in the user's Salesforce locale and time zone (the
 * browser's when the connection does not know them), amounts in the record's own currency in a
 * multi-currency org, else the org's corporate currency.
 */
export function formatOptionsFor(
  context: Pick<RecordContext, 'org' | 'user' | 'record'>,
  browserLocale: string | undefined,
): FormatOptions {
  const recordCurrency = context.record.fields.CurrencyIsoCode;
  return {
    locale: toBcp47(context.user.locale ?? (browserLocale || undefined)),
    currency:
      typeof recordCurrency === 'string' && recordCurrency
        ? recordCurrency
        : context.org.currencyIsoCode,
    timeZone: context.user.timeZone,
  };
}
