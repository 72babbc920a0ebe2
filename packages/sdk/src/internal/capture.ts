import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { BlobRef } from '@opentraces/bucket-store';
import {
  BUILTIN_PARSERS,
  type CompanionFile,
  detectParser,
  type EnrichWarning,
  enrichRecord,
  type ParseResult,
  type PricingTable,
  parsePricingFile,
  type RowFormat,
  type TraceParser,
} from '@opentraces/capture-parsers';
import { assignContextNodeIds } from '@opentraces/context-tree';
import { OpentracesError, type TraceRecord, validateTraceRecord } from '@opentraces/schema';
import { sanitizeRecord } from '@opentraces/security-tools';
import { extractPatches } from '@opentraces/trails';
import type { ImportedTrace } from '../import-sessions.js';
import { CAPTURE_SECURITY_TOOLS } from '../security-floor.js';
import { readDatasetRows } from './dataset-rows.js';
import { isTraceRecordLines, readTraceRecordLines } from './record-lines.js';
import type { openStores } from './stores.js';

// The capture pipeline proper. Loaded by `importSessionsIter` on first use (`await import`), so that
// processes which only read (status, get, query) never load the parsers and sanitizers.

export type Source =
  | { readonly ok: true; readonly line: number | null; readonly agent: string; readonly result: ParseResult }
  | {
      readonly ok: false;
      readonly line: number;
      readonly byteOffset: number;
      readonly code: string;
      readonly message: string;
    };

/** Which parsers to try: the built-in ones plus any from plugins, or exactly one agent's. */
export interface ParserChoice {
  /** Parsers contributed by plugins, tried after the built-in ones. */
  readonly extra?: readonly TraceParser[];
  /** Skip detection and use this agent's parser (`auto` or absent: detect from content). */
  readonly agent?: string;
  /** Read the file as dataset rows (JSONL or Parquet) of this format instead of a transcript. */
  readonly rows?: RowFormat;
}

/** Every parser available to this call, built-in first (detection order). */
export function availableParsers(choice: ParserChoice = {}): TraceParser[] {
  return [...BUILTIN_PARSERS, ...(choice.extra ?? [])];
}

/**
 * The parser `--agent` names, or undefined for `auto`. Throws `SDK_UNKNOWN_AGENT` (usage) for a name
 * no parser has, so callers can check it once before reading any file.
 */
export function forcedParser(choice: ParserChoice): TraceParser | undefined {
  if (!choice.agent || choice.agent === 'auto') return undefined;
  const parsers = availableParsers(choice);
  const forced = parsers.find((p) => p.agent === choice.agent);
  if (!forced) {
    throw new OpentracesError({
      code: 'SDK_UNKNOWN_AGENT',
      kind: 'usage',
      message: `No parser for agent ${JSON.stringify(choice.agent)}.`,
      hint: `Use one of: auto, ${parsers.map((p) => p.agent).join(', ')}.`,
      data: { agent: choice.agent },
    });
  }
  return forced;
}

/**
 * A transcript gives one record (through the parser that recognises it, or the one `--agent` names);
 * a file of TraceRecords, one per line.
 */
export async function readSources(
  bytes: Uint8Array,
  file: string,
  choice: ParserChoice = {},
  companions: readonly CompanionFile[] = [],
): Promise<Source[]> {
  const input = { bytes, fileName: file, contentHash: false, ...(companions.length ? { companions } : {}) };
  if (choice.rows) return readDatasetRows(bytes, file, choice.rows);
  const parsers = availableParsers(choice);
  const forced = forcedParser(choice);
  if (forced) {
    return [
      {
        ok: true,
        line: null,
        agent: forced.agent,
        result: forced.parse(input),
      },
    ];
  }
  if (isTraceRecordLines(bytes)) {
    return readTraceRecordLines(bytes, file).map((r) =>
      r.ok ? { ok: true, line: r.line, agent: r.result.record.agent.name, result: r.result } : r,
    );
  }
  const parser = detectParser(bytes, parsers);
  if (!parser) {
    throw new OpentracesError({
      code: 'SDK_UNKNOWN_FORMAT',
      kind: 'usage',
      message: `${basename(file)} is not a transcript format opentraces can read.`,
      hint: `Supported: ${parsers.map((p) => p.formats.join('/')).join(', ')} and TraceRecord JSONL (see \`opentraces capabilities\`); force one with --agent. The raw bytes were kept.`,
    });
  }
  return [
    {
      ok: true,
      line: null,
      agent: parser.agent,
      result: parser.parse(input),
    },
  ];
}

