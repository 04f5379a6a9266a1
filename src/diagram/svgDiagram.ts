import { Graphviz } from '@hpcc-js/wasm-graphviz';
import type { MachineDescription } from '../structure/describeMachine.js';
import { dotDiagram } from './dotDiagram.js';

let graphviz: Promise<Graphviz> | undefined;

/**
 * An SVG of a machine, laid out in-process by Graphviz compiled to WebAssembly
 * (`@hpcc-js/wasm-graphviz`): no system binary, no network.
 */
export async function svgDiagram(d: MachineDescription): Promise<string> {
  graphviz ??= Graphviz.load();
  return (await graphviz).dot(dotDiagram(d), 'svg');
}
