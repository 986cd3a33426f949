import { t } from '@/lib/i18n';
import type { Environment } from '@/lib/salesforce/record-context';

/** Says its word (never colour alone): Production looks and reads different from Sandbox. */
export function EnvironmentBadge({ environment }: { environment: Environment }) {
  const production = environment === 'production';
  return (
    <span
      className={`slds-badge sofie-env sofie-env--${production ? 'production' : 'sandbox'}`}
      data-environment={environment}
    >
      {t(`environment_${environment}`)}
    </span>
  );
}
