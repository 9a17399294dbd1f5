/**
 * Citations of a report and of one claim in it, in Chicago (notes-bibliography, 17th ed.), APA 7,
 * MLA (7th ed., the newest MLA style available from the npm registry here), BibTeX, RIS and CSL-JSON,
 * all produced by citation-js (a CSL processor; one version line, 0.8.x) from the report's citation
 * model (src/lib/cite/model.ts), so every form has the same item type, container and URL. What is
 * cited is the report; the pinpoint (paragraph, sentence) and the claim's permalink make it a
 * citation of the claim, and RIS and CSL-JSON — the forms reference managers import — carry the
 * quotation too.
 *
 * Speed: the CSL styles are formatted once per report with a placeholder locator, then the locator is
 * substituted per claim. BibTeX carries the pinpoint and permalink in its note: it is formatted once
 * per report section with placeholders for the paragraph, sentence and permalink, substituted per
 * claim when the permalink has only characters BibTeX prints as they are (otherwise it is formatted
 * for the claim itself). RIS escapes nothing, so its note is put into a per-report template. A unit
 * test checks both paths agree on every real claim.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import chicagoStyle from '@citation/csl-style-chicago-note-bibliography/info.json' with { type: 'json' };
import mlaStyle from 'style-mla';
import type { Report } from '../schemas/report.ts';
import type { Outlet } from '../schemas/outlet.ts';
import {
  citationModel,
  citationNames,
  locator,
  quotationNote,
  workCsl,
  type CslItem,
  type Work,
} from '../cite/model.ts';

/** A CSL style as the `style-mla` package ships it: the XML as nested {name, attrs, children}. */
interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: Array<XmlNode | string>;
}

function escapeXml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
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
csl.styles.add(
  'mla-7',
  `<?xml version="1.0" encoding="utf-8"?>${xmlFromNodes(mlaStyle as XmlNode)}`,
);

export type { CslItem } from '../cite/model.ts';

/** Byline names as CSL names (kept under its old name for callers of this module). */
export const cslNames = citationNames;

