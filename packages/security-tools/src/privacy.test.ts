import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Sensitivity } from './internal/tools/api.js';
import { isIPv6, isPublicIPv4, luhnValid, PRIVACY_DETECTOR } from './internal/tools/privacy.js';
import { redactText } from './sanitize.js';

/** `type:matched text` of every span the detector finds (the test prints text; findings never do). */
const found = (text: string, sensitivity: Sensitivity = 'medium') =>
  PRIVACY_DETECTOR.detect(text, { field: undefined, kind: 'general', sensitivity }).map(
    (s) => `${s.type}:${text.slice(s.start, s.end)}`,
  );
const redact = (text: string, sensitivity: Sensitivity = 'medium') =>
  redactText(text, { tools: ['privacy_filter'], sensitivity }).value;

/** A card number: `body` plus its Luhn check digit (so no valid card number sits in this file). */
function card(body: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(body + d)) return body + d;
  throw new Error('unreachable');
}

// All personal data below is made up for these tests.
describe('privacy_filter: email', () => {
  it.each([
    ['Author: Dana Scully <dana.scully@fbi-mail.org>', 'email:dana.scully@fbi-mail.org'],
    ['"author": "Max Power (max+npm@powerplant.io)"', 'email:max+npm@powerplant.io'],
    [
      'commit 9f1e\nAuthor: Ana Lima <ana_lima99@mail.uni-kiel.de>\nDate:',
      'email:ana_lima99@mail.uni-kiel.de',
    ],
    ['"maintainers": [{"email": "kai.o@acme-robotics.co.uk"}]', 'email:kai.o@acme-robotics.co.uk'],
    ['mailto:zoe@zoeparker.dev?subject=hi', 'email:zoe@zoeparker.dev'],
    ['Signed-off-by: R. Tan <rtan@kernel-dev.net>.', 'email:rtan@kernel-dev.net'],
    ['git config user.email "li.wei@bytelab.cn"', 'email:li.wei@bytelab.cn'],
  ])('finds the address in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it('does not take a JSON escape glued to the address', () => {
    expect(found('"Author: x\\nalex@qwertz.io\\n"')).toEqual(['email:alex@qwertz.io']);
  });

  it.each([
    'Co-Authored-By: Claude <noreply@anthropic.com>',
    '12345+octo@users.noreply.github.com',
    'From: GitHub <do-not-reply@github.com>',
    'mail admin@example.com or root@example.org or ops@example.net',
    'dana@db.example and eve@host.test and a@b.invalid and x@intranet.local and y@box.internal',
    'git clone git@github.com:acme/app.git',
    'ssh alice@build-7.acme.io "uptime"',
    'scp report.pdf carol@files.acme.io:/srv/in/',
    'git remote add origin dev@code.acme.io:acme/app.git',
    'icon@2x.png and logo@3x.webp and sprite@1.5x.svg',
    'npm i react@18.2.0 @types/node@20 lodash@4.17.21 left-pad@latest',
    'import x from "@scope/pkg@1.2.3/dist/index.js"',
    'clistorage-engine@roots/bud-framework@sitespeed.io/edgedriver',
    'hen = @Promise.prototype.@then; Promise.@resolve.bind(x)',
    '@app.route("/x") and @pytest.fixture and @Override',
    'email: EmailStr = Field(examples=["you@yourcompany.com", "john.doe@test.com"])',
    'Email: user@domain.com or jane.doe@company.com',
    'https://alice@bitbucket.org/team/repo.git',
    'a@b.c0m and a@b.com.5 and x@-bad-.com',
  ])('keeps %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('privacy_filter: phone', () => {
  it('finds international numbers at every sensitivity', () => {
    const text = 'call +44 20 7946 0958 or +1 (415) 555-2671, fax +49 30 901820.';
    const expected = ['phone:+44 20 7946 0958', 'phone:+1 (415) 555-2671', 'phone:+49 30 901820'];
    expect(found(text, 'low')).toEqual(expected);
    expect(found(text)).toEqual(expected);
    expect(found('WhatsApp: +33 6 12 34 56 78')).toEqual(['phone:+33 6 12 34 56 78']);
  });

  it('finds NANP national layouts by sensitivity', () => {
    expect(found('office (212) 555-0199 ext 4', 'low')).toEqual([]);
    expect(found('office (212) 555-0199 ext 4')).toEqual(['phone:(212) 555-0199']);
    expect(found('cell: 646-555-0142.')).toEqual(['phone:646-555-0142']);
    expect(found('cell: 646.555.0142 or 646 555 0143')).toEqual([]);
    expect(found('cell: 646.555.0142 or 646 555 0143', 'high')).toEqual([
      'phone:646.555.0142',
      'phone:646 555 0143',
    ]);
  });

  it.each([
    'version 1.2.3456.7890 and 10.0.19045.3803',
    '2026-11-22T10:01:16+00:00 and 2026-11-22 10:01:16 +0100',
    '2026-01-08 16:17:39 +0100 1309dba Check failing test',
    'took +1234 ms; delta +12.5%; 1e+10',
    'commit 1234567890 and id 4155552671 and unix 1732268476123',
    'line 415:55:2671 and src/a.ts:212:5550199',
    '+++ b/src/index.ts\n+  return 2125550199;',
    'id 123-456-7890 and isbn 978-3-16-148410-0 and 555-123-4567',
    '+1 555 123 4567 and +999 1234 5678',
    'ts 20261122-101016-0421',
    '+0049 30 901820',
  ])('keeps %j', (text) => {
    expect(found(text, 'high')).toEqual([]);
  });
});

