// The fact model: exact slots for one invented sentence per pattern of issue 11, and the stance between
// two facts in both directions (a conflict only when every slot agrees and the intervals are disjoint).
import * as assert from 'node:assert/strict';
import { analyseDocument } from '../../src/core/analyse';
import { compareFacts, type FactRelation } from '../../src/core/facts/compare';
import { predicateClass } from '../../src/core/facts/extract';
import { quoteWordsOf } from '../../src/core/facts/quoteWords';
import { relativeDay, reportedDate } from '../../src/core/facts/reported';
import type { Fact } from '../../src/core/model';

function factOf(text: string, needle: string): Fact {
  const a = analyseDocument('t', text);
  const at = text.indexOf(needle);
  const f = (a.facts ?? []).find((x) => x.start <= at && at < x.end);
  assert.ok(f, `no fact at ${JSON.stringify(needle)} in ${JSON.stringify(text)}: ${JSON.stringify(a.facts)}`);
  return f;
}

function relate(ta: string, na: string, tb: string, nb: string, reported: [string | null, string | null] = [null, null]): FactRelation['type'] {
  const names = (t: string) => new Set(analyseDocument('t', t).entities.map((e) => e.key));
  return compareFacts(
    { fact: factOf(ta, na), doc: 'a', reported: reported[0], names: names(ta) },
    { fact: factOf(tb, nb), doc: 'b', reported: reported[1], names: names(tb) },
  ).type;
}

const slots = (f: Fact) => ({ measure: f.measure, predicate: f.predicate, holder: f.holder, scope: f.scope, time: f.time, role: f.role, lo: f.value?.lo, hi: f.value?.hi, inList: f.inList });

