import DOMPurify from 'dompurify';

import type { FieldMeta } from '../salesforce/describe';

/**
 * Salesforce rich text made safe to show as HTML. Record content is untrusted, so only formatting
 * survives: no scripts, styles, event handlers, forms or frames; links only to http(s) and mailto,
 * opened in a new tab without access to the panel; images become their alt text, so nothing loads
 * from another host (a remote image would tell its owner who looked at the record, and when).
 */
const ALLOWED_TAGS = [
  'a', 'b', 'blockquote', 'br', 'code', 'del', 'div', 'em', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'hr', 'i', 'img', 'li', 'ol', 'p', 'pre', 's', 'span', 'strike', 'strong', 'sub', 'sup', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'u', 'ul',
]; // prettier-ignore

/** `img` stays through the purge only so its `alt` can replace it afterwards. */
const ALLOWED_ATTR = ['href', 'title', 'alt', 'colspan', 'rowspan'];

const SAFE_LINK = /^(?:https?:|mailto:)/i;

/** Rich text area fields: Salesforce stores HTML in them. */
export function isRichText(field: Pick<FieldMeta, 'type' | 'htmlFormatted'>): boolean {
  return field.type === 'textarea' && field.htmlFormatted;
}

/**
 * The sanitised HTML of a rich text value. Needs a DOM (the panel or options page), never the
 * service worker.
 */
export function sanitizeRichText(html: string): string {
  const fragment = DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP: SAFE_LINK,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
  });

  for (const image of fragment.querySelectorAll('img')) {
    const alt = image.getAttribute('alt')?.trim();
    image.replaceWith(alt ? `[${alt}]` : '');
  }

  for (const link of fragment.querySelectorAll('a')) {
    const href = link.getAttribute('href');
    if (!href || !SAFE_LINK.test(href.trim())) {
      link.removeAttribute('href');
      continue;
    }

    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener noreferrer');
  }

  const holder = fragment.ownerDocument.createElement('div');
  holder.append(fragment);
  return holder.innerHTML;
}
