import type { SecurityToolName } from '@opentraces/schema';
import type { Finding } from '../options.js';
import { appendIndex, appendKey } from './json-path.js';
import { applyRedactions, mergeSpans, type RawSpan } from './scan-regex.js';

/** A literal an external tool reported: every occurrence of `text` is redacted as `type`. */
export interface LiteralMatch {
  readonly text: string;
  readonly type: string;
  readonly tool: SecurityToolName;
}

/**
 * The forms of a reported literal to look for in the strings of a value: as reported, and
 * JSON-unescaped when it was reported from the serialized line (`a\"b` → `a"b`).
 */
export function literalForms(text: string): string[] {
  const forms = new Set([text]);
  if (text.includes('\\')) {
    try {
      const decoded: unknown = JSON.parse(`"${text}"`);
      if (typeof decoded === 'string') forms.add(decoded);
    } catch {
      // not a JSON-escaped fragment: the literal stays as reported
    }
  }
  return [...forms].filter((f) => f.length >= 3);
}

/**
 * Redacts every occurrence of the literals in every string (keys included) of `value`, which must be
 * a plain JSON copy owned by the caller (changed in place).
 */
export function redactLiterals(
  value: unknown,
  matches: readonly LiteralMatch[],
): { value: unknown; findings: Finding[] } {
  const forms = matches
    .flatMap((m) => literalForms(m.text).map((text) => ({ ...m, text })))
    .sort((a, b) => b.text.length - a.text.length);
  const findings: Finding[] = [];
  if (forms.length === 0) return { value, findings };
  const redact = (text: string, path: string): string => {
    const spans: (RawSpan & { tool: SecurityToolName })[] = [];
    for (const form of forms) {
      for (let at = text.indexOf(form.text); at !== -1; at = text.indexOf(form.text, at + form.text.length))
        spans.push({ type: form.type, start: at, end: at + form.text.length, rank: 0, tool: form.tool });
    }
    if (spans.length === 0) return text;
    const merged = mergeSpans(spans);
    for (const s of merged) findings.push({ type: s.type, tool: s.tool, path, start: s.start, end: s.end });
    return applyRedactions(text, merged);
  };
  const walk = (v: unknown, path: string): unknown => {
    if (typeof v === 'string') return redact(v, path);
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) v[i] = walk(v[i], appendIndex(path, i));
      return v;
    }
    if (typeof v !== 'object' || v === null) return v;
    const object = v as Record<string, unknown>;
    for (const key of Object.keys(object)) {
      const before = findings.length;
      const newKey = redact(key, '');
      const memberPath = appendKey(path, newKey);
      for (let i = before; i < findings.length; i++)
        findings[i] = { ...findings[i]!, path: `${memberPath}~` };
      const member = walk(object[key], memberPath);
      if (newKey !== key) delete object[key];
      object[newKey] = member;
    }
    return object;
  };
  return { value: walk(value, '$'), findings };
}
