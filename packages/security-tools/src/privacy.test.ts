import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Sensitivity } from './internal/tools/api.js';
import { luhnValid } from './internal/tools/privacy.js';
import { redactText } from './sanitize.js';

const types = (text: string, sensitivity: Sensitivity = 'medium') =>
  redactText(text, { tools: ['privacy_filter'], sensitivity }).findings.map(
    (f) => `${f.type}:${text.slice(f.start, f.end)}`,
  );

// fake personal data written for these tests (reserved-looking where formats allow)
describe('privacy_filter', () => {
  it('finds email addresses, but not no-reply, example, SSH remotes or asset names', () => {
    expect(types('Author: Dana Scully <dana.scully@fbi-mail.org>')).toEqual([
      'email:dana.scully@fbi-mail.org',
    ]);
    expect(types('"author": "Max Power (max+npm@powerplant.io)"')).toEqual(['email:max+npm@powerplant.io']);
    for (const quiet of [
      'Co-Authored-By: Claude <noreply@anthropic.com>',
      '12345+octo@users.noreply.github.com',
      'mail admin@example.com or root@example.org',
      'git@github.com:acme/app.git',
      'icon@2x.png and logo@3x.webp',
      'npm i react@18.2.0 @types/node@20',
      'user@host.test and a@b.invalid',
    ])
      expect(types(quiet), quiet).toEqual([]);
  });

  it('finds international and formatted phone numbers, not versions, dates, timestamps or ids', () => {
    expect(types('call +44 20 7946 0958 or +1 (415) 555-2671')).toEqual([
      'phone:+44 20 7946 0958',
      'phone:+1 (415) 555-2671',
    ]);
    expect(types('office (212) 555-0199 ext')).toEqual(['phone:(212) 555-0199']);
    expect(types('office (212) 555-0199 ext', 'low')).toEqual([]);
    for (const quiet of [
      'version 1.2.3456.7890',
      '2026-11-22T10:01:16+00:00',
      'took +1234 ms',
      'commit 1234567890 and id 4155552671',
      'line 415:55:2671',
      '+++ b/src/index.ts',
    ])
      expect(types(quiet), quiet).toEqual([]);
  });

  it('finds public IP addresses and skips private, loopback, documentation and version-like ones', () => {
    expect(types('ssh into 52.14.199.7 then 2606:4700:4700::1111')).toEqual([
      'ip-address:52.14.199.7',
      'ip-address:2606:4700:4700::1111',
    ]);
    for (const quiet of [
      'inet 10.0.3.15 and 192.168.1.20 and 172.17.0.2',
      'listening on 127.0.0.1:8080 and 0.0.0.0',
      'docs use 192.0.2.10, 198.51.100.7 and 203.0.113.99 and 2001:db8::1',
      'link-local 169.254.169.254, cgnat 100.64.1.1, multicast 239.1.2.3',
      'bump to v1.2.3.4 and 1.2.3.4.5 and 01.02.03.04',
      'fe80::1 and ::1 and std::vector and 12:30:45 and aa:bb:cc:dd:ee:ff',
    ])
      expect(types(quiet), quiet).toEqual([]);
  });

  it('finds Luhn-valid card numbers with an issuer prefix, and valid-range SSNs', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(types('card 4111 1111 1111 1111 exp 12/29')).toEqual(['credit-card:4111 1111 1111 1111']);
    expect(types('amex 3782-822463-10005')).toEqual(['credit-card:3782-822463-10005']);
    expect(types('order 4111111111111112 and id 1234567890123456')).toEqual([]);
    expect(types('SSN: 123-45-6789')).toEqual(['us-ssn:123-45-6789']);
    expect(types('ref 123-45-6789', 'low')).toEqual([]);
    expect(types('ids 000-12-3456 666-12-3456 912-12-3456 123-00-4567 123-45-0000')).toEqual([]);
  });

  it('is idempotent and finishes on hostile input', () => {
    const once = redactText('mail dana.scully@fbi-mail.org now', { tools: ['privacy_filter'] }).value;
    expect(once).toBe('mail [REDACTED:email] now');
    expect(types(once)).toEqual([]);
    expect(types('a@'.repeat(100_000))).toEqual([]);
    expect(types('+1 '.repeat(100_000)).length).toBeLessThan(10);
    expect(types('1.'.repeat(200_000))).toEqual([]);
    expect(types(`${'a'.repeat(64)}@`.repeat(10_000))).toEqual([]);
  });
});

const CORPUS = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));
describe.skipIf(!existsSync(CORPUS))('privacy_filter over the real transcripts', () => {
  it('flags no version string, hash or timestamp as personal data', () => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const n of readdirSync(d)) {
        const p = join(d, n);
        if (statSync(p).isDirectory()) walk(p);
        else if (n.endsWith('.jsonl')) files.push(p);
      }
    };
    walk(CORPUS);
    const counts: Record<string, number> = {};
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      for (const x of redactText(text, { tools: ['privacy_filter'] }).findings) {
        counts[x.type] = (counts[x.type] ?? 0) + 1;
        const found = text.slice(x.start, x.end);
        if (x.type === 'ip-address') expect(found).toMatch(/^[\d.:a-fA-F]+$/);
        if (x.type === 'email') expect(found).toMatch(/^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$/);
      }
    }
    if (process.env['SHOW_COUNTS']) console.log(counts);
    expect(counts['credit-card'] ?? 0).toBe(0);
    expect(counts['us-ssn'] ?? 0).toBe(0);
  });
});
