import { readFileSync } from 'node:fs';
import type { FidelityReport, ParseDiagnostic, RowFormat, TraceParser } from '@opentraces/capture-parsers';
import { isOpentracesError, OpentracesError } from '@opentraces/schema/core';
import type { OpentracesContext } from './context.js';
import type { Source } from './internal/capture.js';
import { expandSessionPaths } from './internal/files.js';
import { openStores } from './internal/stores.js';
import { readConfig } from './projects.js';

export interface ImportedTrace {
  readonly file: string;
  /** The line of a file of TraceRecords, or null for a transcript (one session per file). */
  readonly line: number | null;
  readonly trace_id: string;
  readonly session_id: string;
  readonly agent: string;
  readonly title: string | null;
  readonly steps: number;
  readonly tool_calls: number;
  readonly outcome: 'created' | 'updated' | 'unchanged';
  readonly generation_index: number;
  readonly redactions: number;
  readonly finding_types: Readonly<Record<string, number>>;
  readonly raw_blob: string;
  /** Estimated from the price table; null when a model has no known price (see `warnings`). */
  readonly cost_usd: number | null;
  /** Enrichment warnings (e.g. a model without a price): nothing is guessed. */
  readonly warnings: readonly { readonly code: string; readonly message: string }[];
  readonly fidelity: Omit<FidelityReport, 'diagnostics'> & {
    readonly diagnostics: readonly ParseDiagnostic[];
  };
}

export interface ImportFailure {
  readonly file: string;
  readonly line: number | null;
  readonly code: string;
  readonly message: string;
  readonly hint: string;
  /** The raw bytes are kept in the bucket even when they could not be parsed. */
  readonly raw_blob: string | null;
}

export interface ImportReport {
  readonly imported: readonly ImportedTrace[];
  readonly failed: readonly ImportFailure[];
  readonly totals: {
    readonly files: number;
    readonly created: number;
    readonly updated: number;
    readonly unchanged: number;
    readonly failed: number;
    readonly redactions: number;
  };
}

export type ImportEvent =
  | { readonly type: 'file'; readonly file: string; readonly index: number; readonly total: number }
  | { readonly type: 'done'; readonly report: ImportReport };

/**
 * Capture from transcript files: parse → enrich (patches, context nodes) → sanitize to the floor →
 * validate → store raw bytes + record in the bucket → index. Safe to re-run: unchanged sessions
 * are no-ops, grown sessions become a new generation. One bad file never stops the others.
 */
export interface ImportOptions {
  readonly paths: readonly string[];
  /** Parsers contributed by plugins (tried after the built-in ones). */
  readonly parsers?: readonly TraceParser[];
  /** `auto` (default: detect from content) or the agent whose parser to use. */
  readonly agent?: string;
  /** Read the files as dataset rows (Hermes/ShareGPT or OpenAI messages; JSONL or Parquet). */
  readonly rows?: RowFormat;
  /** A JSON price table (see `parsePricingFile`) merged over the built-in one. */
  readonly pricingFile?: string;
}

export async function* importSessionsIter(
  ctx: OpentracesContext,
  options: ImportOptions,
): AsyncGenerator<ImportEvent> {
  const files = expandSessionPaths(options.paths);
  const { captureRecord, forcedParser, loadPricing, readSources } = await import('./internal/capture.js');
  const choice = {
    ...(options.parsers ? { extra: options.parsers } : {}),
    ...(options.agent ? { agent: options.agent } : {}),
    ...(options.rows ? { rows: options.rows } : {}),
  };
  forcedParser(choice);
  const pricing = options.pricingFile ? await loadPricing(options.pricingFile) : undefined;
  const redactStrings = readConfig(ctx).custom_redact_strings;
  const stores = await openStores(ctx, 'write');
  const imported: ImportedTrace[] = [];
  const failed: ImportFailure[] = [];
  try {
    for (const [i, session] of files.entries()) {
      const file = session.path;
      yield { type: 'file', file, index: i, total: files.length };
      const bytes = readFileSync(file);
      const blob = await stores.bucket.putBlob(bytes);
      const companions = session.companions.map((c) => ({ path: c.relative, bytes: readFileSync(c.path) }));
      const companionBlobs = [];
      for (const c of companions)
        companionBlobs.push({ path: c.path, blob: await stores.bucket.putBlob(c.bytes) });
      const fail = (line: number | null, error: { code: string; message: string; hint: string }) =>
        failed.push({
          file,
          line,
          code: error.code,
          message: error.message,
          hint: error.hint,
          raw_blob: blob.sha256,
        });
      let sources: Source[];
      try {
        sources = await readSources(bytes, file, choice, companions);
      } catch (error) {
        if (!isOpentracesError(error)) throw error;
        fail(null, error);
        continue;
      }
      for (const source of sources) {
        if (!source.ok) {
          fail(source.line, {
            code: source.code,
            message: `line ${source.line} (byte ${source.byteOffset}): ${source.message}`,
            hint: 'Fix or drop that line and import again; the other lines were imported and the raw bytes kept.',
          });
          continue;
        }
        try {
          const captured = await captureRecord(stores, source.result, {
            agent: source.agent,
            file,
            blob,
            ...(companionBlobs.length ? { companions: companionBlobs } : {}),
            ...(pricing ? { pricing } : {}),
            redactStrings,
          });
          imported.push({ ...captured, line: source.line });
        } catch (error) {
          if (!isOpentracesError(error)) throw error;
          fail(source.line, error);
        }
      }
    }
  } finally {
    await stores.close();
  }
  const count = (o: ImportedTrace['outcome']) => imported.filter((t) => t.outcome === o).length;
  yield {
    type: 'done',
    report: {
      imported,
      failed,
      totals: {
        files: files.length,
        created: count('created'),
        updated: count('updated'),
        unchanged: count('unchanged'),
        failed: failed.length,
        redactions: imported.reduce((sum, t) => sum + t.redactions, 0),
      },
    },
  };
}

/** Drains `importSessionsIter` and returns its report. */
export async function importSessions(ctx: OpentracesContext, options: ImportOptions): Promise<ImportReport> {
  for await (const event of importSessionsIter(ctx, options)) if (event.type === 'done') return event.report;
  throw new Error('unreachable: importSessionsIter ended without a report');
}

/**
 * The error to report when an import read nothing at all (every file or row failed), else undefined.
 * Partial imports are not errors: their failures are listed in the report.
 */
export function nothingImported(report: ImportReport): OpentracesError | undefined {
  if (report.imported.length > 0 || report.failed.length === 0) return undefined;
  const [first] = report.failed;
  return new OpentracesError({
    code: 'SDK_NOTHING_IMPORTED',
    kind: 'failure',
    message: `Nothing was imported: ${report.failed.length} failure(s), the first: ${first!.message}`,
    hint: first!.hint,
    data: { failed: report.failed.length },
  });
}
