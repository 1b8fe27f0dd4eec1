// English lexical classes the fact model reads clauses with. Data rows, one concept per row: adding a
// word to a class is one edit here. Entries are Porter2 stems (wink-porter2-stemmer) of the lower-cased
// word, matched exactly, or as a prefix when they end in '*'.
import { verbForms } from '../bundle';
import { REPORTING_VERBS } from './reporting';

/** Predicate classes: the event or verb a value belongs to. "killed 14", "14 died", "a death toll of 14"
 *  and "14 lost their lives" are one class. Order matters only for ties: the class nearest the figure wins. */
export const PREDICATE_CLASSES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['death', ['kill', 'die', 'dead', 'death', 'toll', 'fatal*', 'perish', 'murder', 'slain', 'bodi', 'bodies', 'corps*', 'drown']],
  ['injury', ['injur*', 'wound', 'hurt', 'hospitalis*', 'hospitaliz*', 'casualti']],
  ['missing', ['miss', 'unaccount']],
  // (the people still in hospital: a part of the injured that moves, never their count)
  ['hospital', ['hospit']],
  // (people placed under house arrest: a confinement that a state of emergency tallies, no arrest)
  ['confinement', ['house-arrest']],
  ['arrest', ['arrest', 'detain', 'custodi', 'captur', 'apprehend']],
  ['charge', ['charg', 'indict', 'convict', 'sentenc', 'prosecut']],
  ['evacuation', ['evacu*', 'displac', 'homeless', 'flee', 'fled', 'shelter', 'refuge']],
  ['rescue', ['rescu', 'save', 'saved', 'pluck']],
  ['attack', ['attack', 'raid', 'strike', 'airstrik*', 'bomb', 'shoot', 'explos*', 'blast']],
  ['seat', ['seat']],
  ['vote', ['vote', 'ballot', 'poll', 'election', 'elections']],
  ['win', ['won', 'win', 'victori', 'elect', 'secur']],
  ['rise', ['rise', 'rose', 'risen', 'increas', 'grow', 'grew', 'grown', 'growth', 'surg', 'climb', 'jump', 'soar', 'boost', 'rais', 'gain']],
  ['fall', ['fall', 'fell', 'fallen', 'drop', 'declin', 'decreas', 'slump', 'plung', 'shrank', 'shrink', 'slash', 'reduc', 'lower', 'cut']],
  ['aid', ['aid', 'pledg', 'promis', 'donat', 'grant', 'relief', 'assist']],
  ['loan', ['loan', 'bailout', 'rescue-packag*', 'lend', 'lent', 'credit']],
  ['debt', ['debt', 'owe', 'deficit', 'liabil*']],
  ['cost', ['cost', 'spend', 'spent', 'price', 'pay', 'paid', 'fee', 'fine', 'worth', 'valu', 'budget', 'invest*']],
  ['sale', ['sold', 'sell', 'sale', 'shipment', 'deliv*', 'order']],
  ['revenue', ['revenu', 'profit', 'earn', 'incom', 'turnov*']],
  ['loss', ['loss', 'lost', 'deficit-*', 'writedown', 'write-down']],
  ['trade', ['trade', 'export', 'import', 'tariff']],
  ['seizure', ['seiz', 'seizur', 'confisc', 'impound']],
  ['search', ['search', 'hunt', 'scour', 'comb', 'sweep', 'swept']],
  ['employment', ['job', 'employ*', 'unemploy*', 'jobless', 'worker', 'staff', 'layoff']],
  ['aboard', ['board', 'aboard', 'onboard', 'passeng', 'crew', 'carri']],
  ['attendance', ['fan', 'crowd', 'attend*', 'spectat*', 'viewer', 'audienc']],
  ['goal', ['goal', 'score', 'scorer', 'hat-trick']],
  ['point', ['point']],
  ['speed', ['wind', 'gust', 'speed', 'mph', 'km/h']],
  ['magnitude', ['magnitud', 'quake', 'earthquak', 'tremor', 'richter']],
  ['height', ['tall', 'high', 'height', 'wave', 'tsunami', 'deep', 'depth']],
  ['distance', ['distanc', 'away', 'north*', 'south*', 'east*', 'west*']],
  ['rate', ['rate', 'yield', 'inflat*', 'interest']],
  ['share', ['share', 'stake', 'percent']],
  ['population', ['popul*', 'resid', 'inhabit*', 'citizen']],
  ['age', ['year-old', 'age', 'aged']],
  // dated events
  ['build', ['built', 'build', 'construct', 'erect']],
  ['found', ['found', 'establish', 'creat', 'form']],
  ['sign', ['sign', 'conclud', 'ink']],
  ['force', ['ratifi', 'implement', 'enact', 'into-forc']],
  ['start', ['began', 'begin', 'begun', 'start', 'launch', 'commenc', 'introduc', 'unveil', 'releas', 'announc']],
  ['complete', ['complet', 'finish', 'inaugur', 'open']],
  ['born', ['born', 'birth']],
  ['graduate', ['graduat', 'degre', 'diploma']],
  ['meet', ['met', 'meet']],
  ['marry', ['marri', 'wed']],
  ['join', ['join', 'appoint', 'hire', 'sign-up']],
  ['leave', ['left', 'leav', 'resign', 'quit', 'retir', 'depart', 'sack']],
  ['inspect', ['inspect', 'audit', 'certifi']],
  ['refit', ['refit', 'refurb*', 'overhaul', 'renov*', 'retrofit*']],
];

