/** Fills the `{{V}}` (API version) and `{{HOST}}` placeholders of schema JSON for one request. */
import type { ApiRequest } from './api';

export function render<T>(value: T, req: Pick<ApiRequest, 'version' | 'session'>): T {
  const json = JSON.stringify(value)
    .replaceAll('{{V}}', req.version)
    .replaceAll('{{HOST}}', req.session.org.apiHost);
  return JSON.parse(json) as T;
}
