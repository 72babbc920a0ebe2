import type { JsonObject } from '../decode-line.js';
import { asString, isObject } from '../values.js';

/** Session-level facts gathered from every parsed line (main spine and sidechains alike). */
export class SessionFacts {
  /** Distinct `sessionId`s in order of first appearance (a resumed session carries its parent's). */
  readonly sessionIds: string[] = [];
  lastSessionId: string | null = null;
  version: string | null = null;
  cwd: string | null = null;
  gitBranch: string | null = null;
  customTitle: string | null = null;
  /** `agentId` of the first message line that has one (sub-agent transcripts carry it on every line). */
  agentId: string | null = null;
  /** Earliest and latest line timestamps (ISO-8601, as written). */
  start: string | null = null;
  end: string | null = null;
  /** `start` and `end` are unset or in the `toISOString()` layout, so text comparison orders them. */
  private textOrder = true;
  /** `microcompact_boundary` lines (old tool results cleared from the context, no summary). */
  microcompactions = 0;
  /** The last `cost-state` (2.1.x): what Claude Code itself counted and priced for the session. */
  reportedCostUsd: number | null = null;
  reportedModelUsage: JsonObject | null = null;
  /** The last `tools-used` list (2.1.x): tools Claude Code saw called so far, sub-agents included. */
  toolsUsed: string[] | null = null;
  /** Tool names offered per request shape (`api-request-shape`), and the shape of each request. */
  private readonly shapeTools = new Map<string, string[]>();
  private readonly requestShape = new Map<string, string>();
  private latestTools: string[] | null = null;

  observe(line: JsonObject): void {
    const sessionId = asString(line['sessionId']);
    if (sessionId) {
      if (sessionId !== this.lastSessionId && !this.sessionIds.includes(sessionId))
        this.sessionIds.push(sessionId);
      this.lastSessionId = sessionId;
    }
    this.version = asString(line['version']) || this.version;
    this.cwd ??= asString(line['cwd']) || null;
    this.gitBranch ??= asString(line['gitBranch']) || null;
    const timestamp = line['timestamp'];
    if (typeof timestamp === 'string') this.observeTime(timestamp);
  }

  /**
   * Widens the time span. Claude Code writes `Date.toISOString()` (24 characters, UTC), whose text
   * order is time order: compared as text, the hot path parses no date; anything else is parsed.
   */
  private observeTime(timestamp: string): void {
    const { start, end } = this;
    if (this.textOrder && isIsoUtc(timestamp)) {
      if (start === null || timestamp < start) this.start = timestamp;
      if (end === null || timestamp > end) this.end = timestamp;
      return;
    }
    const ms = Date.parse(timestamp);
    if (Number.isNaN(ms)) return;
    if (start === null || ms < Date.parse(start)) this.start = timestamp;
    if (end === null || ms > Date.parse(end)) this.end = timestamp;
    this.textOrder = isIsoUtc(this.start ?? '') && isIsoUtc(this.end ?? '');
  }

  /** The side records that carry session facts (every other type is ignored here). */
  sideRecord(type: string, line: JsonObject): void {
    switch (type) {
      case 'custom-title':
        this.customTitle = asString(line['customTitle']) ?? this.customTitle;
        return;
      case 'cost-state': {
        const cost = line['totalCostUSD'];
        if (typeof cost === 'number' && Number.isFinite(cost) && cost >= 0) this.reportedCostUsd = cost;
        if (isObject(line['modelUsage'])) this.reportedModelUsage = line['modelUsage'];
        return;
      }
      case 'tools-used':
        if (Array.isArray(line['tools'])) this.toolsUsed = line['tools'].filter((t) => typeof t === 'string');
        return;
      case 'api-request-shape': {
        const shape = isObject(line['shape']) ? line['shape'] : {};
        const tools = Array.isArray(shape['tools']) ? shape['tools'] : [];
        const names = tools.flatMap((tool) =>
          isObject(tool) && typeof tool['name'] === 'string' ? [tool['name']] : [],
        );
        const hash = asString(line['shapeHash']);
        if (hash !== undefined) this.shapeTools.set(hash, names);
        this.latestTools = names;
        return;
      }
      case 'api-request': {
        const id = asString(line['id']);
        const hash = asString(line['shapeHash']);
        if (id !== undefined && hash !== undefined) this.requestShape.set(id, hash);
        const tools = hash === undefined ? undefined : this.shapeTools.get(hash);
        if (tools) this.latestTools = tools;
        return;
      }
    }
  }

  /** The tools offered to the request an assistant line answers (`requestRef`), else to the latest one. */
  toolsOffered(line: JsonObject): string[] | null {
    const ref = asString(line['requestRef']);
    const hash = ref === undefined ? undefined : this.requestShape.get(ref);
    return (hash === undefined ? undefined : this.shapeTools.get(hash)) ?? this.latestTools;
  }

  /** Seconds from the first to the last timestamp, or null without timestamps. */
  durationSeconds(): number | null {
    if (this.start === null || this.end === null) return null;
    const seconds = (Date.parse(this.end) - Date.parse(this.start)) / 1000;
    return Number.isFinite(seconds) ? seconds : null;
  }
}

/** `YYYY-MM-DDTHH:MM:SS.sssZ` with fields in range: its text order is its time order, and it parses. */
function isIsoUtc(text: string): boolean {
  if (text.length !== 24 || text.charCodeAt(23) !== 90 || text.charCodeAt(10) !== 84) return false;
  let value = 0;
  // Each field is read as a number: a non-digit makes it fail its range check.
  for (let i = 0; i < 23; i++) {
    const c = text.charCodeAt(i);
    if (i === 4 || i === 7) {
      if (c !== 45) return false;
    } else if (i === 13 || i === 16) {
      if (c !== 58) return false;
    } else if (i === 19) {
      if (c !== 46) return false;
    } else if (i !== 10) {
      if (c < 48 || c > 57) return false;
      value = value * 10 + c - 48;
      if (i === 6 && (value < 1 || value > 12)) return false;
      if (i === 9 && (value < 1 || value > 31)) return false;
      if (i === 12 && value > 23) return false;
      if ((i === 15 || i === 18) && value > 59) return false;
      if (i === 3 || i === 6 || i === 9 || i === 12 || i === 15 || i === 18) value = 0;
    }
  }
  return true;
}
