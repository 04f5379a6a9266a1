// The README's bench table: `npm run bench -- --write-readme` puts what it printed between
// <!-- bench:begin --> and <!-- bench:end -->. Not part of `npm run readme` (scripts/readmeSections.mjs):
// those sections are exact functions of the package, this one is a measurement of one machine.

/** `readme` with the text between the `name` markers replaced by `body` in a plain code block. */
export function withSection(readme, name, body) {
  const begin = `<!-- ${name}:begin -->\n`;
  const end = `<!-- ${name}:end -->`;
  const from = readme.indexOf(begin);
  const to = readme.indexOf(end, from + begin.length);
  if (from < 0 || to < 0) throw new Error(`the README has no ${begin.trim()} … ${end} markers`);
  if (readme.indexOf(begin, from + 1) >= 0) throw new Error(`the README has ${begin.trim()} twice`);
  return `${readme.slice(0, from)}${begin}\`\`\`\n${body.replace(/\n*$/, '\n')}\`\`\`\n${readme.slice(to)}`;
}
