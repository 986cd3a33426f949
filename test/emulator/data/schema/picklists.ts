/**
 * Org configuration on top of the recorded describes: Opportunity stages and record types, and a
 * dependent picklist pair (Case Reason depends on Case Type).
 */
import { sfid } from '../../core/ids';
import type { PicklistEntry } from '../types';

export interface StageInfo {
  probability: number;
  forecastCategory: string;
  forecastCategoryName: string;
  isClosed: boolean;
  isWon: boolean;
}

const stage = (
  probability: number,
  forecast: string,
  name: string,
  closed = false,
  won = false,
) => ({
  probability,
  forecastCategory: forecast,
  forecastCategoryName: name,
  isClosed: closed,
  isWon: won,
});

/** What the OpportunityStage setup says about each StageName value. */
export const OPPORTUNITY_STAGES: Record<string, StageInfo> = {
  Prospecting: stage(10, 'Pipeline', 'Pipeline'),
  Qualification: stage(10, 'Pipeline', 'Pipeline'),
  'Needs Analysis': stage(20, 'Pipeline', 'Pipeline'),
  'Value Proposition': stage(50, 'Pipeline', 'Pipeline'),
  'Id. Decision Makers': stage(60, 'Pipeline', 'Pipeline'),
  'Perception Analysis': stage(70, 'Pipeline', 'Pipeline'),
  'Proposal/Price Quote': stage(75, 'Pipeline', 'Pipeline'),
  'Negotiation/Review': stage(90, 'Pipeline', 'Pipeline'),
  'Closed Won': stage(100, 'Closed', 'Closed', true, true),
  'Closed Lost': stage(0, 'Omitted', 'Omitted', true, false),
};

export const RECORD_TYPES = {
  newBusiness: sfid('012', 1),
  renewal: sfid('012', 2),
};

/** Picklist values each record type offers, per object and field (absent: all values). */
export const RECORD_TYPE_VALUES: Record<string, Record<string, Record<string, string[]>>> = {
  Opportunity: {
    [RECORD_TYPES.newBusiness]: {
      StageName: Object.keys(OPPORTUNITY_STAGES),
    },
    [RECORD_TYPES.renewal]: {
      StageName: ['Qualification', 'Negotiation/Review', 'Closed Won', 'Closed Lost'],
    },
  },
};

/** Case Type (controlling) → the Case Reason values it allows. */
export const CASE_REASON_BY_TYPE: Record<string, string[]> = {
  Mechanical: ['Installation', 'Breakdown', 'Equipment Design', 'Performance', 'Other'],
  Electrical: ['Installation', 'Breakdown', 'Equipment Complexity', 'Performance', 'Other'],
  Electronic: ['Equipment Complexity', 'Performance', 'Feedback', 'Other'],
  Structural: ['Installation', 'Equipment Design', 'Other'],
  Other: ['Feedback', 'Other'],
};

/** Salesforce's `validFor`: base64 of a bitmap, bit i (most significant first) = controller i. */
export function validFor(controllerValues: string[], allowedBy: (controller: string) => boolean) {
  const bytes = new Uint8Array(Math.max(3, Math.ceil(controllerValues.length / 8)));
  controllerValues.forEach((value, i) => {
    if (allowedBy(value)) bytes[i >> 3]! |= 0x80 >> (i & 7);
  });
  return Buffer.from(bytes).toString('base64');
}

/** Reads a `validFor` bitmap back: is controller value number `index` allowed? */
export function isValidFor(bitmap: string, index: number): boolean {
  const bytes = Buffer.from(bitmap, 'base64');
  return ((bytes[index >> 3] ?? 0) & (0x80 >> (index & 7))) !== 0;
}

export function withCaseReasonDependency(
  reasons: PicklistEntry[],
  types: PicklistEntry[],
): PicklistEntry[] {
  const typeValues = types.map((t) => t.value);
  return reasons.map((r) => ({
    ...r,
    validFor: validFor(typeValues, (t) => CASE_REASON_BY_TYPE[t]?.includes(r.value) ?? false),
  }));
}
