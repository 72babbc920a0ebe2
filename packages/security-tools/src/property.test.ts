import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sanitizeRecord, sanitizeValue, scanText } from './sanitize.js';

// No bypass (issue item 10): secrets of every type are planted at random places of real transcript
// records (real Claude Code, Codex, Gemini, Copilot and Pi lines from ../shared/corpus, and the
// schema's TraceRecord fixtures) — as whole strings, inside strings next to real text, in object
// keys, and inside a JSON document carried as a string (escaped once more) — and after sanitizing
// none survives, in plain or JSON-escaped form. The secrets are (a) every labelled positive of
// ../shared/secrets-corpus that the scanner finds on its own line (so this tests that *where* a
// secret sits never hides it; recall on the lines themselves is corpus.test.ts), and (b) fresh
// random secrets of the main formats, generated with a seeded PRNG.
const CORPUS = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));
const SECRETS = fileURLToPath(
  new URL('../../../../shared/secrets-corpus/positives.jsonl.gz', import.meta.url),
);
const FIXTURES = fileURLToPath(new URL('../../schema/src/migrations/fixtures/', import.meta.url));
const present = existsSync(CORPUS) && existsSync(SECRETS);

/** A small seeded PRNG (mulberry32), so a failure names a reproducible seed. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Sample {
  readonly type: string;
  readonly text: string;
  readonly secret: string;
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const B64 = `${ALNUM}+/`;
const draw = (rand: () => number, alphabet: string, n: number) =>
  Array.from({ length: n }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');

/** Fresh random secrets of the formats agents leak most, each with the context its rule needs. */
const GENERATORS: Readonly<Record<string, (rand: () => number) => Sample>> = {
  'github-pat': (r) => bare('github-pat', `ghp_${draw(r, ALNUM, 36)}`),
  'github-fine-grained-pat': (r) =>
    bare('github-fine-grained-pat', `github_pat_${draw(r, ALNUM, 22)}_${draw(r, ALNUM, 59)}`),
  'aws-access-key-id': (r) =>
    bare('aws-access-key-id', `AKIA${draw(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`),
  'aws-secret-access-key': (r) => ctx('aws-secret-access-key', 'aws_secret_access_key = ', draw(r, B64, 40)),
  'openai-api-key': (r) => bare('openai-api-key', `sk-proj-${draw(r, ALNUM, 64)}`),
  'anthropic-api-key': (r) => bare('anthropic-api-key', `sk-ant-api03-${draw(r, ALNUM, 93)}AA`),
  'slack-token': (r) =>
    bare(
      'slack-token',
      `xoxb-${draw(r, '0123456789', 12)}-${draw(r, '0123456789', 13)}-${draw(r, ALNUM, 24)}`,
    ),
  'stripe-access-token': (r) => bare('stripe-access-token', `sk_live_${draw(r, ALNUM, 24)}`),
  'gcp-api-key': (r) => bare('gcp-api-key', `AIza${draw(r, ALNUM, 35)}`),
  'huggingface-access-token': (r) => bare('huggingface-access-token', `hf_${draw(r, ALNUM, 34)}`),
  'npm-access-token': (r) => bare('npm-access-token', `npm_${draw(r, ALNUM, 36)}`),
  'gitlab-pat': (r) => bare('gitlab-pat', `glpat-${draw(r, ALNUM, 20)}`),
  'sendgrid-api-token': (r) => bare('sendgrid-api-token', `SG.${draw(r, ALNUM, 22)}.${draw(r, ALNUM, 43)}`),
  'groq-api-key': (r) => bare('groq-api-key', `gsk_${draw(r, ALNUM, 52)}`),
  'vault-token': (r) => bare('vault-token', `hvs.${draw(r, ALNUM, 90)}`),
  jwt: (r) => {
    const header = btoa(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).replace(/=+$/, '');
    return bare('jwt', `${header}.${draw(r, ALNUM, 40)}.${draw(r, ALNUM, 43)}`);
  },
  'private-key': (r) => {
    const body = Array.from({ length: 6 }, () => draw(r, B64, 64)).join('\n');
    return bare('private-key', `-----BEGIN RSA PRIVATE KEY-----\n${body}\n-----END RSA PRIVATE KEY-----`);
  },
  'generic-secret': (r) => ctx('generic-secret', 'DB_PASSWORD=', `${draw(r, ALNUM, 14)}!9`),
  'url-basic-auth': (r) => {
    const pw = `${draw(r, ALNUM, 16)}7`;
    return { type: 'url-basic-auth', text: `postgres://app:${pw}@db.prod:5432/app`, secret: pw };
  },
  'http-authorization': (r) => ctx('http-authorization', 'Authorization: Bearer ', `${draw(r, ALNUM, 38)}1`),
};

function bare(type: string, secret: string): Sample {
  return { type, text: secret, secret };
}
function ctx(type: string, prefix: string, secret: string): Sample {
  return { type, text: `${prefix}${secret}`, secret };
}

/** Every labelled positive the scanner finds on its own line (whole secret covered). */
function labelledSamples(): Sample[] {
  const rows = gunzipSync(readFileSync(SECRETS))
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { type: string; text: string; secret: string; placeholder?: boolean });
  return rows.filter((row) => {
    if (row.placeholder) return false;
    const start = row.text.indexOf(row.secret);
    return scanText(row.text, { policy: 'basic' }).some(
      (f) => f.start <= start && f.end >= start + row.secret.length,
    );
  });
}

function jsonlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) jsonlFiles(path, out);
    else if (name.endsWith('.jsonl')) out.push(path);
  }
  return out;
}

/** A sample of real line objects: up to 8 per transcript, the longest ones first. */
function realObjects(): unknown[] {
  const objects: unknown[] = [];
  for (const file of jsonlFiles(CORPUS)) {
    const lines = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('{'));
    lines.sort((a, b) => b.length - a.length);
    for (const line of lines.slice(0, 8)) {
      try {
        objects.push(JSON.parse(line));
      } catch {
        // a truncated line of a real file: not a record
      }
    }
  }
  for (const f of readdirSync(FIXTURES).filter((f) => f.endsWith('.json')))
    objects.push(JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')));
  return objects;
}

type Slot = { holder: Record<string, unknown> | unknown[]; key: string | number };

/** Every string-valued slot (and every object, for key planting) of a value. */
function slots(value: unknown, out: { strings: Slot[]; objects: Record<string, unknown>[] }) {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      if (typeof v === 'string') out.strings.push({ holder: value, key: i });
      else slots(v, out);
    });
  } else if (typeof value === 'object' && value !== null) {
    const object = value as Record<string, unknown>;
    out.objects.push(object);
    for (const [k, v] of Object.entries(object)) {
      if (typeof v === 'string') out.strings.push({ holder: object, key: k });
      else slots(v, out);
    }
  }
  return out;
}

const SEPARATORS = [' ', '\n', '\t', ' (', ': ', '"', "'", '=', '\r\n', '`'];

describe.skipIf(!present)('planted secrets never survive (property test over real records)', () => {
  const objects = present ? realObjects() : [];
  const labelled = present ? labelledSamples() : [];

  it('plants every labelled positive the scanner finds on its own', () => {
    // how many of the 371 non-placeholder positives take part (recall itself is corpus.test.ts)
    expect(labelled.length).toBeGreaterThan(330);
    expect(new Set(labelled.map((s) => s.type)).size).toBeGreaterThan(130);
  });

  it.each([1, 2, 3])(
    'seed %i: every labelled secret and 10 fresh secrets per format survive nowhere',
    (seed) => {
      const rand = mulberry32(seed * 7919);
      const samples: Sample[] = [...labelled];
      for (const generate of Object.values(GENERATORS))
        for (let n = 0; n < 10; n++) samples.push(generate(rand));
      const survivors = samples.flatMap((sample, n) => plant(sample, n, rand));
      expect(survivors).toEqual([]);
    },
  );

  function plant(sample: Sample, n: number, rand: () => number): string[] {
    const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
    const value = structuredClone(pick(objects));
    const { strings, objects: holders } = slots(value, { strings: [], objects: [] });
    const how = Math.floor(rand() * 4);
    const sep = pick(SEPARATORS);
    const closing: Record<string, string> = { ' (': ')', '=': ' ', ': ': ' ' };
    const planted = `${sep}${sample.text}${closing[sep] ?? sep}`;
    if (how === 0 || strings.length === 0) {
      const target = holders.length > 0 ? pick(holders) : (value as Record<string, unknown>);
      target[`planted_${n}`] = sample.text;
    } else if (how === 1) {
      const slot = pick(strings);
      const text = (slot.holder as Record<string | number, string>)[slot.key]!;
      // at a line or word boundary of the real text (a secret glued to a word is another token)
      const cuts = [0, text.length, ...[...text.matchAll(/[\s"'(),;]/g)].map((m) => m.index! + 1)];
      const at = pick(cuts);
      (slot.holder as Record<string | number, string>)[slot.key] =
        text.slice(0, at) + planted + text.slice(at);
    } else if (how === 2 && holders.length > 0 && !sample.text.includes('\n')) {
      pick(holders)[planted] = 1;
    } else {
      const slot = pick(strings);
      (slot.holder as Record<string | number, string>)[slot.key] = JSON.stringify({ output: planted, n });
    }
    const out = JSON.stringify(sanitizeValue(value, { policy: 'basic' }).value);
    const escaped = JSON.stringify(sample.secret).slice(1, -1);
    const escapedTwice = JSON.stringify(escaped).slice(1, -1);
    const leaked = [sample.secret, escaped, escapedTwice].some((form) => out.includes(form));
    return leaked ? [`${sample.type} (how ${how}, sep ${JSON.stringify(sep)})`] : [];
  }

  it('sanitizing the real records keeps them JSON of the same shape (only strings change)', () => {
    const shape = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(shape)
        : typeof v === 'object' && v !== null
          ? Object.values(v).map(shape) // keys may be redacted (a home path used as a key)
          : typeof v;
    for (const value of objects.slice(0, 200)) {
      const out = sanitizeValue(value, { policy: 'basic' }).value;
      expect(shape(JSON.parse(JSON.stringify(out)))).toEqual(shape(value));
    }
    const fixture = objects.at(-1) as Parameters<typeof sanitizeRecord>[0];
    expect(sanitizeRecord(fixture, { policy: 'recommended' }).value.trace_id).toBe(fixture.trace_id);
  });
});
