// The small hand lists quote attribution needs, kept in one place. No library ships English
// reporting verbs, honorifics or news-style titles in a form we can query offline, and the lists
// are short, closed classes, so they are written here.

/** Reporting verbs as written (lower case). Multi-word cues ("pointed out") are matched by
 *  their first word plus the particle in CUE_PARTICLES. */
export const CUE_VERBS: ReadonlySet<string> = new Set([
  'say', 'says', 'said', 'saying',
  'tell', 'tells', 'told', 'telling',
  'add', 'adds', 'added', 'adding',
  'state', 'states', 'stated', 'stating',
  'note', 'notes', 'noted', 'noting',
  'emphasise', 'emphasises', 'emphasised', 'emphasising',
  'emphasize', 'emphasizes', 'emphasized', 'emphasizing',
  'stress', 'stresses', 'stressed', 'stressing',
  'explain', 'explains', 'explained', 'explaining',
  'write', 'writes', 'wrote', 'writing',
  'ask', 'asks', 'asked', 'asking',
  'reply', 'replies', 'replied', 'replying',
  'argue', 'argues', 'argued', 'arguing',
  'claim', 'claims', 'claimed', 'claiming',
  'warn', 'warns', 'warned', 'warning',
  'acknowledge', 'acknowledges', 'acknowledged', 'acknowledging',
  'insist', 'insists', 'insisted', 'insisting',
  'announce', 'announces', 'announced', 'announcing',
  'declare', 'declares', 'declared', 'declaring',
  'urge', 'urges', 'urged', 'urging',
  'admit', 'admits', 'admitted', 'admitting',
  'recall', 'recalls', 'recalled', 'recalling',
  'continue', 'continues', 'continued',
  'conclude', 'concludes', 'concluded',
  'observe', 'observes', 'observed',
  'remark', 'remarks', 'remarked',
  'comment', 'comments', 'commented',
  'confirm', 'confirms', 'confirmed', 'confirming',
  'promise', 'promises', 'promised', 'promising',
  'vow', 'vows', 'vowed', 'vowing',
  'maintain', 'maintains', 'maintained',
  'caution', 'cautions', 'cautioned',
  'predict', 'predicts', 'predicted',
  'tweet', 'tweets', 'tweeted',
  'testify', 'testifies', 'testified',
  'concede', 'concedes', 'conceded',
  'suggest', 'suggests', 'suggested',
  'describe', 'describes', 'described', 'describing',
  'call', 'calls', 'called', 'calling',
  'dub', 'dubs', 'dubbed',
  'term', 'termed',
  'point', 'points', 'pointed',
  'whisper', 'whispered', 'shout', 'shouted', 'exclaim', 'exclaimed',
  // Frequent cues of direct quotes in PolNeAR train (counted from its Cue spans).
  'report', 'reports', 'reported',
  'respond', 'responds', 'responded', 'responding',
  'answer', 'answers', 'answered',
  'charge', 'charges', 'charged',
  'quip', 'quips', 'quipped',
  'joke', 'jokes', 'joked',
  'boast', 'boasts', 'boasted',
  'complain', 'complains', 'complained',
  'lament', 'laments', 'lamented',
  'assert', 'asserts', 'asserted',
  'contend', 'contends', 'contended',
  'recount', 'recounts', 'recounted',
  'echo', 'echoes', 'echoed',
  'mention', 'mentions', 'mentioned',
  'post', 'posts', 'posted',
  'proclaim', 'proclaims', 'proclaimed',
  'shoot', 'shoots', 'shot', 'fire', 'fires', 'fired',
]);

/** Verbs that only report speech with a particle: "pointed out". */
export const CUE_PARTICLES: ReadonlyMap<string, string> = new Map([
  ['point', 'out'], ['points', 'out'], ['pointed', 'out'],
  ['shoot', 'back'], ['shoots', 'back'], ['shot', 'back'], ['fire', 'back'], ['fires', 'back'], ['fired', 'back'],
]);

/** Naming verbs: "called the move a 'historic milestone'". With a short quote they mark speech only
 *  when a named speaker is the subject; "what it calls 'bamboo diplomacy'" is a coined term. */
export const NAMING_CUES: ReadonlySet<string> = new Set([
  'call', 'calls', 'called', 'calling', 'describe', 'describes', 'described', 'describing',
  'dub', 'dubs', 'dubbed', 'term', 'termed',
]);

