// One measured run of `parse-stream`, in its own process so that its peak RSS is its own.
//   node stream-child.js <mode> <file> <chunkBytes>
// modes: read (the chunk loop alone: the RSS floor), json (the loop + JSON.parse of every line),
// parser (the loop pushing into claudeCodeParser.open(), then result({ end: true })),
// analysis (parser, with --expose-gc: what the session state and the record retain).
// Prints one JSON object on stdout.
import { closeSync, openSync, readSync } from 'node:fs';

const [mode, path, chunkArg] = process.argv.slice(2);
const chunk = Buffer.allocUnsafe(Number(chunkArg));
const MB = 1e6;

/**
 * Reads the file in `chunk`-sized pieces into the one reused buffer; returns bytes read. Pieces are
 * plain Uint8Array views (what `ParserSession.push` takes), not Buffers.
 */
function readAll(onChunk) {
  const fd = openSync(path, 'r');
  let total = 0;
  try {
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      onChunk(new Uint8Array(chunk.buffer, chunk.byteOffset, n));
      total += n;
    }
  } finally {
    closeSync(fd);
  }
  return total;
}

const maxRssMb = () => process.resourceUsage().maxRSS / 1024; // maxRSS is in KiB
const mem = () => {
  const m = process.memoryUsage();
  return {
    rss_mb: round(m.rss / MB),
    heap_used_mb: round(m.heapUsed / MB),
    external_mb: round(m.external / MB),
    array_buffers_mb: round(m.arrayBuffers / MB),
  };
};
const round = (x) => Math.round(x * 10) / 10;
const now = () => Number(process.hrtime.bigint()) / 1e6;

/** The record's size without building one string of it (it may exceed V8's string limit). */
function recordSize(record) {
  let bytes = Buffer.byteLength(JSON.stringify({ ...record, steps: [] }));
  for (const step of record.steps) bytes += Buffer.byteLength(JSON.stringify(step)) + 1;
  return { steps: record.steps.length, json_mb: round(bytes / MB) };
}

const WIDE = /[\u0100-\uffff]/;

/**
 * Characters of the record's strings by where they sit (what the record retains), and an estimate
 * of their heap size: V8 keeps a string with any character from U+0100 up at two bytes a character.
 */
function recordStrings(record) {
  const chars = {
    step_content: 0,
    reasoning: 0,
    observations: 0,
    tool_inputs: 0,
    structured_patches: 0,
    other: 0,
  };
  let strings = 0;
  let wideChars = 0;
  let heapBytes = 0;
  const walk = (value, into) => {
    if (typeof value === 'string') {
      chars[into] += value.length;
      const wide = WIDE.test(value);
      strings++;
      if (wide) wideChars += value.length;
      heapBytes += 16 + Math.ceil((value.length * (wide ? 2 : 1)) / 8) * 8;
    } else if (Array.isArray(value)) for (const v of value) walk(v, into);
    else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) walk(v, into);
  };
  for (const step of record.steps) {
    for (const [key, value] of Object.entries(step)) {
      if (key === 'content') walk(value, 'step_content');
      else if (key === 'reasoning_content') walk(value, 'reasoning');
      else if (key === 'tool_calls') for (const call of value) walk(call.input, 'tool_inputs');
      else if (key === 'observations') {
        for (const o of value) {
          const { structured_patch, ...rest } = o;
          walk(rest, 'observations');
          walk(structured_patch, 'structured_patches');
        }
      } else walk(value, 'other');
    }
  }
  walk({ ...record, steps: [] }, 'other');
  return {
    mchars: Object.fromEntries(Object.entries(chars).map(([k, v]) => [k, round(v / MB)])),
    strings,
    two_byte_mchars: round(wideChars / MB),
    string_heap_mb_estimate: round(heapBytes / MB),
  };
}

/**
 * Heap after a full GC at each point: H0 nothing, H1 the session after every push, H2 session and
 * record, H3 the record alone. State alone = H1-H0; record alone = H3-H0; shared = H1+H3-H2-H0.
 * The objects live in `held` only, so that dropping them there really releases them.
 */
