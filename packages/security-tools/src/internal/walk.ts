import { OpentracesError } from '@opentraces/schema';
import type { ClassifierFinding, Finding } from '../options.js';
import { applyRedactions, classify, detectSpans, type ScanSettings } from './detect.js';
import { appendIndex, appendKey } from './json-path.js';
import { type FieldKind, marker } from './tools/api.js';

/** Where the walker is: the field kind of the scanning table, or inside `tool_calls` (not yet `input`). */
type Zone = FieldKind | 'tool_calls';

interface WalkContext {
  readonly settings: ScanSettings;
  /** The settings as a string, for the clean-string cache. */
  readonly signature: string;
  /** Whether the value is a TraceRecord (field kinds apply) or any JSON value (all `general`). */
  readonly record: boolean;
  /** Compiled `excludePaths` (capsule_scope); empty when the tool does not run. */
  readonly exclude: readonly (readonly string[])[];
  readonly findings: Finding[];
  readonly flags: ClassifierFinding[];
  readonly ancestors: Set<object>;
  /** Path segments (keys as written, indices as numbers), kept only when `exclude` is non-empty. */
  readonly segments: (string | number)[];
}

export interface WalkResult {
  readonly value: unknown;
  readonly findings: Finding[];
  readonly flags: ClassifierFinding[];
}

/**
 * A redacted deep copy of a JSON-like value: strings and object keys are scanned, arrays and plain
 * objects are copied, objects with `toJSON` (Dates) are replaced by what `toJSON` returns, other
 * primitives are kept. Findings are in document order.
 */
export function walkValue(
  value: unknown,
  settings: ScanSettings,
  options: { readonly record: boolean; readonly excludePaths?: readonly string[] },
): WalkResult {
  const exclude = settings.tools.includes('capsule_scope')
    ? (options.excludePaths ?? []).map((p) => p.split('.').filter((s) => s !== '' && s !== '$'))
    : [];
  const ctx: WalkContext = {
    settings,
    signature: `${settings.tools.join(',')}|${settings.sensitivity}|${settings.literals.join('\u0000')}`,
    record: options.record,
    exclude,
    findings: [],
    flags: [],
    ancestors: new Set(),
    segments: [],
  };
  return { value: walk(value, '$', ctx, undefined, 'general'), findings: ctx.findings, flags: ctx.flags };
}

/**
 * Short strings that came out clean, per settings: keys and enum-like values (`"type"`, `"role"`,
 * `"assistant"`, `"tool_use"`) repeat on every line of a transcript, and each scan has a fixed cost
 * per detector. Only clean results are kept (a finding is always recomputed, so paths stay right);
 * a set is dropped when it grows past its bound.
 */
const CLEAN_SHORT = new Map<string, Set<string>>();
const SHORT = 48;
const CLEAN_LIMIT = 50_000;

function cleanSet(ctx: WalkContext, kind: FieldKind, field: string | undefined): Set<string> {
  const key = `${ctx.signature}\u0000${kind}\u0000${field ?? ''}`;
  let set = CLEAN_SHORT.get(key);
  if (!set) {
    if (CLEAN_SHORT.size > 1000) CLEAN_SHORT.clear();
    set = new Set();
    CLEAN_SHORT.set(key, set);
  }
  return set;
}

function scanString(
  text: string,
  path: string,
  ctx: WalkContext,
  field: string | undefined,
  zone: Zone,
): string {
  const kind: FieldKind = zone === 'tool_calls' ? 'general' : zone;
  const clean = text.length <= SHORT ? cleanSet(ctx, kind, field) : undefined;
  if (clean?.has(text)) return text;
  const flags = classify(text, ctx.settings);
  for (const flag of flags) ctx.flags.push({ ...flag, path });
  const spans = detectSpans(text, ctx.settings, field, kind);
  if (spans.length === 0) {
    if (clean && flags.length === 0) {
      if (clean.size >= CLEAN_LIMIT) clean.clear();
      clean.add(text);
    }
    return text;
  }
  for (const s of spans) {
    ctx.findings.push({
      type: s.type,
      tool: s.tool,
      path,
      start: s.start,
      end: s.end,
      ...(s.checksum ? { checksum: s.checksum } : {}),
    });
  }
  return applyRedactions(text, spans);
}

