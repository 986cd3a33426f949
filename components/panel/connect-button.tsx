import { useState } from 'react';

import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging/protocol';
import type { PageSummary } from '@/lib/panel-state';
import type { Problem } from '@/lib/result';

/** Starts sign-in for the tab's org; shows progress, then the problem and its remedy if it fails. */
export function ConnectButton(props: { page: PageSummary; loginHint?: string }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | undefined>();

  const connect = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      const result = await sendMessage('panelConnect', {
        apiHost: props.page.apiHost,
        loginHint: props.loginHint,
      });
      if (!result.ok) setProblem(result.problem);
    } catch (error) {
      setProblem({
        code: 'unexpected',
        message: error instanceof Error ? error.message : String(error),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="sofie-connect">
      <button
        type="button"
        className="slds-button slds-button_brand"
        onClick={() => void connect()}
        disabled={busy}
        aria-describedby={problem ? 'connect-problem' : undefined}
      >
        {busy ? t('connecting') : t('connectOrg', props.page.myDomain ?? props.page.apiHost)}
      </button>
      <div role="status" aria-live="polite">
        {problem && (
          <div id="connect-problem" className="sofie-problem" data-problem={problem.code}>
            <p className="sofie-problem__message">{problem.message}</p>
            {problem.remedy && <p className="sofie-problem__remedy">{problem.remedy}</p>}
          </div>
        )}
      </div>
    </div>
  );
}
