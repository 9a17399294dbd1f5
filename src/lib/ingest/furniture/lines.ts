/**
 * Line rules that need no context: the patterns and tests that say what a single line of furniture
 * looks like (controls, chrome, contents lines, slugs, bylines, captions, page numbers, menus).
 */
import { MONTHS } from '../types.ts';

export const CONTROLS =
  /^(?:Skip to (?:main )?content|Skip navigation|Menu|Search|Subscribe|Sign in|Log in|Sign up|Register|Share(?: this(?: article| story| post| page| report| analysis)?)?(?: on \w+)?|Tweet|E-?mail(?: address)?|Print|Save|Copy link|Facebook|Twitter|X|LinkedIn|WhatsApp|Telegram|Reddit|Pinterest|Listen(?: to this article)?|Text size|A\s*A\s*A|A[-–]\s*A\+|Font size|Back to top|Top|Advertisement|Advertising|Sponsored|Accept(?: all)?(?: cookies)?|Reject(?: all)?|Manage (?:preferences|cookies|settings)|Close|Next|Previous|Load more|Show more|Follow us|Reply|Like(?: \(\d+\))?|Report|Sort by:? .*)$/iu;

export const CHROME: readonly RegExp[] = [
  /^Adjust font size/iu,
  /^(?:Text|Font) size\s*[:：]/iu,
  /^(?:\[[\p{L} ]+\]\s*)+(?:(?:Text|Font) size\s*[:：].*)?$/iu, // "[Print] [Close]"
  /^Leave a Reply/iu,
  /^Your email address will not be published/iu,
  /(^|\|)\s*\d+ comments?\s*$/iu,
  /(作者|时间|责编|编辑|来源)\s*[:：]/u,
  /^Updated\s*[:：]?\s.*(?:ago|\d{4}|GMT|UTC|[AP]M)$/iu,
  /^(?:Last )?(?:updated|modified|published)(?: on)?\s*[:：]?\s*(?:\d|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun))/iu,
  /^(?:Web )?(?:Editors?|Editor-in-charge|Responsible editor|Source)\s*[:：]\s*[\p{L} .,]{1,40}(?:\|.*)?$/iu,
  /^(?:Copyright\s*)?(?:©|\(c\)|Copyright\b).{0,120}$/iu,
  /\b(?:all rights reserved)\b/iu,
  /\bcookies?\b.*\b(?:accept|consent|agree|preferences|privacy|improve|experience)\b|\b(?:accept|consent|agree)\b.*\bcookies?\b/iu,
  /\b(?:sign up|subscribe)\b.*\bnewsletter\b|\bnewsletter\b.*\b(?:sign up|subscribe|inbox)\b|^Get the best of .* in your inbox|^Enter your e-?mail(?: address)?$|^You can unsubscribe/iu,
  /^\S+\s*(?:\[at\]|\(at\)| at )\s*\S+\s*(?:\[dot\]|\(dot\)| dot )\s*\S+$/iu,
  /^\d+\s+min(?:ute)?s? read$/iu,
  // classification and distribution markings of a Word or PDF document
  /^(?:(?:STRICTLY )?CONFIDENTIAL|RESTRICTED|INTERNAL|DRAFT|EMBARGOED)\b[^.]{0,60}$|^(?:FOR (?:CLIENT|INTERNAL|OFFICIAL) USE ONLY|NOT FOR (?:DISTRIBUTION|CITATION|QUOTATION|PUBLICATION))\b/u,
  // citation blocks: "Cite this page: …", "This report may be cited as:", "Suggested citation"
  /^(?:Cite this (?:page|article|report|paper)|Suggested citation|How to cite(?: this)?|This (?:report|paper|article) (?:may|should) be cited as)\b/iu,
  /^Cite this(?: \p{L}+)?\s*[:：]/iu,
  // download links and inline link rows ("Download PDF (412 KB)", "Related: A · B")
  /^Download (?:the )?(?:PDF|full (?:report|text)|report|paper|article)\b/iu,
  /^(?:Related|Read more|Read next|See also|More on this)\s*[:：]\s+\S/iu,
  // an image placeholder left by a text rendering of a page
  /^\[(?:Image|Photo|Figure|Picture|Video|Graphic|Map|Chart)\b[^\]]*\]$/iu,
  // licence lines
  /^(?:Content )?licensed under\b|\bCC BY(?:-[A-Z]{2})*(?: \d\.\d)?\.?$/iu,
  // editor's notes, disclaimers, drafts, contact lines
  /^Editor['’]s note\s*[:：]/iu,
  /^(?:The )?views (?:expressed )?(?:here |in this [\p{L}]+ )?are (?:the author['’]?s?['’]? own|those of the authors?)\b/iu,
  /^Draft\b.*\b(?:cite|circulate|quote|distribute)\b/iu,
  /^(?:Corresponding author|Address|Tel|Phone|Fax|E-?mail|Hotline|Contact)\s*[:：]/iu,
  // agency photo credits alone on a line ("TTXVN/VNA/VNP")
  /^[A-Z]{2,6}(?:\/[A-Z]{2,6})+$/u,
];

