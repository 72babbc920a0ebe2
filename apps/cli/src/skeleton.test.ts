import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, SAMPLES, tempDir } from './test/run-cli.js';

// The walking skeleton, end to end through the real binary: import → parse → sanitize → store →
// index → get / query / status.
const home = tempDir('ot-cli-skeleton-');
afterAll(() => home.cleanup());

interface Imported {
  trace_id: string;
  title: string;
  steps: number;
  outcome: string;
  redactions: number;
  finding_types: Record<string, number>;
  fidelity: {
    lines_total: number;
    lines_skipped: number;
    diagnostics: { line: number; byteOffset: number }[];
  };
}
interface ImportPayload {
  status: string;
  imported: Imported[];
  failed: { file: string; code: string }[];
  totals: Record<string, number>;
}

const sampleFiles = () => readdirSync(join(SAMPLES, 'claude-code')).filter((f) => f.endsWith('.jsonl'));
/** Every shipped sample transcript, of every agent (the generated ones sit in sub-folders). */
const allSamples = () =>
  readdirSync(SAMPLES, { recursive: true })
    .map(String)
    .filter((f) => /\.jsonl?$/.test(f));
let first: ImportPayload;

beforeAll(() => {
  const run = runCli(['trace', 'import', SAMPLES, '--home', home.path, '--json']);
  expect(run.code, run.stderr).toBe(0);
  first = run.json<ImportPayload>();
});

