#!/usr/bin/env node
// The main job on an embedded default: import the sample sessions that ship with the repository
// (fixtures/sessions: Claude Code, Codex CLI and Gemini CLI) into a throwaway home with the real
// CLI, then show what was captured, what can be found, and what a publish would upload. Nothing
// leaves the machine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planPublication } from '@opentraces/sdk';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'apps', 'cli', 'bin', 'run.js');
const samples = join(root, 'fixtures', 'sessions');
const keep = process.argv.includes('--keep');
const home = mkdtempSync(join(tmpdir(), 'opentraces-demo-'));

function ot(...args) {
  const res = spawnSync(process.execPath, [cli, ...args, '--home', home, '--json'], { encoding: 'utf8' });
  if (res.status !== 0) {
    process.stderr.write(res.stdout + res.stderr);
    throw new Error(`opentraces ${args.join(' ')} exited ${res.status}`);
  }
  return JSON.parse(res.stdout);
}

try {
  const out = [];
  const say = (line = '') => out.push(line);
  say(`opentraces demo — throwaway home ${home}`);
  say();
  const imported = ot('trace', 'import', samples);
  const agents = new Map();
  for (const t of imported.imported) agents.set(t.agent, (agents.get(t.agent) ?? 0) + 1);
  const byAgent = [...agents].map(([agent, n]) => `${n} ${agent}`).join(', ');
  say(`Captured ${imported.imported.length} of ${imported.totals.files} sample sessions (${byAgent}):`);
  for (const t of imported.imported) {
    const skipped = t.fidelity.lines_skipped
      ? `, ${t.fidelity.lines_skipped} bad line(s) kept as raw bytes`
      : '';
    say(
      `  ${t.trace_id.slice(0, 8)}  ${t.agent.padEnd(11)}  ${String(t.steps).padStart(2)} steps  ${String(t.tool_calls).padStart(2)} tool calls${skipped}`,
    );
    // A title can span lines (a pasted error); one line here.
    const title = t.title.replace(/\s+/g, ' ').trim();
    say(`            ${title.length > 100 ? `${title.slice(0, 99)}…` : title}`);
    const found = Object.entries(t.finding_types).map(([type, n]) => `${n}× ${type}`);
    if (found.length) say(`            redacted: ${found.join(', ')}`);
  }
  for (const f of imported.failed) say(`  failed: ${f.file}: ${f.message}`);
  say();
  const status = ot('status');
  say(
    `Bucket: ${status.bucket.traces} traces, ${status.bucket.blobs} raw blobs; index: ${status.index.documents} documents.`,
  );
  say();
  for (const words of ['flaky test', 'retries backoff', 'TS2345']) {
    const q = ot('trace', 'query', '--lex', words, '--limit', '3');
    const hits =
      q.candidates.map((c) => `${c.trace_id.slice(0, 8)} (score ${c.score})`).join(', ') || 'nothing';
    say(`Search "${words}": ${hits}`);
  }
  say();
  const plan = await planPublication({ home });
  say(`Would publish ${plan.publishable} traces as ${plan.shard} (dry run; nothing uploaded):`);
  say(
    `  ${plan.stats.total_steps} steps, ${plan.stats.total_input_tokens} input / ${plan.stats.total_output_tokens} output tokens`,
  );
  say(`  quality: overall ${(plan.quality.overall * 100).toFixed(1)}%`);
  for (const b of plan.blocked) say(`  blocked ${b.trace_id.slice(0, 8)}: ${b.reasons.join(', ')}`);
  process.stdout.write(`${out.join('\n')}\n`);
} finally {
  if (!keep) rmSync(home, { recursive: true, force: true });
}
