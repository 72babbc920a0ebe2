import { Flags } from '@oclif/core';
import { BaseCommand, type CommandResult } from '../../base-command.js';

export default class BucketPrune extends BaseCommand<typeof BucketPrune> {
  static override summary = 'Remove blobs no trace references and temp files of interrupted writes';
  static override description =
    'Never removes a referenced blob (raw transcript, its pieces, its companion files), a blob stored in the last 15 minutes (a capture may be about to reference it), or anything in quarantine/. Refuses to run while an envelope is unreadable. --dry-run lists what would go and writes nothing.';
  static override examples = [
    '<%= config.bin %> bucket prune --dry-run --json',
    '<%= config.bin %> bucket prune --json',
  ];
  static override flags = {
    'dry-run': Flags.boolean({ description: 'list what would be removed; remove nothing' }),
  };

  protected async execute(): Promise<CommandResult> {
    const { pruneBucket } = await import('@opentraces/sdk');
    const dryRun = this.flags['dry-run'];
    const plan = await pruneBucket({ home: this.home }, { dryRun });
    const verb = dryRun ? 'would remove' : 'removed';
    return {
      payload: { prune: plan },
      human: [
        `${verb} ${plan.blobs.length} unreferenced blob(s) and ${plan.temp_files.length} temp file(s), ${(plan.freed_bytes / 1024).toFixed(1)} KiB`,
        ...plan.blobs.map((b) => `  blob ${b.sha256}`),
        ...plan.temp_files.map((p) => `  temp ${p}`),
        ...(plan.kept_recent.length > 0
          ? [`kept ${plan.kept_recent.length} unreferenced blob(s) stored in the last 15 minutes`]
          : []),
      ],
      nextSteps:
        dryRun && plan.blobs.length + plan.temp_files.length > 0
          ? ['Run `opentraces bucket prune` to remove them.']
          : [],
      nextCommand:
        dryRun && plan.blobs.length + plan.temp_files.length > 0 ? 'opentraces bucket prune' : null,
    };
  }
}
