import { Args } from '@oclif/core';
import { BaseCommand, type CommandResult } from '../../base-command.js';

export default class ConfigGet extends BaseCommand<typeof ConfigGet> {
  static override summary = 'Show the settings (or one of them)';
  static override examples = [
    '<%= config.bin %> config get',
    '<%= config.bin %> config get excluded_projects --json',
  ];
  static override args = { key: Args.string({ description: 'one setting' }) };

  protected async execute(): Promise<CommandResult> {
    const sdk = await import('@opentraces/sdk');
    const config = sdk.readConfig({ home: this.home });
    const { key } = this.args;
    const shown = key ? { [key]: config[sdk.checkConfigKey(key)] } : { ...config };
    return {
      payload: { config: shown },
      human: Object.entries(shown).map(([k, v]) => `${k} = ${JSON.stringify(v)}`),
    };
  }
}