describe('privacy_filter: ip-address', () => {
  it('finds public IPv4 and global IPv6 addresses', () => {
    expect(found('ssh deploy@52.14.199.7 -p 22 then curl http://18.205.33.41:8080/health')).toEqual([
      'ip-address:52.14.199.7',
      'ip-address:18.205.33.41',
    ]);
    expect(found('"IPAddress": "81.2.69.160",\n"inet6 2a01:4f8:c17:1234::1/64"')).toEqual([
      'ip-address:81.2.69.160',
      'ip-address:2a01:4f8:c17:1234::1',
    ]);
    expect(found('client ::ffff:81.2.69.142 via 2a00:1450:4001:82b:0:0:0:200e')).toEqual([
      'ip-address:81.2.69.142',
      'ip-address:2a00:1450:4001:82b:0:0:0:200e',
    ]);
    expect(found('peer 2a01:4f8:c17:1234::1', 'low')).toEqual([]);
  });

  it.each([
    'inet 10.0.3.15 netmask 255.255.255.0 broadcast 10.0.3.255',
    '"Gateway": "172.17.0.1", "IPAddress": "172.17.0.2", "IPPrefixLen": 16',
    'wlan0: inet 192.168.1.20  inet6 fe80::1c2b:3aff:fe4d:5e6f%wlan0 and ::1',
    'listening on 127.0.0.1:8080 and 0.0.0.0:3000 and [::]:443',
    'docs use 192.0.2.10, 198.51.100.7, 203.0.113.99, 2001:db8::1 and 3fff:0:1::5',
    'metadata 169.254.169.254, cgnat 100.64.1.1, multicast 239.1.2.3, ff02::1, fd12:3456::1',
    'dns 8.8.8.8 and 1.1.1.1 and 2606:4700:4700::1111',
    'bump to v1.2.3.4, 1.2.3.4.5, 01.02.03.04, version 52.1.0.3, pkg==20.1.4.2',
    'Mozilla/5.0 (Macintosh) Chrome/120.0.0.0 Safari/537.36',
    'oid 1.3.6.1.4.1.311.21.7 and 4.0.30319.42000',
    'std::vector<int> and 12:30:45 and aa:bb:cc:dd:ee:ff and 2023:10:05 12:00:00',
    'sha 3e5f:aa and 2345:6789 and 2001:',
  ])('keeps %j', (text) => {
    expect(found(text, 'high')).toEqual([]);
  });

  it('reads ranges and IPv6 forms right', () => {
    expect(isPublicIPv4([52, 14, 199, 7])).toBe(true);
    expect(isPublicIPv4([172, 32, 0, 1])).toBe(true);
    expect(isPublicIPv4([172, 31, 0, 1])).toBe(false);
    expect(isPublicIPv4([100, 128, 0, 1])).toBe(true);
    expect(isPublicIPv4([256, 1, 1, 1])).toBe(false);
    expect(isIPv6('2a01:4f8::1')).toBe(true);
    expect(isIPv6('2a01:4f8:1:2:3:4:5:6')).toBe(true);
    expect(isIPv6('2a01:4f8:1:2:3:4:5')).toBe(false);
    expect(isIPv6('2a01::4f8::1')).toBe(false);
    expect(isIPv6('2a01:4f8:1:2:3:4:5:6:7')).toBe(false);
  });
});

