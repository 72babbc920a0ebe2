/**
 * The ports of the two external tools. The pure package says what they must answer; the SDK has the
 * Node adapters (`packages/sdk/src/security-adapters.ts`: the TruffleHog binary, an OpenAI-compatible
 * endpoint); tests may pass any object with the same shape.
 */

/** A literal an external tool found: every occurrence of `text` is redacted as `[REDACTED:<type>]`. */
export interface ExternalMatch {
  readonly type: string;
  readonly text: string;
}

/** `trufflehog`: scans a text (the serialized record) and lists the raw secrets it found. */
export interface TrufflehogPort {
  scan(text: string): Promise<readonly ExternalMatch[]>;
}

/** `llm_pii`: asks a model which spans of a text are personal data. */
export interface LlmPiiPort {
  find(text: string): Promise<readonly ExternalMatch[]>;
}

export interface SecurityAdapters {
  readonly trufflehog?: TrufflehogPort;
  readonly llm_pii?: LlmPiiPort;
}

function kebab(text: string, fallback: string): string {
  return (
    text
      .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || fallback
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The findings of `trufflehog … --json` (one JSON object per line): `DetectorName` and `Raw` (and
 * `RawV2` when it differs, e.g. a key with its id). Log lines, blank lines and garbage are skipped;
 * this never throws.
 */
export function parseTrufflehogJsonLines(stdout: string): ExternalMatch[] {
  const matches: ExternalMatch[] = [];
  const seen = new Set<string>();
  for (const line of stdout.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed.startsWith('{')) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch {
      continue;
    }
    if (!isObject(parsed)) continue;
    const detector = typeof parsed['DetectorName'] === 'string' ? parsed['DetectorName'] : undefined;
    if (detector === undefined) continue; // a log line (level/msg), not a finding
    const type = `trufflehog-${kebab(detector.slice(0, 64), 'secret')}`;
    for (const field of ['Raw', 'RawV2']) {
      const raw = parsed[field];
      if (typeof raw !== 'string' || raw.length < 4) continue;
      const key = `${type}\u0000${raw}`;
      if (seen.has(key)) continue;
      seen.add(key);
      matches.push({ type, text: raw });
    }
  }
  return matches;
}

const LLM_PII_INSTRUCTIONS = [
  'You find personal data in text from software development sessions.',
  'Personal data: names of people, postal addresses, phone numbers, email addresses, government ids,',
  'dates of birth, bank or card numbers, and anything else that identifies a private person.',
  'Not personal data: code identifiers, package names, company or product names, public figures in',
  'citations, file paths without a person name, hashes, ids.',
  'Answer with JSON only: {"items":[{"type":"<person-name|address|phone|email|government-id|date-of-birth|financial|other>","text":"<the exact characters as they appear>"}]}.',
  'Copy each text exactly; list each distinct text once; answer {"items":[]} when there is none.',
].join(' ');

/** The chat-completions request body asking a model for the personal data in `text`. */
export function buildLlmPiiRequest(text: string, model: string): Record<string, unknown> {
  return {
    model,
    temperature: 0,
    response_format: { type: 'json_object' },
    messages: [
      { role: 'system', content: LLM_PII_INSTRUCTIONS },
      { role: 'user', content: text },
    ],
  };
}

/**
 * The JSON object of a model answer, tolerating a Markdown fence and text around it. Fences are
 * found with `indexOf`, not a regular expression, so that a hostile answer stays linear.
 */
function answerObject(content: string): unknown {
  let body = content;
  const open = content.indexOf('```');
  if (open !== -1) {
    const close = content.indexOf('```', open + 3);
    body = content.slice(open + 3, close === -1 ? undefined : close);
    if (body.slice(0, 4).toLowerCase() === 'json') body = body.slice(4);
  }
  body = body.trim();
  const start = body.search(/[[{]/);
  if (start === -1) return undefined;
  try {
    return JSON.parse(body.slice(start));
  } catch {
    const end = Math.max(body.lastIndexOf('}'), body.lastIndexOf(']'));
    try {
      return end > start ? JSON.parse(body.slice(start, end + 1)) : undefined;
    } catch {
      return undefined;
    }
  }
}

/** `pii-<kebab type>`, bounded so that a rambling model cannot produce a huge redaction label. */
function piiType(type: unknown): string {
  const name = kebab(typeof type === 'string' ? type.slice(0, 48) : '', 'other').replace(/^pii-(?=.)/, '');
  return `pii-${name}`;
}

/**
 * The items of a chat-completions response (`choices[0].message.content` holding
 * `{"items":[{type,text}]}` or a bare list), kept only when their text occurs verbatim in `source`
 * and has at least 3 characters: a model's paraphrase cannot be redacted and is not trusted.
 * Never throws; an unusable answer gives `undefined` so that the caller can report it.
 */
export function parseLlmPiiResponse(body: unknown, source: string): ExternalMatch[] | undefined {
  if (!isObject(body) || !Array.isArray(body['choices'])) return undefined;
  const message = isObject(body['choices'][0]) ? body['choices'][0]['message'] : undefined;
  const content = isObject(message) ? message['content'] : undefined;
  if (typeof content !== 'string') return undefined;
  const answer = answerObject(content);
  const items = Array.isArray(answer) ? answer : isObject(answer) ? answer['items'] : undefined;
  if (!Array.isArray(items)) return undefined;
  const matches: ExternalMatch[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    if (!isObject(item) || typeof item['text'] !== 'string') continue;
    const text = item['text'];
    if (text.length < 3 || !source.includes(text) || seen.has(text)) continue;
    seen.add(text);
    matches.push({ type: piiType(item['type']), text });
  }
  return matches;
}
