import { t, type MessageKey } from '@/lib/i18n';
import type { PolicyProblem } from '@/lib/settings/read-policy';

import { useOptions } from './options-store';
import { problemText } from './problem-text';

const EFFECT_KEYS: Record<PolicyProblem['effect'], MessageKey> = {
  ignored: 'policyEffectIgnored',
  'entry-dropped': 'policyEffectEntryDropped',
  'default-used': 'policyEffectDefaultUsed',
  restricted: 'policyEffectRestricted',
};

/** What was wrong with the admin's policy, so the admin (or support) can fix it. */
export function PolicyProblems() {
  const problems = useOptions((s) => s.view?.problems ?? []);
  if (!problems.length) return null;

  return (
    <section
      className="sofie-card sofie-card--error"
      aria-labelledby="policy-problems-heading"
      data-section="policy-problems"
    >
      <h2 id="policy-problems-heading">{t('optionsPolicyProblemsHeading')}</h2>
      <p className="sofie-muted">{t('optionsPolicyProblemsIntro')}</p>
      <ul>
        {problems.map((problem, i) => (
          <li key={`${problem.key}-${i}`} data-policy-key={problem.key}>
            <code>{problem.key}</code> = <code>{problem.value}</code>:{' '}
            {problemText({ ...problem, message: problem.reason })} {t(EFFECT_KEYS[problem.effect])}
          </li>
        ))}
      </ul>
    </section>
  );
}
