// @vitest-environment jsdom
import axe from 'axe-core';
import { afterEach, beforeEach, expect, it } from 'vitest';

import { mergeAfterConflict } from '@/lib/changes';
import { DEFAULT_WRITE_POLICY } from '@/lib/settings/write-policy';

import { changeSetOf, recordFields, reviewProps, row } from './review-fixtures';
import { ReviewScreen } from './review-screen';
import { click, render, useEnglishMessages, type Rendered } from './testing';

let view: Rendered | undefined;
beforeEach(() => useEnglishMessages());
afterEach(() => view?.unmount());

/** Rules that need layout jsdom does not do (contrast) are left to the browser tests. */
async function violations(root: HTMLElement) {
  const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

it('has no axe violations with valid, invalid, edited and erroneous rows in production', async () => {
  const changeSet = changeSetOf(
    [
      row('CloseDate', '2026-03-13', { decision: 'accepted' }),
      row('NextStep', 'Call Rose on Friday'),
      row('ExpectedRevenue', 1),
      row('StageName', 'Negotiation/Review'),
    ],
    'production',
  );
  const policy = { ...DEFAULT_WRITE_POLICY, requireTypedConfirmationInProduction: true };
  view = render(
    <ReviewScreen
      {...reviewProps(changeSet, {
        policy,
        problem: { message: 'Refused', remedy: 'Fix it', fieldErrors: { NextStep: 'Bad value' } },
      })}
    />,
  );
  click(view.container.querySelector('[data-field="StageName"] [data-action="edit"]'));

  expect(await violations(view.container)).toEqual([]);
});

it('has no axe violations in the conflict view', async () => {
  const approved = changeSetOf([
    row('CloseDate', '2026-03-13', { decision: 'accepted' }),
    row('NextStep', 'Send it', { decision: 'accepted' }),
  ]);
  const current = { ...recordFields, NextStep: 'Colleague value' };
  const merged = mergeAfterConflict(approved, current, '2026-03-10T08:00:00.000+0000');
  view = render(
    <ReviewScreen
      {...reviewProps(merged.changeSet, { conflict: merged.fields, recordFields: current })}
    />,
  );

  expect(await violations(view.container)).toEqual([]);
});
