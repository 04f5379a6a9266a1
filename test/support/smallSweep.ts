/**
 * The small inline base scenario of the sweep tests, as the `scenario:` mapping of a sweep file:
 * `crossers` Chinese crossers after the cable and 40 applications a replication, one record check.
 */
export const smallSweepScenario = (crossers = 60) => `scenario:
  name: small
  seed: 5
  startDate: 1958-01-01
  horizonDays: 730
  population:
    chineseResidentInKorea: { count: ${crossers}, crossedAfterCableShare: 1 }
    koreanCitizenInChina: { count: 0 }
    emigrationApplication: { count: 40 }
  durations:
    handover: { dist: lognormal, median: 60, p90: 180 }
  record:
    - id: not-all-back
      source: "a test"
      says: "about half went back"
      measure: { kind: chineseResidentInKorea, outcome: repatriated }
      expect: { between: [0.3, 0.6] }
      use: calibration
`;

/**
 * A sweep file: a 20-point Latin hypercube over two assumptions, with a half-width target on the
 * crossers' repatriated share and one on a record check, over a small inline scenario (`crossers`
 * Chinese crossers after the cable and 40 applications a replication). At the defaults it runs in
 * well under a second.
 */
export const smallSweep = ({ crossers = 60, halfWidth = 0.03, maxReplications = 40 } = {}) => `${smallSweepScenario(crossers)}points: 20
ranges:
  probabilities.koreaHandsOver: [0, 1]
  durations.handover.median: [7, 365]
targets:
  - { kind: chineseResidentInKorea, outcome: repatriated, halfWidth: ${halfWidth} }
  - { check: not-all-back, halfWidth: 0.05 }
batch: 4
maxReplications: ${maxReplications}
`;
