// Entity-typing cue words of English, as data: organization and place head words, place prefixes,
// heads of named things, role nouns, sentence-start words, acronyms, demonyms and region extras.
// Country and region names, month and weekday names are NOT here: they come from Intl data (see
// extract/entities/lexicon.ts). Titles are in titles.ts, reporting verbs in reporting.ts, name
// particles in names.ts. Written as the text shows them (case matters where the rules read the word
// as written). The NER tagger's features were trained with these sets: change them with a retrain.

/** A table written as whitespace-separated words. */
const words = (text: string): readonly string[] => text.trim().split(/\s+/);

/** Lowercase role nouns before or after a name ("said analyst Khang Vu", "Communist Party chief To Lam",
 *  "Bill Hayton, associate fellow"). */
export const ROLE_NOUNS = words(`
  analyst expert scholar fellow researcher professor lecturer economist scientist engineer official
  spokesman spokeswoman spokesperson minister president chief leader director secretary ambassador
  diplomat envoy captain coach manager boss striker midfielder defender goalkeeper keeper forward winger
  player chairman chairwoman founder executive ceo editor correspondent reporter journalist writer author
  lawyer attorney prosecutor judge senator congressman congresswoman governor mayor adviser advisor
  consultant commentator singer actor actress rapper musician guitarist drummer star veteran rookie
  candidate lawmaker politician negotiator commander general officer inspector detective surgeon doctor
  teacher student historian strategist investor entrepreneur owner designer architect witness survivor
  resident mother father wife husband son daughter brother sister chancellor premier king queen prince
`);


/** Last words that make a capitalized run an organization. */
export const ORG_HEADS = words(`
  Union Council Commission Party Ministry University Institute Agency Board Authority Bank Times News
  Post Group Association Office Programme Program Congress Assembly Rovers United FC Athletic
  Department Committee Court School College Academy Church Federation League Society Organisation
  Organization Corporation Corp Inc Ltd LLC Company Co Airlines Airways Herald Journal Gazette Tribune
  Telegraph Guardian Observer Press Review Magazine Radio Television TV Network Service Services Police
  Army Navy Force Forces Parliament Senate Government Administration Cabinet Foundation Fund Trust
  Centre Center Museum Hospital Bureau Corps Coalition Alliance Movement Front Club Team Industries
  Holdings Motors Electronics Systems Technologies Labs Laboratories Studios Records Capital Partners
  Exchange Reserve Treasury Secretariat Politburo Tribunal Chamber Confederation Institution Clinic
  Ministries Communications Media Broadcasting Unit Brigade Battalion Regiment Division Squad
  Directorate House Conservancy Monitor Watch Hall
`);


/** Heads after which " of " continues an organization or place name ("University of Vienna", "Bank of
 *  England", "Gulf of Mexico"). */
export const OF_HEADS = words(`
  University Bank Ministry Department Institute School College Academy Church Federation League Society
  Association Council Commission Board Court Office Chamber House Bureau Agency Authority Committee Union
  Republic Kingdom States Gulf Bay Isle Cape Sea Strait Straits Sultanate Emirate Duchy Province State City Port
  Museum Centre Center Hospital Fund Organisation Organization Confederation Party Army Secretariat
  Director Secretary Minister President Governor Mayor Chancellor Prince Duke Queen King Bishop
`);


/** Last words that make a run a place ("South China Sea", "Kuala Lumpur International Airport"). */
export const PLACE_HEADS = words(`
  Sea Ocean River Lake Island Islands Mountain Mountains Mount Valley Bay Gulf Strait Straits Peninsula
  Province County Region Coast Desert Canal Airport Harbour Harbor Square Street Avenue Road Bridge
  Stadium Arena Park Beach Forest Plateau Basin Delta Highlands Territory Territories District Borough
  Village Town Quay Heights Hills Falls Canyon Archipelago Channel City
`);


/** First words that make a run a place ("Port Calder", "Mount Everest", "Lake Geneva"). */
export const PLACE_PREFIXES = words(`Port Mount Lake Cape Fort Saint St San Santa Isle Gulf Los Las New Stade Stadio Estadio Rue Boulevard Avenue Piazza Plaza Calle Lac Mont`);


/** Last words of things that are neither people, organizations nor places: a run ending in one is
 *  dropped rather than guessed ("EU-Vietnam Free Trade Agreement", "Comprehensive Strategic Partnership"). */
