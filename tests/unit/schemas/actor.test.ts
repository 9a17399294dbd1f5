// Actor matching on sentences cut from the five raw reports (content/raw/*.txt), plus hostile input.
// Every case lists ALL the mentions expected, in order, so a spurious hit fails the case too.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { actorSchema, type Actor } from '../../../src/lib/schemas/actor.ts';
import { compileGazetteer, createReportMatcher } from '../../../src/lib/parse/actors.ts';
import { fold, foldDiacritics } from '../../../src/lib/parse/fold.ts';
import { underMutationTesting } from '../../helpers/mutation.ts';

const ACTOR_DIR = join(import.meta.dirname, '../../../content/actors');
const actors: Actor[] = readdirSync(ACTOR_DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .flatMap((f) =>
    (parse(readFileSync(join(ACTOR_DIR, f), 'utf8')) as unknown[]).map((a) => actorSchema.parse(a)),
  );
const gazetteer = compileGazetteer(actors);

/** Mentions of one sentence by a fresh matcher, as [text as written, actor id]. */
function mentions(text: string): Array<[string, string]> {
  return createReportMatcher(gazetteer)
    .match(text)
    .map((m) => [m.text, m.actorId]);
}

type Case = [label: string, sentence: string, expected: Array<[string, string]>];

const cases: Case[] = [
  // Full names, aliases, acronyms (liu-2016).
  [
    'full names in ASCII match names stored with diacritics',
    'On July 7, 2015 at the White House, Barack Obama met with Nguyen Phu Trong and pledged to make his first visit to Vietnam',
    [
      ['White House', 'white-house'],
      ['Barack Obama', 'barack-obama'],
      ['Nguyen Phu Trong', 'nguyen-phu-trong'],
      ['Vietnam', 'vietnam'],
    ],
  ],
  [
    'longest match: Communist Party of Vietnam is the CPV, not Vietnam',
    'It was the first time a general secretary of the Communist Party of Vietnam (CPV) had visited the US',
    [
      ['Communist Party of Vietnam', 'cpv'],
      ['CPV', 'cpv'],
      ['US', 'united-states'],
    ],
  ],
  [
    'USSR is not US',
    'Since the end of its alliance with the USSR in 1991, Vietnam has publicly advocated a policy of “three noes”:',
    [
      ['USSR', 'soviet-union'],
      ['Vietnam', 'vietnam'],
    ],
  ],
  [
    'US$ is a currency, not the United States (liu-2016)',
    'Apparently, the government-to-government military aid package of US$18 million (“VOA”, 2013) from the US could not meet Vietnam’s demands.',
    [
      ['VOA', 'voice-of-america'],
      ['US', 'united-states'],
      ['Vietnam', 'vietnam'],
    ],
  ],
  [
    '$US in a table note is a currency (hayton-2015)',
    'Note: figures in $US billions; V = Vietnam figures; C = China figures',
    [
      ['Vietnam', 'vietnam'],
      ['China', 'china'],
    ],
  ],
  [
    'USS (ship prefix) is not US',
    'Two carriers, the USS Carl Vinson and the USS Theodore Roosevelt visited Vietnam in March 2018 and February 2020 respectively.',
    [['Vietnam', 'vietnam']],
  ],
  [
    'lower-case "us" is never the United States',
    'He outlined a straightforward case for not antagonising China — there are 1.3 billion of “them” he noted and only 90 million of “us.”',
    [['China', 'china']],
  ],
  [
    'PLA acronym and the long form with a curly apostrophe',
    'Deputy chief of general staff of the Chinese People’s Liberation Army (PLA) Admiral Sun Jianguo met Vietnamese deputy defence minister Nguyễn Chí Vịnh',
    [
      ['Chinese People’s Liberation Army', 'pla'],
      ['PLA', 'pla'],
      ['Sun Jianguo', 'sun-jianguo'],
      ['Vietnamese', 'vietnam'],
      ['Nguyễn Chí Vịnh', 'nguyen-chi-vinh'],
    ],
  ],
  [
    'PLA Navy and PLA Air Force are their own actors',
    'Du Jingchen, deputy commander of the PLA Navy, and Zhang Jianping, deputy commander PLA Air Force',
    [
      ['Du Jingchen', 'du-jingchen'],
      ['PLA Navy', 'plan'],
      ['Zhang Jianping', 'zhang-jianping'],
      ['PLA Air Force', 'plaaf'],
    ],
  ],
  [
    'hostile: PLA never matches inside PLAN',
    'PLAN frigates shadowed the rig while the PLA stayed ashore.',
    [
      ['PLAN', 'plan'],
      ['PLA', 'pla'],
    ],
  ],
  [
    'South China Sea is a place, not China; Sino- compounds yield both sides',
    'Given the increasingly intense Sino-American strategic dynamic in the Asia-Pacific region and Sino-Vietnamese disputes over the South China Sea, the United States and Vietnam are gradually promoting a “comprehensive cooperative partnership”',
    [
      ['Sino', 'china'],
      ['American', 'united-states'],
      ['Sino', 'china'],
      ['Vietnamese', 'vietnam'],
      ['South China Sea', 'south-china-sea'],
      ['United States', 'united-states'],
      ['Vietnam', 'vietnam'],
    ],
  ],
  [
    'SCS acronym',
    'Hanoi has many disputes with Beijing over maritime borders in the SCS and the Gulf of Tonkin.',
    [
      ['Hanoi', 'vietnam'],
      ['Beijing', 'china'],
      ['SCS', 'south-china-sea'],
      ['Gulf of Tonkin', 'gulf-of-tonkin'],
    ],
  ],
  [
    'Sino– with an en dash',
    'There was a ten-year gap between the normalisation of Sino–Vietnamese relations in 1991 and the first naval visit between the two countries.',
    [
      ['Sino', 'china'],
      ['Vietnamese', 'vietnam'],
    ],
  ],
  [
    'demonym outside a compound is not an actor (Sino-centric)',
    'Scholars rightfully specify that Vietnam had long been a part of the Sino-centric order that existed prior to colonial powers’ arrival to the region.',
    [['Vietnam', 'vietnam']],
  ],
  // Demonyms before a noun for a state's people, forces or vessels, and demonyms used as nouns.
  [
    'demonym before an agent noun: "Chinese forces" is China',
    'The war began with Chinese forces crossing the northern border on 17 February 1979.',
    [['Chinese', 'china']],
  ],
  [
    'demonym with two modifiers before the noun; a coast guard alias is its own actor',
    'Chinese coast guard ships rammed Vietnamese fishing boats while Vietnamese patrol boats watched.',
    [
      ['Chinese coast guard', 'china-coast-guard'],
      ['Vietnamese', 'vietnam'],
      ['Vietnamese', 'vietnam'],
    ],
  ],
  [
    'demonym as a noun: a plural, and "the" + demonym before a verb or punctuation',
    'Americans were surprised when the Vietnamese responded by ramming vessels sent by the Chinese.',
    [
      ['Americans', 'united-states'],
      ['Vietnamese', 'vietnam'],
      ['Chinese', 'china'],
    ],
  ],
  [
    'an adjective stays an adjective: Chinese compromise, Chinese-built, anti-Chinese protesters',
    'The deal involved Chinese compromise; Chinese-built ships and the Chinese economy drew anti-Chinese protesters.',
    [],
  ],
  [
    'coordinated demonyms share their noun',
    'On 19 January 1974, Chinese and South Vietnamese warships fought near the Crescent Group.',
    [
      ['Chinese', 'china'],
      ['South Vietnamese', 'south-vietnam'],
    ],
  ],
  [
    '"South Vietnamese" belongs to South Vietnam (longest demonym first)',
    'South Vietnamese troops and North Vietnamese forces fought for the Paracels before 1975.',
    [
      ['South Vietnamese', 'south-vietnam'],
      ['North Vietnamese', 'north-vietnam'],
      ['Paracels', 'paracel-islands'],
    ],
  ],
  [
    'anti-Chinese is not China',
    'These are stoked by the small dissident minority, which tries to use popular anti-Chinese emotion to build bridges with society at large.',
    [],
  ],
  [
    'US-Vietnam compound',
    'Progress on US-Vietnam security cooperation not only affects the two countries’ strategic military plans',
    [
      ['US', 'united-states'],
      ['Vietnam', 'vietnam'],
    ],
  ],
  [
    'China-US compound',
    'frequent China-US political, diplomatic and security contradictions have made room for Vietnam to exploit the United States and “balance” China.',
    [
      ['China', 'china'],
      ['US', 'united-states'],
      ['Vietnam', 'vietnam'],
      ['United States', 'united-states'],
      ['China', 'china'],
    ],
  ],
  [
    'US-PRC compound',
    'These leaders seem to think that it is better for Vietnam to not align completely with either side, particularly as the US-PRC rivalry intensifies.',
    [
      ['Vietnam', 'vietnam'],
      ['US', 'united-states'],
      ['PRC', 'china'],
    ],
  ],
  [
    'Soviet- compound with a name',
    'After the Soviet Union splintered, the Soviet-Vietnam alliance also fell apart.',
    [
      ['Soviet Union', 'soviet-union'],
      ['Soviet', 'soviet-union'],
      ['Vietnam', 'vietnam'],
    ],
  ],
  [
    'American-Vietnamese compound of two demonyms',
    'The PRC would likely not react favorably to a formal American-Vietnamese alliance',
    [
      ['PRC', 'china'],
      ['American', 'united-states'],
      ['Vietnamese', 'vietnam'],
    ],
  ],
  [
    'lost hyphen "U.S.Vietnamese": U.S. still matches, the bare demonym does not',
    'with the conclusion of the Obama administration and the beginning of the Trump administration, U.S.Vietnamese relations have entered a period of uncertainty.',
    [
      ['Obama', 'barack-obama'],
      ['Trump', 'donald-trump'],
      ['U.S.', 'united-states'],
    ],
  ],
  [
    'three-way compound (soliman-2022 bibliography)',
    'Ngo, Di Lan and Truong-Minh Vu. “The Sino-US-Vietnam Triangle in a Belt and Road Era.”',
    [
      ['Sino', 'china'],
      ['US', 'united-states'],
      ['Vietnam', 'vietnam'],
      ['Belt and Road', 'belt-and-road-initiative'],
    ],
  ],
  [
    'U.S.- compound keeps the periods (liu-2016 references)',
    'Remarks on U.S.-Vietnam: Looking to the future. (2015, Aug 7).',
    [
      ['U.S.', 'united-states'],
      ['Vietnam', 'vietnam'],
    ],
  ],
  [
    'Vietnamese-Americans are a community, not the two states',
    'For example, supported by American conservatives and Vietnamese-Americans, the United States has tried to impose pressure on the Vietnamese government',
    [
      ['Vietnamese-Americans', 'vietnamese-american-community'],
      ['United States', 'united-states'],
      ['Vietnamese government', 'vietnam'],
    ],
  ],
  // Metonyms.
  [
    'capital metonyms resolve to states',
    'ties between Hanoi and Beijing in the modern era are characterized by distrust of each other’s motivations, especially among the Vietnamese.',
    [
      ['Hanoi', 'vietnam'],
      ['Beijing', 'china'],
      ['Vietnamese', 'vietnam'],
    ],
  ],
  [
    'Moscow with a possessive Hanoi',
    'Despite agreeing to a strategic partnership in 2001, Hanoi’s diplomatic relationship with Moscow dwindled to near irrelevance',
    [
      ['Hanoi', 'vietnam'],
      ['Moscow', 'russia'],
    ],
  ],
  [
    'Washington possessive and the Obama administration',
    'Perhaps most relevant to the maritime domain, the Obama administration lifted Washington’s arms ban on lethal weapons sales to the country, which enables Hanoi to diversify its military hardware and lessen its reliance on Russia.',
    [
      ['Obama', 'barack-obama'],
      ['Washington', 'united-states'],
      ['Hanoi', 'vietnam'],
      ['Russia', 'russia'],
    ],
  ],
  [
    'The Hague stands for the arbitration court',
    'the July 2016 verdict of the South China Sea arbitration case at the Permanent Court of Arbitration at The Hague',
    [
      ['South China Sea', 'south-china-sea'],
      ['Permanent Court of Arbitration', 'permanent-court-of-arbitration'],
      ['The Hague', 'permanent-court-of-arbitration'],
    ],
  ],
  // Possessives.
  [
    'curly possessive, Chinese characters and a misspelt name alias',
    'In April 2017, China’s State Councilor Yang Jiechi (杨洁篪) met with Vietnam’s Deputy Prime Minister and Foreign Minister, Pham Binh Minh',
    [
      ['China', 'china'],
      ['State Councilor Yang Jiechi', 'yang-jiechi'],
      ['杨洁篪', 'yang-jiechi'],
      ['Vietnam', 'vietnam'],
      ['Pham Binh Minh', 'pham-binh-minh'],
    ],
  ],
  [
    'hostile: straight-apostrophe possessive',
    "China's coast guard and the CPV's leaders",
    [
      ['China', 'china'],
      ['CPV', 'cpv'],
    ],
  ],
  [
    'possessive on a full Vietnamese name; U.S. with periods',
    'Obama’s Vietnam visit was followed by that of Admiral Harry B. Harris, Jr., commander of U.S. Pacific Command, in October.',
    [
      ['Obama', 'barack-obama'],
      ['Vietnam', 'vietnam'],
      ['Admiral Harry B. Harris', 'harry-harris'],
      ['U.S. Pacific Command', 'us-pacific-command'],
    ],
  ],
  // Diacritics both ways and case.
  [
    'Vietnamese diacritics in the text',
    'A year later, in November 2014, CPV general secretary Nguyễn Phú Trọng returned the visit to Russia.',
    [
      ['CPV', 'cpv'],
      ['Nguyễn Phú Trọng', 'nguyen-phu-trong'],
      ['Russia', 'russia'],
    ],
  ],
  [
    'Xin’s spelling "Phan Binh Minh" is an alias of Phạm Bình Minh',
    'In October 2013, Secretary Kerry and Vietnamese Deputy Prime Minister and Foreign Minister Phan Binh Minh officially signed the “Civil Nuclear Cooperation Agreement.”',
    [
      ['Secretary Kerry', 'john-kerry'],
      ['Phan Binh Minh', 'pham-binh-minh'],
    ],
  ],
  [
    'place with diacritics matched from an ASCII alias in the text',
    'In November 2003, the United States guided missile destroyer Vandergrift visited the port of Ho Chi Minh.',
    [
      ['United States', 'united-states'],
      ['port of Ho Chi Minh', 'ho-chi-minh-city'],
    ],
  ],
  [
    'hostile: upper-case name without diacritics matches; acronyms do not fold case',
    'NGUYEN PHU TRONG met the cpv and asean delegates',
    [['NGUYEN PHU TRONG', 'nguyen-phu-trong']],
  ],
  [
    'hostile: Vietnamese name for a place (Hoàng Sa) in both spellings',
    'Hoàng Sa and Hoang Sa are the Paracels.',
    [
      ['Hoàng Sa', 'paracel-islands'],
      ['Hoang Sa', 'paracel-islands'],
      ['Paracels', 'paracel-islands'],
    ],
  ],
  [
    'Chinese names of features: Xisha',
    'In May 2014, China operated the “981” drilling platform near the Xisha Islands, and Vietnam sent many vessels to disruption China’s drilling.',
    [
      ['China', 'china'],
      ['Xisha Islands', 'paracel-islands'],
      ['Vietnam', 'vietnam'],
      ['China', 'china'],
    ],
  ],
  [
    'Chinese names of features: Nansha',
    'Regarding the sovereignty of the Nansha Islands, there have always been sharp contradictions between Vietnam, the Philippines and Malaysia.',
    [
      ['Nansha Islands', 'spratly-islands'],
      ['Vietnam', 'vietnam'],
      ['Philippines', 'philippines'],
      ['Malaysia', 'malaysia'],
    ],
  ],
  [
    'name broken across a line',
    'with China hosting Vietnam’s Communist Party General Secretary Nguyen\nPhu Trong for his first foreign trip',
    [
      ['China', 'china'],
      ['Vietnam', 'vietnam'],
      ['Nguyen\nPhu Trong', 'nguyen-phu-trong'],
    ],
  ],
  // Chinese characters.
  [
    'Chinese characters spaced out by PDF extraction',
    'The latter measure is often facilitated through the liaison work undertaken by the CCP Central Committee’s International Department ( 中 共 中 央 对 外 联 络 部 ).',
    [
      ['CCP Central Committee’s International Department', 'ccp-international-department'],
      ['中 共 中 央 对 外 联 络 部', 'ccp-international-department'],
    ],
  ],
  [
    'several Chinese names with their characters',
    'Prime Minister Phuc met with Politburo Standing Committee Members Li Keqiang ( 李 克 强 ), Zhang Dejiang ( 张 德 江 ), Yu Zhengsheng (俞正声)',
    [
      ['Prime Minister Phuc', 'nguyen-xuan-phuc'],
      ['Politburo Standing Committee', 'ccp-politburo-standing-committee'],
      ['Li Keqiang', 'li-keqiang'],
      ['李 克 强', 'li-keqiang'],
      ['Zhang Dejiang', 'zhang-dejiang'],
      ['张 德 江', 'zhang-dejiang'],
      ['Yu Zhengsheng', 'yu-zhengsheng'],
      ['俞正声', 'yu-zhengsheng'],
    ],
  ],
  // Overlapping aliases: the longest wins.
  [
    'CNOOC long form does not yield China',
    'in which the state-owned China National Offshore Oil Corporation (CNOOC) positioned a deep-sea drilling rig in waters within Vietnam’s continental shelf.',
    [
      ['China National Offshore Oil Corporation', 'cnooc'],
      ['CNOOC', 'cnooc'],
      ['Vietnam', 'vietnam'],
    ],
  ],
  [
    'PetroVietnam contains no Vietnam; Vietnam Petroleum Corporation is PetroVietnam',
    'That was followed the following month by an agreement between the Vietnam Petroleum Corporation (PetroVietnam) and the China National Offshore Oil Corporation (CNOOC)',
    [
      ['Vietnam Petroleum Corporation', 'petrovietnam'],
      ['PetroVietnam', 'petrovietnam'],
      ['China National Offshore Oil Corporation', 'cnooc'],
      ['CNOOC', 'cnooc'],
    ],
  ],
  [
    'People’s Republic of China before its acronym',
    'remains active and are important elements of the People’s Republic of China’s (PRC) pursuit of its foreign policy interests.',
    [
      ['People’s Republic of China', 'china'],
      ['PRC', 'china'],
    ],
  ],
  [
    'CCP/ID is the department, not the party',
    'work, carried out through CCP Central Committee’s International Department (CCP/ID).',
    [
      ['CCP Central Committee’s International Department', 'ccp-international-department'],
      ['CCP/ID', 'ccp-international-department'],
    ],
  ],
  [
    'Politburo Standing Committee is the CCP body',
    'during which he met five out of seven CCP Politburo Standing Committee members.',
    [['CCP Politburo Standing Committee', 'ccp-politburo-standing-committee']],
  ],
  [
    'Vietnam People’s Army is the military, not the state',
    'Harris held meetings with Vietnam People’s Army Chief of General Staff, Lt. Gen. Phan Van Giang, and other senior leaders',
    [
      ['Vietnam People’s Army', 'vpa'],
      ['Phan Van Giang', 'phan-van-giang'],
    ],
  ],
  [
    'party congress numbered, not the US Congress',
    'After its 8th Congress, in 1996, the CPV’s leadership under Lê Đức Anh and Lê Khả Phiêu attempted to shore up the “red” position',
    [
      ['8th Congress', 'cpv-national-congress'],
      ['CPV', 'cpv'],
      ['Lê Đức Anh', 'le-duc-anh'],
      ['Lê Khả Phiêu', 'le-kha-phieu'],
    ],
  ],
  [
    'Congress (case-sensitive) is the US Congress',
    'Despite challenges in the American-Vietnamese partnership, Congress authorized about $170 billion in foreign assistance to Vietnam in FY 2021.',
    [
      ['American', 'united-states'],
      ['Vietnamese', 'vietnam'],
      ['Congress', 'us-congress'],
      ['Vietnam', 'vietnam'],
    ],
  ],
  [
    'Congressional is not Congress',
    'During Congressional testimony delivered in March 2011, Assistant Secretary of State Kurt Campbell repeatedly emphasized',
    [['Kurt Campbell', 'kurt-campbell']],
  ],
  [
    'Japanese agency is its own actor',
    'In 2014, Japan agreed to provide Vietnam with six boats — two former Japanese Fishery Agency patrol boats and four used commercial fishing boats',
    [
      ['Japan', 'japan'],
      ['Vietnam', 'vietnam'],
      ['Japanese Fishery Agency', 'japan-fisheries-agency'],
    ],
  ],
  // Names inside other words.
  [
    'China inside Indochina',
    'This assistance continued through the Second Indochina War (the Vietnam War).',
    [['Vietnam', 'vietnam']],
  ],
  [
    'Sino inside Sinovac; Pfizer-BioNTech yields both',
    'mRNA-based vaccines like the one produced by Pfizer-BioNTech are more effective at generating antibodies against the coronavirus than Chinese inoculations such as Sinovac',
    [
      ['Pfizer', 'pfizer'],
      ['BioNTech', 'biontech'],
      ['Sinovac', 'sinovac'],
    ],
  ],
  [
    'Intel not inside intelligence; India not inside Indian',
    'represented by Lockheed Martin’s P-3 Orion and Boeing’s intelligence, surveillance and reconnaissance platforms in the Indian Ocean.',
    [
      ['Lockheed Martin', 'lockheed-martin'],
      ['Boeing', 'boeing'],
    ],
  ],
  [
    'GE acronym',
    'At the same time, American companies such as the GE and Bechtel Corporation will be allowed to export nuclear parts and civil nuclear reactors to Vietnam.',
    [
      ['American', 'united-states'],
      ['GE', 'general-electric'],
      ['Bechtel Corporation', 'bechtel'],
      ['Vietnam', 'vietnam'],
    ],
  ],
  [
    'ASEAN long form and acronym',
    'Vietnam advocates for, and benefits from, a robust Association of South-East Asian Nations community, especially given the support ASEAN has given Vietnam',
    [
      ['Vietnam', 'vietnam'],
      ['Association of South-East Asian Nations', 'asean'],
      ['ASEAN', 'asean'],
      ['Vietnam', 'vietnam'],
    ],
  ],
  [
    'ASEAN+3 is its own forum',
    'ASEAN provides a supporting framework — through the ASEAN+3, ASEAN Regional Forum, and East Asia Summit processes — to engage larger powers.',
    [
      ['ASEAN', 'asean'],
      ['ASEAN+3', 'asean-plus-three'],
      ['ASEAN Regional Forum', 'asean-regional-forum'],
      ['East Asia Summit', 'east-asia-summit'],
    ],
  ],
  [
    'adjective phrases that stand for the state',
    'In face of China’s economic and military strengths, it is natural that the Vietnamese government is seeking to intensify military contact and security cooperation with the United States.',
    [
      ['China', 'china'],
      ['Vietnamese government', 'vietnam'],
      ['United States', 'united-states'],
    ],
  ],
  [
    'hostile: Sang inside Sangla never matches, even after the full name',
    'Trương Tấn Sang flew to Sangla.',
    [['Trương Tấn Sang', 'truong-tan-sang']],
  ],
];

describe('actor matching on corpus sentences', () => {
  it.each(cases)('%s', (_label, sentence, expected) => {
    expect(mentions(sentence)).toEqual(expected);
  });

  it('has at least 50 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
  });
});

