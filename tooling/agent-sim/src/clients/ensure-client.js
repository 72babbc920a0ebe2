// Installs a pinned real client (Claude Code, Codex CLI, Gemini CLI) from the npm registry into a cache folder.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * @typedef {'claude-code' | 'codex' | 'gemini-cli'} ClientName
 * @typedef {{ name: ClientName, version: string, bin: string, prefix: string, installed: boolean,
 *   ms: number }} EnsureClientResult
 */

/** The versions the tests pin (see README: why these). */
export const PINNED_VERSIONS = Object.freeze({
  'claude-code': '2.1.330',
  codex: '0.169.0',
  'gemini-cli': '0.61.0',
});

/** npm package and binary candidates (relative to the install prefix), best first. */
const CLIENTS = {
  'claude-code': {
    pkg: '@anthropic-ai/claude-code',
    // The native binary the postinstall copies over bin/claude.exe; used directly so a skipped
    // postinstall (npm's allowScripts) does not leave us with the stub.
    // A file under 1 MB there is the placeholder stub, not the native binary.
    bins: [
      `node_modules/@anthropic-ai/claude-code-${process.platform}-${process.arch}/claude`,
      `node_modules/@anthropic-ai/claude-code-${process.platform}-${process.arch}-musl/claude`,
      'node_modules/.bin/claude',
    ],
    minBytes: 1_000_000,
  },
  // The JavaScript launcher; it finds the native binary of @openai/codex-<platform>.
  codex: { pkg: '@openai/codex', bins: ['node_modules/.bin/codex'], minBytes: 0 },
  // One bundled JavaScript file, run by the current Node.
  'gemini-cli': { pkg: '@google/gemini-cli', bins: ['node_modules/.bin/gemini'], minBytes: 0 },
};

const here = dirname(fileURLToPath(import.meta.url));

/** `<repo>/node_modules/.cache/agent-sim-clients`. */
export const DEFAULT_CACHE_DIR = resolve(
  here,
  '..',
  '..',
  '..',
  '..',
  'node_modules',
  '.cache',
  'agent-sim-clients',
);

/**
 * Returns the pinned client, installing it with `npm install --prefix <cacheDir>/<name>@<version>`
 * when the cache does not hold it yet. Installs go to a temporary prefix renamed into place, so
 * concurrent callers never see half an install.
 * @param {{ name: ClientName, version?: string, cacheDir?: string, timeoutMs?: number,
 *   env?: NodeJS.ProcessEnv }} options
 * @returns {Promise<EnsureClientResult>}
 */
export async function ensureClient({
  name,
  version,
  cacheDir = DEFAULT_CACHE_DIR,
  timeoutMs = 300_000,
  env,
}) {
  const client = CLIENTS[name];
  if (client === undefined) throw new Error(`agent-sim: unknown client ${JSON.stringify(name)}`);
  const pinned = version ?? PINNED_VERSIONS[name];
  const prefix = join(cacheDir, `${name}@${pinned}`);
  const started = Date.now();
  const cached = findBin(prefix, client, pinned);
  if (cached !== undefined)
    return { name, version: pinned, bin: cached, prefix, installed: false, ms: Date.now() - started };

  const staging = `${prefix}.staging-${process.pid}-${Date.now()}`;
  mkdirSync(staging, { recursive: true });
  writeFileSync(join(staging, 'package.json'), '{ "name": "agent-sim-client", "private": true }\n');
  const args = [
    'install',
    '--prefix',
    staging,
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
    `${client.pkg}@${pinned}`,
  ];
  const run = await runCommand('npm', args, { timeoutMs, env: env ?? process.env });
  if (run.code !== 0) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(
      `agent-sim: npm install ${client.pkg}@${pinned} failed (${run.timedOut ? 'timed out' : `exit ${run.code}`}): ${run.output.trim().slice(-2000)}`,
    );
  }
  try {
    renameSync(staging, prefix);
  } catch {
    rmSync(staging, { recursive: true, force: true }); // another process won the race
  }
  const bin = findBin(prefix, client, pinned);
  if (bin === undefined)
    throw new Error(`agent-sim: ${client.pkg}@${pinned} installed in ${prefix} but no binary found`);
  return { name, version: pinned, bin, prefix, installed: true, ms: Date.now() - started };
}

/**
 * The first usable binary of an install of the client at `prefix`, or undefined.
 * @param {string} prefix
 * @param {{ pkg: string, bins: string[], minBytes: number }} client
 * @param {string} version
 */
function findBin(prefix, client, version) {
  const manifest = join(prefix, 'node_modules', client.pkg, 'package.json');
  if (!existsSync(manifest)) return undefined;
  if (JSON.parse(readFileSync(manifest, 'utf8')).version !== version) return undefined;
  return client.bins
    .map((b) => join(prefix, b))
    .find((b) => existsSync(b) && statSync(b).size >= client.minBytes);
}

/**
 * Whether the npm registry answers (`npm ping`). Used to skip real-client tests, with the reason,
 * only when the registry is unreachable and the cache is empty.
 * @param {{ timeoutMs?: number, env?: NodeJS.ProcessEnv }} [options]
 * @returns {Promise<{ reachable: boolean, reason: string }>}
 */
export async function checkRegistry({ timeoutMs = 20_000, env } = {}) {
  const run = await runCommand(
    'npm',
    ['ping', '--loglevel=error', '--fetch-retries=0', `--fetch-timeout=${timeoutMs}`],
    { timeoutMs, env: env ?? process.env },
  );
  if (run.code === 0) return { reachable: true, reason: 'npm ping answered' };
  const lines = run.output
    .split('\n')
    .map((l) => l.replace(/^npm (error|ERR!)\s*/, '').trim())
    .filter((l) => l !== '' && !l.startsWith('A complete log'));
  const why = run.timedOut ? `no answer within ${timeoutMs} ms` : lines.slice(0, 3).join('; ');
  return { reachable: false, reason: `npm registry unreachable (npm ping: ${why})` };
}

/**
 * Whether `ensureClient` would be served from the cache (no registry needed).
 * @param {{ name: ClientName, version?: string, cacheDir?: string }} options
 */
export function isClientCached({ name, version, cacheDir = DEFAULT_CACHE_DIR }) {
  const client = CLIENTS[name];
  const pinned = version ?? PINNED_VERSIONS[name];
  return findBin(join(cacheDir, `${name}@${pinned}`), client, pinned) !== undefined;
}

/**
 * @param {string} command
 * @param {string[]} args
 * @param {{ timeoutMs: number, env: NodeJS.ProcessEnv }} options
 * @returns {Promise<{ code: number | null, output: string, timedOut: boolean }>}
 */
function runCommand(command, args, { timeoutMs, env }) {
  return new Promise((done) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let timedOut = false;
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      done({ code: -1, output: error.message, timedOut });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, output, timedOut });
    });
  });
}
