import type { MachineDescription, TransitionInfo } from '../structure/describeMachine.js';

/** A transition with the anchor the literate model gives it: unique within the document. */
export interface AnchoredTransition {
  /** The case kind of its machine. */
  readonly kind: string;
  /** The transition. */
  readonly t: TransitionInfo;
  /** Its alternatives' position: 0 for the first transition written for its event on its state. */
  readonly alternative: number;
  /** The anchor: `t-<kind>-<from>-<event>-<alternative>`, non-alphanumerics as `-`. */
  readonly anchor: string;
}

const slug = (s: string) => s.replace(/[^A-Za-z0-9]+/g, '-');

/** Every transition of a machine with its anchor, in document order. Pure. */
export function transitionAnchors(kind: string, d: MachineDescription): AnchoredTransition[] {
  const seen = new Map<string, number>();
  return d.transitions.map((t) => {
    const key = `${t.from ?? ''}|${t.event}`;
    const alternative = seen.get(key) ?? 0;
    seen.set(key, alternative + 1);
    return { kind, t, alternative, anchor: `t-${slug(kind)}-${slug(t.from ?? 'root')}-${slug(t.event)}-${alternative}` };
  });
}
