/**
 * Figures of features that other work is building: search and approved writes. Each is one
 * function returning its samples; until the panel has the feature, it says so instead.
 */
import type { BenchSession } from './session';
import type { FeatureMeasure, SearchSample, WriteSample } from './types';

/**
 * API requests and time of one search from the panel.
 * TODO [2026-12-31]: measure once the panel has search: type a query, time until the
 * results list shows, count the requests (target: one SOSL request).
 */
export function measureSearch(_s: BenchSession): Promise<FeatureMeasure<SearchSample>> {
  return Promise.resolve({
    status: 'not-built',
    reason: 'the panel has no search yet in this build',
  });
}

/**
 * API requests of one approved write, and of reading the record back.
 * TODO [2026-12-31]: measure once reviewed writes land: propose a field change, approve
 * it, count the PATCH and the re-read (target: one write and at most one re-read).
 */
export function measureWrite(_s: BenchSession): Promise<FeatureMeasure<WriteSample>> {
  return Promise.resolve({
    status: 'not-built',
    reason: 'the panel has no reviewed writes yet in this build',
  });
}
