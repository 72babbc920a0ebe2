import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, isAbsolute, join } from 'node:path';
import { OpentracesError } from '@opentraces/schema/core';
import {
  buildLlmPiiRequest,
  type ExternalMatch,
  type LlmPiiPort,
  parseLlmPiiResponse,
  parseTrufflehogJsonLines,
  type TrufflehogPort,
} from '@opentraces/security-tools';

/**
 * Node adapters for the two external security tools (the ports are in `@opentraces/security-tools`):
 * the TruffleHog v3 binary, and an OpenAI-compatible chat-completions endpoint for `llm_pii`.
 * Neither ever sends a secret anywhere else: TruffleHog runs with `--no-verification` (it would
 * otherwise call the services to test each credential) and `--no-update`.
 */

const TRUFFLEHOG_HINT =
  'Install TruffleHog v3 (brew install trufflehog, or a release binary from github.com/trufflesecurity/trufflehog) so it is on PATH, or set its path with `opentraces config set trufflehog_binary /path/to/trufflehog`; or drop trufflehog from the tools.';

/** The TruffleHog binary: the configured path, else `trufflehog` on PATH; undefined when absent. */
export function findTrufflehog(binary?: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const name = binary ?? 'trufflehog';
  const isFile = (p: string) => {
    try {
      return statSync(p).isFile();
    } catch {
      return false;
    }
  };
  if (isAbsolute(name) || name.includes('/')) return isFile(name) ? name : undefined;
  for (const dir of (env['PATH'] ?? '').split(delimiter)) {
    if (dir !== '' && isFile(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

export interface TrufflehogOptions {
  readonly binary?: string;
  /** Kill the scan after this long (default 60 s). */
  readonly timeoutMs?: number;
  readonly env?: NodeJS.ProcessEnv;
}

/**
 * `trufflehog filesystem <temp file> --json --no-verification --no-update`: the text goes to a private
 * temp file (mode 0600, removed afterwards), findings come back as JSON lines on stdout.
 */
export function createTrufflehogAdapter(options: TrufflehogOptions = {}): TrufflehogPort {
  return {
    async scan(text: string): Promise<readonly ExternalMatch[]> {
      const env = options.env ?? process.env;
      const binary = findTrufflehog(options.binary, env);
      if (!binary) {
        throw new OpentracesError({
          code: 'SECURITY_TOOL_MISSING',
          kind: 'config',
          message: `The security tool "trufflehog" needs the trufflehog binary, and ${options.binary ?? 'trufflehog'} was not found.`,
          hint: TRUFFLEHOG_HINT,
          data: { tool: 'trufflehog' },
        });
      }
      const dir = mkdtempSync(join(tmpdir(), 'ot-trufflehog-'));
      const file = join(dir, 'record.json');
      try {
        writeFileSync(file, text, { mode: 0o600 });
        const stdout = await run(
          binary,
          ['filesystem', file, '--json', '--no-verification', '--no-update'],
          options.timeoutMs ?? 60_000,
          env,
        );
        return parseTrufflehogJsonLines(stdout);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** Findings are a few hundred bytes each; more output than this means something is wrong. */
const MAX_TRUFFLEHOG_OUTPUT = 64 * 1024 * 1024;

/**
 * Runs the binary in its own process group, so that a timeout kills everything it started (its
 * updater wrapper may fork a worker that keeps stdout open), and settles at once on a timeout.
 */
function run(binary: string, args: string[], timeoutMs: number, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const out: Buffer[] = [];
    let outBytes = 0;
    let settled = false;
    const killAll = () => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
      child.stdout.destroy();
      child.stderr.destroy();
    };
    const fail = (detail: string, retryable: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(
        new OpentracesError({
          code: 'SECURITY_TRUFFLEHOG_FAILED',
          kind: 'failure',
          message: `TruffleHog did not finish: ${detail}.`,
          hint: 'Run `trufflehog --version` to check the install, or drop trufflehog from the tools; nothing was stored half-sanitized.',
          retryable,
        }),
      );
    };
    const timer = setTimeout(() => {
      killAll();
      fail(`no answer within ${timeoutMs} ms (killed)`, true);
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      outBytes += chunk.length;
      if (outBytes <= MAX_TRUFFLEHOG_OUTPUT) return void out.push(chunk);
      killAll();
      fail(`more than ${MAX_TRUFFLEHOG_OUTPUT} bytes of output (killed)`, false);
    });
    // its log lines go to stderr; drained, never repeated (a log line may quote what it found)
    child.stderr.resume();
    child.on('error', (error) => fail(error.message, false));
    child.on('close', (code) => {
      // TruffleHog exits 0 with or without findings (183 only with --fail)
      if (code !== 0 && code !== 183) return fail(`exit code ${code}`, false);
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(Buffer.concat(out).toString('utf8'));
    });
  });
}

export interface LlmPiiOptions {
  /** The OpenAI-compatible base URL, e.g. `http://127.0.0.1:8080/v1`. */
  readonly baseUrl: string;
  readonly model: string;
  /** Sent as a Bearer token; never logged or put in an error. */
  readonly apiKey?: string;
  /** Per request (default 60 s). */
  readonly timeoutMs?: number;
  /** Characters per request; longer texts are sent in overlapping chunks (default 24,000). */
  readonly chunkChars?: number;
  readonly fetch?: typeof fetch;
}

const OVERLAP = 200;

/** Overlapping chunks of `text`, so that a name cut by one boundary is whole in the next chunk. */
export function chunkText(text: string, size: number): string[] {
  if (text.length <= size) return [text];
  const chunks: string[] = [];
  for (let at = 0; at < text.length; at += size - OVERLAP) {
    chunks.push(text.slice(at, at + size));
    if (at + size >= text.length) break;
  }
  return chunks;
}

/** `llm_pii` through `POST {baseUrl}/chat/completions`; 429 and 5xx are retried twice with backoff. */
export function createLlmPiiAdapter(options: LlmPiiOptions): LlmPiiPort {
  const doFetch = options.fetch ?? fetch;
  const url = `${options.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  const failure = (detail: string, retryable = false) =>
    new OpentracesError({
      code: 'SECURITY_LLM_PII_FAILED',
      kind: 'network',
      message: `The llm_pii endpoint did not give a usable answer: ${detail}.`,
      hint: 'Check that the configured endpoint (llm_pii_base_url, llm_pii_model) is up and speaks the OpenAI chat-completions API, or drop llm_pii from the tools.',
      retryable,
    });
  const timeoutMs = options.timeoutMs ?? 60_000;
  /** One request; the timeout covers the whole exchange, the body included. */
  async function attempt(chunk: string): Promise<{ status: number; body?: unknown; notJson?: true }> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const response = await doFetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
        },
        body: JSON.stringify(buildLlmPiiRequest(chunk, options.model)),
        signal: controller.signal,
      });
      if (!response.ok) {
        await response.body?.cancel();
        return { status: response.status };
      }
      const text = await response.text();
      try {
        return { status: response.status, body: JSON.parse(text) as unknown };
      } catch {
        return { status: response.status, notJson: true };
      }
    } finally {
      clearTimeout(timer);
    }
  }
  async function ask(chunk: string): Promise<ExternalMatch[]> {
    for (let tries = 0; ; tries++) {
      let result: Awaited<ReturnType<typeof attempt>>;
      try {
        result = await attempt(chunk);
      } catch (error) {
        const aborted = (error as Error).name === 'AbortError';
        if (tries < 2 && !aborted) {
          await sleep(250 * 2 ** tries);
          continue;
        }
        throw failure(aborted ? `no answer within ${timeoutMs} ms` : 'connection failed', true);
      }
      const retryable = result.status === 429 || result.status >= 500;
      if (retryable && tries < 2) {
        await sleep(250 * 2 ** tries);
        continue;
      }
      if (result.status < 200 || result.status > 299) throw failure(`HTTP ${result.status}`, retryable);
      if (result.notJson) throw failure(`HTTP ${result.status}, the response is not JSON`);
      const matches = parseLlmPiiResponse(result.body, chunk);
      if (!matches)
        throw failure(`HTTP ${result.status}, the answer is not a JSON list of {type, text} items`);
      return matches;
    }
  }
  return {
    async find(text: string): Promise<readonly ExternalMatch[]> {
      const all: ExternalMatch[] = [];
      const seen = new Set<string>();
      for (const chunk of chunkText(text, options.chunkChars ?? 24_000)) {
        for (const m of await ask(chunk)) {
          if (seen.has(m.text)) continue;
          seen.add(m.text);
          all.push(m);
        }
      }
      return all;
    },
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** What `doctor` and `security tools list` say about an external tool. */
export interface SecurityToolHealth {
  readonly tool: 'trufflehog' | 'llm_pii';
  readonly available: boolean;
  readonly detail: string;
  readonly hint?: string;
}

export interface SecurityHealthConfig {
  readonly security?: {
    readonly trufflehog?: { readonly binary?: string };
    readonly llm_pii?: { readonly base_url?: string; readonly model?: string; readonly api_key_env?: string };
  };
}

/**
 * Whether each external tool can run here: TruffleHog found and answering `--version`; the LLM
 * endpoint configured and answering `GET {base}/models` within 2 s.
 */
export async function securityToolHealth(
  config: SecurityHealthConfig,
  env: NodeJS.ProcessEnv = process.env,
): Promise<SecurityToolHealth[]> {
  const health: SecurityToolHealth[] = [];
  const binary = findTrufflehog(config.security?.trufflehog?.binary, env);
  if (!binary) {
    health.push({
      tool: 'trufflehog',
      available: false,
      detail: 'trufflehog not found on PATH',
      hint: TRUFFLEHOG_HINT,
    });
  } else {
    const version = spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: 5000, env });
    const text = `${version.stdout ?? ''}${version.stderr ?? ''}`.trim().split('\n')[0] ?? '';
    health.push(
      version.status === 0
        ? { tool: 'trufflehog', available: true, detail: `${binary} (${text || 'version unknown'})` }
        : {
            tool: 'trufflehog',
            available: false,
            detail: `${binary} does not run (--version failed)`,
            hint: TRUFFLEHOG_HINT,
          },
    );
  }
  const llm = config.security?.llm_pii ?? {};
  const llmHint =
    'Point llm_pii at an OpenAI-compatible server: opentraces config set llm_pii_base_url http://127.0.0.1:8080/v1 and llm_pii_model <model> (and llm_pii_api_key_env <VAR> if it needs a key).';
  if (!llm.base_url || !llm.model) {
    health.push({ tool: 'llm_pii', available: false, detail: 'no endpoint configured', hint: llmHint });
  } else {
    const key = llm.api_key_env ? env[llm.api_key_env] : undefined;
    try {
      const response = await fetch(`${llm.base_url.replace(/\/+$/, '')}/models`, {
        headers: key ? { authorization: `Bearer ${key}` } : {},
        signal: AbortSignal.timeout(2000),
      });
      await response.body?.cancel();
      health.push(
        response.ok
          ? { tool: 'llm_pii', available: true, detail: `${llm.base_url} (model ${llm.model})` }
          : {
              tool: 'llm_pii',
              available: false,
              detail: `${llm.base_url} answered HTTP ${response.status}`,
              hint: llmHint,
            },
      );
    } catch {
      health.push({
        tool: 'llm_pii',
        available: false,
        detail: `${llm.base_url} is not reachable`,
        hint: llmHint,
      });
    }
  }
  return health;
}
