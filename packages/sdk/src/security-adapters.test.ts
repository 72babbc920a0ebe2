import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { TraceRecord } from '@opentraces/schema';
import { hasErrorCode } from '@opentraces/schema';
import { sanitizeRecordAsync } from '@opentraces/security-tools';
import { afterAll, describe, expect, it } from 'vitest';
import {
  chunkText,
  createTrufflehogAdapter,
  findTrufflehog,
  securityToolHealth,
} from './security-adapters.js';

// The trufflehog adapter against a stand-in executable: TruffleHog itself is not installable on this
// machine (no Debian package, no network), so a small Node script takes its place on PATH. It checks
// the command line the adapter uses (`filesystem <file> --json --no-verification --no-update`), reads
// the file, and prints findings in TruffleHog v3's JSON-lines shape. When a real `trufflehog` is on
// PATH, the last test runs it too.
const dir = mkdtempSync(join(tmpdir(), 'ot-fake-trufflehog-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const AKIA = `AKIA${'Q3EGRIZ5ZJ7YVX2M'}`;

function fakeTrufflehog(body: string): string {
  const bin = join(dir, `bin-${Math.random().toString(36).slice(2)}`);
  writeFileSync(bin, `#!/usr/bin/env node\n${body}\n`);
  chmodSync(bin, 0o755);
  return bin;
}

/** Killed: no such process, or a zombie waiting for a PID 1 that does not reap (as in containers). */
function isGone(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    try {
      process.kill(pid, 0);
      return false;
    } catch {
      return true;
    }
  }
}

const SCANNER = `
const fs = require('node:fs');
const args = process.argv.slice(2);
if (args[0] === '--version') { console.log('trufflehog 3.90.0'); process.exit(0); }
if (args[0] !== 'filesystem' || !args.includes('--json') || !args.includes('--no-verification') || !args.includes('--no-update')) {
  console.error('unexpected arguments: ' + args.join(' ')); process.exit(2);
}
const file = args[1];
const mode = fs.statSync(file).mode & 0o777;
const text = fs.readFileSync(file, 'utf8');
console.error(JSON.stringify({ level: 'info', msg: 'running source', mode: mode.toString(8) }));
for (const m of text.matchAll(/AKIA[A-Z0-9]{16}/g)) {
  console.log(JSON.stringify({ SourceMetadata: { Data: { Filesystem: { file, line: 1 } } }, SourceName: 'trufflehog - filesystem',
    DetectorType: 2, DetectorName: 'AWS', DecoderName: 'PLAIN', Verified: false, Raw: m[0], RawV2: m[0] + ':x', Redacted: m[0].slice(0, 8), ExtraData: null }));
}
console.log(JSON.stringify({ mode: mode.toString(8) }));
`;

describe('trufflehog adapter', () => {
  it('runs the binary on a private temp file and redacts every occurrence of what it reports', async () => {
    const bin = fakeTrufflehog(SCANNER);
    const adapter = createTrufflehogAdapter({ binary: bin });
    const found = await adapter.scan(`key ${AKIA} and again ${AKIA}`);
    expect(found).toEqual([
      { type: 'trufflehog-aws', text: AKIA },
      { type: 'trufflehog-aws', text: `${AKIA}:x` },
    ]);
    const record = {
      schema_version: '0.5.0',
      trace_id: 't',
      session_id: 's',
      agent: { name: 'codex-cli' },
      task: { description: `deploy with ${AKIA}` },
      steps: [{ step_index: 0, role: 'agent', content: `the key ${AKIA} worked` }],
    } as TraceRecord;
    // without regex, so that only TruffleHog can find it
    const out = await sanitizeRecordAsync(record, {
      tools: ['trufflehog'],
      adapters: { trufflehog: adapter },
    });
    expect(JSON.stringify(out.value)).not.toContain(AKIA);
    expect(out.value.task?.description).toBe('deploy with [REDACTED:trufflehog-aws]');
    expect(out.findings.map((f) => f.path)).toEqual(['$.task.description', '$.steps[0].content']);
  });

  it('writes the text with mode 0600 and removes it afterwards', async () => {
    const bin = fakeTrufflehog(SCANNER);
    const log = join(dir, 'seen.json');
    const wrapper = fakeTrufflehog(
      `const fs = require('node:fs'); const file = process.argv[3];
       fs.writeFileSync(${JSON.stringify(log)}, JSON.stringify({ file, mode: fs.statSync(file).mode & 0o777 }));
       process.stdout.write(require('node:child_process').execFileSync(${JSON.stringify(bin)}, process.argv.slice(2), { encoding: 'utf8' }));`,
    );
    await createTrufflehogAdapter({ binary: wrapper }).scan('nothing here');
    const seen = JSON.parse(readFileSync(log, 'utf8')) as { file: string; mode: number };
    expect(seen.mode).toBe(0o600);
    expect(() => readFileSync(seen.file)).toThrow(/ENOENT/);
  });

  it('kills a scan that takes too long, and reports a missing binary with how to install it', async () => {
    const slow = fakeTrufflehog('setTimeout(() => {}, 60_000);');
    const error = await createTrufflehogAdapter({ binary: slow, timeoutMs: 300 })
      .scan('x')
      .catch((e: unknown) => e);
    expect(hasErrorCode(error, 'SECURITY_TRUFFLEHOG_FAILED')).toBe(true);
    expect((error as Error).message).toMatch(/no answer within 300 ms/);

    const missing = await createTrufflehogAdapter({ binary: join(dir, 'nope') })
      .scan('x')
      .catch((e: unknown) => e);
    expect(hasErrorCode(missing, 'SECURITY_TOOL_MISSING')).toBe(true);
    expect((missing as { hint: string }).hint).toMatch(/brew install trufflehog/);
  });

  it('on a timeout also kills what the binary started, even when that keeps stdout open', async () => {
    const pids = join(dir, 'pids.txt');
    const forking = fakeTrufflehog(
      `const { spawn } = require('node:child_process');
       const worker = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: ['ignore', 'inherit', 'inherit'] });
       require('node:fs').writeFileSync(${JSON.stringify(pids)}, String(worker.pid));
       setTimeout(() => {}, 60_000);`,
    );
    const error = await createTrufflehogAdapter({ binary: forking, timeoutMs: 500 })
      .scan('x')
      .catch((e: unknown) => e);
    expect(hasErrorCode(error, 'SECURITY_TRUFFLEHOG_FAILED')).toBe(true);
    const worker = Number(readFileSync(pids, 'utf8'));
    await new Promise((r) => setTimeout(r, 100));
    expect(isGone(worker)).toBe(true);
  });

  it('fails on a non-zero exit without repeating its log output', async () => {
    const crashing = fakeTrufflehog(`console.error('found ' + ${JSON.stringify(AKIA)}); process.exit(1);`);
    const error = (await createTrufflehogAdapter({ binary: crashing })
      .scan('x')
      .catch((e: unknown) => e)) as Error;
    expect(hasErrorCode(error, 'SECURITY_TRUFFLEHOG_FAILED')).toBe(true);
    expect(error.message).toMatch(/exit code 1/);
    expect(JSON.stringify({ ...error, message: error.message })).not.toContain(AKIA);
  });

  it('is found on PATH and reported healthy by its --version; absent, it is reported with a hint', async () => {
    const bin = fakeTrufflehog(SCANNER);
    const pathDir = mkdtempSync(join(dir, 'path-'));
    writeFileSync(join(pathDir, 'trufflehog'), readFileSync(bin));
    chmodSync(join(pathDir, 'trufflehog'), 0o755);
    const env = { ...process.env, PATH: `${pathDir}:${dirname(process.execPath)}` };
    expect(findTrufflehog(undefined, env)).toBe(join(pathDir, 'trufflehog'));
    const health = await securityToolHealth({}, env);
    expect(health.find((h) => h.tool === 'trufflehog')).toMatchObject({ available: true });
    expect(health.find((h) => h.tool === 'trufflehog')!.detail).toContain('trufflehog 3.90.0');
    expect(health.find((h) => h.tool === 'llm_pii')).toMatchObject({
      available: false,
      detail: 'no endpoint configured',
    });
    const none = await securityToolHealth({}, { PATH: join(dir, 'empty') });
    expect(none.find((h) => h.tool === 'trufflehog')).toMatchObject({ available: false });
  });

  it('splits long texts for the LLM into overlapping chunks that cover everything', () => {
    const text = 'abcdefghij'.repeat(10_000);
    const chunks = chunkText(text, 24_000);
    expect(chunks.length).toBe(5);
    expect(chunks.every((c) => c.length <= 24_000)).toBe(true);
    expect(chunks.join('').length).toBeGreaterThanOrEqual(text.length);
    expect(text.endsWith(chunks.at(-1)!)).toBe(true);
  });

  it.skipIf(!findTrufflehog())('runs the real trufflehog when it is installed', async () => {
    const found = await createTrufflehogAdapter().scan(`aws_access_key_id = ${AKIA}`);
    expect(Array.isArray(found)).toBe(true);
  });
});
