/**
 * Last line of defence: whatever reaches a log line passes through here. Salesforce access tokens
 * and session ids look like `00D...!AQ...`; bearer headers, OAuth parameters and JWT-shaped strings
 * are masked too. Callers still must not pass tokens or record contents to the logger.
 */
const PATTERNS: readonly [RegExp, string][] = [
  [/\b00D[a-zA-Z0-9]{12,15}![A-Za-z0-9._-]+/g, '[token]'],
  [/\bBearer\s+[A-Za-z0-9._~+/=!-]+/gi, 'Bearer [token]'],
  [
    /\b(access_token|refresh_token|code|code_verifier|client_secret|token|sid)=([^&\s"']+)/gi,
    '$1=[redacted]',
  ],
  [
    /("(?:access_token|refresh_token|code_verifier|client_secret|accessToken|refreshToken)"\s*:\s*)"[^"]*"/g,
    '$1"[redacted]"',
  ],
  [/\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g, '[jwt]'],
];

export function redact(text: string): string {
  return PATTERNS.reduce((acc, [pattern, replacement]) => acc.replace(pattern, replacement), text);
}

export function redactValue(value: unknown): unknown {
  if (typeof value === 'string') return redact(value);
  if (value instanceof Error) return redact(`${value.name}: ${value.message}`);
  if (value === null || typeof value !== 'object') return value;

  try {
    return redact(JSON.stringify(value));
  } catch {
    return '[unserialisable]';
  }
}
