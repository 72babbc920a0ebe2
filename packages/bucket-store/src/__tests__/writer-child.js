// A bucket writer in its own process, for the kill -9 and concurrency tests (`reliability.test.ts`).
// It runs the built package (`dist/`), as a capture hook would. Every put that returned is
// acknowledged on stdout (`ack <trace id> <generation> <outcome> <content>`) before the next one starts.
//   node writer-child.js write <root> <seed> <puts> [<shared ids, comma separated>]
//   node writer-child.js repair <root>
import { writeSync } from 'node:fs';
import { openBucket, repairBucket } from '../../dist/index.js';

const [mode, root, seedText = '1', putsText = '50', sharedText = ''] = process.argv.slice(2);
const say = (line) => writeSync(1, `${line}\n`);

function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function record(id, content) {
  return {
    schema_version: '0.9.0',
    trace_id: id,
    session_id: `session-${id}`,
    agent: { name: 'claude-code' },
    task: { description: content },
    steps: [
      { step_index: 0, role: 'user', content },
      { step_index: 1, role: 'agent', content: `done: ${content}` },
    ],
  };
}

if (mode === 'repair') {
  say('ready');
  await repairBucket({ root });
  say('done');
} else {
  const seed = Number(seedText);
  const random = seeded(seed);
  const shared = sharedText ? sharedText.split(',') : [];
  const bucket = await openBucket({ root, create: true, lockTimeoutMs: 30_000 });
  const own = [];
  // Warm up (lmdb loaded, bucket created) before telling the parent it may start its kill timer.
  await bucket.putBlob(new TextEncoder().encode(`warm-up ${seed}\n`));
  say('ready');
  for (let i = 0; i < Number(putsText); i++) {
    const r = random();
    let id;
    if (shared.length > 0 && r < 0.6) id = shared[Math.floor(random() * shared.length)];
    else if (own.length > 0 && r < 0.8) id = own[Math.floor(random() * own.length)];
    else {
      id = `w${seed}-${i}`;
      own.push(id);
    }
    const content = `${id} by ${seed} put ${i} ${'x'.repeat(Math.floor(random() * 2000))}`;
    const blob = await bucket.putBlob(new TextEncoder().encode(`{"raw":"${content}"}\n`));
    const companion = await bucket.putBlob(new TextEncoder().encode(`{"companion":${i},"seed":${seed}}\n`));
    const result = await bucket.putTrace({
      record: record(id, content),
      source: {
        agent: 'claude-code',
        file_name: `${id}.jsonl`,
        blob,
        companions: [{ path: 'sub.jsonl', blob: companion }],
      },
    });
    say(`ack ${id} ${result.generation_index} ${result.outcome} ${seed}:${i}`);
  }
  await bucket.close();
  say('done');
}
