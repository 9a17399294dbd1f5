import { readdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { parse } from 'yaml';

/** WCAG 2.2 AA, as the design asks. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
  expect(summary).toEqual([]);
}

export interface ReportFile {
  id: string;
  title: string;
  authors: string[];
  published: string;
  headings: string[];
}

/** The reports as committed in content/reports, read straight from the files (not from the site). */
export function reportFiles(): ReportFile[] {
  return readdirSync('content/reports')
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const text = readFileSync(`content/reports/${f}`, 'utf8');
      const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
      const data = parse(fm?.[1] ?? '') as {
        id: string;
        title: string;
        authors: string[];
        published: string;
      };
      const body = text.slice(fm?.[0].length ?? 0);
      const headings = [...body.matchAll(/^#{2,6}\s+(.+?)\s*$/gm)].map((m) => m[1] ?? '');
      return {
        id: data.id,
        title: data.title,
        authors: data.authors,
        published: data.published,
        headings,
      };
    });
}
