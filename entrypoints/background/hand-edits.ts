import { t } from '@/lib/i18n';
import type { NewFieldChange } from '@/lib/changes';
import { checkHandEdits, editableFields } from '@/lib/changes/editable';
import { handle } from '@/lib/messaging/handlers';
import { fail, ok, type Result } from '@/lib/result';
import { writePolicyOf } from '@/lib/settings/write-policy';

import type { PanelController } from './panel-controller';
import { getEffectiveSettings } from './settings';

type Current = NonNullable<Awaited<ReturnType<PanelController['currentRecord']>>>;

/**
 * Hand edits become field changes only when every value passes the validator suggestions go
 * through, and only for fields offered to this user: the panel's own check is never trusted.
 */
export async function handEditChanges(
  current: Current,
  values: Record<string, unknown>,
): Promise<Result<NewFieldChange[]>> {
  const { context, connection } = current;
  const policy = writePolicyOf(await getEffectiveSettings());
  const offered = editableFields(context.object, context.record, policy, connection.environment);
  const unknown = Object.keys(values).filter((f) => !offered.fields.includes(f));
  if (offered.blocked) return fail({ code: 'blocked', message: offered.blocked });
  if (unknown.length) {
    return fail({ code: 'not-editable', message: `You cannot edit ${unknown.join(', ')} here.` });
  }

  const problems = checkHandEdits(
    values,
    context.object,
    context.record,
    policy,
    connection.environment,
  );
  const reasons = Object.values(problems);
  if (reasons.length) return fail({ code: 'invalid', message: reasons.join(' ') });

  return ok(
    Object.entries(values).map(([field, proposedValue]) => ({
      field,
      proposedValue,
      provenance: { kind: 'user' as const },
    })),
  );
}

/** Which fields the panel may offer for editing; answered from the loaded view, without a request. */
export function registerHandEditHandlers(
  extensionId: string,
  deps: { controller: PanelController },
): void {
  handle(
    'panelEditableFields',
    ['extension-page'],
    async ({ windowId }) => {
      const current = await deps.controller.currentRecord(windowId);
      if (!current) return fail({ code: 'no-record', message: t('handEditBg_noRecord') });

      const { context, connection } = current;
      const policy = writePolicyOf(await getEffectiveSettings());
      const offered = editableFields(
        context.object,
        context.record,
        policy,
        connection.environment,
      );
      return ok({ ...offered, policy });
    },
    extensionId,
  );
}
