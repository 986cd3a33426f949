import { useState } from 'react';

import { t } from '@/lib/i18n';

/** The redirect URL the connected app must list exactly, with a Copy button. */
export function CallbackUrl({ url }: { url: string }) {
  const [copied, setCopied] = useState<'yes' | 'no' | undefined>();
  const copy = () => {
    navigator.clipboard.writeText(url).then(
      () => setCopied('yes'),
      () => setCopied('no'),
    );
  };

  return (
    <div className="sofie-setting" data-setting="callbackUrl">
      <label className="sofie-setting__label" htmlFor="callback-url">
        {t('optionsCallbackUrlLabel')}
      </label>
      <div className="sofie-row">
        <input
          id="callback-url"
          className="sofie-input"
          type="text"
          readOnly
          value={url}
          aria-describedby="callback-url-help"
          onFocus={(e) => e.target.select()}
        />
        <button type="button" className="sofie-button" onClick={copy}>
          {t('optionsCopy')}
        </button>
      </div>
      <p className="sofie-help" id="callback-url-help">
        {t('optionsCallbackUrlHelp')}
      </p>
      <p role="status" className="sofie-help">
        {copied === 'yes' ? t('optionsCopied') : copied === 'no' ? t('optionsCopyFailed') : ''}
      </p>
    </div>
  );
}
