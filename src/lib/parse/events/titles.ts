/** Titles of extracted events: subject–verb–object in the present, as a headline puts it. */
import nlp from 'compromise';
import type { DateMention } from '../../schemas/date-mention.ts';

/** The claim text as a title: whole words up to about `max` characters, with an ellipsis if cut. */
export function shortTitle(text: string, max = 80): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).replace(/[,;:]$/, '')}…`;
}

/** Past forms that do not end in -ed (and a few that do), with their present third person. */
const IRREGULAR: Record<string, string> = {
  began: 'begins',
  brought: 'brings',
  became: 'becomes',
  came: 'comes',
  drew: 'draws',
  fell: 'falls',
  flew: 'flies',
  fought: 'fights',
  gave: 'gives',
  grew: 'grows',
  held: 'holds',
  led: 'leads',
  left: 'leaves',
  made: 'makes',
  met: 'meets',
  paid: 'pays',
  rose: 'rises',
  said: 'says',
  sank: 'sinks',
  sent: 'sends',
  shot: 'shoots',
  sought: 'seeks',
  spoke: 'speaks',
  struck: 'strikes',
  took: 'takes',
  told: 'tells',
  went: 'goes',
  withdrew: 'withdraws',
  won: 'wins',
  wrote: 'writes',
  was: 'is',
  were: 'are',
  had: 'has',
  set: 'sets',
  put: 'puts',
  cut: 'cuts',
  hit: 'hits',
  // -ed forms the spelling rules below get wrong.
  created: 'creates',
};
/** Words before which an -ed word is an adjective, not the verb ("the armed forces"). */
const DETERMINER = /^(?:the|a|an|its|their|his|her|our|this|that|these|those|newly|jointly)$/i;
/** Openers that are not part of what happened ("However,", "Then,"). */
const OPENER =
  /^(?:however|then|meanwhile|later|subsequently|also|additionally|finally|in addition|notably|furthermore|further|moreover|again|afterwards|thereafter|eventually|in the end|as a result|at the same time|for instance|for example|by contrast|in contrast)\b,?\s*/i;
/** A preposition phrase that led into a date ("in the early hours of", "at the beginning of"). */
const DATE_LEAD =
  /(?:,\s*)?\b(?:(?:in|on|at|by|during|from|since|until|of|around|between)\s+)?(?:the\s+(?:beginning|end|middle|start|early hours|course|summer|spring|autumn|winter)\s+of\s+)?$/i;

/** A past-tense verb in the present, headline style: "visited" → "visits", "sank" → "sinks". */
function presentTense(word: string, plural = false): string {
  const third = presentThird(word);
  if (!plural) return third;
  if (third === 'is') return 'are';
  if (third === 'has') return 'have';
  if (/ies$/.test(third)) return `${third.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|o)es$/.test(third)) return third.slice(0, -2);
  return third.replace(/s$/, '');
}
/**
 * The third person present of a past form: our table of irregular forms, then a doubled final
 * consonant ("rammed" → "rams"), then compromise's English lexicon and conjugation rules, which know
 * whether a stem keeps its silent e ("restored" → "restores", "answered" → "answers").
 */
function presentThird(word: string): string {
  const lower = word.toLowerCase();
  if (IRREGULAR[lower]) return IRREGULAR[lower];
  if (/ied$/.test(lower)) return `${lower.slice(0, -3)}ies`;
  if (/([bdgmnprt])\1ed$/.test(lower)) return `${lower.slice(0, -3)}s`;
  const doc = nlp(`It ${lower} it`);
  doc.verbs().toPresentTense();
  const conjugated = doc.text().split(' ')[1]?.toLowerCase();
  if (conjugated && conjugated !== lower && /^\p{Ll}+$/u.test(conjugated)) return conjugated;
  if (/(?:ss|sh|ch|x)ed$/.test(lower)) return `${lower.slice(0, -2)}es`;
  return `${lower.slice(0, -2)}s`;
}

