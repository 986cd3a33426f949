import type { RelatedItem } from '../../salesforce/record-context';

/**
 * Groups case subjects that talk about the same problem. Words are lower-cased, stripped of
 * punctuation, common words and simple endings; two subjects match when they share at least half
 * of their words (Jaccard ≥ 0.5). Greedy single-link clustering keeps it deterministic.
 */
const STOP_WORDS = new Set(
  (
    'a an the and or of on in at to for with after again is are not no our my re fw fwd still ' +
    'from by issue problem case'
  ).split(' '),
);

export function subjectWords(subject: string): Set<string> {
  const words = subject
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .split(/\s+/)
    .filter((w) => w.length > 1 && !STOP_WORDS.has(w))
    .map((w) => w.replace(/(ing|ed|es|s)$/, ''))
    .filter((w) => w.length > 1);
  return new Set(words);
}

export function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;

  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

export function clusterBySubject(items: RelatedItem[], subjectField: string): RelatedItem[][] {
  const clusters: { words: Set<string>[]; items: RelatedItem[] }[] = [];
  for (const item of items) {
    const subject = item.fields[subjectField];
    if (typeof subject !== 'string') continue;

    const words = subjectWords(subject);
    if (words.size === 0) continue;

    const home = clusters.find((c) => c.words.some((w) => similarity(w, words) >= 0.5));
    if (home) {
      home.words.push(words);
      home.items.push(item);
    } else {
      clusters.push({ words: [words], items: [item] });
    }
  }

  return clusters.map((c) => c.items);
}