/** Words that make one occurrence of a recurring event unique ("its last inspection", "the first flight"):
 *  two dates of the same holder's last inspection are one fact. */
export const UNIQUE_OCCURRENCE: ReadonlyArray<readonly [string, RegExp]> = [
  ['last', /\b(?:last|latest|most\s+recent|final)$/i],
  ['first', /\b(?:first|maiden|inaugural)$/i],
];

/** Classes that name when something happened; a year or date carrying one is a dated event. */
export const EVENT_CLASSES: ReadonlySet<string> = new Set([
  'build', 'found', 'sign', 'force', 'start', 'complete', 'born', 'marry', 'join', 'leave', 'death', 'win', 'graduate', 'meet', 'inspect', 'refit',
]);

/** Counts of these grow as a story develops: two reports of different days are an update. */
export const CUMULATIVE_CLASSES: ReadonlySet<string> = new Set([
  'death', 'injury', 'missing', 'arrest', 'charge', 'evacuation', 'rescue', 'attack', 'aid', 'sale', 'seizure', 'confinement',
]);

/** Classes whose nouns name events, so that a count of the noun counts the event ("414 raids", "182 charges"). */
export const EVENT_NOUN_CLASSES: ReadonlySet<string> = new Set(['attack', 'charge', 'seizure']);

/** Counts under these move as a story develops, though they are no totals: the ships, planes and
 *  countries in a search, the people still in hospital. (Their amounts do not: "the Bluefin searched 328 square miles" is one phase's.) */
export const MOVING_COUNT_CLASSES: ReadonlySet<string> = new Set(['search', 'hospital']);

/** Tallies of an operation that goes on for days (people placed under house arrest, weapons seized, raids
 *  and searches carried out under a state of emergency): they grow while it lasts, so two reports giving two
 *  of them state two stages, not a dispute, unless both are known to be of one day. By predicate class, */
export const TALLY_CLASSES: ReadonlySet<string> = new Set(['confinement', 'seizure']);
/** or by the operation the count counts. */
export const TALLY_MEASURES: ReadonlySet<string> = new Set(['raid', 'search']);

/** Counts of these are per operation, not per story ("three arrested in Germany", "seven detained in
 *  the raid"): two differ as a contradiction only when both name the same place, time or holder. */
export const EPISODIC_CLASSES: ReadonlySet<string> = new Set(['arrest', 'charge']);

