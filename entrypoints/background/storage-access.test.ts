import { describe, expect, it, vi } from 'vitest';

import { restrictToTrustedContexts } from './storage-access';

describe('restrictToTrustedContexts', () => {
  it('asks the storage area for trusted contexts only', async () => {
    const setAccessLevel = vi.fn(() => Promise.resolve());

    const restricted = await restrictToTrustedContexts({ setAccessLevel });

    expect(restricted).toBe(true);
    expect(setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
  });

  it('reports false when the browser lacks the call or refuses it', async () => {
    const refuse = vi.fn(() => Promise.reject(new Error('not supported for this area')));

    expect(await restrictToTrustedContexts({})).toBe(false);
    expect(await restrictToTrustedContexts({ setAccessLevel: refuse })).toBe(false);
  });
});
