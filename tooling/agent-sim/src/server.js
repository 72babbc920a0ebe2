// The scripted LLM endpoint: one script shared by the Anthropic, Responses, chat and Gemini APIs.
import { createServer } from 'node:http';
import { anthropicError, renderAnthropic, renderCountTokens } from './internal/anthropic.js';
import { renderChat } from './internal/chat.js';
import {
  exampleFor,
  geminiError,
  geminiJsonSchema,
  geminiRoute,
  renderGemini,
  renderGeminiCountTokens,
} from './internal/gemini.js';
import { requestText } from './internal/request-text.js';
import { openAiError, renderResponses } from './internal/responses.js';
import {
  DEFAULT_SIDE,
  findSideMatcher,
  isObject,
  pickTurn,
  SIDE_TEXT,
  validateScenario,
} from './internal/scenario.js';

/**
 * @typedef {import('./internal/scenario.js').Scenario} Scenario
 * @typedef {import('./internal/anthropic.js').Reply} Reply
 * @typedef {'anthropic' | 'responses' | 'chat' | 'gemini'} ModelApi
 * @typedef {'turn' | 'side' | 'count_tokens' | 'mismatch' | 'exhausted' | 'bad_request' | 'not_found'} RequestKind
 * @typedef {{ index: number, method: string, path: string, api: ModelApi | null, kind: RequestKind,
 *   turn: number | null, model: string | null, stream: boolean, status: number,
 *   headers: Record<string, string | string[] | undefined>, body: unknown, error: string | null }} RecordedRequest
 * @typedef {{ url: string, port: number, requests: RecordedRequest[], turnsServed: () => number,
 *   close: () => Promise<void> }} AgentSim
 */

/** @type {Record<string, ModelApi | 'count_tokens'>} */
const ROUTES = {
  '/v1/messages': 'anthropic',
  '/v1/messages/count_tokens': 'count_tokens',
  '/v1/responses': 'responses',
  '/v1/chat/completions': 'chat',
};

/**
 * Starts the endpoint on 127.0.0.1. Each model request takes a scripted turn (see `pickTurn`); side
 * requests (see `Scenario.side`) get a canned text without advancing the script.
 * Also listens on `socketPath` when given (a Unix socket reaches into `unshare -n` namespaces).
 * @param {{ scenario: unknown, port?: number, host?: string, socketPath?: string, now?: () => number,
 *   onRequest?: (request: RecordedRequest) => void }} options
 * @returns {Promise<AgentSim>}
 */
