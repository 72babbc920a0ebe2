import { BaseCommand, type CommandResult } from '../base-command.js';

export default class Doctor extends BaseCommand<typeof Doctor> {
  static override summary =
    'Check the capture integrations, recent captures, the index and the security floor';
  static override description =
    'Exits 3 when an installed integration is broken or drifted (points at another install or version); the top-level next_command says what to run.';
  static override examples = ['<%= config.bin %> doctor', '<%= config.bin %> --json doctor'];

  protected async execute(): Promise<CommandResult> {
    const { runDoctor } = await import('@opentraces/sdk');
    const { hookCommandFor } = await import('../hook-command.js');
    const report = await runDoctor(
      { home: this.home },
      {
        userHome: this.config.home,
        command: hookCommandFor(this.config, this.home),
        cwd: process.cwd(),
        ...(process.env['CODEX_HOME'] ? { codexHome: process.env['CODEX_HOME'] } : {}),
      },
    );
    const fixes = report.checks.filter((c) => c.state !== 'ok' && c.fix).map((c) => c.fix as string);
    const first = report.checks.find((c) => c.state === 'error' && c.fix) ?? report.checks.find((c) => c.fix);
    return {
      payload: { status: report.broken ? 'needs_action' : 'ok', doctor: report },
      human: report.checks.map((c) => `${c.state.padEnd(5)} ${c.name.padEnd(24)} ${c.detail}`),
      nextSteps: [...new Set(fixes)].map((f) => `Run: ${f}`),
      nextCommand: first?.fix ?? null,
      ...(report.broken ? { exitCode: 3 } : {}),
    };
  }
}