/** Forms that are as often nouns ("the remarks", "a long term", "calls for"): cues only right after
 *  a named or pronoun subject, never on their own. */
export const WEAK_CUES: ReadonlySet<string> = new Set([
  'remarks', 'comments', 'claims', 'claim', 'notes', 'note', 'states', 'state', 'term', 'points', 'point',
  'calls', 'call', 'warning', 'writing', 'promise', 'promises', 'comment', 'remark', 'tweet', 'tweets', 'vow',
  'vows', 'caution', 'continue', 'continues', 'continued', 'maintain', 'maintains', 'maintained', 'concluded',
  'recall', 'recalls', 'recalled', 'observed', 'stress', 'add', 'adds', 'tell', 'ask', 'asks', 'asked',
  'report', 'reports', 'answer', 'answers', 'charge', 'charges', 'joke', 'jokes', 'echo', 'echoes', 'mention',
  'mentions', 'post', 'posts', 'posted', 'boast', 'boasts', 'complain', 'lament', 'laments', 'respond',
]);

export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);
export const GROUP_PRONOUNS: ReadonlySet<string> = new Set(['they', 'we']);
/** Pronouns that never name a speaker we can resolve. */
export const OTHER_PRONOUNS: ReadonlySet<string> = new Set(['it', 'i', 'you', 'what', 'which', 'who', 'this', 'that']);

/** Words between a subject and its cue: "Costa also said", "he later added", "has said". */
export const SUBJECT_FILLERS: ReadonlySet<string> = new Set([
  'also', 'later', 'then', 'further', 'previously', 'once', 'again', 'has', 'had', 'have', 'was', 'is', 'reportedly',
  'publicly', 'repeatedly', 'recently', 'separately', 'had', 'would', 'will', 'did', 'once', 'himself', 'herself',
]);

/** Titles and honorifics that stand before a name ("European Council President Antonio Costa",
 *  "Rep. Jerry Nadler") and are stripped from the speaker. Lower case. */
export const TITLES: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'premier', 'chancellor', 'mayor', 'governor', 'senator', 'sen',
  'rep', 'representative', 'congressman', 'congresswoman', 'secretary', 'ambassador', 'chairman', 'chairwoman',
  'chair', 'chairperson', 'ceo', 'cfo', 'director', 'spokesman', 'spokeswoman', 'spokesperson', 'chief',
  'general', 'gen', 'colonel', 'col', 'lieutenant', 'lt', 'sergeant', 'sgt', 'captain', 'capt', 'commander',
  'admiral', 'adm', 'officer', 'inspector', 'detective', 'sheriff', 'judge', 'justice', 'king', 'queen',
  'prince', 'princess', 'pope', 'cardinal', 'bishop', 'reverend', 'rev', 'father', 'sister', 'rabbi', 'imam',
  'dr', 'doctor', 'professor', 'prof', 'mr', 'mrs', 'ms', 'miss', 'sir', 'dame', 'lord', 'lady', 'hon',
  'commissioner', 'coach', 'manager', 'analyst', 'economist', 'leader', 'head', 'founder', 'chairman',
  'deputy', 'assistant', 'attorney', 'councillor', 'councilor', 'councilman', 'councilwoman', 'speaker',
  'emir', 'sheikh', 'sultan', 'ayatollah', 'archbishop', 'superintendent', 'constable', 'marshal', 'envoy',
  'diplomat', 'delegate', 'executive', 'editor', 'correspondent', 'reporter', 'author', 'historian',
  'researcher', 'scientist', 'expert', 'engineer', 'lawyer', 'prosecutor', 'striker', 'midfielder',
  'defender', 'goalkeeper', 'forward', 'skipper', 'candidate', 'nominee', 'activist', 'official', 'pm', 'first',
  'boss', 'owner', 'pilot', 'treasurer', 'comptroller', 'auditor', 'mp', 'mep', 'lawmaker', 'legislator', 'chairman', 'manager', 'coordinator', 'adviser', 'advisor', 'aide', 'counsel',
]);

