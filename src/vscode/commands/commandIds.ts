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
} as const;

export const ViewId = {
  claims: 'triangulate.claims',
  sources: 'triangulate.sources',
  speakers: 'triangulate.speakers',
  names: 'triangulate.names',
} as const;

export const ContextKey = { active: 'triangulate:active', scope: 'triangulate:scope', analysedFile: 'triangulate:analysedFile' } as const;
