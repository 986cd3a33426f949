/** Bodies the control API accepts; anything else answers 400 with the problems. */
import { z } from 'zod';

const profile = z.enum(['admin', 'sales', 'readonly']);

export const appPatchSchema = z.strictObject({
  clientSecret: z.string().min(1).optional(),
  requireSecretForWebServerFlow: z.boolean().optional(),
  requireSecretForRefresh: z.boolean().optional(),
  requirePkce: z.boolean().optional(),
  callbackUrls: z.array(z.url()).optional(),
  scopes: z.array(z.string().min(1)).optional(),
  refreshTokenRotation: z.boolean().optional(),
  refreshTokenPolicy: z
    .union([z.literal('infinite'), z.strictObject({ expiresAfterSeconds: z.number().positive() })])
    .optional(),
  permittedUsers: z.enum(['all', 'admin-approved']).optional(),
  approvedProfiles: z.array(profile).optional(),
  blocked: z.boolean().optional(),
  accessTokenLifetimeSeconds: z.number().positive().optional(),
});

export const orgSettingsSchema = z.strictObject({ preventGenericLogin: z.boolean().optional() });

export const autoLoginSchema = z.strictObject({
  username: z.string().min(1).nullable(),
  approve: z.boolean().optional(),
  once: z.boolean().optional(),
});

export const usernameSchema = z.strictObject({ username: z.string().min(1).optional() });

export const clockSchema = z.strictObject({ now: z.iso.datetime({ offset: true }) });

export const advanceSchema = z.strictObject({ ms: z.number().int() });

export const latencySchema = z.strictObject({ ms: z.number().int().min(0) });

export const usageSchema = z.strictObject({
  max: z.number().int().min(0),
  used: z.number().int().min(0),
});
