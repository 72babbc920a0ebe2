import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Sensitivity } from './internal/tools/api.js';
import { BUSINESS_DETECTOR, dbUris, internalHostLevel } from './internal/tools/business.js';

function detect(text: string, sensitivity: Sensitivity = 'medium') {
  return BUSINESS_DETECTOR.detect(text, { field: undefined, kind: 'general', sensitivity });
}

/** `type:text` of every span (test-only: findings themselves never carry text). */
function found(text: string, sensitivity: Sensitivity = 'medium'): string[] {
  return detect(text, sensitivity).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
}

const ACCOUNT = ['1234', '5678', '9012'].join('');

describe('business_logic: AWS account ids', () => {
  it('redacts only the 12 digits of an ARN, at every sensitivity', () => {
    const text = `arn:aws:iam::${ACCOUNT}:role/deploy-prod`;
    for (const s of ['low', 'medium', 'high'] as const)
      expect(found(text, s)).toEqual([`aws-account-id:${ACCOUNT}`]);
    const [span] = detect(text);
    expect(text.slice(0, span!.start)).toBe('arn:aws:iam::');
    expect(text.slice(span!.end)).toBe(':role/deploy-prod');
  });

  it('reads AWS CLI output: get-caller-identity and list-roles', () => {
    const identity = `{\n    "UserId": "AIDAEXAMPLEUSERID",\n    "Account": "${ACCOUNT}",\n    "Arn": "arn:aws:iam::${ACCOUNT}:user/ci-bot"\n}`;
    expect(found(identity)).toEqual([`aws-account-id:${ACCOUNT}`, `aws-account-id:${ACCOUNT}`]);
    // at low only the ARN counts
    expect(found(identity, 'low')).toEqual([`aws-account-id:${ACCOUNT}`]);
  });

  it('reads terraform plans, partitions and region-scoped ARNs', () => {
    const plan = [
      '  # aws_lambda_function.worker will be created',
      '  + resource "aws_lambda_function" "worker" {',
      `      + role = "arn:aws:iam::${ACCOUNT}:role/worker"`,
      `      + kms_key_arn = "arn:aws-us-gov:kms:us-gov-west-1:${ACCOUNT}:key/abcd"`,
      `      + queue = "arn:aws-cn:sqs:cn-north-1:${ACCOUNT}:jobs"`,
    ].join('\n');
    expect(found(plan)).toHaveLength(3);
  });

  it('redacts ECR registry hosts and AWS_ACCOUNT_ID from medium', () => {
    const push = `docker push ${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/app:latest`;
    expect(found(push, 'low')).toEqual([]);
    expect(found(push)).toEqual([`aws-account-id:${ACCOUNT}`]);
    expect(found(`export AWS_ACCOUNT_ID=${ACCOUNT}`)).toEqual([`aws-account-id:${ACCOUNT}`]);
  });

  it('ignores ARNs without an account and numbers that are not accounts', () => {
    expect(found('arn:aws:iam::aws:policy/AdministratorAccess')).toEqual([]);
    expect(found('arn:aws:s3:::my-bucket/key')).toEqual([]);
    expect(found(`"timestamp": ${ACCOUNT}0, "count": ${ACCOUNT}`)).toEqual([]);
  });
});

