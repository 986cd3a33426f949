import { beforeAll, describe, expect, it } from 'vitest';

import { ANCHORS } from '../emulator/data/seed';
import { seriousViolations } from './harness/axe';
import { useBrowser } from './harness/fixture';
import type { SidePanel } from './harness/side-panel';
import { ACME, configure, openRecordPanel, recordUrl } from './harness/sofie';

const PROJECT = recordUrl(ACME.lightning, 'Project__c', ANCHORS.project);
const DESCRIPTION = '[data-field=Description__c] dd';

interface Shown {
  text: string;
  bold: string[];
  links: { href: string; target: string; rel: string }[];
  scripts: number;
  images: number;
  handlers: string[];
}

const SHOWN = `(() => {
  const dd = document.querySelector(${JSON.stringify(DESCRIPTION)});
  return {
    text: dd.innerText,
    bold: [...dd.querySelectorAll('b')].map((b) => b.textContent),
    links: [...dd.querySelectorAll('a')].map((a) => ({
      href: a.getAttribute('href'), target: a.target, rel: a.rel,
    })),
    scripts: document.querySelectorAll('script:not([src])').length,
    images: document.querySelectorAll('img').length,
    handlers: [...document.querySelectorAll('*')].flatMap((e) =>
      [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)),
  };
})()`;

describe('a project’s rich-text description shows its formatting and nothing else', () => {
  const t = useBrowser();
  let panel: SidePanel;

  beforeAll(async () => {
    await configure(t, {});
    ({ panel } = await openRecordPanel(t, PROJECT, { connectAs: 'admin@acme.example' }));
    await panel.waitFor(
      `document.querySelector(${JSON.stringify(`${DESCRIPTION} .sofie-rich-text`)})`,
    );
  });

  it('shows the bold text and a link that opens in a new tab', async () => {
    const shown = await panel.evaluate<Shown>(SHOWN);

    expect(shown.text).toContain('Roll out the new conveyor line at the Berlin plant.');
    expect(shown.text).toContain('See the rollout plan.');
    expect(shown.text).toContain('[Line 3 photo]');
    expect(shown.bold).toEqual(['Berlin']);
    expect(shown.links).toEqual([
      { href: 'https://acme.example/rollout', target: '_blank', rel: 'noopener noreferrer' },
    ]);
  });

  it('keeps the record view accessible with the formatted text in it', async () => {
    expect(await seriousViolations(panel)).toEqual([]);
  });

  it('leaves no script, event handler or image in the panel, and runs none of them', async () => {
    await panel.evaluate(`(() => {
      const dd = document.querySelector(${JSON.stringify(DESCRIPTION)});
      for (const el of dd.querySelectorAll('p, a'))
        for (const type of ['click', 'mouseover', 'focus'])
          el.dispatchEvent(new Event(type, { bubbles: true, cancelable: true }));
      return true;
    })()`);

    const shown = await panel.evaluate<Shown>(SHOWN);
    const pwned = await panel.evaluate<string | null>('window.__sofiePwned ?? null');

    expect(shown.scripts).toBe(0);
    expect(shown.images).toBe(0);
    expect(shown.handlers).toEqual([]);
    expect(shown.text).not.toContain('__sofiePwned');
    expect(pwned).toBeNull();
  });
});