/** Measure nouns folded to one lemma: "people", "persons" and "individuals" count the same thing. */
export const MEASURE_SYNONYMS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['person', ['people', 'person', 'persons', 'individual', 'individuals', 'human', 'humans', 'lives']],
  ['victim', ['victim', 'victims', 'casualty', 'casualties']],
  ['child', ['child', 'children', 'kid', 'kids', 'minor', 'minors']],
  ['soldier', ['soldier', 'soldiers', 'troop', 'troops', 'serviceman', 'servicemen']],
  ['attacker', ['attacker', 'attackers', 'gunman', 'gunmen', 'assailant', 'assailants', 'militant', 'militants', 'terrorist', 'terrorists', 'bomber', 'bombers', 'jihadist', 'jihadists']],
  ['vote', ['vote', 'votes', 'ballot', 'ballots']],
  ['largest', ['largest', 'biggest', 'strongest', 'greatest', 'most powerful', 'most-powerful', 'large', 'big']],
  ['home', ['home', 'homes', 'household', 'households', 'house', 'houses']],
  ['match', ['match', 'matches', 'game', 'games', 'fixture', 'fixtures']],
  ['country', ['country', 'countries', 'nation', 'nations']],
  ['company', ['company', 'companies', 'firm', 'firms']],
  ['aircraft', ['aircraft', 'plane', 'planes', 'airplane', 'airplanes', 'aeroplane', 'aeroplanes', 'jet', 'jets']],
  ['vessel', ['vessel', 'vessels', 'ship', 'ships', 'boat', 'boats', 'ferry', 'ferries']],
  ['site', ['site', 'sites', 'location', 'locations', 'venue', 'venues']],
  ['deal', ['deal', 'deals', 'contract', 'contracts', 'agreement', 'agreements', 'package', 'packages', 'right', 'rights']],
];

/** Plural nouns that count people by what they are or do: an elided noun after a bare number may
 *  repeat one of these ("Eight attackers are dead, and seven died": seven attackers), since a casualty
 *  verb needs a person for its subject. Written as the plural the figure reads; a class of
 *  MEASURE_SYNONYMS above counts too. */
export const PEOPLE_NOUNS: readonly string[] = [
  'passengers', 'crew', 'officers', 'policemen', 'policewomen', 'civilians', 'hostages', 'workers', 'students', 'firefighters',
  'miners', 'migrants', 'refugees', 'tourists', 'pilgrims', 'fans', 'protesters', 'protestors', 'prisoners', 'suspects',
  'men', 'women', 'members', 'residents', 'villagers', 'patients', 'pupils', 'climbers', 'divers', 'sailors', 'fishermen',
  'rebels', 'fighters', 'guards', 'journalists', 'doctors', 'nurses', 'players', 'spectators', 'visitors', 'staff',
  'nationals', 'citizens',
  ...MEASURE_SYNONYMS.filter(([lemma]) => lemma === 'victim' || lemma === 'child' || lemma === 'soldier' || lemma === 'attacker').flatMap(([, ws]) => ws),
];

/** Singular nouns of people by their role, which an age in apposition may follow ("The lorry driver, 28, ...",
 *  "a passenger, 61,"): the age is of the one the noun names. */
export const ROLE_NOUNS: readonly string[] = [
  'driver', 'passenger', 'pilot', 'captain', 'skipper', 'victim', 'suspect', 'gunman', 'attacker', 'assailant', 'bomber', 'man', 'woman',
  'boy', 'girl', 'teenager', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'officer',
  'policeman', 'policewoman', 'soldier', 'nurse', 'doctor', 'teacher', 'student', 'worker', 'farmer', 'fisherman',
  'resident', 'survivor', 'witness', 'owner', 'manager', 'engineer', 'sailor', 'climber', 'guide', 'refugee', 'migrant',
];

/** Words right before a figure that make it part of a larger whole ("another 5", "including 3"). */
export const PART_MARKERS: readonly string[] = [
  'another', 'a further', 'further', 'additional', 'an additional', 'the other', 'the remaining', 'remaining', 'including', 'includes', 'included', 'among them',
  'of them', 'of whom', 'of which', 'some of', 'all but', 'alone', 'at the', 'in one', 'a dozen of',
  'among', 'except',
];

