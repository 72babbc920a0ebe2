import type { Step } from '@opentraces/schema';
import { describe, expect, it } from 'vitest';
import { findCommit } from './outcome.js';
import type { ToolUse } from './tools.js';

const shell = (output: string): ToolUse => {
  const call = {
    tool_call_id: 'c1',
    tool_name: 'run_shell_command',
    input: { command: 'git commit -m fix' },
  };
  const step: Step = { step_index: 0, role: 'agent', content: null };
  return {
    stepIndex: 0,
    step,
    call,
    kind: 'shell',
    input: call.input,
    text: undefined,
    result: { source_call_id: 'c1', content: output, error: null },
  };
};

describe('findCommit', () => {
  it('reads the exit code as Codex and Gemini CLI print it, whatever its case', () => {
    const printed = '[main 1a2b3c4] fix the build\n 1 file changed';
    expect(findCommit([shell(`${printed}\nExit Code: 0`)])).toBe('1a2b3c4');
    expect(findCommit([shell(`Output:\n${printed}\nExit Code: 1`)])).toBeUndefined();
    expect(findCommit([shell(`Process exited with code 128\nOutput:\n${printed}`)])).toBeUndefined();
  });
});
