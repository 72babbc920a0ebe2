import { OpentracesError } from '@opentraces/schema';
import type {
  CompanionFile,
  OpenOptions,
  ParseInput,
  ParseResult,
  ParserSession,
  ParserState,
  ResultOptions,
  TraceParser,
} from './contract.js';
import type { JsonObject } from './decode-line.js';
import type { FidelityCollector } from './fidelity.js';
import { readJsonLine } from './json-lines.js';
import { type FeederPosition, LineFeeder } from './line-feeder.js';
import type { FinishOptions } from './record-parts.js';
import type { RawLine } from './split-lines.js';

/** Bumped whenever the carried state of any built-in parser changes shape. */
export const PARSER_STATE_VERSION = 2;

/** What the record builder of a line parser gets besides its own state. */
export interface BuildContext extends FinishOptions {
  readonly contentHash: boolean;
  readonly companions: readonly CompanionFile[];
}

/**
 * The per-agent part of a JSONL parser: its state and two functions. Everything it holds must be
 * structured-cloneable data or instances of its own classes (which `revive` re-attaches).
 */
export interface LineParserCore {
  readonly fidelity: FidelityCollector;
  /** One decoded JSON object of a line (a glued line gives several). */
  line(value: JsonObject, raw: RawLine): void;
  /** The result for the lines read so far. Must not change the state: more lines may follow. */
  build(context: BuildContext): ParseResult;
}

export interface LineParserSpec {
  readonly agent: string;
  readonly formats: readonly string[];
  detect(sample: string): boolean;
  /** A fresh core for a new input. */
  create(fileName: string | null): LineParserCore;
  /** Re-attaches the classes of a core that went through `structuredClone`/`v8.serialize`. */
  revive(data: LineParserCore): LineParserCore;
}

interface LineParserState extends ParserState {
  readonly fileName: string | null;
  readonly position: FeederPosition;
  readonly core: LineParserCore;
}

/**
 * A TraceParser for a JSONL format from its core: `parse` is `open` + `push` + `result({ end })`,
 * so a whole-file parse and one fed in pieces run the same code.
 */
export function defineLineParser(spec: LineParserSpec): TraceParser {
  const open = (options?: OpenOptions): ParserSession =>
    new LineSession(spec, options?.fileName ?? null, spec.create(options?.fileName ?? null));
  return Object.freeze({
    agent: spec.agent,
    formats: Object.freeze([...spec.formats]),
    detect: (sample: string) => spec.detect(sample),
    parse(input: ParseInput): ParseResult {
      const session = open(input.fileName === undefined ? {} : { fileName: input.fileName });
      session.push(input.bytes);
      return session.result({
        end: true,
        contentHash: input.contentHash !== false,
        ...(input.companions === undefined ? {} : { companions: input.companions }),
      });
    },
    open,
    resume(state: ParserState): ParserSession {
      checkState(spec.agent, state);
      const saved = state as LineParserState;
      return new LineSession(spec, saved.fileName, spec.revive(saved.core), saved.position);
    },
  });
}

class LineSession implements ParserSession {
  private readonly feeder: LineFeeder;
  private ended = false;
  private readonly visitLine = (raw: RawLine): void => {
    readJsonLine(raw, this.core.fidelity, (value, at) => this.core.line(value, at));
  };

  constructor(
    private readonly spec: LineParserSpec,
    private readonly fileName: string | null,
    private readonly core: LineParserCore,
    position?: FeederPosition,
  ) {
    this.feeder = new LineFeeder(position);
  }

  get offset(): number {
    return this.feeder.position.offset;
  }

  push(bytes: Uint8Array): void {
    if (this.ended) throw endedError(this.fileName);
    this.feeder.push(bytes, this.visitLine);
  }

  result(options?: ResultOptions): ParseResult {
    if (options?.end === true && !this.ended) {
      this.feeder.end(this.visitLine);
      this.ended = true;
    }
    return this.core.build({
      fileName: this.fileName,
      firstLine: this.feeder.position.firstLine ?? new Uint8Array(0),
      contentHash: options?.contentHash !== false,
      companions: options?.companions ?? [],
    });
  }

  save(): ParserState {
    const position = this.feeder.position;
    const state: LineParserState = {
      kind: 'opentraces.parser-state',
      version: PARSER_STATE_VERSION,
      agent: this.spec.agent,
      offset: position.offset,
      tail: position.tail,
      fileName: this.fileName,
      position,
      core: this.core,
    };
    return state;
  }
}

/**
 * A session for a parser without `open` (or a format that must be read whole): keeps every byte
 * and parses them all for each result. Correct for any parser, but O(input) per result.
 */
export class BufferedSession implements ParserSession {
  private readonly chunks: Uint8Array[] = [];
  private length = 0;
  private consumed = 0;

  constructor(
    private readonly parser: Pick<TraceParser, 'agent' | 'parse'>,
    private readonly fileName: string | null,
    initial?: Uint8Array,
  ) {
    if (initial) this.push(initial);
  }

