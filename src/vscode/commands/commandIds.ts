// Every command id the extension registers, in one place (package.json declares the same ids).
export const CommandId = {
  analyzeWorkspace: 'triangulate.analyzeWorkspace',
  reanalyzeFile: 'triangulate.reanalyzeFile',
  nextConflict: 'triangulate.nextConflict',
  previousConflict: 'triangulate.previousConflict',
  toggleQuotes: 'triangulate.toggleQuotes',
  toggleFigures: 'triangulate.toggleFigures',
  toggleEntities: 'triangulate.toggleEntities',
  showClaimsAtCursor: 'triangulate.showClaimsAtCursor',
  findClaim: 'triangulate.findClaim',
  exportReport: 'triangulate.exportReport',
  scopeThisFile: 'triangulate.scopeThisFile',
  scopeAllFiles: 'triangulate.scopeAllFiles',
  openPassage: 'triangulate.openPassage',
  openSampleCorpus: 'triangulate.openSampleCorpus',
  focusClaims: 'triangulate.focusClaims',
  setVerdict: 'triangulate.setVerdict',
  markSupported: 'triangulate.markSupported',
  markRefuted: 'triangulate.markRefuted',
  markConflicting: 'triangulate.markConflicting',
  markNotEnoughInfo: 'triangulate.markNotEnoughInfo',
  clearVerdict: 'triangulate.clearVerdict',
  addNote: 'triangulate.addNote',
  openFactMatrix: 'triangulate.openFactMatrix',
  notSameFact: 'triangulate.notSameFact',
  sameFact: 'triangulate.sameFact',
  contradicts: 'triangulate.contradicts',
  linkCorroborating: 'triangulate.linkCorroborating',
  linkConflicting: 'triangulate.linkConflicting',
  setSpeaker: 'triangulate.setSpeaker',
  setEntityType: 'triangulate.setEntityType',
  sameEntityAs: 'triangulate.sameEntityAs',
  notSameEntity: 'triangulate.notSameEntity',
  treatAsPageChrome: 'triangulate.treatAsPageChrome',
  undoCorrection: 'triangulate.undoCorrection',
} as const;

export const ViewId = {
  claims: 'triangulate.claims',
  sources: 'triangulate.sources',
  speakers: 'triangulate.speakers',
  names: 'triangulate.names',
} as const;

export const ContextKey = {
  active: 'triangulate:active', scope: 'triangulate:scope', analysedFile: 'triangulate:analysedFile',
  /** The cursor is on a link's passage, in a quote, on a name, on a corrected passage (correction menus). */
  onLink: 'triangulate:onLink', onQuote: 'triangulate:onQuote', onName: 'triangulate:onName', onCorrection: 'triangulate:onCorrection',
} as const;
