// Scenario files: validation, the script cursor, and which requests are side requests.

/**
 * Usage in Anthropic names; the OpenAI endpoints derive theirs from it (see README).
 * @typedef {{ input_tokens?: number, output_tokens?: number, cache_read_input_tokens?: number,
 *   cache_creation_input_tokens?: number, reasoning_output_tokens?: number }} ScenarioUsage
 * @typedef {{ name: string, input: unknown, id?: string }} ScenarioToolCall
 * @typedef {{ thinking?: string, text?: string, tool_calls?: ScenarioToolCall[], usage?: ScenarioUsage,
 *   stop_reason?: string }} ScenarioResponse
 * @typedef {{ match?: { contains: string }, respond: ScenarioResponse }} ScenarioTurn
 * @typedef {{ model?: string, system_contains?: string, contains?: string, json?: boolean, text?: string }} SideMatcher
 * @typedef {{ name: string, description?: string, client?: 'claude-code' | 'codex' | 'gemini-cli',
 *   model?: string, project?: string, prompt?: string, prompts?: string[], allowed_tools?: string[],
 *   codex_rules?: string[], files?: Record<string, string>, git_init?: boolean,
 *   turns: ScenarioTurn[], side?: SideMatcher[] }} Scenario
 */

/** Usage sent when a turn names none. */
export const DEFAULT_USAGE = Object.freeze({
  input_tokens: 10,
  output_tokens: 5,
  cache_read_input_tokens: 0,
  cache_creation_input_tokens: 0,
  reasoning_output_tokens: 0,
});

/** Canned answer to side requests (titles, summaries, topic checks). */
export const SIDE_TEXT = 'agent-sim side answer';

/**
 * Gemini CLI's model router (`utility_router`, "Task Routing AI") gets this score; at or above the
 * CLI's default threshold (90) it routes the turn to the Pro model.
 */
export const GEMINI_ROUTER_ANSWER = JSON.stringify({
  complexity_reasoning: 'agent-sim: a scripted coding task',
  complexity_score: 95,
});

/**
 * Side matchers used when a scenario names none: Claude Code's small-model calls (title,
 * summary, topic detection) go to a Haiku model; Gemini CLI's utility calls (router, next-speaker
 * and loop checks, edit correction, …) ask for a JSON answer, which the main agent never does.
 * @type {readonly SideMatcher[]}
 */
export const DEFAULT_SIDE = Object.freeze([
  { model: 'haiku' },
  { system_contains: 'Task Routing AI', text: GEMINI_ROUTER_ANSWER },
  { json: true },
]);

/** The clients a scenario can name (`client`). */
const CLIENTS = ['claude-code', 'codex', 'gemini-cli'];

/**
 * The client that runs a scenario: its `client`, else from the name (`codex-…`, `gemini-…`),
 * else Claude Code.
 * @param {{ name: string, client?: string }} scenario
 * @returns {'claude-code' | 'codex' | 'gemini-cli'}
 */
export function scenarioClient(scenario) {
  const named = scenario.client;
  if (named === 'claude-code' || named === 'codex' || named === 'gemini-cli') return named;
  if (scenario.name.startsWith('codex-')) return 'codex';
  if (scenario.name.startsWith('gemini-')) return 'gemini-cli';
  return 'claude-code';
}

/**
 * Checks the shape of a parsed scenario and returns it typed; throws an Error naming the first
 * problem (path and expectation).
 * @param {unknown} value
 * @returns {Scenario}
 */
