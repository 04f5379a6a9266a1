/**
 * The SVG id of the edge drawing transition number `index` (in `describeMachine` order) from
 * state `from` (for a root-level transition, the top-level state it is drawn from): how the
 * viewer finds the edge a case took. Pure.
 */
export const edgeId = (index: number, from: string): string => `edge-${index}-${from}`;
