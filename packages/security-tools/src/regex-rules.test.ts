import { describe, expect, it } from 'vitest';
import { applyRedactions, mergeSpans, scanRegex } from './internal/scan-regex.js';
import { VENDOR_RULES } from './internal/vendor-rules.js';
import { REGEX_RULES } from './regex-rules.js';

// The regex tool alone, as findings: independent of which other tools a default policy adds.
const scanText = (text: string) =>
  mergeSpans(scanRegex(text)).map((s) => ({
    type: s.type,
    tool: 'regex',
    path: '$',
    start: s.start,
    end: s.end,
  }));
const redactText = (text: string) => ({ value: applyRedactions(text, mergeSpans(scanRegex(text))) });

// Fake, format-valid secrets are built at run time from a seeded PRNG, so that no secret-shaped
// literal sits in the repository. None of them is a live credential.
let state = 20261122;
function random(): number {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const B64URL = `${ALNUM}-_`;
const fake = (n: number, alphabet = ALNUM): string =>
  Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
const digits = (n: number): string => fake(n, '0123456789');
/** `${NAME}`, written without a template-literal look-alike in the source. */
const ref = (name: string): string => '$' + '{' + name + '}';
const b64url = (json: object): string => Buffer.from(JSON.stringify(json)).toString('base64url');
const pemBody = (lines: number, eol: string): string =>
  Array.from({ length: lines }, () => fake(64, `${ALNUM}+/`)).join(eol);

interface Positive {
  readonly text: string;
  readonly secret: string;
}
interface RuleCase {
  readonly positives: readonly Positive[];
  /** Near misses: nothing at all may be found in these. */
  readonly negatives: readonly string[];
}
const at = (template: (secret: string) => string, secret: string): Positive => ({
  text: template(secret),
  secret,
});

const ghp = `ghp_${fake(36)}`;
const rsa = `-----BEGIN RSA PRIVATE KEY-----\\n${pemBody(4, '\\n')}\\n-----END RSA PRIVATE KEY-----`;
const jwt = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ sub: '1234567890', iat: 1700000000 })}.${fake(43, B64URL)}`;

const CRYPT = `${ALNUM}./`;
const HEX = '0123456789abcdef';

const CASES: Record<string, RuleCase> = {
  'password-hash': {
    positives: [
      at((s) => `INSERT INTO users VALUES ('alice', '${s}');`, `$2b$12$${fake(53, CRYPT)}`),
      at((s) => `alice:${s}:19000:0:99999:7:::`, `$6$${fake(16, CRYPT)}$${fake(86, CRYPT)}`),
      at((s) => `admin:${s}`, `$apr1$${fake(8, CRYPT)}$${fake(22, CRYPT)}`),
      at((s) => `"password": "${s}"`, `$argon2id$v=19$m=65536,t=3,p=4$${fake(22, ALNUM)}$${fake(43, ALNUM)}`),
      at((s) => `password = ${s}`, `pbkdf2_sha256$600000$${fake(22)}$${fake(43, `${ALNUM}+/`)}=`),
      at((s) => `userPassword: ${s}`, `{SSHA}${fake(32, `${ALNUM}+/`)}`),
    ],
    negatives: [
      `echo "$1$2$3" && sed 's/$2b$/x/'`,
      `$2b$12$${fake(40, CRYPT)} (truncated)`,
      `$6$${fake(16, CRYPT)}$${fake(20, CRYPT)}`,
    ],
  },
  'cli-password': {
    positives: [
      at((s) => `mysql -h db.internal -u root -p${s} app < dump.sql`, 'Qw3rty-99'),
      at((s) => `sshpass -p '${s}' ssh deploy@10.0.0.5`, 'hunter2!x'),
      at((s) => `docker login registry.example.com -u bot --password ${s}`, fake(20)),
      at((s) => `gh-cli --api-key=${s} list`, fake(32, HEX)),
      at((s) => `curl -u alice:${s} https://api.example.com/v1`, 'S3cr3t-Pa55'),
      at((s) => `Connect-VIServer -Server vc01 -User admin -Password ${s}`, 'VMw4re!1'),
      at((s) => `PsExec.exe \\\\host -u DOMAIN\\admin -p ${s} cmd`, 'adm1n_pw'),
    ],
    negatives: [
      'mysql -u root -p mydb',
      'mysql -h db -P 3306 -u root -p',
      'docker login --password-stdin < token.txt',
      `deploy --token ${ref('DEPLOY_TOKEN')} --api-key "$API_KEY"`,
      'curl -u "$USER:$PASS" https://example.com',
      'tool --password true --token 1234',
    ],
  },
  'connection-string-password': {
    positives: [
      at((s) => `"Server=db01;Database=app;User Id=sa;Password=${s};Encrypt=true"`, 'x7#Kq2'),
      at((s) => `Driver={PostgreSQL};Server=db;Uid=app;Pwd={${s}};`, 'p@ssw0rd!'),
      at((s) => `jdbc:postgresql://db:5432/app?user=app&password=${s}&ssl=true`, 'Tr0ub4dor'),
    ],
    negatives: [
      'let pwd = process.cwd();',
      `Server=db;User Id=sa;Password=${ref('DB_PASSWORD')};`,
      'Server=db;User Id=sa;Password=<password>;',
      'PASSWORD=short echo hi',
    ],
  },
  'connection-string-key': {
    positives: [
      at(
        (s) =>
          `DefaultEndpointsProtocol=https;AccountName=acct01;AccountKey=${s};EndpointSuffix=core.windows.net`,
        `${fake(86, `${ALNUM}+/`)}==`,
      ),
      at(
        (s) => `Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=${s}`,
        `${fake(43, `${ALNUM}+/`)}=`,
      ),
    ],
    negatives: ['AccountKey=short;', 'SharedAccessKeyName=RootManageSharedAccessKey;'],
  },
  'config-credential': {
    positives: [
      at((s) => `<add key="SmtpPassword" value="${s}" />`, 'Prestidigit4tor$'),
      at((s) => `  <add key="Stripe.ApiKey" value="${s}"/>`, fake(30)),
    ],
    negatives: ['<add key="SmtpHost" value="smtp.example.com" />', '<add key="SmtpPassword" value="" />'],
  },
  'code-credential': {
    positives: [
      at((s) => `client.Credentials = new NetworkCredential("ci-bot", "${s}");`, fake(18)),
      at((s) => `new DirectoryEntry("LDAP://dc01", "CORP\\svc",\n    "${s}")`, 'Winter2024!'),
    ],
    negatives: ['new NetworkCredential(user, password)', 'new NetworkCredential("ci-bot", "<password>")'],
  },
  'prose-password': {
    positives: [
      at((s) => `The default password is '${s}' until you change it.`, 'blooberry'),
      at((s) => `Make sure the password is "${s}" and press On.`, 'centipede7'),
    ],
    negatives: ['The password is "password".', "Your password is 'changeme'.", 'the password is too short'],
  },
  'jenkins-setup-admin-password': {
    positives: [
      at(
        (s) =>
          `Please use the following password to proceed to installation:\n\n${s}\n\nThis may also be found at: /var/jenkins_home/secrets/initialAdminPassword`,
        fake(32, HEX),
      ),
      at((s) => `$ sudo cat /var/lib/jenkins/secrets/initialAdminPassword\n${s}\n`, fake(32, HEX)),
    ],
    negatives: ['cat /var/lib/jenkins/secrets/initialAdminPassword\ncat: permission denied'],
  },
  'kubernetes-secret-value': {
    positives: [
      at(
        (s) => `apiVersion: v1\ndata:\n  password: ${s}\nkind: Secret\nmetadata:\n  name: db\n`,
        Buffer.from('Tr0ub4dor-and-3').toString('base64'),
      ),
      at(
        (s) => `{\n  "apiVersion": "v1",\n  "data": {\n    "token": "${s}"\n  },\n  "kind": "Secret"\n}`,
        Buffer.from(fake(24)).toString('base64'),
      ),
    ],
    negatives: [
      'apiVersion: v1\ndata:\n  config.yaml: bG9nTGV2ZWw6IGluZm8=\nkind: ConfigMap\n',
      'data:\n  note: aGVsbG8gd29ybGQ=\n',
    ],
  },
  'aws-access-key-id': {
    positives: [
      at((s) => `aws_access_key_id = ${s}`, `AKIA${fake(16, UPPER)}`),
      at((s) => `"AccessKeyId": "${s}"`, `ASIA${fake(16, UPPER)}`),
    ],
    negatives: [`aws_access_key_id = AKIA${fake(12, UPPER)}`, `id AKIA${fake(16, UPPER)}X9 (too long)`],
  },
  'github-pat': {
    positives: [
      at((s) => `export GITHUB_TOKEN=${s}`, ghp),
      at((s) => `echo "${s}" | gh auth login --with-token`, `ghp_${fake(36)}`),
    ],
    negatives: [`ghp_${fake(35)}`, `see ghp_${'x'.repeat(36)} in the docs`],
  },
  'github-oauth': {
    positives: [at((s) => `    oauth_token: ${s}`, `gho_${fake(36)}`)],
    negatives: [`gho_${fake(40)}`],
  },
  'github-app-token': {
    positives: [
      at((s) => `git clone https://x-access-token:${s}@github.com/o/r.git`, `ghs_${fake(36)}`),
      at((s) => `{"token": "${s}"}`, `ghu_${fake(36)}`),
    ],
    negatives: [`ghx_${fake(36)}`],
  },
  'github-refresh-token': {
    positives: [at((s) => `"refresh_token": "${s}",`, `ghr_${fake(76)}`)],
    negatives: [`ghr_${fake(20)}`],
  },
  'github-fine-grained-pat': {
    positives: [at((s) => `GH_TOKEN=${s} gh pr list`, `github_pat_11${fake(20)}_${fake(59)}`)],
    negatives: [`github_pat_11${fake(20)}`],
  },
  'gitlab-pat': {
    positives: [at((s) => `--build-arg 'GO_REPO_TOKEN=${s}' \\`, `glpat-${fake(20, B64URL)}`)],
    negatives: [`glpat-${fake(12)}`],
  },
  'anthropic-api-key': {
    positives: [
      at((s) => `ANTHROPIC_API_KEY=${s}`, `sk-ant-api03-${fake(93, B64URL)}AA`),
      at((s) => `x-api-key: ${s}`, `sk-ant-oat01-${fake(80, B64URL)}`),
    ],
    negatives: [`sk-ant-api03-${fake(10)}`],
  },
  'openai-api-key': {
    positives: [
      at((s) => `OPENAI_API_KEY="${s}"`, `sk-proj-${fake(74, B64URL)}T3BlbkFJ${fake(74, B64URL)}`),
      at((s) => `openai.api_key = '${s}'`, `sk-${fake(20)}T3BlbkFJ${fake(20)}`),
    ],
    negatives: [`sk-${fake(40)}`, `ask-${fake(48)}`],
  },
  'huggingface-access-token': {
    positives: [at((s) => `huggingface-cli login --token ${s}`, `hf_${fake(34, ALNUM.slice(0, 52))}`)],
    negatives: [`hf_${fake(20)}`],
  },
  'slack-token': {
    positives: [
      at((s) => `SLACK_BOT_TOKEN=${s}`, `xoxb-${digits(11)}-${digits(13)}-${fake(24)}`),
      at(
        (s) => `token=${s}&channel=C1`,
        `xoxp-${digits(12)}-${digits(12)}-${digits(12)}-${fake(32, '0123456789abcdef')}`,
      ),
    ],
    negatives: ['xoxb-not-a-real-slack-token', `xoxz-${digits(11)}-${digits(13)}-${fake(24)}`],
  },
  'slack-webhook-url': {
    positives: [
      at(
        (s) => `curl -X POST ${s} -d '{}'`,
        `https://hooks.slack.com/services/T${fake(8, UPPER)}/B${fake(8, UPPER)}/${fake(24)}`,
      ),
    ],
    negatives: ['https://hooks.slack.com/services/', 'https://api.slack.com/messaging/webhooks'],
  },
  'stripe-access-token': {
    positives: [
      at((s) => `Stripe.api_key = "${s}"`, `sk_live_${fake(24)}`),
      at((s) => `STRIPE_KEY=${s}`, `rk_test_${fake(24)}`),
    ],
    negatives: [`publishable pk_live_${fake(24)}`, 'STRIPE_KEY=sk_live_REPLACE_ME'],
  },
  'gcp-api-key': {
    positives: [at((s) => `var DEVELOPER_KEY = '${s}';`, `AIza${fake(35, B64URL)}`)],
    negatives: [`AIza${fake(30)}`],
  },
  'npm-access-token': {
    positives: [at((s) => `//registry.npmjs.org/:_authToken=${s}`, `npm_${fake(36)}`)],
    negatives: [`npm_${fake(20)}`, `//registry.npmjs.org/:_authToken=${ref('NPM_TOKEN')}`],
  },
  'private-key': {
    positives: [
      at(
        (s) => `{"type": "service_account", "private_key": "${s}\\n", "client_id": "1"}`,
        rsa.replace(/RSA /g, ''),
      ),
      at(
        (s) => `cat ~/.ssh/id_ed25519\n${s}\n$ `,
        `-----BEGIN OPENSSH PRIVATE KEY-----\n${pemBody(5, '\n')}\n-----END OPENSSH PRIVATE KEY-----`,
      ),
      at((s) => `{\\"key\\": \\"${s}\\"}`, rsa.replace(/\\n/g, '\\\\n')),
      at((s) => `${s}"}} (output truncated)`, `-----BEGIN EC PRIVATE KEY-----\\n${pemBody(2, '\\n')}`),
    ],
    negatives: [
      `-----BEGIN PUBLIC KEY-----\\n${pemBody(3, '\\n')}\\n-----END PUBLIC KEY-----`,
      '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----',
    ],
  },
  jwt: {
    positives: [
      at((s) => `Cookie: session=${s}; Path=/`, jwt),
      at((s) => `{"id_token":"${s}"}`, `${b64url({ typ: 'JWT', alg: 'none' })}.${b64url({ a: 1 })}.`),
    ],
    negatives: [
      `${b64url({ kind: 'not-a-jwt' })}.${b64url({ a: 1 })}.${fake(20)}`,
      `content: ${b64url({ name: 'demo', version: '1.0.0' })}`,
    ],
  },
  'aws-secret-access-key': {
    positives: [
      at((s) => `[default]\nregion = eu-west-1\naws_secret_access_key = ${s}\n`, fake(40, `${ALNUM}/+`)),
      at((s) => `"SecretAccessKey": "${s}",`, fake(40, `${ALNUM}/+`)),
    ],
    negatives: [
      `aws_secret_access_key = ${ref('AWS_SECRET_ACCESS_KEY')}`,
      'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    ],
  },
  'url-basic-auth': {
    positives: [
      at((s) => `DATABASE_URL=postgres://app:${s}@db.internal:5432/app`, 'S3cr3t-Pa55'),
      at((s) => `mongodb+srv://svc:${s}@cluster0.example.net/db`, 'p@ss!W0rd'),
    ],
    negatives: [
      'postgres://app@db.internal:5432/app',
      'http://localhost:8080/path?a=b@c',
      'mongodb://<username>:<password>@cluster0.example.net/test',
    ],
  },
  'http-authorization': {
    positives: [
      at((s) => `curl -H "Authorization: Bearer ${s}" https://api.example.com`, fake(40, B64URL)),
      at((s) => `-H 'authorization: Basic ${s}'`, 'YWxpY2U6czNjcjN0LXBhc3M='),
    ],
    negatives: [
      'curl -H "Authorization: Bearer $API_TOKEN" https://api.example.com',
      'the Bearer authentication-scheme-docs',
    ],
  },
  'netrc-password': {
    positives: [at((s) => `machine api.example.com\n  login alice\n  password ${s}\n`, fake(12))],
    negatives: [`machine api.example.com login alice password ${ref('NETRC_PASSWORD')}`],
  },
  'generic-secret': {
    positives: [
      at((s) => `export DB_PASSWORD='${s}'`, 'hunter2-hunter2'),
      at((s) => `{"client_secret": "${s}", "client_id": "abc"}`, fake(24)),
      at((s) => `  password: ${s}\n  user: app`, 'open_sesame9'),
      at((s) => `{\\"api_key\\": \\"${s}\\"}`, fake(32, '0123456789abcdef')),
      at((s) => `if creds.Secret != "${s}" {`, 'open-sesame'),
    ],
    negatives: [
      '"max_tokens": 4096, "token_type": "bearer", "input_tokens": 123456789',
      'password = os.environ["DB_PASSWORD"]; token = getToken(); secret: SecretStr',
      `api_key: "<your-api-key>"; password: ${ref('DB_PASSWORD')}; secret = "********"; token: "changeme"`,
      'SECRET_NAME=prod-db-credentials\n--- PASS: TestLoginWithPassword (0.01s)',
      'The password must be at least 12 characters long.',
    ],
  },
};

describe('regex rules', () => {
  it('has a test case for every rule, and unique ids', () => {
    const ids = REGEX_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    // the vendor catalogue has its own cases (vendor-rules.test.ts)
    const vendor = new Set(VENDOR_RULES.map((r) => r.id));
    expect(Object.keys(CASES).sort()).toEqual(ids.filter((id) => !vendor.has(id)).sort());
  });

  for (const rule of REGEX_RULES.filter((r) => CASES[r.id])) {
    const cases = CASES[rule.id];
    it(`${rule.id}: finds and redacts exactly the secret`, () => {
      for (const { text, secret } of cases?.positives ?? []) {
        const start = text.indexOf(secret);
        const findings = scanText(text);
        expect(findings, text).toEqual([
          { type: rule.id, tool: 'regex', path: '$', start, end: start + secret.length },
        ]);
        const redacted = redactText(text).value;
        expect(redacted).toBe(text.replace(secret, `[REDACTED:${rule.id}]`));
      }
    });
    it(`${rule.id}: ignores near misses`, () => {
      for (const text of cases?.negatives ?? []) expect(scanText(text), text).toEqual([]);
    });
  }
});
