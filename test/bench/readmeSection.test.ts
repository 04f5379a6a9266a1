import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

type WithSection = (readme: string, name: string, body: string) => string;
// A plain .mjs file of the bench, typed here.
const file = fileURLToPath(new URL('../../bench/readmeSection.mjs', import.meta.url));
const { withSection } = (await import(pathToFileURL(file).href)) as { withSection: WithSection };

describe('bench/readmeSection.mjs (npm run bench -- --write-readme)', () => {
  const readme = 'intro\n<!-- bench:begin -->\n```\nold table\n```\n<!-- bench:end -->\n\nafter\n';

  it('replaces only what is between the bench markers, as a code block', () => {
    expect(withSection(readme, 'bench', 'new\ntable\n\n')).toBe('intro\n<!-- bench:begin -->\n```\nnew\ntable\n```\n<!-- bench:end -->\n\nafter\n');
    // Writing twice changes nothing more.
    const once = withSection(readme, 'bench', 'x');
    expect(withSection(once, 'bench', 'x')).toBe(once);
  });

  it('refuses a README without the markers, or with them twice', () => {
    expect(() => withSection('no markers', 'bench', 'x')).toThrow('the README has no <!-- bench:begin --> … <!-- bench:end --> markers');
    expect(() => withSection(readme + readme, 'bench', 'x')).toThrow('the README has <!-- bench:begin --> twice');
  });
});
