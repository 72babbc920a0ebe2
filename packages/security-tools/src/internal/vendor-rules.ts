import type { RegexRule } from '../types.js';
import { looksLikeDummyToken } from './placeholders.js';
import { token } from './token-rules.js';

// More vendor credentials, written for this project from public facts about each format (prefix,
// length, alphabet). Two shapes:
// - `prefixed`: the token carries a distinctive prefix (`gsk_`, `dapi`, `hvs.`); it must not be glued
//   to word characters on either side (a JSON escape `\n`, `\t`, `\r` may sit before it).
// - `keyed`: the value has no prefix of its own (32 hex, a UUID), so it counts only when assigned to
//   a name that says which service it belongs to (`SENDGRID_API_KEY=`, `"X-Postmark-Server-Token":`).
const notDummy = (match: RegExpExecArray): boolean => !looksLikeDummyToken(match[1] ?? match[0]);
const prefixed = token;

// name … (quote) (]) operator (quote) value — the name may run on for a few characters
// (`SENDGRID_API_KEY`), the operator is `=`, `:`, `=>`, `:=` or a `,` inside a call.
const GLUE = String.raw`[\w.-]{0,40}?(?:\\{0,3}["'])?\]?[ \t]{0,8}(?:=>|:=|=|:|,)[ \t]{0,8}(?:\\{0,3}["'\x60])?`;

