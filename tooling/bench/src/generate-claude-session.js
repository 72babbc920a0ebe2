// A deterministic, arbitrarily large Claude Code 2.1.x session, built by replaying real turns.
//
// The line shapes come from the real transcripts in ../shared/corpus (read at run time, never
// copied into the repository; the three sample sessions in fixtures/ when the corpus is absent):
// every main Claude Code 2.1.x transcript is cut into turns (a typed prompt and every line up to the
// next one: assistant lines sharing a message.id with their repeated usage, thinking, tool_use and
// tool_result pairs, progress noise, hook and system lines, file-history snapshots) and the turns
// are replayed file after file, in a seeded order, until the size is reached. Each replayed line
// keeps its real bytes except the identities: uuids, parentUuid (kept inside a turn, the first line
// of a turn hangs under the previous turn's last line), message/request/tool ids (fresh per turn,
// consistent inside it), timestamps (one increasing clock), and sessionId/cwd/gitBranch/version/
// slug (one session). The result is one coherent conversation of any size.
//
// Files are streamed to os.tmpdir() and cached by seed, size and the source set (a `.json` sidecar
// holds the size and the state needed to continue the chain); `moreTurns` continues it with
// "one more turn" (prompt, one tool call with its result, final answer) as fresh bytes.
//
// CLI: node tooling/bench/src/generate-claude-session.js --mb 100 [--seed 1]  (prints the path)

import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bump when the output for a given seed and source set changes (invalidates cached files). */
const GENERATOR_VERSION = 1;
const FLUSH_BYTES = 4 << 20;
const FILE_PREFIX = 'opentraces-bench-claude-';

// ---------------------------------------------------------------- sources

function walkJsonl(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walkJsonl(p, out);
    else if (e.name.endsWith('.jsonl')) out.push(p);
  }
  return out;
}

const VERSION_21 = /"version":"2\.1\.\d+"/;
const SESSION_ID = /"sessionId":"([^"]+)"/;

/**
 * Main Claude Code transcripts to learn from: 2.1.x files of ../shared/corpus (sub-agent files and
 * shorter checkpoints of the same session left out), else the fixture sessions.
 */
export function sourceTranscripts(root) {
  const corpus = join(root, '..', 'shared', 'corpus');
  if (existsSync(corpus)) {
    const bySession = new Map();
    for (const path of walkJsonl(corpus)) {
      if (path.includes('/subagents/') || basename(path).startsWith('agent-')) continue;
      const head = readFileSync(path)
        .subarray(0, 64 * 1024)
        .toString('utf8');
      if (!VERSION_21.test(head) || !head.includes('"parentUuid"')) continue;
      const session = SESSION_ID.exec(head)?.[1] ?? path;
      const size = statSync(path).size;
      // Checkpoints of one session are byte prefixes of each other: keep the longest.
      const seen = bySession.get(session);
      if (!seen || seen.size < size) bySession.set(session, { path, size });
    }
    const files = [...bySession.values()].map((f) => f.path).sort();
    if (files.length > 0) return { kind: 'corpus', dir: corpus, files };
  }
  const dir = join(root, 'fixtures', 'sessions', 'claude-code');
  return { kind: 'fixtures', dir, files: walkJsonl(dir).sort() };
}

// ---------------------------------------------------------------- harvesting turns

/** A user line the person typed (not a tool result, meta caveat or compaction summary). */
function isPrompt(o) {
  if (o.type !== 'user' || o.isMeta === true || o.isCompactSummary === true) return false;
  const content = o.message?.content;
  if (typeof content === 'string') return content.trim() !== '';
  return (
    Array.isArray(content) &&
    content.some((b) => b?.type === 'text') &&
    !content.some((b) => b?.type === 'tool_result')
  );
}

function blocks(o) {
  const c = o.message?.content;
  return Array.isArray(c) ? c : [];
}