describe('facts: slots read from the clause', () => {
  const rows: Array<[string, string, Partial<ReturnType<typeof slots>>]> = [
    ['Police detained 7 people after the blast.', '7 people', { measure: 'person', predicate: 'arrest', role: 'measurement', lo: 7, hi: 7 }],
    ['The blast killed 31 people in the town.', '31 people', { measure: 'person', predicate: 'death', lo: 31, hi: 31 }],
    ['Storm Iris leaves 14 dead in the harbour.', '14 dead', { measure: 'person', predicate: 'death' }],
    ['The 28-year-old driver was arrested.', '28-year-old', { measure: 'age', holder: 'np:driver', lo: 28, hi: 28 }],
    ['"It was chaos," said Tomas Brandt, a 30-year-old patient.', '30-year-old', { measure: 'age', holder: 'person:tomas-brandt' }],
    // (a speaker the entity tagger does not tag, read by the attribution: still the age's holder)
    ['"Dad," Oona, our 9-year-old, said.', '9-year-old', { measure: 'age', holder: 'person:oona' }],
    ['A French satellite had seen 122 objects in the area.', '122 objects', { measure: 'object', holder: 'np:french satellite' }],
    ['Rescuers reached the concert hall, where 89 people died.', '89 people', { predicate: 'death', scope: 'where:concert hall' }],
    ['Twelve people died at the station.', 'Twelve', { predicate: 'death', scope: 'at the station' }],
    ['Another 5 planes arrived on Monday.', '5 planes', { measure: 'aircraft', scope: 'another', time: 'on monday' }],
    ['Seven gunmen were killed in the raid.', 'Seven gunmen', { measure: 'attacker', predicate: 'death', lo: 7, hi: 7 }],
    ['Police said three assailants died.', 'three assailants', { measure: 'attacker', predicate: 'death', lo: 3, hi: 3 }],
    // who did it is not whom it was done to: an active verb with an object after the counted noun
    ['Witnesses said three gunmen killed dozens of diners.', 'three gunmen', { measure: 'attacker', predicate: 'w:witness' }],
    ['Two gunmen entered the hall and killed dozens.', 'Two gunmen', { measure: 'attacker', predicate: null }],
    ['Seven killed themselves with explosive vests.', 'Seven killed', { measure: 'person', predicate: 'death' }],
    ['Four firemen were injured in the blaze.', 'Four firemen', { measure: 'firemen', predicate: 'injury' }],
    ['Rebels fired 200 rockets since Friday.', '200 rockets', { measure: 'rocket', time: 'since friday', lo: 150, hi: 250 }],
    ['Rebels fired 80 rockets overnight.', '80 rockets', { measure: 'rocket', time: 'overnight' }],
    ['The route is 2,500km (1,550 miles) long.', '1,550 miles', { role: 'conversion' }],
    ['The council cut the fund from €10m to €3m.', '€10m', { role: 'old' }],
    ['The 9.0 magnitude earthquake, upgraded from 8.9, was the strongest.', '8.9', { role: 'old', predicate: 'magnitude' }],
    ['The council cut the fund from €10m to €3m.', '€3m', { role: 'measurement', predicate: 'fall', lo: 2_500_000, hi: 3_500_000 }],
    ['The pipeline runs for more than 1,000km.', '1,000km', { lo: 1000, hi: Infinity }],
    ['The sea wall was built in 1998.', '1998', { predicate: 'build', role: 'measurement' }],
    // a date joined to a participle dates the name after it
    ['The storm damaged the 1998-built Calder Bridge when it struck the coast.', '1998', { predicate: 'build', holder: 'place:calder-bridge' }],
    // an age and its noun introduce the name after them; a verb after an age introduces no one
    ['Police named the 26-year-old Salah Abdeslam as a suspect.', '26-year-old', { measure: 'age', holder: 'person:salah-abdeslam' }],
    ['The 31-year-old French citizen Brahim Abdeslam had rented a car.', '31-year-old', { measure: 'age', holder: 'person:brahim-abdeslam' }],
    ['The 27-year-old told Salah Abdeslam nothing.', '27-year-old', { measure: 'age', holder: null }],
    // the place of a count's clause, further on and through the kind of place it is
    ['Two suspects were killed in a fierce gun battle with police during the raid in the eastern town of Verviers.', 'Two suspects', { predicate: 'death', scope: 'at:place:verviers' }],
    ['Two suspects were killed, police said, in the eastern town of Verviers.', 'Two suspects', { predicate: 'death', scope: null }],
    // a magnitude stated of the quake without the word, to one decimal
    ['Scientists originally put the Varna quake at 7.1. It was later revised.', '7.1', { predicate: 'magnitude', measure: 'unit:magnitude' }],
    ['The survey upgraded the magnitude of Friday\'s earthquake in Varna to 7.3 on Monday.', '7.3', { predicate: 'magnitude' }],
    ['It was the strongest since the 9.1 Sumatra quake.', '9.1', { predicate: 'magnitude' }],
    ['The earthquake caused a tsunami. Measured at 7.4 by the survey, it struck at dawn.', '7.4', { predicate: 'magnitude', measure: 'unit:magnitude' }],
    // the agent of an appositive participle is not the holder ("taken by")
    ['The images, taken by the Thaichote satellite on 24 March, show objects about 200km from the sighting.', '200km', { holder: null }],
    // two modifiers joined before the counted noun
    ['No one checked the database of 40 million stolen or lost travel documents.', '40 million', { measure: 'document', lo: 39_500_000, hi: 40_500_000 }],
    // an age in an appositive before "he"/"she" is of the one person the sentence before names; its clause's
    // hedge ("is thought to be in Syria") is about where he is, not his age
    ['A final figure of interest, Karim Vell, is seen as the organiser. A member of the cell, 27 years old and of Moroccan origin, he is thought to be abroad.', '27 years', { measure: 'age', holder: 'person:karim-vell' }],
    ['Karim Vell met Ines Fournier. A member of the cell, 27 years old, he is thought to be abroad.', '27 years', { measure: 'age', holder: null }],
    // a function word after an age is no noun of it
    ['A tip-off helped track the 28-year-old to a building in Lenk.', '28-year-old', { measure: 'age', holder: null }],
    // a value inside a relative clause is the name's the clause is about; a name inside a relative clause that
    // closed before the value holds none of the main clause's values
    ['Even the strongest of the parties, the conservative Unity party, which came in first, has said so.', 'first', { measure: 'place', holder: 'organization:unity' }],
    ['The previous three-year deal with Harlow TV, that saw some matches sublicensed to Vela Sports, was worth about £80m.', '£80m', { holder: null }],
    // house arrest is a confinement, not an arrest
    ['Police placed 104 people under house arrest after the raids.', '104 people', { measure: 'person', predicate: 'confinement' }],
    ['Police arrested 23 people and placed 104 people under house arrest.', '104 people', { predicate: 'confinement', inList: undefined }],
    ['The wall was designed for waves of up to 6 metres.', '6 metres', { role: 'capacity' }],
    ['Official projections gave the party 128 seats.', '128 seats', { measure: 'seat', scope: 'projection' }],
    ['The death toll rose to 29 people on Sunday.', '29 people', { predicate: 'death', measure: 'person' }],
    // a partner after "with" is the other party, not whose the amount is
    ['The league is in the first year of an agreement with Northcast and Vela Media worth £3.02bn.', '£3.02bn', { holder: null }],
    // the counted noun after a multi-word name
    ['Harlow TV will carry all 380 Harlow Premier Cup matches each season.', '380', { measure: 'match', lo: 375, hi: 385 }],
    ['The quake set off tsunamis, reported at 10 metres in the port.', '10 metres', { predicate: 'height' }],
    ['Police stopped Jan Kell and two other men near the border.', 'two other men', { scope: 'other' }],
    ['Rescuers reached the hall where 40 people died.', '40 people', { scope: 'where:hall', predicate: 'death' }],
    ['The firm sold 40 percent fewer phones than expected.', '40 percent', { scope: 'than:expect' }],
    ['Three attackers were killed there.', 'Three attackers', { scope: 'there' }],
    // a place after the figure behind "at" is where the value holds, not whose it is
    ['Tickets cost $45 at Dunhaven Arena.', '$45', { holder: null, scope: 'at:place:dunhaven-arena' }],
    // "one of N": the N is the whole set one member is picked from, not a part of it
    ['The guide was one of nine climbers who died on the ridge.', 'nine climbers', { measure: 'climber', predicate: 'death', scope: null, lo: 9, hi: 9 }],
    ['Some of 40 passengers were rescued, and another 12 died on the ridge.', '12', { scope: 'another' }],
    ['He was detained and released two days later.', 'two days', { role: 'window' }],
    ['The search zone lies 1,600km west of Perth.', '1,600km', { scope: 'from:place:perth' }],
    ['The objects lay 120km south by west from the debris site.', '120km', { scope: 'from:debri site' }],
    ['May 1999: The league is founded by twelve clubs.', 'May 1999', { predicate: 'found' }],
    ['On November 15th police carried out 168 raids.', '168 raids', { time: 'on --11-15' }],
    ['In five nights of operations police seized 174 weapons.', '174 weapons', { time: 'over five nights' }],
    ['Police carried out 414 raids over the three nights early in the week.', '414 raids', { time: 'over three nights', predicate: 'attack' }],
    ['The jet, carrying 239 passengers and crew, vanished.', '239 passengers', { measure: 'passenger+crew' }],
    ['The battery has been boosted from 2600mAh to 2800mAh.', '2600mAh', { role: 'old', lo: 2550, hi: 2650 }],
    ['The battery has been boosted from 2600mAh to 2800mAh.', '2800mAh', { role: 'measurement', lo: 2750, hi: 2850 }],
    ['Tickets will sell from €10 to €20 each.', '€10 to €20', { role: 'measurement', lo: 10, hi: 20 }],
    ['At least one suspect was a 29-year-old who had lived in the city.', '29-year-old', { measure: 'age', holder: null }],
    // a bare number as the subject of a casualty verb, or the head of its relative clause, counts people
    ['Officials said at least 23 were killed in the collapse.', '23', { measure: 'person', predicate: 'death', role: 'measurement', lo: 23, hi: Infinity }],
    ['About 17 were seriously injured.', '17', { measure: 'person', predicate: 'injury' }],
    ['Nurses have named all 23 who were killed on Tuesday.', '23', { measure: 'person', predicate: 'death', lo: 23, hi: 23, time: 'on tuesday' }],
    ['All 41 aboard the Selwyn Star were rescued.', '41', { measure: 'person', predicate: 'aboard', lo: 41, hi: 41 }],
    // numeral ellipsis: a bare casualty count repeats the noun of a casualty count of people before it, no smaller;
    // fewer of them under the same verb class are some of them
    ['Nine gunmen were killed, and six died when their truck overturned.', 'six died', { measure: 'attacker', predicate: 'death', scope: 'of them', lo: 6, hi: 6 }],
    ['Nine gunmen were killed, and six died when their truck overturned.', 'Nine gunmen', { measure: 'attacker', predicate: 'death', scope: null }],
    ['Five firefighters were killed and 2 were injured.', '2', { measure: 'firefighter', predicate: 'injury', scope: null }],
    ['Three firefighters were hurt and 12 were killed in the blaze.', '12', { measure: 'person', predicate: 'death' }],
    ['Three trucks were destroyed and 2 died.', '2 died', { measure: 'person', predicate: 'death' }],
    ['Police believe all of the gunmen are dead - six killed themselves and one was shot.', 'six killed', { measure: 'attacker', predicate: 'death', scope: 'of them' }],
    // "the country" is the one its sentence named before it, by name or by nationality
    ['Indonesian officials said the country has spent $4.2 million on the search.', '$4.2 million', { holder: 'place:indonesia', predicate: 'cost' }],
    ['Chile said on Monday that the country had spent $3 million on the search.', '$3 million', { holder: 'place:chile' }],
    // the verb of the attribution is not the event; seizures are a class of their own
    ['The minister announced that customs officers seized 40 rifles at the port.', '40 rifles', { measure: 'rifle', predicate: 'seizure' }],
    // the source is the holder when a pronoun for it is the subject of the value's clause
    ['The Pentagon said last week that it had already spent $3.3 million on the search.', '$3.3 million', { holder: 'organization:pentagon' }],
    ['Police said 14 people died in the flood.', '14 people', { holder: null }],
    ['Lina Marsh, the harbour master, announced that crews carried out 40 searches overnight.', '40 searches', { holder: null }],
    // a period a value runs from is its time
    ['The broadcaster won the rights to show 46 matches per season from 2007.', '46 matches', { time: 'from 2007; season' }],
    ['The broadcaster secured 116 matches per season from 2013-14.', '116 matches', { time: 'from 2013-14; season' }],
    // a rank is a rank by its superlative, whatever noun follows
    ['The quake was the fifth strongest worldwide in a century.', 'fifth', { measure: 'largest' }],
    ['The quake is now the fourth largest in the world.', 'fourth', { measure: 'largest' }],
    // an age is a person's, never a place's or an organization's
    ['A tip-off from Moroccan intelligence had helped track the 31-year-old suspect to a flat in Lyon.', '31-year-old', { measure: 'age', holder: 'np:suspect' }],
    // which camera of a device a spec is of
    ['Optics: 3.2 megapixels up front, 24 megapixels on the rear camera', '3.2 megapixels', { measure: 'unit:MP', predicate: 'front-camera' }],
    ['Optics: 3.2 megapixels up front, 24 megapixels on the rear camera', '24 megapixels', { measure: 'unit:MP', predicate: 'rear-camera' }],
    ['The phone has a 24MP rear camera and a 3.0MP front camera for calls.', '24MP', { predicate: 'rear-camera' }],
    ['The phone has a 24MP rear camera and a 3.0MP front camera for calls.', '3.0MP', { predicate: 'front-camera' }],
    ['There is also a 3.0-megapixel camera on the front.', '3.0-megapixel', { predicate: 'front-camera' }],
    // a synonym of a counted thing counts the same thing ("six locations" are sites, "three ferries" vessels)
    ['Gunmen attacked six locations in the city.', 'six locations', { measure: 'site' }],
    ['The line runs three ferries to the islands.', 'three ferries', { measure: 'vessel' }],
    ['The league signed a £40m contract with the sponsor.', '£40m', { measure: 'deal' }],
    // a label word ending a hyphenated modifier ("top-of-the-line") names no label: the figure after it is measured
    ['The tablet has a top-of-the-line 3.2GHz Vireo chip inside.', '3.2GHz', { role: 'measurement' }],
    // the sentence's subject, past a relative clause about it, holds what the main clause says of it
    ['The Unity party, which had surged on a wave of anger at the harbour tax in Norland, was in second place, with 27 percent of the vote and 72 seats.', '27 percent', { holder: 'organization:unity', measure: 'vote' }],
    ['The Unity party, which had surged on a wave of anger at the harbour tax in Norland, was in second place, with 27 percent of the vote and 72 seats.', '72 seats', { holder: 'organization:unity', measure: 'seat' }],
    // a finishing place is a rank of its own event, whoever the sentence's other verbs are about
    ['The Unity party placed third in the vote, with 12 percent.', 'third', { measure: 'place', predicate: 'place', holder: 'organization:unity', role: 'rank', lo: 3 }],
    ['The Unity party finished in fourth place.', 'fourth', { measure: 'place', predicate: 'place', holder: 'organization:unity', lo: 4 }],
    ['The Harbour Board, which runs the ferries, has said 14 people died in the flood.', '14 people', { holder: null, predicate: 'death' }],
    // an age in apposition to a role noun is that one's; an age is an age whatever happened to its holder
    ['The lorry driver, 28, has been questioned and released.', '28', { measure: 'age', predicate: 'age', holder: 'np:driver', lo: 28 }],
    ['Police said the 28-year-old driver of the lorry was released.', '28-year-old', { measure: 'age', predicate: 'age', holder: 'np:driver' }],
    ['The 27-year-old said the raid had failed.', '27-year-old', { measure: 'age', holder: null }],
    // an age after a copula, of a named subject, a role noun or he/she
    ['Tomas Brandt, another local man, was 28 and had lived in Tarrow for years.', '28', { measure: 'age', holder: 'person:tomas-brandt', lo: 28 }],
    ['Another assailant, who died at the hall, was 29 and a native of Vell.', '29', { measure: 'age', holder: 'np:assailant' }],
    ['He was 25, and died at the harbour.', '25', { measure: 'age', holder: null }],
    // a refit dates like a build; the word after an amount that is no noun of it
    ['The ship was given an €18m refit in 2019.', '2019', { predicate: 'refit' }],
    ['The fund stood at €10m until 2024, the council said.', '€10m', { measure: 'money:EUR' }],
    // "dropped off" brings someone, no fall
    ['Officials say he dropped off the three suicide bombers at the stadium.', 'three suicide bombers', { measure: 'attacker', predicate: 'w:official' }],
    // a place a journey is to or from is no holder of its day
    ['The ferry departed Vellmouth bound for Port Calder on 8 March and was never seen again.', '8 March', { holder: null }],
    ['The Vell-bound ferry disappeared on 8 March with 239 people on board.', '8 March', { holder: null }],
    // an age has no place or part
    ['Ibrahim Varo, a 31-year-old citizen living in Norland, was named.', '31-year-old', { measure: 'age', holder: 'person:ibrahim-varo', scope: null }],
    // the verb past a relative clause about the counted ones
    ['Inside the hall, 89 people, who had been listening to a band, had been shot to death.', '89 people', { predicate: 'death' }],
    // lives a verb takes are the dead; "of the X" is a part only right after the figure
    ['The horror would ultimately claim 89 lives in the bloodiest of the November 13 attacks.', '89 lives', { measure: 'person', predicate: 'death', scope: null }],
    // a month earlier in the sentence names the episode the value is of
    ['In January, two brothers attacked the offices of the magazine, killing 12 and wounding 11.', '12', { predicate: 'death', time: 'in january' }],
    // a casualty participle after the counted people is their event; "their campaign against" is no season
    ['The attacks also left more than 400 people wounded, and shook the country in their campaign against the gangs.', '400 people', { predicate: 'injury', time: null, lo: 400 }],
    ['Rooney scored 20 goals this campaign.', '20 goals', { time: 'this campaign' }],
    // "there" right after the counted noun is a place, even before "were"
    ['Police stormed the hall and all four attackers there were dead.', 'four attackers', { predicate: 'death', scope: 'there' }],
    ['There were four attackers in the car, police said.', 'four attackers', { scope: null }],
    // a headline's verbless toll; the people still in hospital are their own count; nothing before "said" is the value's event
    ['Harbour fire kills 27, four still missing', 'four', { measure: 'person', predicate: 'missing', lo: 4 }],
    ['Of those, 17 people remain in hospital at Vellmouth General.', '17 people', { predicate: 'hospital' }],
    ['Hospital staff said 17 people were still in hospital on Sunday evening.', '17 people', { predicate: 'hospital', time: 'on sunday' }],
    // "from" alone says where things come from; after a change or before a "previous", it is the old value
    ['Teams from 14 countries joined the search.', '14 countries', { measure: 'country', role: 'measurement' }],
    ['The board cut the minimum to €3m from the previous €10m.', '€10m', { role: 'old' }],
    ['The toll climbed sharply overnight from 27 people.', '27 people', { role: 'old' }],
    // a place "in and around" which a count is
    ['About four million homes in and around Tarrow lost power.', 'four million homes', { scope: 'at:place:tarrow' }],
    // the verb of a long subject, past its list ("including ... ,"); a name coordinated with a value is not its holder
    ['About 40 ships and 34 aircraft from 10 countries, including Norland, Vell and the U.S., are searching the seas for the ferry.', '34 aircraft', { measure: 'aircraft', predicate: 'search', holder: null }],
    ['Teams from Norland and more than 50 ships are now involved in the search.', '50 ships', { measure: 'vessel', predicate: 'search', holder: null }],
    ['Divers spotted 40 ships, which are now searched daily.', '40 ships', { predicate: 'w:diver' }],
    // a counted noun that names an event is the event where no verb has a class; a noun of people is not
    ['Police conducted 414 raids across the country.', '414 raids', { measure: 'raid', predicate: 'attack' }],
    ['Customs officers made 40 seizures at the port.', '40 seizures', { predicate: 'seizure' }],
    ['Officers questioned four attackers at the port.', 'four attackers', { measure: 'attacker', predicate: 'w:officer' }],
    // "since" opens a running window before "last week"
    ['Police have carried out 793 raids since last week\'s attacks.', '793 raids', { predicate: 'attack', time: 'period:since last week' }],
    // a fact box's age line
    ['Lina Marsh at a glance\n\nAge: 44\n\nLina Marsh has run the Tarrow harbour board for six years and says the new sea wall comes first.', '44', { measure: 'age', predicate: 'age', holder: null, lo: 44 }],
    // a distance's reference point ends with its clause
    ['Divers found the wreck 1,100km from the coast, the navy said.', '1,100km', { scope: 'from:coast' }],
    // an age in a list of names, one a line, followed by a dash or the line's end
    ['Police named the dead.\n    Lina Marsh, 25 - named as a passenger\n    Tomas Brandt, 31\nThe list is not final.', '25', { measure: 'age', holder: 'person:lina-marsh', lo: 25 }],
    ['Police named the dead.\n    Lina Marsh, 25 - named as a passenger\n    Tomas Brandt, 31\nThe list is not final.', '31', { measure: 'age', holder: 'person:tomas-brandt', lo: 31 }],
  ];
  for (const [text, needle, want] of rows) {
    it(`${text} [${needle}]`, () => {
      const got = slots(factOf(text, needle));
      for (const [k, v] of Object.entries(want)) { assert.deepEqual(got[k as keyof typeof got], v, `${k} of ${needle}: ${JSON.stringify(got)}`); }
    });
  }

  const stuffRows: Array<[string, string, string | undefined]> = [
    ['The tablet ships with 4GB of RAM and a bright screen.', '4GB', 'ram'],
    ['Nearly 50mm of rain fell overnight.', '50mm', 'rain'],
    ['RAM: 4GB', '4GB', 'ram'],
    ['Battery life: 20 hours', '20 hours', undefined], // a duration is no amount of stuff
    ['The rig lies 40km of the coast.', '40km', undefined], // a length "of" a place is a distance
    ['It weighs 3kg of which half is water.', '3kg', undefined],
    ['The tablet ships with 4GB and a bright screen.', '4GB', undefined],
  ];
  for (const [text, needle, want] of stuffRows) {
    it(`stuff of ${needle} in ${JSON.stringify(text)}: ${want ?? 'none'}`, () => { assert.equal(factOf(text, needle).stuff, want); });
  }

  it('a whole word in the class table wins over its stem: an election is a vote, being elected a win', () => {
    assert.deepEqual(['election', 'elections', 'elected', 'elect', 'ballot'].map(predicateClass), ['vote', 'vote', 'win', 'win', 'vote']);
  });

  it('a copula before a number is an age only after a person: "The toll was 29." has no age', () => {
    assert.deepEqual((analyseDocument('t', 'Report\n\nThe toll was 29. The ferry was 40, and still sailing.').facts ?? []).filter((f) => f.measure === 'age'), []);
  });

  it('a sentence with three figures yields three facts', () => {
    const a = analyseDocument('t', 'The storm killed 14 people, injured 40 others and destroyed 300 homes.');
    assert.deepEqual((a.facts ?? []).map((f) => [f.predicate, f.measure]), [['death', 'person'], ['injury', 'person'], ['w:destroyed', 'home']]);
  });

  it('quote words drop editorial brackets and ellipses', () => {
    assert.deepEqual(quoteWordsOf('[The ferry] was ... safe'), ['…', 'was', '…', 'safe']);
  });

  it('the reporting date comes from the header, not from body sentences', () => {
    assert.equal(reportedDate('Ledger · Sunday 15 March 2026 · Print\n\nHeadline\n\nBody.'), '2026-03-15');
    assert.equal(reportedDate('By Wire staff | Published 14 March 2026\n\nBody.'), '2026-03-14');
    assert.equal(reportedDate('Headline\n\nThe storm struck on Tuesday, October 13, 2026, after winds of 160 km/h broke through the town wall at night.'), null);
  });

  it('"came first to" says when, not a finishing place', () => {
    assert.deepEqual(analyseDocument('t', 'He came first to the harbour in 1990.').figures.filter((f) => f.kind === 'ordinal'), []);
  });

  it('the day of the story a report is from, when its text says (days after; weeks, months after opening a sentence)', () => {
    const rows: Array<[string, number | null]> = [
      ['Crews struggled for a third day to reach the valley.', 3],
      ['Two days after the quake, the roads were still shut.', 3],
      ['One week after the ferry went missing, the search entered a new phase.', 8],
      ['Headline\n\nAlmost a week after the fire, the inquiry has not begun.', 7 + 1],
      ['The port is quiet. Three weeks since the fire, the inquiry has not begun.', 22],
      ['A month after the vote, no government has been formed.', 31],
      // inside a sentence, a span after dates another event, not the report
      ['The news came a day after police arrested nine people.', null],
      ['The data, disclosed a week after the disappearance, moved the search.', null],
      ['The ferry sailed every day of the week.', null],
    ];
    for (const [text, day] of rows) { assert.equal(relativeDay(text), day, text); }
  });
});

