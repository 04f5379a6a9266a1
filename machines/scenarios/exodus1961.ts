/**
 * A scenario at the scale of the 1961–62 exodus from Jilin, as YAML with its sources. Keys it
 * leaves out take the baseline's values.
 */
export const exodus1961Scenario = `# cable1957 scenario: the 1961-62 exodus, at the scale of Jilin's count.
name: exodus1961
description: >-
  Ethnic Koreans crossing from Jilin into the DPRK in the year to March 1962, all after the
  cable, during grain rationing and layoffs; applications to go were handled "too stringently,
  too slowly" until March 1962. Shares and durations are assumptions unless a source is given.
  A descriptive model of a historical policy, for study: not a tool for deciding about people.
sources:
  - "Wilson Center Digital Archive, NKIDP e-Dossier no. 11 (2012): Jilin, the year to March 1962: 28,028 crossers; 243 bodies found in the Yalu and Tumen."
  - "NKIDP e-Dossier no. 11: Liaoning and Jilin, January-April 1961: 4,701 found crossing, 3,381 got across."
  - "NKIDP e-Dossier no. 11: 24 March 1962, approvals had been 'too stringent ... too slow' and were to be made significantly more lenient."
  - "NKIDP e-Dossier no. 11: Jilin, 25 November 1961: DPRK crossers persuaded, registered and handed over as a group; three persuasion attempts."
  - "Shen Zhihua (op. cit.): grain rationing cited by 42.8% of leavers in one Helong area."
seed: 1961
replications: 20
startDate: 1961-04-01
horizonDays: 365
population:
  chineseResidentInKorea:
    count: 28028               # Jilin, the year to March 1962
    crossedAfterCableShare: 1.0  # all crossed long after the cable
  koreanCitizenInChina:
    count: 500                 # assumption
    crossedAfterCableShare: 1.0  # assumption: crossers of 1961 crossed after the cable
  emigrationApplication:
    count: 5000                # assumption
    submittedWithinDays: 365   # assumption: applications spread over the year
probabilities:
  koreaHandsOver: 0.3          # assumption
  agreesToReturn: 0.3          # assumption: hunger made return unattractive (42.8% cited grain rationing)
  koreaConsents: 0.8           # assumption
  isJustified: 0.7             # assumption: approvals "too stringent" until March 1962
durations:
  review: { dist: lognormal, median: 120, p90: 300 }   # assumption: "too slow"
`;
