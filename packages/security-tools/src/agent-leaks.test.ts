import { describe, expect, it } from 'vitest';
import { redactText, sanitizeValue } from './sanitize.js';

// How agents leak secrets inside trace records. Fakes are built at run time; none is live.
const cycle = (alphabet: string, n: number, shift = 0): string =>
  Array.from({ length: n }, (_, i) => alphabet[(i * 7 + shift) % alphabet.length]).join('');
const AN = 'aZ3kQ9wW7mP2rT5yU8iO1pL4sD6fG0hJ';
const S = {
  ghp: `ghp_${cycle(AN, 36)}`,
  openai: `sk-proj-${cycle(AN, 60, 1)}T3BlbkFJ${cycle(AN, 60, 2)}`,
  anthropic: `sk-ant-api03-${cycle(`${AN}-_`, 93, 3)}AA`,
  awsId: `AKIA${cycle('ABCDEFGHJKLMNPQRSTUVWXYZ234567', 16)}`,
  awsSecret: cycle(`${AN}/+`, 40, 4),
  stripe: `sk_live_${cycle(AN, 24, 5)}`,
  dbPass: 'Tr0ub4dor-and-3',
  hf: `hf_${cycle('abcdefghijklmnopqrstuvwxyzABCDEFGH', 34)}`,
};

function expectClean(text: string, secrets: readonly string[], keep: readonly string[]): string {
  const { value } = redactText(text);
  for (const secret of secrets) expect(value, `leaked ${secret}`).not.toContain(secret);
  for (const word of keep) expect(value).toContain(word);
  return value;
}

