import { Flags } from '@oclif/core';
import { BaseCommand, type CommandResult } from '../../base-command.js';

export default class SetupClaudeCode extends BaseCommand<typeof SetupClaudeCode> {
  static override summary = 'Install the capture hook in Claude Code (~/.claude/settings.json)';
  static override description =
    'Adds one opentraces `_capture` command to the Stop, SubagentStop, PreCompact and SessionEnd hooks. Idempotent; every other setting and hook is kept as it was. The hook never blocks or fails Claude Code.';
  static override examples = [
    '<%= config.bin %> setup claude-code',
    '<%= config.bin %> setup claude-code --dry-run --json',
    '<%= config.bin %> setup claude-code --remove',
  ];
  static override flags = {
    'dry-run': Flags.boolean({ description: 'show the change without writing' }),
    remove: Flags.boolean({ description: 'remove the opentraces hooks instead' }),
    'settings-file': Flags.string({ description: 'the settings file [default: ~/.claude/settings.json]' }),
  };

  protected async execute(): Promise<CommandResult> {
    const { setupClaudeCode } = await import('@opentraces/sdk');
    const { hookCommandFor } = await import('../../hook-command.js');
    const result = setupClaudeCode({
      userHome: this.config.home,
      command: hookCommandFor(this.config, this.home),
      ...(this.flags['settings-file'] ? { settingsFile: this.flags['settings-file'] } : {}),
      dryRun: this.flags['dry-run'],
      remove: this.flags.remove,
    });
    const verb = result.dry_run ? 'would' : 'did';
    return {
      payload: { ...result },
      human: [
        `${result.file}${result.existed ? '' : ' (new file)'}`,
        ...result.changes.map((c) => `  ${c.event.padEnd(13)} ${c.action}`),
        result.written
          ? 'written (other settings and hooks kept)'
          : result.changes.every((c) => c.action === 'keep')
            ? 'already up to date'
            : `${verb} not write (dry run)`,
      ],
      nextSteps: this.flags.remove
        ? []
        : [
            'Check the installation: opentraces doctor',
            'Sessions are captured when each Claude Code turn ends.',
          ],
      nextCommand: this.flags.remove ? null : 'opentraces doctor',
    };
  }
}
