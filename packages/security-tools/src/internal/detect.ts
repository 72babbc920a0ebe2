import { REGEX_RULES } from '../regex-rules.js';
import type { SecurityToolName } from '../registry.js';
import { GENERIC_RULE, isSecretField } from './generic-rule.js';
import { applyRedactions, mergeSpans, type RawSpan, scanRegex } from './scan-regex.js';
import type { ClassifierFlag, FieldKind, Sensitivity } from './tools/api.js';
import { classifyText } from './tools/classifier.js';
import { STRING_DETECTORS } from './tools/index.js';

/** A span with the tool that found it (and the checksum verdict of the rules that have one). */
export interface ToolSpan extends RawSpan {
  readonly tool: SecurityToolName;
}

/** Everything a string scan needs, resolved once per sanitize call. */
export interface ScanSettings {
  /** Resolved tools, canonical order. */
  readonly tools: readonly SecurityToolName[];
  readonly sensitivity: Sensitivity;
  /** Custom literal strings (non-empty, deduplicated, longest first). */
  readonly literals: readonly string[];
}

const GENERIC_RANK = REGEX_RULES.indexOf(GENERIC_RULE);
const LITERAL_RANK = -1; // a configured literal names its span over any rule
const OTHER_TOOL_RANK = 10_000; // other tools' spans lose ties against the regex catalogue

/** The literals as a settings field: trimmed of empties, deduplicated, longest first. */
export function normalizeLiterals(strings: readonly string[] | undefined): string[] {
  return [...new Set((strings ?? []).filter((s) => s.length > 0))].sort((a, b) => b.length - a.length);
}

/** Every occurrence of every literal in `text`, as `custom-string` spans. */
export function literalSpans(text: string, literals: readonly string[], type = 'custom-string'): RawSpan[] {
  const spans: RawSpan[] = [];
  for (const literal of literals) {
    for (let at = text.indexOf(literal); at !== -1; at = text.indexOf(literal, at + literal.length)) {
      spans.push({ type, start: at, end: at + literal.length, rank: LITERAL_RANK });
    }
  }
  return spans;
}

/**
 * Spans found by the selected tools in one string, merged across rules and tools. `field` is the
 * object key the string is stored under (for the field-aware generic rule and the detectors that
 * read names), `kind` the field kind from the scanning table.
 */
export function detectSpans(
  text: string,
  settings: ScanSettings,
  field: string | undefined,
  kind: FieldKind,
): ToolSpan[] {
  if (text.length === 0) return [];
  const spans: ToolSpan[] = [];
  for (const tool of settings.tools) {
    if (tool === 'regex') {
      for (const span of scanRegex(text)) spans.push({ ...span, tool });
      if (field !== undefined && isSecretField(field, text))
        spans.push({ type: GENERIC_RULE.id, start: 0, end: text.length, rank: GENERIC_RANK, tool });
      for (const span of literalSpans(text, settings.literals)) spans.push({ ...span, tool });
      continue;
    }
    const detector = STRING_DETECTORS[tool];
    if (!detector) continue; // record tools (trufflehog, llm_pii, capsule_scope, classifier) run elsewhere
    if (tool === 'entropy' && (kind === 'reasoning' || kind === 'tool_result')) continue;
    for (const span of detector.detect(text, { field, kind, sensitivity: settings.sensitivity }))
      spans.push({ ...span, rank: OTHER_TOOL_RANK + span.rank, tool });
  }
  return spans.length === 0 ? spans : mergeSpans(spans);
}

/** The classifier's flags for one string (empty unless the classifier runs). */
export function classify(text: string, settings: ScanSettings): ClassifierFlag[] {
  return settings.tools.includes('classifier') && text.length > 0
    ? classifyText(text, settings.sensitivity)
    : [];
}

export { applyRedactions };