/**
 * A title of its own for an extracted event, subject–verb–object in the present tense as a headline
 * puts it, from the claim and the spans of its date mentions: the dates go (with the preposition that
 * led into them), then an opener ("However,"), asides between commas before the verb, parentheses
 * and dashes; the verb goes into the present ("sank" → "sinks"); the title ends where the object
 * does (the first comma, semicolon or dash after the verb). "On 2 April a Chinese coast guard ship,
 * the Haixun 3, sank a Vietnamese fishing boat near Woody Island, the ministry said" → "A Chinese
 * coast guard ship sinks a Vietnamese fishing boat near Woody Island". Falls back to the claim cut
 * at a word (`shortTitle`) when no verb is found.
 */
export function eventTitle(
  text: string,
  dates: ReadonlyArray<Pick<DateMention, 'start' | 'end'>>,
): string {
  let t = text;
  for (const d of [...dates].sort((a, b) => b.start - a.start)) {
    const before = t.slice(0, d.start).replace(DATE_LEAD, '');
    t = `${before} ${t.slice(d.end).replace(/^\s*,/, ',')}`;
  }
  t = t
    .replace(/\s*\([^()]*\)/g, '')
    .replace(/\s+[—–]\s+[^—–]*\s+[—–]\s+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[,;:\s]+/, '')
    .replace(OPENER, '')
    .replace(/^[,;:\s]+/, '');
  const words = t.split(' ');
  let verb = -1;
  let aside = false;
  let closed = -1;
  for (let i = 1; i < words.length; i++) {
    const raw = words[i] ?? '';
    const w = raw.replace(/[,.;:]+$/, '');
    const lower = w.toLowerCase();
    const irregular = IRREGULAR[lower] !== undefined;
    const past = irregular || /^[a-z]{2,}ed$/.test(lower);
    // A participle right after a comma opens an aside (", escorted by coast guard vessels,"); the
    // word after the aside's closing comma may be the verb.
    if (past && (words[i - 1] ?? '').endsWith(',') && closed !== i - 1) aside = true;
    if (aside) {
      if (raw.endsWith(',')) {
        aside = false;
        closed = i;
      }
      continue;
    }
    if (!/^\p{Ll}/u.test(w)) continue;
    if (irregular || (past && !DETERMINER.test(words[i - 1] ?? ''))) {
      verb = i;
      break;
    }
  }
  if (verb < 0) return shortTitle(text);
  // Asides between commas before the verb ("The boat, registered in Quang Ngai, went down").
  let subject = words
    .slice(0, verb)
    .join(' ')
    .replace(/,[^,]*,/g, '')
    .replace(/,\s*$/, '');
  const rest = words.slice(verb + 1).join(' ');
  let object = (/^[^,;:—–]*/.exec(rest)?.[0] ?? '').replace(/[.!?]+$/, '').trim();
  const form = words[verb]!.replace(/[,.;:]+$/, '');
  subject = subject.charAt(0).toUpperCase() + subject.slice(1);
  // A plural subject ("Vietnamese officials") takes the plural verb ("visit", "are").
  const last = subject.split(' ').at(-1) ?? '';
  const plural =
    (/^\p{Ll}\p{L}*s$/u.test(last) && !/(?:ss|us|is|was|has)$/.test(last)) || / and /.test(subject);
  // A second verb joined to the first ("rammed and sank") goes into the present too.
  object = object.replace(/^(and|or) (\p{Ll}+)\b/u, (m, conj: string, w: string) =>
    IRREGULAR[w] !== undefined || /^[a-z]{2,}ed$/.test(w)
      ? `${conj} ${presentTense(w, plural)}`
      : m,
  );
  const title = `${subject} ${presentTense(form, plural)}${object ? ` ${object}` : ''}`
    .replace(/\s+/g, ' ')
    .trim();
  return title.length > 100 ? shortTitle(title, 90) : title;
}
