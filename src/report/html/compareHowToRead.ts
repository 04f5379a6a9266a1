/** What a reader of a comparison must know, in plain words, in the order they need it (the HTML page's "How to read this"). */
export const compareHowToRead: readonly string[] = [
  'Paired on common random numbers: both arms ran the same cases on the same random streams, so they differ only where their rules or assumptions do. Each replication gives one difference B \u2212 A; the interval is Student\u2019s t across them.',
  'A dot is B \u2212 A, its whisker the 95% interval. An interval that excludes 0 (a filled blue dot) is a difference the Monte Carlo noise cannot explain; one that includes 0 (a hollow grey dot) the noise could explain. The interval is Monte Carlo noise given the assumptions, not uncertainty about history.',
  'var. \u00f7 is measured, not assumed: how much more B \u2212 A varies when B runs again on an independent seed, for each share and each median. An interval is narrower by its square root.',
  'The model is descriptive history, not a decision system: what the cable\u2019s rules would have done to these cases under these assumptions.',
];