/**
 * One source file as a preamble (lines before the first prompt) and turns. Lines of sub-agents in
 * the main file and compaction lines are left out: compaction restarts the chain at a null parent,
 * and a benchmark of the full record must not be shortened by it.
 */
function harvest(path) {
  const text = readFileSync(path, 'utf8');
  const preamble = [];
  const turns = [];
  let current = null;
  let lastTs = Number.NaN;
  for (const raw of text.split('\n')) {
    if (raw.trim() === '') continue;
    let o;
    try {
      o = JSON.parse(raw);
    } catch {
      continue;
    }
    if (o === null || typeof o !== 'object' || Array.isArray(o)) continue;
    if (o.isSidechain === true || o.subtype === 'compact_boundary' || o.isCompactSummary === true) continue;
    const ts = Date.parse(o.timestamp ?? o.snapshot?.timestamp ?? '');
    // Real pacing inside a turn, bounded so that long idle gaps do not dominate the clock.
    const dt =
      Number.isFinite(ts) && Number.isFinite(lastTs) ? Math.min(60_000, Math.max(1, ts - lastTs)) : 40;
    if (Number.isFinite(ts)) lastTs = ts;
    const line = { text: raw, uuid: typeof o.uuid === 'string' ? o.uuid : null, dt };
    if (isPrompt(o)) {
      current = {
        lines: [line],
        toolUses: 0,
        toolResults: 0,
        agentLines: 0,
        lastAnswerIsText: false,
        chars: 0,
      };
      turns.push(current);
    } else if (current) current.lines.push(line);
    else preamble.push(line);
    if (current) {
      current.chars += raw.length;
      if (o.type === 'assistant') {
        const b = blocks(o);
        const uses = b.filter((x) => x?.type === 'tool_use').length;
        current.toolUses += uses;
        if (uses > 0) current.lastAnswerIsText = false;
        else if (b.some((x) => x?.type === 'text')) current.lastAnswerIsText = true;
      } else if (o.type === 'user') {
        current.toolResults += blocks(o).filter((x) => x?.type === 'tool_result').length;
      } else if (o.type === 'progress' && o.data?.type === 'agent_progress') current.agentLines++;
    }
  }
  return { preamble, turns };
}

/** The turns of every source file, in file order. Holds the source text: drop it after use. */
export function loadTurnPool(root) {
  const source = sourceTranscripts(root);
  const files = source.files.map((path) => ({ name: relative(source.dir, path), ...harvest(path) }));
  const usable = files.filter((f) => f.turns.length > 0);
  if (usable.length === 0) throw new Error(`no Claude Code turns found under ${source.dir}`);
  // "One more turn": a prompt, exactly one tool call answered, then a text answer (small ones).
  const simple = usable.flatMap((f) =>
    f.turns.filter(
      (t) =>
        t.toolUses === 1 &&
        t.toolResults === 1 &&
        t.lastAnswerIsText &&
        t.agentLines === 0 &&
        t.chars < 200_000,
    ),
  );
  const fingerprint = createHash('sha256')
    .update(
      JSON.stringify([
        GENERATOR_VERSION,
        source.kind,
        source.files.map((p) => [relative(source.dir, p), statSync(p).size]),
      ]),
    )
    .digest('hex')
    .slice(0, 10);
  return { kind: source.kind, files: usable, simple, fingerprint };
}

// ---------------------------------------------------------------- deterministic identities

