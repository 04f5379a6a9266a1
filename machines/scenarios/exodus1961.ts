/**
 * A scenario at the scale of the 1961–62 exodus from Jilin, as YAML with its sources. Keys it
 * leaves out take the baseline's values; practices the cable or the 1955 Record prescribes are
 * assumed as on paper, and the record checks test them.
 */
export const exodus1961Scenario = `# cable1957 scenario: the 1961-62 exodus, at the scale of Jilin's count of crossers.
name: exodus1961
description: >-
  Ethnic Koreans crossing from Jilin into the DPRK in the year to March 1962, all long after the
  cable, in a time of grain rationing and layoffs. On paper (4a and the 1955 Record) the Korean
  side hands every such crosser over; on 12 May 1961 the DPRK said it "could not force them to
  return under armed guard". Approvals of applications to go had been "too stringent … too slow"
  (24 March 1962). Shares and durations are assumptions unless a source is given; where the cable
  or the Record prescribes a practice, the assumption is that practice as on paper, and the record
  checks test it. A descriptive model of a historical policy, for study: not a tool for deciding
  about people.
sources:
  - "Wilson Center Digital Archive, NKIDP e-Dossier no. 11 (2012): Jilin, the year to March 1962: 28,028 crossers. Sets chineseResidentInKorea.count (Jilin only, that year)."
  - "Wilson Center Digital Archive, NKIDP e-Dossier no. 11, Chinese Embassy cable of 12 May 1961: DPRK Foreign Minister Pak Song Chol: between January and the first third of May 1961, 3,500 Chinese crossers came; apart from strongly recommending that they return, the DPRK government 'could not force them to return under armed guard'. Record check jilin1961-not-forced-back; it gives no share."
  - "Shen Zhihua, Cross-border movement of ethnic Korean residents of Northeast China (1950-1962); English version in Journal of Cold War Studies 16(4):133: of the 1961-62 crossers, single men were handed back and whole families were settled on co-operatives with 40 yuan per worker and grain; in 1961-62 it was the DPRK that did not carry out the 1958 agreement. Record check jilin1961-not-forced-back; it gives no share."
  - "Wilson Center Digital Archive, NKIDP e-Dossier no. 11: 24 March 1962: approvals had been 'too stringent … too slow' and were to be made significantly more lenient. Record check applications-too-slow; it sets no parameter (the model has no reading for officials applying 4c more strictly than written)."
  - "Wilson Center Digital Archive, Foreign Ministry archive 118-01027-01, report of 30 April 1962: relatives of senior ethnic-Korean cadres in Jilin, 1960 to the first quarter of 1962, 87 persons named (71 approved, 15 pending, 1 declined); approval 'usually takes one month'. The only stated processing time found, for a priority class. Record check applications-too-slow."
  - "Wilson Center Digital Archive, NKIDP e-Dossier no. 11: Jilin, the year to March 1962: 243 bodies found in the Yalu and Tumen. Context only: the model has no death outcome and no parameter uses it."
  - "Wilson Center Digital Archive, NKIDP e-Dossier no. 11, MFA/MPS telegram of May 1961: Liaoning and Jilin, January-April 1961: 4,701 found crossing, 3,381 got across (of which Liaoning 1,985 and 1,439; another report gives Liaoning 1,471 and 715: the sources disagree). Context only: before this run's window, two provinces, and the model has no step for 4b's 'prevent and stop'; no parameter uses it."
  - "Wilson Center Digital Archive, NKIDP e-Dossier no. 11, embassy cable of 2 December 1961 (a DPRK-side informant): by 8 November 1961, 20,517 Chinese of Korean nationality had crossed into North Hamgyong since the first half of 1960. Context only: another place and period than the run's."
  - "Wilson Center Digital Archive, NKIDP e-Dossier no. 11: Jilin, 25 November 1961: DPRK crossers in China persuaded, registered and handed over as a group; those married to Chinese Koreans who refuse after three persuasion attempts referred to a DPRK consulate. Context only: clause 2's population (DPRK citizens in China), and it gives no duration; no parameter uses it."
  - "Shen Zhihua (op. cit.): causes of the 1961-62 exodus: grain rationing (cited by 42.8% of leavers in one Helong area), layoffs, school places. Context only: a share of leavers citing a cause, not a share of anything in the model."
seed: 1961
replications: 20
startDate: 1961-04-01          # the year to March 1962, Jilin's count's period
horizonDays: 365
population:
  chineseResidentInKorea:
    count: 28028               # e-Dossier 11: Jilin's count of crossers for the year to March 1962 (one province, one year; the notes give it as a count, not a lower bound)
    crossedAfterCableShare: 1.0  # from the dates, not a source's share: every crossing of 1961-62 came long after the cable
  koreanCitizenInChina:
    count: 500                 # assumption: no source counts DPRK crossers into Jilin in 1961-62; shares do not depend on it
    crossedAfterCableShare: 1.0  # assumption: crossers of 1961-62 crossed after the cable
  emigrationApplication:
    count: 5000                # assumption: no source counts Jilin's applications in 1961-62 (one per household, as in the baseline); shares and times do not depend on it
    submittedWithinDays: 365   # assumption: applications spread over the year
probabilities:
  koreaHandsOver: 1.0          # assumption, practice as on paper (as in the baseline): 4a and the 1955 Record return every crosser without criminal intent; the check jilin1961-not-forced-back tests it and calibrate moves it
  agreesToReturn: 0.3          # assumption, read only under postCableCrossings=sameAsEarlierCrossers (under the default reading these crossers are never mobilized); lower than the baseline's because they left during grain rationing and layoffs (Shen), which would make return less attractive; no source gives a share (the 42.8% is not one)
  koreaConsents: 0.8           # assumption, read only under sameAsEarlierCrossers; above the baseline's because the DPRK settled whole families on co-operatives (Shen); no source gives a share
  isJustified: 0.9             # assumption, the baseline's value: no source gives a share of justified applications; "too stringent" describes how officials applied 4c, not a share of unjustified applications, and the model has no reading for officials applying 4c more strictly than written
# durations: the baseline's, all assumptions. The handover time is the Record's procedure as on
# paper (calibrate moves it). The review is not lengthened for "too slow": that finding is held
# out as the validation check applications-too-slow, so setting the review from it would make
# the check pass by construction.
record:
  - id: jilin1961-not-forced-back
    source: "Wilson Center Digital Archive, NKIDP e-Dossier no. 11 (2012): Chinese Embassy cable of 12 May 1961 (DPRK Foreign Minister Pak Song Chol, on Chinese crossers of January to early May 1961); with Shen Zhihua, Journal of Cold War Studies 16(4):133, on 1961-62 (single men handed back, families settled on co-operatives)"
    says: "the DPRK 'could not force them to return under armed guard'; single men were handed back, whole families settled on co-operatives"
    measure:
      kind: chineseResidentInKorea
      outcome: repatriated     # sent back to China (handed over under 4a, or under clause 3), by the run's end
      cohort: crossedAfterEffectiveDate
    expect: { atMost: 0.5 }    # our reading: not forced back, families settled and only single men handed back means at most half of the crossers were sent back within the year; the sources give no share
    use: calibration
  - id: applications-too-slow
    source: "Wilson Center Digital Archive, NKIDP e-Dossier no. 11: 24 March 1962; with Foreign Ministry archive 118-01027-01, report of 30 April 1962 (a priority class in Jilin, 1960 to the first quarter of 1962)"
    says: "approvals had been 'too stringent … too slow'; for a priority class approval 'usually takes one month'"
    measure:
      kind: emigrationApplication
      outcome: departed
      quantile: 0.5            # the median days from submission to departure
      within: 180              # applications submitted at least 180 days before the horizon, departed within 180 days: cutting off the slow ones lowers the median, so a floor stays honest
    expect: { atLeast: 30 }    # our reading: ordinary approvals took longer than the priority class's month, and departure comes after approval, so the median to departure is at least 30 days
    use: validation           # held out; no calibrated key moves it: it checks the review-time assumption, which was not set from it
calibrate:                   # the assumptions the calibration check bears on, with prior ranges
  probabilities.koreaHandsOver: [0, 1]     # the whole range: no source bounds the practice; 1 is the paper
  durations.handover.median: [7, 720]      # a week to twice the run (a median past the horizon means few handovers within it); p90 moves with the median. It trades off with koreaHandsOver: rare handovers or slow ones both keep the share down
`;
