import type { SidePanel } from './side-panel';
import { typeInPanel } from './sofie';

/** Types an instruction into the panel and waits for the review screen it produces. */
export async function prepareInstruction(panel: SidePanel, instruction: string): Promise<void> {
  await typeInPanel(panel, '#sofie-instruction', instruction);
  await panel.click('[data-action=prepare-instruction]');
  await panel.waitFor('document.querySelector("li[data-field] [data-action=accept]")');
}

/** Clicks a row's button and waits until the background's answer shows the decision. */
export async function decideRow(
  panel: SidePanel,
  field: string,
  action: 'accept' | 'reject',
): Promise<void> {
  const decision = action === 'accept' ? 'accepted' : 'rejected';
  await panel.click(`li[data-field=${field}] [data-action=${action}]`);
  await panel.waitFor(
    `document.querySelector('li[data-field=${field}][data-decision=${decision}]')`,
  );
}

/** Approves and waits for the outcome: a written notice or a problem shown beside the change set. */
export async function approve(panel: SidePanel): Promise<'written' | 'problem'> {
  const problem = 'document.querySelector(".sofie-review-alert [data-problem]")?.textContent ?? ""';
  const before = await panel.evaluate<string>(problem);
  await panel.waitFor('!document.querySelector("[data-action=approve]").disabled');
  await panel.click('[data-action=approve]');
  await panel.waitFor(
    `document.querySelector("[data-notice=shown]") || ((${problem}) !== "" && (${problem}) !== ${JSON.stringify(before)})`,
    20_000,
  );
  return panel.evaluate<'written' | 'problem'>(
    'document.querySelector("[data-notice=shown]") ? "written" : "problem"',
  );
}

export async function discard(panel: SidePanel): Promise<void> {
  await panel.click('[data-action=discard]');
  await panel.waitFor('!document.querySelector("[data-action=discard]")');
}
