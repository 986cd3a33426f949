import type { ReactNode } from 'react';

import type { UserSettingKey } from '@/lib/settings/settings-model';

import { toText } from './field-codec';
import { useOptions } from './options-store';
import { SettingField } from './setting-field';

/** The value a field shows: what the person typed, else the effective value as text. */
export function useFieldValue(key: UserSettingKey): unknown {
  return useOptions((s) => (key in s.draft ? s.draft[key] : toText(key, s.view?.values[key])));
}

interface Props {
  settingKey: UserSettingKey;
  label: string;
  help?: ReactNode;
}

export function CheckboxSetting({ settingKey, label, help }: Props) {
  const value = useFieldValue(settingKey);
  const edit = useOptions((s) => s.edit);
  return (
    <SettingField settingKey={settingKey} label={label} help={help} inline>
      {({ id, describedBy, invalid, locked }) => (
        <input
          id={id}
          type="checkbox"
          checked={value === true}
          disabled={locked}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onChange={(e) => edit(settingKey, e.target.checked)}
        />
      )}
    </SettingField>
  );
}

export function TextSetting({
  settingKey,
  label,
  help,
  multiline = false,
  type = 'text',
  placeholder,
}: Props & { multiline?: boolean; type?: 'text' | 'url' | 'number'; placeholder?: string }) {
  const value = useFieldValue(settingKey);
  const edit = useOptions((s) => s.edit);
  return (
    <SettingField settingKey={settingKey} label={label} help={help}>
      {({ id, describedBy, invalid, locked }) => {
        const common = {
          id,
          className: 'sofie-input',
          value: typeof value === 'string' ? value : '',
          readOnly: locked,
          placeholder,
          'aria-describedby': describedBy,
          'aria-invalid': invalid,
          spellCheck: false,
        };
        return multiline ? (
          <textarea {...common} rows={3} onChange={(e) => edit(settingKey, e.target.value)} />
        ) : (
          <input
            {...common}
            type={type === 'number' ? 'text' : type}
            inputMode={type === 'number' ? 'numeric' : undefined}
            onChange={(e) => edit(settingKey, e.target.value)}
          />
        );
      }}
    </SettingField>
  );
}

export function SelectSetting({
  settingKey,
  label,
  help,
  choices,
}: Props & { choices: { value: string; label: string }[] }) {
  const value = useFieldValue(settingKey);
  const edit = useOptions((s) => s.edit);
  return (
    <SettingField settingKey={settingKey} label={label} help={help}>
      {({ id, describedBy, invalid, locked }) => (
        <select
          id={id}
          className="sofie-input"
          value={String(value)}
          disabled={locked}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onChange={(e) => edit(settingKey, e.target.value)}
        >
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </SettingField>
  );
}