export async function startAgentSim({ scenario, port = 0, host = '127.0.0.1', socketPath, now, onRequest }) {
  const script = validateScenario(scenario);
  const clock = now ?? (() => Math.floor(Date.now() / 1000));
  /** @type {RecordedRequest[]} */
  const requests = [];
  /** @type {boolean[]} */
  const served = script.turns.map(() => false);
  let sides = 0;

  /**
   * @param {string} method
   * @param {string} path
   * @param {URLSearchParams} query
   * @param {string} raw
   * @param {RecordedRequest} entry
   * @returns {Reply}
   */
  const answer = (method, path, query, raw, entry) => {
    const gemini = method === 'POST' ? geminiRoute(path) : undefined;
    const route = method !== 'POST' ? undefined : gemini ? 'gemini' : ROUTES[path];
    if (route === undefined) {
      entry.kind = 'not_found';
      entry.error = `no route for ${method} ${path}`;
      const message = `agent-sim: ${entry.error}`;
      if (path.startsWith('/v1/messages')) return anthropicError(404, 'not_found_error', message);
      if (path.startsWith('/v1beta/') || path.startsWith('/v1alpha/')) return geminiError(404, message);
      return openAiError(404, 'not_found_error', message);
    }
    const api = route === 'count_tokens' ? 'anthropic' : route;
    entry.api = api;
    const fail = (/** @type {RecordedRequest['kind']} */ kind, /** @type {string} */ message) => {
      entry.kind = kind;
      entry.error = message;
      if (api === 'anthropic') return anthropicError(400, 'invalid_request_error', `agent-sim: ${message}`);
      if (api === 'gemini') return geminiError(400, `agent-sim: ${message}`);
      return openAiError(400, 'invalid_request_error', `agent-sim: ${message}`);
    };
    /** @type {unknown} */
    let body;
    try {
      body = JSON.parse(raw);
    } catch {
      return fail('bad_request', 'the request body is not JSON');
    }
    if (!isObject(body)) return fail('bad_request', 'the request body is not a JSON object');
    entry.body = body;
    // Gemini names the model and the streaming in the path, the others in the body.
    entry.model = gemini ? gemini.model : typeof body['model'] === 'string' ? body['model'] : null;
    entry.stream = gemini ? gemini.method === 'streamGenerateContent' : body['stream'] === true;
    if (route === 'count_tokens' || gemini?.method === 'countTokens') {
      entry.kind = 'count_tokens';
      return gemini ? renderGeminiCountTokens(raw) : renderCountTokens(raw);
    }
    const model = entry.model ?? 'agent-sim';
    const json = api === 'gemini' ? geminiJsonSchema(body) : null;
    const text = requestText(api, body);
    const side = findSideMatcher(script.side ?? DEFAULT_SIDE, { model, ...text, json });
    /** @type {import('./internal/scenario.js').ScenarioResponse} */
    let respond;
    if (side) {
      entry.kind = 'side';
      sides += 1;
      // A side request that wants JSON gets a value of its schema unless the matcher names a text.
      const fallback = json === null ? SIDE_TEXT : JSON.stringify(exampleFor(json));
      respond = { text: side.text ?? fallback };
    } else {
      const picked = pickTurn(script.turns, served, text.tail);
      if (picked.index === undefined) return fail(picked.kind, picked.message);
      served[picked.index] = true;
      entry.kind = 'turn';
      entry.turn = picked.index;
      respond = picked.respond;
    }
    // Ids depend only on the turn (or side-request) number, so reruns produce the same ids.
    const tag = side
      ? `s${String(sides).padStart(4, '0')}`
      : `t${String((entry.turn ?? 0) + 1).padStart(4, '0')}`;
    const stream = entry.stream;
    if (api === 'anthropic') {
      const ids = {
        message: `msg_agentsim_${tag}`,
        request: `req_agentsim_${tag}`,
        toolPrefix: `toolu_agentsim_${tag}`,
      };
      return renderAnthropic({ respond, model, stream, ids });
    }
    if (api === 'responses') {
      const ids = {
        response: `resp_agentsim_${tag}`,
        request: `req_agentsim_${tag}`,
        prefix: `agentsim_${tag}`,
      };
      return renderResponses({ respond, body, model, stream, ids, now: clock() });
    }
    if (api === 'gemini') {
      const sse = query.get('alt') === 'sse';
      return renderGemini({ respond, model, stream, sse, id: `agentsim_${tag}` });
    }
    return renderChat({ respond, body, model, stream, id: `chatcmpl-agentsim-${tag}`, now: clock() });
  };

  /** @type {import('node:http').RequestListener} */
  const handle = (req, res) => {
    /** @type {Buffer[]} */
    const parts = [];
    req.on('data', (chunk) => parts.push(chunk));
    req.on('end', () => {
      const [path = '/', search = ''] = (req.url ?? '/').split('?');
      const method = req.method ?? 'GET';
      /** @type {RecordedRequest} */
      const entry = {
        index: requests.length,
        method,
        path,
        api: null,
        kind: 'not_found',
        turn: null,
        model: null,
        stream: false,
        status: 0,
        headers: req.headers,
        body: null,
        error: null,
      };
      requests.push(entry);
      const reply = answer(
        method,
        path,
        new URLSearchParams(search),
        Buffer.concat(parts).toString('utf8'),
        entry,
      );
      entry.status = reply.status;
      onRequest?.(entry);
      res.writeHead(reply.status, { 'cache-control': 'no-cache', ...reply.headers });
      for (const chunk of reply.chunks) res.write(chunk);
      res.end();
    });
  };
  const server = createServer(handle);
  const listen = (
    /** @type {import('node:http').Server} */ s,
    /** @type {import('node:net').ListenOptions} */ at,
  ) =>
    new Promise((resolve, reject) => {
      s.once('error', reject);
      s.listen(at, () => resolve(undefined));
    });
  await listen(server, { port, host });
  const servers = [server];
  if (socketPath !== undefined) {
    const unix = createServer(handle);
    await listen(unix, { path: socketPath });
    servers.push(unix);
  }
  const address = server.address();
  const bound = typeof address === 'object' && address !== null ? address.port : port;
  return {
    url: `http://${host}:${bound}`,
    port: bound,
    requests,
    turnsServed: () => served.filter(Boolean).length,
    close: async () => {
      await Promise.all(
        servers.map(
          (s) =>
            new Promise((resolve) => {
              s.closeAllConnections();
              s.close(() => resolve(undefined));
            }),
        ),
      );
    },
  };
}
