import { describe, expect, it } from 'vitest';
import { mergeSpans, scanRegex } from './internal/scan-regex.js';
import { REGEX_RULES } from './regex-rules.js';

// The regex tool alone (merged spans), so that these stay about the rules and the scanner.
const scanText = (text: string) => mergeSpans(scanRegex(text));
const types = (text: string) => scanText(text).map((s) => s.type);

const cycle = (alphabet: string, n: number): string =>
  Array.from({ length: n }, (_, i) => alphabet[(i * 7) % alphabet.length]).join('');
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

describe('non-secrets', () => {
  it('leaves ids, hashes and image data alone', () => {
    const text = [
      'session 7c8b2456-9a0e-4380-a90b-26d619071e03',
      'commit 652f743b4347b6ae48da6f87c54a047718206a0f',
      'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      `"tool_use_id": "toolu_01${cycle(B64.slice(0, 62), 22)}", "id": "msg_01${cycle(B64.slice(0, 62), 22)}"`,
      `{"type":"base64","media_type":"image/png","data":"iVBORw0KGgo${cycle(B64, 400)}"}`,
      `integrity sha512-${cycle(B64, 86)}==`,
      '"usage": {"input_tokens": 1200, "cache_read_input_tokens": 48000, "output_tokens": 512}',
      '--- PASS: TestTokenRefresh (0.02s)',
    ].join('\n');
    expect(scanText(text)).toEqual([]);
  });

  it('leaves shell, code and prose that only look like credentials alone', () => {
    const text = [
      'mysql -u root -p app_db < schema.sql',
      'docker login --password-stdin ghcr.io < token.txt',
      'let pwd = process.cwd(); const credentials = "same-origin";',
      'fetch(url, { credentials: "include" })',
      'private_key: ~/.ssh/id_ed25519',
      'echo "$1$2$3"; perl -pe "s/\\$2b\\$//"',
      'The password is too short; use --password-file instead.',
      'kind: ConfigMap\ndata:\n  LOG_LEVEL: aW5mbw==\n',
      `percent: 100%25 done, a%20b, 50%`,
      `escaped: \\u0048\\u0065\\u006c\\u006c\\u006f`,
    ].join('\n');
    expect(scanText(text)).toEqual([]);
  });
});

describe('hostile input', () => {
  // [name, input, the only finding types allowed]: each must complete (no timing assertion).
  const inputs: [string, string, string[]][] = [
    ['1 MB of a', 'a'.repeat(1e6), []],
    ['password= ×100k', 'password='.repeat(1e5), ['generic-secret']],
    ['password=" ×100k', 'password="'.repeat(1e5), ['generic-secret', 'connection-string-password']],
    ['eyJ ×300k', 'eyJ'.repeat(3e5), []],
    ['eyJ + 1 MB', `eyJ${'a'.repeat(1e6)}`, []],
    [':// ×300k', '://'.repeat(3e5), []],
    ['PEM header + 1 MB', `-----BEGIN RSA PRIVATE KEY-----\n${'A'.repeat(1e6)}`, ['private-key']],
    ['PEM header ×30k', '-----BEGIN PRIVATE KEY-----'.repeat(3e4), ['private-key']],
    ['Bearer + 1 MB', `Authorization: Bearer ${'a'.repeat(1e6)}`, []],
    ['sk- + 1 MB', `sk-${'a'.repeat(1e6)}`, []],
    ['token: ×150k', 'token: '.repeat(1.5e5), ['generic-secret']],
    ['$2b$ ×100k', '$2b$'.repeat(1e5), []],
    ['$6$ + 1 MB', `$6$${'a'.repeat(1e6)}`, []],
    ['$krb5asrep$ ×50k', '$krb5asrep$23$'.repeat(5e4), []],
    ['%41 ×300k', '%41'.repeat(3e5), []],
    ['\\u0041 ×150k', '\\u0041'.repeat(1.5e5), []],
    ['1 MB base64 run', cycle(B64, 1e6), []],
    ['mysql -p ×100k', 'mysql -p'.repeat(1e5), ['cli-password']],
    ['--password ×100k', '--password '.repeat(1e5), []],
    ['curl -u ×100k', 'curl -u a'.repeat(1e5), []],
    [';Password= ×100k', ';Password='.repeat(1e5), ['connection-string-password']],
    ['<add key="password ×50k', '<add key="password'.repeat(5e4), []],
    ['NetworkCredential(" ×50k', 'NetworkCredential("a", '.repeat(5e4), []],
    [
      'data: block of 50k lines',
      `kind: Secret\ndata:\n${'  k: QUFB\n'.repeat(5e4)}`,
      ['kubernetes-secret-value'],
    ],
    [
      '"data": { ×50k',
      `"kind": "Secret", "data": {${'"k": "QUFB",'.repeat(5e4)}`,
      ['kubernetes-secret-value'],
    ],
    ['password is " ×100k', 'password is "'.repeat(1e5), []],
  ];
  for (const [name, input, allowed] of inputs) {
    it(`completes on ${name}`, () => {
      const found = new Set(types(input));
      expect(
        [...found].filter((t) => !allowed.includes(t)),
        name,
      ).toEqual([]);
    });
  }
  it('ties only the first values of a huge data block to it, each as its own finding', () => {
    const found = scanText(`kind: Secret\ndata:\n${'  k: QUFB\n'.repeat(5e4)}`);
    expect(found.length).toBeGreaterThanOrEqual(100);
  });
  it('finds the secret after a hostile prefix', () => {
    const secret = `$2b$12$${cycle(`${B64.slice(0, 62)}./`, 53)}`;
    const text = `${'$2b$'.repeat(1e4)} ${secret}`;
    expect(scanText(text).map((s) => text.slice(s.start, s.end))).toContain(secret);
  });
});

describe('exported rules', () => {
  it('are not disturbed by a caller moving a pattern lastIndex', () => {
    const rule = REGEX_RULES.find((r) => r.id === 'url-basic-auth')!;
    const text = 'postgres://app:S3cr3t-Pa55@db:5432/app';
    rule.pattern.lastIndex = text.length; // as left behind by someone's own exec loop
    expect(types(text)).toEqual(['url-basic-auth']);
    rule.pattern.lastIndex = 0;
  });
});
