/** When a demonym ("Chinese", "Vietnamese") names its state rather than qualifying a noun. */
import type { Candidate } from './candidates.ts';

/**
 * Nouns for the people, forces and vessels a state acts through. A demonym before one of them (after
 * at most two modifiers) names the state: "Chinese forces", "Vietnamese fishing boats".
 */
const AGENT_NOUNS = new Set(
  (
    'forces troops soldiers militia militias sailors marines crews crew personnel officers commanders ' +
    'units garrison garrisons ships ship vessels vessel boats boat warships warship frigates corvettes ' +
    'submarines trawlers aircraft jets fighters planes helicopters bombers drones fishermen fishers ' +
    'workers citizens nationals protesters protestors demonstrators rioters officials official leaders ' +
    'leader diplomats diplomat negotiators delegation delegations delegates envoy envoys ambassador ' +
    'counterpart counterparts authorities government side regime administration president premier ' +
    'minister ministers ministry embassy consulate police companies company firms enterprises investors ' +
    'businesses'
  ).split(' '),
);
/** Words that end a noun phrase: a modifier before an agent noun is none of these. */
const PHRASE_BREAK = new Set(
  'the a an of to and or but in on at by for from with as that which who whose than over into'.split(
    ' ',
  ),
);
/** After "the" + demonym, what shows the demonym is a noun ("the Chinese, …", "the Vietnamese responded"). */
const AFTER_NOUN =
  /^(?:\s*(?:[,.;:!?)\]”"’]|$)|\s+(?:and|or|but|had|have|has|were|was|are|is|did|do|would|could|might|also|then|in|on|at|to|of|for|with|from|by|as|against|into|who|which|that|[a-z]+ed)\b)/;
const MODIFIED_NOUN = /^(?:\s+([a-z][a-z-]*)){1,3}/;

/**
 * Whether a demonym candidate is used as a noun or before an agent noun (see the module comment).
 * `ct` is the case-kept folded text.
 */
export function demonymNamesState(ct: string, c: Candidate): boolean {
  if (ct[c.start - 1] === '-' || ct[c.end] === '-') return false;
  if (c.plural) return true;
  let after = ct.slice(c.end, c.end + 80);
  // "Chinese and South Vietnamese warships": the noun after the second demonym is the first's too.
  const coordinated = /^\s+(?:and|or)\s+(?:\p{Lu}\p{L}*\s+){1,2}(?=\p{Ll})/u.exec(after);
  if (coordinated) after = after.slice(coordinated[0].length - 1);
  const words = MODIFIED_NOUN.exec(after)?.[0].trim().split(/\s+/) ?? [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    if (PHRASE_BREAK.has(w)) break;
    if (AGENT_NOUNS.has(w)) return true;
  }
  return (
    /(?:^|[^\p{L}\p{N}])the\s+$/iu.test(ct.slice(Math.max(0, c.start - 5), c.start)) &&
    AFTER_NOUN.test(after)
  );
}
