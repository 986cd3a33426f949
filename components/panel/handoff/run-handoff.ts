import type { HandoffTarget } from '@/lib/handoff/index';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging/protocol';

/**
 * Asks the background to hand the record on, and copies the text it returns: the panel is an
 * extension page, so it may write the clipboard on the person's click; the service worker may not.
 */
export async function runHandoff(
  windowId: number,
  target: HandoffTarget,
): Promise<{ text: string; ok: boolean }> {
  const result = await sendMessage('panelHandoff', { windowId, target }).catch(
    (error: unknown) => ({
      ok: false as const,
      problem: {
        code: 'handoff-error',
        message: error instanceof Error ? error.message : String(error),
      },
    }),
  );
  if (!result.ok) return { text: t('shareFailed', result.problem.message), ok: false };

  const { value } = result;
  if (value.text !== undefined) {
    try {
      await navigator.clipboard.writeText(value.text);
      return { text: t('shareCopied'), ok: true };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { text: t('shareCopyFailed', reason), ok: false };
    }
  }

  if (value.url !== undefined) return { text: t('shareOpened'), ok: true };
  return { text: t('shareSent', String(value.status ?? '')), ok: true };
}
