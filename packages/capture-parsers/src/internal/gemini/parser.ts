import type { OpenOptions, ParseInput, ParseResult, ParserState, TraceParser } from '../contract.js';
import { FidelityCollector } from '../fidelity.js';
import { forEachJsonLine } from '../json-lines.js';
import { BufferedSession, resumeBuffered } from '../session.js';
import { splitLines } from '../split-lines.js';
import { detectGemini } from './detect.js';
import { countDocumentLines, sniffGeminiForm } from './document.js';
import { buildGeminiRecord, GEMINI_AGENT } from './record.js';
import { GeminiConversation } from './session.js';

/**
 * Parses one Gemini CLI chat recording (`~/.gemini/tmp/<project>/chats/session-*.json[l]`). The
 * JSONL form is read line by line; the older JSON document is read as one unit, its lines counted
 * as a text editor does and all reported under the line type `document`.
 */
export function parseGemini(input: ParseInput): ParseResult {
  const fileName = input.fileName ?? null;
  const fidelity = new FidelityCollector(fileName);
  const conversation = new GeminiConversation(fidelity);
  const form = sniffGeminiForm(input.bytes);
  let documentStart = null;
  if (form.kind === 'jsonl') {
    forEachJsonLine(input.bytes, fidelity, (value, raw) => conversation.line(value, raw));
  } else {
    countDocumentLines(input.bytes, fidelity, form);
    if (form.kind === 'document') conversation.loadDocument(form.document);
    documentStart = splitLines(input.bytes).next().value ?? null;
  }
  const done = buildGeminiRecord(conversation, {
    fileName,
    firstLine: firstNonBlankLine(input.bytes),
    documentStart,
    contentHash: input.contentHash !== false,
  });
  return {
    record: done.record,
    fidelity: fidelity.finish(done.toolCalls, done.toolCallsPaired, done.diagnostics),
  };
}

export { GEMINI_AGENT };

/**
 * Sessions fed in pieces are buffered and parsed whole for each result: the older JSON document is
 * rewritten in full on every change, so a byte offset means nothing for it.
 */
export const geminiParser: TraceParser = Object.freeze({
  agent: GEMINI_AGENT,
  formats: Object.freeze(['gemini-cli-json', 'gemini-cli-jsonl']),
  detect: detectGemini,
  parse: parseGemini,
  open: (options?: OpenOptions) => new BufferedSession(geminiParser, options?.fileName ?? null),
  resume: (state: ParserState) => resumeBuffered(geminiParser, state),
});

function firstNonBlankLine(bytes: Uint8Array): Uint8Array {
  for (const raw of splitLines(bytes)) if (raw.bytes.some((byte) => byte > 0x20)) return raw.bytes;
  return new Uint8Array(0);
}
