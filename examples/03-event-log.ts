/**
 * Example 03 — from cases to a process-mining event log.
 *
 * Runs a small built-in sample of cases of every kind and writes them as OCEL 2.0 JSON
 * (object-centric: case, person and acting office), XES (one trace per case) and CSV, into a
 * temporary folder; then prints what each file holds. Load them in pm4py
 * (`pm4py.read_ocel2_json`, `pm4py.read_xes`), ProM or Disco.
 * A descriptive model of a historical policy, for study: not a tool for deciding about people.
 *
 * Run: npx tsx examples/03-event-log.ts [out-dir]
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventLog, eventLogFormats, sampleTraces, writeAtomically } from 'cable1957';

const outDir = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'cable1957-logs-'));

for (const format of eventLogFormats) {
  const file = join(outDir, `sample.${format === 'ocel' ? 'ocel.json' : format}`);
  // The writers stream: traces are generated one by one as the file is written.
  await writeAtomically(file, eventLog(format, sampleTraces({ seed: 1957, perKind: 5 })));
  const text = readFileSync(file, 'utf8');
  if (format === 'ocel') {
    const log = JSON.parse(text) as { events: unknown[]; objects: { type: string }[] };
    const offices = log.objects.filter((o) => o.type === 'office').length;
    console.log(`${file}: OCEL 2.0 with ${log.events.length} events and ${log.objects.length} objects (${offices} offices)`);
  } else if (format === 'xes') {
    console.log(`${file}: XES with ${text.split('<trace>').length - 1} traces and ${text.split('<event>').length - 1} events`);
  } else {
    const rows = text.trim().split('\r\n');
    console.log(`${file}: CSV with ${rows.length - 1} rows; header ${rows[0]}`);
  }
}
