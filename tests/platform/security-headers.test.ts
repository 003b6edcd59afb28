import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEPLOY_FILES,
  HTTPS_HEADERS,
  META_CSP,
  SECURITY_HEADERS,
} from '../../scripts/security-headers.mjs';

// The security headers have one source (scripts/security-headers.mjs). The deployment files are
// checked against it, so a host configured from them sends what `npm start` sends.

const directives = (policy: string) =>
  new Map(
    policy.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values.join(' ')];
    }),
  );

describe('the deployment files', () => {
  for (const [path, make] of Object.entries(DEPLOY_FILES)) {
    it(`${path} says what the header list says`, () => {
      expect(
        readFileSync(path, 'utf8'),
        `${path} is out of date: run node scripts/security-headers.mjs`,
      ).toBe(make());
    });
  }

  it('list every header, with the HTTPS-only ones, in each format', () => {
    const all = { ...SECURITY_HEADERS, ...HTTPS_HEADERS };
    const headers = readFileSync('public/_headers', 'utf8');
    const nginx = readFileSync('docs/nginx-sitwell.conf', 'utf8');
    for (const [name, value] of Object.entries(all)) {
      expect(headers).toContain(`\n  ${name}: ${value}\n`);
      expect(nginx).toContain(`add_header ${name} "${value}" always;`);
    }
    // Netlify and Cloudflare Pages apply a block to the paths it names: here, every path.
    expect(headers).toMatch(/^\/\*$/m);
  });
});

describe('the Content-Security-Policy', () => {
  const header = directives(SECURITY_HEADERS['Content-Security-Policy']!);

  it('allows nothing but the app’s own origin, and no framing by anyone', () => {
    expect(header.get('default-src')).toBe("'self'");
    expect(header.get('script-src')).toBe("'self'");
    expect(header.get('connect-src')).toBe("'self'");
    expect(header.get('object-src')).toBe("'none'");
    expect(header.get('frame-ancestors')).toBe("'none'");
    expect([...header.values()].join(' ')).not.toMatch(/unsafe|https?:|\*/);
  });

  it('asks for Trusted Types, from the service worker’s policy only', () => {
    expect(header.get('require-trusted-types-for')).toBe("'script'");
    expect(header.get('trusted-types')).toBe('sitwell-sw');
  });

  it('goes in the built page’s <meta> less what only a header can say; index.html has no copy', () => {
    const inMeta = directives(META_CSP);
    expect(inMeta.has('frame-ancestors')).toBe(false);
    for (const [name, value] of inMeta) expect(header.get(name), name).toBe(value);
    expect(header.size).toBe(inMeta.size + 1);
    expect(readFileSync('index.html', 'utf8')).not.toContain(
      'http-equiv="Content-Security-Policy"',
    );
  });
});

describe('the Permissions-Policy', () => {
  const features = new Map(
    SECURITY_HEADERS['Permissions-Policy']!.split(', ').map(
      (f) => f.split('=') as [string, string],
    ),
  );

  it('keeps for this origin what the app uses: the wake lock, the tone, WebAuthn', () => {
    for (const f of [
      'screen-wake-lock',
      'autoplay',
      'publickey-credentials-create',
      'publickey-credentials-get',
      'clipboard-write',
    ])
      expect(features.get(f), f).toBe('(self)');
  });

  it('turns off sensors, capture, payment and device access', () => {
    for (const f of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'display-capture'])
      expect(features.get(f), f).toBe('()');
  });
});
