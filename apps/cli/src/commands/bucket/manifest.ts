import { Flags } from '@oclif/core';
import { BaseCommand, type CommandResult } from '../../base-command.js';

export default class BucketManifest extends BaseCommand<typeof BucketManifest> {
  static override summary = 'Print the persisted bucket manifest; --heal recounts it from the files on disk';
  static override description =
    'Without --heal this is a read and never writes. --heal takes the writer lock, settles a write that a killed process left pending, and rewrites the counts and digests from the envelopes and blobs on disk (no content is re-hashed: that is `bucket verify`).';
  static override examples = [
    '<%= config.bin %> bucket manifest --json',
    '<%= config.bin %> bucket manifest --heal --json',
  ];
  static override flags = {
    heal: Flags.boolean({ description: 'materialise the manifest from the envelopes and blobs on disk' }),
  };

  protected async execute(): Promise<CommandResult> {
    const { getBucketManifest, manifestAdvice } = await import('@opentraces/sdk');
    if (this.flags.heal) this.progress('healing the manifest');
    const report = await getBucketManifest({ home: this.home }, { heal: this.flags.heal });
    const advice = manifestAdvice(report.manifest_state);
    const { manifest, healed } = report;
    return {
      // The v2 manifest document itself, plus the contract fields (and what --heal did).
      payload: { ...(manifest ?? { root: report.root, exists: false }), status: advice.status, healed },
      human: [
        `manifest  ${report.manifest_state}  (${report.root})`,
        ...(manifest
          ? [
              `digest    ${manifest.bucket_digest ?? '(not tracked)'}`,
              `traces    ${manifest.traces.length} (rows read from the envelope heads)`,
            ]
          : []),
        ...(healed
          ? [
              `healed    ${healed.after.counts.traces} traces, ${healed.after.counts.blobs} blobs; ${healed.changed.length === 0 ? 'nothing differed' : `changed: ${healed.changed.join(', ')}`}`,
              ...healed.unreadable.map((u) => `unreadable envelope ${u.trace_id}: ${u.problem}`),
            ]
          : []),
      ],
      nextSteps: healed?.unreadable.length
        ? [`${healed.unreadable.length} envelope(s) could not be read: run \`opentraces bucket repair\`.`]
        : advice.next_steps,
      nextCommand: healed?.unreadable.length ? 'opentraces bucket repair' : advice.next_command,
    };
  }
}
