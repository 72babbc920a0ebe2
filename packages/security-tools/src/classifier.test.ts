import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Sensitivity } from './internal/tools/api.js';
import { CLASSIFIER_VERSION, classifyText, deepPath, denseIdentifiers } from './internal/tools/classifier.js';

const LEVELS = ['low', 'medium', 'high'] as const;

/** `pattern/severity` of every flag. */
function flags(text: string, sensitivity: Sensitivity): string[] {
  return classifyText(text, sensitivity).map((f) => `${f.pattern}/${f.severity}`);
}

/** The flags at low, medium and high. */
function table(text: string): string[][] {
  return LEVELS.map((s) => flags(text, s));
}

const ACCOUNT = ['1234', '5678', '9012'].join('');
const uuid = (i: number): string =>
  `${(0x10000000 + i * 7919).toString(16)}-a${(i % 1000).toString().padStart(3, '0')}-4bbb-8ccc-${(0x100000000000 + i * 104729).toString(16)}`;

describe('classifier: patterns and severities', () => {
  it('records its version', () => {
    expect(CLASSIFIER_VERSION).toBe('opentraces-heuristic-1');
  });

  it('private-key-marker: high at every sensitivity, also when the body was redacted', () => {
    const begin = ['-----BEGIN', 'RSA PRIVATE KEY-----'].join(' ');
    expect(table(`${begin}\n[REDACTED:private-key]`)).toEqual([
      ['private-key-marker/high'],
      ['private-key-marker/high'],
      ['private-key-marker/high'],
    ]);
    expect(table(['-----BEGIN', 'PUBLIC KEY-----'].join(' '))).toEqual([[], [], []]);
  });

  it('db-connection-uri: a password on a real host is high; a bare host or a local password medium', () => {
    const pw = ['s3cr', 'etpw'].join('');
    expect(table(`DATABASE_URL=postgres://app:${pw}@db.acme.net:5432/app`)).toEqual([
      ['db-connection-uri/high'],
      ['db-connection-uri/high'],
      ['db-connection-uri/high'],
    ]);
    expect(table('jdbc:mysql://db.acme.io:3306/x')).toEqual([
      [],
      ['db-connection-uri/medium'],
      ['db-connection-uri/medium'],
    ]);
    expect(table(`redis://:${pw}@localhost:6379`)).toEqual([
      [],
      ['db-connection-uri/medium'],
      ['db-connection-uri/medium'],
    ]);
    expect(table('mongodb://<user>:<password>@localhost/test')).toEqual([[], [], []]);
    expect(table('https://user:pw@github.com/acme/x.git')).toEqual([[], [], []]);
  });

  it('aws-arn-account: medium, high at high', () => {
    expect(table(`"Arn": "arn:aws:iam::${ACCOUNT}:role/x"`)).toEqual([
      ['aws-arn-account/medium'],
      ['aws-arn-account/medium'],
      ['aws-arn-account/high'],
    ]);
    expect(table('arn:aws:iam::aws:policy/ReadOnlyAccess')).toEqual([[], [], []]);
  });

  it('internal-hostname follows the business_logic levels', () => {
    expect(table('curl http://api.svc.cluster.local:80')).toEqual([
      ['internal-hostname/medium'],
      ['internal-hostname/medium'],
      ['internal-hostname/medium'],
    ]);
    expect(table('ssh admin@nas.lan')).toEqual([
      [],
      ['internal-hostname/medium'],
      ['internal-hostname/medium'],
    ]);
    expect(table('ssh pi@raspberrypi.local')).toEqual([[], [], ['internal-hostname/medium']]);
    expect(table('docker run --add-host host.docker.internal:host-gateway')).toEqual([[], [], []]);
  });

  it('collab-url: off at low, low at medium, medium at high', () => {
    expect(table('https://acme.atlassian.net/browse/ABC-12')).toEqual([
      [],
      ['collab-url/low'],
      ['collab-url/medium'],
    ]);
  });

  it('identifier-density: 12 ids in 1,000 characters at medium, 6 at high', () => {
    const dense = Array.from({ length: 14 }, (_, i) => uuid(i)).join('\n');
    expect(table(dense)).toEqual([[], ['identifier-density/low'], ['identifier-density/medium']]);
    const six = Array.from({ length: 7 }, (_, i) => `row ${i}: ${uuid(i)}`).join('\n');
    expect(table(six)).toEqual([[], [], ['identifier-density/medium']]);
    // the same ids spread over a long text are not dense
    const sparse = Array.from({ length: 14 }, (_, i) => `${uuid(i)} ${'lorem ipsum '.repeat(20)}`).join('\n');
    expect(table(sparse)).toEqual([[], [], []]);
  });

  it('identifier-density counts UUIDs and 32–128 hex hashes, not other hex', () => {
    const sha = (i: number): string =>
      (BigInt(i + 1) * 0x9e3779b97f4a7c15n).toString(16).padStart(16, '0').repeat(5).slice(0, 40);
    const gitLog = Array.from(
      { length: 8 },
      (_, i) => `commit ${sha(i)}\nAuthor: Dev <dev@example.com>`,
    ).join('\n');
    expect(denseIdentifiers(gitLog, 6)).toBe(true);
    expect(denseIdentifiers(Array.from({ length: 20 }, (_, i) => sha(i).slice(0, 7)).join(' '), 6)).toBe(
      false,
    );
    expect(denseIdentifiers('deadbeef'.repeat(40), 2)).toBe(false); // one 320-character run
  });

  it('deep-path: 10 named segments at medium, 8 at high; dots and URLs do not count', () => {
    const ten = '/Users/alice/work/acme/payments/service/src/main/java/Foo.java';
    expect(table(ten)).toEqual([[], ['deep-path/low'], ['deep-path/low']]);
    expect(table('/a/b/c/d/e/f/g/h')).toEqual([[], [], ['deep-path/low']]);
    expect(table('cat ./a/b/c/d/e/f/g')).toEqual([[], [], []]);
    expect(deepPath('../../../../../../../../x', 2)).toBe(false);
    expect(deepPath('https://github.com/a/b/blob/main/src/x/y/z/w/q.ts', 4)).toBe(false);
    expect(deepPath('src/a/b/c.ts', 4)).toBe(true);
    expect(deepPath('~/a/b/c.ts', 4)).toBe(false);
  });

  it('one flag per pattern, however often it matches, and never the matched text', () => {
    const text = `arn:aws:iam::${ACCOUNT}:role/a arn:aws:iam::${ACCOUNT}:role/b http://x.internal http://y.internal`;
    const result = classifyText(text, 'high');
    expect(result.map((f) => f.pattern)).toEqual(['aws-arn-account', 'internal-hostname']);
    expect(JSON.stringify(result)).not.toContain(ACCOUNT);
    expect(JSON.stringify(result)).not.toContain('internal"');
    for (const f of result) expect(Object.keys(f).sort()).toEqual(['pattern', 'severity']);
  });

  it('nothing on ordinary agent output', () => {
    const ordinary = [
      'NAME                     READY   STATUS    RESTARTS   AGE\napi-7d4b9c8f6-x2k9p      1/1     Running   0          3d',
      'CONTAINER ID   IMAGE            COMMAND                  CREATED       STATUS\n4c1a2b3c4d5e   redis:7-alpine   "docker-entrypoint.s…"   2 hours ago   Up 2 hours',
      'Fetched https://registry.npmjs.org/react/-/react-18.2.0.tgz',
      'src/index.ts(12,5): error TS2322: Type string is not assignable to type number.',
    ];
    for (const text of ordinary) for (const s of LEVELS) expect(flags(text, s), text).toEqual([]);
  });
});

