import { join } from 'node:path';
import type { Config } from '@oclif/core';
import type { HookCommand } from '@opentraces/sdk';

/**
 * How hooks run this install: its Node binary and entry script, stamped with its version. The home
 * is passed on only when it is not the default one, so a moved default home keeps working.
 */
export function hookCommandFor(config: Config, home: string): HookCommand {
  const defaultHome = join(config.home, '.opentraces');
  return {
    node: process.execPath,
    script: join(config.root, 'bin', 'run.js'),
    version: config.version,
    ...(home === defaultHome ? {} : { home }),
  };
}