describe('web addresses name no actor', () => {
  it('a source link in a table row of hayton-2015 adds no "china" or "vietnam"', () => {
    const row =
      "Nguyen Van Tho, Vietnam's ambassador to China (http://english.chinamil.com.cn/news-channels/china-military-news/2015-05/15/content_6493585.htm)";
    expect(mentions(row)).toEqual([
      ['Nguyen Van Tho', 'nguyen-van-tho'],
      ['Vietnam', 'vietnam'],
      ['China', 'china'],
    ]);
    expect(mentions('See www.vietnam-china.example/hanoi and https://asean.org/ (ASEAN).')).toEqual(
      [['ASEAN', 'asean']],
    );
  });
});

describe('offsets point into the original text', () => {
  it('after diacritics, curly quotes and spaced CJK', () => {
    const text =
      'Politburo member Phạm Quang Nghị met ( 中 共 中 央 对 外 联 络 部 ) in Hà Nội’s suburbs';
    for (const m of createReportMatcher(gazetteer).match(text)) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
    expect(
      createReportMatcher(gazetteer)
        .match(text)
        .map((m) => m.actorId),
    ).toEqual(['cpv-politburo', 'pham-quang-nghi', 'ccp-international-department', 'vietnam']);
    const nghi = createReportMatcher(gazetteer)
      .match(text)
      .find((m) => m.actorId === 'pham-quang-nghi');
    expect(nghi).toEqual({
      actorId: 'pham-quang-nghi',
      start: 17,
      end: 32,
      text: 'Phạm Quang Nghị',
    });
  });
});

