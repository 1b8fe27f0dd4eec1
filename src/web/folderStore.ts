// The per-folder annotation store in the web build: every folder goes through workspace.fs.
export { WorkspaceFolderStore as FolderStore } from '../vscode/annotations/workspaceFolderStore';
