import { BaseCommand, type CommandResult } from '../base-command.js';

export default class Status extends BaseCommand<typeof Status> {
  static override summary = 'Show what the bucket and the index hold, and the most recent traces';
  static override examples = ['<%= config.bin %> status', '<%= config.bin %> --json status'];

  protected async execute(): Promise<CommandResult> {
    const { captureDecision, getStatus, readConfig } = await import('@opentraces/sdk');
    const ctx = { home: this.home };
    const status = await getStatus(ctx);
    const decision = captureDecision(ctx, process.cwd());
    const project = {
      root: decision.root,
      captured: decision.capture,
      reason: decision.reason,
      tracking_mode: readConfig(ctx).tracking_mode,
    };
    const empty = status.bucket.traces === 0;
    return {
      payload: { ...status, project },
      human: [
        `home     ${status.home}`,
        `project  ${project.root}: capture ${project.captured ? 'on' : 'off'} (${project.reason})`,
        `bucket   ${status.bucket.exists ? `${status.bucket.traces} traces, ${status.bucket.blobs} raw blobs` : 'not created yet'}`,
        `index    ${status.index.exists ? `${status.index.documents} documents` : 'not built yet'}`,
        ...status.recent.map(
          (t) => `  ${t.trace_id.slice(0, 8)}  ${t.agent.padEnd(12)} ${t.steps} steps  ${t.title ?? ''}`,
        ),
      ],
      nextSteps: empty ? ['Import existing sessions: opentraces trace import <session.jsonl|folder>'] : [],
      nextCommand: empty ? 'opentraces trace import <path>' : null,
    };
  }
}
