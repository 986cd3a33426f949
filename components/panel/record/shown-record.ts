import { createContext, useContext } from 'react';

import type { RecordContext } from '@/lib/salesforce/record-context';

/** The record the panel shows, for parts deep in the view that need its fields (evidence). */
export const ShownRecordContext = createContext<RecordContext | undefined>(undefined);

export function useShownRecord(): RecordContext | undefined {
  return useContext(ShownRecordContext);
}
