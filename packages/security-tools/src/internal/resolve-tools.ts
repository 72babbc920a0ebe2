import { OpentracesError } from '@opentraces/schema';
import { policyTools } from '../policy.js';
import { getSecurityTool, SECURITY_TOOLS, type SecurityToolName } from '../registry.js';

export const DEFAULT_TOOLS: readonly SecurityToolName[] = ['regex'];

/**
 * The tool selection of `options` (`tools`, or the tools of `policy`), validated and deduplicated in
 * canonical order. Unknown names throw `SECURITY_UNKNOWN_TOOL`; both `tools` and `policy` throw
 * `SECURITY_CONFLICTING_OPTIONS`.
 */
export function resolveTools(options: {
  readonly tools?: readonly string[] | undefined;
  readonly policy?: string | undefined;
}): SecurityToolName[] {
  if (options.tools !== undefined && options.policy !== undefined) {
    throw new OpentracesError({
      code: 'SECURITY_CONFLICTING_OPTIONS',
      kind: 'usage',
      message: 'Both a tool list and a policy were given; they are alternatives.',
      hint: 'Pass either `tools` (--tools a,b) or `policy` (--policy recommended).',
    });
  }
  const names = options.policy !== undefined ? policyTools(options.policy) : (options.tools ?? DEFAULT_TOOLS);
  const infos = names.map((name) => getSecurityTool(name));
  return [...new Set(infos)].sort((a, b) => a.order - b.order).map((t) => t.name);
}

/** Two tool lists merged into one, deduplicated, in canonical order (unregistered names last, sorted). */
export function mergeToolNames(a: readonly string[], b: readonly string[]): string[] {
  const rank = (name: string): number => {
    const info = SECURITY_TOOLS.find((t) => t.name === name);
    return info ? info.order : SECURITY_TOOLS.length;
  };
  return [...new Set([...a, ...b])].sort((x, y) => rank(x) - rank(y) || (x < y ? -1 : x > y ? 1 : 0));
}

/** Refuses the external tools where no adapter can run them (the synchronous API). */
export function refuseExternal(tools: readonly SecurityToolName[], available: ReadonlySet<string>): void {
  for (const name of tools) {
    const info = getSecurityTool(name);
    if (!info.external || available.has(name)) continue;
    throw new OpentracesError({
      code: 'SECURITY_TOOL_MISSING',
      kind: 'config',
      message: `The security tool ${JSON.stringify(name)} needs ${name === 'trufflehog' ? 'the trufflehog binary' : 'an LLM endpoint'}, and none is set up here.`,
      hint:
        name === 'trufflehog'
          ? 'Install TruffleHog v3 (brew install trufflehog, or a release from github.com/trufflesecurity/trufflehog) so it is on PATH, or drop trufflehog from the tools.'
          : 'Configure an OpenAI-compatible endpoint (opentraces config set security.llm_pii.base_url …, security.llm_pii.model …), or drop llm_pii from the tools.',
      data: { tool: name },
    });
  }
}
