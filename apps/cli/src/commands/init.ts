import { Flags } from '@oclif/core';
import { BaseCommand, type CommandResult } from '../base-command.js';

export default class Init extends BaseCommand<typeof Init> {
  static override summary = 'Enrol the current project for capture';
  static override description =
    'Under global tracking (the default) capture enrols a project by itself the first time a hook fires there; init makes it explicit (needed under manual tracking) and can import the sessions already on disk.';
  static override examples = [
    '<%= config.bin %> init',
    '<%= config.bin %> init --agent codex-cli',
    '<%= config.bin %> init --agent claude-code --import-existing',
  ];
  static override flags = {
    agent: Flags.string({
      description: 'the agent to enrol (claude, claude-code, codex, codex-cli, pi)',
      multiple: true,
      default: ['claude-code'],
    }),
    'import-existing': Flags.boolean({
      description: "import this project's existing Claude Code sessions now",
      exclusive: ['start-fresh'],
    }),
    'start-fresh': Flags.boolean({ description: 'capture only future sessions (the default)' }),
    'review-policy': Flags.option({
      options: ['review', 'auto'] as const,
      description: 'review policy for new datasets',
    })(),
    dir: Flags.string({ description: 'the project directory [default: the current directory]' }),
  };

  protected async execute(): Promise<CommandResult> {
    const sdk = await import('@opentraces/sdk');
    const ctx = { home: this.home };
    const project = sdk.enrollProject(ctx, {
      dir: this.flags.dir ?? process.cwd(),
      agents: this.flags.agent,
      by: 'init',
      ...(this.flags['review-policy'] ? { reviewPolicy: this.flags['review-policy'] } : {}),
    });
    let imported: { files: number; created: number; updated: number; unchanged: number } | null = null;
    if (this.flags['import-existing']) {
      const sessions = await sdk.discoverSessions({ userHome: this.config.home, agent: 'claude-code' });
      const mine = sessions.filter((s) => sdk.sessionProjectRoot(s.path) === project.root);
      const report = mine.length ? await sdk.importSessions(ctx, { paths: mine.map((s) => s.path) }) : null;
      imported = report
        ? {
            files: report.totals.files,
            created: report.totals.created,
            updated: report.totals.updated,
            unchanged: report.totals.unchanged,
          }
        : { files: 0, created: 0, updated: 0, unchanged: 0 };
    }
    const hooks = sdk.inspectClaudeHooks({
      userHome: this.config.home,
      command: (await import('../hook-command.js')).hookCommandFor(this.config, this.home),
    });
    const needsSetup = project.agents.includes('claude-code') && hooks.state !== 'installed';
    return {
      payload: { project, imported, hooks: { claude_code: hooks.state } },
      human: [
        `enrolled ${project.root} (${project.agents.join(', ')}; review policy ${project.review_policy})`,
        ...(imported
          ? [
              `imported ${imported.files} existing session(s): ${imported.created} new, ${imported.updated} updated`,
            ]
          : []),
      ],
      nextSteps: needsSetup ? ['Install the Claude Code hook: opentraces setup claude-code'] : [],
      nextCommand: needsSetup ? 'opentraces setup claude-code' : 'opentraces status',
    };
  }
}
