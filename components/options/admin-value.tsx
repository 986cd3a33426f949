import { t, type MessageKey } from '@/lib/i18n';
import type { SettingKey } from '@/lib/settings/settings-model';

import { useOptions } from './options-store';
import { SourceBadge } from './setting-field';

function describe(value: unknown, none: MessageKey): string {
  if (value === null || value === undefined) return t('optionsAdminValueUnrestricted');
  if (typeof value === 'boolean') return value ? t('optionsYes') : t('optionsNo');
  if (Array.isArray(value)) return value.length > 0 ? value.join(', ') : t(none);
  return typeof value === 'string' && value !== '' ? value : '—';
}

/**
 * A setting only the organization's policy sets, shown read-only with where it comes from (the
 * same badge as every other setting: locked and "Set by your organization" when from policy).
 */
export function AdminValue(props: {
  settingKey: SettingKey;
  label: MessageKey;
  /** What an empty list means for this setting, in words. */
  none?: MessageKey;
}) {
  const value = useOptions((s) => s.view?.values[props.settingKey]);
  return (
    <div className="sofie-setting" data-setting={props.settingKey}>
      <div className="sofie-setting__head">
        <strong className="sofie-setting__label">{t(props.label)}</strong>
        <SourceBadge settingKey={props.settingKey} />
      </div>
      <p data-field="value" aria-describedby={`${props.settingKey}-source`}>
        {describe(value, props.none ?? 'optionsAdminValueNone')}
      </p>
    </div>
  );
}
