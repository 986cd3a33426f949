import { t } from '@/lib/i18n';

/** Rules carry their id; a model's proposal carries `model:<name>` (see `toFieldChanges`). */
export function proposingModel(ruleId: string): string | undefined {
  return ruleId.startsWith('model:') ? ruleId.slice('model:'.length) : undefined;
}

/** Marks a proposal a language model made, so it is never mistaken for one of Sofie's rules. */
export function ProposedBy({ ruleId }: { ruleId: string }) {
  const model = proposingModel(ruleId);
  if (model === undefined) return null;

  return (
    <span className="slds-badge sofie-provenance" data-provenance="model">
      {model ? t('modelProposedBy', model) : t('summaryGenerated')}
    </span>
  );
}
