import { createHash } from 'node:crypto';
import {
  computeContentHash,
  hasErrorCode,
  SCHEMA_VERSION,
  type TraceRecord,
  validateTraceRecord,
} from '@opentraces/schema';
import { describe, expect, it } from 'vitest';
import { mergeSpans } from './internal/scan-regex.js';
import { SECURITY_VERSION } from './policy.js';
import { redactText, sanitizeRecord, sanitizeValue } from './sanitize.js';

// Fakes built at run time (no secret-shaped literal in the repository); none is a live credential.
const cycle = (alphabet: string, n: number): string =>
  Array.from({ length: n }, (_, i) => alphabet[(i * 7) % alphabet.length]).join('');
const GHP = `ghp_${cycle('aZ3kQ9wW7mP2rT5yU8iO1pL4', 36)}`;
const NPM = `npm_${cycle('Qw3rTy7uIo9pAs2dFg5hJk8l', 36)}`;
const PEM = `-----BEGIN PRIVATE KEY-----\n${cycle('MIIEvQIBADANBgkqhkiG9w0B+/', 64)}\n-----END PRIVATE KEY-----`;

function buildRecord(): TraceRecord {
  return {
    schema_version: SCHEMA_VERSION,
    trace_id: '0b6a3c2e-1f4d-8a9b-9c0d-1e2f3a4b5c6d',
    session_id: 'session-1',
    content_hash: null,
    agent: { name: 'claude-code', version: '2.0.0', model: 'claude-sonnet-4-5' },
    steps: [
      { step_index: 0, role: 'user', content: 'Publish the package to npm, the token is in ~/.npmrc' },
      {
        step_index: 1,
        role: 'agent',
        content: 'Reading the npm config.',
        tool_calls: [{ tool_call_id: 'toolu_01', tool_name: 'Bash', input: { command: 'cat ~/.npmrc' } }],
        observations: [{ source_call_id: 'toolu_01', content: `//registry.npmjs.org/:_authToken=${NPM}\n` }],
      },
      {
        step_index: 2,
        role: 'agent',
        content: 'Setting up the remote.',
        tool_calls: [
          {
            tool_call_id: 'toolu_02',
            tool_name: 'Bash',
            input: { command: `git remote add origin https://alice:${GHP}@github.com/alice/app.git` },
          },
          {
            tool_call_id: 'toolu_03',
            tool_name: 'Write',
            input: { file_path: 'deploy/key.pem', content: PEM },
          },
        ],
      },
    ],
    security: {
      scanned: false,
      tools_applied: ['path_anonymizer', 'custom_tool'],
      classifier_version: 'c-1',
    },
    metadata: { env: { [GHP]: 'token used as a key', DB_PASSWORD: 'hunter2-hunter2' } },
  };
}

describe('sanitizeRecord', () => {
  it('a caller-supplied SHA-256 (node:crypto) gives the same content hash as the pure default', () => {
    const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
    let calls = 0;
    const counted = (text: string) => {
      calls++;
      return sha256(text);
    };
    const record = buildRecord();
    expect(sanitizeRecord(record, { sha256: counted }).value.content_hash).toBe(
      sanitizeRecord(record).value.content_hash,
    );
    expect(calls).toBe(1);
  });

  it('redacts every secret, reports JSON paths, and records provenance', () => {
    const record = buildRecord();
    const before = JSON.stringify(record);
    const result = sanitizeRecord(record);
    expect(JSON.stringify(record)).toBe(before); // input untouched

    const npmrc = '//registry.npmjs.org/:_authToken='.length;
    const command = 'git remote add origin https://alice:'.length;
    const keyPath = "$.metadata.env['[REDACTED:github-pat]']";
    expect(result.findings).toEqual([
      {
        type: 'npm-access-token',
        tool: 'regex',
        path: '$.steps[1].observations[0].content',
        start: npmrc,
        end: npmrc + NPM.length,
      },
      {
        type: 'github-pat',
        tool: 'regex',
        path: '$.steps[2].tool_calls[0].input.command',
        start: command,
        end: command + GHP.length,
      },
      {
        type: 'private-key',
        tool: 'regex',
        path: '$.steps[2].tool_calls[1].input.content',
        start: 0,
        end: PEM.length,
      },
      { type: 'github-pat', tool: 'regex', path: `${keyPath}~`, start: 0, end: GHP.length },
      { type: 'generic-secret', tool: 'regex', path: '$.metadata.env.DB_PASSWORD', start: 0, end: 15 },
    ]);
    expect(result.findings.map((f) => f.path)).not.toContain(expect.stringContaining(GHP));

    const value = result.value;
    expect(value.steps[2]!.tool_calls![0]!.input).toEqual({
      command: 'git remote add origin https://alice:[REDACTED:github-pat]@github.com/alice/app.git',
    });
    expect(value.steps[2]!.tool_calls![1]!.input).toEqual({
      file_path: 'deploy/key.pem',
      content: '[REDACTED:private-key]',
    });
    expect(value.metadata).toEqual({
      env: { '[REDACTED:github-pat]': 'token used as a key', DB_PASSWORD: '[REDACTED:generic-secret]' },
    });
    expect(JSON.stringify(value)).not.toContain(GHP.slice(4));
    expect(JSON.stringify(value)).not.toContain(NPM.slice(4));

    expect(value.security).toEqual({
      scanned: true,
      redactions_applied: 5,
      tools_applied: ['regex', 'path_anonymizer', 'custom_tool'],
      classifier_version: 'c-1',
      tool_counts: { regex: 5 },
      security_version: SECURITY_VERSION,
    });
    expect(result.tools_applied).toEqual(['regex']);
    expect(value.content_hash).toBe(computeContentHash(value));
    expect(value.content_hash).not.toBe(computeContentHash(record));
    expect(value.trace_id).toBe(record.trace_id);
    expect(validateTraceRecord(value).ok).toBe(true);
    expect(JSON.parse(JSON.stringify(value))).toEqual(value);
  });

  it('is idempotent: a sanitized record has nothing left to find', () => {
    const once = sanitizeRecord(buildRecord());
    const twice = sanitizeRecord(once.value);
    expect(twice.findings).toEqual([]);
    expect(twice.value.steps).toEqual(once.value.steps);
    expect(twice.value.security?.redactions_applied).toBe(5); // counts add up across runs
  });

  it('leaves security alone when no tool runs, and rejects non-objects', () => {
    const record = buildRecord();
    const result = sanitizeRecord(record, { tools: [] });
    expect(result.value.security).toEqual(record.security);
    expect(result.value.steps).toEqual(record.steps);
    expect(() => sanitizeRecord('nope' as unknown as TraceRecord)).toThrow(/expects a TraceRecord/);
  });
});