/** Whether a whole line is page furniture by its look alone (controls, chrome), wherever it stands. */
export function isFurnitureLine(text: string): boolean {
  return CONTROLS.test(text) || CHROME.some((re) => re.test(text));
}

/** A contents line: a title, dotted leaders or spaces, a page number ("Introduction........3"). */
export const CONTENTS_LINE = /(?:\.{4,}|…{2,}|(?:\. ){3,})\s*\d{1,3}$/u;
/** A Word comment left in an export ("[Comment JD1]: check date…") and its anchor in the text ("[JD1]"). */
export const WORD_COMMENT = /^\[Comment(?: [A-Z]{1,5}\d{1,3})?\]\s*[:：]?/u;
export const COMMENT_ANCHOR = /\[[A-Z]{1,5}\d{1,3}\]/gu;

export const MONTH_RE = `(?:${MONTHS})\\.?`;
export const DATE_LINE = new RegExp(
  `^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:${MONTH_RE} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{1,2} ${MONTH_RE},? \\d{4}|\\d{4}-\\d{2}-\\d{2})(?:[ ,|·]+.*)?$`,
  'iu',
);
export const TIME = /\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]M|GMT|UTC|ICT|CST)?\b/iu;

/** InDesign slug: file name, page, date and time ("Report_final.indd 2 12/12/19 4:05 PM"). */
export const SLUG = /\.(?:indd|qxd|qxp|pdf)\b.*\d{1,2}\/\d{1,2}\/\d{2,4}/iu;