async function analysis(parser) {
  const { serialize } = await import('node:v8');
  // A turn of the event loop first: v8.serialize keeps what it wrote alive until then.
  const gcMem = async () => {
    await new Promise((resolve) => setImmediate(resolve));
    globalThis.gc();
    globalThis.gc();
    return mem();
  };
  const held = {};
  const h0 = await gcMem();
  held.session = parser.open({ fileName: path });
  readAll((piece) => held.session.push(piece));
  const h1 = await gcMem();
  let serializedStateMb;
  try {
    serializedStateMb = round(serialize(held.session.save()).length / MB);
  } catch (error) {
    serializedStateMb = `failed: ${String(error).slice(0, 120)}`;
  }
  held.record = held.session.result({ end: true, contentHash: false }).record;
  const h2 = await gcMem();
  held.session = null;
  const h3 = await gcMem();
  const strings = recordStrings(held.record);
  const size = recordSize(held.record);
  held.record = null;
  const h4 = await gcMem();
  const d = (a, b) => round(a.heap_used_mb + a.external_mb - b.heap_used_mb - b.external_mb);
  return {
    heap: { nothing: h0, session: h1, session_and_record: h2, record: h3, released: h4 },
    retained_mb: {
      session_state: d(h1, h0),
      record: d(h3, h0),
      shared_by_both: round(d(h1, h0) + d(h3, h0) - d(h2, h0)),
      session_and_record: d(h2, h0),
      not_released: d(h4, h0),
    },
    serialized_state_mb: serializedStateMb,
    record_strings: strings,
    record: size,
  };
}

async function main() {
  if (mode === 'read') {
    const start = now();
    const bytes = readAll(() => {});
    return { ms: now() - start, bytes, max_rss_mb: maxRssMb(), end: mem() };
  }
  if (mode === 'json') {
    let carry = null;
    let lines = 0;
    let malformed = 0;
    const start = now();
    const bytes = readAll((piece) => {
      const data = carry
        ? Buffer.concat([carry, piece])
        : Buffer.from(piece.buffer, piece.byteOffset, piece.length);
      let at = 0;
      for (let nl = data.indexOf(10, at); nl !== -1; nl = data.indexOf(10, at)) {
        if (nl > at) {
          lines++;
          try {
            JSON.parse(data.toString('utf8', at, nl));
          } catch {
            malformed++;
          }
        }
        at = nl + 1;
      }
      // The chunk buffer is reused: copy the partial line.
      carry = at < data.length ? Buffer.from(data.subarray(at)) : null;
    });
    if (carry) lines++;
    return { ms: now() - start, bytes, lines, malformed, max_rss_mb: maxRssMb(), end: mem() };
  }
  const { claudeCodeParser } = await import('@opentraces/capture-parsers');
  if (mode === 'parser') {
    const start = now();
    const session = claudeCodeParser.open({ fileName: path });
    const bytes = readAll((piece) => session.push(piece));
    const pushed = { ms: now() - start, max_rss_mb: maxRssMb(), mem: mem() };
    const { record, fidelity } = session.result({ end: true, contentHash: false });
    const ms = now() - start;
    const peak = maxRssMb();
    const end = mem();
    return {
      ms,
      bytes,
      max_rss_mb: peak,
      after_push: pushed,
      end,
      record: recordSize(record),
      fidelity: {
        lines_total: fidelity.lines_total,
        lines_parsed: fidelity.lines_parsed,
        tool_calls: fidelity.tool_calls,
        tool_calls_paired: fidelity.tool_calls_paired,
        diagnostics: fidelity.diagnostics.length,
      },
    };
  }
  if (mode === 'analysis') return analysis(claudeCodeParser);
  throw new Error(`unknown mode ${mode}`);
}

process.stdout.write(`${JSON.stringify(await main())}\n`);
