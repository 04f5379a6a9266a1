import type { CliIO } from '../io.js';

/** `cable1957 simulate`: the Monte Carlo run. Until it lands, says so and succeeds. */
export function simulateCommand(_args: readonly string[], io: CliIO): number {
  io.out('cable1957 simulate arrives in a later release (Monte Carlo scenarios, issue #4).\n');
  io.out('Meanwhile: "cable1957 clauses" prints the clause <-> model matrix, "cable1957 readings" the readings.\n');
  return 0;
}
