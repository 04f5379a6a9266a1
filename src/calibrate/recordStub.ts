// TEMPORARY: local stand-ins for the lead's src/record API (issue12.md), removed once main has it.
import type { Scenario } from '../scenario/Scenario.js';
import type { ReplicationTallies } from '../simulate/SimulationResult.js';

export type Expectation =
  | { readonly atLeast: number }
  | { readonly atMost: number }
  | { readonly between: readonly [number, number] }
  | { readonly about: number; readonly tolerance: number };
export interface Measure {
  readonly kind: string;
  readonly outcome: string | readonly string[];
  readonly within?: number;
  readonly by?: string;
  readonly cohort?: string;
  readonly scale?: number;
  readonly quantile?: number;
}
export interface RecordCheck {
  readonly id: string;
  readonly source: string;
  readonly says: string;
  readonly measure: Measure;
  readonly expect: Expectation;
  readonly use: 'calibration' | 'validation';
}
export interface RecordResult {
  readonly id: string;
  readonly source: string;
  readonly says: string;
  readonly use: 'calibration' | 'validation';
  readonly measure: Measure;
  readonly expect: Expectation;
  readonly model: { readonly estimate: number | null; readonly ci95: readonly [number, number] | null };
  readonly verdict: 'consistent' | 'inconsistent' | 'undecided';
  readonly note?: string;
}
export type RecordScenario = Scenario & {
  readonly record: readonly RecordCheck[];
  readonly calibrate: Readonly<Record<string, readonly [number, number]>>;
};
export function evaluateRecord(_scenario: Scenario, _reps: readonly ReplicationTallies[]): RecordResult[] {
  throw new Error('stub');
}
export function satisfies(_expect: Expectation, _x: number): boolean {
  throw new Error('stub');
}
export function distanceOutside(_expect: Expectation, _x: number): number {
  throw new Error('stub');
}
