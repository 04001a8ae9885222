// Issue 13 (scale): a series' history is shown a page (50 saves) at a time, so a history of
// 50,000 saves costs the check of one page on screen; the whole is read only for the JSON export.
// Times the check (the schema every source applies) of a page, and of 25,000 and 50,000 entries.
import { historySchema } from '../../src/data-source/schemas';
import type { HistoryEntry } from '../../src/domain/types';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function history(entries: number): HistoryEntry[] {
  return Array.from({ length: entries }, (_, i) => ({
    id: `wyh/suicide-rate/leeds@${entries - i}`,
    at: new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString(),
    editor: { name: 'Alice Adams', organisation: 'Leeds Health and Care Partnership' },
    version: entries - i,
    note: 'Checked against the release',
    changes: [{ period: '2019-21', before: { period: '2019-21', value: 10.1, provenance: 'published' }, after: { period: '2019-21', value: 10.2, provenance: 'published' } }],
  }));
}

function time(entries: number) {
  const data = JSON.parse(JSON.stringify(history(entries)));
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    if (!historySchema.safeParse(data).success) throw new Error('the bench history should be valid');
    samples.push(performance.now() - start);
  }
  return median(samples);
}

console.log(JSON.stringify({ entries: 25_000, ms: time(25_000), doubledMs: time(50_000), pageMs: time(50) }));
