import { Flags } from '@oclif/core';
import { BaseCommand, type CommandResult } from '../../base-command.js';

export default class BucketRebuild extends BaseCommand<typeof BucketRebuild> {
  static override summary = 'Regenerate derived bucket projections from the canonical envelopes';
  static override description =
    'projections: the lmdb listing projection (what `status` lists and `trace get <prefix>` resolves), replaced in one transaction. context-tree: context nodes are stored inside each record (Step.context_node_id), so there is nothing separate to rebuild yet; it says so. Without --substrate, both.';
  static override examples = [
    '<%= config.bin %> bucket rebuild --json',
    '<%= config.bin %> bucket rebuild --substrate context-tree --json',
  ];
  static override flags = {
    substrate: Flags.option({
      description: 'rebuild only this substrate',
      options: ['projections', 'context-tree'] as const,
    })(),
  };

  protected async execute(): Promise<CommandResult> {
    const { rebuildBucket } = await import('@opentraces/sdk');
    this.progress('rebuilding', { substrate: this.flags.substrate ?? 'all' });
    const report = await rebuildBucket(
      { home: this.home },
      this.flags.substrate === undefined ? {} : { substrate: this.flags.substrate },
    );
    const skipped = report.substrates.flatMap((s) => s.skipped ?? []);
    return {
      payload: { rebuild: report },
      human: report.substrates.map((s) => `${s.substrate.padEnd(12)} ${s.action}: ${s.detail}`),
      nextSteps:
        skipped.length > 0
          ? [
              `${skipped.length} envelope(s) could not be read (trace ${skipped[0]!.trace_id}): run \`opentraces bucket repair\`.`,
            ]
          : [],
      nextCommand: skipped.length > 0 ? 'opentraces bucket repair' : null,
    };
  }
}