describe('short names count only after the full name in the same report', () => {
  it('Trọng: not before, yes after (hayton-2015)', () => {
    const m = createReportMatcher(gazetteer);
    const ids = (s: string) => m.match(s).map((x) => [x.text, x.actorId]);
    expect(ids('The Obama administration invited Trọng to visit Washington in mid-2015.')).toEqual([
      ['Obama', 'barack-obama'],
      ['Washington', 'united-states'],
    ]);
    expect(
      ids(
        'The strategy has its origins in an official meeting between general secretary Nguyễn Phú Trọng and US secretary of state Hillary Clinton in Hanoi in July 2012.',
      ),
    ).toEqual([
      ['Nguyễn Phú Trọng', 'nguyen-phu-trong'],
      ['US', 'united-states'],
      ['Hillary Clinton', 'hillary-clinton'],
      ['Hanoi', 'vietnam'],
    ]);
    expect(ids('Trọng gave one set-piece speech in Washington')).toEqual([
      ['Trọng', 'nguyen-phu-trong'],
      ['Washington', 'united-states'],
    ]);
    expect(
      ids(
        'Ahead of Trọng’s visit, the United States welcomed Vietnam’s minister of public security',
      ),
    ).toEqual([
      ['Trọng', 'nguyen-phu-trong'],
      ['United States', 'united-states'],
      ['Vietnam', 'vietnam'],
    ]);
  });

  it('Thạch: full name and short name in one passage; a fresh report forgets', () => {
    const passage =
      'Some, including foreign minister Nguyễn Cơ Thạch reportedly argued for a turn to the West while others urged a return to China. (Thạch’s son Phạm Bình Minh is Vietnam’s current Foreign Minister.)';
    expect(mentions(passage)).toEqual([
      ['Nguyễn Cơ Thạch', 'nguyen-co-thach'],
      ['China', 'china'],
      ['Thạch', 'nguyen-co-thach'],
      ['Phạm Bình Minh', 'pham-binh-minh'],
      ['Vietnam', 'vietnam'],
    ]);
    expect(mentions('(Thạch’s son is Foreign Minister.)')).toEqual([]);
  });

  it('Xi-Trong compound after both full names (gitter-kania-2017)', () => {
    const m = createReportMatcher(gazetteer);
    m.match(
      'when Xi Jinping travelled to Vietnam and met with CPV General Secretary Nguyen Phu Trong.',
    );
    expect(
      m
        .match(
          'ID exchanges filled the gap between highprofile exchanges such as the Xi-Trong meeting in November 2015',
        )
        .map((x) => x.actorId),
    ).toEqual(['ccp-international-department', 'xi-jinping', 'nguyen-phu-trong']);
  });

  it('a shared short name goes to the actor seen most recently', () => {
    const m = createReportMatcher(gazetteer);
    m.match('Prime Minister Phuc met with Politburo Standing Committee Members Li Keqiang.');
    m.match(
      'In late September, CCP International Department Assistant Minister Li Jun (李军) met with a CPV delegation led by Lam Phuong Thanh',
    );
    expect(
      m.match('Li stated China hoped to implement the consensus').map((x) => x.actorId),
    ).toEqual(['li-jun', 'china']);
    m.match('Li Keqiang received the delegation.');
    expect(
      m.match('Li stated China hoped to implement the consensus').map((x) => x.actorId),
    ).toEqual(['li-keqiang', 'china']);
  });

  it('"the Party" is the CPV once the report has named it; "the Gulf" after the Gulf of Tonkin (hayton-2015)', () => {
    const m = createReportMatcher(gazetteer);
    const ids = (s: string) => m.match(s).map((x) => [x.text, x.actorId]);
    expect(
      ids(
        'but it is the Party that manages their influence and sets the country’s outlook and policy.',
      ),
    ).toEqual([]);
    expect(
      ids(
        'Vietnam’s foreign policy is not made by the formal structures of government but is formulated within the ruling Communist Party of Vietnam (CPV).',
      ),
    ).toEqual([
      ['Vietnam', 'vietnam'],
      ['Communist Party of Vietnam', 'cpv'],
      ['CPV', 'cpv'],
    ]);
    expect(
      ids(
        'Conservative minds within the Party seem to fear that Washington might see the removal of the CPV',
      ),
    ).toEqual([
      ['Party', 'cpv'],
      ['Washington', 'united-states'],
      ['CPV', 'cpv'],
    ]);
    expect(ids('party discipline is strong')).toEqual([]);
    expect(
      ids('Vietnam received 53 per cent of the waters of the Gulf and China 47 per cent.'),
    ).toEqual([
      ['Vietnam', 'vietnam'],
      ['China', 'china'],
    ]);
    m.match(
      'Negotiations on a treaty for the maritime boundary in the Gulf of Tonkin increased in momentum',
    );
    expect(
      ids('Vietnam received 53 per cent of the waters of the Gulf and China 47 per cent.'),
    ).toEqual([
      ['Vietnam', 'vietnam'],
      ['Gulf', 'gulf-of-tonkin'],
      ['China', 'china'],
    ]);
  });

  it('short names are case-sensitive: "path" is not Kosal Path', () => {
    const m = createReportMatcher(gazetteer);
    m.match(
      'The political scientist Kosal Path has argued that the “northern” anti-Chinese narrative only dates to about 1965',
    );
    expect(
      m
        .match('According to Path, the change was precipitated by concerns in North Vietnam')
        .map((x) => x.actorId),
    ).toEqual(['kosal-path', 'north-vietnam']);
    expect(
      m.match('the visit blazed a path for military exchanges through “Naval Diplomacy.”'),
    ).toEqual([]);
  });
});

