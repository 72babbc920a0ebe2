import { BaseCommand, type CommandResult } from '../../base-command.js';

export default class BucketStatus extends BaseCommand<typeof BucketStatus> {
  static override summary =
    'Counts and digest of the private bucket, from its persisted manifest (never writes)';
  static override description =
    'Reads only the manifest: as fast on 10,000 traces as on none. A missing or stale manifest is reported, not healed (`bucket manifest --heal` does that).';
  static override examples = ['<%= config.bin %> bucket status', '<%= config.bin %> --json bucket status'];

  protected async execute(): Promise<CommandResult> {
    const { getBucketStatus, manifestAdvice } = await import('@opentraces/sdk');
    const bucket = await getBucketStatus({ home: this.home });
    const advice = manifestAdvice(bucket.manifest_state);
    const c = bucket.counts;
    return {
      payload: { status: advice.status, bucket },
      human: bucket.exists
        ? [
            `bucket     ${bucket.root}`,
            `manifest   ${bucket.manifest_state}${bucket.stale_reason ? ` (${bucket.stale_reason})` : ''}`,
            ...(c
              ? [
                  `traces     ${c.traces} (${c.generations} generations)`,
                  `blobs      ${c.blobs}, ${mib(c.blob_bytes)} on disk for ${mib(c.raw_bytes)} raw`,
                  `envelopes  ${mib(c.envelope_bytes)}`,
                  `events     ${c.events}`,
                ]
              : []),
            ...(bucket.digest ? [`digest     ${bucket.digest.root}`] : []),
            ...(bucket.pending
              ? [
                  `pending    ${bucket.pending.op}${bucket.pending.trace_id ? ` of ${bucket.pending.trace_id}` : ''} since ${bucket.pending.started_at}`,
                ]
              : []),
            ...(bucket.quarantined > 0 ? [`quarantine ${bucket.quarantined} file(s)`] : []),
            'remote     none configured',
          ]
        : [`no bucket at ${bucket.root}`],
      nextSteps: advice.next_steps,
      nextCommand: advice.next_command,
    };
  }
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
