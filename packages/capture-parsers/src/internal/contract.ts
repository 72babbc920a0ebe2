import type { TraceRecord } from '@opentraces/schema';

/** One located problem found while parsing. Never carries transcript content (it may hold secrets). */
export interface ParseDiagnostic {
  readonly severity: 'warning' | 'error';
  /** Permanent code, e.g. `PARSE_MALFORMED_LINE`. */
  readonly code: string;
  readonly message: string;
  /** The file name the caller passed in `ParseInput.fileName`, or null. */
  readonly file: string | null;
  /** 1-based line number. */
  readonly line: number;
  /** Byte offset of the start of the line in the input. */
  readonly byteOffset: number;
}

/** What a parse read, kept and skipped: the evidence that nothing was silently lost. */
export interface FidelityReport {
  /** Every line of the input, blank ones included (a last line without `\n` counts). */
  readonly lines_total: number;
  /** Lines that decoded to a JSON object. */
  readonly lines_parsed: number;
  /** Lines that did not (malformed, invalid UTF-8, not an object, blank). */
  readonly lines_skipped: number;
  /**
   * Parsed objects by kind. They add up to `lines_parsed`, plus one per extra object on a glued line
   * (two or more JSON objects written on one line, all kept; see `glued_lines`).
   */
  readonly line_types: Readonly<Record<string, number>>;
  /** The subset of `line_types` the parser does not know. */
  readonly unknown_types: Readonly<Record<string, number>>;
  /** Lines that held several JSON objects glued together (each object was parsed). */
  readonly glued_lines?: number;
  /** Sub-agent transcripts given as companions and attached to the call that spawned them. */
  readonly subagents_linked?: number;
  /** Sub-agent transcripts given as companions whose spawning call was not found (counted, kept apart). */
  readonly subagents_unlinked?: number;
  /** Tool calls on the main spine. */
  readonly tool_calls: number;
  /** Tool calls that received at least one result. */
  readonly tool_calls_paired: number;
  readonly diagnostics: readonly ParseDiagnostic[];
}

/**
 * Another file of the same session, read by the caller (parsers never touch the filesystem): a
 * Claude Code sub-agent transcript or a tool output saved apart from the transcript.
 */
export interface CompanionFile {
  /**
   * Path relative to the session's folder (`<dir>/<session-id>/` beside `<dir>/<session-id>.jsonl`),
   * `/`-separated: `subagents/agent-<id>.jsonl`, `tool-results/<id>.txt`; a 2.0.x sidechain file
   * beside the session is `../agent-<id>.jsonl`.
   */
  readonly path: string;
  readonly bytes: Uint8Array;
}

export interface ParseInput {
  readonly bytes: Uint8Array;
  /** Used in diagnostics and as the session id of last resort; never part of the record's content. */
  readonly fileName?: string;
  /**
   * Compute `record.content_hash` (default true). A pipeline that changes the record afterwards and
   * hashes it again (capture sanitizes, then hashes) passes false and saves about a third of the time.
   */
  readonly contentHash?: boolean;
  /** Other files of the session (sub-agent transcripts, saved tool outputs); parsers that know none ignore them. */
  readonly companions?: readonly CompanionFile[];
}

export interface ParseResult {
  readonly record: TraceRecord;
  readonly fidelity: FidelityReport;
}

/** Options of `TraceParser.open`. */
export interface OpenOptions {
  /** Used in diagnostics and as the session id of last resort; never part of the record's content. */
  readonly fileName?: string;
}

/** Options of `ParserSession.result`. */
export interface ResultOptions {
  /**
   * The input is complete: a last line without `\n` is read too, and the session is closed (no more
   * `push`). Without it that line is a write in progress: it waits, and `offset` stops before it.
   */
  readonly end?: boolean;
  /** Compute `record.content_hash` (default true); see `ParseInput.contentHash`. */
  readonly contentHash?: boolean;
  /** See `ParseInput.companions` (read again by the caller for each result: they grow too). */
  readonly companions?: readonly CompanionFile[];
}

/**
 * The carried state of a parse, from `ParserSession.save()`. Structured-cloneable (`structuredClone`,
 * `v8.serialize`): Maps, Sets and shared references survive. Opaque apart from the fields below.
 */
export interface ParserState {
  readonly kind: 'opentraces.parser-state';
  /** Bumped when the shape of the carried state changes; `resume` refuses other versions. */
  readonly version: number;
  /** `TraceParser.agent` of the parser that saved it. */
  readonly agent: string;
  /** Bytes of the input read as complete lines: resume reading the file here. */
  readonly offset: number;
  /**
   * Up to the last 64 bytes before `offset`. A caller resuming from a file compares them with the
   * file's bytes before `offset` (`stateMatches`): different bytes mean the file was rewritten, so
   * parse it again from the start.
   */
  readonly tail: Uint8Array;
}

/**
 * A parse fed in pieces: the file as it grows (capture) or in chunks (a 1 GB file in bounded
 * memory). Any split of the bytes yields the same record as `parse` of the whole.
 */
export interface ParserSession {
  /** Bytes consumed as complete lines (where a resumed parse continues reading). */
  readonly offset: number;
  /** Feeds the next bytes. Complete lines are read now; a trailing partial line waits for the rest. */
  push(bytes: Uint8Array): void;
  /**
   * The record of everything read so far; costs O(record), not O(input). The record may share
   * objects with the session's state: treat it as read-only, or clone it before changing it, when
   * the session is used again.
   */
  result(options?: ResultOptions): ParseResult;
  /**
   * The carried state (excluding a trailing partial line, which is re-read from `offset`). It shares
   * the session's objects: serialize or clone it before pushing more.
   */
  save(): ParserState;
}

/** The contract every parser (built in or from another package) implements. */
export interface TraceParser {
  /** Agent name written to `record.agent.name`, e.g. `claude-code`. */
  readonly agent: string;
  /** Format ids this parser reads, e.g. `claude-code-jsonl`. */
  readonly formats: readonly string[];
  /** Decides from content (the first few KB of the file), never from the file name. */
  detect(sample: string): boolean;
  /** Never throws on bad input: problems become diagnostics in the fidelity report. */
  parse(input: ParseInput): ParseResult;
  /**
   * Starts a parse fed in pieces. Optional for parsers from other packages: `openSession` falls back
   * to buffering the input and calling `parse` (correct, but O(input) per result).
   */
  open?(options?: OpenOptions): ParserSession;
  /** Continues a parse from `save()`d state; throws `PARSE_STATE_MISMATCH` for another parser or version. */
  resume?(state: ParserState): ParserSession;
}