/** Words after a figure's noun that narrow it to a part ("12 died at the station", "3 of the 20"). */
export const PART_AFTER: RegExp = /^(?:\s+of the \w+|[^.;,]{0,30}?\b(?:of (?:them|whom|which|those)|alone|at the (?!time|end|same)\w+|on the \w+ (?:deck|floor|level|platform|wing)|on (?:the )?(?:bus|train|plane|boat)|in (?:one|a single|the \w+ ward|the \w+ district)|among (?:them|the \w+)|were (?:children|women|foreigners)|at (?:a|one) \w+))\b/i;

/** Markers of a whole: "in total", "overall", "altogether". */
export const WHOLE_MARKERS: RegExp = /\b(?:in total|total(?:led|ling)?|overall|altogether|combined|in all|all told|death toll|toll)\b/i;

/** A month a value is dated by, as a regular-expression source (no day after it: "in January", "in early March",
 *  not "in March 2014"'s day): read in TIME_PHRASES and for the sentence a value is in (facts/extract.ts). */
export const MONTH_OF_EPISODE = '(?:early |late |mid-)?(?:january|february|march|april|may|june|july|august|september|october|november|december)(?! \\d)';

/** Time phrases around a figure that fix the window it covers; two figures with different ones are
 *  not comparable ("200 raids since Friday" vs "80 raids overnight"). */
export const TIME_PHRASES: RegExp = new RegExp(
  '\\b(?:' + [
    // (a period a value runs from: "46 matches per season from 2007", "116 matches from 2013-14")
    'from (?:the )?(?:19|20)\\d{2}(?:[-/–](?:\\d{2}|\\d{4}))?(?: season)?',
    'since (?:(?:last |early |late )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\\d{4}|the \\w+|then|[a-z]+day))',
    'overnight', 'so far(?: this \\w+)?', 'to date', 'this (?:week|month|year|season|morning|afternoon|weekend)',
    'last (?:week|month|year|season|night|weekend|quarter)', 'the (?:previous|past|last) (?:\\d+ |\\w+ )?(?:days?|weeks?|months?|years?|hours?|decades?)',
    'in the (?:first|second|third|fourth|past|last) (?:\\w+ )?(?:days?|weeks?|months?|quarters?|half|hours?|years?)',
    'yesterday', 'today', 'tonight', 'on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
    '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\'s)? (?:morning|afternoon|evening|night)',
    'a year (?:ago|earlier)', 'a (?:week|month|day) (?:ago|earlier|later)', 'per (?:day|week|month|year|hour)', 'a (?:day|week|month|year)',
    'each (?:day|week|month|year)', 'every (?:day|week|month|year)', 'daily', 'weekly', 'monthly', 'annual(?:ly)?', 'quarterly',
    'by the end of (?:the )?\\w+',
    // (a month names another episode of a story: "In January, two brothers attacked ...", "attacks in early January")
    `(?:in|since|during|until|by) ${MONTH_OF_EPISODE}`,
    // (a campaign of a season, "this campaign", not "their campaign against" something)
    'season', '(?:this|last|next|the|whole|entire) campaign(?!\\s+(?:against|for|to|of|on)\\b)', 'career', 'first half', 'second half', 'half-time',
  ].join('|') + ')\\b',
  'gi',
);

/** Time phrases that only say on which day something was reported or happened: ignored when one side
 *  only has one, different when both have one and they differ. All others are windows. */
