/**
 * Links into the org for a record. The API host keeps the My Domain and its partition
 * (`acme--uat.sandbox.my.salesforce.com`), so the Lightning host follows from it. Hosts without a
 * known Lightning form (instance hosts, `.mil`) get the classic `/<id>` address, which Salesforce
 * redirects to the record's page.
 */
const LIGHTNING_SUFFIXES: readonly [string, string][] = [
  ['.my.salesforce.com', '.lightning.force.com'],
  // Unconfirmed: the Lightning host of orgs hosted in China.
  ['.my.sfcrmproducts.cn', '.lightning.sfcrmapps.cn'],
];

export function lightningHostOf(apiHost: string): string | undefined {
  const host = apiHost.toLowerCase();
  for (const [api, lightning] of LIGHTNING_SUFFIXES) {
    if (host.endsWith(api)) return host.slice(0, -api.length) + lightning;
  }

  return undefined;
}

export function recordLink(apiHost: string, objectApiName: string, recordId: string): string {
  const id = encodeURIComponent(recordId);
  const lightning = lightningHostOf(apiHost);
  if (!lightning) return `https://${apiHost.toLowerCase()}/${id}`;

  return `https://${lightning}/lightning/r/${encodeURIComponent(objectApiName)}/${id}/view`;
}