/** A bijective 32-bit mix (murmur3 finalizer): distinct counters give distinct words. */
function mix32(x) {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
function base62(word, width) {
  let s = '';
  let n = word;
  for (let i = 0; i < width; i++) {
    s += B62[n % 62];
    n = Math.floor(n / 62);
  }
  return s;
}
const hex8 = (w) => w.toString(16).padStart(8, '0');

/** Four words for id number `n`; the first is a bijection of `n`, so ids never repeat. */
function words(n, seed) {
  return [mix32(n ^ seed), mix32(n + 0x9e3779b9 + seed), mix32(n ^ 0x7f4a7c15 ^ seed), mix32(n * 3 + seed)];
}

function freshId(kind, n, seed) {
  const [a, b, c, d] = words(n, seed);
  if (kind === 'uuid') {
    const bh = hex8(b);
    const ch = hex8(c);
    const variant = '89ab'[c & 3];
    return `${hex8(a)}-${bh.slice(0, 4)}-4${bh.slice(5, 8)}-${variant}${ch.slice(1, 4)}-${ch.slice(4)}${hex8(d)}`;
  }
  const tail = base62(a, 6) + base62(b, 6) + base62(c, 6) + base62(d, 6);
  if (kind === 'req') return `req_011C${tail.slice(0, 20)}`;
  return `${kind}_01${tail.slice(0, 22)}`;
}

// Quoted values that are identities: the whole JSON string is the id (an id quoted inside text is
// escaped, `\"…\"`, and does not match). Keys that name the session are replaced by value.
const IDENTITY =
  /"(parentUuid|sessionId|cwd|gitBranch|version|slug)":("(?:[^"\\]|\\.)*"|null)|"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?:srvtoolu|toolu|msg|req)_[A-Za-z0-9]+|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z)"/g;
const UUID = /^[0-9a-f]{8}-/;

/** Writes turns as lines of one session; `state` is plain data, saved to continue the chain. */
class SessionWriter {
  constructor(seed, state) {
    this.seed = seed >>> 0;
    this.state = state ?? { ids: 0, clockMs: Date.UTC(2026, 0, 5, 9, 0, 0), tip: null, lines: 0 };
    this.session = {
      sessionId: JSON.stringify(freshId('uuid', 0xffffffff, this.seed)),
      cwd: '"/home/dev/projects/opentraces-bench"',
      gitBranch: '"main"',
      version: '"2.1.39"',
      slug: '"steady-benchmark-otter"',
    };
  }

  id(kind) {
    return freshId(kind, this.state.ids++, this.seed);
  }

  /** Appends the lines of one replayed turn (or preamble), each ending with `\n`; returns bytes. */
  write(lines, out) {
    const map = new Map(); // source id → fresh id, for this turn only
    const defined = new Set(); // source uuids of lines already written in this turn
    let bytes = 0;
    for (const line of lines) {
      this.state.clockMs += line.dt;
      const ts = `"${new Date(this.state.clockMs).toISOString()}"`;
      if (line.uuid !== null && !map.has(line.uuid)) map.set(line.uuid, this.id('uuid'));
      const text = line.text.replace(IDENTITY, (whole, key, value, id, offset) => {
        if (key === 'parentUuid') {
          const parent = value === 'null' ? null : value.slice(1, -1);
          // The line's own parent: inside the turn keep the real tree, else hang under the tip.
          if (offset === 1) {
            if (parent !== null && defined.has(parent)) return `"parentUuid":"${map.get(parent)}"`;
            return `"parentUuid":${this.state.tip === null ? 'null' : `"${this.state.tip}"`}`;
          }
          return parent === null ? whole : `"parentUuid":"${this.mapped(map, parent)}"`;
        }
        if (key !== undefined) return `"${key}":${this.session[key]}`;
        if (id[4] === '-' && id[10] === 'T') return ts;
        return `"${this.mapped(map, id)}"`;
      });
      out.push(text, '\n');
      bytes += Buffer.byteLength(text) + 1;
      this.state.lines++;
      if (line.uuid !== null) {
        defined.add(line.uuid);
        this.state.tip = map.get(line.uuid);
      }
    }
    return bytes;
  }

  mapped(map, id) {
    let fresh = map.get(id);
    if (fresh === undefined) {
      const kind = UUID.test(id) ? 'uuid' : id.slice(0, id.indexOf('_'));
      fresh = this.id(kind);
      map.set(id, fresh);
    }
    return fresh;
  }
}

/** Every turn of every source file, file by file, each pass in a new seeded order; forever. */
function* turnOrder(pool, seed) {
  const random = mulberry32(seed);
  for (;;) {
    const order = pool.files.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) yield* pool.files[i].turns;
  }
}

