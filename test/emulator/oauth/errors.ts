import type { Problem } from '../../../lib/result';

/** An OAuth error: `code` is Salesforce's `error`, `message` its `error_description`. */
export interface OAuthProblem extends Problem {
  status: number;
}

export function oauthProblem(code: string, message: string, status = 400): OAuthProblem {
  return { code, message, status };
}

export function oauthErrorBody(problem: OAuthProblem): {
  error: string;
  error_description: string;
} {
  return { error: problem.code, error_description: problem.message };
}
