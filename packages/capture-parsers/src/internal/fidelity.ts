import type { FidelityReport, ParseDiagnostic } from './contract.js';
import type { RawLine } from './split-lines.js';

/** Diagnostics kept per parse; past this, one `PARSE_DIAGNOSTICS_TRUNCATED` warning stands for the rest. */
export const MAX_DIAGNOSTICS = 1000;

/** Accumulates the counts of a `FidelityReport` while a parser walks the lines. */
export class FidelityCollector {
  private linesTotal = 0;
  private linesParsed = 0;
  private linesSkipped = 0;
  private readonly lineTypes = new Map<string, number>();
  private readonly unknownTypes = new Map<string, number>();
  private readonly diagnostics: ParseDiagnostic[] = [];
  private dropped = 0;
  private gluedLines = 0;
  /** Whether the current line has already been counted as parsed (a glued line holds several objects). */
  private lineCounted = false;

  constructor(private readonly file: string | null) {}

  /** Counts a line read from the input (call once per line, before `parsed`/`skipped`). */
  seen(): void {
    this.linesTotal++;
    this.lineCounted = false;
  }

  /** Marks the current line as holding several objects glued together. */
  glued(): void {
    this.gluedLines++;
  }

  /** Counts an object read from the current line, under its kind (`user`, `sidechain`, ...); the line is parsed once. */
  parsed(kind: string, known: boolean): void {
    if (!this.lineCounted) this.linesParsed++;
    this.lineCounted = true;
    bump(this.lineTypes, kind);
    if (!known) bump(this.unknownTypes, kind);
  }

  /** Counts a line that could not be used; with a diagnostic unless it was merely blank. */
  skipped(at: RawLine, problem?: { readonly code: string; readonly message: string }): void {
    this.linesSkipped++;
    if (problem) this.report('error', problem.code, problem.message, at);
  }

  report(severity: ParseDiagnostic['severity'], code: string, message: string, at: RawLine): void {
    if (this.diagnostics.length >= MAX_DIAGNOSTICS) {
      this.dropped++;
      return;
    }
    this.diagnostics.push(this.diagnostic(severity, code, message, at));
  }

  /** A diagnostic located in this input but not kept: for `finish(…, late)`, from a record builder. */
  diagnostic(
    severity: ParseDiagnostic['severity'],
    code: string,
    message: string,
    at: Pick<RawLine, 'line' | 'byteOffset'>,
  ): ParseDiagnostic {
    return { severity, code, message, file: this.file, line: at.line, byteOffset: at.byteOffset };
  }

  /**
   * The report so far; changes nothing, so it may be asked again after more lines. `late` are
   * diagnostics found when the record was built (they are not kept for the next report).
   */
  finish(toolCalls: number, toolCallsPaired: number, late: readonly ParseDiagnostic[] = []): FidelityReport {
    const room = Math.max(0, MAX_DIAGNOSTICS - this.diagnostics.length);
    const diagnostics = [...this.diagnostics, ...late.slice(0, room)];
    const dropped = this.dropped + Math.max(0, late.length - room);
    const last = diagnostics.at(-1);
    if (dropped > 0 && last) {
      diagnostics.push({
        ...last,
        severity: 'warning',
        code: 'PARSE_DIAGNOSTICS_TRUNCATED',
        message: `${dropped} more diagnostics were not kept (limit ${MAX_DIAGNOSTICS})`,
      });
    }
    return {
      lines_total: this.linesTotal,
      lines_parsed: this.linesParsed,
      lines_skipped: this.linesSkipped,
      line_types: sortedRecord(this.lineTypes),
      unknown_types: sortedRecord(this.unknownTypes),
      tool_calls: toolCalls,
      tool_calls_paired: toolCallsPaired,
      ...(this.gluedLines > 0 ? { glued_lines: this.gluedLines } : {}),
      diagnostics,
    };
  }
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function sortedRecord(map: Map<string, number>): Record<string, number> {
  return Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