describe('business_logic: internal host names', () => {
  const medium: [string, string][] = [
    ['curl http://api.payments.internal:8080/health', 'api.payments.internal'],
    ['ssh ec2-user@ip-10-0-1-23.ec2.internal', 'ip-10-0-1-23.ec2.internal'],
    ['Host: ip-172-31-5-9.eu-west-1.compute.internal', 'ip-172-31-5-9.eu-west-1.compute.internal'],
    ['redis-master.cache.svc.cluster.local:6379', 'redis-master.cache.svc.cluster.local'],
    ['see https://wiki.acme.corp/display/ENG', 'wiki.acme.corp'],
    ['ldap://dc01.ad.intranet:389', 'dc01.ad.intranet'],
    ['ssh admin@nas.lan', 'nas.lan'],
    ['http://grafana.ops.private:3000/d/x', 'grafana.ops.private'],
    ['ping printer.home.arpa', 'printer.home.arpa'],
    ['curl https://billing.internal.acme.com/v2', 'billing.internal.acme.com'],
    ['email bob@sso.corp.acme.com', 'sso.corp.acme.com'],
  ];
  for (const [text, host] of medium) {
    it(`medium: ${text}`, () => expect(found(text)).toEqual([`internal-host:${host}`]));
  }

  it('reads kubectl output', () => {
    const out = [
      'NAME       TYPE        CLUSTER-IP     PORT(S)    AGE',
      'payments   ClusterIP   10.96.12.7     8080/TCP   3d',
      '$ kubectl exec -it api-0 -- curl http://payments.billing.svc.cluster.local:8080/healthz',
      'NODE: ip-10-0-3-44.us-west-2.compute.internal',
    ].join('\n');
    expect(found(out)).toEqual([
      'internal-host:payments.billing.svc.cluster.local',
      'internal-host:ip-10-0-3-44.us-west-2.compute.internal',
    ]);
  });

  it('low keeps only the unambiguous suffixes; high adds mDNS and internal-looking labels', () => {
    expect(found('ssh admin@nas.lan', 'low')).toEqual([]);
    expect(found('curl http://api.payments.internal/x', 'low')).toEqual([
      'internal-host:api.payments.internal',
    ]);
    expect(found('ssh pi@raspberrypi.local', 'medium')).toEqual([]);
    expect(found('ssh pi@raspberrypi.local', 'high')).toEqual(['internal-host:raspberrypi.local']);
    const infra = 'api-internal.acme.com db.int.acme.com web.prod.acme.io cache.stg.acme.io';
    expect(found(infra, 'medium')).toEqual([]);
    expect(found(infra, 'high')).toHaveLength(4);
  });

  const negatives = [
    'docker run --add-host host.docker.internal:host-gateway app',
    'curl http://metadata.google.internal/computeMetadata/v1/',
    'kubernetes.default.svc.cluster.local',
    'from mypkg.internal import helpers',
    'import com.acme.corp.Billing;',
    'this.internal = true; self.internal = 1',
    '%Plug.Conn{conn | private: Map.put(conn.private, __MODULE__, x)}',
    'private: r.private, language: r.language',
    '{repo.private && <Badge />}',
    'Microsoft.Extensions.Internal',
    'cp .env.local .env && vim ~/.local/share/app.toml',
    'const x = threading.local()',
    'the .internal TLD is reserved',
    'https://example.internal/api',
    'github.com/acme/tool/internal/config',
    'internal-only flag',
  ];
  for (const text of negatives) {
    it(`not a host: ${text}`, () => {
      for (const s of ['low', 'medium', 'high'] as const) expect(found(text, s)).toEqual([]);
    });
  }

  it('grades host names by level', () => {
    expect(internalHostLevel('db.internal')).toBe(0);
    expect(internalHostLevel('nas.lan')).toBe(1);
    expect(internalHostLevel('mbp.local')).toBe(2);
    expect(internalHostLevel('a.svc.cluster.local')).toBe(0);
    expect(internalHostLevel('www.acme.com')).toBeUndefined();
    expect(internalHostLevel('internal')).toBeUndefined();
  });
});

describe('business_logic: database hosts', () => {
  it('redacts the host of JDBC and mongodb+srv URLs (not the credentials: regex owns those)', () => {
    expect(found('jdbc:postgresql://db-prod-01.acme.io:5432/orders', 'low')).toEqual([
      'internal-host:db-prod-01.acme.io',
    ]);
    expect(found('jdbc:mysql://admin:pw@10.1.2.3:3306/app')).toEqual(['internal-host:10.1.2.3']);
    expect(found('jdbc:oracle:thin:@orahost.acme.com:1521:ORCL')).toEqual(['internal-host:orahost.acme.com']);
    expect(found('jdbc:sqlserver://sql01.acme.local;databaseName=x')).toEqual([
      'internal-host:sql01.acme.local',
    ]);
    expect(found('MONGO_URL=mongodb+srv://u:p@cluster0.ab1cd.mongodb.net/test')).toEqual([
      'internal-host:cluster0.ab1cd.mongodb.net',
    ]);
  });

  it('other database URIs only at high', () => {
    const text = 'DATABASE_URL=postgres://app@pg.acme.net:5432/app';
    expect(found(text)).toEqual([]);
    expect(found(text, 'high')).toEqual(['internal-host:pg.acme.net']);
  });

  it('keeps local and placeholder hosts', () => {
    for (const text of [
      'jdbc:postgresql://localhost:5432/test',
      'jdbc:h2:mem:testdb',
      'mongodb+srv://<user>:<password>@<cluster>/db',
      'jdbc:mysql://db:3306/app',
      'postgres://postgres:postgres@127.0.0.1:5432/x',
      'mongodb+srv://cluster0.example.mongodb.net',
    ])
      expect(found(text, 'high'), text).toEqual(
        text.includes('example.mongodb.net') ? ['internal-host:cluster0.example.mongodb.net'] : [],
      );
  });

  it('lists URIs with kind, host and password presence', () => {
    const text = 'a jdbc:mysql://u:p@h.acme.io/x and redis://cache.acme.io:6379 and https://acme.io';
    expect(
      dbUris(text).map((u) => [u.kind, text.slice(u.hostStart, u.hostEnd), u.password !== undefined]),
    ).toEqual([
      ['jdbc', 'h.acme.io', true],
      ['uri', 'cache.acme.io', false],
    ]);
  });
});

