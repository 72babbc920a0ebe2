import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyClaudeFile } from '../src/clients/run-claude.js';
import { fillPlaceholders, prepareRun } from '../src/clients/run-dir.js';
import { classifyGeminiFile } from '../src/clients/run-gemini.js';
import { validateScenario } from '../src/internal/scenario.js';
import { readSse } from '../src/sse-reader.js';

const SCENARIOS = new URL('../scenarios/', import.meta.url);
const SAMPLES = new URL('../samples/', import.meta.url);

describe('readSse', () => {
  it('joins data lines, names events, skips comments and accepts CRLF, CR and LF', () => {
    const text =
      ': keep-alive\r\nevent: a\r\ndata: {"x":1}\r\n\r\nevent:b\rdata:line1\rdata: line2\r\rdata: [DONE]\n\n';
    expect(readSse(text)).toEqual([
      { event: 'a', data: '{"x":1}', json: { x: 1 } },
      { event: 'b', data: 'line1\nline2', json: undefined },
      { event: null, data: '[DONE]', json: undefined },
    ]);
  });

  it('drops an event that never ends with a blank line and blank events without data', () => {
    expect(readSse('event: ping\n\ndata: 1\n\ndata: 2')).toEqual([{ event: null, data: '1', json: 1 }]);
  });
});

describe('validateScenario', () => {
  it.each([SCENARIOS, SAMPLES])('accepts every shipped scenario in %s', (dir) => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const f of files) {
      const s = JSON.parse(readFileSync(new URL(f, dir), 'utf8'));
      expect(validateScenario(s).name).toBe(f.replace(/\.json$/, ''));
    }
  });

  it.each([
    [{}, '$.name'],
    [{ name: 'x' }, '$.turns'],
    [{ name: 'x', turns: [{}] }, '$.turns[0].respond'],
    [{ name: 'x', turns: [{ match: 'y', respond: {} }] }, '$.turns[0].match'],
    [
      { name: 'x', turns: [{ respond: { tool_calls: [{ input: {} }] } }] },
      '$.turns[0].respond.tool_calls[0]',
    ],
    [
      { name: 'x', turns: [{ respond: { usage: { input_tokens: -1 } } }] },
      '$.turns[0].respond.usage.input_tokens',
    ],
    [{ name: 'x', turns: [{ respond: { text: 3 } }] }, '$.turns[0].respond.text'],
    [{ name: 'x', turns: [], files: { 'a.txt': 1 } }, '$.files'],
    [{ name: 'x', turns: [], files: { '../a.txt': 'x' } }, '$.files'],
    [{ name: 'x', turns: [], project: '../up' }, '$.project'],
    [{ name: 'x', turns: [], client: 'cursor' }, '$.client'],
  ])('rejects %j at %s', (value, where) => {
    expect(() => validateScenario(value)).toThrow(where);
  });
});

describe('rig helpers', () => {
  it('fills {{cwd}} and {{home}} in every string, leaving other values alone', () => {
    const filled = fillPlaceholders(
      { a: '{{cwd}}/x', b: ['{{home}}', 3, null, { c: '{{cwd}}{{cwd}}' }] },
      { cwd: '/w', home: '/h' },
    );
    expect(filled).toEqual({ a: '/w/x', b: ['/h', 3, null, { c: '/w/w' }] });
  });

  it('classifies files under ~/.claude/projects', () => {
    expect(classifyClaudeFile('-tmp-w/3f6c.jsonl')).toBe('session');
    expect(classifyClaudeFile('-tmp-w/3f6c/subagents/agent-a1.jsonl')).toBe('subagent');
    expect(classifyClaudeFile('-tmp-w/3f6c/subagents/agent-a1.meta.json')).toBe('subagent-meta');
    expect(classifyClaudeFile('-tmp-w/3f6c/tool-results/toolu_1.txt')).toBe('tool-result');
    expect(classifyClaudeFile('-tmp-w/memory/notes.md')).toBe('other');
  });

  it('classifies files under ~/.gemini/tmp', () => {
    expect(classifyGeminiFile('work/chats/session-2026-11-22T05-14-1c4f4b7b.jsonl')).toBe('session');
    expect(classifyGeminiFile('f00d/chats/session-2025-12-01T21-45-5b959dae.json')).toBe('session');
    expect(classifyGeminiFile('work/.project_root')).toBe('other');
    expect(classifyGeminiFile('work/logs.json')).toBe('other');
  });

  it('seeds the project: files as the first commit of main, the same sha every run', async () => {
    const scenario = {
      name: 'seed',
      project: 'shop',
      git_init: true,
      files: { 'src/a.txt': 'alpha\n', 'README.md': '# shop\n' },
      turns: [],
    };
    const shas: string[] = [];
    for (let i = 0; i < 2; i++) {
      const run = await prepareRun({ scenario, prefix: 'seed' });
      try {
        expect(basename(run.cwd)).toBe('shop');
        expect(readFileSync(`${run.cwd}/src/a.txt`, 'utf8')).toBe('alpha\n');
        const git = (...args: string[]) =>
          execFileSync('git', ['-C', run.cwd, ...args], { encoding: 'utf8' }).trim();
        expect(git('log', '--format=%an %s')).toBe('Agent Sim Initial commit');
        expect(git('branch', '--show-current')).toBe('main');
        expect(git('status', '--short')).toBe('');
        shas.push(git('rev-parse', 'HEAD'));
      } finally {
        await run.cleanup();
      }
    }
    expect(shas[1]).toBe(shas[0]);
  });
});
