import { Flags } from '@oclif/core';
import { BaseCommand, type CommandResult } from '../../base-command.js';

export default class BucketVerify extends BaseCommand<typeof BucketVerify> {
  static override summary =
    'Re-hash blobs and envelopes and check them against the manifest (exit 5 on damage)';
  static override description =
    'Blobs are gunzipped and re-hashed (SHA-256 of the content, and the gzip header); envelopes are re-read and their record content hash recomputed. Default: a random sample of 100 of each, plus the checks file names and sizes allow (counts, blob bytes, blob digest). --full checks everything and compares the recomputed digests with the manifest. Never writes. Damage is named exactly (blob sha256 / trace id and path) and exits 5.';
  static override examples = [
    '<%= config.bin %> bucket verify --json',
    '<%= config.bin %> bucket verify --sample 100 --json',
    '<%= config.bin %> bucket verify --full --json',
  ];
  static override flags = {
    sample: Flags.integer({
      description: 'how many blobs and how many envelopes to re-hash [default: 100]',
      min: 0,
      exclusive: ['full'],
    }),
    full: Flags.boolean({ description: 're-hash every blob and envelope', exclusive: ['sample'] }),
  };

  protected async execute(): Promise<CommandResult> {
    const { bucketVerifyFailure, verifyBucket } = await import('@opentraces/sdk');
    this.progress('verifying', { mode: this.flags.full ? 'full' : 'sample' });
    const report = await verifyBucket(
      { home: this.home },
      { full: this.flags.full, ...(this.flags.sample === undefined ? {} : { sample: this.flags.sample }) },
    );
    const failure = bucketVerifyFailure(report);
    const actionable = report.notices.filter((n) => n.kind !== 'temp_files' && n.kind !== 'stray_files');
    return {
      payload: { status: actionable.length > 0 ? 'needs_action' : 'ok', verify: report },
      human: [
        `${report.mode} verify of ${report.root}: ${report.checked.envelopes}/${report.totals.envelopes} envelopes, ${report.checked.blobs}/${report.totals.blobs} blobs re-hashed`,
        `manifest ${report.manifest.state}${report.manifest.compared ? (report.manifest.matches ? ', matches the disk' : `, differs: ${report.manifest.differences.join(', ')}`) : ''}`,
        ...report.issues.map(
          (i) => `DAMAGED ${i.kind} ${i.sha256 ?? i.trace_id ?? ''} ${i.path ?? ''}: ${i.detail}`,
        ),
        ...report.notices.map((n) => `note: ${n.detail}`),
        ...(report.clean ? ['clean'] : []),
      ],
      ...(failure
        ? {
            failure,
            nextCommand: report.issues.every((i) => i.kind === 'blob_missing')
              ? 'opentraces trace import <path>'
              : 'opentraces bucket repair',
          }
        : {
            nextSteps: report.notices.map((n) => n.detail),
            nextCommand: actionable.some((n) => n.kind === 'projection_missing')
              ? 'opentraces bucket rebuild'
              : actionable.length > 0
                ? 'opentraces bucket manifest --heal'
                : report.notices.length > 0
                  ? 'opentraces bucket prune'
                  : null,
          }),
    };
  }
}
