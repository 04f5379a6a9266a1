import { applyReadings, resolveReadings } from '../../../machines/index.js';
import { caseKindNames, caseModel } from '../../case/caseModel.js';
import { InputError } from '../../InputError.js';
import { statelyMachine } from '../../stately/statelyMachine.js';
import { checkOutPath } from '../checkOutPath.js';
import { emit } from '../emit.js';
import type { CliIO } from '../io.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { parseReadings } from '../parseReadings.js';

const help = () => `Usage: cable1957 machine <kind> [--readings r=o,...] [--out FILE]

Writes a case kind's machine as JSON that Stately's editor imports (stately.ai: "Import" a
machine and paste it): states with their descriptions and clauses (meta), the compound state
"open" nested, transitions with targets, named guards and actions with their params.
"context" is a case's starting context for the default facts; "meta.readings" names the
readings the guard and action implementations follow (the JSON holds names, not code: rebuilt
with cable1957's implementations it behaves as the machine does).
Kinds: ${caseKindNames().join(', ')}.

Options:
  --readings r=o,...    the readings to build it under (see "cable1957 readings")
  --out FILE            write to FILE (atomically) instead of standard output
  -h, --help            show this help
`;

/** `cable1957 machine <kind>`: the machine, under the readings chosen, as JSON for Stately's editor. */
export async function machineCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'machine',
    args,
    { readings: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    true,
  );
  if (values.help) {
    io.out(help());
    return 0;
  }
  checkOutPath('machine', 'out', values.out);
  if (positionals.length !== 1) throw new InputError(`machine: name one kind (${caseKindNames().join(', ')})`);
  const model = caseModel(positionals[0]!);
  const selection = parseReadings(values.readings); // its errors already name --readings
  try {
    resolveReadings(selection);
  } catch (error) {
    throw new InputError(`--readings: ${(error as Error).message}`);
  }
  const input = Object.fromEntries(Object.entries(model.facts).map(([name, spec]) => [name, spec.default]));
  const json = statelyMachine(applyReadings(model.machine, selection), { input, readings: selection });
  await emit(io, values.out, `${JSON.stringify(json, null, 2)}\n`);
  return 0;
}
