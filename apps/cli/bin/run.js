#!/usr/bin/env node
// Kept tiny on purpose: agent hooks call this after every turn. `--version` is answered without
// loading oclif, and so is a hook's `_capture` (spooled for a detached worker: src/hook-fast.ts);
// everything else goes through the CLI contract in dist/main.js.
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  const { readFileSync } = await import('node:fs');
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`opentraces/${version} ${process.platform}-${process.arch} node-${process.version}\n`);
} else if (argv[0] === '_capture' && !argv.includes('--sync')) {
  try {
    const { runHookFast } = await import('../dist/hook-fast.js');
    await runHookFast(argv.slice(1));
  } catch {
    // never fail the agent
  }
  process.exitCode = 0;
} else {
  const { main } = await import('../dist/main.js');
  await main(argv);
}
