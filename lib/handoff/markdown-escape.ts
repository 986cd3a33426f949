/**
 * Record text made inert for Markdown: whatever a record says, it renders as the same words and
 * never as a link, image, heading, list, table cell break, HTML or emphasis. Used for every piece
 * of record text; the structure around it is written by Sofie.
 */
const SPECIAL = /[\\`*_[\]<>#!|~&]/g;

export function escapeMarkdown(text: string): string {
  return (
    text
      // One line: a newline in record text could start a heading, list or table row.
      .replace(/\s+/g, ' ')
      .trim()
      .replace(SPECIAL, (c) => `\\${c}`)
      // Bare URLs and domains become links in GitHub-flavoured Markdown; break the pattern.
      .replace(/:\/\//g, '\\:\\/\\/')
      .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\\.`)
      .replace(/@/g, '\\@')
      // A leading `-`, `=` or `1.` would start a list or underline a heading.
      .replace(/^([-=])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2')
  );
}

/** A link target we built ourselves; brackets and spaces are percent-encoded so it stays whole. */
export function markdownUrl(url: string): string {
  return url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