describe('secrets the way agents leak them', () => {
  it('export in a Bash command and a .env read', () => {
    expectClean(
      `export OPENAI_API_KEY=${S.openai} && npm run dev`,
      [S.openai],
      ['export OPENAI_API_KEY=', 'npm run dev'],
    );
    const env = `     1\tNODE_ENV=production\n     2\tDATABASE_URL=postgres://app:${S.dbPass}@10.0.0.5:5432/app\n     3\tSTRIPE_SECRET_KEY=${S.stripe}\n     4\tPORT=3000`;
    expectClean(env, [S.dbPass, S.stripe], ['NODE_ENV=production', 'PORT=3000', '@10.0.0.5:5432/app']);
  });

  it('~/.aws/credentials, ~/.npmrc and ~/.netrc reads', () => {
    expectClean(
      `[default]\naws_access_key_id = ${S.awsId}\naws_secret_access_key = ${S.awsSecret}\nregion = eu-west-1`,
      [S.awsId, S.awsSecret],
      ['region = eu-west-1'],
    );
    expectClean(
      `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=npm_${cycle(AN, 36)}`,
      [cycle(AN, 36)],
      ['registry=https://registry.npmjs.org/'],
    );
    expectClean(`machine github.com\nlogin alice\npassword ${S.ghp}`, [S.ghp], ['machine github.com']);
  });

  it('curl headers, git remote URLs and tracebacks', () => {
    expectClean(
      `curl https://api.anthropic.com/v1/messages -H "x-api-key: ${S.anthropic}" -H "content-type: application/json"`,
      [S.anthropic],
      ['content-type: application/json'],
    );
    expectClean(
      `origin\thttps://alice:${S.ghp}@github.com/alice/app.git (push)`,
      [S.ghp],
      ['https://alice:', '@github.com/alice/app.git'],
    );
    const traceback = `Traceback (most recent call last):\n  File "app.py", line 3\nsqlalchemy.exc.OperationalError: could not connect to "postgresql://app:${S.dbPass}@db:5432/app"`;
    expectClean(traceback, [S.dbPass], ['Traceback', 'postgresql://app:']);
  });

  it('PEM blocks inside JSON strings, singly and doubly escaped', () => {
    const body = cycle(`${AN}+/`, 64);
    const single = `{"private_key": "-----BEGIN PRIVATE KEY-----\\n${body}\\n${body}\\n-----END PRIVATE KEY-----\\n"}`;
    const double = `"{\\"private_key\\": \\"-----BEGIN PRIVATE KEY-----\\\\n${body}\\\\n-----END PRIVATE KEY-----\\\\n\\"}"`;
    expect(expectClean(single, [body], ['"private_key": "'])).toBe(
      '{"private_key": "[REDACTED:private-key]\\n"}',
    );
    expectClean(double, [body], ['private_key']);
  });

  it('kubectl get secret -o yaml, diffs and env dumps', () => {
    const b64 = Buffer.from(S.dbPass).toString('base64');
    expectClean(`apiVersion: v1\ndata:\n  password: ${b64}\nkind: Secret`, [b64], ['kind: Secret']);
    expectClean(`-HF_TOKEN=\n+HF_TOKEN=${S.hf}\n context line`, [S.hf], ['context line']);
    expectClean(
      `HOME=/home/alice\nGH_TOKEN=${S.ghp}\nSHELL=/bin/zsh`,
      [S.ghp],
      ['HOME=/home/alice', 'SHELL=/bin/zsh'],
    );
  });

  it('an MCP server config stored as JSON (field-aware: the key names the secret)', () => {
    const config = {
      mcpServers: {
        db: {
          command: 'npx',
          args: ['-y', '@acme/db-mcp'],
          env: { DB_PASSWORD: S.dbPass, DB_HOST: 'db.internal' },
        },
        github: { command: 'gh-mcp', env: { GITHUB_PERSONAL_ACCESS_TOKEN: S.ghp } },
      },
    };
    const result = sanitizeValue(config);
    expect(result.value.mcpServers.db.env).toEqual({
      DB_PASSWORD: '[REDACTED:generic-secret]',
      DB_HOST: 'db.internal',
    });
    expect(result.value.mcpServers.github.env.GITHUB_PERSONAL_ACCESS_TOKEN).toBe('[REDACTED:github-pat]');
    expect(result.findings.map((f) => f.path)).toEqual([
      '$.mcpServers.db.env.DB_PASSWORD',
      '$.mcpServers.github.env.GITHUB_PERSONAL_ACCESS_TOKEN',
    ]);
  });

  it('the agent echoing a secret back in prose', () => {
    expectClean(
      `Done. I stored your token \`${S.ghp}\` in the keychain; the key id ${S.awsId} is now active.`,
      [S.ghp, S.awsId],
      ['in the keychain'],
    );
  });

  it('credentials typed on command lines in Bash tool calls', () => {
    const cmd = `mysql -h 10.0.0.7 -u app -p'${S.dbPass}' app -e "select 1" && sshpass -p ${S.dbPass}x ssh ops@10.0.0.8 uptime`;
    expectClean(cmd, [S.dbPass], ['select 1', 'ssh ops@10.0.0.8 uptime']);
    expectClean(
      `echo $CI_JOB && docker login -u gitlab-ci-token -p ${S.stripe.slice(8)} registry.gitlab.com`,
      [S.stripe.slice(8)],
      ['registry.gitlab.com'],
    );
    expectClean(
      `curl -u deploy:${S.dbPass} -X POST https://ci.example.com/job/build`,
      [S.dbPass],
      ['/job/build'],
    );
  });

  it('a .env read with a connection string, an Azure key and a password hash', () => {
    const azureKey = `${cycle(`${AN}+/`, 86, 6)}==`;
    const hash = `$2b$12$${cycle(`${AN}./`, 53, 7)}`;
    const env = [
      '     1\tASPNETCORE_ENVIRONMENT=Production',
      `     2\tConnectionStrings__Default=Server=sql01;Database=app;User Id=app;Password=${S.dbPass};`,
      `     3\tAZURE_STORAGE=DefaultEndpointsProtocol=https;AccountName=st01;AccountKey=${azureKey};EndpointSuffix=core.windows.net`,
      `     4\tADMIN_PASSWORD_HASH=${hash}`,
    ].join('\n');
    expectClean(env, [S.dbPass, azureKey, hash], ['ASPNETCORE_ENVIRONMENT=Production', 'AccountName=st01']);
  });

  it('kubectl get secret -o json in a tool result, and a base64 .env pasted back', () => {
    const value = Buffer.from(S.dbPass).toString('base64');
    const json = JSON.stringify({
      apiVersion: 'v1',
      data: { DB_PASSWORD: value },
      kind: 'Secret',
      type: 'Opaque',
    });
    expectClean(json, [value], ['"kind":"Secret"']);
    const pasted = Buffer.from(`GITHUB_TOKEN=${S.ghp}\nLOG_LEVEL=debug\n`).toString('base64');
    const result = sanitizeValue({ tool_result: { stdout: pasted } });
    expect(result.value.tool_result.stdout).toBe('[REDACTED:github-pat]');
  });

  it('a form body logged percent-encoded', () => {
    expectClean(
      `POST /oauth/token body: grant_type=password%26username%3Dalice%26password%3D${encodeURIComponent(S.dbPass)}%26client_id%3Dweb`,
      [S.dbPass],
      ['grant_type=password', 'client_id%3Dweb'],
    );
  });
});
