// Real-client tests run in CI. They skip only when the client is not cached and the npm registry
// is unreachable (detected with `npm ping`); every other problem fails the test with its reason.
import { readFileSync } from 'node:fs';
import {
  type ClientName,
  checkRegistry,
  isClientCached,
  PINNED_VERSIONS,
} from '../src/clients/ensure-client.js';
import { checkIsolation } from '../src/clients/isolate.js';

export interface Gate {
  run: boolean;
  reason: string;
  version: string;
}

export async function gateRealClient(name: ClientName): Promise<Gate> {
  const version = PINNED_VERSIONS[name];
  if (isClientCached({ name, version })) return { run: true, reason: 'client cached', version };
  const registry = await checkRegistry();
  if (!registry.reachable) {
    const reason = `SKIPPED ${name}@${version} real-client tests: not in the cache and ${registry.reason}`;
    console.warn(reason);
    return { run: false, reason, version };
  }
  return { run: true, reason: 'will install from the registry', version };
}

/** Throws with the reason when `unshare -n` cannot isolate the client (a real failure, not a skip). */
export function requireIsolation(): void {
  const iso = checkIsolation();
  if (!iso.ok) throw new Error(`agent-sim real-client tests need 'unshare -n' (run as root): ${iso.reason}`);
}

export function loadScenario(name: string) {
  return JSON.parse(readFileSync(new URL(`../scenarios/${name}.json`, import.meta.url), 'utf8'));
}

type Usage = Record<string, unknown>;

/** Sum of one usage field over the scenario's turns (what the client was told it used). */
export function scenarioTotal(scenario: { turns: Array<{ respond: object }> }, field: string): number {
  return scenario.turns.reduce((sum, t) => {
    const usage = (t.respond as { usage?: Usage }).usage;
    const n = usage?.[field];
    return sum + (typeof n === 'number' ? n : 0);
  }, 0);
}
