import type { AnyStateMachine } from 'xstate';

/** Whether a student's export is an XState machine (made by createMachine, setup or provide). */
export const isMachine = (m: unknown): m is AnyStateMachine =>
  typeof m === 'object' && m !== null && typeof (m as AnyStateMachine).provide === 'function' && typeof (m as AnyStateMachine).config === 'object';
