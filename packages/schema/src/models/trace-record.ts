import { type Static, Type } from '@sinclair/typebox';
import { Nullable, Step } from './step.js';

export const Task = Type.Object(
  {
    description: Nullable(Type.String()),
    source: Nullable(Type.String()),
    repository: Nullable(Type.String()),
    repository_url: Nullable(Type.String()),
    base_commit: Nullable(Type.String()),
  },
  { $id: 'Task', additionalProperties: true },
);
export type Task = Static<typeof Task>;

export const Agent = Type.Object(
  { name: Type.String(), version: Nullable(Type.String()), model: Nullable(Type.String()) },
  { $id: 'Agent', additionalProperties: true },
);
export type Agent = Static<typeof Agent>;

export const Vcs = Type.Object(
  {
    type: Nullable(Type.String()),
    base_commit: Nullable(Type.String()),
    branch: Nullable(Type.String()),
    diff: Nullable(Type.String()),
  },
  { $id: 'Vcs', additionalProperties: true },
);

export const ResolvedDependency = Type.Object(
  {
    name: Type.String(),
    version: Nullable(Type.String()),
    hash: Nullable(Type.String()),
    marker: Nullable(Type.String()),
    source: Nullable(Type.String()),
  },
  { $id: 'ResolvedDependency', additionalProperties: true },
);

export const Environment = Type.Object(
  {
    os: Nullable(Type.String()),
    shell: Nullable(Type.String()),
    vcs: Nullable(Vcs),
    language_ecosystem: Type.Optional(Type.Array(Type.String())),
    resolved_dependencies: Nullable(Type.Array(ResolvedDependency)),
    interpreter: Nullable(
      Type.Object(
        { name: Nullable(Type.String()), version: Nullable(Type.String()) },
        { additionalProperties: true },
      ),
    ),
    arch: Nullable(Type.String()),
    platform: Nullable(Type.String()),
    abi_tag: Nullable(Type.String()),
  },
  { $id: 'Environment', additionalProperties: true },
);
export type Environment = Static<typeof Environment>;

export const Outcome = Type.Object(
  {
    success: Nullable(Type.Boolean()),
    signal_source: Nullable(Type.String()),
    signal_confidence: Nullable(
      Type.Union([Type.Literal('derived'), Type.Literal('inferred'), Type.Literal('annotated')]),
    ),
    description: Nullable(Type.String()),
    committed: Nullable(Type.Boolean()),
    commit_sha: Nullable(Type.String()),
    terminal_state: Nullable(
      Type.Union([
        Type.Literal('goal_reached'),
        Type.Literal('interrupted'),
        Type.Literal('error'),
        Type.Literal('abandoned'),
      ]),
    ),
    reward: Nullable(Type.Number()),
    reward_source: Nullable(Type.String()),
  },
  { $id: 'Outcome', additionalProperties: true },
);
export type Outcome = Static<typeof Outcome>;

export const Metrics = Type.Object(
  {
    total_steps: Nullable(Type.Integer({ minimum: 0 })),
    total_input_tokens: Nullable(Type.Integer({ minimum: 0 })),
    total_output_tokens: Nullable(Type.Integer({ minimum: 0 })),
    total_cache_read_tokens: Nullable(Type.Integer({ minimum: 0 })),
    total_cache_creation_tokens: Nullable(Type.Integer({ minimum: 0 })),
    /** Reasoning tokens over all steps, when reported; included in `total_output_tokens`. */
    total_reasoning_tokens: Nullable(Type.Integer({ minimum: 0 })),
    total_duration_s: Nullable(Type.Number({ minimum: 0 })),
    cache_hit_rate: Nullable(Type.Number({ minimum: 0, maximum: 1 })),
    estimated_cost_usd: Nullable(Type.Number({ minimum: 0 })),
  },
  { $id: 'Metrics', additionalProperties: true },
);
export type Metrics = Static<typeof Metrics>;

export const SecurityMetadata = Type.Object(
  {
    scanned: Type.Optional(Type.Boolean()),
    flags_reviewed: Nullable(Type.Integer({ minimum: 0 })),
    redactions_applied: Nullable(Type.Integer({ minimum: 0 })),
    classifier_version: Nullable(Type.String()),
    tools_applied: Type.Optional(Type.Array(Type.String())),
    // the sanitizer's SECURITY_VERSION: a lower number means re-sanitize (security-tools README)
    security_version: Type.Optional(Type.Integer({ minimum: 0 })),
    // findings per tool, summed over every sanitization of the record
    tool_counts: Type.Optional(Type.Record(Type.String(), Type.Integer({ minimum: 0 }))),
    // the classifier's flags: pattern, highest severity, how many strings raised it (never the match)
    classifier_flags: Type.Optional(
      Type.Array(
        Type.Object(
          { pattern: Type.String(), severity: Type.String(), count: Type.Integer({ minimum: 0 }) },
          { additionalProperties: true },
        ),
      ),
    ),
  },
  { $id: 'SecurityMetadata', additionalProperties: true },
);
export type SecurityMetadata = Static<typeof SecurityMetadata>;

const LineRangeRef = Type.Object(
  {
    start_line: Type.Integer({ minimum: 0 }),
    end_line: Type.Integer({ minimum: 0 }),
    content_hash: Nullable(Type.String()),
  },
  { additionalProperties: true },
);

