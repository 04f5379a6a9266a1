/**
 * The embedded baseline scenario, as YAML with its sources: the default of `cable1957 simulate`
 * and the defaults of every scenario key. Figures without a source are marked "assumption"
 * (shared/notes/history.md: no source gives processing times or most shares).
 */
export const baselineScenario = `# cable1957 baseline scenario: the cable's first year, at the scale of the early returns.
name: baseline
description: >-
  Crossers and applicants handled under the cable of 17 December 1957, over three years from its
  date. Shares and durations are assumptions unless a source is given. A descriptive model of a
  historical policy, for study: not a tool for deciding about people.
sources:
  - "Shen Zhihua, Cross-border movement of ethnic Korean residents of Northeast China (1950-1962); English version in Journal of Cold War Studies 16(4):133: by the end of 1957 more than 50,000 had gone to the DPRK and more than 40,000 had come back."
  - "Wilson Center Digital Archive, NKIDP e-Dossier no. 11 (2012): the DPRK's first files (March 1958) covered 231 Chinese crossers."
  - "Shen Zhihua (op. cit.): legal emigration before 1959 was small, about 600 households left Jilin in 1957-58."
seed: 1957
replications: 20
startDate: 1957-12-17          # the cable's date (4a: "from today onward")
horizonDays: 1095              # three years
readings:
  postCableCrossings: returnAndPunish
  koreanSideDeclines: repatriate
  unjustifiedApplications: reject
  effectiveDate: issued
  punishment: postCableCrossers
  laterMobilization: persuasion
  clause3Scope: anywhere
population:
  chineseResidentInKorea:
    count: 1000                # assumption: the order of the DPRK's first files (231 names) and more
    crossedAfterCableShare: 0.2   # assumption
  koreanCitizenInChina:
    count: 300                 # assumption
    crossedAfterCableShare: 0.2   # assumption
  emigrationApplication:
    count: 600                 # Shen Zhihua: about 600 households left Jilin legally in 1957-58
    submittedWithinDays: 365   # assumption
probabilities:
  hasCrimeOrPendingCase: 0.05  # assumption
  crimeOnHostSide: 0.0         # assumption: of crossers' crimes or cases, the share on the host side (read only under clause3Scope=homeCountry); off in the baseline
  crimeEstablishedLater: 0.0   # assumption: off in the baseline
  koreaHandsOver: 0.5          # assumption: the Korean side hands a post-cable Chinese crosser over (4a), else the case waits
  agreesToReturn: 0.6          # assumption; Shen Zhihua's 50,000 gone / 40,000 back suggests up to 0.8
  koreaConsents: 0.7           # assumption; the DPRK would not force back people it had given documents (e-Dossier 11)
  requestsRenunciation: 0.15   # assumption
  returnInconvenient: 0.3      # assumption
  koreaApprovesResidence: 0.5  # assumption
  mobilizedToReturnLater: 0.1  # assumption
  agreesToReturnLater: 0.5     # assumption: a resident mobilized under 2c agrees to go back
  hasPoliticalIssues: 0.05     # assumption
  hasPendingCase: 0.03         # assumption
  isJustified: 0.9             # assumption
durations:                     # days per step; all assumptions (no source gives processing times)
  screening: { dist: exponential, mean: 7 }
  handover: { dist: lognormal, median: 30, p90: 120 }      # assumption
  mobilization: { dist: lognormal, median: 30, p90: 90 }   # the 1961 Jilin practice allowed three persuasion attempts
  consentRequest: { dist: exponential, mean: 14 }
  consentReply: { dist: lognormal, median: 45, p90: 120 }
  investigation: { dist: lognormal, median: 60, p90: 150 }
  renunciation: { dist: lognormal, median: 90, p90: 240 }
  repatriation: { dist: exponential, mean: 21 }
  residenceReply: { dist: lognormal, median: 45, p90: 120 }
  review: { dist: lognormal, median: 60, p90: 180 }
  departure: { dist: exponential, mean: 30 }
`;
