import { readFileSync } from 'node:fs';
import type { FidelityReport, TraceParser } from '@opentraces/capture-parsers';
import type { TraceRecord } from '@opentraces/schema/core';
import { expandSessionPaths } from './internal/files.js';

export interface ParsedFile {
  readonly agent: string;
  readonly record: TraceRecord;
  readonly fidelity: FidelityReport;
}

/**
 * Parses one transcript without storing anything (for inspection and debugging): the same parse,
 * enrichment and security floor as capture, so what it prints is what capture would keep.
 */
export async function parseFile(options: {
  readonly path: string;
  readonly agent?: string;
  readonly parsers?: readonly TraceParser[];
}): Promise<ParsedFile> {
  const { readSources, prepareRecord } = await import('./internal/capture.js');
  const bytes = readFileSync(options.path);
  const [session] = expandSessionPaths([options.path]);
  const companions = (session?.companions ?? []).map((c) => ({
    path: c.relative,
    bytes: readFileSync(c.path),
  }));
  const choice = {
    ...(options.parsers ? { extra: options.parsers } : {}),
    ...(options.agent ? { agent: options.agent } : {}),
  };
  const [source] = await readSources(bytes, options.path, choice, companions);
  if (!source?.ok) {
    const { OpentracesError } = await import('@opentraces/schema/core');
    throw new OpentracesError({
      code: 'SDK_PARSE_FAILED',
      kind: 'usage',
      message: source
        ? `${options.path} line ${source.line}: ${source.message}`
        : `${options.path} holds no record.`,
      hint: 'Use `opentraces trace import --report` to see every problem of a file of records.',
    });
  }
  return {
    agent: source.agent,
    record: prepareRecord(source.result.record, options.path).value,
    fidelity: source.result.fidelity,
  };
}
