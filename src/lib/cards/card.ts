/**
 * Social cards: one 1200×630 PNG per page, drawn at build time from one template in the site's
 * style (paper background, accent rule, a serif for the title, a sans for the rest). satori lays the
 * template out to SVG, resvg rasterises it; both run offline, with whole TTF fonts read from npm
 * packages (Source Serif 4 and Inter, Google Fonts' builds, which cover Vietnamese, so "Nguyễn Tấn
 * Dũng" keeps both of its diacritics). Cards are cached by a hash of what they show, the template version and
 * the fonts, so a rebuild only draws cards whose text changed.
 *
 * Text is laid out by satori as text, never parsed as markup: report titles are data.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { CARD_HEIGHT, CARD_WIDTH } from '../cite/social.ts';

/** What a card shows. */
export interface CardInput {
  /** Small line above the title: what the page is ("Report · CNTV · China"). */
  kicker: string;
  title: string;
  /** One or two lines under the title: authors and date, or the attesting reports. */
  lines: string[];
  /** Bottom-right: the page's address without the scheme. */
  footer: string;
}

/** Bump when the template changes, so cached cards are redrawn. */
export const TEMPLATE_VERSION = 3;

const COLORS = {
  bg: '#fdfcf8',
  fg: '#1d1f21',
  muted: '#555b61',
  rule: '#d9d6cc',
  accent: '#0b5a8c',
  panel: '#f3f1ea',
};

/** Title size in px by length, so long titles still fit in three or four lines. */
export function titleSize(title: string): number {
  const n = title.length;
  return n <= 40 ? 76 : n <= 70 ? 66 : n <= 110 ? 56 : n <= 150 ? 48 : 42;
}

/** Title cut at a word boundary so it fits the card (four lines at the smallest size). */
export function cardTitle(title: string, max = 170): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  const at = cut.lastIndexOf(' ');
  return `${(at > max * 0.6 ? cut.slice(0, at) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

type Node = { type: string; props: Record<string, unknown> & { children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

/** The card as the element tree satori lays out (no JSX: plain objects). */
export function cardTree(input: CardInput): Node {
  const title = cardTitle(input.title);
  return el(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      display: 'flex',
      background: COLORS.bg,
      color: COLORS.fg,
      fontFamily: 'Inter',
    },
    [
      el('div', {
        position: 'absolute',
        top: 0,
        left: 0,
        width: CARD_WIDTH,
        height: 18,
        background: COLORS.accent,
      }),
      el(
        'div',
        {
          position: 'absolute',
          top: 18 + 44,
          left: 72,
          width: CARD_WIDTH - 2 * 72,
          height: CARD_HEIGHT - 18 - 44 - 40,
          display: 'flex',
          flexDirection: 'column',
        },
        [
          el(
            'div',
            {
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'space-between',
              fontSize: 32,
            },
            [
              el('div', { display: 'flex', fontWeight: 700 }, [
                el('span', { color: COLORS.fg }, 'Tri'),
                el('span', { color: COLORS.accent }, 'angulate'),
              ]),
              el(
                'div',
                { display: 'flex', color: COLORS.muted, fontSize: 30 },
                cardTitle(input.kicker, 44),
              ),
            ],
          ),
          el(
            'div',
            {
              display: 'flex',
              flexGrow: 1,
              alignItems: 'center',
              fontFamily: 'Source Serif 4',
              fontWeight: 600,
              fontSize: titleSize(title),
              lineHeight: 1.15,
            },
            title,
          ),
          el(
            'div',
            {
              display: 'flex',
              flexDirection: 'column',
              borderTop: `2px solid ${COLORS.rule}`,
              paddingTop: 20,
            },
            [
              ...input.lines.slice(0, 2).map((line, i) =>
                el(
                  'div',
                  {
                    display: 'flex',
                    fontSize: i === 0 ? 38 : 34,
                    color: i === 0 ? COLORS.fg : COLORS.muted,
                    marginBottom: 6,
                  },
                  cardTitle(line, 58),
                ),
              ),
              el(
                'div',
                {
                  display: 'flex',
                  justifyContent: 'flex-end',
                  fontSize: 26,
                  color: COLORS.accent,
                  marginTop: 2,
                },
                input.footer,
              ),
            ],
          ),
        ],
      ),
    ],
  );
}

interface Font {
  name: string;
  data: Buffer;
  weight: 400 | 600 | 700;
  style: 'normal';
}

const require = createRequire(import.meta.url);
/**
 * Whole font files (Google Fonts' TTFs, from @expo-google-fonts packages): satori draws Vietnamese
 * letters with two diacritics ("ễ", "ộ") only from a whole font — from the per-script subsets that
 * @fontsource ships it drops the second mark or draws no glyph.
 */
const FACES: Array<{ pkg: string; file: string; name: string; weight: 400 | 600 | 700 }> = [
  {
    pkg: '@expo-google-fonts/source-serif-4',
    file: '600SemiBold/SourceSerif4_600SemiBold.ttf',
    name: 'Source Serif 4',
    weight: 600,
  },
  {
    pkg: '@expo-google-fonts/inter',
    file: '400Regular/Inter_400Regular.ttf',
    name: 'Inter',
    weight: 400,
  },
  {
    pkg: '@expo-google-fonts/inter',
    file: '700Bold/Inter_700Bold.ttf',
    name: 'Inter',
    weight: 700,
  },
];

let fonts: Font[] | undefined;

/** The card fonts, read from their npm packages (no network at build time). */
export function cardFonts(): Font[] {
  fonts ??= FACES.map((face) => ({
    name: face.name,
    weight: face.weight,
    style: 'normal' as const,
    data: readFileSync(join(dirname(require.resolve(`${face.pkg}/package.json`)), face.file)),
  }));
  return fonts;
}

/** Content hash of a card: what it shows, the template version and the font packages' versions. */
export function cardHash(input: CardInput): string {
  const versions = [...new Set(FACES.map((f) => f.pkg))].map(
    (pkg) =>
      (
        JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as {
          version: string;
        }
      ).version,
  );
  return createHash('sha256')
    .update(JSON.stringify([TEMPLATE_VERSION, versions, input]))
    .digest('hex')
    .slice(0, 24);
}

/** Draws a card to PNG (satori → SVG → resvg). */
export async function drawCard(input: CardInput): Promise<Buffer> {
  const [{ default: satori }, { Resvg }] = await Promise.all([
    import('satori'),
    import('@resvg/resvg-js'),
  ]);
  const svg = await satori(cardTree(input) as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: cardFonts(),
  });
  return new Resvg(svg, {
    fitTo: { mode: 'width', value: CARD_WIDTH },
    font: { loadSystemFonts: false },
  })
    .render()
    .asPng();
}

/** Where drawn cards are kept between builds (`TRIANGULATE_CARD_CACHE` overrides it; benchmarks use that). */
export const CARD_CACHE =
  process.env['TRIANGULATE_CARD_CACHE'] ??
  join(process.cwd(), 'node_modules', '.cache', 'triangulate-cards');

/** The card's PNG: from the cache when a card with the same hash was drawn before, else drawn and cached. */
export async function cardPng(input: CardInput, cacheDir: string = CARD_CACHE): Promise<Buffer> {
  const file = join(cacheDir, `${cardHash(input)}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = await drawCard(input);
  mkdirSync(cacheDir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, file);
  return png;
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23), for checks. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || sig.some((b, i) => png[i] !== b)) throw new Error('not a PNG file');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
