/** Placeholder blocks the size of the record header and fields, so nothing jumps when data lands. */
export function Skeleton({ label }: { label: string }) {
  return (
    <div className="sofie-skeleton" role="status" aria-live="polite" data-state="loading">
      <span className="slds-assistive-text">{label}</span>
      <div className="sofie-skeleton__line sofie-skeleton__line--title" aria-hidden="true" />
      <div className="sofie-skeleton__line" aria-hidden="true" />
      <div className="sofie-skeleton__line sofie-skeleton__line--short" aria-hidden="true" />
    </div>
  );
}
