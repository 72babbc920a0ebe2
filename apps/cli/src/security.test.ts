import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli, tempDir } from './test/run-cli.js';

// `opentraces security tools list|info` and `security sanitize` end to end, through the built binary.
const home = tempDir('ot-cli-security-');
afterAll(() => home.cleanup());
const H = ['--home', home.path];
const FIXTURES = join(REPO_ROOT, 'packages', 'schema', 'src', 'migrations', 'fixtures');

// fake, format-valid credentials (assembled so that no token-shaped literal sits in the source)
const GH = `ghp_${'Z9yX8wV7uT6sR5qP4oN3mL2kJ1iH0gF9eD8c'}`;
const SLACK = `xoxb-${'2210987654321-1234567890123-Ab12Cd34Ef56Gh78Ij90Kl12'}`;

describe('opentraces security tools', () => {
  it('lists the nine tools in canonical order with scope, availability and config flag', () => {
    const run = runCli(['security', 'tools', 'list', '--json', ...H]);
    expect(run.code, run.stderr).toBe(0);
    const tools = run.json<{
      tools: { name: string; scope: string; enabled: boolean; available: boolean }[];
    }>().tools;
    expect(tools.map((t) => t.name)).toEqual([
      'regex',
      'entropy',
      'trufflehog',
      'privacy_filter',
      'llm_pii',
      'business_logic',
      'path_anonymizer',
      'capsule_scope',
      'classifier',
    ]);
    expect(tools.every((t) => !t.enabled)).toBe(true); // optional and default off
    expect(tools.find((t) => t.name === 'regex')!.available).toBe(true);
    // llm_pii has no endpoint configured here
    expect(tools.find((t) => t.name === 'llm_pii')!.available).toBe(false);
  });

  it('describes one tool, and an unknown tool is a usage error (exit 2)', () => {
    const run = runCli(['security', 'tools', 'info', 'path_anonymizer', '--json', ...H]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.json()).toMatchObject({
      status: 'ok',
      tool: { name: 'path_anonymizer', scope: 'row', finds: ['username'] },
    });
    const bad = runCli(['security', 'tools', 'info', 'gitleaks', '--json', ...H]);
    expect(bad.code).toBe(2);
    expect(bad.json()).toMatchObject({ status: 'error', error: { code: 'SECURITY_UNKNOWN_TOOL' } });
  });
});

describe('opentraces security sanitize', () => {
  it('sanitizes text, row and record lines; findings carry type, tool, path and span, never the secret', () => {
    const record = JSON.parse(readFileSync(join(FIXTURES, lastFixture()), 'utf8'));
    record.task = { description: `push with ${GH} from /Users/alice/app` };
    const input = [
      JSON.stringify({ text: `OPENAI_API_KEY=sk-demo SLACK=${SLACK}` }),
      JSON.stringify({ row: { path: '/Users/alice/project', note: `token ${GH}` } }),
      JSON.stringify({ record }),
    ].join('\n');
    const run = runCli(['security', 'sanitize', '--tools', 'regex,path_anonymizer', ...H], {}, { input });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).not.toContain(GH);
    expect(run.stdout).not.toContain(SLACK);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].text).toBe('OPENAI_API_KEY=sk-demo SLACK=[REDACTED:slack-token]');
    expect(lines[0].findings).toEqual([
      { type: 'slack-token', tool: 'regex', path: '$', start: 29, end: 29 + SLACK.length },
    ]);
    expect(lines[1].row).toEqual({
      path: '/Users/[REDACTED:username]/project',
      note: 'token [REDACTED:github-pat]',
    });
    expect(lines[1].tools_applied).toEqual(['regex', 'path_anonymizer']);
    expect(lines[2].record.task.description).toBe(
      'push with [REDACTED:github-pat] from /Users/[REDACTED:username]/app',
    );
    expect(lines[2].record.security.tools_applied).toEqual(
      expect.arrayContaining(['regex', 'path_anonymizer']),
    );
  });

  it('needs --tools or --use-config (exit 2); --use-config runs the tools enabled in the config', () => {
    const none = runCli(['security', 'sanitize', '--json', ...H], {}, { input: '{"text":"x"}\n' });
    expect(none.code).toBe(2);
    expect(none.json()).toMatchObject({ error: { code: 'SECURITY_NO_TOOLS_CHOSEN' } });
    const unset = runCli(
      ['security', 'sanitize', '--use-config', '--json', ...H],
      {},
      { input: '{"text":"x"}\n' },
    );
    expect(unset.code).toBe(3);
    expect(unset.json()).toMatchObject({ error: { code: 'SECURITY_NO_TOOLS_ENABLED' } });
    expect(runCli(['config', 'set', 'security_tools', 'path_anonymizer,regex', ...H]).code).toBe(0);
    expect(runCli(['config', 'set', 'custom_redact_strings', 'Project Falcon', ...H]).code).toBe(0);
    const run = runCli(
      ['security', 'sanitize', '--use-config', '--json', ...H],
      {},
      {
        input: `${JSON.stringify({ row: { p: 'C:\\Users\\bob\\Project Falcon\\x' } })}\n`,
      },
    );
    expect(run.code, run.stderr).toBe(0);
    const doc = run.json<{ results: { output: { row: { p: string } }; tools_applied: string[] }[] }>();
    expect(doc.results[0]!.output.row.p).toBe('C:\\Users\\[REDACTED:username]\\[REDACTED:custom-string]\\x');
    expect(doc.results[0]!.tools_applied).toEqual(['regex', 'path_anonymizer']);
  });

  it('reports a bad line with its line number and byte offset, still sanitizes the rest, exits 1', () => {
    const input = `{"text":"a ${GH}"}\n${GH} is not json\n{"row":{"k":"${GH}"}}\n`;
    const run = runCli(['security', 'sanitize', '--tools', 'regex', ...H], {}, { input });
    expect(run.code).toBe(1);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatchObject({ line: 2, error: { code: 'SECURITY_BAD_INPUT_LINE' } });
    expect(lines[1].error.message).toMatch(/^line 2 \(byte 54\): not JSON(?: \(at character \d+\))?\.$/);
    expect(lines[2].row.k).toBe('[REDACTED:github-pat]');
    expect(run.stderr).toContain('line 2');
    // the bad line held a token: neither the error line nor stderr quotes it
    // (Node's JSON.parse message quotes the first characters of the input)
    expect(run.stdout).not.toContain(GH.slice(0, 8));
    expect(run.stderr).not.toContain(GH.slice(0, 8));
  });

  it('refuses record-only tools on text and row lines', () => {
    const run = runCli(
      ['security', 'sanitize', '--tools', 'regex,classifier', '--json', ...H],
      {},
      { input: '{"text":"x"}\n' },
    );
    expect(run.code).toBe(1);
    const doc = run.json<{ results: { error: { code: string } }[] }>();
    expect(doc.results[0]!.error.code).toBe('SECURITY_RECORD_TOOL_ON_ROW');
  });
});

/** The newest hand-written TraceRecord fixture of the schema package. */
function lastFixture(): string {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .at(-1)!;
}
