export { claudeCodeParser } from './internal/claude-code/parser.js';
export { codexParser } from './internal/codex/parser.js';
export type {
  CompanionFile,
  FidelityReport,
  OpenOptions,
  ParseDiagnostic,
  ParseInput,
  ParseResult,
  ParserSession,
  ParserState,
  ResultOptions,
  TraceParser,
} from './internal/contract.js';
export { copilotParser } from './internal/copilot/parser.js';
export { type CostEstimate, estimateCost } from './internal/enrich/cost.js';
export { type EnrichOptions, type EnrichResult, enrichRecord } from './internal/enrich/enrich-record.js';
export { normalizeModelId, resolvePrice } from './internal/enrich/model-id.js';
export {
  DEFAULT_PRICING,
  type ModelPrice,
  type PricingTable,
  type TokenPrices,
} from './internal/enrich/pricing.js';
export { parsePricingFile } from './internal/enrich/pricing-file.js';
export type { EnrichWarning, EnrichWarningCode } from './internal/enrich/types.js';
export { geminiParser } from './internal/gemini/parser.js';
export { piParser } from './internal/pi/parser.js';
export { BUILTIN_PARSERS, detectParser, parseSession } from './internal/registry.js';
export { parseDatasetRow, type RowFormat } from './internal/rows/dataset-row.js';
export { isOpenAiMessagesRow, parseOpenAiMessagesRow } from './internal/rows/openai-messages.js';
export type { RowParseResult, RowSource } from './internal/rows/rows.js';
export { isShareGptRow, parseShareGptRow } from './internal/rows/sharegpt.js';
export { normalizeToolName } from './internal/rows/tool-names.js';
export {
  openSession,
  PARSER_STATE_VERSION,
  resumeSession,
  stateMatches,
} from './internal/session.js';
