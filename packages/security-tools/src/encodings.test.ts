import { describe, expect, it } from 'vitest';
import { base64Fragments, decodeBase64Text } from './internal/decode.js';
import { applyRedactions, mergeSpans, scanPlain, scanRegex } from './internal/scan-regex.js';

// Secrets hidden by an encoding. Fakes are built at run time; none is a live credential.
const scan = (text: string) => mergeSpans(scanRegex(text));
const redact = (text: string) => applyRedactions(text, scan(text));
const b64 = (text: string, url = false) => Buffer.from(text).toString(url ? 'base64url' : 'base64');
const cycle = (alphabet: string, n: number, shift = 0): string =>
  Array.from({ length: n }, (_, i) => alphabet[(i * 7 + shift) % alphabet.length]).join('');
const AN = 'aZ3kQ9wW7mP2rT5yU8iO1pL4sD6fG0hJ';
const ghp = `ghp_${cycle(AN, 36)}`;
const dbPass = 'Tr0ub4dor-and-3';
const pem = `-----BEGIN PRIVATE KEY-----\n${cycle(`${AN}+/`, 64)}\n${cycle(`${AN}+/`, 64, 3)}\n-----END PRIVATE KEY-----\n`;

describe('base64', () => {
  it('redacts a whole base64 run that hides a secret, named after what it hides', () => {
    const run = b64(`NODE_ENV=production\nDB_PASSWORD=${dbPass}\nPORT=3000\n`);
    const text = `echo ${run} | base64 -d > .env`;
    expect(redact(text)).toBe('echo [REDACTED:generic-secret] | base64 -d > .env');
  });

  it('finds a vendor token inside base64 (standard and url alphabets, any alignment)', () => {
    for (const prefix of ['', 'x', 'xy']) {
      for (const url of [false, true]) {
        const run = b64(`${prefix}export GITHUB_TOKEN=${ghp}`, url);
        expect(redact(`"value": "${run}"`), `${prefix}/${url}`).toBe('"value": "[REDACTED:github-pat]"');
      }
    }
  });

  it('finds a PEM key inside a base64-encoded service-account JSON', () => {
    const json = JSON.stringify({ type: 'service_account', private_key: pem, client_email: 'a@b.iam' });
    const run = b64(json);
    const text = `echo '${run}' | base64 -d > sa.json`;
    expect(scan(text).map((s) => [s.type, s.start, s.end])).toEqual([['private-key', 6, 6 + run.length]]);
  });

  it('decodes two nested encodings but not three', () => {
    // base64 inside a form body: `+`, `/`, `=` are percent-encoded, so only the decoded body has the run
    let run = b64(`db_password = ${dbPass}??>`);
    for (let i = 0; !/[+/]/.test(run); i++) run = b64(`db_password = ${dbPass}${'?'.repeat(i)}>`);
    const twice = `payload=${encodeURIComponent(run)}&x=1`;
    expect(scan(twice).map((s) => s.type)).toEqual(['generic-secret']);
    const span = scan(twice)[0]!;
    expect(twice.slice(span.start, span.end)).toBe(encodeURIComponent(run));
    // \u escapes nested: two levels decode, a third is beyond the depth limit
    const unicodeEscape = (t: string) =>
      [...t].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
    const escapeBackslashes = (t: string) => t.replace(/\\/g, '\\u005c');
    const level2 = escapeBackslashes(unicodeEscape(`password = ${dbPass}`));
    expect(scan(`x ${level2} y`).map((s) => s.type)).toEqual(['generic-secret']);
    expect(scan(`x ${escapeBackslashes(level2)} y`)).toEqual([]);
  });

  it('leaves binary and harmless text alone', () => {
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(600, 7),
    ]);
    const harmless = b64('To reset your password, open Settings and choose a new password token.');
    const text = [
      `{"type":"base64","media_type":"image/png","data":"${png.toString('base64')}"}`,
      `"signature": "${b64(String.fromCharCode(...Array.from({ length: 96 }, (_, i) => (i * 73) % 256)))}"`,
      `note: ${harmless}`,
      `integrity sha512-${cycle(`${AN}+/`, 86)}==`,
    ].join('\n');
    expect(scan(text)).toEqual([]);
  });

  it('decodes only printable UTF-8', () => {
    expect(decodeBase64Text(b64('hello, wörld — ok'), 1024)).toBe('hello, wörld — ok');
    expect(
      decodeBase64Text(
        Buffer.from([0, 1, 2, 3, 250, 251, 252, 253, 254, 255, 0, 9]).toString('base64'),
        1024,
      ),
    ).toBe(undefined);
  });

  it('gives the alignment-independent base64 fragments of a keyword', () => {
    const fragments = base64Fragments('password');
    for (const prefix of ['', 'a', 'ab']) {
      const encoded = b64(`${prefix}password!`);
      expect(
        fragments.some((f) => encoded.includes(f)),
        prefix,
      ).toBe(true);
    }
    // the plain pass reports where they occur
    const hints: number[] = [];
    scanPlain(`x ${b64('my password is long enough')}`, undefined, hints);
    expect(hints.length).toBeGreaterThan(0);
  });
});

describe('percent-encoding', () => {
  it('maps a secret in a form body back to its encoded characters', () => {
    const text = `curl -X POST -d "form=user%3Dalice%26password%3D${dbPass}%26remember%3D1" https://example.com/login`;
    const spans = scan(text);
    expect(spans.map((s) => [s.type, text.slice(s.start, s.end)])).toEqual([
      ['connection-string-password', dbPass],
    ]);
  });

  it('redacts a secret whose own characters are encoded, covering the escapes', () => {
    const encoded = 'S3cr%21t%2DPa55%40word';
    const text = `POST /login body=username%3Dbob%26password%3D${encoded}%26x%3D1`;
    expect(redact(text)).toBe(
      'POST /login body=username%3Dbob%26password%3D[REDACTED:connection-string-password]%26x%3D1',
    );
  });

  it('decodes UTF-8 sequences and leaves stray percent signs alone', () => {
    const text = `q=caf%C3%A9%20au%20lait&discount=50%&token%3D${cycle(AN, 24)}`;
    expect(scan(text).map((s) => text.slice(s.start, s.end))).toEqual([cycle(AN, 24)]);
  });
});

describe('\\uXXXX escapes', () => {
  it('finds an assignment written with escaped quotes and maps it back', () => {
    const key = cycle('0123456789abcdef', 32);
    const text = `{\\u0022api_key\\u0022: \\u0022${key}\\u0022}`;
    expect(scan(text).map((s) => [s.type, text.slice(s.start, s.end)])).toEqual([['generic-secret', key]]);
  });

  it('finds a token whose characters are escaped', () => {
    const escaped = [...ghp].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
    const text = `"GITHUB_TOKEN": "${escaped}"`;
    expect(redact(text)).toBe('"GITHUB_TOKEN": "[REDACTED:github-pat]"');
  });
});

describe('JSON escaping (plain pass)', () => {
  it('still finds PEM blocks with \\n and \\\\n newlines', () => {
    const single = JSON.stringify({ private_key: pem });
    const double = JSON.stringify(single);
    expect(scan(single).map((s) => s.type)).toEqual(['private-key']);
    expect(scan(double).map((s) => s.type)).toEqual(['private-key']);
  });
});
