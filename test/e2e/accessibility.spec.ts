import { describe, expect, it } from 'vitest';

import { seriousViolations } from './harness/axe';
import { useBrowser } from './harness/fixture';
import { decideRow, discard, prepareInstruction } from './harness/review';
import { ACME, configure, openRecordPanel, recordUrl } from './harness/sofie';

const ACCOUNT_URL = 'https://acme.lightning.force.com/lightning/r/Account/001000000000001AAA/view';

describe('Sofie is usable with assistive technology', () => {
  const t = useBrowser();

  it('the panel before set-up and when not connected has no serious or critical WCAG 2.1 AA violations', async () => {
    const page = await t.ext.openSalesforcePage(ACCOUNT_URL);
    const panel = await t.ext.openPanelFromLauncher(page);
    await panel.waitFor('document.querySelector("[data-state=not-configured]")');
    expect(await seriousViolations(panel)).toEqual([]);

    await configure(t, {});
    await panel.waitFor('document.querySelector("[data-state=not-connected]")');
    expect(await seriousViolations(panel)).toEqual([]);
  });

  it('the record view has no serious or critical WCAG 2.1 AA violations', async () => {
    const { panel } = await openRecordPanel(
      t,
      recordUrl(ACME.lightning, 'Opportunity', ACME.opportunity),
      {
        connectAs: 'admin@acme.example',
      },
    );

    expect(await seriousViolations(panel)).toEqual([]);
  });

  it('the record view keeps WCAG 2.1 AA contrast in the dark colour scheme', async () => {
    const panel = await t.ext.findPanel();
    await panel.command('Emulation.setEmulatedMedia', {
      features: [{ name: 'prefers-color-scheme', value: 'dark' }],
    });
    // Links fade to their dark colour; measure once the transitions have ended.
    await panel.waitFor('document.getAnimations().length === 0');

    try {
      const background = await panel.evaluate<string>(
        'getComputedStyle(document.body).backgroundColor',
      );

      expect(background).not.toBe('rgb(255, 255, 255)');
      expect(await seriousViolations(panel)).toEqual([]);
    } finally {
      await panel.command('Emulation.setEmulatedMedia', { features: [] });
    }
  });

  it.each([320, 600])(
    'the record view fits a %i px wide panel without sideways scrolling',
    async (width) => {
      const panel = await t.ext.findPanel();
      await panel.command('Emulation.setDeviceMetricsOverride', {
        width,
        height: 720,
        deviceScaleFactor: 1,
        mobile: false,
      });
      await panel.waitFor(`window.innerWidth === ${width}`);

      const overflow = await panel.evaluate<number>(
        'document.documentElement.scrollWidth - document.documentElement.clientWidth',
      );
      const header = await panel.evaluate<number>(
        "document.querySelector('#record-name').getBoundingClientRect().right",
      );

      expect(overflow).toBe(0);
      expect(header).toBeLessThanOrEqual(width);
      await panel.command('Emulation.clearDeviceMetricsOverride');
    },
  );

  it('the review screen has no serious or critical WCAG 2.1 AA violations', async () => {
    const panel = await t.ext.findPanel();
    await prepareInstruction(panel, 'set stage to Negotiation/Review and next step to Call Rose');
    await decideRow(panel, 'StageName', 'accept');

    expect(await seriousViolations(panel)).toEqual([]);
    await panel.command('Emulation.setEmulatedMedia', {
      features: [{ name: 'prefers-color-scheme', value: 'dark' }],
    });
    // Links fade to their dark colour; measure once the transitions have ended.
    await panel.waitFor('document.getAnimations().length === 0');
    try {
      expect(await seriousViolations(panel)).toEqual([]);
    } finally {
      await panel.command('Emulation.setEmulatedMedia', { features: [] });
    }
    await discard(panel);
  });

  it('the checker itself reports a known violation, so a clean result means something', async () => {
    const page = await t.ext.context.newPage();
    await page.setContent('<html><body><img src="x.png"><button></button></body></html>');

    const ids = (await seriousViolations(page)).map((v) => v.id);

    expect(ids).toEqual(expect.arrayContaining(['image-alt', 'button-name']));
  });

  it('the options page has no serious or critical WCAG 2.1 AA violations', async () => {
    const options = await t.ext.context.newPage();
    await options.goto(t.ext.extensionUrl('options.html'));
    await options.locator('h1').waitFor();

    expect(await seriousViolations(options)).toEqual([]);
    await options.emulateMedia({ colorScheme: 'dark' });
    await options.waitForFunction(() => document.getAnimations().length === 0);
    expect(await seriousViolations(options)).toEqual([]);
  });
});
