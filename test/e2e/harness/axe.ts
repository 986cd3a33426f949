import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import type { Page } from 'playwright-core';

import type { SidePanel } from './side-panel';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

const RUN = `(async () => {
  const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ') + ' | ' + n.html.slice(0, 160) + ' | ' + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 200)) }));
})()`;

/**
 * Runs axe-core (WCAG 2.1 A and AA rules) in a page or the side panel. Evaluated through the
 * DevTools protocol, so the extension's strict CSP does not block it.
 */
export async function axeViolations(target: Page | SidePanel): Promise<AxeViolation[]> {
  if ('goto' in target) {
    await target.evaluate(AXE_SOURCE);
    return target.evaluate<AxeViolation[]>(RUN);
  }

  await target.evaluate(`${AXE_SOURCE};true`);
  return target.evaluate<AxeViolation[]>(RUN);
}

/** Serious and critical violations: the ones the accessibility bar forbids. */
export async function seriousViolations(target: Page | SidePanel): Promise<AxeViolation[]> {
  return (await axeViolations(target)).filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
}
