import { t } from '@/lib/i18n';

export function NotConnected(props: { onSalesforcePage: boolean; onOpenSettings: () => void }) {
  return (
    <section
      className="sofie-card"
      aria-labelledby="not-connected-title"
      data-state="not-connected"
    >
      <h2 id="not-connected-title">{t('notConnectedTitle')}</h2>
      <p>{t('notConnectedBody')}</p>
      {props.onSalesforcePage && <p className="sofie-muted">{t('notConnectedOnPage')}</p>}
      <button
        type="button"
        className="sofie-button sofie-button--brand"
        onClick={props.onOpenSettings}
      >
        {t('openSettings')}
      </button>
    </section>
  );
}