export function validateScenario(value) {
  /** @type {(where: string, what: string) => never} */
  const fail = (where, what) => {
    throw new Error(`agent-sim: invalid scenario at ${where}: ${what}`);
  };
  if (!isObject(value)) return fail('$', 'expected an object');
  if (typeof value['name'] !== 'string' || value['name'] === '')
    fail('$.name', 'expected a non-empty string');
  const turns = value['turns'];
  if (!Array.isArray(turns)) return fail('$.turns', 'expected an array');
  for (const [i, turn] of turns.entries()) {
    const at = `$.turns[${i}]`;
    if (!isObject(turn)) fail(at, 'expected an object');
    const match = turn['match'];
    if (match !== undefined && (!isObject(match) || typeof match['contains'] !== 'string')) {
      fail(`${at}.match`, 'expected { contains: string }');
    }
    const respond = turn['respond'];
    if (!isObject(respond)) return fail(`${at}.respond`, 'expected an object');
    for (const key of ['thinking', 'text', 'stop_reason']) {
      if (respond[key] !== undefined && typeof respond[key] !== 'string') {
        fail(`${at}.respond.${key}`, 'expected a string');
      }
    }
    const calls = respond['tool_calls'] ?? [];
    if (!Array.isArray(calls)) fail(`${at}.respond.tool_calls`, 'expected an array');
    for (const [k, call] of calls.entries()) {
      if (!isObject(call) || typeof call['name'] !== 'string' || !('input' in call)) {
        fail(`${at}.respond.tool_calls[${k}]`, 'expected { name: string, input }');
      }
    }
    const usage = respond['usage'] ?? {};
    if (!isObject(usage)) fail(`${at}.respond.usage`, 'expected an object');
    for (const [key, n] of Object.entries(usage)) {
      if (!Number.isInteger(n) || n < 0)
        fail(`${at}.respond.usage.${key}`, 'expected a non-negative integer');
    }
  }
  if (value['side'] !== undefined && !Array.isArray(value['side']))
    fail('$.side', 'expected an array of matchers');
  const files = value['files'];
  const inside = (/** @type {string} */ path) => !path.startsWith('/') && !path.split('/').includes('..');
  if (
    files !== undefined &&
    (!isObject(files) || !Object.entries(files).every(([p, c]) => inside(p) && typeof c === 'string'))
  )
    fail('$.files', 'expected an object of relative path (inside the project) → file content');
  const project = value['project'];
  if (
    project !== undefined &&
    (typeof project !== 'string' || !/^[\w.-]+$/.test(project) || ['home', 'tmp'].includes(project))
  )
    fail('$.project', 'expected a folder name (letters, digits, . _ -), not "home" or "tmp"');
  if (value['client'] !== undefined && !CLIENTS.includes(value['client']))
    fail('$.client', `expected one of ${CLIENTS.join(', ')}`);
  return /** @type {Scenario} */ (/** @type {unknown} */ (value));
}

/**
 * Full usage of a turn (defaults filled in).
 * @param {ScenarioResponse} respond
 * @returns {Required<ScenarioUsage>}
 */
export function turnUsage(respond) {
  return { ...DEFAULT_USAGE, ...respond.usage };
}

/**
 * The turn a model request takes: the first unserved turn whose `match.contains` occurs in the
 * request's newest input; a turn without `match` is taken only when it is the next unserved one.
 * (Look-ahead lets concurrent agents, e.g. a sub-agent beside its parent, each find their turn.)
 * @param {ScenarioTurn[]} turns
 * @param {boolean[]} served
 * @param {string} tail
 * @returns {{ index: number, respond: ScenarioResponse } | { index: undefined, kind: 'exhausted' | 'mismatch', message: string }}
 */
export function pickTurn(turns, served, tail) {
  const next = served.indexOf(false);
  if (next === -1) {
    return {
      index: undefined,
      kind: 'exhausted',
      message: `all ${turns.length} turns of the script were served`,
    };
  }
  for (let i = next; i < turns.length; i++) {
    const turn = /** @type {ScenarioTurn} */ (turns[i]);
    if (served[i]) continue;
    const wanted = turn.match?.contains;
    if (wanted === undefined ? i === next : tail.includes(wanted)) return { index: i, respond: turn.respond };
  }
  const expected = turns[next]?.match?.contains;
  return {
    index: undefined,
    kind: 'mismatch',
    message: `no unserved turn matches the newest input; turn ${next + 1} expects it to contain ${JSON.stringify(expected)}`,
  };
}

/**
 * Whether a request is a side request: any matcher whose every given field matches. `json: true`
 * matches a request that asks for a JSON answer (`request.json` is its schema, or null).
 * @param {readonly SideMatcher[]} matchers
 * @param {{ model: string, system: string, tail: string, json: unknown }} request
 * @returns {SideMatcher | undefined}
 */
export function findSideMatcher(matchers, request) {
  return matchers.find(
    (m) =>
      (m.model === undefined || request.model.toLowerCase().includes(m.model.toLowerCase())) &&
      (m.system_contains === undefined || request.system.includes(m.system_contains)) &&
      (m.contains === undefined || request.tail.includes(m.contains)) &&
      (m.json === undefined || m.json === (request.json !== null)),
  );
}

/**
 * @param {unknown} value
 * @returns {value is Record<string, any>}
 */
export function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
