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

function run(binary: string, args: string[], timeoutMs: number, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let errTail = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      errTail = (errTail + chunk.toString('utf8')).slice(-400);
    });
    const fail = (detail: string) =>
      reject(
        new OpentracesError({
          code: 'SECURITY_TRUFFLEHOG_FAILED',
          kind: 'failure',
          message: `TruffleHog did not finish: ${detail}.`,
          hint: 'Run `trufflehog --version` to check the install, or drop trufflehog from the tools; nothing was stored half-sanitized.',
          retryable: timedOut,
        }),
      );
    child.on('error', (error) => {
      clearTimeout(timer);
      fail(error.message);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut) fail(`no answer within ${timeoutMs} ms (killed)`);
      // TruffleHog exits 0 with or without findings (183 only with --fail); its log lines go to stderr,
      // which is not repeated here because a log line may quote what it found
      else if (code !== 0 && code !== 183) fail(`exit code ${code}`);
      else resolve(Buffer.concat(out).toString('utf8'));
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
  async function ask(chunk: string): Promise<ExternalMatch[]> {
    for (let attempt = 0; ; attempt++) {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 60_000);
      let response: Response;
      try {
        response = await doFetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
          },
          body: JSON.stringify(buildLlmPiiRequest(chunk, options.model)),
          signal: controller.signal,
        });
      } catch (error) {
        clearTimeout(timer);
        const aborted = (error as Error).name === 'AbortError';
        if (attempt < 2 && !aborted) {
          await sleep(250 * 2 ** attempt);
          continue;
        }
        throw failure(
          aborted ? `no answer within ${options.timeoutMs ?? 60_000} ms` : 'connection failed',
          true,
        );
      }
      clearTimeout(timer);
      if ((response.status === 429 || response.status >= 500) && attempt < 2) {
        await response.body?.cancel();
        await sleep(250 * 2 ** attempt);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw failure(`HTTP ${response.status}`, response.status === 429 || response.status >= 500);
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        throw failure('the response is not JSON');
      }
      const matches = parseLlmPiiResponse(body, chunk);
      if (!matches) throw failure('the answer is not a JSON list of {type, text} items');
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
