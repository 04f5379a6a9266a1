import type { CaseKind } from '../caseMachines.js';
import { chineseResidentInKoreaDriver } from './chineseResidentInKoreaDriver.js';
import type { Driver } from './Driver.js';
import { emigrationApplicationDriver } from './emigrationApplicationDriver.js';
import { koreanCitizenInChinaDriver } from './koreanCitizenInChinaDriver.js';

/** The behaviour driver of every case kind. */
export const behaviourDrivers: Readonly<Record<CaseKind, Driver>> = {
  chineseResidentInKorea: chineseResidentInKoreaDriver,
  koreanCitizenInChina: koreanCitizenInChinaDriver,
  emigrationApplication: emigrationApplicationDriver,
};
