import { describe, expect, it } from 'vitest';

import { createOrgAllowList } from './org-allow-list';

describe('createOrgAllowList', () => {
  it('allows every org when the policy lists none', () => {
    expect(createOrgAllowList(undefined)).toBeUndefined();
    expect(createOrgAllowList([' '])).toBeUndefined();
  });

  it('allows an org by 15- or 18-character id', () => {
    const check = createOrgAllowList(['00Dx0000000BV7z'])!;

    expect(check('00Dx0000000BV7zEAG', undefined).ok).toBe(true);
    expect(check('00Dx0000000BV7A', undefined).ok).toBe(false);
  });

  it('allows an org by its My Domain', () => {
    const check = createOrgAllowList(['https://Acme.my.salesforce.com/'])!;

    expect(check('00Dx0000000BV7z', 'acme').ok).toBe(true);
    const refused = check('00Dx0000000BV7z', 'globex.my.salesforce.com');
    expect(!refused.ok && refused.problem.code).toBe('org_not_allowed');
  });
});
