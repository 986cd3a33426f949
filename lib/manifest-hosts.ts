/**
 * The Salesforce host patterns Sofie may reach. Used for `host_permissions` and the launcher's
 * content-script matches, so the two can never drift apart. Government (`*.my.salesforce.mil`) and
 * China (`*.my.sfcrmproducts.cn`, with Lightning pages on `*.lightning.sfcrmapps.cn`) clouds are
 * listed because their orgs use those hosts as they are.
 */
export const SALESFORCE_HOST_PATTERNS = [
  'https://*.salesforce.com/*',
  'https://*.force.com/*',
  'https://*.salesforce-setup.com/*',
  'https://*.salesforce.mil/*',
  'https://*.sfcrmproducts.cn/*',
  'https://*.sfcrmapps.cn/*',
] as const;

/** Login hosts show no launcher: there is no record there and the user is signing in. */
export const LAUNCHER_EXCLUDED_PATTERNS = [
  'https://login.salesforce.com/*',
  'https://test.salesforce.com/*',
] as const;

/**
 * Extension-page policy: only our own packaged scripts run; no eval, no remote code, no plugins,
 * no base-tag tricks, and no page may frame ours.
 */
export const EXTENSION_PAGES_CSP =
  "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
