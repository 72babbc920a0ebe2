import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { captureFromHook, readCaptureLog } from './capture-hook.js';
import { importSessions } from './import-sessions.js';
import { enrollProject, PROJECT_MARKER, setConfigValue } from './projects.js';
import { getTrace } from './traces.js';

// The hook handler on real transcripts: a Claude Code session from ../shared/corpus (else a sample
// of the repository) growing between hook runs, captured from the stored byte offset each time.
const CORPUS_FILE = fileURLToPath(
  new URL(
    '../../../../shared/corpus/marot__spotter/ae4a77f8-aedd-4bc1-888f-c94edc91af04.jsonl',
    import.meta.url,
  ),
);
const SAMPLE = fileURLToPath(new URL('../../../fixtures/sessions/claude-code', import.meta.url));
const source = existsSync(CORPUS_FILE) ? CORPUS_FILE : undefined;

const dirs: string[] = [];
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'ot-capture-hook-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function setup() {
  const dir = temp();
  const home = join(dir, 'home');
  const repo = join(dir, 'repo');
  mkdirSync(join(repo, '.git'), { recursive: true });
  const transcript = join(dir, 'projects', 'p', 'session.jsonl');
  mkdirSync(join(dir, 'projects', 'p'), { recursive: true });
  const payload = { session_id: 's', transcript_path: transcript, cwd: repo, hook_event_name: 'Stop' };
  return { dir, home, repo, transcript, payload };
}

function fullBytes(): Buffer {
  if (source) return readFileSync(source);
  const first = readdirSync(SAMPLE).find((f) => f.endsWith('.jsonl'));
  return readFileSync(join(SAMPLE, first as string));
}

/** The first `n` of `parts` equal slices of the file, cut at line ends. */
function prefix(bytes: Buffer, part: number, parts: number): Buffer {
  if (part === parts) return bytes;
  const at = bytes.indexOf(0x0a, Math.floor((bytes.length * part) / parts));
  return bytes.subarray(0, at + 1);
}

describe('captureFromHook', () => {
  it('captures a growing session from the stored offset: one trace, new generations, the record of a whole import', async () => {
    const { dir, home, transcript, payload } = setup();
    const bytes = fullBytes();
    const results = [];
    for (const part of [1, 2, 3]) {
      writeFileSync(transcript, prefix(bytes, part, 3));
      results.push(await captureFromHook({ home }, { agent: 'claude-code', payload }));
    }
    expect(results.map((r) => [r.status, r.mode, r.generation_index])).toEqual([
      ['captured', 'full', 0],
      ['captured', 'resumed', 1],
      ['captured', 'resumed', 2],
    ]);
    expect(new Set(results.map((r) => r.trace_id)).size).toBe(1);
    // Each run read only what was new.
    expect(results.reduce((sum, r) => sum + (r.bytes_read ?? 0), 0)).toBe(bytes.length);

    const again = await captureFromHook({ home }, { agent: 'claude-code', payload });
    expect(again).toMatchObject({ status: 'skipped', reason: 'nothing new since the last capture' });

    const otherHome = join(dir, 'other-home');
    const whole = join(dir, 'whole', 'session.jsonl');
    mkdirSync(join(dir, 'whole'));
    copyFileSync(transcript, whole);
    const imported = await importSessions({ home: otherHome }, { paths: [whole] });
    const viaHook = await getTrace({ home }, { ref: results[0]!.trace_id as string });
    const viaImport = await getTrace({ home: otherHome }, { ref: imported.imported[0]!.trace_id });
    expect(viaHook.record.content_hash).toBe(viaImport.record.content_hash);
    // The raw bytes are kept as consecutive pieces that add up to the transcript.
    const segments = viaHook.source?.segments ?? [];
    expect(segments.map((s) => s.offset)).toEqual([0, ...segments.slice(1).map((s) => s.offset)]);
    expect(segments.reduce((sum, s) => sum + s.blob.size, 0)).toBe(bytes.length);
  });

  it('parses from the start when the file was rewritten instead of grown', async () => {
    const { home, transcript, payload } = setup();
    const bytes = fullBytes();
    writeFileSync(transcript, prefix(bytes, 2, 3));
    await captureFromHook({ home }, { agent: 'claude-code', payload });
    const rewritten = Buffer.from(prefix(bytes, 3, 3));
    rewritten[10] = rewritten[10] === 0x20 ? 0x09 : 0x20; // same length class, different bytes early on
    writeFileSync(transcript, rewritten);
    const result = await captureFromHook({ home }, { agent: 'claude-code', payload });
    expect(result).toMatchObject({ status: 'captured', mode: 'full', bytes_read: rewritten.length });
  });

  it('respects tracking: manual mode needs init; an excluded marker always wins', async () => {
    const { home, repo, transcript, payload } = setup();
    writeFileSync(transcript, prefix(fullBytes(), 1, 3));
    setConfigValue({ home }, 'tracking_mode', 'manual');
    expect(await captureFromHook({ home }, { agent: 'claude-code', payload })).toMatchObject({
      status: 'skipped',
      reason: expect.stringContaining('manual tracking'),
    });
    enrollProject({ home }, { dir: repo, agents: ['claude'], by: 'init' });
    expect((await captureFromHook({ home }, { agent: 'claude-code', payload })).status).toBe('captured');
    writeFileSync(join(repo, PROJECT_MARKER), '{"excluded": true}\n');
    expect(await captureFromHook({ home }, { agent: 'claude-code', payload })).toMatchObject({
      status: 'skipped',
      reason: 'excluded marker',
    });
  });

  it('never throws: a missing transcript, a payload that is not an object, an unparseable file', async () => {
    const { home, transcript, payload } = setup();
    expect((await captureFromHook({ home }, { agent: 'claude-code', payload })).status).toBe('skipped');
    expect((await captureFromHook({ home }, { agent: 'claude-code', payload: 'not json' })).status).toBe(
      'skipped',
    );
    writeFileSync(transcript, Buffer.from([0xff, 0x00, 0x0a]));
    const result = await captureFromHook({ home }, { agent: 'claude-code', payload });
    expect(['skipped', 'failed', 'captured']).toContain(result.status);
    const log = readCaptureLog({ home });
    expect(log).toHaveLength(3);
    expect(log.every((entry) => typeof entry.at === 'string' && typeof entry.duration_ms === 'number')).toBe(
      true,
    );
  });

  it('concurrent hooks of one session store every turn, in order, with nothing lost', async () => {
    const { home, transcript, payload } = setup();
    const bytes = fullBytes();
    writeFileSync(transcript, prefix(bytes, 1, 2));
    const first = captureFromHook({ home }, { agent: 'claude-code', payload });
    writeFileSync(transcript, bytes);
    const rest = await Promise.all(
      [1, 2, 3].map(() => captureFromHook({ home }, { agent: 'claude-code', payload })),
    );
    const all = [await first, ...rest];
    expect(all.every((r) => r.status !== 'failed')).toBe(true);
    const trace = await getTrace({ home }, { ref: all.find((r) => r.trace_id)!.trace_id as string });
    const segments = trace.source?.segments ?? [];
    expect(segments.reduce((sum, s) => sum + s.blob.size, 0)).toBe(bytes.length);
  });
});
