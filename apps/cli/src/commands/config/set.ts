import { Args } from '@oclif/core';
import { BaseCommand, type CommandResult } from '../../base-command.js';

export default class ConfigSet extends BaseCommand<typeof ConfigSet> {
  static override summary = 'Change a setting (lists are comma-separated)';
  static override examples = [
    '<%= config.bin %> config set excluded_projects /home/me/secret-repo',
    '<%= config.bin %> config set tracking_mode manual',
    '<%= config.bin %> config set pricing_file ./prices.json',
  ];
  static override args = {
    key: Args.string({ required: true, description: 'the setting' }),
    value: Args.string({ required: true, description: 'its new value ("" to clear)' }),
  };

  protected async execute(): Promise<CommandResult> {
    const sdk = await import('@opentraces/sdk');
    const config = sdk.setConfigValue({ home: this.home }, this.args.key, this.args.value);
    const value = config[this.args.key as keyof typeof config];
    return { payload: { key: this.args.key, value }, human: [`${this.args.key} = ${JSON.stringify(value)}`] };
  }
}