/**
 * What capture keeps of a parsed record: enrich (metrics, cost from the price table, dependencies,
 * languages, snippets, attribution, outcome) → patches and context node ids → sanitize to the
 * security floor → validate. Throws `SDK_INVALID_RECORD` when the result is not a valid record.
 */
export function prepareRecord(
  base: TraceRecord,
  file = 'the input',
  pricing?: PricingTable,
  redactStrings: readonly string[] = [],
): ReturnType<typeof sanitizeRecord> & { readonly warnings: readonly EnrichWarning[] } {
  const { record: enriched, warnings } = enrichRecord(base, pricing ? { pricing } : {});
  const patches =
    enriched.patches && enriched.patches.length > 0 ? enriched.patches : extractPatches(enriched);
  const withContext = assignContextNodeIds({ ...enriched, patches });
  const sanitized = sanitizeRecord(withContext, {
    tools: CAPTURE_SECURITY_TOOLS,
    redactStrings,
    sha256: nodeSha256,
  });
  const valid = validateTraceRecord(sanitized.value);
  if (!valid.ok) {
    throw new OpentracesError({
      code: 'SDK_INVALID_RECORD',
      kind: 'failure',
      message: `The record read from ${basename(file)} is invalid: ${valid.issues
        .slice(0, 3)
        .map((i) => `${i.path || '/'} ${i.message}`)
        .join('; ')}.`,
      hint: 'This is a parser bug; the raw bytes were kept in the bucket.',
    });
  }
  return { ...sanitized, warnings };
}

const nodeSha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Prepare → bucket → index, for one parsed record. */
export async function captureRecord(
  stores: Awaited<ReturnType<typeof openStores>>,
  parsed: ParseResult,
  from: {
    readonly agent: string;
    readonly file: string;
    readonly blob: BlobRef;
    /** Consecutive pieces of a transcript captured as it grew (see `TraceSource.segments`). */
    readonly segments?: readonly { readonly offset: number; readonly blob: BlobRef }[];
    /** Blobs of the session's companion files, by their path relative to the session folder. */
    readonly companions?: readonly { readonly path: string; readonly blob: BlobRef }[];
    readonly pricing?: PricingTable;
    /** The config's `custom_redact_strings`: redacted wherever they occur. */
    readonly redactStrings?: readonly string[];
  },
): Promise<Omit<ImportedTrace, 'line'>> {
  const sanitized = prepareRecord(parsed.record, from.file, from.pricing, from.redactStrings);
  const record = sanitized.value;
  const stored = await stores.bucket.putTrace({
    record,
    source: {
      agent: from.agent,
      file_name: basename(from.file),
      blob: from.blob,
      ...(from.segments?.length ? { segments: from.segments } : {}),
      ...(from.companions?.length ? { companions: from.companions } : {}),
    },
  });
  await stores.index?.indexTrace(record);
  const findingTypes: Record<string, number> = {};
  for (const f of sanitized.findings) findingTypes[f.type] = (findingTypes[f.type] ?? 0) + 1;
  return {
    file: from.file,
    trace_id: record.trace_id,
    session_id: record.session_id,
    agent: record.agent.name,
    title: record.task?.description ?? null,
    steps: record.steps.length,
    tool_calls: parsed.fidelity.tool_calls,
    outcome: stored.outcome,
    generation_index: stored.generation_index,
    redactions: sanitized.findings.length,
    finding_types: findingTypes,
    raw_blob: from.blob.sha256,
    fidelity: { ...parsed.fidelity, diagnostics: parsed.fidelity.diagnostics.slice(0, 20) },
    cost_usd: record.metrics?.estimated_cost_usd ?? null,
    warnings: sanitized.warnings.map((w) => ({ code: w.code, message: w.message })),
  };
}

/** A JSON price table from a file (`--pricing-file`, config `pricing_file`); `SDK_PRICING_FILE_UNREADABLE` when unreadable. */
export async function loadPricing(path: string) {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new OpentracesError({
      code: 'SDK_PRICING_FILE_UNREADABLE',
      kind: 'not_found',
      message: `Cannot read the pricing file ${path}.`,
      hint: 'Pass the path of a JSON price table (see the capture-parsers README, Enrichment).',
      data: { path },
    });
  }
  return parsePricingFile(text);
}
