import { encodeUtf8, isOpentracesError } from '@opentraces/schema';
import { describe, expect, it } from 'vitest';
import { CORPUS, listJsonl, manifestAgents, present } from './__tests__/corpus.js';
import type { ParseResult, ParserSession, TraceParser } from './contract.js';
import { BUILTIN_PARSERS } from './registry.js';
import { openSession, resumeSession, stateMatches } from './session.js';

// Incremental parsing: any split of the bytes, with the carried state saved, cloned (as a hook
// storing it between runs would) and resumed at every split, yields the record of a whole parse.

/** Small deterministic PRNG, so a failing split can be replayed from the seed in the message. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Feeds `bytes` cut at `cuts`; at each cut asks for an interim result, saves the state, clones it
 * and resumes from it, re-reading the bytes after the saved offset (a partial line) like a caller
 * that reads the file from the stored offset.
 */
function parseInPieces(parser: TraceParser, bytes: Uint8Array, cuts: readonly number[], fileName: string) {
  let session: ParserSession = openSession(parser, { fileName });
  let fed = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    session.push(bytes.subarray(fed, cut));
    fed = cut;
    session.result({ contentHash: false });
    const state = structuredClone(session.save());
    expect(state.offset).toBeLessThanOrEqual(cut);
    expect(stateMatches(state, bytes.subarray(0, state.offset))).toBe(true);
    session = resumeSession(parser, state);
    fed = state.offset;
  }
  session.push(bytes.subarray(fed));
  return session.result({ end: true });
}

function expectSame(actual: ParseResult, expected: ParseResult, what: string): void {
  expect(actual.record, what).toEqual(expected.record);
  expect(actual.fidelity, what).toEqual(expected.fidelity);
}

const PARSERS = new Map(BUILTIN_PARSERS.map((p) => [p.agent, p]));
const MANIFEST_AGENT: Record<string, string> = {
  'claude-code': 'claude-code',
  codex: 'codex-cli',
  pi: 'pi',
  'copilot-cli': 'copilot-cli',
  'gemini-cli': 'gemini-cli',
};

