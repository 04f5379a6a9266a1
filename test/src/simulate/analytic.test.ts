import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { behaviourDrivers, type Driver } from '../../../machines/index.js';
import { baselineScenario } from '../../../src/scenario/loadScenario.js';
import type { Scenario } from '../../../src/scenario/Scenario.js';
import { simulate } from '../../../src/simulate/simulate.js';

/** Closed-form outcome probabilities of the default readings, with no crime coming to light later. */
function exact(p: Record<string, number>, postCable: number): Record<string, Record<string, number>> {
  const { hasCrimeOrPendingCase: c, agreesToReturn: a, koreaConsents: k, requestsRenunciation: r, koreaHandsOver: h } = p as Record<string, number>;
  const { returnInconvenient: i, koreaApprovesResidence: ap, mobilizedToReturnLater: m, agreesToReturnLater: g } = p as Record<string, number>;
  const { hasPoliticalIssues: pol, hasPendingCase: pend, isJustified: just } = p as Record<string, number>;
  // Pre-cable crossers without a crime follow clause 1; post-cable ones wait for the Korean
  // side's handover (4a), and those never handed over stay open; crime ⇒ 3.
  const stay = (1 - postCable) * (1 - c!) * (1 - a!) * k!;
  const neverHandedOver = postCable * (1 - c!) * (1 - h!);
  // 2c as persuasion: each round a resident is mobilized (m) and agrees (g), or refuses and
  // resides on, to be mobilized again; the rounds end with no mobilization (1 − m) or agreement.
  const stillResiding = m! === 1 && g! === 0 ? 0 : (1 - m!) / (1 - m! * (1 - g!));
  const residing = (1 - c!) * i! * ap! * stillResiding;
  const departed = (1 - pol!) * (1 - pend!) * just!;
  return {
    chineseResidentInKorea: { passportIssued: stay * (1 - r!), citizenshipRenounced: stay * r!, repatriated: 1 - stay - neverHandedOver },
    koreanCitizenInChina: { residing, repatriated: 1 - residing },
    emigrationApplication: { departed, rejected: 1 - departed },
  };
}

const probability = fc.double({ min: 0, max: 1, noNaN: true }).map((x) => Math.round(x * 1000) / 1000);
const parameters = fc.record({
  hasCrimeOrPendingCase: probability,
  crimeOnHostSide: probability,
  koreaHandsOver: probability,
  // Few 2c rounds: each draws its time uniformly over what is left of the horizon, so many rounds
  // crowd against it and leave cases open, which the closed form, written for an unbounded
  // horizon, does not count. A round goes on with chance mobilizedToReturnLater × (1 −
  // agreesToReturnLater) ≤ 0.5 × 0.8 = 0.4, so the ~8 rounds that exhaust a ten-year horizon
  // (each takes a uniform share of what is left) happen with odds below 1e-3. (At 1 and 0.2 a
  // fifth of the residents are still being mobilized at the horizon: fast-check found it.)
  agreesToReturnLater: probability.map((x) => 0.2 + 0.8 * x),
  mobilizedToReturnLater: probability.map((x) => 0.5 * x),
  agreesToReturn: probability,
  koreaConsents: probability,
  requestsRenunciation: probability,
  returnInconvenient: probability,
  koreaApprovesResidence: probability,
  hasPoliticalIssues: probability,
  hasPendingCase: probability,
  isJustified: probability,
});

/** A scenario whose steps take a day and whose horizon is ten years: every case reaches its outcome. */
function shortSteps(p: Record<string, number>, postCable: number, seed: number): Scenario {
  const b = baselineScenario();
  return {
    ...b,
    seed,
    replications: 4,
    horizonDays: 3650,
    probabilities: { ...b.probabilities, ...p, crimeEstablishedLater: 0 },
    durations: Object.fromEntries(Object.keys(b.durations).map((k) => [k, { dist: 'fixed', days: 1 } as const])) as Scenario['durations'],
    population: {
      chineseResidentInKorea: { count: 500, crossedAfterCableShare: postCable },
      koreanCitizenInChina: { count: 500, crossedAfterCableShare: postCable },
      emigrationApplication: { count: 500, submittedWithinDays: 30 },
    },
  };
}

interface Check {
  readonly inside95: boolean;
}

/**
 * Law: simulated shares agree with the closed form. Every share lies within 5 binomial standard
 * errors of the exact probability (a false alarm has odds below 1e-6); the checks are recorded
 * so the 95% intervals' coverage can be judged over all of them.
 */
function agreesWithClosedForm(checks: Check[], drivers?: Readonly<Record<string, Driver>>) {
  return fc.asyncProperty(parameters, fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 1e6 }), async (p, s, seed) => {
    const postCable = Math.round(s * 100) / 100;
    const result = await simulate(shortSteps(p, postCable, seed), drivers ? { drivers } : {});
    for (const [kind, outcomes] of Object.entries(exact(p, postCable))) {
      const n = 500 * 4;
      for (const [outcome, q] of Object.entries(outcomes)) {
        const o = result.outcomes[kind]?.[outcome];
        const share = o?.share ?? 0;
        const se = Math.sqrt(Math.max(q * (1 - q), 1 / n) / n);
        if (Math.abs(share - q) > 5 * se + 1e-9) {
          throw new Error(`${kind}.${outcome}: simulated ${share}, exact ${q.toFixed(4)} (${((share - q) / se).toFixed(1)} SE off)`);
        }
        if (o) checks.push({ inside95: o.ci95[0] - 1e-9 <= q && q <= o.ci95[1] + 1e-9 });
      }
    }
  });
}

describe('Monte Carlo agrees with the closed form (durations short against the horizon, no crime later)', () => {
  it('for parameter sets drawn by fast-check, with the 95% intervals covering about 95% of the time', async () => {
    const checks: Check[] = [];
    await fc.assert(agreesWithClosedForm(checks), { numRuns: 25 });
    const coverage = checks.filter((c) => c.inside95).length / checks.length;
    expect(checks.length).toBeGreaterThan(100);
    expect(coverage).toBeGreaterThan(0.85);
  });

  it('catches a driver that reads the wrong probability (agreement drawn with koreaConsents)', async () => {
    const broken: Record<string, Driver> = {
      ...behaviourDrivers,
      chineseResidentInKorea: {
        ...behaviourDrivers.chineseResidentInKorea,
        waiting: {
          ...behaviourDrivers.chineseResidentInKorea.waiting,
          mobilized: { duration: 'mobilization', choices: [{ event: 'person.agreesToReturn', p: 'koreaConsents' }, { event: 'person.refusesToReturn', p: 'rest' }] },
        },
      },
    };
    // Stop at the first counterexample: shrinking whole simulations would only cost time.
    const details = await fc.check(agreesWithClosedForm([], broken), { numRuns: 200, endOnFailure: true });
    expect(details.failed).toBe(true);
    expect(String((details.errorInstance as Error | null)?.message)).toMatch(/chineseResidentInKorea\.\w+: simulated .* SE off/);
    expect(fc.defaultReportMessage(details)).toMatch(/seed/);
  });
});
