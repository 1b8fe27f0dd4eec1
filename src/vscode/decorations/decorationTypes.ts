// The decoration types, created once for the extension's lifetime (creating them per update
// leaks and flickers). Colours are theme colours contributed in package.json.
import * as vscode from 'vscode';

export type Category = 'quotes' | 'figures' | 'person' | 'organization' | 'place' | 'conflicts' | 'boilerplate';

export const CATEGORIES: readonly Category[] = ['boilerplate', 'quotes', 'figures', 'person', 'organization', 'place', 'conflicts'];

const color = (id: string) => new vscode.ThemeColor(`triangulate.${id}`);

function underline(id: string): vscode.DecorationRenderOptions {
  // textDecoration cannot take a theme colour; a bottom border can.
  return { borderStyle: 'none none solid none', borderWidth: '0 0 1px 0', borderColor: color(id) };
}

/** High-contrast themes draw outlines instead of tinted backgrounds; the outline colours are transparent in
 *  other themes (package.json `colors`), so one decoration type serves both. An outline, unlike a border,
 *  takes no space, so text does not shift. */
function outline(id: string): vscode.DecorationRenderOptions {
  return { outlineStyle: 'solid', outlineWidth: '1px', outlineColor: color(id) };
}

export function createDecorationTypes(extensionUri: vscode.Uri): Record<Category, vscode.TextEditorDecorationType> {
  const create = vscode.window.createTextEditorDecorationType;
  return {
    boilerplate: create({ color: color('boilerplate') }),
    quotes: create({
      ...outline('quoteBorder'),
      backgroundColor: color('quote'),
      overviewRulerColor: color('quote'),
      overviewRulerLane: vscode.OverviewRulerLane.Left,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
    figures: create({
      ...outline('figureBorder'),
      backgroundColor: color('figure'),
      borderRadius: '2px',
      overviewRulerColor: color('figure'),
      overviewRulerLane: vscode.OverviewRulerLane.Center,
    }),
    person: create(underline('person')),
    organization: create(underline('organization')),
    place: create({ ...underline('place'), borderStyle: 'none none dotted none' }),
    conflicts: create({
      ...outline('conflictBorder'),
      backgroundColor: color('conflict'),
      borderRadius: '2px',
      gutterIconPath: vscode.Uri.joinPath(extensionUri, 'media', 'conflict.svg'),
      gutterIconSize: '70%',
      overviewRulerColor: color('conflictGutter'),
      overviewRulerLane: vscode.OverviewRulerLane.Right,
    }),
  };
}