describe('facts: stance in both directions', () => {
  const pairs: Array<[string, string, string, string, FactRelation['type'], string]> = [
    ['Police detained 7 people after the blast.', '7 people', 'The blast killed 31 people.', '31 people', 'none', 'different measure'],
    ['The storm killed 14 people in the town.', '14 people', 'Sixteen people died in the storm.', 'Sixteen', 'conflict', 'same fact, disjoint'],
    ['Twelve people died at the station.', 'Twelve', 'In total 31 people died in the attacks.', '31 people', 'related', 'part vs whole'],
    ['The patrol boats cost at least $50,000 a day to run.', '$50,000', 'The navy has spent $9 million on the patrols.', '$9 million', 'related', 'a rate is no total that a bound lets it meet'],
    ['The patrol boats cost $50,000 a day to run.', '$50,000', 'Each patrol boat costs $50,000 a week.', '$50,000', 'related', 'a rate per another unit'],
    ['The patrol boats cost $50,000 a day to run.', '$50,000', 'The boats cost $50,000 per day, the navy said.', '$50,000', 'same', 'one rate written two ways'],
    ['The phone has a 24MP rear camera and a 3.0MP front camera for calls.', '3.0MP', 'Optics: 3.2 megapixels up front, 24 megapixels on the rear camera', '3.2 megapixels', 'conflict', 'one camera, two values given to a decimal'],
    ['There is also a 3-megapixel front-facing camera.', '3-megapixel', 'Optics: 3.2 megapixels up front, 24 megapixels on the rear camera', '3.2 megapixels', 'same', 'a whole number of a unit is the decimal value rounded'],
    ['The phone has a 24MP rear camera and a 3.0MP front camera for calls.', '24MP', 'There is also a 3-megapixel front-facing camera.', '3-megapixel', 'none', 'the rear camera is not the front one'],
    ['Nine gunmen were killed, and six died when their truck overturned.', 'six died', 'Six gunmen were killed in the ambush.', 'Six gunmen', 'related', 'some of a count in its own sentence vs a whole of that size'],
    ['Nine gunmen were killed, and six died when their truck overturned.', 'Nine gunmen', 'Six gunmen were killed in the ambush.', 'Six gunmen', 'conflict', 'the whole of an ellipsis sentence still contradicts'],
    ['Another 5 planes landed.', '5 planes', 'The air force sent 8 planes.', '8 planes', 'related', 'part vs whole (another)'],
    ['Tickets cost $45 at Dunhaven Arena.', '$45', 'Tickets cost $60 at Kellby Arena.', '$60', 'related', 'prices at two places: another part, never a conflict'],
    ['The guide was one of nine climbers who died on the ridge.', 'nine climbers', 'Eight climbers died on the ridge.', 'Eight climbers', 'conflict', 'one of N: N is the whole'],
    ['Another 5 climbers died on the ridge.', '5 climbers', 'The guide was one of nine climbers who died on the ridge.', 'nine climbers', 'related', 'part (another) vs the whole of one of N'],
    ['Rebels fired 200 rockets since Friday.', '200 rockets', 'Rebels fired 80 rockets overnight.', '80 rockets', 'related', 'different windows'],
    ['The pipeline runs for more than 1,000km.', '1,000km', 'The pipeline runs for 1,100km.', '1,100km', 'same', 'bounds that agree'],
    ['The council cut the fund from €10m to €3m.', '€10m', 'The fund now holds €3m.', '€3m', 'none', 'old value'],
    ['The route is 2,500km (1,550 miles) long.', '1,550 miles', 'The route is 2,500 kilometres (1,500 miles) long.', '1,500 miles', 'none', 'conversions'],
    ['The sea wall was built in 1998.', '1998', 'The sea wall was built in 1996.', '1996', 'conflict', 'same event, different year'],
    ['He was radicalized in 2010, the prosecutor said.', '2010', 'Officials singled him out as a target for radicalisation in 2010.', '2010', 'same', 'one year, one word of its own right next to it'],
    ['The documents relate to criminal cases in 2010.', '2010', 'He had a criminal history and was radicalized in 2010.', '2010', 'none', 'a shared word far from the year tells nothing'],
    ['A final figure of interest, Karim Vell, is seen as the organiser. A member of the cell, 27 years old, he is thought to be abroad.', '27 years', 'Karim Vell, 28, is described as the organiser.', '28', 'conflict', 'an age before a hedged main clause is stated firmly'],
    ['"This is a remote location far from any possible landing site. It is therefore with deep sadness that I must inform you," Karim Vell said.', 'This is', '"This is a remote location, far from any possible landing sites," Karim Vell said.', 'This is', 'same', 'one quote ends on a word the other inflects and goes on'],
    ['"The site is safe and the works are finished," Karim Vell said.', 'The site', '"The sites are safe and the works have barely begun," Karim Vell said.', 'The sites', 'conflict', 'an inflected word inside the quote is no ending'],
    ['The Unity party won 27 percent of the vote.', '27 percent', 'The Unity party won 26.9% of the vote.', '26.9%', 'same', 'a whole percentage is a rounded one'],
    ['The Unity party won 27 percent of the vote.', '27 percent', 'The Unity party won 28 percent of the vote.', '28 percent', 'conflict', 'two whole percentages a point apart'],
    ['Relatives of the 153 Chinese passengers gathered at the hotel.', '153 Chinese', 'The jet carried 239 people, including 153 Chinese nationals.', '153 Chinese', 'same', 'one count of people of one nationality, two nouns'],
    ['Relatives of the 153 Chinese passengers gathered at the hotel.', '153 Chinese', 'The jet carried 239 people, including 153 Malaysian nationals.', '153 Malaysian', 'none', 'people of two nationalities'],
    ['Police named the 31-year-old Ibrahim Abdeslam.', '31-year-old', 'Brahim Abdeslam, 31, died near the hall.', '31', 'same', 'one name, a leading vowel dropped'],
    ['Police named the 31-year-old Ibrahim Abdeslam.', '31-year-old', 'Brahim Abdeslam, 32, died near the hall.', '32', 'conflict', 'one name, a leading vowel dropped: one age'],
    ['Police named the 26-year-old Abdeslam Salah.', '26-year-old', 'Salah Abdeslam, 26, is sought by police.', '26', 'same', 'one name, the family name first'],
    ['The Calder Bridge was built in 2001.', '2001', 'The storm damaged the 1998-built Calder Bridge when it struck the coast.', '1998', 'conflict', 'the holder is no object of its own event'],
    ['The treaty was signed in 2019.', '2019', 'The treaty entered into force in 2020.', '2020', 'related', 'different events'],
    ['An 8.8-magnitude quake struck.', '8.8-magnitude', 'The 8.9-magnitude quake struck.', '8.9-magnitude', 'conflict', 'rounding intervals that only touch'],
    ['There are 300 seats in the parliament.', '300 seats', 'The 300-seat parliament met again.', '300-seat', 'same', 'a count written as a modifier'],
    ['The ferry makes a 40-mile crossing.', '40-mile', 'The ferry crossing is 40 miles long.', '40 miles', 'same', 'a unit after a hyphen'],
    ['Voters returned to the polls after an election on May 6 that settled nothing.', 'May 6', 'The May 6 ballot gave no party a majority in parliament.', 'May 6', 'same', 'one calendar day named in two sentences'],
    ['The ferry passed its last safety inspection on 14 January 2026.', '14 January', 'It passed its most recent safety inspection on 4 February 2026.', '4 February', 'conflict', 'the last inspection is one event'],
    ['The ferry was inspected on 14 January 2026.', '14 January', 'The ferry was inspected on 4 February 2026.', '4 February', 'related', 'inspections recur'],
    ['Eight clubs have spent around £1bn on new stadiums.', 'Eight clubs', 'Nine clubs spent more than 70 percent of their revenue on wages.', 'Nine clubs', 'none', 'counts under different conditions'],
    ['The games are shown in 208 countries.', '208 countries', 'The games are broadcast in 202 countries across Europe, Asia and Africa.', '202 countries', 'conflict', 'a list of places is where the whole is'],
    ['Harlow TV will carry all 380 Cup matches each season.', '380', 'Vela Sports has the rights to all 380 Cup matches a season in Asia.', '380', 'same', 'one exact count, whoever the sentence gives it to'],
    ['Harlow TV will carry 12 Cup matches each season.', '12 Cup', 'Vela Sports will carry 14 Cup matches each season.', '14 Cup', 'none', 'small counts of different holders stay apart'],
    ['Satellites spotted 122 objects in the ocean.', '122 objects', 'A satellite spotted 10 objects in the ocean.', '10 objects', 'related', 'values three times apart are two figures'],
    ['Experts say a 12-month search will cost more.', '12-month', 'The three-month search has cost millions.', 'three-month', 'related', 'durations of two spans'],
    ['The council cut the fund from €10m to €3m.', '€10m', 'The fund fell to €3m, down from the previous €10m.', '€10m', 'same', 'two sources give one old value'],
    ['The ferry makes the 64km crossing twice a day.', '64km', 'The ferry makes the 40-mile crossing twice a day.', '40-mile', 'same', 'one length in two unit systems'],
    ['The ferry makes the 64km crossing twice a day.', '64km', 'The ferry makes the 30-mile crossing twice a day.', '30-mile', 'none', 'lengths in two systems never contradict'],
    ['The wreck lies 1,600km from Perth.', '1,600km', 'The wreck lies 1,000km from the old search zone.', '1,000km', 'related', 'distances from two reference points'],
    ['Rescuers reached the hall where 89 people died.', '89 people', 'In all 130 people died in the attacks.', '130 people', 'related', 'the place of a relative clause is a part'],
    ['The seabed is 5,000 metres deep in places.', '5,000 metres', 'The seabed has known depths of up to 6,000 metres.', '6,000 metres', 'same', 'an upper bound agrees with a value under it'],
    ['Three men attacked the hall.', 'Three men', 'The group claimed that eight men attacked the hall.', 'eight men', 'related', 'a claim of responsibility is no firm count'],
    ['Police said two brothers took part in the raid.', 'two brothers', 'Three brothers may have been involved in the raid.', 'Three brothers', 'related', 'an unconfirmed value never contradicts'],
    ['Police carried out 168 raids on November 15th.', '168 raids', 'Police carried out 414 raids over the three nights early in the week.', '414 raids', 'related', 'a day and a span of nights'],
    ['Eighty people were reported killed in the town.', 'Eighty', 'The attacks killed 130 people in the town.', '130 people', 'related', 'a count "reported killed" is unconfirmed'],
    ['The jet, which vanished on March 13, has not been seen since.', 'March 13', 'Divers searched the seabed where it went down on the night of 13 March 2026.', '13 March', 'same', 'a bare day of a story, its year stated in one report only'],
    ['The jet, which vanished on March 13, has not been seen since.', 'March 13', 'Divers searched the seabed where it went down on the night of 14 March 2026.', '14 March', 'none', 'two bare days say nothing of each other'],
    ['The phone has a 5.1-inch display and a plastic back.', '5.1-inch', 'At 5.1 inches, it is a hair bigger than the last model.', '5.1 inches', 'same', 'a measurement with a fraction is specific enough to agree'],
    ['A wall 2 metres high stood at the gate.', '2 metres', 'A 2 metres gap opened in the road.', '2 metres', 'none', 'a small whole measurement is not'],
    ['Labour won the May 6 election by a wide margin.', 'May 6', 'The party won again in the May 6 elections, its third win.', 'May 6', 'same', 'one dated event, year unstated on both sides'],
    ['Turnout fell in the June 9 election across the north.', 'June 9', 'Polls closed early after a ballot on June 9 marred by storms.', 'June 9', 'same', 'an election and a ballot on one day are one vote'],
    ['Turnout fell in the June 9 election across the north.', 'June 9', 'Mr Varo was elected mayor on June 9 by a wide margin.', 'June 9', 'none', 'a vote and a win on one day are told apart'],
    ['Radio Vell first showed the match on 22 August 1964 from its studio.', '22 August 1964', 'Harbour Nights was first broadcast on 22 August 1964 from the old studio.', '22 August 1964', 'same', 'one full day, whatever names sit beside it'],
    ['Two men were arrested on 17 November near the harbour.', '17 November', 'A burnt-out car was found abandoned on 17 November in the old town.', '17 November', 'none', 'two events that only share a day'],
    ['Police arrested three people in the harbour town.', 'three people', 'Border guards detained seven people for questioning.', 'seven people', 'related', 'arrests of what may be two operations'],
    ['A French satellite had seen 122 objects in the area.', '122 objects', 'A Thai satellite spotted 300 objects in the area.', '300 objects', 'none', 'subjects told apart by nationality hold their own counts'],
    ['The search area lies 1,900km from Perth.', '1,900km', 'Debris was spotted 2,300km from Perth.', '2,300km', 'related', 'distances of two things from one place'],
    ['The new overseas rights deal is worth more than £1bn to the clubs.', '£1bn', 'The clubs spent in excess of £1.32bn on wages last season.', '£1.32bn', 'none', 'two bounds of an amount at two numbers bound two sums'],
    ['The new overseas rights deal is worth more than £1bn to the clubs.', '£1bn', 'The overseas rights deal is worth over £1bn, the league said.', '£1bn', 'same', 'two bounds at one number'],
    ['In December 2024, the Tarrow Herald published a profile of the mayor.', 'December 2024', 'The ministry warned the port authority twice, in December 2024 and March 2025.', 'December 2024', 'none', 'one month named bare in two sentences is no one event'],
    ['Two gunmen were killed in the raid in the harbour town of Lenk.', 'Two gunmen', 'Two gunmen were killed in a raid at Tarrow, a northern suburb.', 'Two gunmen', 'related', 'the same small count in two named places is of two places'],
    ['Unemployment in Norland has soared to more than 16 per cent.', '16 per cent', 'Unemployment in Norland is rising to above 22 per cent.', '22 per cent', 'none', 'two bounds of a share at two numbers are two rates'],
    ['A 9m wave struck the harbour at Lenk.', '9m', 'Islands far to the east will see waves of 1 to 2 metres, forecasters said.', '2 metres', 'related', 'a forecast far below a measured value is no projection of it'],
    ['Officials fear the toll could reach 1,000 people.', '1,000 people', 'The storm killed 240 people, officials said.', '240 people', 'update', 'a running count may lie far from its projection'],
    ['Rescuers reached the concert hall, where 89 people died.', '89 people', 'In all 130 people died in the attacks.', '130 people', 'related', 'a relative clause after a comma is a part too'],
    ['The blasts in 2004, which killed 191 people, were the worst since the war.', '191 people', 'A jet crashed and 224 people died.', '224 people', 'related', 'a window that names a year is a calendar window'],
    ['Her daughter Lina Marsh, 6, started school in Tarrow.', '6', 'The prize went to Lina Marsh, 9, of Tarrow.', '9,', 'related', 'one person\'s ages three years apart, no dates: two times'],
    ['Her daughter Lina Marsh, 7, started school in Tarrow.', '7', 'The prize went to Lina Marsh, 9, of Tarrow.', '9,', 'conflict', 'a slip of two years in one person\'s age still contradicts'],
    ['As Norland\'s envoy in 1994, Ms. Varga signed the Tallin accord.', '1994', 'The party was in power in 2011 when Norland signed the first of its two bailout deals.', '2011', 'related', 'two signings that share only the signer'],
    ['The tablet ships with 4GB of RAM and a bright screen.', '4GB', 'Inside sits a faster chip, 4GB of RAM and a bigger battery.', '4GB', 'same', 'a small amount of one named stuff'],
    ['The tablet ships with 64GB of storage and a bright screen.', '64GB', 'Storage: 64GB', '64GB', 'same', 'a spec-sheet label names the stuff'],
    ['The tablet ships with 4GB of RAM and a bright screen.', '4GB', 'Inside sits a faster chip, 6GB of RAM and a bigger battery.', '6GB', 'none', 'another amount of one stuff under other verbs: no contradiction'],
    ['The tablet ships with 4GB of RAM and a bright screen.', '4GB', 'Inside sits a faster chip, 4GB of storage and a bigger battery.', '4GB', 'none', 'two stuffs'],
    ['Police arrested Ismael Varo, 27, in the harbour.', '27', 'Ismail Varo, 27, was held by police in the harbour.', '27', 'same', 'one name in two transliterations is one holder'],
    ['Police arrested Mohammed Varo, 27, in the harbour.', '27', 'Mohamed Varo, 29, was held by police in the harbour.', '29', 'conflict', 'one holder however spelled: two ages of him contradict'],
    ['Police arrested John Varo, 27, in the harbour.', '27', 'Joan Varo, 29, was held by police in the harbour.', '29', 'none', 'consonants tell two people apart'],
    ['Gunmen attacked six sites in the city on Friday.', 'six sites', 'Gunmen attacked six locations in the city on Friday.', 'six locations', 'same', 'sites and locations are one counted thing'],
    ['The tablet has a 5.0MP front camera for calls.', '5.0MP', 'Round the front sits a 5-megapixel camera.', '5-megapixel', 'same', 'a whole value written with ".0" is as precise as a fraction'],
    ['The tablet has a 5.0MP front camera for calls.', '5.0MP', 'Round the front sits a 8-megapixel camera.', '8-megapixel', 'none', 'another whole value beside it: no contradiction'],
    ['After a three-year, $250 million deal, Vela Sports will show every match.', '$250 million', 'Vela Sports wins $250m rights to the Harlow League.', '$250m', 'same', 'a deal and the rights it buys are one amount'],
    ['Gunmen attacked six sites in the city on Friday.', 'six sites', 'Gunmen attacked six ferries in the harbour on Friday.', 'six ferries', 'none', 'sites and ferries are two'],
    ['The camera can focus in 0.4 seconds, the maker says.', '0.4 seconds', 'Its 0.4-second autofocus makes shots feel instant.', '0.4-second', 'same', 'a span with a fraction is specific enough to agree'],
    ['The camera can focus in 0.4 seconds, the maker says.', '0.4 seconds', 'Its 0.6-second autofocus makes shots feel slow.', '0.6-second', 'none', 'two spans with fractions under other verbs: no contradiction'],
    ['The ferry was delayed for 2 hours on Monday.', '2 hours', 'The museum stays open 2 hours longer in summer.', '2 hours', 'none', 'whole spans recur: no agreement by value alone'],
    ['The tablet runs a top-of-the-line 3.2GHz Vireo chip.', '3.2GHz', 'Under the lid sits a 3.2GHz, eight-core processor.', '3.2GHz', 'same', 'a speed after a hyphenated modifier ending in a label word'],
    // a share of one named holder agrees under two verbs ("gained" / "with ... of the vote"); another share does not contradict
    ['The Unity party, which had become the voice of the harbour towns, gained almost 27 per cent and 71 seats.', '27 per cent', 'The Unity party, which campaigned on the harbour tax, was in second place, with 27 percent of the vote.', '27 percent', 'same', 'a named holder\'s share under two verbs'],
    ['The Unity party, which had become the voice of the harbour towns, gained almost 27 per cent and 71 seats.', '27 per cent', 'The Unity party, which campaigned on the harbour tax, was in second place, with 21 percent of the vote.', '21 percent', 'none', 'a named holder\'s other share under two verbs'],
    // subjects told apart by one nationality may agree; by two, they are two
    ['A Danish satellite spotted 300 objects of varying sizes.', '300 objects', 'The Danish images show about 300 objects ranging in size.', '300 objects', 'same', 'one nationality\'s satellite and images'],
    ['A Danish satellite spotted 300 objects of varying sizes.', '300 objects', 'A Swedish plane spotted 300 objects of varying sizes.', '300 objects', 'none', 'two nationalities'],
    // finishing places: of one named holder agree or contradict; of nobody named, neither
    ['The Unity party placed third in the vote.', 'third', 'The Unity party came in third with 12 percent.', 'third', 'same', 'one place written two ways'],
    ['The Unity party placed third in the vote.', 'third', 'The Unity party finished second in the vote.', 'second', 'conflict', 'two places of one party'],
    ['The Greens won a bonus of 50 seats for finishing first.', 'first', 'The Unity party came in second in the vote.', 'second', 'none', 'a place of nobody named'],
    // a bound is as specific as the amount it bounds, near it only; whatever verb each sentence uses
    ['Teams are now scouring an area more than 1,000km further north.', '1,000km', 'Investigators moved the search to an area 1,100 kilometres to the northeast.', '1,100 kilometres', 'same', 'a bound and an amount just above it'],
    ['Teams are now scouring an area more than 1,000km further north.', '1,000km', 'Investigators moved the search to an area 2,500 kilometres to the northeast.', '2,500 kilometres', 'none', 'a bound and an amount far above it'],
    ['Teams are now scouring a new area more than 1,000km (600 miles) further north than the old zone.', '1,000km', 'An analysis of new data led investigators to move the hunt to an area 1,100 kilometres (680 miles) to the northeast.', '1,100 kilometres', 'same', 'a bound and an amount just above it, under two verbs'],
    ['Of those, 17 people remain in hospital at Vellmouth General.', '17 people', 'The fire injured 40 people, the coastguard said.', '40 people', 'none', 'the people in hospital are not the injured'],
    ['The 27-year-old said the raid had failed.', '27-year-old', 'I never saw them, said Tomas Brandt, 27, who lives nearby.', '27,', 'none', 'an unnamed age and a name the report never gives'],
    ['Her daughters Lina, 6, and Mira, 3, were there.', '3,', 'She took a job when Mira was just 4 months old.', '4 months', 'none', 'an age in months is no age in years'],
    // a bound of a count agrees with values near it only; so do two bounds
    ['Gunmen opened fire at the cafe, killing at least 12 people.', '12 people', 'The attack on the hall would claim 89 lives.', '89 lives', 'none', 'a bound far below a count'],
    ['At least 19 people died at the terrace.', '19 people', 'At least 80 people died there.', '80 people', 'none', 'two bounds far apart'],
    ['At least 80 people died in the hall.', '80 people', 'Rescuers said 89 people died in the hall.', '89 people', 'same', 'a bound just below a count'],
    // a running total read up to two moments is one count at two stages; a night's or a day's window is another count
    ['Police carried out 168 raids, the minister said.', '168 raids', 'Police have carried out 414 raids over the past three nights.', '414 raids', 'update', 'a running total and the same total later'],
    ['Police have carried out 414 raids over the past three nights.', '414 raids', 'Police have carried out 793 raids since last week\'s attacks.', '793 raids', 'update', 'two running windows'],
    ['Police carried out 80 raids overnight.', '80 raids', 'Police have carried out 414 raids over the past three nights.', '414 raids', 'related', 'a night and a running window'],
    ['Police carried out 90 raids in the past 24 hours.', '90 raids', 'Police have carried out 414 raids since Friday.', '414 raids', 'related', 'a day\'s window and a running one'],
    ['Police have carried out 414 raids since Friday.', '414 raids', 'Police have carried out 414 raids so far.', '414 raids', 'same', 'one running total, two windows that say so'],
    // a toll given to a place one report names, and the same toll in a report that names no place
    ['Harbour Road, east quarter - at least 19 dead in gun attacks', '19 dead', 'At least 19 people were killed at a cafe terrace.', '19 people', 'same', 'a place is where a toll is, not whose'],
  ];
  for (const [ta, na, tb, nb, want, why] of pairs) {
    it(`${why}: ${na} vs ${nb} -> ${want}, both ways`, () => {
      assert.equal(relate(ta, na, tb, nb), want);
      assert.equal(relate(tb, nb, ta, na), want);
    });
  }

  it('"overnight" in reports of two days is two nights; on one day it is one', () => {
    const a = 'The helpline took 80 calls overnight.';
    const b = 'The helpline took 60 calls overnight.';
    assert.equal(relate(a, '80 calls', b, '60 calls', ['2026-03-15', '2026-03-16']), 'related');
    assert.equal(relate(b, '60 calls', a, '80 calls', ['2026-03-16', '2026-03-15']), 'related');
    assert.equal(relate(a, '80 calls', b, '60 calls', ['2026-03-15', '2026-03-15']), 'conflict');
  });

  it('the same toll on different reporting days is an update, not a conflict', () => {
    const a = 'The fire killed 27 people.';
    const b = 'The fire killed 29 people.';
    assert.equal(relate(a, '27 people', b, '29 people', ['2026-03-14', '2026-03-15']), 'update');
    assert.equal(relate(b, '29 people', a, '27 people', ['2026-03-15', '2026-03-14']), 'update');
  });

  it('values of a list are aligned by holder, never compared crosswise', () => {
    const list = 'The Greens won 12 seats, and Labour took 40 seats.';
    assert.notEqual(relate(list, '12 seats', 'Labour won 40 seats.', '40 seats'), 'conflict');
  });
});
