/**
 * The site's public address, one setting for everything that prints or hands
 * out a full address: Astro's `site` (canonical links, sitemap, the print
 * footer) and the open data. Set `SITE_URL` in the environment to publish
 * elsewhere; pages are served from the root, as every link in urls.ts is.
 */
export const DEFAULT_SITE = 'https://bienphong.vn/';

/** `SITE_URL` checked: http(s), no path, query or fragment (links are root-absolute); the default when unset. */
export function siteAddress(value: string | undefined): string {
  const raw = value?.trim();
  if (!raw) return DEFAULT_SITE;
  let site: URL;
  try {
    site = new URL(raw);
  } catch {
    throw new Error(`SITE_URL không phải địa chỉ web: ${JSON.stringify(raw)} (ví dụ: ${DEFAULT_SITE})`);
  }
  if (!/^https?:$/.test(site.protocol) || site.pathname !== '/' || site.search || site.hash || site.username || site.password) {
    throw new Error(`SITE_URL phải là địa chỉ gốc http(s) của trang, không có đường dẫn: ${JSON.stringify(raw)} (ví dụ: ${DEFAULT_SITE})`);
  }
  return site.href;
}

export const SITE = siteAddress(process.env.SITE_URL);

/** A path of the site (urls.ts) as a full public address. */
export const absoluteUrl = (path: string): string => new URL(path, SITE).href;
