// Page chrome scraped along with the article: navigation, widgets, related headlines,
// video prompts, footers, credits. Reported as spans; nothing inside them is extracted.
import type { Boilerplate } from '../model';

export interface BoilerplateOptions {
  /** Lines (normalized with normalizeLine) that also appear in other documents of the corpus. */
  repeatedLines?: ReadonlySet<string>;
}

export function normalizeLine(line: string): string {
  return line.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function detectBoilerplate(_text: string, _options: BoilerplateOptions = {}): Boilerplate[] {
  return [];
}
