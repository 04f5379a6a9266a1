/**
 * Example 06 — run-time monitors: the model's invariants watched while a case runs.
 *
 * The invariants of design §6 (machines/invariants.ts) are written once as monitors that attach
 * to any actor through XState's `inspect` option. We run a case on the real machine (the monitor
 * stays quiet), then on a deliberately broken copy whose clause-3 override was removed: when a
 * pending case comes to light, the monitor stops the run with an error citing clause 3.
 * A descriptive model of a historical policy, for study: not a tool for deciding about people.
 *
 * Run: npx tsx examples/06-monitors.ts
 */
import { createActor, createMachine, type AnyStateMachine } from 'xstate';
import { chineseResidentInKoreaMachine, createMonitor, invariants, InvariantViolation } from 'cable1957';

const events = ['authorities.screen', 'person.refusesToReturn', 'embassy.seeksConsent', 'authorities.establishCrimeOrPendingCase'];

function run(label: string, machine: AnyStateMachine): void {
  const monitor = createMonitor(invariants, { postCableCrossings: 'returnAndPunish' });
  const actor = createActor(machine, { input: { caseId: 'CRK-7', crossedOn: '1957-08-02', hasCrimeOrPendingCase: false }, inspect: monitor.inspect }).start();
  try {
    for (const type of events) {
      actor.send({ type });
      monitor.throwIfViolated();
    }
    console.log(`${label}: ${String(actor.getSnapshot().value)} — ${monitor.steps()} steps checked, no invariant broken`);
  } catch (error) {
    if (!(error instanceof InvariantViolation)) throw error;
    console.log(`${label}: stopped — ${error.message}`);
  }
}

run('the machine', chineseResidentInKoreaMachine);

// A broken copy: clause 3's transition removed from every state (a one-line mistake a modeler could make).
const config = chineseResidentInKoreaMachine.config as { states: Record<string, { on?: Record<string, unknown> }> };
const states = Object.fromEntries(
  Object.entries(config.states).map(([name, node]) => {
    const { ['authorities.establishCrimeOrPendingCase']: _dropped, ...on } = node.on ?? {};
    return [name, { ...node, on }];
  }),
);
run('a broken copy', createMachine({ ...config, states } as never).provide(chineseResidentInKoreaMachine.implementations as never));
