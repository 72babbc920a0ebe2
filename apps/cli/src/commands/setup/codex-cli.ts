import { Flags } from '@oclif/core';
import { BaseCommand, type CommandResult } from '../../base-command.js';

export default class SetupCodexCli extends BaseCommand<typeof SetupCodexCli> {
  static override summary = 'Install the capture hook in Codex CLI (~/.codex/hooks.json)';
  static override description =
    'Adds one opentraces command to the Stop, SubagentStop, PreCompact and SessionEnd hooks, running a wrapper script in --hooks-dir that prints nothing and always exits 0: a passive observer that never approves, denies or blocks anything. Idempotent; every other hook is kept as it was. Codex runs a hook only once it is trusted: with the codex binary on PATH (or --codex-bin) the trust of these hooks is recorded through `codex app-server`; otherwise the output says what to do.';
  static override examples = [
    '<%= config.bin %> setup codex-cli',
    '<%= config.bin %> setup codex-cli --dry-run --json',
    '<%= config.bin %> setup codex-cli --remove',
  ];
  static override flags = {
    'dry-run': Flags.boolean({ description: 'show the change without writing' }),
    remove: Flags.boolean({ description: 'remove the opentraces hooks and the copied script instead' }),
    'hooks-file': Flags.string({
      description: 'the Codex hooks file [default: ~/.codex/hooks.json, or $CODEX_HOME/hooks.json]',
    }),
    'hooks-dir': Flags.string({
      description: 'where the hook script is copied [default: ~/.codex/hooks/opentraces/]',
    }),
    'codex-bin': Flags.string({
      description: 'the codex binary used to record the trust of the hooks [default: codex on PATH]',
    }),
    trust: Flags.boolean({
      description: 'record the trust of the opentraces hooks in Codex (--no-trust: review them in Codex)',
      allowNo: true,
      default: true,
    }),
  };

  protected async execute(): Promise<CommandResult> {
    const { setupCodexCli } = await import('@opentraces/sdk');
    const { hookCommandFor } = await import('../../hook-command.js');
    const codexHome = process.env['CODEX_HOME'];
    const result = await setupCodexCli({
      userHome: this.config.home,
      command: hookCommandFor(this.config, this.home),
      ...(codexHome ? { codexHome } : {}),
      ...(this.flags['hooks-file'] ? { hooksFile: this.flags['hooks-file'] } : {}),
      ...(this.flags['hooks-dir'] ? { hooksDir: this.flags['hooks-dir'] } : {}),
      ...(this.flags['codex-bin'] ? { codexBin: this.flags['codex-bin'] } : {}),
      dryRun: this.flags['dry-run'],
      remove: this.flags.remove,
      trust: this.flags.trust,
    });
    const { trust } = result;
    const verb = result.dry_run ? 'would' : 'did';
    const untrusted = !this.flags.remove && trust.state !== 'trusted';
    const trustLine = this.flags.remove
      ? trust.removed > 0
        ? `trust entries removed from ${trust.config_file}: ${trust.removed}`
        : null
      : trust.state === 'trusted'
        ? `trusted in ${trust.config_file}${trust.recorded > 0 ? ` (recorded through ${trust.via})` : ''}`
        : `NOT trusted yet (${trust.state}): Codex skips these hooks${trust.reason ? ` — ${trust.reason}` : ''}`;
    return {
      payload: { status: untrusted ? 'needs_action' : 'ok', ...result },
      human: [
        `${result.file}${result.existed ? '' : ' (new file)'}`,
        ...result.changes.map((c) => `  ${c.event.padEnd(13)} ${c.action}`),
        `${result.script.file} ${result.script.action}`,
        result.written
          ? 'written (other hooks kept)'
          : result.changes.every((c) => c.action === 'keep') && result.script.action === 'keep'
            ? 'already up to date'
            : result.dry_run
              ? `${verb} not write (dry run)`
              : 'nothing to change',
        ...(trustLine ? [trustLine] : []),
      ],
      nextSteps: this.flags.remove
        ? []
        : untrusted
          ? [...trust.instructions, 'Then check: opentraces doctor']
          : ['Check the installation: opentraces doctor', 'Sessions are captured when each Codex turn ends.'],
      nextCommand: this.flags.remove || untrusted ? null : 'opentraces doctor',
    };
  }
}
