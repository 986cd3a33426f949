import type { DiffSegment } from '@/lib/changes';
import { t } from '@/lib/i18n';

/**
 * A text change word by word. Colour and strike-through are for the eye; the hidden words say
 * "added" and "removed" to a screen reader, which does not announce `<ins>`/`<del>` everywhere.
 */
export function ValueDiff({ segments }: { segments: DiffSegment[] }) {
  return (
    <span className="sofie-review-diff">
      {segments.map((segment, i) => {
        if (segment.kind === 'same') return <span key={i}>{segment.text}</span>;

        const Tag = segment.kind === 'added' ? 'ins' : 'del';
        return (
          <Tag key={i} className={`sofie-review-diff__${segment.kind}`}>
            <span className="sofie-review-sr">
              {t(segment.kind === 'added' ? 'reviewAdded' : 'reviewRemoved')}{' '}
            </span>
            {segment.text}
          </Tag>
        );
      })}
    </span>
  );
}