// ---------------------------------------------------------------- files

export function sessionPath(pool, { bytes, seed }) {
  return join(tmpdir(), `${FILE_PREFIX}${pool.fingerprint}-s${seed}-${bytes}.jsonl`);
}

/**
 * The path of a generated session of at least `bytes` bytes (it ends at a turn boundary), generated
 * now or reused from a previous run. Returns its size, line and turn counts and the chain state.
 */
export function claudeSessionFile({ root, bytes, seed = 1, pool = loadTurnPool(root) }) {
  const path = sessionPath(pool, { bytes, seed });
  const metaPath = `${path}.json`;
  if (existsSync(path) && existsSync(metaPath)) {
    const meta = JSON.parse(readFileSync(metaPath, 'utf8'));
    if (meta.generator === GENERATOR_VERSION && statSync(path).size === meta.size)
      return { path, ...meta, reused: true };
  }
  const writer = new SessionWriter(seed);
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  let size = 0;
  let turns = 0;
  let pending = [];
  let pendingBytes = 0;
  const flush = () => {
    writeSync(fd, pending.join(''));
    size += pendingBytes;
    pending = [];
    pendingBytes = 0;
  };
  try {
    const order = turnOrder(pool, seed);
    let turn = order.next().value;
    const opening = pool.files.find((f) => f.turns[0] === turn)?.preamble ?? [];
    pendingBytes += writer.write(opening, pending);
    // Whole turns until the size is reached: the file ends at a turn boundary.
    while (size + pendingBytes < bytes) {
      pendingBytes += writer.write(turn.lines, pending);
      turns++;
      if (pendingBytes >= FLUSH_BYTES) flush();
      turn = order.next().value;
    }
    flush();
  } finally {
    closeSync(fd);
  }
  if (statSync(tmp).size !== size) throw new Error(`generated ${statSync(tmp).size} bytes, counted ${size}`);
  renameSync(tmp, path);
  const meta = {
    generator: GENERATOR_VERSION,
    source: pool.kind,
    seed,
    target: bytes,
    size,
    lines: writer.state.lines,
    turns,
    state: writer.state,
  };
  writeFileSync(metaPath, `${JSON.stringify(meta)}\n`);
  return { path, ...meta, reused: false };
}

/**
 * `count` further turns of the session `file` (from `claudeSessionFile`), each the bytes of one
 * more turn continuing the chain after the previous one: a typed prompt, one tool call with its
 * progress lines and result, and a final text answer, replayed from real turns of that shape.
 */
export function moreTurns(file, { count, pool }) {
  const shapes = pool.simple.length > 0 ? pool.simple : pool.files.flatMap((f) => f.turns);
  const writer = new SessionWriter(file.seed, structuredClone(file.state));
  const random = mulberry32(file.seed ^ 0x5bd1e995);
  const out = [];
  for (let i = 0; i < count; i++) {
    const lines = [];
    writer.write(shapes[Math.floor(random() * shapes.length)].lines, lines);
    out.push(Buffer.from(lines.join(''), 'utf8'));
  }
  return out;
}

/**
 * Removes a generated session over 100 MB and its sidecar (after a benchmark run), unless
 * OPENTRACES_BENCH_KEEP_SESSIONS=1 asks to keep them for the next run.
 */
export function discardSession(file) {
  if (process.env.OPENTRACES_BENCH_KEEP_SESSIONS === '1' || file.size <= 100e6) return false;
  rmSync(file.path, { force: true });
  rmSync(`${file.path}.json`, { force: true });
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const root = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..');
  const start = Date.now();
  const file = claudeSessionFile({ root, bytes: Math.round(arg('mb', 100) * 1e6), seed: arg('seed', 1) });
  const { state, ...shown } = file;
  process.stderr.write(`${JSON.stringify({ ...shown, seconds: (Date.now() - start) / 1000 })}\n`);
  process.stdout.write(`${file.path}\n`);
}
