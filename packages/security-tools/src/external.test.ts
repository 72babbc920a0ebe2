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