describe('privacy_filter: credit-card', () => {
  const visa = card('455673758689985');
  const master = card('529871034567123');
  const amex = card('34921234567890');
  const visaGrouped = visa.replace(/(\d{4})(?=\d)/g, '$1 ');

  it('finds Luhn-valid numbers with an issuer prefix, grouped or (medium) in one run', () => {
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('79927398710')).toBe(false);
    expect(found(`card ${visaGrouped} exp 12/29`, 'low')).toEqual([`credit-card:${visaGrouped}`]);
    expect(found(`mc ${master.replace(/(\d{4})(?=\d)/g, '$1-')}`)).toEqual([
      `credit-card:${master.replace(/(\d{4})(?=\d)/g, '$1-')}`,
    ]);
    const amexGrouped = `${amex.slice(0, 4)} ${amex.slice(4, 10)} ${amex.slice(10)}`;
    expect(found(`amex ${amexGrouped}`)).toEqual([`credit-card:${amexGrouped}`]);
    expect(found(`"pan": "${visa}"`, 'low')).toEqual([]);
    expect(found(`"pan": "${visa}"`)).toEqual([`credit-card:${visa}`]);
  });

  it('keeps test cards, failing checksums, unknown issuers, ids and timestamps', () => {
    const wrong = visa.slice(0, -1) + ((Number(visa.at(-1)) + 1) % 10);
    for (const text of [
      'stripe test 4242 4242 4242 4242 and 4111-1111-1111-1111 and 378282246310005',
      `order ${wrong} and ${card('912345678901234')}`,
      `ns ${card('170000000000123')} and id 1234567890123456 and 0000 0000 0000 0000`,
      `mixed ${visa.slice(0, 4)} ${visa.slice(4, 8)}-${visa.slice(8, 12)} ${visa.slice(12)}`,
      `v${visa} and ${visa}abc and 1.${visa}`,
    ])
      expect(found(text, 'high'), text).toEqual([]);
  });
});

describe('privacy_filter: us-ssn', () => {
  const ssn = '521-' + '48-' + '3907';
  it('finds valid-range SSNs with dashes; at low only with SSN context', () => {
    expect(found(`SSN: ${ssn}`, 'low')).toEqual([`us-ssn:${ssn}`]);
    expect(found(`applicant ${ssn} approved`)).toEqual([`us-ssn:${ssn}`]);
    expect(found(`applicant ${ssn} approved`, 'low')).toEqual([]);
  });

  it('keeps never-issued ranges, samples, dashless and longer tokens', () => {
    for (const text of [
      'ids 000-12-3456 666-12-3456 912-12-3456 521-00-4567 521-45-0000',
      'samples 078-05-1120 219-09-9999 123-45-6789',
      'plain 521483907 and ABC-521-48-3907 and 521-48-39071 and 2026-11-22',
    ])
      expect(found(text, 'high'), text).toEqual([]);
  });
});

