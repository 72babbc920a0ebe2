import type { RegexRule } from '../types.js';
import { looksLikeDummyToken } from './placeholders.js';

// Vendor tokens with a fixed prefix. A token must not be glued to word characters on either side,
// except that a JSON escape (`\n`, `\t`, `\r`) may sit right before it.
export const LEFT = String.raw`(?:(?<![A-Za-z0-9_-])|(?<=\\[nrt]))`;
export const RIGHT = '(?![A-Za-z0-9_-])';

const notDummy = (match: RegExpExecArray): boolean => !looksLikeDummyToken(match[0]);

/** A rule for a prefixed token body: not glued to word characters, not an obvious dummy. */
export function token(
  id: string,
  description: string,
  keywords: string[],
  body: string,
  flags = 'gd',
): RegexRule {
  return { id, description, keywords, pattern: new RegExp(LEFT + body + RIGHT, flags), validate: notDummy };
}

/** Prefixed tokens, most specific first (on equal spans the earlier rule names the finding). */
export const TOKEN_RULES: readonly RegexRule[] = [
  token(
    'aws-access-key-id',
    'AWS access key id (AKIA long-term, ASIA temporary, ABIA/ACCA).',
    ['akia', 'asia', 'abia', 'acca'],
    '(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}',
  ),
  token('github-pat', 'GitHub classic personal access token (ghp_).', ['ghp_'], 'ghp_[A-Za-z0-9]{36}'),
  token('github-oauth', 'GitHub OAuth access token (gho_).', ['gho_'], 'gho_[A-Za-z0-9]{36}'),
  token(
    'github-app-token',
    'GitHub App user-to-server (ghu_) or installation (ghs_) token.',
    ['ghu_', 'ghs_'],
    'gh[us]_[A-Za-z0-9]{36}',
  ),
  token('github-refresh-token', 'GitHub refresh token (ghr_).', ['ghr_'], 'ghr_[A-Za-z0-9]{36,80}'),
  token(
    'github-fine-grained-pat',
    'GitHub fine-grained personal access token (github_pat_).',
    ['github_pat_'],
    'github_pat_[A-Za-z0-9]{20,30}_[A-Za-z0-9]{50,70}',
  ),
  token(
    'gitlab-pat',
    'GitLab personal, project or group access token (glpat-).',
    ['glpat-'],
    String.raw`glpat-[A-Za-z0-9_-]{20,64}(?:\.[A-Za-z0-9_-]{2,64}){0,2}`,
  ),
  token(
    'anthropic-api-key',
    'Anthropic API, admin or OAuth key (sk-ant-api03-, sk-ant-admin01-, sk-ant-oat01-).',
    ['sk-ant-'],
    String.raw`sk-ant-[a-z]{3,10}\d{2}-[A-Za-z0-9_-]{32,300}`,
  ),
  token(
    'openai-api-key',
    'OpenAI API key: project/service/admin keys and legacy 48-character keys.',
    ['sk-'],
    '(?:sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,250}|sk-[A-Za-z0-9_-]{10,100}T3BlbkFJ[A-Za-z0-9_-]{10,100}|sk-[A-Za-z0-9]{48})',
  ),
  token(
    'huggingface-access-token',
    'Hugging Face user access token (hf_).',
    ['hf_'],
    'hf_[A-Za-z0-9]{34,64}',
  ),
  {
    ...token(
      'slack-token',
      'Slack bot, user, app, refresh or legacy token (xoxb-, xoxp-, xoxa-, xoxe-, xoxo-, xoxr-, xoxs-, xapp-).',
      ['xoxa-', 'xoxb-', 'xoxe-', 'xoxo-', 'xoxp-', 'xoxr-', 'xoxs-', 'xapp-'],
      '(?:xox[abeoprs]|xapp)-[A-Za-z0-9/+-]{10,250}',
    ),
    validate: (match) => /\d{6}/.test(match[0]) && !looksLikeDummyToken(match[0]),
  },
  {
    id: 'slack-webhook-url',
    description: 'Slack incoming webhook or workflow trigger URL (the whole URL is the secret).',
    keywords: ['hooks.slack.com'],
    pattern:
      /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/+-]{20,200}(?![A-Za-z0-9_/+-])/dgi,
    validate: notDummy,
  },
  token(
    'stripe-access-token',
    'Stripe secret or restricted key, live or test (sk_live_, rk_live_, sk_test_, rk_test_).',
    ['sk_live_', 'rk_live_', 'sk_test_', 'rk_test_'],
    '[rs]k_(?:live|test)_[A-Za-z0-9]{20,247}',
  ),
  token('gcp-api-key', 'Google API key (AIza + 35).', ['aiza'], 'AIza[A-Za-z0-9_-]{35}'),
  token('npm-access-token', 'npm access token (npm_ + 36).', ['npm_'], 'npm_[A-Za-z0-9]{36}'),
];
