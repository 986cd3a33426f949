import { useState } from 'react';

import type { CheckStatus } from '@/lib/auth/diagnostics';
import { t, type MessageKey } from '@/lib/i18n';

import type { UseConnectionsStore } from './connections-store';

const STATUS_KEY: Record<CheckStatus, MessageKey> = {
  pass: 'optionsConnCheckPass',
  warn: 'optionsConnCheckWarn',
  fail: 'optionsConnCheckFail',
  skipped: 'optionsConnCheckSkipped',
};

function CopyForSupport({ text }: { text: string }) {
  const [copied, setCopied] = useState<'yes' | 'no' | undefined>();
  const copy = () => {
    navigator.clipboard.writeText(text).then(
      () => setCopied('yes'),
      () => setCopied('no'),
    );
  };

  return (
    <div className="sofie-conn__support">
      <button type="button" className="sofie-button" data-action="copy-support" onClick={copy}>
        {t('optionsConnCopySupport')}
      </button>
      <p role="status" className="sofie-help">
        {copied === 'yes' ? t('optionsConnCopied') : copied === 'no' ? t('optionsCopyFailed') : ''}
      </p>
    </div>
  );
}

/** Runs the ordered checks and shows each as it finishes, with the fix for what fails. */
export function TestConnection({ useStore }: { useStore: UseConnectionsStore }) {
  const testing = useStore((s) => s.testing);
  const results = useStore((s) => s.results);
  const supportText = useStore((s) => s.supportText);
  const runTest = useStore((s) => s.runTest);
  const connecting = useStore((s) => s.busy !== undefined);

  return (
    <div className="sofie-conn__test" data-testing={testing}>
      <h3 id="sofie-conn-test-heading">{t('optionsConnTestHeading')}</h3>
      <p className="sofie-help">{t('optionsConnTestHelp')}</p>
      <button
        type="button"
        className="sofie-button"
        data-action="test-connection"
        disabled={testing || connecting}
        onClick={() => void runTest()}
      >
        {testing ? t('optionsConnTesting') : t('optionsConnTest')}
      </button>
      <ol
        className="sofie-conn__checks"
        aria-labelledby="sofie-conn-test-heading"
        aria-live="polite"
        aria-busy={testing}
      >
        {results.map((r) => (
          <li key={r.id} className="sofie-conn__check" data-check={r.id} data-status={r.status}>
            <span className={`sofie-conn__mark sofie-conn__mark--${r.status}`}>
              {t(STATUS_KEY[r.status])}
            </span>{' '}
            <strong>{r.title}</strong>
            <p className="sofie-conn__detail">{r.detail}</p>
            {r.fix && r.status !== 'pass' && r.status !== 'skipped' ? (
              <p className="sofie-conn__fix">
                {t('optionsConnFix')} {r.fix}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      {supportText && !testing ? <CopyForSupport text={supportText} /> : null}
    </div>
  );
}
