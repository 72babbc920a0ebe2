import { Flags } from '@oclif/core';
import { BaseCommand, type CommandResult } from '../base-command.js';

export default class Remove extends BaseCommand<typeof Remove> {
  static override summary = 'Stop capturing the current project (or every project with --all)';
  static override description =
    'The project stays registered as excluded, so global tracking does not enrol it again. Captured traces are kept.';
  static override examples = ['<%= config.bin %> remove', '<%= config.bin %> remove --all'];
  static override flags = {
    all: Flags.boolean({ description: 'every enrolled project' }),
    dir: Flags.string({ description: 'the project directory [default: the current directory]' }),
  };

  protected async execute(): Promise<CommandResult> {
    const sdk = await import('@opentraces/sdk');
    const ctx = { home: this.home };
    const dirs = this.flags.all
      ? sdk
          .listProjects(ctx)
          .filter((p) => !p.excluded)
          .map((p) => p.root)
      : [this.flags.dir ?? process.cwd()];
    const removed = dirs.map((dir) => sdk.removeProject(ctx, dir));
    return {
      payload: { removed },
      human: removed.length ? removed.map((p) => `excluded ${p.root}`) : ['no enrolled project'],
    };
  }
}
