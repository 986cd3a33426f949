import { fail, ok, type Result } from '../result';
import { settingsProblem, type SettingsProblem } from './problem';

const HINT =
  'Copy the Consumer Key from the app in Salesforce Setup (Manage Consumer Details); it is one long string without spaces, usually starting with 3MVG.';

/**
 * Salesforce consumer keys are long opaque strings, so only what is surely wrong is refused:
 * spaces inside (a pasted label or two values), and characters a key never has. An empty value
 * means "not set".
 */
export function validateClientId(input: string): Result<string, SettingsProblem> {
  const value = input.trim();
  if (!value) return ok('');

  if (/\s/.test(value)) {
    return fail(
      settingsProblem('settingsErrorClientIdSpaces', `The Client ID contains spaces. ${HINT}`),
    );
  }

  if (value.length > 256 || !/^[\x21-\x7e]+$/.test(value)) {
    return fail(
      settingsProblem('settingsErrorClientIdShape', `This does not look like a Client ID. ${HINT}`),
    );
  }

  return ok(value);
}

/** A secret of a public client is not secret: still, spaces are always a paste mistake. */
export function validateClientSecret(input: string): Result<string, SettingsProblem> {
  const value = input.trim();
  if (/\s/.test(value) || value.length > 256) {
    return fail(
      settingsProblem(
        'settingsErrorClientSecretShape',
        'The Client Secret contains spaces or is too long. Copy the Consumer Secret again, or leave it empty for PKCE without a secret.',
      ),
    );
  }

  return ok(value);
}
