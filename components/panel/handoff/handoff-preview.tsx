import type { HandoffPreview } from '@/lib/handoff/index';
import { t, type MessageKey } from '@/lib/i18n';

const CONFIRM: Record<HandoffPreview['method'], MessageKey> = {
  clipboard: 'shareConfirmCopy',
  'open-tab': 'shareConfirmOpen',
  POST: 'shareConfirmSend',
};

function whereTo(preview: HandoffPreview): string {
  switch (preview.method) {
    case 'clipboard':
      return t('shareToClipboard');
    case 'open-tab':
      return t('shareToTab', preview.destination);
    case 'POST':
      return t('shareToPost', preview.destination);
  }
}

/** Exactly what would leave and where to, with the one button that sends it. */
export function HandoffPreviewView(props: {
  preview: HandoffPreview;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { preview, busy } = props;
  return (
    <div
      className="sofie-share__preview"
      role="group"
      aria-labelledby="share-preview-title"
      data-share-preview={preview.target}
      data-allowed={preview.allowed}
    >
      <h4 id="share-preview-title" className="slds-text-title_bold">
        {t('sharePreviewTitle')}
      </h4>
      <p data-share-destination>
        {whereTo(preview)}{' '}
        <span className="sofie-muted">({t('shareBytes', String(preview.bytes))})</span>
      </p>
      {!preview.allowed && (
        <p className="sofie-share__refused" data-share-refused>
          {t('shareNotAllowed', preview.reason ?? '')}
        </p>
      )}
      <pre className="sofie-share__body" tabIndex={0} data-share-body>
        {preview.bodyPreview}
      </pre>
      <div className="sofie-share__actions">
        <button
          type="button"
          className="slds-button slds-button_brand"
          disabled={busy || !preview.allowed}
          onClick={props.onConfirm}
          data-share-confirm
        >
          {busy ? t('shareWorking') : t(CONFIRM[preview.method])}
        </button>
        <button
          type="button"
          className="slds-button slds-button_neutral"
          onClick={props.onCancel}
          data-share-cancel
        >
          {t('shareCancel')}
        </button>
      </div>
    </div>
  );
}