export const THING_HEADS = words(`
  Agreement Treaty Act Accord Accords Partnership Deal Pact Convention Declaration Directive Law Bill
  Protocol Charter Plan Strategy Initiative Doctrine Policy War Wars Cup Award Awards Prize Day Days Week
  Summit Conference Games Olympics Festival Storm Hurricane Typhoon Cyclone Flight Crisis Election
  Elections Referendum Index Model Edition Series Tour Open Championship Championships Trophy Final
  Finals Draft Season Era Revolution Attack Attacks Massacre Disaster Earthquake Tsunami Virus Report
  Project Mission Operation Version Phone Galaxy Tab Note Edge Mini Pro Plus Max
  Century Medal Order Constitution Budget Package Framework Statement Communique Rules
`);


/** Capitalized words that start sentences or headlines but never names on their own. Words seen
 *  lowercase elsewhere in the same document are caught without this list (see entities.ts). */
export const STOPWORDS = words(`
  The A An This That These Those It Its He She They We I You His Her Their Our My Your Him Them Us
  However But And Or Nor So Yet For If When While Where Why What Who Whom Whose Which How Because
  Although Though As At By In On Of To From With Without After Before Since Until During Into Over Under
  Meanwhile Moreover Furthermore Also Still Then Now Here There Today Yesterday Tomorrow Tonight
  Earlier Later Recently According Despite Instead Indeed Besides Thus Hence Therefore Otherwise Some Many
  Most All Both Each Every Few Several Such No Not Other Another More Less Last Next First Second Third
  Share Shares Related Watch Read Photo Photos Video Videos Credit Credits Copyright Updated Posted
  Published Edited Advertisement Subscribe Home Menu Search Login Log Sign Follow Comments Comment Email
  Print Click Tap Please Yes Oh Hot Mr Mrs Ms Dr Sir Dear Just Even Only Again Once Never Always
  Whether Unlike Like Across Along Among Around Between Beyond Inside Outside Through Toward Towards
  Upon Via Amid Against Any Let Do Does Did Is Are Was Were Be Been Has Have Had Will Would Could Should
  May Might Must Can Shall Up Down Out Off Away Back Well Very Much Rather Perhaps Maybe Almost
  One Two Three Four Five Six Seven Eight Nine Ten Dozens Hundreds Thousands Millions
`);


/** All-caps tokens that are abbreviations of common nouns, not entities. */
export const NON_ENTITY_ACRONYMS = words(`
  AI TV PM AM OK GDP CEO CFO CTO COO MP MPs PhD BC AD AP RIP FAQ PDF URL USB DNA VAT GMT UTC BST CET EST
  PST IPO ETF LED LCD GPS SMS MMS APP IT HQ ID VIP AKA FYI DIY UFO HIV AIDS COVID NB PS ET GOP II III IV
  VI VII VIII IX XI XII KM KG MW GW KW MPH HD UHD NFC OS CPU GPU RAM ROM LTE NEWS
`);


/** Acronyms of countries not given by Intl.DisplayNames' short style (which gives US, UK, UN). */
export const EXTRA_REGION_ACRONYMS: Readonly<Record<string, string>> = { USA: 'US', UAE: 'AE', EU: 'EU', PRC: 'CN', DPRK: 'KP', ROK: 'KR' };


/** Common English names of countries and regions that CLDR's display names do not use. */
export const EXTRA_REGION_NAMES: Readonly<Record<string, string>> = {
  Britain: 'GB', 'Great Britain': 'GB', America: 'US', 'United States of America': 'US', Holland: 'NL',
  Turkey: 'TR', 'Czech Republic': 'CZ', 'Ivory Coast': 'CI', 'Middle East': '145',
};


/** Region codes that name organizations rather than places. */
export const ORG_REGIONS = words(`EU UN EZ`);


/** Lowercase words before a run that mark a place ("in Hanoi", "visit to Brussels"). */
export const PLACE_PREPOSITIONS = words(`in near outside across from around throughout towards toward via`);


/** Lowercase words glued to a name by scraping ("Vietnamandthe", "Unionhave", "USall"). */
export const GLUE_WORDS = words(`
  and the have has had is was are were to of in on at for with as by that said all its it an a or but
  also from will would this their his her who which
`);


/** Nationality adjectives that do not derive from a country name by suffix (see lexicon.isDemonym). */
export const IRREGULAR_DEMONYMS = words(`
  American British French Dutch Greek Swiss Thai Filipino English Scottish Welsh Irish Spanish Danish
  Swedish Polish Finnish Turkish Arab Arabic Icelandic Norwegian Peruvian Cypriot Afghan Kiwi Aussie
  Western Eastern Northern Southern Soviet European African Asian Latin Korean
`);


/** First words of named things that are not entities ("Storm Iris", "Flight MH370", "Operation Barkhane"). */
export const THING_PREFIXES = words(`Storm Hurricane Typhoon Cyclone Tropical Flight Operation Project Galaxy iPhone`);
