import { useEffect, useRef, useState, type FormEvent } from 'react';

import type { InputValue } from '@/components/review/edit-value';
import type { EditableFields } from '@/lib/changes';
import { formatFieldValue } from '@/lib/format/field-value';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging/protocol';
import type { FieldMeta } from '@/lib/salesforce/describe';
import type { RecordContext } from '@/lib/salesforce/record-context';
import type { WritePolicy } from '@/lib/settings/write-policy';

import { useFormatOptions } from '../use-format-options';
import { useWindowId } from '../window-context';
import { FieldPicker } from './field-picker';
import { HandEditRow } from './hand-edit-row';
import {
  checkInputs,
  initialInput,
  inputHint,
  picklistOptions,
  type HandInputs,
} from './hand-edit-values';

type Offer = EditableFields & { policy?: WritePolicy };

/**
 * "Edit fields": the person picks fields of the record they may edit, enters values in inputs that
 * fit each type, and "Review" adds them to the record's change set. Nothing is written here; what
 * was entered stays until it reaches review or the person cancels.
 */
export function HandEdit({ context }: { context: RecordContext }) {
  const windowId = useWindowId();
  const format = useFormatOptions(context);
  const toggle = useRef<HTMLButtonElement>(null);
  const [offer, setOffer] = useState<Offer | 'loading'>();
  const [inputs, setInputs] = useState<HandInputs>({});
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string>();
  const [lastPicked, setLastPicked] = useState<string>();
  const refocus = useRef(false);
  const { object, record } = context;

  // Closing swaps the form for the toggle: focus returns to it once it is there again.
  useEffect(() => {
    if (!refocus.current || offer !== undefined) return;

    toggle.current?.focus();
    refocus.current = false;
  }, [offer]);

  const close = () => {
    setOffer(undefined);
    setInputs({});
    setProblems({});
    setMessage(undefined);
    refocus.current = true;
  };

  const open = async () => {
    setOffer('loading');
    const answer = await sendMessage('panelEditableFields', { windowId });
    setOffer(answer.ok ? answer.value : { fields: [], blocked: answer.problem.message });
  };

  if (offer === undefined) {
    return (
      <section className="sofie-section sofie-hand-edit" data-section="hand-edit">
        <button
          ref={toggle}
          type="button"
          className="sofie-button"
          data-action="edit-fields"
          aria-expanded={false}
          onClick={() => void open()}
        >
          {t('handEditOpen')}
        </button>
      </section>
    );
  }

  const currentOf = (field: FieldMeta) =>
    formatFieldValue(field, record.fields[field.name], format);
  const offered = offer === 'loading' ? [] : offer.fields.flatMap((n) => object.fields[n] ?? []);
  const picked = Object.keys(inputs).flatMap((n) => object.fields[n] ?? []);

  const change = (name: string, value: InputValue) => {
    setInputs((all) => ({ ...all, [name]: value }));
    setProblems(({ [name]: _fixed, ...rest }) => rest);
  };

  const pick = (field: FieldMeta) => {
    setInputs((all) => ({ ...all, [field.name]: initialInput(field, record) }));
    setLastPicked(field.name);
    setMessage(undefined);
  };

  const remove = (name: string) => {
    setInputs(({ [name]: _gone, ...rest }) => rest);
    setProblems(({ [name]: _gone, ...rest }) => rest);
    document.getElementById('sofie-hand-edit-filter')?.focus();
  };

  const review = async (event: FormEvent) => {
    event.preventDefault();
    if (offer === 'loading' || !offer.policy) return;

    const outcome = checkInputs(inputs, object, record, offer.policy, context.org.environment);
    if (outcome.kind === 'nothing-changed') return setMessage(t('handEditNothingChanged'));
    if (outcome.kind === 'invalid') {
      setProblems(outcome.problems);
      setMessage(t('handEditInvalid'));
      const first = Object.keys(inputs).find((n) => outcome.problems[n]);
      document.querySelector<HTMLElement>(`[data-hand-edit="${first}"] [data-input]`)?.focus();
      return;
    }

    const result = await sendMessage('panelPrepareChange', {
      windowId,
      source: { kind: 'edits', values: outcome.values },
    });
    if (result.ok) close();
    else setMessage(result.problem.message);
  };

  return (
    <section
      className="sofie-section sofie-hand-edit"
      data-section="hand-edit"
      aria-labelledby="sofie-hand-edit-title"
      aria-busy={offer === 'loading'}
    >
      <h2 id="sofie-hand-edit-title" className="sofie-hand-edit__title">
        {t('handEditTitle')}
      </h2>
      {offer === 'loading' && <p className="sofie-help">{t('handEditLoading')}</p>}
      {offer !== 'loading' && offer.blocked && (
        <p className="sofie-problem" role="status" data-blocked>
          {offer.blocked}
        </p>
      )}
      {offer !== 'loading' && !offer.blocked && (
        <FieldPicker
          fields={offered.filter((f) => !(f.name in inputs))}
          currentOf={currentOf}
          onPick={pick}
        />
      )}
      <form onSubmit={(e) => void review(e)} noValidate>
        {picked.length > 0 && (
          <ul className="sofie-hand-edit__rows" aria-label={t('handEditPicked')}>
            {picked.map((field) => {
              const input = inputs[field.name] ?? '';
              return (
                <HandEditRow
                  key={field.name}
                  field={field}
                  current={currentOf(field)}
                  input={input}
                  picklistValues={picklistOptions(field, object, record, inputs)}
                  hint={inputHint(field, input, format.currency)}
                  problem={problems[field.name]}
                  autoFocus={field.name === lastPicked}
                  onChange={(value) => change(field.name, value)}
                  onRemove={() => remove(field.name)}
                />
              );
            })}
          </ul>
        )}
        <p role="status" className="sofie-problem__message" data-hand-edit-message>
          {message}
        </p>
        <div className="sofie-actions">
          <button
            type="submit"
            className="sofie-button sofie-button--brand"
            data-action="review-hand-edits"
            disabled={!picked.length}
          >
            {t('handEditReview')}
          </button>
          <button
            type="button"
            className="sofie-button"
            data-action="cancel-hand-edits"
            onClick={close}
          >
            {t('handEditCancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
