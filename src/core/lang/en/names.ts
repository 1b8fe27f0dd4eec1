// Lower-case particles that sit inside a personal name ("Ursula von der Leyen", "Luiz Inácio Lula
// da Silva", "Mohammed bin Salman"). Uses: quote - the quote attribution's name runs; entity - the
// entity rules and the NER tagger's features (trained with exactly these). "y", "do", "ben", "ten"
// are too often ordinary words in entity runs; "binti" was only ever seen by the entity side.

export interface ParticleRow {
  particle: string;
  /** Space-separated: 'quote', 'entity'. */
  uses: string;
}

export const NAME_PARTICLES: readonly ParticleRow[] = [
  { particle: 'de', uses: 'quote entity' },
  { particle: 'da', uses: 'quote entity' },
  { particle: 'do', uses: 'quote' },
  { particle: 'dos', uses: 'quote entity' },
  { particle: 'das', uses: 'quote entity' },
  { particle: 'del', uses: 'quote entity' },
  { particle: 'della', uses: 'quote entity' },
  { particle: 'di', uses: 'quote entity' },
  { particle: 'du', uses: 'quote entity' },
  { particle: 'van', uses: 'quote entity' },
  { particle: 'von', uses: 'quote entity' },
  { particle: 'der', uses: 'quote entity' },
  { particle: 'den', uses: 'quote entity' },
  { particle: 'la', uses: 'quote entity' },
  { particle: 'le', uses: 'quote entity' },
  { particle: 'bin', uses: 'quote entity' },
  { particle: 'binti', uses: 'entity' },
  { particle: 'bint', uses: 'quote entity' },
  { particle: 'ibn', uses: 'quote entity' },
  { particle: 'al', uses: 'quote entity' },
  { particle: 'el', uses: 'quote entity' },
  { particle: 'ben', uses: 'quote' },
  { particle: 'ter', uses: 'quote entity' },
  { particle: 'ten', uses: 'quote' },
  { particle: 'y', uses: 'quote' },
];
