import type { Problem } from '@/lib/result';

/** What went wrong and what to do about it, with the code for tests and support. */
export function ConnectionProblem({ problem }: { problem: Problem }) {
  return (
    <div className="sofie-conn__problem" data-problem={problem.code} id="sofie-conn-problem">
      <p className="sofie-conn__problem-message">{problem.message}</p>
      {problem.remedy ? <p className="sofie-conn__problem-remedy">{problem.remedy}</p> : null}
    </div>
  );
}
