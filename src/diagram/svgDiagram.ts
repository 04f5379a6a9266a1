import { Graphviz } from '@hpcc-js/wasm-graphviz';
import type { MachineDescription } from '../structure/describeMachine.js';
import { dotDiagram, type DotOptions } from './dotDiagram.js';

let graphviz: Promise<Graphviz> | undefined;

/**
 * An SVG of a machine, laid out in-process by Graphviz compiled to WebAssembly
 * (`@hpcc-js/wasm-graphviz`): no system binary, no network. Graphviz sizes text by DejaVu Sans;
 * a browser without it falls back to a narrower sans font (never a serif one), so no label
 * outgrows the room it was laid out in. Options as {@link dotDiagram}'s.
 */
export async function svgDiagram(d: MachineDescription, options: DotOptions = {}): Promise<string> {
  graphviz ??= Graphviz.load();
  return (await graphviz).dot(dotDiagram(d, options), 'svg').replaceAll('font-family="DejaVu Sans"', 'font-family="DejaVu Sans,Verdana,sans-serif"');
}