/** Abbreviated titles written with a full stop ("Rep.", "Dr."): the stop neither ends a
 *  sentence nor breaks a name run. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'rep', 'sen', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'adm', 'rev', 'dr', 'prof', 'mr', 'mrs', 'ms', 'hon',
  'st', 'jr', 'sr', 'mt', 'ft', 'cmdr', 'maj', 'cpl', 'pres', 'supt', 'insp', 'det',
]);

/** Words that complete an office after "of"/"for": "Secretary of State", "Minister for Foreign Affairs". */
export const OFFICE_WORDS: ReadonlySet<string> = new Set([
  'state', 'defense', 'defence', 'foreign', 'affairs', 'finance', 'health', 'commerce', 'interior', 'justice',
  'treasury', 'energy', 'education', 'transport', 'transportation', 'agriculture', 'labor', 'labour', 'trade',
  'homeland', 'security', 'home', 'environment', 'industry', 'economy', 'culture', 'information', 'staff',
  'the', 'national', 'public', 'safety', 'police', 'war', 'navy', 'army', 'exchequer', 'council', 'commission',
]);

/** Head words that make a capitalized run an organization rather than a person. */
export const ORG_WORDS: ReadonlySet<string> = new Set([
  'board', 'commission', 'council', 'ministry', 'party', 'agency', 'authority', 'institute', 'university',
  'union', 'bank', 'fund', 'office', 'department', 'committee', 'association', 'times', 'post', 'news', 'group',
  'company', 'corp', 'corporation', 'inc', 'ltd', 'llc', 'plc', 'government', 'parliament', 'congress',
  'senate', 'court', 'police', 'service', 'directive', 'organization', 'organisation', 'federation',
  'foundation', 'center', 'centre', 'club', 'team', 'rovers', 'united', 'fc', 'assembly', 'administration',
  'house', 'cabinet', 'politburo', 'command', 'force', 'forces', 'army', 'navy', 'guard', 'network', 'press',
  'tribunal', 'nations', 'secretariat', 'alliance', 'coalition', 'movement', 'front', 'bureau', 'statement',
  'report', 'herald', 'journal', 'gazette', 'tribune', 'review', 'agency', 'reuters', 'afp', 'ap', 'bbc', 'dw',
  'cnn', 'xinhua', 'ministry', 'observatory', 'hospital', 'school', 'college', 'airlines', 'airways',
]);

/** Capitalized words that start sentences or headlines but never begin a name. */
export const NON_NAME_CAPS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'but', 'or', 'however', 'for', 'in', 'on', 'at', 'as', 'during', 'after', 'before',
  'while', 'when', 'if', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your',
  'he', 'she', 'they', 'it', 'we', 'i', 'you', 'there', 'here', 'then', 'so', 'yet', 'still', 'also', 'since',
  'with', 'without', 'from', 'to', 'by', 'of', 'about', 'according', 'meanwhile', 'moreover', 'earlier', 'later',
  'today', 'yesterday', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'speaking', 'asked', 'both', 'all', 'some', 'many', 'most', 'other', 'another',
  'one', 'two', 'three', 'not', 'no', 'yes', 'why', 'what', 'how', 'who', 'where', 'which', 'watch', 'photo',
  'read', 'more', 'related', 'edited', 'updated', 'posted', 'published',
]);

/** Lower-case words that may sit inside a name run: "Ursula von der Leyen", "Luiz Inácio Lula da Silva". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'bin',
  'bint', 'ibn', 'al', 'el', 'ben', 'ter', 'ten', 'y',
]);

/** Plural or collective sources that are descriptions, not names, even when capitalized at the
 *  start of a sentence ("Analysts say ..."). */
export const GROUP_SOURCES: ReadonlySet<string> = new Set([
  'analysts', 'experts', 'officials', 'observers', 'critics', 'residents', 'witnesses', 'police', 'authorities',
  'diplomats', 'sources', 'economists', 'investors', 'researchers', 'scientists', 'lawmakers', 'legislators',
  'activists', 'protesters', 'protestors', 'villagers', 'doctors', 'locals', 'survivors', 'rescuers', 'organisers',
  'organizers', 'prosecutors', 'investigators', 'engineers', 'campaigners', 'supporters', 'opponents', 'leaders',
  'ministers', 'spokespeople', 'representatives', 'members', 'families', 'relatives', 'fans', 'voters', 'traders',
  'farmers', 'workers', 'unions', 'students', 'teachers', 'parents', 'neighbours', 'neighbors', 'others', 'some',
  'many', 'both',
]);

/** Honorifics that tell a person's gender, used only to keep "she" off a man and "he" off a woman. */
export const MALE_HONORIFICS: ReadonlySet<string> = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'father', 'brother']);
export const FEMALE_HONORIFICS: ReadonlySet<string> = new Set(['ms', 'mrs', 'miss', 'dame', 'lady', 'queen', 'princess',
  'sister', 'mother']);
