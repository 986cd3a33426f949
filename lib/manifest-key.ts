/**
 * Public half of the key that pins the extension id to `oinnjcbdpaniieilaajcpkppjimmggla`, so the
 * OAuth callback URL is the same for every unpacked install and every test run. A publisher replaces
 * it (see docs/publishing.md); the stores assign their own ids and ignore it.
 */
export const MANIFEST_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA6x2z7MfsX17bmERUM3TgJzSNwzB9+QPoZ2gjSJwpUaAyxqx4fgZTldMTt1YBv+W3xCI8Q+sbnVIK+YNHssPmB0LU7F4HlaM/My5JOeOsgNIRhUZsS8z8Z8DIqAS7udahOjAjiiIfoUAtHj5O+LyI6XUw6CoOoNgoqbGum22BM/xdGwsNTY/CYJmXSzdXzwHvu93tc/M0V2CNwnwnaTZd5vSf/fs+UbyO/3ulayWXJ39/A2x6bV/9pU+newiWnBzzatGRPYxm1RVv5HyeYQmNuOhlTTL6XKe9gNdU31wBYmkIYiAkjTZhWAYwImAFKIJDImM/we5Z+HwyXk7XdGDyUQIDAQAB';

export const PINNED_EXTENSION_ID = 'oinnjcbdpaniieilaajcpkppjimmggla';
