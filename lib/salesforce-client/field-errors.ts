import { salesforceErrorFromBody, type SalesforceError } from './errors';

/**
 * Each field's own message when Salesforce names fields: with several errors at once, every field
 * gets the explanation of the error that names it (joined when more than one does), not the first.
 */
export function fieldErrorsOf(error: SalesforceError): Record<string, string> {
  const items = error.errors ?? [];
  if (!items.length) return Object.fromEntries(error.fields.map((f) => [f, error.message]));

  const byField = new Map<string, string[]>();
  for (const item of items) {
    const { message } = salesforceErrorFromBody(error.status, [item]);
    for (const field of item.fields) byField.set(field, [...(byField.get(field) ?? []), message]);
  }

  return Object.fromEntries([...byField].map(([field, messages]) => [field, messages.join(' ')]));
}
