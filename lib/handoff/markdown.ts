import type { BundleEvidence, ContextBundle } from './bundle-schema';
import { escapeMarkdown as esc, markdownUrl } from './markdown-escape';

/**
 * The bundle as Markdown for a chat message or a ticket: title with link, the summary per lens
 * with its evidence, the key fields and the related rows. Stable: the same bundle gives the same
 * text, so receivers and tests can rely on it.
 */
const LENS_TITLES = { quality: 'Quality', customer: 'Customer', project: 'Project' } as const;
const MAX_EVIDENCE_LINKS = 3;
const MAX_DETAILS = 4;

const link = (label: string, url: string) => `[${esc(label)}](${markdownUrl(url)})`;

function evidenceLinks(evidence: BundleEvidence[]): string {
  const seen = new Set<string>();
  const unique = evidence.filter((e) => !seen.has(e.link) && seen.add(e.link));
  if (unique.length === 0) return '';

  const shown = unique.slice(0, MAX_EVIDENCE_LINKS).map((e) => link(e.label, e.link));
  const more = unique.length - shown.length;
  return ` (${shown.join(', ')}${more > 0 ? `, and ${more} more` : ''})`;
}

function summaryLines(bundle: ContextBundle): string[] {
  const lines: string[] = ['### Summary', ''];
  const lenses = bundle.summary.lenses.filter((l) => l.sentences.length > 0);
  if (lenses.length === 0) lines.push('Nothing stands out.', '');

  for (const lens of lenses) {
    lines.push(`**${LENS_TITLES[lens.lens]}**`, '');
    for (const s of lens.sentences) lines.push(`- ${esc(s.text)}${evidenceLinks(s.evidence)}`);
    lines.push('');
  }

  if (bundle.summary.generated) {
    lines.push(`_Written by a language model (${esc(bundle.summary.provider)})._`, '');
  }

  return lines;
}

function keyFieldLines(bundle: ContextBundle): string[] {
  if (bundle.keyFields.length === 0) return [];

  return [
    '### Key fields',
    '',
    '| Field | Value |',
    '| --- | --- |',
    ...bundle.keyFields.map((f) => `| ${esc(f.label)} | ${esc(f.display)} |`),
    '',
  ];
}

function relatedLines(bundle: ContextBundle): string[] {
  const lists = bundle.related.filter((l) => l.totalSize > 0 || l.items.length > 0);
  if (lists.length === 0) return [];

  const lines = ['### Related', ''];
  for (const list of lists) {
    const shown = list.items.length < list.totalSize ? `, ${list.items.length} shown` : '';
    lines.push(`**${esc(list.label)}** (${list.totalSize}${shown})`, '');
    for (const item of list.items) {
      const details = Object.entries(item.details)
        .filter(([, value]) => value !== item.name && value !== '')
        .slice(0, MAX_DETAILS)
        .map(([key, value]) => `${esc(key)}: ${esc(String(value))}`);
      const suffix = details.length ? ` — ${details.join('; ')}` : '';
      lines.push(`- ${link(item.name || item.id, item.link)}${suffix}`);
    }

    lines.push('');
  }

  return lines;
}

export function renderBundleMarkdown(bundle: ContextBundle): string {
  const { record, user } = bundle;
  const lines = [
    `## ${link(record.name || record.id, record.link)}`,
    '',
    `${esc(record.objectLabel)} in ${esc(record.myDomain ?? record.apiHost)} · shared by ${esc(user.displayName)} · ${bundle.generatedAt}`,
    '',
    ...summaryLines(bundle),
    ...keyFieldLines(bundle),
    ...relatedLines(bundle),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}
