import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLI_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const REPO_ROOT = join(CLI_ROOT, '..', '..');
export const BIN = join(CLI_ROOT, 'bin', 'run.js');
export const SAMPLES = join(REPO_ROOT, 'fixtures', 'sessions');

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  json<T = Record<string, unknown>>(): T;
}

/** Runs the built CLI as a user would (a child process), with a clean environment. */
export function runCli(
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
  options: { readonly input?: string; readonly cwd?: string } = {},
): CliRun {
  if (!existsSync(join(CLI_ROOT, 'dist', 'main.js'))) {
    throw new Error('apps/cli is not built: run `pnpm build` (the test command does) before these tests');
  }
  const res = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? tmpdir(), ...env },
    timeout: 60_000,
    ...(options.input === undefined ? {} : { input: options.input }),
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
  });
  return {
    code: res.status,
    stdout: res.stdout,
    stderr: res.stderr,
    json<T>() {
      return JSON.parse(res.stdout) as T;
    },
  };
}

/** A throwaway directory removed by the returned cleanup. */
export function tempDir(prefix: string): { path: string; cleanup(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) };
}