describe('hostile input', () => {
  it('empty and mark-only strings yield nothing', () => {
    expect(mentions('')).toEqual([]);
    expect(mentions('\u0301\u0300 \u00ad')).toEqual([]);
  });
  it('soft hyphens, zero-width spaces, ligatures and no-break spaces left by PDF extraction', () => {
    expect(
      mentions(
        'Viet\u00adnam, Chi\u200bna and the US Paci\ufb01c Command met Nguyễn\u00a0Phú Trọng',
      ),
    ).toEqual([
      ['Viet\u00adnam', 'vietnam'],
      ['Chi\u200bna', 'china'],
      ['US Paci\ufb01c Command', 'us-pacific-command'],
      ['Nguyễn\u00a0Phú Trọng', 'nguyen-phu-trong'],
    ]);
  });
  it('full-width acronyms fold to ASCII', () => {
    expect(mentions('ＣＰＶ delegates')).toEqual([['ＣＰＶ', 'cpv']]);
  });
  it('astral (supplementary-plane) Chinese characters match as substrings', () => {
    const g = compileGazetteer([
      actorSchema.parse({
        id: 'x',
        name: 'X',
        kind: 'person',
        native: { zh: '𠀀𠀁' },
        description: 'test',
      }),
    ]);
    expect(createReportMatcher(g).match('甲𠀀 𠀁乙')).toEqual([
      { actorId: 'x', start: 1, end: 6, text: '𠀀 𠀁' },
    ]);
  });
  it('a long run of demonyms stays linear (every link of the chain is a compound)', () => {
    const text = 'Sino-'.repeat(20_000) + 'Vietnamese';
    const found = mentions(text);
    expect(found.length).toBe(20_001);
    expect(found.at(-1)).toEqual(['Vietnamese', 'vietnam']);
  });
});

