import { formatFieldValue } from '@/lib/format/field-value';
import { isRichText } from '@/lib/format/rich-text';
import { t } from '@/lib/i18n';
import type { RecordContext } from '@/lib/salesforce/record-context';
import { keyFieldsOf } from '@/lib/salesforce/key-fields';

import { useFormatOptions } from '../use-format-options';
import { RichText } from './rich-text';

export function KeyFields({ context }: { context: RecordContext }) {
  const options = useFormatOptions(context);
  const fields = keyFieldsOf(context.object).filter((f) => f.name in context.record.fields);
  if (!fields.length) return null;

  return (
    <section aria-label={t('keyFields')} className="sofie-section">
      <dl className="sofie-fields">
        {fields.map((field) => {
          const value = context.record.fields[field.name];
          return (
            <div key={field.name} className="sofie-field-pair" data-field={field.name}>
              <dt className="slds-item_label slds-text-color_weak">{field.label}</dt>
              <dd className="slds-item_detail">
                {isRichText(field) && typeof value === 'string' && value ? (
                  <RichText html={value} />
                ) : (
                  formatFieldValue(field, value, options)
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