describe('privacy_filter: through redactText', () => {
  it('redacts every type, keeps the rest, and redacting twice finds nothing', () => {
    const text = `From dana.scully@fbi-mail.org, +44 20 7946 0958, host 52.14.199.7 (v1.2.3.4)`;
    const once = redact(text);
    expect(once).toBe('From [REDACTED:email], [REDACTED:phone], host [REDACTED:ip-address] (v1.2.3.4)');
    expect(redactText(once, { tools: ['privacy_filter'] }).findings).toEqual([]);
    expect(found(once, 'high')).toEqual([]);
  });

  it('finishes on hostile input with the right answer', () => {
    expect(found('a@'.repeat(200_000))).toEqual([]);
    expect(found(`${'a'.repeat(64)}@`.repeat(10_000))).toEqual([]);
    expect(found('@'.repeat(1_000_000))).toEqual([]);
    expect(found(`x@${'a.'.repeat(500_000)}`)).toEqual([]);
    expect(found('+1 '.repeat(300_000))).toEqual([]);
    expect(found('+'.repeat(1_000_000))).toEqual([]);
    expect(found('1'.repeat(1_000_000), 'high')).toEqual([]);
    expect(found('1.'.repeat(500_000), 'high')).toEqual([]);
    expect(found('1-'.repeat(500_000), 'high')).toEqual([]);
    expect(found('2001:'.repeat(200_000), 'high')).toEqual([]);
    expect(found('(212) '.repeat(150_000), 'high')).toEqual([]);
    expect(found('ssh '.repeat(100_000) + 'x@acme-mail.org')).toEqual([]);
    expect(found('+1 415 555 2671 '.repeat(50_000)).length).toBe(50_000);
    expect(found('mail dana@fbi-mail.org '.repeat(50_000)).length).toBe(50_000);
  });
});

// ---- the real transcripts ------------------------------------------------------------------------

const CORPUS = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));

/** Every string (values and keys) of every JSONL line under `dir`. */
function corpusStrings(dir: string): string[] {
  const out: string[] = [];
  const collect = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) for (const x of v) collect(x);
    else if (v !== null && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        out.push(k);
        collect(x);
      }
  };
  const walk = (d: string): void => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (n.endsWith('.jsonl'))
        for (const line of readFileSync(p, 'utf8').split('\n')) {
          try {
            if (line.trim() !== '') collect(JSON.parse(line));
          } catch {
            // a truncated last line
          }
        }
    }
  };
  walk(dir);
  return out;
}

describe.skipIf(!existsSync(CORPUS))('privacy_filter over the real transcripts', () => {
  it('finds the authors’ addresses and nothing else (checked by hand)', () => {
    const counts: Record<string, number> = {};
    const domains = new Set<string>();
    for (const text of corpusStrings(CORPUS)) {
      for (const s of PRIVACY_DETECTOR.detect(text, {
        field: undefined,
        kind: 'general',
        sensitivity: 'high',
      })) {
        counts[s.type] = (counts[s.type] ?? 0) + 1;
        const hit = text.slice(s.start, s.end);
        expect(hit).toMatch(/^[a-z0-9][\w.+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i);
        domains.add(hit.slice(hit.indexOf('@') + 1).toLowerCase());
      }
    }
    if (process.env['SHOW_COUNTS']) console.log(counts, domains);
    // git authors, package.json authors and one docs example (mail.com); the corpus holds no public
    // IP address, phone number, card or SSN (only 127.0.0.1, 0.0.0.0 and timezone offsets)
    expect(Object.keys(counts)).toEqual(['email']);
    expect(counts['email']).toBeGreaterThan(150);
    expect([...domains].sort()).toEqual([
      'entire.io',
      'gmail.com',
      'handgemacht.ai',
      'haubi.com',
      'mai0313.com',
      'mail.com',
      'mediatek.com',
    ]);
  });
});
