import type { ReactNode } from 'react';

import { t } from '@/lib/i18n';
import type { SettingKey } from '@/lib/settings/settings-model';

import { useOptions } from './options-store';
import { problemText } from './problem-text';

export interface FieldIds {
  id: string;
  describedBy: string;
  invalid: boolean;
  locked: boolean;
}

/** Where a value comes from, in words; a locked value always says it is the organization's. */
export function SourceBadge({ settingKey }: { settingKey: SettingKey }) {
  const source = useOptions((s) => s.view?.sources[settingKey]);
  const locked = useOptions((s) => s.view?.locked.includes(settingKey) ?? false);
  const text = locked
    ? t('optionsSourcePolicy')
    : source === 'user'
      ? t('optionsSourceUser')
      : t('optionsSourceDefault');
  return (
    <span
      className={`sofie-badge${locked ? ' sofie-badge--locked' : ''}`}
      id={`${settingKey}-source`}
      data-source={locked ? 'policy' : source}
    >
      {locked ? '🔒 ' : ''}
      {text}
    </span>
  );
}

/**
 * One setting: its label, the control, where the value comes from, a help line and the problem
 * found on save, tied to the control with aria-describedby and aria-invalid.
 */
export function SettingField({
  settingKey,
  label,
  help,
  inline = false,
  children,
}: {
  settingKey: SettingKey;
  label: string;
  help?: ReactNode;
  /** Checkboxes put the control before the label. */
  inline?: boolean;
  children: (ids: FieldIds) => ReactNode;
}) {
  const error = useOptions((s) => s.errors[settingKey]);
  const locked = useOptions((s) => s.view?.locked.includes(settingKey) ?? false);
  const id = `setting-${settingKey}`;
  const describedBy = [
    `${settingKey}-source`,
    help ? `${settingKey}-help` : '',
    error ? `${settingKey}-error` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const control = children({ id, describedBy, invalid: Boolean(error), locked });

  return (
    <div className="sofie-setting" data-setting={settingKey} data-locked={locked || undefined}>
      <div className="sofie-setting__head">
        {inline ? (
          <label className="sofie-field" htmlFor={id}>
            {control}
            {label}
          </label>
        ) : (
          <label className="sofie-setting__label" htmlFor={id}>
            {label}
          </label>
        )}
        <SourceBadge settingKey={settingKey} />
      </div>
      {inline ? null : control}
      {help ? (
        <p className="sofie-help" id={`${settingKey}-help`}>
          {help}
        </p>
      ) : null}
      {error ? (
        <p className="sofie-field-error" id={`${settingKey}-error`}>
          {problemText(error)}
        </p>
      ) : null}
    </div>
  );
}
