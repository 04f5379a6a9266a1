import { chineseResidentInKoreaMachine } from './chineseResidentInKoreaMachine.js';
import { emigrationApplicationMachine } from './emigrationApplicationMachine.js';
import { koreanCitizenInChinaMachine } from './koreanCitizenInChinaMachine.js';

/** Every case kind, each with its machine. Adding a kind here is all `src/` needs to see it. */
export const caseMachines = {
  chineseResidentInKorea: chineseResidentInKoreaMachine,
  koreanCitizenInChina: koreanCitizenInChinaMachine,
  emigrationApplication: emigrationApplicationMachine,
} as const;

/** The name of a case kind. */
export type CaseKind = keyof typeof caseMachines;

/** Every case kind, in a stable order. */
export const caseKinds: readonly CaseKind[] = Object.keys(caseMachines) as CaseKind[];
