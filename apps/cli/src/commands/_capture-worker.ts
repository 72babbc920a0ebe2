import { BaseCommand, type CommandResult } from '../base-command.js';

export default class CaptureWorker extends BaseCommand<typeof CaptureWorker> {
  static override hidden = true;
  static override summary =
    'Capture every hook payload waiting in the spool (started detached by `_capture`)';
  static override description =
    'One worker at a time: a second one exits at once and the running one picks up what was spooled meanwhile. Always exits 0.';
  static override examples = ['<%= config.bin %> _capture-worker --json'];

  protected async execute(): Promise<CommandResult> {
    const { drainCaptureSpool } = await import('@opentraces/sdk');
    const report = await drainCaptureSpool({ home: this.home });
    process.exitCode = 0;
    return {
      payload: { drained: report.drained, results: report.results },
      human: report.results.map((r) => `${r.status.padEnd(8)} ${r.transcript ?? ''} ${r.reason}`),
      exitCode: 0,
    };
  }

  protected override async catch(): Promise<void> {
    process.exitCode = 0;
  }
}
