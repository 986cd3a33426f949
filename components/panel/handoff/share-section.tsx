import { useEffect, useId, useState } from 'react';

import type { HandoffPreview, HandoffTarget } from '@/lib/handoff/index';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging/protocol';

import { useWindowId } from '../window-context';
import { HandoffPreviewView } from './handoff-preview';
import { runHandoff } from './run-handoff';

/**
 * Hands the record on: copied as Markdown or JSON, opened in the Sofie web app, or sent to a
 * workflow the admin allowed. Each shows what is sent and where before the person confirms.
 * Mounted per record (keyed by its id), so no preview of one record stays up on another.
 */
export function ShareSection() {
  const windowId = useWindowId();
  const pickId = useId();
  const [targets, setTargets] = useState<{ webApp: boolean; workflows: string[] }>();
  const [workflow, setWorkflow] = useState('');
  const [target, setTarget] = useState<HandoffTarget>();
  const [preview, setPreview] = useState<HandoffPreview>();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ text: string; ok: boolean }>();

  useEffect(() => {
    let current = true;
    void sendMessage('panelHandoffTargets', undefined).then((found) => {
      if (!current) return;
      setTargets(found);
      setWorkflow((picked) =>
        found.workflows.includes(picked) ? picked : (found.workflows[0] ?? ''),
      );
    });
    return () => {
      current = false;
    };
  }, []);

  const show = async (next: HandoffTarget) => {
    setStatus(undefined);
    setTarget(next);
    const result = await sendMessage('panelHandoffPreview', { windowId, target: next });
    if (result.ok) setPreview(result.value);
    else setStatus({ text: t('shareFailed', result.problem.message), ok: false });
  };

  const confirm = async () => {
    if (!target) return;
    setBusy(true);
    setStatus(await runHandoff(windowId, target));
    setBusy(false);
    setPreview(undefined);
  };

  return (
    <section
      className="sofie-section sofie-share"
      aria-labelledby="share-title"
      data-section="share"
    >
      <h3 id="share-title" className="slds-text-heading_small">
        {t('shareTitle')}
      </h3>
      <div className="sofie-share__targets">
        <button
          type="button"
          className="slds-button slds-button_neutral"
          onClick={() => void show({ kind: 'copy-markdown' })}
          data-share-target="copy-markdown"
        >
          {t('shareCopyMarkdown')}
        </button>
        <button
          type="button"
          className="slds-button slds-button_neutral"
          onClick={() => void show({ kind: 'copy-json' })}
          data-share-target="copy-json"
        >
          {t('shareCopyJson')}
        </button>
        {targets?.webApp && (
          <button
            type="button"
            className="slds-button slds-button_neutral"
            onClick={() => void show({ kind: 'web-app' })}
            data-share-target="web-app"
          >
            {t('shareWebApp')}
          </button>
        )}
      </div>
      {targets && targets.workflows.length === 0 && (
        <p className="sofie-muted" data-share-no-workflows>
          {t('shareNoWorkflows')}
        </p>
      )}
      {targets && targets.workflows.length > 0 && (
        <div className="sofie-share__workflow">
          <label className="slds-form-element__label" htmlFor={pickId}>
            {t('shareWorkflowPick')}
          </label>
          <select
            id={pickId}
            className="slds-select"
            value={workflow}
            onChange={(event) => setWorkflow(event.target.value)}
            data-share-workflow-pick
          >
            {targets.workflows.map((url) => (
              <option key={url} value={url}>
                {url}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="slds-button slds-button_neutral"
            disabled={!workflow}
            onClick={() => void show({ kind: 'workflow', url: workflow })}
            data-share-target="workflow"
          >
            {t('shareWorkflow')}
          </button>
        </div>
      )}
      {preview && (
        <HandoffPreviewView
          preview={preview}
          busy={busy}
          onConfirm={() => void confirm()}
          onCancel={() => setPreview(undefined)}
        />
      )}
      <p
        role="status"
        className={
          status?.ok === false
            ? 'sofie-share__status sofie-share__status--failed'
            : 'sofie-share__status'
        }
        data-share-status={status ? (status.ok ? 'ok' : 'failed') : undefined}
      >
        {status?.text}
      </p>
    </section>
  );
}
