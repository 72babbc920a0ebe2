import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spoolHookPayload, startSpoolWorker } from '@opentraces/sdk/hook';

// The process an agent hook starts (`opentraces _capture …`), answered without oclif: read the
// payload, spool it, start the detached worker, exit 0. It never waits for a parse, never prints
// without --json, and never fails the agent. `_capture --sync` takes the full CLI path instead.

const STDIN_MAX_BYTES = 4 * 1024 * 1024;

export async function runHookFast(argv: readonly string[]): Promise<void> {
  const flag = (name: string) => {
    const i = argv.indexOf(name);
    if (i !== -1) return argv[i + 1];
    return argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
  };
  const json = argv.includes('--json');
  try {
    const agent = flag('--agent') ?? 'claude-code';
    const home = flag('--home') ?? process.env['OPENTRACES_HOME'] ?? join(homedir(), '.opentraces');
    const payload =
      agent === 'git'
        ? { cwd: process.cwd(), hook_event_name: flag('--event') ?? 'post-commit' }
        : await readPayload();
    const spooled = spoolHookPayload(home, { agent, payload, spooled_at: new Date().toISOString() });
    startSpoolWorker({
      node: process.execPath,
      cli: fileURLToPath(new URL('../bin/run.js', import.meta.url)),
      home,
    });
    if (json)
      write({
        status: 'ok',
        capture: { status: 'queued', spool: spooled },
        next_steps: [],
        next_command: null,
      });
  } catch (error) {
    if (json) {
      const message = error instanceof Error ? error.message : String(error);
      write({
        status: 'ok',
        capture: { status: 'failed', reason: message },
        next_steps: [],
        next_command: null,
      });
    }
  }
  process.exitCode = 0;
}

function write(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** The hook's JSON payload from stdin; `{}` when stdin is a terminal, empty or not JSON. */
export async function readPayload(): Promise<unknown> {
  if (process.stdin.isTTY) return {};
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > STDIN_MAX_BYTES) break;
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    return {};
  }
}
