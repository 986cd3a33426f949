/** `Sforce-Limit-Info: api-usage=18/15000`: the org's daily API requests used and allowed. */
export interface ApiUsage {
  used: number;
  max: number;
}

export function parseLimitInfo(header: string | null): ApiUsage | undefined {
  const match = header && /api-usage=(\d+)\/(\d+)/.exec(header);
  if (!match?.[1] || !match[2]) return undefined;
  return { used: Number(match[1]), max: Number(match[2]) };
}