  get offset(): number {
    return this.consumed;
  }

  push(bytes: Uint8Array): void {
    const newline = bytes.lastIndexOf(0x0a);
    if (newline !== -1) this.consumed = this.length + newline + 1;
    this.chunks.push(new Uint8Array(bytes));
    this.length += bytes.length;
  }

  result(options?: ResultOptions): ParseResult {
    const all = this.bytes();
    return this.parser.parse({
      bytes: options?.end === true ? all : all.subarray(0, this.consumed),
      ...(this.fileName === null ? {} : { fileName: this.fileName }),
      contentHash: options?.contentHash !== false,
      ...(options?.companions === undefined ? {} : { companions: options.companions }),
    });
  }

  save(): ParserState & { readonly bytes: Uint8Array; readonly fileName: string | null } {
    const all = this.bytes();
    return {
      kind: 'opentraces.parser-state',
      version: PARSER_STATE_VERSION,
      agent: this.parser.agent,
      offset: this.consumed,
      tail: new Uint8Array(all.subarray(Math.max(0, this.consumed - 64), this.consumed)),
      bytes: new Uint8Array(all.subarray(0, this.consumed)),
      fileName: this.fileName,
    };
  }

  /** Joins the chunks once and keeps the join, so repeated results don't copy again. */
  private bytes(): Uint8Array {
    if (this.chunks.length === 1) return this.chunks[0] as Uint8Array;
    const whole = new Uint8Array(this.length);
    let at = 0;
    for (const chunk of this.chunks) {
      whole.set(chunk, at);
      at += chunk.length;
    }
    this.chunks.splice(0, this.chunks.length, whole);
    return whole;
  }
}

/** Re-attaches a class to an object that lost its prototype in `structuredClone`/`v8.serialize`. */
export function reviveAs<T extends object>(data: unknown, type: { readonly prototype: T }): T {
  return Object.setPrototypeOf(data, type.prototype) as T;
}

/** Resumes a `BufferedSession` state (used by parsers whose format must be read whole). */
export function resumeBuffered(
  parser: Pick<TraceParser, 'agent' | 'parse'>,
  state: ParserState,
): BufferedSession {
  checkState(parser.agent, state);
  const saved = state as ParserState & { bytes?: unknown; fileName?: unknown };
  if (!(saved.bytes instanceof Uint8Array)) throw mismatch(parser.agent, state, 'it holds no buffered bytes');
  return new BufferedSession(parser, typeof saved.fileName === 'string' ? saved.fileName : null, saved.bytes);
}

/**
 * Starts a parse fed in pieces with any parser: its own `open`, else a `BufferedSession`.
 */
export function openSession(parser: TraceParser, options?: OpenOptions): ParserSession {
  if (parser.open) return parser.open(options);
  return new BufferedSession(parser, options?.fileName ?? null);
}

/**
 * Continues a saved parse with any parser: its own `resume`, else a `BufferedSession`.
 * Throws `PARSE_STATE_MISMATCH` (kind `conflict`) when the state is for another parser or version:
 * the caller then parses the file again from the start.
 */
export function resumeSession(parser: TraceParser, state: ParserState): ParserSession {
  if (parser.resume) return parser.resume(state);
  return resumeBuffered(parser, state);
}

/**
 * Whether `before` (the file's bytes that end at `state.offset`, at least `state.tail.length` of
 * them) still match what the state read there. False means the file was rewritten or truncated.
 */
export function stateMatches(state: ParserState, before: Uint8Array): boolean {
  const { tail } = state;
  if (before.length < tail.length) return false;
  const from = before.length - tail.length;
  for (let i = 0; i < tail.length; i++) if (before[from + i] !== tail[i]) return false;
  return true;
}

function checkState(agent: string, state: ParserState): void {
  if (state?.kind !== 'opentraces.parser-state') throw mismatch(agent, state, 'it is not a parser state');
  if (state.agent !== agent) throw mismatch(agent, state, `it was saved by the ${state.agent} parser`);
  if (state.version !== PARSER_STATE_VERSION)
    throw mismatch(
      agent,
      state,
      `it has version ${state.version}, this parser reads ${PARSER_STATE_VERSION}`,
    );
}

function mismatch(agent: string, state: ParserState, why: string): OpentracesError {
  return new OpentracesError({
    code: 'PARSE_STATE_MISMATCH',
    kind: 'conflict',
    message: `Cannot resume the ${agent} parse from this saved state: ${why}.`,
    hint: 'Parse the file again from the start (byte offset 0); the saved state is only a shortcut.',
    data: { agent, state_agent: state?.agent ?? null, state_version: state?.version ?? null },
  });
}

function endedError(fileName: string | null): OpentracesError {
  return new OpentracesError({
    code: 'PARSE_SESSION_ENDED',
    kind: 'usage',
    message: `Cannot push more bytes${fileName ? ` of ${fileName}` : ''}: the parse was ended with result({ end: true }).`,
    hint: 'Open a new session, or call result() without end while the input may still grow.',
    data: { file: fileName },
  });
}
