import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { collectFacts } from '../insights/facts';
import { item, list, sfId } from '../../test/fixtures/contexts/build';
import { caseNewAfterReply, NOW } from '../../test/fixtures/contexts/scenarios';

import { buildContextBundle } from './bundle';
import { renderBundleMarkdown } from './markdown';
import { escapeMarkdown } from './markdown-escape';

const bundleOf = (context: ReturnType<typeof caseNewAfterReply>) =>
  buildContextBundle(context, collectFacts(context, { now: NOW }), undefined, {
    now: NOW,
    locale: 'en_GB',
  });

const CASE = 'https://acme.lightning.force.com/lightning/r/Case/500000000000001AAA/view';
const TASK = 'https://acme.lightning.force.com/lightning/r/Task/00T000000000003EAA/view';
const ISSUE =
  'https://acme.lightning.force.com/lightning/r/Quality_Issue__c/a03000000000002AAA/view';

const EXPECTED = `## [00001001](${CASE})

Case in acme · shared by Sam Sales · 2026-03-10T09:00:00.000Z

### Summary

**Quality**

- Case 00001001 is New with High priority, opened 4 days ago. ([00001001: Status](${CASE}))
- We replied 3 days ago, but the status is still New. ([00001001: Status](${CASE}), [Email: Re: Pump P-200 leaking](${TASK}))
- One open quality issue (1 High). ([QI-0002 Seal failure](${ISSUE}))

**Customer**

- Last contact 3 days ago: “Email: Re: Pump P-200 leaking”. ([Email: Re: Pump P-200 leaking](${TASK}))

### Key fields

| Field | Value |
| --- | --- |
| Case Number | 00001001 |
| Status | New |
| Priority | High |
| Case Origin | — |
| Case Type | Mechanical |
| Case Reason | — |

### Related

**tasks** (1)

- [Email: Re: Pump P-200 leaking](${TASK}) — ActivityDate: 2026-03-07; CompletedDateTime: 2026-03-07T09:30:00.000+0000; IsClosed: true; Status: Completed

**qualityIssues** (1)

- [QI-0002 Seal failure](${ISSUE}) — Severity\\_\\_c: High; Status\\_\\_c: Investigating; Reported\\_Date\\_\\_c: 2026-03-06
`;

describe('renderBundleMarkdown', () => {
  it('renders a case as title, summary with evidence, key fields and related rows', () => {
    const markdown = renderBundleMarkdown(bundleOf(caseNewAfterReply()));

    expect(markdown).toBe(EXPECTED);
  });

  it('renders the same text for the same bundle', () => {
    const bundle = bundleOf(caseNewAfterReply());

    expect(renderBundleMarkdown(bundle)).toBe(renderBundleMarkdown(structuredClone(bundle)));
  });

  it('keeps hostile record text from becoming links, images, HTML or table cells', () => {
    const context = caseNewAfterReply();
    const hostile =
      '[click me](https://evil.example) ![x](https://evil.example/p.png) <img src=x onerror=alert(1)> | cell\n# heading';
    context.record.name = hostile;
    context.record.fields.Status = hostile;
    context.related.push(
      list('notes', 'Note__c', [item('Note__c', sfId('a09', 1), hostile, { Title: hostile })]),
    );

    const markdown = renderBundleMarkdown(bundleOf(context));

    expect(markdown).not.toContain('](https://evil');
    expect(markdown).not.toMatch(/(^|[^\\])<img/);
    expect(markdown).not.toMatch(/^# heading/m);
    expect(markdown).not.toContain('https://evil');
    expect(markdown).toContain('\\[click me\\]');
    expect(markdown).toContain('| Status | \\[click me\\]');
    expect(markdown).toContain('\\| cell \\# heading');
  });

  it('marks a summary a language model wrote', () => {
    const bundle = bundleOf(caseNewAfterReply());
    bundle.summary.generated = true;
    bundle.summary.provider = 'openaiCompatible';

    expect(renderBundleMarkdown(bundle)).toContain(
      '_Written by a language model (openaiCompatible)._',
    );
  });
});

describe('escapeMarkdown', () => {
  it('leaves no markup character unescaped, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const escaped = escapeMarkdown(text);

        const bare = escaped.replace(/\\[\s\S]/g, '');
        expect(bare).not.toMatch(/[\\`*_[\]<>|!~&\n]/);
        expect(escaped).not.toContain('://');
      }),
    );
  });

  it('defuses bare addresses that GitHub would link', () => {
    expect(escapeMarkdown('see www.evil.example or mail bob@evil.example')).toBe(
      'see www\\.evil.example or mail bob\\@evil.example',
    );
  });
});
