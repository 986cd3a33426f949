import type { ApiUsage } from './state';
import type { EmulatedOrg } from './orgs';

/** A Enterprise Edition org's daily allowance in the demo; nothing used yet. */
export const DEFAULT_DAILY_API_MAX = 15000;

export function seedUsage(orgs: EmulatedOrg[]): Map<string, ApiUsage> {
  return new Map(orgs.map((o) => [o.id, { max: DEFAULT_DAILY_API_MAX, used: 0 }]));
}

/** Back to the seed, in place, so holders of the entries see the change. */
export function resetUsage(usage: Map<string, ApiUsage>, orgs: EmulatedOrg[]): void {
  for (const org of orgs) {
    const entry = usage.get(org.id);
    if (entry) Object.assign(entry, { max: DEFAULT_DAILY_API_MAX, used: 0 });
    else usage.set(org.id, { max: DEFAULT_DAILY_API_MAX, used: 0 });
  }
}
