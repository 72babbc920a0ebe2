import { Flags } from '@oclif/core';
import { BaseCommand, type CommandResult } from '../base-command.js';

/** Past this the hook gives up (the agent's hook timeout is 30 s); the next hook picks up where it stopped. */
const CAPTURE_BUDGET_MS = 25_000;

export default class Capture extends BaseCommand<typeof Capture> {
  static override hidden = true;
  static override summary =
    'The hook handler: capture the session an agent hook fired for (reads the hook JSON on stdin)';
  static override description =
    'Always exits 0 and prints nothing (unless --json): a capture problem must never block or fail the agent. Without --sync, bin/run.js answers it without loading the CLI: the payload is spooled under <home>/capture/spool and a detached `_capture-worker` captures it. Outcomes go to <home>/capture/log.jsonl, which `opentraces doctor` reads.';
  static override examples = [
    `echo '{"session_id":"s","transcript_path":"/home/me/.claude/projects/p/s.jsonl","cwd":"/home/me/p","hook_event_name":"Stop"}' | <%= config.bin %> _capture --agent claude-code`,
  ];
  static override flags = {
    agent: Flags.string({
      description: 'the agent whose hook fired (claude-code, codex-cli, pi, git)',
      default: 'claude-code',
    }),
    event: Flags.string({ description: 'the event, when the payload does not say (git hooks)' }),
    sync: Flags.boolean({
      description:
        'capture now and report the outcome (without it the payload is spooled for a detached worker)',
    }),
  };

  protected async execute(): Promise<CommandResult> {
    const { readPayload } = await import('../hook-fast.js');
    const payload = await readPayload();
    const { captureFromHook, recordGitCommit } = await import('@opentraces/sdk');
    const ctx = { home: this.home };
    const work =
      this.flags.agent === 'git'
        ? recordGitCommit(ctx, { cwd: process.cwd() })
        : captureFromHook(ctx, { agent: this.flags.agent, payload });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<{ status: 'failed'; reason: string }>((resolve) => {
      timer = setTimeout(
        () => resolve({ status: 'failed', reason: `gave up after ${CAPTURE_BUDGET_MS} ms` }),
        CAPTURE_BUDGET_MS,
      );
      timer.unref();
    });
    const result = await Promise.race([work, timeout]);
    clearTimeout(timer);
    process.exitCode = 0;
    return { payload: { capture: result }, human: [], exitCode: 0 };
  }

  protected override async catch(): Promise<void> {
    // Never fail the agent: any error (bad flags included) still exits 0.
    process.exitCode = 0;
  }
}
