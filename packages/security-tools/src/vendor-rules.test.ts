import { describe, expect, it } from 'vitest';
import { VENDOR_RULES } from './internal/vendor-rules.js';
import { redactText, scanText } from './sanitize.js';

// One realistic sample per vendor rule (fake values from a seeded PRNG; token-shaped literals are
// assembled at run time so that no scanner flags this file), plus near misses.
let seed = 20261122;
function rand(): number {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x80000000;
}
const AZ = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const az = 'abcdefghijklmnopqrstuvwxyz';
const DIG = '0123456789';
const ALNUM = AZ + az + DIG;
const HEX = `${DIG}abcdef`;
const pick = (alphabet: string, n: number) =>
  Array.from({ length: n }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
const uuid = () => `${pick(HEX, 8)}-${pick(HEX, 4)}-${pick(HEX, 4)}-${pick(HEX, 4)}-${pick(HEX, 12)}`;

/** id → [text around `$`, secret]; the secret replaces `$` in the text. */
const SAMPLES: Record<string, [string, string]> = {
  '1password-service-account-token': ['export OP_SERVICE_ACCOUNT_TOKEN=$', `ops_eyJ${pick(ALNUM, 120)}`],
  'adafruit-io-key': ['#define IO_KEY "$"', `aio_${pick(ALNUM, 28)}`],
  'adobe-client-secret': ['client_secret: $', `p8e-${pick(ALNUM, 32)}`],
  'age-secret-key': [
    '# created: today\n$',
    `AGE-SECRET-KEY-1${pick('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58)}`,
  ],
  'alibaba-access-key-id': ['ALIBABA_CLOUD_ACCESS_KEY_ID=$', `LTAI${pick(ALNUM, 20)}`],
  'atlassian-api-token': ['JIRA_API_TOKEN="$"', `ATATT3${pick(ALNUM, 186)}`],
  'azure-ad-client-secret': ['AZURE_CLIENT_SECRET=$', `${pick(ALNUM, 3)}8Q~${pick(ALNUM, 34)}`],
  'azure-devops-pat': ['$ is the pat', `${pick(ALNUM, 76)}AZDO${pick(ALNUM, 4)}`],
  'azure-devops-pat-legacy': ['$pat = "$"', pick(`${az}234567`, 52)],
  'clojars-api-token': ['password $', `CLOJARS_${pick(az + DIG, 60)}`],
  'cloudflare-api-token': ['CLOUDFLARE_API_TOKEN=$', `cfut_${pick(ALNUM, 48)}`],
  'cloudflare-global-api-key': ['key $', `cfk_${pick(ALNUM, 48)}`],
  'cloudflare-global-api-key-hex': ['CLOUDFLARE_API_KEY: $', pick(HEX, 37)],
  'contentful-delivery-api-token': ['CONTENTFUL_MANAGEMENT_TOKEN=$', `CFPAT-${pick(ALNUM, 43)}`],
  'crates-io-api-key': ['cargo login $', `cio${pick(ALNUM, 32)}`],
  'databricks-api-token': ['DATABRICKS_TOKEN=$', `dapi${pick(HEX, 32)}`],
  'defined-networking-api-token': ['DN_API_KEY=$', `dnkey-${pick(az + DIG, 26)}-${pick(az + DIG, 52)}`],
  'dependency-track-api-key': ['X-Api-Key: $', `odt_${pick(ALNUM, 32)}`],
  'digitalocean-pat': ['token = "$"', `dop_v1_${pick(HEX, 64)}`],
  'doppler-api-token': ['DOPPLER_TOKEN=$', `dp.st.prd.${pick(ALNUM, 43)}`],
  'dropbox-api-token': ['DROPBOX_TOKEN=$', `sl.${pick(ALNUM, 138)}`],
  'duffel-api-token': ['Authorization: $', `duffel_test_${pick(ALNUM, 43)}`],
  'dynatrace-api-token': ['apiToken: $', `dt0c01.${pick(AZ + DIG, 24)}.${pick(AZ + DIG, 64)}`],
  'easypost-api-token': ['EASYPOST_API_KEY=$', `EZAK${pick(ALNUM, 54)}`],
  'facebook-access-token': ['access_token=$', `EAAB${pick(ALNUM, 160)}`],
  'flutterwave-secret-key': ['FLW_SECRET=$', `FLWSECK_TEST-${pick('abcdefgh0123456789', 32)}-X`],
  'frameio-api-token': ['FRAMEIO=$', `fio-u-${pick(ALNUM, 64)}`],
  'gitlab-token': ['git clone https://gitlab-ci-token:$@gitlab.com/a/b', `glcbt-${pick(ALNUM, 20)}`],
  'gitlab-runner-registration-token': ['--registration-token $', `GR1348941${pick(ALNUM, 20)}`],
  'google-oauth-access-token': ['"access_token": "$"', `ya29.${pick(ALNUM, 120)}`],
  'google-oauth-client-secret': ['"client_secret": "$"', `GOCSPX-${pick(ALNUM, 28)}`],
  'grafana-cloud-api-token': ['GRAFANA_TOKEN=$', `glc_${pick(ALNUM, 80)}==`],
  'grafana-service-account-token': ['Authorization: Bearer $', `glsa_${pick(ALNUM, 32)}_${pick(HEX, 8)}`],
  'grafana-api-key': ['GrafanaClient("$")', `eyJrIjoi${pick(ALNUM, 80)}`],
  'groq-api-key': ['GROQ_API_KEY=$', `gsk_${pick(ALNUM, 52)}`],
  'harness-api-key': ['x-api-key: $', `pat.${pick(ALNUM, 22)}.${pick(HEX, 24)}.${pick(ALNUM, 20)}`],
  'hashicorp-tf-api-token': ['token = "$"', `${pick(az + DIG, 14)}.atlasv1.${pick(ALNUM, 67)}`],
  'heroku-api-key-v2': ['HEROKU_API_KEY=$', `HRKU-AA${pick(ALNUM, 58)}`],
  'huggingface-organization-api-token': ['token $', `api_org_${pick(ALNUM, 34)}`],
  'infracost-api-token': ['INFRACOST_API_KEY=$', `ico-${pick(ALNUM, 32)}`],
  'jfrog-api-key': ['X-JFrog-Art-Api: $', `AKC${pick(ALNUM, 69)}`],
  'jina-search-foundation-api-key': ['JINA_KEY = "$"', `jina_${pick(ALNUM, 60)}`],
  'linear-api-key': ['LINEAR_API_KEY=$', `lin_api_${pick(ALNUM, 40)}`],
  'mailchimp-api-key': ["MAILCHIMP_API='$'", `${pick(HEX, 32)}-us13`],
  'mailgun-private-api-token': ["api: 'key-$'", pick(HEX, 32)],
  'microsoft-teams-webhook': [
    'curl -d @msg.json $',
    `https://outlook.office.com/webhook/${uuid()}@${uuid()}/IncomingWebhook/${pick(HEX, 32)}/${uuid()}`,
  ],
  'new-relic-user-api-key': ['NEW_RELIC_API_KEY=$', `NRAK-${pick(AZ + DIG, 27)}`],
  'new-relic-admin-api-key': ['admin: $', `NRAA-${pick(HEX, 27)}`],
  'new-relic-insights-key': ['"querykey": "$"', `NRIQ-${pick(ALNUM, 32)}`],
  'new-relic-browser-api-token': ['token: $', `NRJS-${pick(HEX, 19)}`],
  'new-relic-license-key': ['license_key: $', `${pick(HEX, 36)}NRAL`],
  'new-relic-license-key-hex': ['license_key: $', pick(HEX, 40)],
  'new-relic-pixie-key': ['PX_DEPLOY_KEY=$', `px-dep-${uuid()}`],
  'nuget-api-key': ['dotnet nuget push x.nupkg --api-key $', `oy2${pick(az + DIG, 43)}`],
  'openshift-user-token': ['oc login --token=$', `sha256~${pick(ALNUM, 43)}`],
  'planetscale-token': ['PLANETSCALE_SERVICE_TOKEN=$', `pscale_tkn_${pick(ALNUM, 43)}`],
  'postman-api-key': ["('x-api-key', '$')", `PMAK-${pick(HEX, 24)}-${pick(HEX, 34)}`],
  'prefect-api-token': ['PREFECT_API_KEY=$', `pnu_${pick(ALNUM, 36)}`],
  'pulumi-api-token': ['PULUMI_ACCESS_TOKEN=$', `pul-${pick(HEX, 40)}`],
  'pypi-upload-token': ['password = $', `pypi-AgEIcHlwaS5vcmc${pick(ALNUM, 70)}`],
  'readme-api-token': ['README_API_KEY=$', `rdme_${pick(az + DIG, 70)}`],
  'rubygems-api-token': ["curl -H 'Authorization:$'", `rubygems_${pick(HEX, 48)}`],
  'salesforce-access-token': ['sid=$', `00D${pick(ALNUM, 15)}!${pick(ALNUM, 96)}`],
  'scalingo-api-token': ['SCALINGO_API_TOKEN=$', `tk-us-${pick(ALNUM, 48)}`],
  'sendgrid-api-token': ["require('sendgrid')('$')", `SG.${pick(ALNUM, 22)}.${pick(ALNUM, 43)}`],
  'sendinblue-api-token': ['api-key: $', `xkeysib-${pick(HEX, 64)}-${pick(ALNUM, 16)}`],
  'sentry-token': ['SENTRY_AUTH_TOKEN=$', `sntryu_${pick(HEX, 64)}`],
  'shippo-api-token': ['Authorization: ShippoToken $', `shippo_live_${pick(HEX, 40)}`],
  'shopify-token': ['$token = "$"', `shpat_${pick(HEX, 32)}`],
  'sonarqube-token': ['SONAR_TOKEN=$', `squ_${pick(HEX, 40)}`],
  'sonarqube-login-token': ['-Dsonar.login=$', pick(HEX, 40)],
  'sourcegraph-access-token': ['access token $', `sgp_${pick(HEX, 16)}_${pick(HEX, 40)}`],
  'square-access-token': ['accessToken = "$"', `sq0atp-${pick(ALNUM, 22)}`],
  'tavily-api-key': ['TAVILY_API_KEY=$', `tvly-${pick(ALNUM, 32)}`],
  'telegram-bot-api-token': ['https://api.telegram.org/bot$/getMe', `${pick(DIG, 10)}:AA${pick(ALNUM, 33)}`],
  'twitch-stream-key': ['STREAM_KEY=$', `live_${pick(DIG, 9)}_${pick(ALNUM, 30)}`],
  'typeform-api-token': ['TYPEFORM_TOKEN=$', `tfp_${pick(ALNUM, 59)}`],
  'vault-token': ['VAULT_TOKEN=$', `hvs.${pick(ALNUM, 90)}`],
  'vault-token-legacy': ['VAULT_CLIENT_TOKEN="$"', `s.${pick(ALNUM, 24)}`],
  'vercel-token': ['VERCEL_TOKEN=$', `vcp_${pick(ALNUM, 40)}`],
  'yandex-token': ['YC_API_KEY=$', `AQVN${pick(ALNUM, 36)}`],
  'codeclimate-reporter-id': ['CC_TEST_REPORTER_ID: $', pick(HEX, 64)],
  'datadog-api-key': ['DATADOG_API_KEY=$', pick(HEX, 32)],
  'heroku-api-key': ['HEROKU_API_KEY=$', uuid()],
  'hubspot-api-key': ['hubspot_api_key: "$"', uuid()],
  'jenkins-token-or-crumb': ['export JENKINS_TOKEN=$', pick(HEX, 34)],
  'mailgun-api-key': ["MAILGUN_API_KEY='$'", pick(HEX, 32)],
  'okta-access-token': ['OKTA_API_TOKEN=$', `00${pick(ALNUM, 40)}`],
  'postmark-api-token': ['"X-Postmark-Server-Token": "$"', uuid()],
  'snyk-api-token': ['SNYK_TOKEN=$', uuid()],
  'twilio-api-key': ["const twilioApiKeySID = '$'", `SK${pick(HEX, 32)}`],
  'kubernetes-bootstrap-token': [
    'kubeadm join 10.0.0.1:6443 --token $',
    `${pick(az + DIG, 6)}.${pick(az + DIG, 16)}`,
  ],
  'hashicorp-vault-unseal-key': ['Unseal Key 1: $', pick(`${ALNUM}+/`, 44)],
  'thingsboard-access-token': ['curl http://thingsboard.cloud/api/v1/$/telemetry', pick(az + DIG, 20)],
  'truenas-api-key': [
    '{"msg":"method","method":"auth.login_with_api_key","params":["$"]}',
    `1-${pick(ALNUM, 64)}`,
  ],
};

describe('vendor rules', () => {
  it('have a sample each, and unique ids', () => {
    const ids = VENDOR_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(SAMPLES).sort()).toEqual([...ids].sort());
  });

  for (const rule of VENDOR_RULES) {
    it(`${rule.id}: finds and redacts exactly the secret, in context and inside JSON`, () => {
      const [context, secret] = SAMPLES[rule.id]!;
      const text = context.replace(/\$(?!pat|token)/, secret);
      const start = text.indexOf(secret);
      const findings = scanText(text);
      expect(
        findings.some((f) => f.start <= start && f.end >= start + secret.length),
        `${rule.id}: ${JSON.stringify(findings)}`,
      ).toBe(true);
      expect(redactText(text).value).not.toContain(secret);
      const json = JSON.stringify({ command: text });
      expect(redactText(json).value).not.toContain(secret);
    });
  }

  it('leave near misses alone: wrong length, wrong alphabet, no service name', () => {
    for (const text of [
      `gsk_${pick(ALNUM, 20)}`, // too short
      `dapi${pick('ghijklmnop', 32)}`, // not hex
      `token ${uuid()}`, // a UUID without a service name
      `commit ${pick(HEX, 40)}`, // a git SHA
      `sonar scanner build ${pick(HEX, 12)}`,
      'SG.short.value',
      'live_stream_of_events',
      'sl.com and sl.anything',
    ])
      expect(scanText(text), text).toEqual([]);
  });
});
