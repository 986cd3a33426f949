import { useMemo } from 'react';

import { sanitizeRichText } from '@/lib/format/rich-text';

/** A rich text value, shown as formatted text only after sanitising (lib/format/rich-text.ts). */
export function RichText({ html }: { html: string }) {
  const safe = useMemo(() => sanitizeRichText(html), [html]);

  // The HTML is the sanitiser's output: formatting and safe links only.
  return <div className="sofie-rich-text" dangerouslySetInnerHTML={{ __html: safe }} />;
}