describe('foldDiacritics', () => {
  it('strips marks, folds đ and keeps a map back to the original', () => {
    const s = 'Đỗ Mười’s “Trường Sa”';
    const f = foldDiacritics(s);
    expect(f.text).toBe("Do Muoi's “Truong Sa”");
    const i = f.text.indexOf('Truong');
    expect(s.slice(f.starts[i], f.ends[i + 'Truong Sa'.length - 1])).toBe('Trường Sa');
  });
  it('lower-cases when asked and removes spaces only between CJK characters', () => {
    expect(foldDiacritics('( 中 共 中 央 ) Hà Nội', { lower: true }).text).toBe(
      '( 中共中央 ) ha noi',
    );
  });
  it.skipIf(underMutationTesting)(
    'fold (no map) gives exactly the text of foldDiacritics, on every real claim and hostile strings',
    async () => {
      // Imported here: the corpus's modules are slow to load, and mutation runs skip this test.
      const { buildCorpus } = await import('../../../src/lib/parse/corpus.ts');
      const { readContent } = await import('../../../src/lib/loader/read-content.ts');
      const { claims, actors } = buildCorpus(await readContent(process.cwd()));
      const samples = [
        ...claims.map((c) => c.text),
        ...actors.flatMap((a) => [
          a.name,
          ...a.aliases,
          ...(a.native.vi ? [a.native.vi] : []),
          ...(a.native.zh ? [a.native.zh] : []),
        ]),
        '( 中 共 中 央 ) Hà Nội',
        'Nguyễn Phú Trọng'.normalize('NFD'),
        'soft\u00adhyphen zero\u200bwidth ‘quote’ – dash — đĐ ＣＰＶ İstanbul ß ﬁ',
        '中 \n\t 国 a',
        '',
        'PLAIN ascii, With Caps.',
      ];
      let nonAscii = 0;
      for (const s of samples)
        for (const lower of [false, true]) {
          expect(fold(s, { lower })).toBe(foldDiacritics(s, { lower }).text);
          if (!/^[\x00-\x7f]*$/.test(s)) nonAscii++;
        }
      expect(samples.length).toBeGreaterThan(1000);
      expect(nonAscii).toBeGreaterThan(100);
    },
  );
  it('handles decomposed input (NFD) as well as composed', () => {
    const nfd = 'Nguyễn Phú Trọng'.normalize('NFD');
    expect(foldDiacritics(nfd).text).toBe('Nguyen Phu Trong');
    expect(mentions(nfd)).toEqual([[nfd, 'nguyen-phu-trong']]);
  });
});
