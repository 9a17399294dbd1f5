/** The site navigation, in one place. An item shows only when its page exists in src/pages. */
export const NAV = [
  { href: '/timeline/', label: 'Timeline', page: 'timeline' },
  { href: '/actors/', label: 'Actors', page: 'actors' },
  { href: '/reports/', label: 'Reports', page: 'reports' },
  { href: '/compare/', label: 'Compare', page: 'compare' },
  { href: '/search/', label: 'Search', page: 'search' },
  { href: '/briefings/', label: 'Briefings', page: 'briefings' },
  { href: '/data/', label: 'Data', page: 'data' },
  { href: '/about/', label: 'About', page: 'about' },
] as const;

/**
 * Navigation items whose page exists, given the paths of the site's section index pages
 * (e.g. "../pages/reports/index.astro"), each marked current when `pathname` is inside it.
 */
export function navItems(pagePaths: readonly string[], pathname: string) {
  const present = new Set(
    pagePaths.map((p) => /pages\/([^/]+)\/index\.(astro|mdx)$/.exec(p)?.[1]).filter(Boolean),
  );
  return NAV.filter((item) => present.has(item.page)).map((item) => ({
    ...item,
    current: pathname === item.href || pathname.startsWith(item.href),
  }));
}
