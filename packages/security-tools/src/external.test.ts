import { describe, expect, it } from 'vitest';
import {
  buildLlmPiiRequest,
  parseLlmPiiResponse,
  parseTrufflehogJsonLines,
} from './internal/tools/external.js';

const AKIA = `AKIA${'Q3EGRIZ5ZJ7YVX2M'}`;

describe('parseTrufflehogJsonLines', () => {
  it('reads TruffleHog v3 findings (Raw and RawV2), skips log lines and garbage, never throws', () => {
    const stdout = [
      JSON.stringify({ level: 'info-0', logger: 'trufflehog', msg: 'running source' }),
      JSON.stringify({
        SourceMetadata: { Data: { Filesystem: { file: '/tmp/x', line: 3 } } },
        SourceID: 1,
        SourceType: 15,
        SourceName: 'trufflehog - filesystem',
        DetectorType: 2,
        DetectorName: 'AWS',
        DecoderName: 'PLAIN',
        Verified: false,
        Raw: AKIA,
        RawV2: `${AKIA}wJalrXUtnFEMIK7MDENGbPxRfiCYzEXAMPLEKEY`,
        Redacted: 'AKIAQ3EG',
        ExtraData: { account: '123' },
        StructuredData: null,
      }),
      JSON.stringify({ DetectorName: 'GitHubOauth2', Raw: 'ab' }), // too short to redact safely
      JSON.stringify({ DetectorName: 'AWS', Raw: AKIA }), // duplicate
      'not json {',
      '{"DetectorName": 42}',
      '',
      '[1,2]',
    ].join('\n');
    expect(parseTrufflehogJsonLines(stdout)).toEqual([
      { type: 'trufflehog-aws', text: AKIA },
      { type: 'trufflehog-aws', text: `${AKIA}wJalrXUtnFEMIK7MDENGbPxRfiCYzEXAMPLEKEY` },
    ]);
    expect(parseTrufflehogJsonLines('')).toEqual([]);
  });
});

describe('llm_pii request and response', () => {
  it('asks for JSON at temperature 0 with the text as the user message', () => {
    const body = buildLlmPiiRequest('hello Dana', 'm-1') as {
      model: string;
      temperature: number;
      messages: { role: string; content: string }[];
    };
    expect(body.model).toBe('m-1');
    expect(body.temperature).toBe(0);
    expect(body.messages.at(-1)).toEqual({ role: 'user', content: 'hello Dana' });
  });

  it('keeps only items found verbatim in the source, tolerating fences and bare lists', () => {
    const source = 'Call Dana Scully at home; Jo was there.';
    const wrap = (content: string) => ({ choices: [{ message: { role: 'assistant', content } }] });
    expect(
      parseLlmPiiResponse(
        wrap(
          '```json\n{"items":[{"type":"Person Name","text":"Dana Scully"},{"type":"name","text":"Fox Mulder"},{"type":"name","text":"Jo"}]}\n```',
        ),
        source,
      ),
    ).toEqual([{ type: 'pii-person-name', text: 'Dana Scully' }]);
    expect(
      parseLlmPiiResponse(wrap('Here you go: [{"type":"email","text":"Dana Scully"}] hope it helps'), source),
    ).toEqual([{ type: 'pii-email', text: 'Dana Scully' }]);
    expect(parseLlmPiiResponse(wrap('{"items":[]}'), source)).toEqual([]);
    expect(parseLlmPiiResponse(wrap('I cannot help with that.'), source)).toBeUndefined();
    expect(parseLlmPiiResponse({ error: 'x' }, source)).toBeUndefined();
    expect(parseLlmPiiResponse(null, source)).toBeUndefined();
  });
});

describe('external parsers on odd and hostile input', () => {
  const wrap = (content: string) => ({ choices: [{ message: { role: 'assistant', content } }] });

  it('kebab-cases detector names and model types into bounded labels', () => {
    const line = (name: string) => JSON.stringify({ DetectorName: name, Raw: `${AKIA}-${name.length}` });
    const types = parseTrufflehogJsonLines(
      [
        line('GitHubOauth2'),
        line('PrivateKey'),
        line('Azure_Storage'),
        line('!!!'),
        line('X'.repeat(500)),
      ].join('\n'),
    ).map((m) => m.type);
    expect(types.slice(0, 4)).toEqual([
      'trufflehog-git-hub-oauth2',
      'trufflehog-private-key',
      'trufflehog-azure-storage',
      'trufflehog-secret',
    ]);
    expect(types[4]!.length).toBeLessThanOrEqual('trufflehog-'.length + 64);
    const source = 'mail dana@example.org or call +1 555 0100';
    const items = [
      { type: 'pii-email', text: 'dana@example.org' },
      { type: 'Phone Number!'.repeat(20), text: '+1 555 0100' },
      { text: 'dana' }, // no type
    ];
    const out = parseLlmPiiResponse(wrap(JSON.stringify({ items })), source)!;
    expect(out[0]).toEqual({ type: 'pii-email', text: 'dana@example.org' });
    expect(out[1]!.type.length).toBeLessThanOrEqual('pii-'.length + 48);
    expect(out[2]).toEqual({ type: 'pii-other', text: 'dana' });
  });

  it('handles CRLF output, an unterminated fence and items that are not strings', () => {
    const crlf = `${JSON.stringify({ DetectorName: 'AWS', Raw: AKIA, RawV2: AKIA })}\r\n{"level":"info"}\r\n`;
    expect(parseTrufflehogJsonLines(crlf)).toEqual([{ type: 'trufflehog-aws', text: AKIA }]);
    const source = 'Dana Scully lives here';
    expect(parseLlmPiiResponse(wrap('```json\n[{"type":"name","text":"Dana Scully"}]'), source)).toEqual([
      { type: 'pii-name', text: 'Dana Scully' },
    ]);
    expect(parseLlmPiiResponse(wrap('[{"type":"name","text":42},"Dana Scully",null]'), source)).toEqual([]);
  });

  it('stays linear on 1 MB answers and outputs built to make a backtracking parser stall', () => {
    const mb = 1024 * 1024;
    expect(parseLlmPiiResponse(wrap(`\`\`\`${' '.repeat(mb)}`), 'x')).toBeUndefined();
    expect(parseLlmPiiResponse(wrap('`'.repeat(mb)), 'x')).toBeUndefined();
    expect(parseLlmPiiResponse(wrap('{'.repeat(mb)), 'x')).toBeUndefined();
    expect(parseLlmPiiResponse(wrap('{"items":['.repeat(100_000)), 'x')).toBeUndefined();
    expect(parseTrufflehogJsonLines('{'.repeat(mb))).toEqual([]);
    expect(parseTrufflehogJsonLines('{"DetectorName":"AWS"}\n'.repeat(100_000))).toEqual([]);
    const many = `${JSON.stringify({ DetectorName: 'AWS', Raw: AKIA })}\n`.repeat(50_000);
    expect(parseTrufflehogJsonLines(many)).toEqual([{ type: 'trufflehog-aws', text: AKIA }]);
  });
});
