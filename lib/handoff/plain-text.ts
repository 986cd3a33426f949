/**
 * Rich text (HTML) reduced to the text a person reads, so no markup ever leaves in a bundle. This
 * is not a sanitiser for display: the result is only ever used as text, never as HTML.
 */
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

const TAG_LIKE = /<\/?[a-z][^>]*>/i;

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return codePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return codePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function codePoint(n: number): string {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '';
}

export function htmlToPlainText(html: string): string {
  const text = html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<\/(p|div|h[1-6]|tr|blockquote|ul|ol)\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    // A lone `<` left by broken markup would read as the start of a tag to a careless receiver.
    .replace(/<(?=[a-z/!])/gi, '‹');
  return decodeEntities(text)
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Whether a value from a list without a describe looks like markup and needs reducing. */
export function looksLikeHtml(value: string): boolean {
  return TAG_LIKE.test(value);
}
