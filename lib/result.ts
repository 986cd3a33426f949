/**
 * Expected outcomes (not connected, not found, conflict...) travel as values; bugs throw.
 * `problem` names the outcome with a stable code and a sentence a user can act on.
 */
export type Result<T, P = Problem> = { ok: true; value: T } | { ok: false; problem: P };

export interface Problem {
  code: string;
  message: string;
  remedy?: string;
}

export function ok<T>(value: T): Result<T, never> {
  return { ok: true, value };
}

export function fail<P extends Problem>(problem: P): Result<never, P> {
  return { ok: false, problem };
}
