import type { RecordContext } from '../../salesforce/record-context';

import { customerFacts } from './customer';
import { genericFacts } from './generic';
import { projectFacts } from './project';
import { qualityFacts } from './quality';
import { factInput } from './read';
import type { Fact, FactOptions, Lens, Severity } from './types';
import { LENSES } from './types';

export * from './types';
export { isRecordClosed } from './generic';

const SEVERITY_ORDER: Record<Severity, number> = { urgent: 0, attention: 1, info: 2 };

/**
 * Every fact Sofie can state about the record in view, grouped by lens and most pressing first.
 * Pure and deterministic for a given context, `now` and time zone.
 */
export function collectFacts(context: RecordContext, opts: FactOptions): Fact[] {
  const input = factInput(context, opts);
  const facts = [
    ...qualityFacts(input),
    ...customerFacts(input),
    ...projectFacts(input),
    ...genericFacts(input),
  ];
  const position = new Map(facts.map((f, i) => [f, i]));
  return facts.sort(
    (a, b) =>
      LENSES.indexOf(a.lens) - LENSES.indexOf(b.lens) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (position.get(a) ?? 0) - (position.get(b) ?? 0),
  );
}

export function factsFor(facts: Fact[], lens: Lens): Fact[] {
  return facts.filter((f) => f.lens === lens);
}
