import { hasErrorCode, isOpentracesError, SECURITY_TOOL_NAMES } from '@opentraces/schema';
import { describe, expect, it } from 'vitest';
import { getSecurityTool, SECURITY_TOOLS } from './registry.js';
import { sanitizeValue, scanText } from './sanitize.js';

const CANONICAL = [
  'regex',
  'entropy',
  'trufflehog',
  'privacy_filter',
  'llm_pii',
  'business_logic',
  'path_anonymizer',
  'capsule_scope',
  'classifier',
];

describe('security tool registry', () => {
  it('lists the nine tools in canonical order with their order numbers', () => {
    expect(SECURITY_TOOLS.map((t) => t.name)).toEqual(CANONICAL);
    expect(SECURITY_TOOLS.map((t) => t.order)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    // the registry and the schema vocabulary that dataset policies are validated against agree
    expect(SECURITY_TOOLS.map((t) => t.name)).toEqual([...SECURITY_TOOL_NAMES]);
  });

  it('marks exactly the five row-applicable tools as row scope', () => {
    const row = SECURITY_TOOLS.filter((t) => t.scope === 'row').map((t) => t.name);
    expect(row).toEqual(['regex', 'entropy', 'privacy_filter', 'business_logic', 'path_anonymizer']);
  });

  it('implements every tool; the binary/endpoint tools are external; the classifier only flags', () => {
    expect(SECURITY_TOOLS.every((t) => t.implemented)).toBe(true);
    expect(SECURITY_TOOLS.filter((t) => t.external).map((t) => t.name)).toEqual(['trufflehog', 'llm_pii']);
    expect(getSecurityTool('classifier').effect).toBe('flag');
    expect(getSecurityTool('capsule_scope').effect).toBe('exclude');
    // the seeds' scanning table: no entropy on reasoning or tool results
    expect(getSecurityTool('entropy').fields).toEqual(['general', 'tool_input']);
    for (const t of SECURITY_TOOLS) {
      expect(t.summary.length).toBeGreaterThan(10);
      expect(t.finds.length).toBeGreaterThan(0);
    }
  });

  it('getSecurityTool returns the entry, and rejects unknown names with a usage error listing the names', () => {
    expect(getSecurityTool('path_anonymizer').order).toBe(6);
    let caught: unknown;
    try {
      getSecurityTool('gitleaks');
    } catch (error) {
      caught = error;
    }
    expect(isOpentracesError(caught)).toBe(true);
    expect(hasErrorCode(caught, 'SECURITY_UNKNOWN_TOOL')).toBe(true);
    const error = caught as { kind: string; hint: string };
    expect(error.kind).toBe('usage');
    for (const name of CANONICAL) expect(error.hint).toContain(name);
  });
});

describe('tool selection', () => {
  it('refuses the external tools in the synchronous API with a config error saying how to set them up', () => {
    for (const tool of ['trufflehog', 'llm_pii'] as const) {
      let caught: unknown;
      try {
        scanText('password = "hunter2hunter2"', { tools: ['regex', tool] });
      } catch (error) {
        caught = error;
      }
      expect(hasErrorCode(caught, 'SECURITY_TOOL_MISSING')).toBe(true);
      expect((caught as { kind: string }).kind).toBe('config');
      expect((caught as { hint: string }).hint).toMatch(
        tool === 'trufflehog' ? /install TruffleHog/i : /endpoint/,
      );
    }
  });

  it('rejects unknown names passed at runtime (e.g. from a CLI flag)', () => {
    const tools = ['regex', 'Regex'] as unknown as readonly 'regex'[];
    expect(() => sanitizeValue({}, { tools })).toThrow(/not a registered security tool/);
  });

  it('defaults to regex, deduplicates, and runs nothing for an empty selection', () => {
    const text = 'password = "hunter2hunter2"';
    expect(sanitizeValue(text).tools_applied).toEqual(['regex']);
    expect(sanitizeValue(text, { tools: ['regex', 'regex'] }).tools_applied).toEqual(['regex']);
    const none = sanitizeValue(text, { tools: [] });
    expect(none).toEqual({ value: text, findings: [], tools_applied: [], flags: [] });
  });
});
