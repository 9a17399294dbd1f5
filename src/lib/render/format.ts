/** Small formatting helpers shared by pages. Pure, tested in tests/unit/render.test.ts. */
import { isoPrecision } from './iso.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * "2015" → "2015", "2015-11" → "November 2015", "2016-02-29" → "29 February 2016", and astronomical
 * BCE years: "-0110" → "111 BCE".
 */
export function formatIsoDate(iso: string): string {
  const bce = /^-(\d{4,})$/.exec(iso);
  if (bce) return `${Number(bce[1]) + 1} BCE`;
  const [y, m, d] = iso.split('-');
  const year = String(Number(y));
  const precision = isoPrecision(iso);
  if (precision === 'year') return year;
  const month = MONTHS[Number(m) - 1] ?? '';
  return precision === 'month' ? `${month} ${year}` : `${Number(d)} ${month} ${year}`;
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

const ORIGINS: Record<string, string> = {
  AU: 'Australia',
  CN: 'China',
  US: 'United States',
  VN: 'Vietnam',
  GB: 'United Kingdom',
  SG: 'Singapore',
  JP: 'Japan',
};

/** Country name of an outlet's origin code, or the code itself when unknown. */
export function originName(code: string): string {
  return ORIGINS[code] ?? code;
}

export interface CitableReport {
  title: string;
  authors: readonly string[];
  publisher: string;
  published: string;
  url?: string | null | undefined;
}

/**
 * A Chicago-style entry in plain text: Authors. "Title." Publisher, Date. URL. Names stay in the
 * order the byline gives them: inverting them would be wrong for names written family name first
 * (Xin Qiang, Liu Bojian). Claim pages use a CSL processor for the full set of styles.
 */
export function suggestedCitation(r: CitableReport): string {
  const names = joinNames(r.authors);
  const url = r.url ? ` ${r.url}.` : '';
  return `${names}. “${r.title}.” ${r.publisher}, ${formatIsoDate(r.published)}.${url}`;
}
