import { Args } from '@oclif/core';
import { BaseCommand, type CommandResult } from '../../../base-command.js';

export default class SecurityToolsInfo extends BaseCommand<typeof SecurityToolsInfo> {
  static override summary = 'Describe one security tool: scope, fields, what it finds, availability';
  static override examples = ['<%= config.bin %> security tools info regex --json'];
  static override args = { tool: Args.string({ required: true, description: 'the tool name' }) };

  protected async execute(): Promise<CommandResult> {
    const sdk = await import('@opentraces/sdk');
    const tool = await sdk.securityToolInfo({ home: this.home }, this.args.tool);
    return {
      payload: { tool },
      human: [
        `${this.bold(tool.name)} (#${tool.order}, ${tool.scope} scope, ${tool.effect})`,
        tool.summary,
        `finds: ${tool.finds.join(', ')}`,
        `fields: ${tool.fields.join(', ')}`,
        `sensitivity-aware: ${tool.sensitivity_aware ? 'yes' : 'no'}`,
        `config: ${tool.enabled ? 'enabled' : 'off'}; here: ${tool.available ? 'available' : 'unavailable'} (${tool.detail})`,
        ...(tool.hint ? [tool.hint] : []),
      ],
      nextSteps: [`printf '%s\\n' '{"text":"…"}' | opentraces security sanitize --tools ${tool.name}`],
      nextCommand: null,
    };
  }
}
