import { Flags } from '@oclif/core';
import { BaseCommand, type CommandResult } from '../../base-command.js';

export default class SetupGit extends BaseCommand<typeof SetupGit> {
  static override summary = 'Install a git post-commit hook that records commits for attribution';
  static override description =
    'Chained with an existing post-commit hook (kept as post-commit.pre-opentraces and run first). The hook never fails a commit.';
  static override examples = ['<%= config.bin %> setup git', '<%= config.bin %> setup git --remove'];
  static override flags = {
    repo: Flags.string({ description: 'the repository root [default: the current directory]' }),
    'dry-run': Flags.boolean({ description: 'show the change without writing' }),
    remove: Flags.boolean({ description: 'remove the opentraces hook (restores a chained one)' }),
  };

  protected async execute(): Promise<CommandResult> {
    const { setupGit } = await import('@opentraces/sdk');
    const { hookCommandFor } = await import('../../hook-command.js');
    const result = setupGit({
      repo: this.flags.repo ?? process.cwd(),
      command: hookCommandFor(this.config, this.home),
      dryRun: this.flags['dry-run'],
      remove: this.flags.remove,
    });
    return {
      payload: { ...result },
      human: [
        result.file,
        ...result.changes.map(
          (c) => `  ${c.event} ${c.action}${result.chained ? ' (chained with the existing hook)' : ''}`,
        ),
      ],
    };
  }
}
