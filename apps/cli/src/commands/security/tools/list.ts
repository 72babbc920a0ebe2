import { BaseCommand, type CommandResult } from '../../../base-command.js';

export default class SecurityToolsList extends BaseCommand<typeof SecurityToolsList> {
  static override summary = 'List the security tools in canonical order, with availability and config flags';
  static override examples = [
    '<%= config.bin %> security tools list',
    '<%= config.bin %> security tools list --json',
  ];

  protected async execute(): Promise<CommandResult> {
    const sdk = await import('@opentraces/sdk');
    const tools = await sdk.listSecurityTools({ home: this.home });
    const width = Math.max(...tools.map((t) => t.name.length));
    return {
      payload: { tools },
      human: tools.map(
        (t) =>
          `${t.name.padEnd(width)}  ${t.scope.padEnd(6)}  ${(t.enabled ? 'enabled' : 'off').padEnd(7)}  ${
            t.available ? 'available' : this.red('unavailable')
          }  ${this.dim(t.summary)}`,
      ),
      nextSteps: [
        'opentraces security tools info <tool>',
        'opentraces config set security_tools regex,entropy',
      ],
      nextCommand: 'opentraces security tools info regex',
    };
  }
}