describe('classifier: hostile input completes', () => {
  it('long runs and repeated triggers', () => {
    expect(classifyText('a'.repeat(1_000_000), 'high')).toEqual([]);
    expect(classifyText('/'.repeat(1_000_000), 'high')).toEqual([]);
    expect(classifyText('/a'.repeat(500_000), 'high').map((f) => f.pattern)).toEqual(['deep-path']);
    expect(classifyText('0'.repeat(1_000_000), 'high')).toEqual([]);
    expect(classifyText('0-'.repeat(500_000), 'high')).toEqual([]);
    expect(classifyText('postgres://'.repeat(100_000), 'high')).toEqual([]);
    expect(classifyText('PRIVATE KEY'.repeat(100_000), 'high')).toEqual([]);
    expect(classifyText(`${uuid(1)} `.repeat(30_000), 'high').map((f) => f.pattern)).toEqual([
      'identifier-density',
    ]);
  });
});

// ---------------------------------------------------------------------------------------------

const CORPUS = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));

function* corpusStrings(): Generator<string> {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? files(p) : p.endsWith('.json') || p.endsWith('.jsonl') ? [p] : [];
    });
  function* walk(v: unknown): Generator<string> {
    if (typeof v === 'string') yield v;
    else if (Array.isArray(v)) for (const x of v) yield* walk(x);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        yield k;
        yield* walk(x);
      }
  }
  for (const file of files(CORPUS)) {
    const lines = file.endsWith('.json')
      ? [readFileSync(file, 'utf8')]
      : readFileSync(file, 'utf8').split('\n');
    for (const line of lines) {
      if (line.trim() === '') continue;
      try {
        yield* walk(JSON.parse(line));
      } catch {
        // a truncated line of a fixture
      }
    }
  }
}

describe.skipIf(!existsSync(CORPUS))('classifier: real transcripts', () => {
  it('flags nothing at low and nothing above low severity at medium', () => {
    const counts: Record<Sensitivity, Record<string, number>> = { low: {}, medium: {}, high: {} };
    for (const text of corpusStrings())
      for (const s of ['low', 'medium'] as const)
        for (const f of classifyText(text, s)) {
          const key = `${f.pattern}/${f.severity}`;
          counts[s][key] = (counts[s][key] ?? 0) + 1;
        }
    expect(counts.low).toEqual({});
    // measured: deep-path 6,484 strings (home-directory project paths), identifier-density 21, collab-url 4
    expect(Object.keys(counts.medium).sort()).toEqual([
      'collab-url/low',
      'deep-path/low',
      'identifier-density/low',
    ]);
  }, 120_000);
});