describe('walking skeleton', () => {
  it('imports every shipped sample session', () => {
    expect(first.status).toBe('ok');
    expect(first.failed).toEqual([]);
    expect(first.imported).toHaveLength(allSamples().length);
    expect(first.totals['created']).toBe(allSamples().length);
    for (const t of first.imported) {
      expect(t.steps).toBeGreaterThan(1);
      expect(t.title.length).toBeGreaterThan(0);
    }
  });

  it('redacts the fake secrets before anything is stored', () => {
    expect(first.totals['redactions']).toBeGreaterThan(0);
    const withSecrets = first.imported.find((t) => t.redactions > 0)!;
    const got = runCli(['trace', 'get', withSecrets.trace_id, '--home', home.path, '--json']);
    expect(got.code).toBe(0);
    const text = got.stdout;
    expect(text).toContain('[REDACTED:');
    expect(text).not.toMatch(/AKIA[0-9A-Z]{16}/);
    expect(text).not.toMatch(/sk-proj-[A-Za-z0-9_-]{20,}/);
    const record = got.json<{
      trace: { record: { security: { scanned: boolean; tools_applied: string[] } } };
    }>().trace.record;
    expect(record.security).toMatchObject({ scanned: true, tools_applied: ['regex'] });
  });

  it('reports a malformed line with its location and still imports the session', () => {
    const damaged = first.imported.filter((t) => t.fidelity.lines_skipped > 0);
    expect(damaged.length).toBeGreaterThan(0);
    const diag = damaged[0]!.fidelity.diagnostics[0]!;
    expect(diag.line).toBeGreaterThan(0);
    expect(diag.byteOffset).toBeGreaterThan(0);
  });

  it('gets a trace by id and by unique prefix', () => {
    const id = first.imported[0]!.trace_id;
    const full = runCli(['trace', 'get', id, '--home', home.path, '--json']).json<{
      trace: { trace_id: string };
    }>();
    const prefix = runCli(['trace', 'get', id.slice(0, 10), '--home', home.path, '--json']).json<{
      trace: { trace_id: string };
    }>();
    expect(full.trace.trace_id).toBe(id);
    expect(prefix.trace.trace_id).toBe(id);
  });

  it('finds traces with a lexical query', () => {
    for (const t of first.imported) {
      const word = t.title.split(/\W+/).find((w) => w.length > 4)!;
      const run = runCli(['trace', 'query', '--lex', word, '--home', home.path, '--json']);
      expect(run.code).toBe(0);
      const ids = run.json<{ candidates: { trace_id: string }[] }>().candidates.map((c) => c.trace_id);
      expect(ids).toContain(t.trace_id);
    }
    const none = runCli(['trace', 'query', '--lex', 'zzqqxxnothing', '--home', home.path, '--json']);
    expect(none.json()).toMatchObject({ status: 'ok', total: 0, candidates: [] });
  });

  it('counts them in status', () => {
    const status = runCli(['--json', 'status', '--home', home.path]).json<{
      bucket: { traces: number; blobs: number };
      index: { documents: number };
      recent: unknown[];
    }>();
    expect(status.bucket.traces).toBe(first.imported.length);
    expect(status.bucket.blobs).toBe(first.imported.length);
    expect(status.index.documents).toBe(first.imported.length);
    expect(status.recent.length).toBeGreaterThan(0);
  });

  it('re-importing is safe: nothing changes', () => {
    const again = runCli(['trace', 'import', SAMPLES, '--home', home.path, '--json']).json<ImportPayload>();
    expect(again.totals['unchanged']).toBe(first.imported.length);
    expect(again.imported.map((t) => t.trace_id).sort()).toEqual(
      first.imported.map((t) => t.trace_id).sort(),
    );
  });

  it('keeps the raw bytes of a file it cannot parse, reports it, and exits 1', () => {
    const dir = tempDir('ot-cli-bad-');
    try {
      writeFileSync(join(dir.path, 'notes.jsonl'), 'this is not a transcript\n');
      const run = runCli(['trace', 'import', join(dir.path, 'notes.jsonl'), '--home', home.path, '--json']);
      expect(run.code).toBe(1);
      const payload = run.json<ImportPayload & { failed: { raw_blob: string }[]; error: { code: string } }>();
      expect(payload.error.code).toBe('SDK_NOTHING_IMPORTED');
      expect(payload.failed[0]).toMatchObject({ code: 'SDK_UNKNOWN_FORMAT' });
      expect(payload.failed[0]!.raw_blob).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      dir.cleanup();
    }
  });

  it('--agent forces a parser, an unknown agent is a usage error, and --report prints the fidelity report', () => {
    const file = join(SAMPLES, 'claude-code', sampleFiles()[0]!);
    const forced = runCli(['trace', 'import', file, '--agent', 'claude-code', '--home', home.path, '--json']);
    expect(forced.json<ImportPayload>().imported[0]?.outcome).toBe('unchanged');
    const unknown = runCli(['trace', 'import', file, '--agent', 'nope', '--home', home.path, '--json']);
    expect(unknown.code).toBe(2);
    expect(unknown.json()).toMatchObject({
      status: 'error',
      error: { code: 'SDK_UNKNOWN_AGENT', kind: 'usage' },
    });
    const damaged = sampleFiles().find((f) => f.includes('explain'))!;
    const report = runCli([
      'trace',
      'import',
      join(SAMPLES, 'claude-code', damaged),
      '--report',
      '--home',
      home.path,
    ]);
    expect(report.code).toBe(0);
    expect(report.stdout).toMatch(/lines \d+: \d+ parsed, 1 skipped/);
    expect(report.stdout).toMatch(/error PARSE_MALFORMED_LINE line 9 \(byte \d+\)/);
  });

  it('emits JSON progress on stderr while stdout stays one document', () => {
    const dir = tempDir('ot-cli-progress-');
    try {
      const file = sampleFiles()[0]!;
      mkdirSync(join(dir.path, 's'));
      copyFileSync(join(SAMPLES, 'claude-code', file), join(dir.path, 's', file));
      const run = runCli([
        '--progress',
        'json',
        'trace',
        'import',
        join(dir.path, 's'),
        '--home',
        dir.path,
        '--json',
      ]);
      expect(run.code).toBe(0);
      expect(run.json()['status']).toBe('ok');
      const events = run.stderr
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(events[0]).toMatchObject({
        event: 'progress',
        command: 'trace:import',
        stage: 'import',
        n: 1,
        of: 1,
      });
      expect(typeof events[0]!['elapsed_ms']).toBe('number');
    } finally {
      dir.cleanup();
    }
  });
});
