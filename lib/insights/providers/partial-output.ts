/**
 * The sentences a model has written so far, read from the start of its JSON answer while it
 * streams (`{"summary":{"project":[{"text":"The deal is ov`). Only `text` values count, so field
 * names, fact ids and proposed updates never show as prose. The last one may be cut off.
 */
export function streamedSentences(partial: string): string[] {
  const sentences: string[] = [];
  const key = /"text"\s*:\s*"/g;
  for (let match = key.exec(partial); match; match = key.exec(partial)) {
    const { text, end } = readString(partial, key.lastIndex);
    if (text.trim()) sentences.push(text.trim());
    key.lastIndex = end;
  }

  return sentences;
}

const ESCAPES: Record<string, string> = { n: ' ', t: ' ', r: '', '"': '"', '\\': '\\', '/': '/' };

function readString(source: string, start: number): { text: string; end: number } {
  let text = '';
  let i = start;
  while (i < source.length) {
    const char = source[i]!;
    if (char === '"') return { text, end: i + 1 };

    if (char !== '\\') {
      text += char;
      i++;
      continue;
    }

    const next = source[i + 1];
    if (next === undefined) break;

    if (next === 'u') {
      const hex = source.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) break;
      text += String.fromCharCode(parseInt(hex, 16));
      i += 6;
      continue;
    }

    text += ESCAPES[next] ?? next;
    i += 2;
  }

  return { text, end: source.length };
}
