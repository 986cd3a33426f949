import { t, type MessageKey } from '@/lib/i18n';

/** A plain state: a title, what it means, and (when there is one) the way forward. */
export function Notice(props: {
  state: string;
  title: MessageKey;
  body: MessageKey;
  onOpenSettings?: () => void;
}) {
  return (
    <section
      className="slds-card sofie-card"
      data-state={props.state}
      aria-labelledby={`${props.state}-title`}
    >
      <h2 id={`${props.state}-title`} className="slds-text-heading_small">
        {t(props.title)}
      </h2>
      <p>{t(props.body)}</p>
      {props.onOpenSettings && (
        <button
          type="button"
          className="slds-button slds-button_brand"
          onClick={props.onOpenSettings}
        >
          {t('openSettings')}
        </button>
      )}
    </section>
  );
}