export const RELATED_HEAD =
  /^(?:Related(?: articles?| stories| content| posts| reading| coverage| news)?|Read more|Read next|More (?:from|on|in|stories)\b.*|You (?:may|might) also (?:like|be interested in)|Recommended(?: for you)?|Further reading|See also|Most (?:read|popular)|Popular(?: now)?|Trending|Latest(?: news)?|Editor'?s picks)\s*[:：]?$/iu;
export const TAGS_HEAD = /^(?:Tags|Topics|Filed under|Categories|Keywords|Tagged)\b\s*[:：]?/iu;
export const COMMENTS_HEAD =
  /^(?:(?:\d+ )?(?:Comments?|Responses?|Replies)(?: \(\d+\))?|Leave a (?:reply|comment)|Join the (?:conversation|discussion)|Show comments|Post a comment|Add a comment|Comment policy)\s*[:：]?$/iu;
export const ABOUT_AUTHOR = /^About the authors?\s*[:：]?$/iu;

/** Known words of section headings. */
export const SECTION_WORD =
  /^(?:(?:\d+(?:\.\d+)*\.?|[IVX]+\.|[A-Z]\.)\s+)?(?:Introduction|Conclusions?|Concluding remarks|Summary|Executive summary|Key (?:points|findings|judgements|takeaways)|Background|Overview|Abstract|Recommendations?(?: for .+)?|Policy recommendations|Findings|Discussion|Analysis|Methodology|Methods|Outlook|Implications|Context|History|Acknowledge?ments|Appendix(?: [A-Z\d]+)?|Annex(?: [A-Z\d]+)?|Notes|Endnotes|Footnotes|References|Bibliography|Works cited|Sources|Further reading|Glossary|Abbreviations|Preface|Foreword)$/iu;

/** A line of running prose: long enough, with a sentence's shape. */
export function isProse(t: string): boolean {
  return (
    (t.length >= 60 && /[.?!]["”’)]*$/u.test(t) && t.split(' ').length >= 8) ||
    (t.length >= 140 && / \p{Ll}+ /u.test(t))
  );
}

/** A short menu or link item: no sentence punctuation, a few words. */
export function isNavItem(t: string): boolean {
  return (
    t.length <= 40 &&
    !/[.?!;:]["”’)]*$/u.test(t) &&
    t.split(' ').length <= 6 &&
    !/^[•●\uf0b7-]/u.test(t)
  );
}

/** Breadcrumbs or a row of links: short items separated by ›, », >, >>, /, | or ·. */
export function isLinkRow(t: string): boolean {
  const parts = t.split(/\s*(?:›|»|>>?|\||·|•)\s*|\s+\/\s+/u).filter(Boolean);
  return (
    parts.length >= 2 &&
    t.length <= 160 &&
    parts.every((p) => p.length <= 30 && !/[.?!]$/u.test(p)) &&
    /(?:›|»|>|\||·|\s\/\s)/u.test(t)
  );
}

/** A byline: "By A and B", with or without a date and time, or an author line at the top with a date. */
export function isByline(t: string, authorRe: RegExp | null, early: boolean): boolean {
  if (/^By\s+\p{Lu}/u.test(t) && t.length <= 160 && (!/[.?!]$/u.test(t) || /\b\p{Lu}\.$/u.test(t)))
    return true;
  if (early && DATE_LINE.test(t) && t.length <= 80) return true;
  if (TIME.test(t) && DATE_LINE.test(t.replace(/^.*?\|\s*/u, '')) && t.length <= 100) return true;
  if (!authorRe) return false;
  const rest = t
    .replace(new RegExp(authorRe.source, 'gu'), '')
    .replace(/\[\d+\]|\*|†|,|\band\b|&|\s/gu, '');
  return early && authorRe.test(t) && rest.length <= 2;
}

/** A photo caption that carries its credit: "… (Photo: Reuters)", "… (Xinhua/Ju Peng)", "… Image: Getty Images". */
export function isCaption(t: string): boolean {
  return (
    /\((?:Photo|Image|Picture|Credit|Photograph|File photo)s?(?: by)?\s*[:：]?[^)]{1,60}\)$/iu.test(
      t,
    ) ||
    /\((?:Xinhua|VNA|AFP|AP|Reuters|EPA|Getty Images|AFP\/Getty Images)(?:\/[^)]{1,40})?\)$/u.test(
      t,
    ) ||
    /(?:^|[.)] )(?:Image|Photo|Picture|Credit)s?\s*[:：]\s*[\p{L} .&/-]{1,40}$/u.test(t)
  );
}

/** A page number line: "12", "Page 12", "12 of 40", "– 12 –". */
export function isPageNumber(t: string): boolean {
  return (
    /^(?:page\s+)?\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?$/iu.test(t) ||
    /^[-–—]\s*\d{1,3}\s*[-–—]$/u.test(t)
  );
}

/** A note text line at a page foot: "12 Reuters, …". */
export function isNoteLine(t: string): boolean {
  return /^\d{1,3}\s+\S/u.test(t) && /[,.]/u.test(t);
}
