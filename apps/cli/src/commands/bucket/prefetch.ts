import { Args } from '@oclif/core';
import { BaseCommand, type CommandResult } from '../../base-command.js';

export default class BucketPrefetch extends BaseCommand<typeof BucketPrefetch> {
  static override summary = "Make sure a trace's raw blobs are in the local bucket (there is no remote yet)";
  static override description =
    'Checks and re-hashes every blob the trace references (raw transcript, pieces, companion files). No bucket remote exists yet, so nothing is fetched: a missing or damaged blob exits 5; an unknown trace exits 6.';
  static override examples = ['<%= config.bin %> bucket prefetch 3f2a9c1e --json'];
  static override args = {
    'trace-id': Args.string({ description: 'trace id or a unique prefix of it', required: true }),
  };

  protected async execute(): Promise<CommandResult> {
    const { prefetchFailure, prefetchTrace } = await import('@opentraces/sdk');
    const report = await prefetchTrace({ home: this.home }, { ref: this.args['trace-id'] });
    const failure = prefetchFailure(report);
    return {
      payload: { prefetch: report },
      human: [
        `${report.trace_id} generation ${report.generation_index}: ${report.blobs.length} blob(s), ${report.local_complete ? 'all local and intact' : 'some missing or damaged'}`,
        ...report.blobs.map(
          (b) =>
            `  ${b.role.padEnd(9)} ${b.sha256} ${b.intact ? 'ok' : (b.problem ?? '')}${b.at ? `  ${b.at}` : ''}`,
        ),
        `remote: ${report.remote.note}`,
      ],
      ...(failure ? { failure } : {}),
    };
  }
}
