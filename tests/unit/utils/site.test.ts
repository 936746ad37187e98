import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SITE, siteAddress } from '../../../src/utils/site.ts';

describe('the site’s public address (SITE_URL)', () => {
  it('defaults when unset or blank', () => {
    expect(siteAddress(undefined)).toBe(DEFAULT_SITE);
    expect(siteAddress('  ')).toBe(DEFAULT_SITE);
  });

  it('takes an http(s) root, with or without its slash', () => {
    expect(siteAddress('https://vanban.example.gov.vn')).toBe('https://vanban.example.gov.vn/');
    expect(siteAddress('http://127.0.0.1:4321/')).toBe('http://127.0.0.1:4321/');
  });

  it('refuses what would print a wrong address: a path (links are root-absolute), another scheme, not an address', () => {
    expect(() => siteAddress('https://example.org/bien-phong/')).toThrow(/SITE_URL/);
    expect(() => siteAddress('ftp://example.org/')).toThrow(/SITE_URL/);
    expect(() => siteAddress('bienphong.vn')).toThrow(/SITE_URL/);
  });
});

describe('Astro’s `site`', () => {
  it('is SITE_URL when set (canonical links, sitemap and print footer follow it)', async () => {
    vi.stubEnv('SITE_URL', 'https://vanban.example.gov.vn');
    vi.resetModules();
    try {
      const { default: config } = await import('../../../astro.config.mjs');
      expect(config.site).toBe('https://vanban.example.gov.vn/');
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });
});
