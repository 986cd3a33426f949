/** A link from an insight or a proposal to the record (and field) it rests on. */
export interface Evidence {
  objectApiName: string;
  recordId: string;
  field?: string;
  label: string;
}