const VcsRevision = Type.Object(
  { vcs_type: Nullable(Type.String()), revision: Nullable(Type.String()) },
  { additionalProperties: true },
);

const AttributionRange = Type.Object(
  {
    start_line: Type.Integer({ minimum: 0 }),
    end_line: Type.Integer({ minimum: 0 }),
    content_hash: Nullable(Type.String()),
    // a score in 0..1, or the original tool's 'high' | 'medium' | 'low'
    confidence: Nullable(Type.Union([Type.Number(), Type.String()])),
    change_type: Nullable(Type.String()),
    // the original text, or (original tool) the line range and hash it replaced
    original: Nullable(Type.Union([Type.String(), LineRangeRef])),
    contributor: Nullable(Type.Unknown()),
  },
  { additionalProperties: true },
);

export const Attribution = Type.Object(
  {
    experimental: Type.Optional(Type.Boolean()),
    // a commit sha, or (original tool) {vcs_type, revision}
    revision: Nullable(Type.Union([Type.String(), VcsRevision])),
    files: Type.Optional(
      Type.Array(
        Type.Object(
          {
            path: Type.String(),
            conversations: Type.Array(
              Type.Object(
                {
                  contributor: Nullable(Type.Unknown()),
                  url: Nullable(Type.String()),
                  // message ids, or (original tool) a map provider -> id | ids
                  ids: Nullable(
                    Type.Union([
                      Type.Array(Type.String()),
                      Type.Record(Type.String(), Type.Union([Type.String(), Type.Array(Type.String())])),
                    ]),
                  ),
                  related: Nullable(Type.Array(Type.Unknown())),
                  ranges: Type.Array(AttributionRange),
                },
                { additionalProperties: true },
              ),
            ),
          },
          { additionalProperties: true },
        ),
      ),
    ),
    unaccounted_files: Nullable(Type.Array(Type.String())),
  },
  { $id: 'Attribution', additionalProperties: true },
);
export type Attribution = Static<typeof Attribution>;

export const GitLink = Type.Object(
  {
    vcs_type: Nullable(Type.String()),
    revision: Nullable(Type.String()),
    repo_url: Nullable(Type.String()),
    branch: Nullable(Type.String()),
    tier: Nullable(Type.String()),
    commit_reachable: Nullable(Type.Boolean()),
    content_alive: Nullable(Type.Boolean()),
  },
  { $id: 'GitLink', additionalProperties: true },
);
export type GitLink = Static<typeof GitLink>;

export const GitAnchor = Type.Object(
  {
    last_searched_at: Nullable(Type.String()),
    found: Nullable(Type.Boolean()),
    commit_sha: Nullable(Type.String()),
    path: Nullable(Type.String()),
    blob_sha: Nullable(Type.String()),
    git_patch_id: Nullable(Type.String()),
    evidence_tier: Nullable(Type.String()),
    evidence_firmness: Nullable(Type.String()),
  },
  { $id: 'GitAnchor', additionalProperties: true },
);

export const Patch = Type.Object(
  {
    patch_id: Type.String(),
    file_path: Type.String(),
    step_index: Nullable(Type.Integer({ minimum: 0 })),
    tool_call_id: Nullable(Type.String()),
    capture_method: Type.Optional(Type.Array(Type.String())),
    before_snapshot_id: Nullable(Type.String()),
    after_snapshot_id: Nullable(Type.String()),
    anchor: Nullable(GitAnchor),
    superseded_by: Nullable(Type.String()),
    limitations: Type.Optional(Type.Array(Type.String())),
  },
  { $id: 'Patch', additionalProperties: true },
);
export type Patch = Static<typeof Patch>;

export const TraceRecord = Type.Object(
  {
    schema_version: Type.String(),
    trace_id: Type.String({ minLength: 1 }),
    session_id: Type.String(),
    content_hash: Nullable(Type.String()),
    timestamp_start: Nullable(Type.String()),
    timestamp_end: Nullable(Type.String()),
    execution_context: Nullable(Type.Union([Type.Literal('devtime'), Type.Literal('runtime')])),
    task: Type.Optional(Task),
    agent: Agent,
    environment: Type.Optional(Environment),
    system_prompts: Type.Optional(Type.Record(Type.String(), Type.String())),
    tool_definitions: Type.Optional(Type.Array(Type.Unknown())),
    steps: Type.Array(Step),
    outcome: Type.Optional(Outcome),
    dependencies: Type.Optional(Type.Array(Type.String())),
    metrics: Type.Optional(Metrics),
    security: Type.Optional(SecurityMetadata),
    attribution: Nullable(Attribution),
    lifecycle: Nullable(Type.Union([Type.Literal('provisional'), Type.Literal('final')])),
    generation_index: Nullable(Type.Integer({ minimum: 0 })),
    patches: Type.Optional(Type.Array(Patch)),
    git_links: Type.Optional(Type.Array(GitLink)),
    context_tree_summary: Nullable(Type.Unknown()),
    metadata: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  { $id: 'TraceRecord', additionalProperties: true },
);
export type TraceRecord = Static<typeof TraceRecord>;