function keyed(id: string, description: string, keywords: string[], name: string, value: string): RegexRule {
  return {
    id,
    description,
    keywords,
    pattern: new RegExp(`(?:${name})${GLUE}(${value})(?![A-Za-z0-9_+/=-])`, 'gdi'),
    window: { before: 64, after: 600 },
    validate: notDummy,
  };
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** Prefixed vendor tokens. */
const PREFIXED: readonly RegexRule[] = [
  prefixed(
    '1password-service-account-token',
    '1Password service account token (ops_eyJ…).',
    ['ops_eyj'],
    'ops_eyJ[A-Za-z0-9+/=_-]{100,1500}',
  ),
  prefixed('adafruit-io-key', 'Adafruit IO key (aio_ + 28).', ['aio_'], 'aio_[A-Za-z0-9]{28}'),
  prefixed('adobe-client-secret', 'Adobe client secret (p8e-).', ['p8e-'], 'p8e-[A-Za-z0-9]{32}'),
  prefixed(
    'age-secret-key',
    'age encryption secret key (AGE-SECRET-KEY-1…).',
    ['age-secret-key-1'],
    'AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}',
  ),
  prefixed('alibaba-access-key-id', 'Alibaba Cloud AccessKey id (LTAI).', ['ltai'], 'LTAI[A-Za-z0-9]{20}'),
  prefixed(
    'atlassian-api-token',
    'Atlassian cloud API token (ATATT3…).',
    ['atatt3'],
    'ATATT3[A-Za-z0-9_=-]{150,250}',
  ),
  prefixed(
    'azure-ad-client-secret',
    'Azure AD (Entra) client secret (…Q~…).',
    ['q~'],
    String.raw`[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}`,
  ),
  {
    // the keyword sits 76 characters into the token: a wider window than the default
    ...prefixed(
      'azure-devops-pat',
      'Azure DevOps personal access token (84 characters with AZDO).',
      ['azdo'],
      '[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}',
    ),
    window: { before: 96, after: 16 },
  },
  prefixed(
    'clojars-api-token',
    'Clojars deploy token (CLOJARS_).',
    ['clojars_'],
    'CLOJARS_[a-z0-9]{60}',
    'gdi',
  ),
  prefixed(
    'cloudflare-api-token',
    'Cloudflare API or user token (cfat_, cfut_).',
    ['cfat_', 'cfut_'],
    'cf[au]t_[A-Za-z0-9]{40,64}',
  ),
  prefixed(
    'cloudflare-global-api-key',
    'Cloudflare global API key (cfk_).',
    ['cfk_'],
    'cfk_[A-Za-z0-9]{40,64}',
  ),
  prefixed(
    'contentful-delivery-api-token',
    'Contentful personal access token (CFPAT-).',
    ['cfpat-'],
    'CFPAT-[A-Za-z0-9_-]{43}',
  ),
  prefixed('crates-io-api-key', 'crates.io API token (cio + 32).', ['cio'], 'cio[A-Za-z0-9]{32}'),
  prefixed(
    'databricks-api-token',
    'Databricks personal access token (dapi + 32 hex).',
    ['dapi'],
    '(?:dapi|dkea)[a-fA-F0-9]{32}(?:-\\d)?',
  ),
  prefixed(
    'defined-networking-api-token',
    'Defined Networking API token (dnkey-).',
    ['dnkey-'],
    'dnkey-[a-z0-9=_-]{26}-[a-z0-9=_-]{52}',
  ),
  prefixed(
    'dependency-track-api-key',
    'Dependency-Track API key (odt_).',
    ['odt_'],
    'odt_[A-Za-z0-9]{32,40}',
  ),
  prefixed(
    'digitalocean-pat',
    'DigitalOcean token (dop_v1_, doo_v1_, dor_v1_).',
    ['dop_v1_', 'doo_v1_', 'dor_v1_'],
    'do[por]_v1_[a-f0-9]{64}',
  ),
  prefixed(
    'doppler-api-token',
    'Doppler token (dp.pt., dp.ct., dp.st., dp.sa., dp.scim., dp.audit.).',
    ['dp.pt.', 'dp.ct.', 'dp.st.', 'dp.sa.', 'dp.scim.', 'dp.audit.'],
    String.raw`dp\.(?:pt|ct|st(?:\.[a-z0-9_-]{2,35})?|sa|scim|audit)\.[A-Za-z0-9]{40,44}`,
  ),
  prefixed(
    'dropbox-api-token',
    'Dropbox short-lived access token (sl.).',
    ['sl.'],
    String.raw`sl\.[A-Za-z0-9_-]{130,152}`,
  ),
  prefixed(
    'duffel-api-token',
    'Duffel API token (duffel_live_, duffel_test_).',
    ['duffel_'],
    'duffel_(?:test|live)_[A-Za-z0-9_=-]{43}',
  ),
  prefixed(
    'dynatrace-api-token',
    'Dynatrace API token (dt0c01.).',
    ['dt0c01.'],
    String.raw`dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}`,
  ),
  prefixed(
    'easypost-api-token',
    'EasyPost API key (EZAK, EZTK).',
    ['ezak', 'eztk'],
    'EZ[AT]K[A-Za-z0-9]{54}',
  ),
  prefixed(
    'facebook-access-token',
    'Facebook / Meta access token (EAA…).',
    ['eaa'],
    'EAA[A-Za-z0-9]{90,400}',
  ),
  prefixed(
    'flutterwave-secret-key',
    'Flutterwave key (FLWSECK_TEST-, FLWPUBK_TEST-).',
    ['flwseck', 'flwpubk'],
    'FLW(?:SEC|PUB)K(?:_TEST)?-[a-h0-9]{32}-X',
  ),
  prefixed('frameio-api-token', 'Frame.io API token (fio-u-).', ['fio-u-'], 'fio-u-[A-Za-z0-9_=-]{64}'),
  prefixed(
    'gitlab-token',
    'GitLab deploy, runner, CI build, feed, incoming-mail, agent, OAuth-app, service-account or pipeline-trigger token.',
    ['gldt-', 'glrt-', 'glcbt-', 'glft-', 'glimt-', 'glagent-', 'gloas-', 'glsoat-', 'glptt-'],
    'gl(?:dt|rt|cbt|ft|imt|agent|oas|soat|ptt)-[A-Za-z0-9_-]{20,64}',
  ),
  prefixed(
    'gitlab-runner-registration-token',
    'GitLab runner registration token (GR1348941).',
    ['gr1348941'],
    'GR1348941[A-Za-z0-9_-]{20}',
  ),
  prefixed(
    'google-oauth-access-token',
    'Google OAuth access token (ya29.).',
    ['ya29.'],
    String.raw`ya29\.[A-Za-z0-9_-]{30,2048}`,
  ),
  prefixed(
    'google-oauth-client-secret',
    'Google OAuth client secret (GOCSPX-).',
    ['gocspx-'],
    'GOCSPX-[A-Za-z0-9_-]{28}',
  ),
  prefixed(
    'grafana-cloud-api-token',
    'Grafana Cloud token (glc_).',
    ['glc_'],
    'glc_[A-Za-z0-9+/]{32,400}={0,2}',
  ),
  prefixed(
    'grafana-service-account-token',
    'Grafana service account token (glsa_).',
    ['glsa_'],
    'glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}',
  ),
  prefixed(
    'grafana-api-key',
    'Grafana API key (base64 JSON starting {"k":).',
    ['eyjrijoi'],
    'eyJrIjoi[A-Za-z0-9+/]{60,400}={0,2}',
  ),
  prefixed('groq-api-key', 'Groq API key (gsk_ + 52).', ['gsk_'], 'gsk_[A-Za-z0-9]{52}'),
  prefixed(
    'harness-api-key',
    'Harness API key (pat. or sat.).',
    ['pat.', 'sat.'],
    String.raw`(?:pat|sat)\.[A-Za-z0-9_-]{22}\.[0-9a-f]{24}\.[A-Za-z0-9]{20}`,
  ),
  prefixed(
    'hashicorp-tf-api-token',
    'Terraform Cloud / HCP API token (….atlasv1.…).',
    ['atlasv1'],
    String.raw`[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9=_-]{60,70}`,
  ),
  prefixed('heroku-api-key-v2', 'Heroku API key (HRKU-).', ['hrku-'], 'HRKU-[A-Za-z0-9_-]{58,64}'),
  prefixed(
    'huggingface-organization-api-token',
    'Hugging Face organization token (api_org_).',
    ['api_org_'],
    'api_org_[A-Za-z0-9]{34}',
  ),
  prefixed('infracost-api-token', 'Infracost API key (ico-).', ['ico-'], 'ico-[A-Za-z0-9]{32}'),
  prefixed(
    'jfrog-api-key',
    'JFrog Artifactory API key (AKC…) or reference token (cmVmd…).',
    ['akc', 'cmvmd'],
    '(?:AKC[A-Za-z0-9]{69}|cmVmd[A-Za-z0-9]{59})',
  ),
  prefixed('jina-search-foundation-api-key', 'Jina AI API key (jina_).', ['jina_'], 'jina_[A-Za-z0-9]{60}'),
  prefixed('linear-api-key', 'Linear API key (lin_api_).', ['lin_api_'], 'lin_api_[A-Za-z0-9]{40}'),
  prefixed('mailchimp-api-key', 'Mailchimp API key (32 hex + -usNN).', ['-us'], '[a-f0-9]{32}-us[0-9]{1,2}'),
  {
    id: 'mailgun-private-api-token',
    description: 'Mailgun private API key (key- + 32 hex): the hex part.',
    keywords: ['key-'],
    pattern: /(?<![A-Za-z0-9_])key-([a-f0-9]{32})(?![A-Za-z0-9_-])/dg,
    validate: notDummy,
  },
  {
    id: 'microsoft-teams-webhook',
    description: 'Microsoft Teams / Office 365 incoming webhook URL (the whole URL).',
    keywords: ['outlook.office.com/webhook', '.webhook.office.com'],
    pattern:
      /https:\/\/(?:outlook\.office\.com\/webhook|[a-z0-9-]{1,60}\.webhook\.office\.com\/webhookb2)\/[A-Za-z0-9@/._-]{60,300}(?![A-Za-z0-9@/._-])/dgi,
    window: { before: 16, after: 400 },
    validate: notDummy,
  },
  prefixed('new-relic-user-api-key', 'New Relic user API key (NRAK-).', ['nrak-'], 'NRAK-[A-Z0-9]{27}'),
  prefixed('new-relic-admin-api-key', 'New Relic admin API key (NRAA-).', ['nraa-'], 'NRAA-[a-f0-9]{27}'),
  prefixed(
    'new-relic-insights-key',
    'New Relic Insights insert or query key (NRII-, NRIQ-).',
    ['nrii-', 'nriq-'],
    'NRI[IQ]-[A-Za-z0-9_-]{32}',
  ),
  prefixed('new-relic-browser-api-token', 'New Relic browser token (NRJS-).', ['nrjs-'], 'NRJS-[a-f0-9]{19}'),
  prefixed('new-relic-license-key', 'New Relic license key (ends in NRAL).', ['nral'], '[a-f0-9]{36}NRAL'),
  prefixed(
    'new-relic-pixie-key',
    'New Relic Pixie API or deploy key (px-api-, px-dep-).',
    ['px-api-', 'px-dep-'],
    `px-(?:api|dep)-${UUID}`,
  ),
  prefixed('nuget-api-key', 'NuGet API key (oy2 + 43).', ['oy2'], 'oy2[a-z0-9]{43}'),
  prefixed(
    'openshift-user-token',
    'OpenShift user token (sha256~).',
    ['sha256~'],
    'sha256~[A-Za-z0-9_-]{43}',
  ),
  prefixed(
    'planetscale-token',
    'PlanetScale password, token or OAuth token (pscale_).',
    ['pscale_'],
    'pscale_(?:tkn|oauth|pw)_[A-Za-z0-9_.=-]{32,64}',
  ),
  prefixed('postman-api-key', 'Postman API key (PMAK-).', ['pmak-'], 'PMAK-[a-f0-9]{24}-[a-f0-9]{34}'),
  prefixed('prefect-api-token', 'Prefect API key (pnu_).', ['pnu_'], 'pnu_[A-Za-z0-9]{36}'),
  prefixed('pulumi-api-token', 'Pulumi access token (pul-).', ['pul-'], 'pul-[a-f0-9]{40}'),
  prefixed(
    'pypi-upload-token',
    'PyPI upload token (pypi-AgEIcHlwaS5vcmc…).',
    ['pypi-ageichlwas5vcmc'],
    'pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000}',
  ),
  prefixed('readme-api-token', 'ReadMe API key (rdme_).', ['rdme_'], 'rdme_[a-z0-9]{70}'),
  prefixed(
    'rubygems-api-token',
    'RubyGems API key (rubygems_ + 48 hex).',
    ['rubygems_'],
    'rubygems_[a-f0-9]{48}',
  ),
  prefixed(
    'salesforce-access-token',
    'Salesforce session / access token (00D…!…).',
    ['00d'],
    '00D[A-Za-z0-9]{12,15}![A-Za-z0-9_.]{80,300}',
  ),
  prefixed('scalingo-api-token', 'Scalingo API token (tk-us-).', ['tk-us-'], 'tk-us-[A-Za-z0-9_-]{48}'),
  prefixed(
    'sendgrid-api-token',
    'SendGrid API key (SG.xxx.yyy).',
    ['sg.'],
    String.raw`SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}`,
  ),
  prefixed(
    'sendinblue-api-token',
    'Brevo / Sendinblue API key (xkeysib-).',
    ['xkeysib-'],
    'xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}',
  ),
  prefixed(
    'sentry-token',
    'Sentry organization or user auth token (sntrys_, sntryu_).',
    ['sntrys_', 'sntryu_'],
    '(?:sntrys_eyJ[A-Za-z0-9+/=_-]{50,400}|sntryu_[a-f0-9]{64})',
  ),
  prefixed(
    'shippo-api-token',
    'Shippo API token (shippo_live_, shippo_test_).',
    ['shippo_'],
    'shippo_(?:live|test)_[a-f0-9]{40}',
  ),
  prefixed(
    'shopify-token',
    'Shopify access, custom-app, private-app token or shared secret (shpat_, shpca_, shppa_, shpss_).',
    ['shpat_', 'shpca_', 'shppa_', 'shpss_'],
    'shp(?:at|ca|pa|ss)_[A-Za-z0-9]{32,40}',
  ),
  prefixed(
    'sonarqube-token',
    'SonarQube user, project or analysis token (squ_, sqp_, sqa_).',
    ['squ_', 'sqp_', 'sqa_'],
    'sq[upa]_[a-f0-9]{40}',
  ),
  prefixed(
    'sourcegraph-access-token',
    'Sourcegraph access token (sgp_).',
    ['sgp_'],
    'sgp_(?:[a-f0-9]{16}_|local_)?[a-f0-9]{40}',
  ),
  prefixed(
    'square-access-token',
    'Square access or OAuth secret (sq0atp-, sq0csp-, EAAA…).',
    ['sq0atp-', 'sq0csp-'],
    'sq0(?:atp|csp)-[A-Za-z0-9_-]{22,43}',
  ),
  prefixed('tavily-api-key', 'Tavily API key (tvly-).', ['tvly-'], 'tvly-(?:dev-)?[A-Za-z0-9]{32}'),
  {
    id: 'telegram-bot-api-token',
    description: 'Telegram bot token (digits:AA…), also in an API URL after /bot.',
    keywords: [':aa'],
    pattern:
      /(?:(?<![A-Za-z0-9_-])|(?<=\/bot)|(?<=\\[nrt]))[0-9]{8,10}:AA[A-Za-z0-9_-]{32,33}(?![A-Za-z0-9_-])/dg,
    validate: notDummy,
  },
  prefixed(
    'twitch-stream-key',
    'Twitch stream key (live_<digits>_…).',
    ['live_'],
    'live_[0-9]{6,12}_[A-Za-z0-9]{30}',
  ),
  prefixed('typeform-api-token', 'Typeform personal token (tfp_).', ['tfp_'], 'tfp_[A-Za-z0-9_.=-]{59}'),
  prefixed(
    'vault-token',
    'HashiCorp Vault service, batch or recovery token (hvs., hvb., hvr.).',
    ['hvs.', 'hvb.', 'hvr.'],
    String.raw`hv[sbr]\.[A-Za-z0-9_-]{24,400}`,
  ),
  prefixed(
    'vercel-token',
    'Vercel token (vcp_, vci_, vca_, vcr_, vck_).',
    ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
    'vc[picrk]_[A-Za-z0-9]{24,80}',
  ),
  prefixed(
    'yandex-token',
    'Yandex Cloud API key or IAM token (AQVN…, t1.…).',
    ['aqvn'],
    'AQVN[A-Za-z0-9_-]{35,38}',
  ),
];

/** Values that only a service name next to them makes a secret. */
const KEYED: readonly RegexRule[] = [
  keyed(
    'azure-devops-pat-legacy',
    'Azure DevOps personal access token (52 base32 characters) named *_pat, personalAccessToken or devops.',
    ['_pat', 'pat =', 'pat=', 'pat:', 'accesstoken', 'devops'],
    'pat|token|personalaccesstoken|devops',
    '[a-z2-7]{52}',
  ),
  keyed(
    'cloudflare-global-api-key-hex',
    'Cloudflare global API key (37 hex).',
    ['cloudflare', 'cf_api'],
    'cloudflare|cf_api',
    '[a-f0-9]{37}',
  ),
  keyed(
    'codeclimate-reporter-id',
    'Code Climate test reporter id / repo token (64 hex).',
    ['codeclimate', 'cc_test_reporter'],
    'codeclimate|cc_test_reporter',
    '[a-f0-9]{64}',
  ),
  keyed(
    'datadog-api-key',
    'Datadog API or application key (32/40 hex).',
    ['datadog', 'dd_api', 'dd_app'],
    'datadog|dd_api|dd_app',
    '[a-f0-9]{40}|[a-f0-9]{32}',
  ),
  keyed('heroku-api-key', 'Heroku API key (a UUID named heroku).', ['heroku'], 'heroku', UUID),
  keyed('hubspot-api-key', 'HubSpot API key (a UUID named hubspot).', ['hubspot'], 'hubspot', UUID),
  keyed(
    'jenkins-token-or-crumb',
    'Jenkins API token or crumb (32–34 hex).',
    ['jenkins'],
    'jenkins',
    '[a-f0-9]{32,34}',
  ),
  keyed('mailgun-api-key', 'Mailgun API key named mailgun.', ['mailgun'], 'mailgun', '(?:key-)?[a-f0-9]{32}'),
  keyed(
    'new-relic-license-key-hex',
    'New Relic license key (40 hex named license_key).',
    ['license'],
    'license[_-]?key|license',
    '[a-f0-9]{40}',
  ),
  keyed('okta-access-token', 'Okta API token (00… named okta).', ['okta'], 'okta', '00[A-Za-z0-9_-]{40}'),
  keyed(
    'postmark-api-token',
    'Postmark server or account token (a UUID named postmark).',
    ['postmark'],
    'postmark',
    UUID,
  ),
  keyed('snyk-api-token', 'Snyk API token (a UUID named snyk).', ['snyk'], 'snyk', UUID),
  keyed(
    'sonarqube-login-token',
    'SonarQube login token (40 hex named sonar).',
    ['sonar'],
    'sonar',
    '[a-f0-9]{40}',
  ),
  keyed(
    'twilio-api-key',
    'Twilio API key SID (SK + 32 hex) named twilio.',
    ['twilio'],
    'twilio',
    'SK[a-f0-9]{32}',
  ),
  keyed(
    'vault-token-legacy',
    'HashiCorp Vault legacy token (s., b., r.) named vault.',
    ['vault'],
    'vault',
    String.raw`[sbr]\.[A-Za-z0-9_-]{24,200}`,
  ),
  {
    id: 'kubernetes-bootstrap-token',
    description: 'Kubernetes bootstrap token (<6>.<16>) after --token / bootstrap-token / token:.',
    keywords: ['token'],
    pattern:
      /(?:bootstrap[-_]token|--(?:discovery-)?token|token:)["']?[ \t=]{1,4}["']?([a-z0-9]{6}\.[a-z0-9]{16})(?![a-z0-9.])/dg,
    window: { before: 40, after: 80 },
    validate: notDummy,
  },
  {
    id: 'hashicorp-vault-unseal-key',
    description:
      'HashiCorp Vault unseal key (44 base64 characters after "Unseal Key N:" or `vault operator unseal`).',
    keywords: ['unseal'],
    pattern: /unseal(?: key \d{1,2}:)?[ \t]{1,4}([A-Za-z0-9+/]{43,44}={0,1})(?![A-Za-z0-9+/=])/dgi,
    validate: notDummy,
  },
  {
    id: 'thingsboard-access-token',
    description: 'ThingsBoard device access token in its API URL (…/api/v1/<token>/…).',
    keywords: ['thingsboard'],
    pattern: /thingsboard[\w.:-]{0,60}\/api\/v1\/([A-Za-z0-9]{20})(?![A-Za-z0-9])/dgi,
    window: { before: 16, after: 120 },
    validate: notDummy,
  },
  {
    id: 'truenas-api-key',
    description: 'TrueNAS API key (<id>-<64 characters>) in a login_with_api_key call.',
    keywords: ['login_with_api_key'],
    pattern: /login_with_api_key[\s\S]{0,40}?\[\s{0,4}\\{0,3}"(\d{1,6}-[A-Za-z0-9]{64})\\{0,3}"/dg,
    window: { before: 16, after: 160 },
    validate: notDummy,
  },
];

/** The vendor catalogue beyond `token-rules.ts`: prefixed tokens first, then service-keyed values. */
export const VENDOR_RULES: readonly RegexRule[] = [...PREFIXED, ...KEYED];
