import { t } from '@/lib/i18n';
import { parseInstruction } from '@/lib/insights/instruction';
import { toFieldChanges } from '@/lib/insights/suggestions';
import { handle } from '@/lib/messaging/handlers';
import { fail } from '@/lib/result';

import { handEditChanges } from './hand-edits';
import type { PanelController } from './panel-controller';
import type { Reviews } from './reviews';

/** The review messages of the panel; the background re-checks everything they ask for. */
export function registerReviewHandlers(
  extensionId: string,
  deps: { reviews: Reviews; controller: PanelController },
): void {
  const { reviews, controller } = deps;

  handle(
    'panelPrepareChange',
    ['extension-page'],
    async ({ windowId, source }) => {
      const current = await controller.currentRecord(windowId);
      if (!current) return fail({ code: 'no-record', message: t('panelNotice_openRecordFirst') });

      if (source.kind === 'edits') {
        const changes = await handEditChanges(current, source.values);
        return changes.ok ? reviews.prepare(windowId, changes.value, 'merge') : changes;
      }

      if (source.kind === 'suggestions') {
        const chosen = current.insights.suggestions.filter((s) => source.fields.includes(s.field));
        return reviews.prepare(windowId, toFieldChanges(chosen));
      }

      const parsed = parseInstruction(source.text, current.context.object, {
        now: new Date(),
        // The user's Salesforce time zone, as the summary uses: "today" is the same day in both.
        timeZone: current.context.user.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
        locale: navigator.language || 'en-US',
        currency: current.context.org.currencyIsoCode,
      });
      if (!parsed.changes.length) {
        const why = parsed.notUnderstood.map((n) => n.message).join(' ');
        return fail({
          code: 'not-understood',
          message: why || t('panelNotice_unreadableChange'),
        });
      }

      return reviews.prepare(
        windowId,
        parsed.changes.map((c) => ({
          field: c.field,
          proposedValue: c.value,
          provenance: { kind: 'user' as const },
        })),
      );
    },
    extensionId,
  );

  handle(
    'panelReviewDecide',
    ['extension-page'],
    ({ windowId, field, decision, editedValue }) =>
      reviews.decide(windowId, field, decision, editedValue),
    extensionId,
  );
  handle(
    'panelReviewAcceptAll',
    ['extension-page'],
    ({ windowId }) => reviews.acceptAllValid(windowId),
    extensionId,
  );
  handle(
    'panelReviewDiscard',
    ['extension-page'],
    ({ windowId }) => reviews.discard(windowId),
    extensionId,
  );
  handle(
    'panelReviewApprove',
    ['extension-page'],
    ({ windowId, typedConfirmation }) => reviews.approve(windowId, typedConfirmation),
    extensionId,
  );
}