describe('sanitizeValue', () => {
  it('walks arrays, nested objects and keys, keeps other JSON values, and does not mutate', () => {
    const input = Object.freeze({
      list: Object.freeze([1, true, null, `export NPM_TOKEN=${NPM}`]),
      'odd key': Object.freeze({ "it's": `password="${cycle('s3cr3tW0rd', 12)}"` }),
      when: new Date('2026-11-22T00:00:00Z'),
    });
    const result = sanitizeValue(input);
    expect(result.value).toEqual({
      list: [1, true, null, 'export NPM_TOKEN=[REDACTED:npm-access-token]'],
      'odd key': { "it's": 'password="[REDACTED:generic-secret]"' },
      when: '2026-11-22T00:00:00.000Z',
    });
    expect(result.findings.map((f) => f.path)).toEqual(['$.list[3]', "$['odd key']['it\\'s']"]);
  });

  it('keeps a __proto__ key as data and does not merge keys that redact alike', () => {
    const input = JSON.parse(`{"__proto__": {"x": 1}, "${GHP}": 1, "${GHP.replace('a', 'b')}": 2}`) as object;
    const result = sanitizeValue(input);
    expect(Object.keys(result.value)).toEqual([
      '__proto__',
      '[REDACTED:github-pat]',
      '[REDACTED:github-pat]#2',
    ]);
    expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
  });

  it('rejects cyclic values', () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    let caught: unknown;
    try {
      sanitizeValue(a);
    } catch (error) {
      caught = error;
    }
    expect(hasErrorCode(caught, 'SECURITY_CYCLIC_VALUE')).toBe(true);
  });
});

describe('overlapping findings', () => {
  it('redacts a token that is also a URL password once, under the more specific rule', () => {
    const text = `https://bot:${GHP}@github.com/o/r.git`;
    const result = redactText(text);
    expect(result.value).toBe('https://bot:[REDACTED:github-pat]@github.com/o/r.git');
    expect(result.findings).toHaveLength(1);
  });

  it('merges overlaps into their union, named after the longest span (ties: lower rank)', () => {
    const spans = [
      { type: 'short', start: 0, end: 10, rank: 0 },
      { type: 'long', start: 5, end: 30, rank: 5 },
      { type: 'tail', start: 25, end: 32, rank: 1 },
      { type: 'apart', start: 32, end: 40, rank: 2 },
      { type: 'tie-late', start: 50, end: 60, rank: 9 },
      { type: 'tie-early', start: 50, end: 60, rank: 3 },
    ];
    expect(mergeSpans(spans)).toEqual([
      { type: 'long', start: 0, end: 32, rank: 5 },
      { type: 'apart', start: 32, end: 40, rank: 2 },
      { type: 'tie-early', start: 50, end: 60, rank: 3 },
    ]);
  });
});