function excluded(ctx: WalkContext): boolean {
  if (ctx.exclude.length === 0) return false;
  return ctx.exclude.some(
    (pattern) =>
      pattern.length <= ctx.segments.length &&
      pattern.every((p, i) => p === '*' || p === String(ctx.segments[i])),
  );
}

/** Every string under an excluded subtree becomes `[REDACTED:out-of-scope]`; keys and shape stay. */
function blank(value: unknown, path: string, ctx: WalkContext): unknown {
  if (typeof value === 'string') {
    if (value.length === 0 || value === marker('out-of-scope')) return value;
    ctx.findings.push({ type: 'out-of-scope', tool: 'capsule_scope', path, start: 0, end: value.length });
    return marker('out-of-scope');
  }
  if (Array.isArray(value)) return value.map((v, i) => blank(v, appendIndex(path, i), ctx));
  if (typeof value === 'object' && value !== null) {
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') return blank(toJSON.call(value), path, ctx);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) defineMember(out, k, blank(v, appendKey(path, k), ctx));
    return out;
  }
  return value;
}

function walk(
  value: unknown,
  path: string,
  ctx: WalkContext,
  field: string | undefined,
  zone: Zone,
): unknown {
  if (excluded(ctx)) return blank(value, path, ctx);
  if (typeof value === 'string') return scanString(value, path, ctx, field, zone);
  if (typeof value !== 'object' || value === null) return value;
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') return walk(toJSON.call(value), path, ctx, field, zone);
  if (ctx.ancestors.has(value)) {
    throw new OpentracesError({
      code: 'SECURITY_CYCLIC_VALUE',
      kind: 'usage',
      message: `The value to sanitize refers to itself at ${path}, so it is not JSON data.`,
      hint: 'Pass plain JSON data (what JSON.parse returns); break the cycle first.',
      data: { path },
    });
  }
  ctx.ancestors.add(value);
  try {
    if (Array.isArray(value)) {
      return value.map((item, i) => {
        if (ctx.exclude.length > 0) ctx.segments.push(i);
        try {
          return walk(item, appendIndex(path, i), ctx, undefined, zone);
        } finally {
          if (ctx.exclude.length > 0) ctx.segments.pop();
        }
      });
    }
    return walkObject(value as Record<string, unknown>, path, ctx, zone);
  } finally {
    ctx.ancestors.delete(value);
  }
}

/** The zone of a member: the seeds' scanning table, applied by key name inside a TraceRecord. */
function zoneOf(key: string, zone: Zone, record: boolean): Zone {
  if (!record) return zone;
  if (key === 'reasoning_content') return 'reasoning';
  if (key === 'observations') return 'tool_result';
  if (key === 'tool_calls') return 'tool_calls';
  if (zone === 'tool_calls' && key === 'input') return 'tool_input';
  return zone;
}

function walkObject(
  value: Record<string, unknown>,
  path: string,
  ctx: WalkContext,
  zone: Zone,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const keyFindings = ctx.findings.length;
    const keyFlags = ctx.flags.length;
    const outKey0 = scanString(key, '', ctx, undefined, 'general');
    const keyHadFindings = ctx.findings.length > keyFindings;
    let outKey = outKey0;
    // Two keys that redact to the same text must not overwrite each other.
    for (let n = 2; keyHadFindings && Object.hasOwn(out, outKey); n++) outKey = `${outKey0}#${n}`;
    const memberPath = appendKey(path, outKey);
    for (let i = keyFindings; i < ctx.findings.length; i++)
      ctx.findings[i] = { ...ctx.findings[i]!, path: `${memberPath}~` };
    for (let i = keyFlags; i < ctx.flags.length; i++)
      ctx.flags[i] = { ...ctx.flags[i]!, path: `${memberPath}~` };
    if (ctx.exclude.length > 0) ctx.segments.push(key);
    try {
      defineMember(out, outKey, walk(value[key], memberPath, ctx, key, zoneOf(key, zone, ctx.record)));
    } finally {
      if (ctx.exclude.length > 0) ctx.segments.pop();
    }
  }
  return out;
}

/** defineProperty keeps a `__proto__` key an ordinary member, as JSON.parse does. */
function defineMember(out: Record<string, unknown>, key: string, member: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(out, key, { value: member, enumerable: true, writable: true, configurable: true });
  } else out[key] = member;
}
