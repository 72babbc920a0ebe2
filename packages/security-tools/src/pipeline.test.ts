import { hasErrorCode, type TraceRecord } from '@opentraces/schema';
import { describe, expect, it } from 'vitest';
import { serializedPass } from './internal/serialized-pass.js';
import { policyTools, ROW_FLOOR, SECURITY_POLICIES, SECURITY_VERSION } from './policy.js';
import {
  redactText,
  sanitizeRecord,
  sanitizeRecordAsync,
  sanitizeValue,
  securityStaleness,
} from './sanitize.js';

// Fake, format-valid credentials, assembled so that no token-shaped literal sits in the source.
const GH = `ghp_${'Z9yX8wV7uT6sR5qP4oN3mL2kJ1iH0gF9eD8c'}`;
const AWS_ID = `AKIA${'Q3EGRIZ5ZJ7YVX2M'}`;

function record(overrides: Partial<TraceRecord> = {}): TraceRecord {
  return {
    schema_version: '0.5.0',
    trace_id: 't-1',
    session_id: 's-1',
    agent: { name: 'claude-code', version: '2.1.0', model: 'claude-sonnet-4-5' },
    steps: [],
    ...overrides,
  } as TraceRecord;
}

describe('policies', () => {
  it('are the four named bundles, each in canonical order; basic is the row floor', () => {
    expect(Object.keys(SECURITY_POLICIES)).toEqual(['off', 'basic', 'recommended', 'strict']);
    expect(policyTools('off')).toEqual([]);
    expect(policyTools('basic')).toEqual(ROW_FLOOR);
    expect(policyTools('strict')).toHaveLength(9);
    expect(() => policyTools('paranoid')).toThrow(/not a security policy/);
  });

  it('select the tools of a sanitize call, and cannot be combined with a tool list', () => {
    const text = `cd /Users/alice/app && git push https://${GH}@github.com/alice/app`;
    const result = redactText(text, { policy: 'basic' });
    expect(result.tools_applied).toEqual(ROW_FLOOR);
    expect(result.value).toBe(
      'cd /Users/[REDACTED:username]/app && git push https://[REDACTED:github-pat]@github.com/alice/app',
    );
    let caught: unknown;
    try {
      redactText(text, { policy: 'basic', tools: ['regex'] });
    } catch (error) {
      caught = error;
    }
    expect(hasErrorCode(caught, 'SECURITY_CONFLICTING_OPTIONS')).toBe(true);
  });

  it('strict needs the external tools: the synchronous API refuses it, the async one without adapters too', async () => {
    expect(() => sanitizeRecord(record(), { policy: 'strict' })).toThrow(/trufflehog/);
    await expect(sanitizeRecordAsync(record(), { policy: 'strict' })).rejects.toThrow(/trufflehog/);
  });
});

describe('custom redact strings', () => {
  it('redact every occurrence, in values and keys, longest first, as custom-string', () => {
    const value = { note: 'Project Falcon ships; falcon-internal is the repo', 'Project Falcon': 'x' };
    const result = sanitizeValue(value, {
      redactStrings: ['Project Falcon', 'Project', 'falcon-internal', ''],
    });
    expect(result.value).toEqual({
      note: '[REDACTED:custom-string] ships; [REDACTED:custom-string] is the repo',
      '[REDACTED:custom-string]': 'x',
    });
    expect(result.findings.map((f) => f.path)).toEqual([
      '$.note',
      '$.note',
      "$['[REDACTED:custom-string]']~",
    ]);
  });
});

describe('the field kinds of a TraceRecord (the seeds scanning table)', () => {
  const secretish = 'Zq8vN2xL5mR9tW3yB7kD1fH6jP4sA0cE';
  it('run entropy on tool inputs but not on reasoning or tool results; regex runs everywhere', () => {
    const text = `export SESSION_COOKIE=${secretish}`;
    const r = record({
      steps: [
        {
          step_index: 0,
          role: 'agent',
          content: 'ok',
          reasoning_content: `${text} and ${GH}`,
          tool_calls: [{ tool_call_id: 'c1', tool_name: 'Bash', input: { command: text } }],
          observations: [{ source_call_id: 'c1', content: `${text}\n${AWS_ID}` }],
        },
      ],
    } as Partial<TraceRecord>);
    const out = sanitizeRecord(r, { tools: ['regex', 'entropy'] });
    const byPath = new Map<string, string[]>();
    for (const f of out.findings) byPath.set(f.path, [...(byPath.get(f.path) ?? []), f.tool]);
    expect(byPath.get('$.steps[0].reasoning_content')).toEqual(['regex']);
    expect(byPath.get('$.steps[0].observations[0].content')).toEqual(['regex']);
    expect(byPath.get('$.steps[0].tool_calls[0].input.command')).toEqual(['entropy']);
    // the same string as a general field (a row) gets entropy too
    expect(sanitizeValue({ note: text }, { tools: ['entropy'] }).findings).toHaveLength(1);
  });
});

