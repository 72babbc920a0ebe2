import { Flags } from '@oclif/core';
import { OpentracesError } from '@opentraces/schema/errors';
import { BaseCommand, type CommandResult, EXIT_CODES } from '../../base-command.js';

export default class SecuritySanitize extends BaseCommand<typeof SecuritySanitize> {
  static override summary =
    'Sanitize JSON lines from stdin ({"text"|"row"|"record": …}) with the chosen tools';
  static override description =
    'Reads one JSON object per line on stdin and writes one line per input to stdout: the sanitized value under the same key, the findings (type, tool, JSON path, span — never the secret) and tools_applied. A bad line gets an {"error": …} line with its line number and byte offset; the others still run (exit 1 at the end). With --json, one envelope with every result.';
  static override examples = [
    `printf '%s\\n' '{"text":"OPENAI_API_KEY=sk-demo"}' | <%= config.bin %> security sanitize --tools regex`,
    `printf '%s\\n' '{"row":{"path":"/Users/alice/project"}}' | <%= config.bin %> security sanitize --tools path_anonymizer`,
    `<%= config.bin %> security sanitize --use-config < records.jsonl`,
  ];
  static override flags = {
    tools: Flags.string({ description: 'comma-separated tools to run (canonical order is always used)' }),
    'use-config': Flags.boolean({ description: 'run the tools enabled in the config (security_tools)' }),
  };

  protected async execute(): Promise<CommandResult> {
    const sdk = await import('@opentraces/sdk');
    // split on \n only: a \r stays on its line (JSON allows it) so byte offsets stay exact
    const lines = (await readStdin()).split('\n');
    if (lines.at(-1) === '') lines.pop();
    const tools = this.flags.tools
      ?.split(',')
      .map((t) => t.trim())
      .filter((t) => t !== '');
    const results = await sdk.sanitizeJsonLines({ home: this.home }, lines, {
      ...(tools ? { tools } : {}),
      useConfig: this.flags['use-config'],
    });
    const failed = results.filter((r) => r.error);
    const summary = {
      lines: results.length,
      failed: failed.length,
      findings: results.reduce((n, r) => n + r.findings.length, 0),
    };
    const firstError = failed[0]?.error;
    // A bad line does not stop the others; the run as a whole then fails (exit 1).
    const failure = firstError
      ? new OpentracesError({
          code: 'SECURITY_SANITIZE_LINES_FAILED',
          kind: 'failure',
          message: `${failed.length} of ${results.length} input line(s) could not be sanitized; first: ${firstError.message}`,
          hint: firstError.hint,
        })
      : undefined;
    if (this.jsonEnabled()) {
      return {
        payload: { results, summary },
        ...(failure ? { failure } : {}),
        nextSteps: [],
        nextCommand: null,
      };
    }
    // A filter in a pipe: only the result lines go to stdout; errors also to stderr.
    for (const r of failed) process.stderr.write(`${this.red('Error')}: ${r.error!.message}\n`);
    return {
      payload: { results, summary },
      human: results.map((r) =>
        JSON.stringify(
          r.error
            ? { line: r.line, error: r.error }
            : {
                ...r.output,
                findings: r.findings,
                tools_applied: r.tools_applied,
                ...(r.flags.length ? { flags: r.flags } : {}),
              },
        ),
      ),
      nextSteps: [],
      nextCommand: null,
      ...(failure ? { exitCode: EXIT_CODES.failure } : {}),
    };
  }
}

/** All of stdin as UTF-8 (empty when stdin is a terminal). */
async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
