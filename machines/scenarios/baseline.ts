/**
 * The embedded baseline scenario, as YAML with its sources: the default of `cable1957 simulate`
 * and the defaults of every scenario key. Figures without a source are marked "assumption"
 * (shared/notes/history.md: no source gives processing times or most shares); where the cable or
 * the 1955 Record prescribes a practice, the assumption is that practice as on paper, and the
 * record checks say where the archives contradict it.
 */
export const baselineScenario = `# cable1957 baseline scenario: three years from the cable of 17 December 1957. Its counts are
# assumptions (no source counts these populations); outcome shares do not depend on them.
name: baseline
description: >-
  Crossers and applicants handled under the cable of 17 December 1957, over three years from its
  date. Counts, shares and durations are assumptions unless a source is given; where the cable or
  the 1955 Record prescribes a practice, the assumption is that practice as on paper, and the
  record checks say where the archives contradict it. A descriptive model of a historical policy,
  for study: not a tool for deciding about people.
sources:
  - "Record of the Joint Meeting on Handling Affairs along the Sino-Korean Border, PRC Ministry of Public Security and DPRK Ministry of Internal Affairs, Beijing, 8 June 1955 (kept in force by the cable's 4a): crossers without criminal intent are handed over at a designated port with a name list and file, or, if they live nearby and have crossed no more than twice, expelled on the spot. It gives no time for either. Sets koreaHandsOver (practice as on paper); the handover and repatriation times are assumptions."
  - "Wilson Center Digital Archive, NKIDP e-Dossier no. 11 (2012), as the team's notes give it (the notes name no document for this finding): on 20 February 1959 the DPRK complained that China had not yet carried out the agreement (the bilateral agreement of March 1958 on illegal crossers, dated by the embassy cable of 18 June 1959) for DPRK citizens in China. Record check dprk-complaint-1959; it gives no figure."
  - "Shen Zhihua, Cross-border movement of ethnic Korean residents of Northeast China: the new Chinese government's countermeasures and their results (1950-1962), in Chinese; English version in Journal of Cold War Studies 16(4):133: legal emigration before 1959 was small, only about 600 households left Jilin in 1957-58. It counts households that left (departures), from Jilin only, over both whole years, most of 1957 lying before the cable. Record check jilin-legal-emigration-1957-58; it is not a count of applications."
  - "Shen Zhihua (op. cit.): by the end of 1957 more than 50,000 had gone to the DPRK 'through various channels to take part in construction' and more than 40,000 had come back. Context only: two lower bounds about everyone who went before the cable, not specifically illegal crossers; their ratio is neither an estimate nor a bound of any share in the model, which starts at the cable."
  - "Wilson Center Digital Archive, NKIDP e-Dossier no. 11, embassy cable of 20 April 1959, (59) Korean Consular No. 026: on 6 April 1958 the DPRK handed over its first files, 231 Chinese crossers registered; in May 1958 the sides agreed procedures (the April/May order may be a translation slip). Context only: a count of registered crossers out of an unknown total, and files are not returns, so no model quantity corresponds."
seed: 1957
replications: 20
startDate: 1957-12-17          # the cable's date (4a: "from today onward")
horizonDays: 1095              # three years: to 16 December 1960
readings:
  postCableCrossings: returnAndPunish
  koreanSideDeclines: repatriate
  unjustifiedApplications: reject
  effectiveDate: issued
  punishment: postCableCrossers
  laterMobilization: persuasion
  clause3Scope: anywhere
population:
  chineseResidentInKorea:      # ethnic Koreans from the Northeast who crossed into the DPRK
    count: 1000                # assumption: no source counts them; chosen for Monte Carlo precision (shares do not depend on it)
    crossedAfterCableShare: 0.2   # assumption
  koreanCitizenInChina:        # DPRK citizens who crossed into the Northeast
    count: 300                 # assumption: no source counts them
    crossedAfterCableShare: 0.2   # assumption
  emigrationApplication:       # defined here as applications from Jilin under 4c, one per household (the unit and place of Shen's 600)
    count: 600                 # assumption: design section 7's placeholder, not Shen's figure (which counts departures); departures cannot exceed it, so at this value the check jilin-legal-emigration-1957-58 holds by construction: calibrate tests it
    submittedWithinDays: 365   # assumption: applications in the year from the cable (to December 1958, the end of the period Shen's figure covers)
probabilities:
  hasCrimeOrPendingCase: 0.05  # assumption
  crimeOnHostSide: 0.0         # assumption: of crossers' crimes or cases, the share on the host side (read only under clause3Scope=homeCountry); off in the baseline
  crimeEstablishedLater: 0.0   # assumption: off in the baseline
  koreaHandsOver: 1.0          # assumption, practice as on paper: 4a tells both sides to "continue to strictly comply" with the 1955 Record, whose rule for crossers without criminal intent is return (handover at a port, or expulsion on the spot, both returns); the Record allows no exception, so 1.0 rather than a value below it
  agreesToReturn: 0.6          # assumption (design section 7's value); no source gives it (Shen's 50,000 and 40,000 do not: see sources)
  koreaConsents: 0.7           # assumption; no source gives it (the 9 October 1959 margin note "our side will not force them to go back" is the Chinese side on DPRK citizens in China, not Korean consent under 1b)
  requestsRenunciation: 0.15   # assumption; no count of renunciations was found
  returnInconvenient: 0.3      # assumption: a person's circumstances (2b), not a practice the cable prescribes
  koreaApprovesResidence: 0.5  # assumption
  mobilizedToReturnLater: 0.1  # assumption
  agreesToReturnLater: 0.5     # assumption: a resident mobilized under 2c agrees to go back
  hasPoliticalIssues: 0.05     # assumption
  hasPendingCase: 0.03         # assumption
  isJustified: 0.9             # assumption; no rejection counts were found
durations:                     # days per step; all assumptions (no source gives processing times)
  screening: { dist: exponential, mean: 7 }
  handover: { dist: lognormal, median: 30, p90: 120 }      # assumption, practice as on paper: the Record prescribes the procedure (a designated port, a name list and a file), not its time; about a month to list, file and bring a person to a port
  mobilization: { dist: lognormal, median: 30, p90: 90 }   # assumption: the cable prescribes mobilization, not its time
  consentRequest: { dist: exponential, mean: 14 }
  consentReply: { dist: lognormal, median: 45, p90: 120 }
  investigation: { dist: lognormal, median: 60, p90: 150 }
  renunciation: { dist: lognormal, median: 90, p90: 240 }
  repatriation: { dist: exponential, mean: 21 }            # assumption, practice as on paper: 2a says repatriate and the Record prescribes a handover at a port, with no time; a few weeks for that procedure
  residenceReply: { dist: lognormal, median: 45, p90: 120 }
  review: { dist: lognormal, median: 60, p90: 180 }
  departure: { dist: exponential, mean: 30 }
# What the record says (design section 7): checks on the model, not edits to it. A check that
# fails is a finding about practice, or about the assumptions above.
record:
  - id: dprk-complaint-1959
    source: "Wilson Center Digital Archive, NKIDP e-Dossier no. 11 (2012), as the team's notes give it: the DPRK's complaint of 20 February 1959 (the notes name no document or paragraph)"
    says: "the DPRK complained that China had not yet carried out the agreement for DPRK citizens in China"
    measure:
      kind: koreanCitizenInChina
      outcome: repatriated     # sent back to the DPRK (under 2a, 2c or 3)
      by: 1959-02-20
    expect: { atMost: 0.5 }    # our reading: an agreement not yet carried out means at most half had been sent back by the complaint's date; the words give no figure
    use: calibration
  - id: jilin-legal-emigration-1957-58
    source: "Shen Zhihua, Cross-border movement of ethnic Korean residents of Northeast China (1950-1962); English version in Journal of Cold War Studies 16(4):133"
    says: "legal emigration before 1959: only about 600 households left Jilin in 1957-58"
    measure:
      kind: emigrationApplication
      outcome: departed
      by: 1958-12-31
      scale: 1                 # a count per replication: the applications above are Jilin households, Shen's unit and place, so no conversion
    expect: { atMost: 600 }    # our reading: 1957-58 includes most of 1957, before the cable, so departures from the cable to the end of 1958 are at most about 600 (600 itself is the bound: the approximation is not widened)
    use: calibration
# No validation check: the record for 1958-60 gives these two findings and no third that bears on
# the baseline (the 231 files and Shen's 50,000/40,000 give no model quantity: see sources; the
# DPRK's agreement "in principle" of 9 October 1959 is to a proposal whose content the notes do
# not give).
calibrate:                   # the assumptions the calibration checks bear on, with prior ranges
  durations.repatriation.mean: [7, 1095]      # a week (the Record's handover, done promptly) to the run's three years (in effect, not within the run); the complaint bears on it
  probabilities.returnInconvenient: [0, 1]    # any share (no source); more claims of inconvenience also mean fewer sent back by a date: it trades off with the repatriation time
  population.emigrationApplication.count: [100, 5000]   # from a sixth of Shen's 600 to about eight times it: wide enough that the record, not the prior, bounds it
`;
