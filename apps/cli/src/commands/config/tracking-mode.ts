import { Args } from '@oclif/core';
import { BaseCommand, type CommandResult } from '../../base-command.js';

export default class ConfigTrackingMode extends BaseCommand<typeof ConfigTrackingMode> {
  static override summary = 'Show or set the tracking mode (global or manual)';
  static override description =
    'global (default): a capture hook enrols the project it fires in, unless excluded. manual: only projects enrolled with `opentraces init` are captured.';
  static override examples = [
    '<%= config.bin %> config tracking-mode',
    '<%= config.bin %> config tracking-mode manual',
  ];
  static override args = {
    mode: Args.string({ options: ['global', 'manual'], description: 'the new mode' }),
  };

  protected async execute(): Promise<CommandResult> {
    const sdk = await import('@opentraces/sdk');
    const ctx = { home: this.home };
    const config = this.args.mode
      ? sdk.setConfigValue(ctx, 'tracking_mode', this.args.mode)
      : sdk.readConfig(ctx);
    return { payload: { tracking_mode: config.tracking_mode }, human: [config.tracking_mode] };
  }
}
