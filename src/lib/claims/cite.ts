/**
 * Citations of one claim in Chicago (notes-bibliography, 17th ed.), APA 7, MLA (7th ed., the newest
 * MLA style available from the npm registry here), BibTeX, RIS and CSL-JSON, all produced by
 * citation-js (a CSL processor; one version line, 0.8.x). What is cited is the report; the pinpoint
 * (section and paragraph) and the claim's permalink make it a citation of the claim.
 *
 * Speed: the CSL styles are formatted once per report with a placeholder locator, then the locator is
 * substituted per claim. BibTeX and RIS carry the pinpoint and permalink in their note: they are
 * formatted once per report section with placeholders for the paragraph and the permalink, which are
 * substituted per claim when the permalink has only characters neither format escapes (otherwise they
 * are formatted for the claim itself). A unit test checks both paths agree on every real claim.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import chicagoStyle from '@citation/csl-style-chicago-note-bibliography/info.json' with { type: 'json' };
import mlaStyle from 'style-mla';
import type { Report } from '../schemas/report.ts';

/** A CSL style as the `style-mla` package ships it: the XML as nested {name, attrs, children}. */
interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: Array<XmlNode | string>;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Serialises the nested form back to CSL XML, which the CSL engine takes. */
export function xmlFromNodes(node: XmlNode | string): string {
  if (typeof node === 'string') return escapeXml(node);
  const attrs = Object.entries(node.attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
  return `<${node.name}${attrs}>${node.children.map(xmlFromNodes).join('')}</${node.name}>`;
}

const csl = plugins.config.get('@csl') as { styles: { add(name: string, xml: string): void } };
csl.styles.add('chicago-note-bibliography', (chicagoStyle as { content: string }).content);
csl.styles.add('mla-7', `<?xml version="1.0" encoding="utf-8"?>${xmlFromNodes(mlaStyle as XmlNode)}`);

/** A CSL-JSON item. */
export interface CslItem {
  id: string;
  type: string;
  title: string;
  author: Array<{ family: string; given: string }>;
  issued: { 'date-parts': number[][] };
  publisher?: string;
  'container-title'?: string;
  URL: string;
  note?: string;
  language?: string;
}

/** Byline names as CSL names: the family name is `family_names[i]` or the last word. */
export function cslNames(authors: readonly string[], familyNames?: readonly string[]): CslItem['author'] {
  return authors.map((name, i) => {
    const words = name.trim().split(/\s+/);
    const family = familyNames?.[i] ?? words.at(-1) ?? name;
    const at = words.lastIndexOf(family);
    const given = words.filter((_, k) => k !== at).join(' ');
    return { family, given };
  });
}

/** The report as a CSL item: reports as `report`, articles and commentary as magazine articles. */
export function reportCsl(report: Report, reportUrl: string): CslItem {
  const parts = report.published.split('-').map(Number);
  const item: CslItem = {
    id: report.id,
    type: report.kind === 'report' ? 'report' : report.kind === 'paper' ? 'article-journal' : 'article-magazine',
    title: report.title,
    author: cslNames(report.authors, report.family_names),
    issued: { 'date-parts': [parts] },
    URL: report.url ?? reportUrl,
    language: report.language,
  };
  if (report.kind === 'report') item.publisher = report.publisher;
  else item['container-title'] = report.publisher;
  return item;
}

export interface ClaimCitations {
  /** Chicago short note with the pinpoint. */
  chicagoNote: string;
  /** Chicago bibliography entry. */
  chicagoBibliography: string;
  /** APA reference-list entry. */
  apa: string;
  /** APA in-text citation with the pinpoint. */
  apaInText: string;
  /** MLA works-cited entry. */
  mla: string;
  /** MLA in-text citation with the pinpoint. */
  mlaInText: string;
  bibtex: string;
  ris: string;
  /** CSL-JSON of the report with the pinpoint and permalink in `note`. */
  cslJson: string;
}

const LOCATOR = 'TRIANGULATELOCATOR';

/** The CSL-style forms, formatted once per report (the in-text forms with a placeholder locator). */
type ReportForms = Omit<ClaimCitations, 'bibtex' | 'ris' | 'cslJson'>;

const formsCache = new Map<string, ReportForms>();

function format(cite: Cite, kind: 'citation' | 'bibliography', template: string, locator?: boolean): string {
  const options: Record<string, unknown> = { template, lang: 'en-US', format: 'text' };
  if (locator) options['entry'] = [{ id: cite.data[0]?.id, locator: LOCATOR, label: 'paragraph' }];
  return String(cite.format(kind, options)).trim();
}

function reportForms(item: CslItem): ReportForms {
  const key = JSON.stringify(item);
  const hit = formsCache.get(key);
  if (hit) return hit;
  const cite = new Cite(item);
  const forms: ReportForms = {
    chicagoNote: format(cite, 'citation', 'chicago-note-bibliography', true),
    chicagoBibliography: format(cite, 'bibliography', 'chicago-note-bibliography'),
    apa: format(cite, 'bibliography', 'apa'),
    apaInText: format(cite, 'citation', 'apa', true),
    mla: format(cite, 'bibliography', 'mla-7'),
    mlaInText: format(cite, 'citation', 'mla-7', true),
  };
  formsCache.set(key, forms);
  return forms;
}

/** "para. 57" inside "section “Title”": the pinpoint in words for notes. */
export function pinpointNote(section: readonly string[], paragraph: number | string, permalink: string): string {
  const where = section.length ? `section “${section.at(-1)}”, ` : '';
  return `${where}paragraph ${paragraph}; claim ${permalink}`;
}

/**
 * RIS from citation-js's tag mapping. Its text output hard-wraps values at 70 characters, which
 * breaks URLs (readers join the pieces with a space), so the lines are joined here unwrapped; RIS
 * readers take values of any length on one line.
 */
function risText(cite: Cite): string {
  const entries = cite.format('ris', { format: 'object' }) as unknown as Array<Record<string, unknown>>;
  return entries
    .map((entry) => {
      const lines = [`TY  - ${String(entry['TY'])}`];
      for (const [tag, value] of Object.entries(entry)) {
        if (tag === 'TY') continue;
        for (const v of ([] as unknown[]).concat(value))
          lines.push(`${tag}  - ${String(v).replace(/\s+/g, ' ')}`);
      }
      lines.push('ER  - ');
      return lines.join('\n');
    })
    .join('\n');
}

const PARAGRAPH = 'triangulateparagraph';
const PERMALINK = 'triangulatepermalink';
/** Permalinks that BibTeX and RIS print as they are, so a placeholder can stand in for them. */
const PLAIN_URL = /^[A-Za-z0-9:/.-]+$/;

/** BibTeX and RIS of the report with `note` in its CSL item. */
function noteForms(item: CslItem, note: string): { bibtex: string; ris: string } {
  const cite = new Cite({ ...item, note });
  return { bibtex: String(cite.format('bibtex', { format: 'text' })).trim(), ris: risText(cite) };
}

const noteFormsCache = new Map<string, { bibtex: string; ris: string }>();

/** All citation forms of a claim of `report` at `paragraph` of `section`, with its permalink. */
export function citeClaim(
  report: Report,
  claim: { section: readonly string[]; paragraph: number },
  urls: { report: string; claim: string },
  options: { direct?: boolean } = {},
): ClaimCitations {
  const item = reportCsl(report, urls.report);
  const forms = reportForms(item);
  const loc = String(claim.paragraph);
  const sub = (s: string) => s.split(LOCATOR).join(loc);
  const withNote: CslItem = { ...item, note: pinpointNote(claim.section, claim.paragraph, urls.claim) };
  let notes: { bibtex: string; ris: string };
  if (options.direct || !PLAIN_URL.test(urls.claim)) notes = noteForms(item, withNote.note!);
  else {
    const key = JSON.stringify([item, claim.section]);
    let template = noteFormsCache.get(key);
    if (!template) {
      template = noteForms(item, pinpointNote(claim.section, PARAGRAPH, PERMALINK));
      noteFormsCache.set(key, template);
    }
    const fill = (s: string) => s.split(PARAGRAPH).join(loc).split(PERMALINK).join(urls.claim);
    notes = { bibtex: fill(template.bibtex), ris: fill(template.ris) };
  }
  return {
    chicagoNote: sub(forms.chicagoNote),
    chicagoBibliography: forms.chicagoBibliography,
    apa: forms.apa,
    apaInText: sub(forms.apaInText),
    mla: forms.mla,
    // The MLA 7 style prints the locator without its label; MLA writes paragraphs as "par. 12".
    mlaInText: forms.mlaInText.split(LOCATOR).join(`par. ${loc}`),
    bibtex: notes.bibtex,
    ris: notes.ris,
    cslJson: JSON.stringify([withNote], null, 2),
  };
}