describe('business_logic: collaboration URLs', () => {
  it('Jira, Confluence and Slack archive links from medium', () => {
    const jira = 'see https://acme.atlassian.net/browse/PAY-123.';
    expect(found(jira, 'low')).toEqual([]);
    expect(found(jira)).toEqual(['collab-url:https://acme.atlassian.net/browse/PAY-123']);
    expect(found('(acme.atlassian.net/wiki/spaces/ENG/pages/123/Runbook)')).toEqual([
      'collab-url:acme.atlassian.net/wiki/spaces/ENG/pages/123/Runbook',
    ]);
    expect(found('[thread](https://acme.slack.com/archives/C01ABCDEF/p1234567890)')).toEqual([
      'collab-url:https://acme.slack.com/archives/C01ABCDEF/p1234567890',
    ]);
  });

  it('any Atlassian site, Slack client and Linear issue links at high', () => {
    expect(found('https://acme.atlassian.net/jira/software/projects/PAY/boards/1', 'high')).toHaveLength(1);
    expect(found('https://linear.app/acme/issue/ENG-12/fix-login', 'medium')).toEqual([]);
    expect(found('https://linear.app/acme/issue/ENG-12/fix-login', 'high')).toEqual([
      'collab-url:https://linear.app/acme/issue/ENG-12/fix-login',
    ]);
  });

  it('keeps public Slack and Atlassian pages', () => {
    for (const text of [
      'https://api.slack.com/methods/chat.postMessage',
      'https://www.atlassian.com/software/jira',
    ])
      expect(found(text, 'medium')).toEqual([]);
  });
});

describe('business_logic: contract', () => {
  it('spans carry offsets only, sorted and without duplicates', () => {
    const text = `arn:aws:iam::${ACCOUNT}:role/x http://db.internal:5432 jdbc:mysql://db.internal/x`;
    const spans = detect(text, 'high');
    expect(JSON.stringify(spans)).not.toContain('db.internal');
    expect(spans.map((s) => s.start)).toEqual([...spans.map((s) => s.start)].sort((a, b) => a - b));
    expect(new Set(spans.map((s) => `${s.start}:${s.end}`)).size).toBe(spans.length);
  });

  it('hostile input completes', () => {
    expect(detect('a'.repeat(1_000_000), 'high')).toEqual([]);
    expect(detect('.internal'.repeat(100_000), 'high')).toEqual([]);
    expect(detect('arn:aws:'.repeat(100_000), 'high')).toEqual([]);
    expect(detect('jdbc:mysql://'.repeat(100_000), 'high')).toEqual([]);
    expect(detect(`${'a.'.repeat(500_000)}internal`, 'high').length).toBeLessThanOrEqual(1);
    expect(detect('x.atlassian.net/wiki/'.repeat(50_000), 'high').length).toBeGreaterThan(0);
    expect(detect('-'.repeat(1_000_000) + 'internal', 'high')).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------

const CORPUS = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));

function* corpusStrings(): Generator<string> {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? files(p) : p.endsWith('.json') || p.endsWith('.jsonl') ? [p] : [];
    });
  function* walk(v: unknown): Generator<string> {
    if (typeof v === 'string') yield v;
    else if (Array.isArray(v)) for (const x of v) yield* walk(x);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        yield k;
        yield* walk(x);
      }
  }
  for (const file of files(CORPUS)) {
    const lines = file.endsWith('.json')
      ? [readFileSync(file, 'utf8')]
      : readFileSync(file, 'utf8').split('\n');
    for (const line of lines) {
      if (line.trim() === '') continue;
      try {
        yield* walk(JSON.parse(line));
      } catch {
        // a truncated line of a fixture
      }
    }
  }
}

describe.skipIf(!existsSync(CORPUS))('business_logic: real transcripts', () => {
  it('finds only what was reviewed (one internal Slack archive link, quoted 8 times)', () => {
    const counts: Record<string, number> = {};
    for (const text of corpusStrings())
      for (const s of detect(text, 'medium')) counts[s.type] = (counts[s.type] ?? 0) + 1;
    expect(counts).toEqual({ 'collab-url': 8 });
  }, 120_000);
});