/** The report as a CSL item, typed by its kind and outlet (see src/lib/cite/model.ts). */
export function reportCsl(report: Report, reportUrl: string, outlet?: Outlet): CslItem {
  return workCsl(citationModel(report, reportUrl, outlet));
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

function format(
  cite: Cite,
  kind: 'citation' | 'bibliography',
  template: string,
  locator?: boolean,
): string {
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

/** "para. 57, sent. 2 in section “Title”. Claim: <permalink>": the pinpoint BibTeX carries in its note. */
export function pinpointNote(
  section: readonly string[],
  paragraph: number | string,
  sentence: number | string | undefined,
  permalink: string,
): string {
  const where = section.length ? ` in section “${section.at(-1)}”` : '';
  const loc =
    sentence === undefined ? `para. ${paragraph}` : `para. ${paragraph}, sent. ${sentence}`;
  return `${loc}${where}. Claim: ${permalink}`;
}

/**
 * RIS from citation-js's tag mapping. Its text output hard-wraps values at 70 characters, which
 * breaks URLs (readers join the pieces with a space), so the lines are joined here unwrapped; RIS
 * readers take values of any length on one line. Its mapping for newspaper articles (`NEWS`) drops
 * the authors and the full date; every RIS reader takes `AU` and `DA` for every type, so they are put
 * back from the item.
 */
function risText(item: CslItem): string {
  const entries = new Cite(item).format('ris', { format: 'object' }) as unknown as Array<
    Record<string, unknown>
  >;
  return entries
    .map((entry) => {
      const lines = [`TY  - ${String(entry['TY'])}`];
      if (entry['AU'] === undefined)
        for (const a of item.author)
          lines.push(`AU  - ${a.given ? `${a.family}, ${a.given}` : a.family}`);
      if (entry['DA'] === undefined) {
        const [y, m, d] = item.issued['date-parts'][0] ?? [];
        if (y !== undefined) lines.push(`DA  - ${y}/${m ?? ''}/${d ?? ''}/`);
      }
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
const SENTENCE = 'triangulatesentence';
const PERMALINK = 'triangulatepermalink';
const NOTE = 'triangulatenote';
/** Permalinks that BibTeX and RIS print as they are, so a placeholder can stand in for them. */
const PLAIN_URL = /^[A-Za-z0-9:/.-]+$/;

/**
 * BibTeX of an item. BibTeX has no blog-post type: citation-js writes `@misc` and drops the blog's
 * name, so for blog posts the blog is given as `publisher`, which `@misc` keeps.
 */
function bibtexText(item: CslItem): string {
  const forBib =
    item.type === 'post-weblog' && item['container-title']
      ? { ...item, publisher: item['container-title'] }
      : item;
  return String(new Cite(forBib).format('bibtex', { format: 'text' })).trim();
}

const bibtexCache = new Map<string, string>();
const risCache = new Map<string, string>();

/**
 * RIS of `item` with `note` as its N1. RIS escapes nothing, so the RIS of the item with a placeholder
 * note is formatted once per work and the note (whitespace collapsed, as RIS lines need) put in.
 */
function risWithNote(item: CslItem, note: string, direct: boolean): string {
  if (direct) return risText({ ...item, note });
  const key = JSON.stringify(item);
  let template = risCache.get(key);
  if (!template) risCache.set(key, (template = risText({ ...item, note: NOTE })));
  return template.split(NOTE).join(note.replace(/\s+/g, ' ').trim());
}

/** A claim of a report: where it is and what it says. */
export interface CitedClaim {
  section: readonly string[];
  paragraph: number;
  sentence?: number | undefined;
  text: string;
}

/**
 * All citation forms of `claim` in the report `work` (its citation model, src/lib/cite/model.ts), with
 * the claim's permalink. Chicago, APA and MLA cite the report with the paragraph as locator; BibTeX's
 * note carries the pinpoint and permalink; RIS and CSL-JSON — what a reference manager imports — carry
 * the quotation too (`quotationNote`).
 */
export function citeClaim(
  work: Work,
  claim: CitedClaim,
  permalink: string,
  options: { direct?: boolean } = {},
): ClaimCitations {
  const item = workCsl(work);
  delete item.note;
  const forms = reportForms(item);
  const loc = String(claim.paragraph);
  const sub = (s: string) => s.split(LOCATOR).join(loc);
  const direct = options.direct || !PLAIN_URL.test(permalink);
  let bibtex: string;
  if (direct)
    bibtex = bibtexText({
      ...item,
      note: pinpointNote(claim.section, claim.paragraph, claim.sentence, permalink),
    });
  else {
    const key = JSON.stringify([item, claim.section, claim.sentence === undefined]);
    let template = bibtexCache.get(key);
    if (!template) {
      template = bibtexText({
        ...item,
        note: pinpointNote(
          claim.section,
          PARAGRAPH,
          claim.sentence === undefined ? undefined : SENTENCE,
          PERMALINK,
        ),
      });
      bibtexCache.set(key, template);
    }
    bibtex = template
      .split(PARAGRAPH)
      .join(loc)
      .split(SENTENCE)
      .join(String(claim.sentence))
      .split(PERMALINK)
      .join(permalink);
  }
  const note = quotationNote(claim, permalink);
  return {
    chicagoNote: sub(forms.chicagoNote),
    chicagoBibliography: forms.chicagoBibliography,
    apa: forms.apa,
    apaInText: sub(forms.apaInText),
    mla: forms.mla,
    // The MLA 7 style prints the locator without its label; MLA writes paragraphs as "par. 12".
    mlaInText: forms.mlaInText.split(LOCATOR).join(`par. ${loc}`),
    bibtex,
    ris: risWithNote(item, note, !!options.direct),
    cslJson: JSON.stringify([{ ...item, note }], null, 2),
  };
}

/** The citation forms of a whole report (its page's "Cite this report"). */
export interface WorkCitations {
  chicagoBibliography: string;
  apa: string;
  mla: string;
  bibtex: string;
  ris: string;
  cslJson: string;
}

/** Every citation form of the report `work`; its note (BibTeX, RIS, CSL-JSON) gives the original URL. */
export function citeWork(work: Work): WorkCitations {
  const item = workCsl(work);
  const bare = { ...item };
  delete bare.note;
  const forms = reportForms(bare);
  return {
    chicagoBibliography: forms.chicagoBibliography,
    apa: forms.apa,
    mla: forms.mla,
    bibtex: bibtexText(item),
    ris: risText(item),
    cslJson: JSON.stringify([item], null, 2),
  };
}

export { locator };
