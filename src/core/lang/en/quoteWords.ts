// Closed word classes quote attribution reads, as data (lower case): words between a subject and its
// cue, office words after "of", organization head words, sentence-start capitals that never begin a
// name, and collective sources. Reporting verbs, titles, pronouns and name particles have their own
// tables (reporting.ts, titles.ts, pronouns.ts, names.ts).

/** Words between a subject and its cue: "Costa also said", "he later added", "has said". */
export const SUBJECT_FILLERS: readonly string[] = [
  'also', 'later', 'then', 'further', 'previously', 'once', 'again', 'has', 'had', 'have', 'was', 'is',
  'reportedly', 'publicly', 'repeatedly', 'recently', 'separately', 'would', 'will', 'did', 'himself',
  'herself',
];

/** Words that complete an office after "of"/"for": "Secretary of State", "Minister for Foreign Affairs". */
export const OFFICE_WORDS: readonly string[] = [
  'state', 'defense', 'defence', 'foreign', 'affairs', 'finance', 'health', 'commerce', 'interior', 'justice',
  'treasury', 'energy', 'education', 'transport', 'transportation', 'agriculture', 'labor', 'labour', 'trade',
  'homeland', 'security', 'home', 'environment', 'industry', 'economy', 'culture', 'information', 'staff',
  'the', 'national', 'public', 'safety', 'police', 'war', 'navy', 'army', 'exchequer', 'council', 'commission',
];

/** Head words that make a capitalized run an organization rather than a person. */
export const ORG_WORDS: readonly string[] = [
  'board', 'commission', 'council', 'ministry', 'party', 'agency', 'authority', 'institute', 'university',
  'union', 'bank', 'fund', 'office', 'department', 'committee', 'association', 'times', 'post', 'news',
  'group', 'company', 'corp', 'corporation', 'inc', 'ltd', 'llc', 'plc', 'government', 'parliament',
  'congress', 'senate', 'court', 'police', 'service', 'directive', 'organization', 'organisation',
  'federation', 'foundation', 'center', 'centre', 'club', 'team', 'rovers', 'united', 'fc', 'assembly',
  'administration', 'house', 'cabinet', 'politburo', 'command', 'force', 'forces', 'army', 'navy', 'guard',
  'network', 'press', 'tribunal', 'nations', 'secretariat', 'alliance', 'coalition', 'movement', 'front',
  'bureau', 'statement', 'report', 'herald', 'journal', 'gazette', 'tribune', 'review', 'reuters', 'afp', 'ap',
  'bbc', 'dw', 'cnn', 'xinhua', 'observatory', 'hospital', 'school', 'college', 'airlines', 'airways',
];

/** Capitalized words that start sentences or headlines but never begin a name. */
export const NON_NAME_CAPS: readonly string[] = [
  'the', 'a', 'an', 'and', 'but', 'or', 'however', 'for', 'in', 'on', 'at', 'as', 'during', 'after', 'before',
  'while', 'when', 'if', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your',
  'he', 'she', 'they', 'it', 'we', 'i', 'you', 'there', 'here', 'then', 'so', 'yet', 'still', 'also', 'since',
  'with', 'without', 'from', 'to', 'by', 'of', 'about', 'according', 'meanwhile', 'moreover', 'earlier',
  'later', 'today', 'yesterday', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'speaking', 'asked', 'both', 'all', 'some', 'many', 'most', 'other',
  'another', 'one', 'two', 'three', 'not', 'no', 'yes', 'why', 'what', 'how', 'who', 'where', 'which', 'watch',
  'photo', 'read', 'more', 'related', 'edited', 'updated', 'posted', 'published',
];

/** Plural or collective sources that are descriptions, not names, even when capitalized at the
 *  start of a sentence ("Analysts say ..."). */
export const GROUP_SOURCES: readonly string[] = [
  'analysts', 'experts', 'officials', 'observers', 'critics', 'residents', 'witnesses', 'police',
  'authorities', 'diplomats', 'sources', 'economists', 'investors', 'researchers', 'scientists', 'lawmakers',
  'legislators', 'activists', 'protesters', 'protestors', 'villagers', 'doctors', 'locals', 'survivors',
  'rescuers', 'organisers', 'organizers', 'prosecutors', 'investigators', 'engineers', 'campaigners',
  'supporters', 'opponents', 'leaders', 'ministers', 'spokespeople', 'representatives', 'members', 'families',
  'relatives', 'fans', 'voters', 'traders', 'farmers', 'workers', 'unions', 'students', 'teachers', 'parents',
  'neighbours', 'neighbors', 'others', 'some', 'many', 'both',
];