describe('incremental parsing on hostile input', () => {
  const line = (o: object) => JSON.stringify(o);
  const text = [
    line({
      type: 'user',
      uuid: 'u1',
      sessionId: 's',
      timestamp: '2026-01-01T00:00:00Z',
      message: { role: 'user', content: 'héllo ✓ 😀' },
    }),
    `${line({ type: 'assistant', uuid: 'a1', parentUuid: 'u1', sessionId: 's', message: { id: 'm1', model: 'claude-x', content: [{ type: 'tool_use', id: 't1', name: 'Bash', input: { command: 'ls' } }], usage: { input_tokens: 3, output_tokens: 4 } } })}\r`,
    `${line({ type: 'progress', uuid: 'p1' })}${line({ type: 'progress', uuid: 'p2' })}`,
    '',
    '{"type":"user","message":{"content":"cut',
    line({
      type: 'user',
      uuid: 'u2',
      parentUuid: 'a1',
      sessionId: 's',
      message: { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: 'ok' }] },
    }),
    line({ type: 'mystery-line', uuid: 'x' }),
    line({
      type: 'assistant',
      uuid: 'a2',
      parentUuid: 'u2',
      sessionId: 's',
      message: { id: 'm2', model: 'claude-x', content: [{ type: 'text', text: 'done' }] },
    }),
  ].join('\n');
  const invalidUtf8 = Uint8Array.from([0xff, 0xfe, 0x0a]);
  const bytes = Uint8Array.from([
    ...encodeUtf8(text),
    0x0a,
    ...invalidUtf8,
    ...encodeUtf8(
      line({
        type: 'user',
        uuid: 'u3',
        sessionId: 's',
        message: { role: 'user', content: 'no final newline' },
      }),
    ),
  ]);

  it('every single cut point gives the whole-parse record (Claude Code)', () => {
    const parser = PARSERS.get('claude-code') as TraceParser;
    const whole = parser.parse({ bytes, fileName: 'hostile.jsonl' });
    expect(whole.fidelity.lines_skipped).toBeGreaterThan(0);
    expect(whole.fidelity.glued_lines).toBe(1);
    for (let cut = 0; cut <= bytes.length; cut++) {
      expectSame(parseInPieces(parser, bytes, [cut], 'hostile.jsonl'), whole, `cut at byte ${cut}`);
    }
  });

  it('byte-by-byte pushes give the whole-parse record', () => {
    const parser = PARSERS.get('claude-code') as TraceParser;
    const session = parser.open?.({ fileName: 'hostile.jsonl' }) as ParserSession;
    for (let i = 0; i < bytes.length; i++) session.push(bytes.subarray(i, i + 1));
    expectSame(
      session.result({ end: true }),
      parser.parse({ bytes, fileName: 'hostile.jsonl' }),
      'byte by byte',
    );
  });

  it('a caller may reuse its read buffer between pushes (a Node Buffer, whose slice is a view)', () => {
    for (const parser of BUILTIN_PARSERS) {
      const session = openSession(parser, { fileName: 'hostile.jsonl' });
      const buffer = Buffer.alloc(7);
      for (let at = 0; at < bytes.length; at += buffer.length) {
        const n = Math.min(buffer.length, bytes.length - at);
        buffer.set(bytes.subarray(at, at + n));
        session.push(buffer.subarray(0, n));
        buffer.fill(0x21);
      }
      expectSame(
        session.result({ end: true }),
        parser.parse({ bytes, fileName: 'hostile.jsonl' }),
        parser.agent,
      );
    }
  });

  it('the offset stops before a partial last line until the input ends', () => {
    const parser = PARSERS.get('claude-code') as TraceParser;
    const session = parser.open?.() as ParserSession;
    session.push(bytes);
    const lastNewline = bytes.lastIndexOf(0x0a) + 1;
    expect(session.offset).toBe(lastNewline);
    const interim = session.result();
    expect(interim.record.steps.map((s) => s.content)).not.toContain('no final newline');
    const final = session.result({ end: true });
    expect(final.record.steps.at(-1)?.content).toBe('no final newline');
    expect(() => session.push(bytes)).toThrowError(/ended/);
  });

  it('refuses the state of another parser or version with PARSE_STATE_MISMATCH', () => {
    const claude = PARSERS.get('claude-code') as TraceParser;
    const codex = PARSERS.get('codex-cli') as TraceParser;
    const session = claude.open?.() as ParserSession;
    session.push(bytes);
    const state = session.save();
    for (const attempt of [() => codex.resume?.(state), () => claude.resume?.({ ...state, version: 999 })]) {
      try {
        attempt();
        expect.unreachable('resume should throw');
      } catch (error) {
        expect(isOpentracesError(error) && error.code).toBe('PARSE_STATE_MISMATCH');
      }
    }
  });

  it('stateMatches tells a grown file from a rewritten one', () => {
    const parser = PARSERS.get('claude-code') as TraceParser;
    const session = parser.open?.() as ParserSession;
    session.push(bytes);
    const state = session.save();
    const grown = Uint8Array.from([...bytes, ...encodeUtf8('{"type":"user"}\n')]);
    expect(stateMatches(state, grown.subarray(0, state.offset))).toBe(true);
    const rewritten = grown.slice();
    rewritten[state.offset - 3] = 0x20;
    expect(stateMatches(state, rewritten.subarray(0, state.offset))).toBe(false);
    expect(stateMatches(state, grown.subarray(0, 10))).toBe(false);
  });
});

describe.runIf(present)('incremental parsing on the corpus (random split points)', () => {
  const agents = present ? manifestAgents() : new Map<string, string>();
  const files = (present ? listJsonl(CORPUS) : [])
    .map((path) => ({ path, agent: MANIFEST_AGENT[agents.get(path.slice(CORPUS.length + 1)) ?? ''] }))
    .filter((f): f is { path: string; agent: string } => f.agent !== undefined);

  it('covers every agent of the corpus', () => {
    expect(new Set(files.map((f) => f.agent))).toEqual(new Set(BUILTIN_PARSERS.map((p) => p.agent)));
  });

  for (const { path, agent } of files) {
    const name = path.slice(CORPUS.length + 1);
    it(`${agent}: ${name}`, async () => {
      const { readFileSync } = await import('node:fs');
      const bytes = new Uint8Array(readFileSync(path));
      const parser = PARSERS.get(agent) as TraceParser;
      const whole = parser.parse({ bytes, fileName: name });
      const seed = [...name].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261);
      const next = random(seed);
      const cuts = Array.from({ length: 3 }, () => Math.floor(next() * (bytes.length + 1)));
      expectSame(parseInPieces(parser, bytes, cuts, name), whole, `seed ${seed}, cuts ${cuts.join(',')}`);
    });
  }
});
