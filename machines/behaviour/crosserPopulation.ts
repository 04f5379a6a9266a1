import type { PopulationSetting } from './Driver.js';

/** The population setting both crosser kinds add: the share who crossed on or after the cable's date. */
export const crosserPopulation: Readonly<Record<string, PopulationSetting>> = {
  crossedAfterCableShare: {
    default: 0.2,
    kind: 'share',
    description: 'share of crossers who crossed on or after 1957-12-17 (4a: "from today onward")',
  },
};
