import { BaseCommand, type CommandResult } from '../../base-command.js';

export default class BucketRepair extends BaseCommand<typeof BucketRepair> {
  static override summary =
    'Rebuild the manifest, digests and projection from the files on disk; quarantine damaged files';
  static override description =
    'Re-hashes every blob and envelope. Damaged files are moved under bucket/quarantine/<time>/ (never deleted); the listing projection is replaced in one transaction and the manifest is written last, so a repair that is killed can simply be run again.';
  static override examples = ['<%= config.bin %> bucket repair --json'];

  protected async execute(): Promise<CommandResult> {
    const { repairBucket } = await import('@opentraces/sdk');
    this.progress('repairing');
    const report = await repairBucket({ home: this.home });
    const steps = [
      ...(report.quarantined.length > 0
        ? [
            `${report.quarantined.length} damaged file(s) moved to ${report.quarantined[0]!.to.split('/quarantine/')[0]}/quarantine/ (kept, not deleted).`,
          ]
        : []),
      ...(report.missing_blobs.length > 0
        ? [
            `${report.missing_blobs.length} blob(s) that traces reference are gone (first: trace ${report.missing_blobs[0]!.trace_id}); re-import those sessions from their transcripts if they still exist.`,
          ]
        : []),
      ...(report.temp_files > 0
        ? [
            `${report.temp_files} temp file(s) of interrupted writes: \`opentraces bucket prune\` removes them.`,
          ]
        : []),
    ];
    return {
      payload: { status: report.missing_blobs.length > 0 ? 'needs_action' : 'ok', repair: report },
      human: [
        `repaired ${report.root}: ${report.traces} traces, ${report.blobs} blobs, projection ${report.projection.traces} traces`,
        `manifest was ${report.manifest.before}${report.manifest.changed.length > 0 ? `; changed: ${report.manifest.changed.join(', ')}` : '; nothing differed'}`,
        ...report.quarantined.map((q) => `quarantined ${q.sha256 ?? q.trace_id}: ${q.reason} → ${q.to}`),
      ],
      nextSteps: steps,
      nextCommand:
        report.missing_blobs.length > 0
          ? 'opentraces trace import <path>'
          : report.temp_files > 0
            ? 'opentraces bucket prune'
            : null,
    };
  }
}
