// Where an annotation points: a W3C TextQuoteSelector (the words and their context) and a
// TextPositionSelector (offsets, a hint), in one article of the folder.
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface AnnotationTarget {
  /** Path of the article relative to its workspace folder, '/' separators. */
  source: string;
  selector: [TextQuoteSelector, TextPositionSelector];
}