export const DAY_PHRASES: RegExp = /^(?:yesterday|today|tonight|on \w+day|\w+day(?:'s)? (?:morning|afternoon|evening|night)|on (?:\d{4})?-?-?\d{2}-\d{2})$/;

/** Before a figure: it is the value before a change ("from €10m", "up from", "compared with"). */
export const OLD_VALUE_BEFORE: RegExp = /(?:\b(?:up|down|rising|falling|increased|decreased|cut|reduced|raised|upgraded|downgraded|revised|compared (?:with|to)|versus|vs\.?|previously|formerly|originally|initially|earlier estimate of|instead of|rather than|replacing)\s+(?:from\s+)?(?:an?\s+|the\s+)?(?:estimated\s+|initial\s+|previous\s+|original\s+)?)$/i;
/** After a figure: the next words say it was changed away from ("8.9, later upgraded to 9.0"). */
export const OLD_VALUE_AFTER: RegExp = /^\s*(?:[a-z%]+\s+){0,2}(?:to|into)\s+(?:an?\s+)?(?:about\s+|around\s+|nearly\s+|more than\s+)?[\d€$£¥]/i;

/** Before a figure: it belongs to a label or a name ("Flight 370", "Galaxy S5", "Article 50", "No. 1"). */
export const LABEL_BEFORE: RegExp = /(?:(?<!\w-)\b(?:flight|route|article|section|chapter|paragraph|resolution|model|version|room|gate|platform|terminal|highway|road|bus|line|no\.?|number|page|episode|season|series|volume|vol\.?|pier|quay|block|unit|ward|district|zone|reactor|level|grade|category|stage|phase|apollo|boeing|airbus|iphone|galaxy|windows|ios|android)\s*)$/i;

/** Copulas and reporting words skipped when reading a clause; the verbs are the reporting table's
 *  `source` forms (reporting.ts), after the name or after an appositive of it ("Cazeneuve, the interior
 *  minister, announced"). */
export const ATTRIBUTION_AFTER: RegExp = new RegExp(
  `^['’]?s?\\s*,?\\s*(?:(?:the|a|an|its|his|her)\\s+[a-z][a-z '’-]{1,40}?,\\s*)?(?:has\\s+|had\\s+|have\\s+)?(?:(?:also|later|then|earlier|again|further|\\w+ly)\\s+)?(?:${verbForms(REPORTING_VERBS, (v) => v.source).join('|')})\\b`, 'i');
/** The same `source` forms as words: the verb of the attribution is not the event a value belongs to
 *  ("Cazeneuve announced that police carried out 168 raids"). */
export const SOURCE_VERB_FORMS: ReadonlySet<string> = new Set(verbForms(REPORTING_VERBS, (v) => v.source).map((w) => w.toLowerCase()));
export const ATTRIBUTION_BEFORE: RegExp = /\b(?:according\s+to|said|told|says|citing|cited|reported\s+by|quoted\s+by)\s+(?:the\s+)?$/i;

/** The clause's subject when a capitalised modifier (the reader keeps nationalities) tells it apart from others of its kind, right before the
 *  verb that governs a figure: "a French satellite had seen [122 objects]", "Belgian authorities arrested
 *  [three]", "a Russian passenger jet that killed [224]". Group 1 is the modifier, group 2 the noun. Read only where no named holder is found. */
export const MODIFIED_SUBJECT_BEFORE: RegExp =
  /(?:^|\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+)((?:[A-Z][a-z]+)(?:-[A-Z][a-z]+)?)\s+(?:(?!(?:had|has|have|was|were|that|which|who)\b)[a-z]{3,}\s+)?((?!(?:had|has|have|was|were|that|which|who)\b)[a-z]{3,}),?\s+(?:(?:that|which|who)\s+)?(?:(?:had|has|have|was|were|is|are|also|then|later|first)\s+){0,2}(?:[a-z]+ed|[a-z]{3,}s|saw|seen|found|took|made|won|lost|sold|hit|got|put|shot|caught|spotted|show|shown)\s+(?:about|some|around|nearly|almost|at least|more than|over|up to|another|a further)?\s*$/;

/** An ordinal and the noun after it that together name a title, not a rank ("the first lady"): no figure. */
export const ORDINAL_TITLES: ReadonlySet<string> = new Set(['first lady', 'first ladies']);