describe('capsule_scope', () => {
  it('blanks every string under the excluded dotted paths (with * for any index), keeping the shape', () => {
    const r = record({
      steps: [
        { step_index: 0, role: 'user', content: 'hello' },
        {
          step_index: 1,
          role: 'agent',
          content: 'hi',
          observations: [{ source_call_id: 'c', content: 'out', error: null }],
        },
      ],
      metadata: { private_notes: { a: 'x', b: ['y', 3] } },
    } as Partial<TraceRecord>);
    const out = sanitizeRecord(r, {
      tools: ['capsule_scope'],
      excludePaths: ['steps.*.observations', 'metadata.private_notes'],
    });
    const v = out.value as unknown as {
      steps: { content: string; observations?: { content: string; error: null }[] }[];
      metadata: unknown;
    };
    expect(v.steps[0]!.content).toBe('hello');
    expect(v.steps[1]!.observations).toEqual([
      { source_call_id: '[REDACTED:out-of-scope]', content: '[REDACTED:out-of-scope]', error: null },
    ]);
    expect(v.metadata).toEqual({
      private_notes: { a: '[REDACTED:out-of-scope]', b: ['[REDACTED:out-of-scope]', 3] },
    });
    expect(out.findings.every((f) => f.tool === 'capsule_scope' && f.type === 'out-of-scope')).toBe(true);
    expect(out.findings).toHaveLength(4); // source_call_id, content, a, y
  });
});

describe('the second pass over the serialized line', () => {
  it('maps a finding in the escaped JSON text back to the right characters of the string', () => {
    const value = { a: 'quote " tab \t é \u2028 then ' + GH + ' end', b: ['x'] };
    const { value: out, findings } = serializedPass(structuredClone(value));
    expect(out).toEqual({ a: 'quote " tab \t é \u2028 then [REDACTED:github-pat] end', b: ['x'] });
    expect(findings).toEqual([
      {
        type: 'github-pat',
        tool: 'regex',
        path: '$.a',
        start: value.a.indexOf('ghp_'),
        end: value.a.indexOf('ghp_') + 40,
        pass: 'serialized',
      },
    ]);
  });

  it('finds nothing new after the first pass on the same value (both passes agree)', () => {
    const value = {
      cmd: `git remote add o https://x:${GH}@github.com/a/b`,
      env: { DB_PASSWORD: 'Tr0ub4dor-and-3' },
    };
    const result = sanitizeValue(value);
    expect(result.findings.filter((f) => f.pass === 'serialized')).toEqual([]);
    expect(JSON.stringify(result.value)).not.toContain(GH);
  });
});

describe('provenance', () => {
  it('records tools_applied, per-tool counts, the security version and the classifier summary', () => {
    const r = record({
      task: { description: `deploy to db01.prod.internal with ${AWS_ID} from /home/bob/app` },
    } as Partial<TraceRecord>);
    const once = sanitizeRecord(r, { policy: 'recommended' });
    const security = once.value.security as Record<string, unknown>;
    expect(security['tools_applied']).toEqual(SECURITY_POLICIES.recommended);
    expect(security['security_version']).toBe(SECURITY_VERSION);
    expect(security['redactions_applied']).toBe(once.findings.length);
    const counts = security['tool_counts'] as Record<string, number>;
    expect(counts['regex']).toBe(1);
    expect(counts['path_anonymizer']).toBe(1);
    expect(typeof security['classifier_version']).toBe('string');
    expect(JSON.stringify(security)).not.toContain('db01');
    expect(securityStaleness(once.value)).toBeUndefined();
    expect(securityStaleness(once.value, ['trufflehog'])).toBe('missing_tools');
    expect(securityStaleness(r)).toBe('not_scanned');
    const old = { security: { ...security, security_version: SECURITY_VERSION - 1 } };
    expect(securityStaleness(old)).toBe('older_security_version');
    // sanitizing again finds nothing new and keeps the counts
    const twice = sanitizeRecord(once.value, { policy: 'recommended' });
    expect(twice.findings.filter((f) => f.tool !== 'capsule_scope')).toEqual([]);
    expect((twice.value.security as Record<string, unknown>)['tool_counts']).toEqual(counts);
  });
});

describe('external tools through their ports', () => {
  it('redact every occurrence of what the adapters report, in values and keys, also JSON-escaped forms', async () => {
    const name = 'Dr. Jane Q. Public';
    const r = record({
      task: { description: `email from ${name} about "the thing"` },
      metadata: { [name]: 'signed', other: 'contact Jane later' },
    } as Partial<TraceRecord>);
    const seen: string[] = [];
    const out = await sanitizeRecordAsync(r, {
      tools: ['regex', 'llm_pii', 'trufflehog'],
      adapters: {
        llm_pii: {
          async find(text) {
            seen.push(text);
            return [
              { type: 'pii-person-name', text: name },
              { type: 'pii-quote', text: '\\"the thing\\"' },
            ];
          },
        },
        trufflehog: {
          async scan(text) {
            seen.push(text);
            return [];
          },
        },
      },
    });
    const json = JSON.stringify(out.value);
    expect(json).not.toContain('Jane Q');
    expect(json).not.toContain('the thing');
    expect(json).toContain('contact Jane later');
    expect(out.tools_applied).toEqual(['regex', 'trufflehog', 'llm_pii']);
    // each adapter got the serialized record, after the in-process tools ran
    expect(seen).toHaveLength(2);
    expect(JSON.parse(seen[0]!).trace_id).toBe('t-1');
    expect(out.findings.filter((f) => f.tool === 'llm_pii').map((f) => f.path)).toEqual([
      '$.task.description',
      '$.task.description',
      "$.metadata['[REDACTED:pii-person-name]']~",
    ]);
  });

  it('propagates an adapter failure instead of returning a half-sanitized record', async () => {
    await expect(
      sanitizeRecordAsync(record(), {
        tools: ['trufflehog'],
        adapters: {
          trufflehog: {
            async scan() {
              throw new Error('binary crashed');
            },
          },
        },
      }),
    ).rejects.toThrow('binary crashed');
  });
});
