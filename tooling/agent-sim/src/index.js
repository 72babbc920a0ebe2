// @opentraces-tooling/agent-sim: a scripted LLM endpoint and a rig for running real agent CLIs.
export {
  checkRegistry,
  DEFAULT_CACHE_DIR,
  ensureClient,
  isClientCached,
  PINNED_VERSIONS,
} from './clients/ensure-client.js';
export { checkIsolation, NETNS_PORT, runIsolated } from './clients/isolate.js';
export { CLAUDE_ENV, classifyClaudeFile, runClaude } from './clients/run-claude.js';
export { codexConfig, runCodex } from './clients/run-codex.js';
export { fillPlaceholders, GITCONFIG, listFiles } from './clients/run-dir.js';
export { classifyGeminiFile, GEMINI_ENV, GEMINI_SETTINGS, runGemini } from './clients/run-gemini.js';
export {
  DEFAULT_SIDE,
  DEFAULT_USAGE,
  GEMINI_ROUTER_ANSWER,
  SIDE_TEXT,
  validateScenario,
} from './internal/scenario.js';
export { startAgentSim } from './server.js';
export { readSse } from './sse-reader.js';
