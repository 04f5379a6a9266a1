import fc from 'fast-check';

// Every property run is replayable: FC_SEED fixes the seed (a failure prints the seed and the
// path to pass back as FC_SEED / FC_PATH); FC_NUM_RUNS raises the count for `npm run test:deep`.
const seed = process.env['FC_SEED'];
const path = process.env['FC_PATH'];
fc.configureGlobal({
  numRuns: Number(process.env['FC_NUM_RUNS'] ?? 1000),
  ...(seed === undefined ? {} : { seed: Number(seed) }),
  ...(path === undefined ? {} : { path }),
});
