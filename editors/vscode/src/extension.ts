// Starts `editorial-lint lsp` for Markdown and plain-text documents and restarts it when its settings change.
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';

const section = 'editorialLint';
let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(
    vscode.commands.registerCommand('editorialLint.restart', () => restart(context)),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      // The executable and the plugin permission cannot change under a running server (they are its command line);
      // everything else reaches it as a configuration change.
      if (e.affectsConfiguration(section + '.path') || e.affectsConfiguration(section + '.allowPlugins')) await restart(context);
    }),
  );
  await start(context);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const settings = vscode.workspace.getConfiguration(section);
  const command = settings.get<string>('path') || 'editorial-lint';
  const serverOptions: ServerOptions = { command, args: allowPlugins(settings) ? ['lsp', '--allow-plugins'] : ['lsp'] };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'untitled', language: 'plaintext' },
    ],
    initializationOptions: { [section]: serverSettings(settings) },
    synchronize: {
      configurationSection: section,
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{.editorconfig,*.yml,*.yaml,*.md,*.markdown,*.txt}'),
    },
    outputChannelName: 'EditorialLint',
  };
  client = new LanguageClient('editorialLint', 'EditorialLint', serverOptions, clientOptions);
  try {
    await client.start();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(
      `EditorialLint could not start '${command}': ${message}. Install it with 'dotnet tool install -g EditorialLint.Tool' or set editorialLint.path.`);
  }
  context.subscriptions.push({ dispose: () => void client?.stop() });
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  await client?.stop();
  client = undefined;
  await start(context);
}

// Plugins run code, so only the user's own (global) setting allows them, never a workspace's .vscode/settings.json.
function allowPlugins(settings: vscode.WorkspaceConfiguration): boolean {
  return settings.inspect?.<boolean>('allowPlugins')?.globalValue === true;
}

function serverSettings(settings: vscode.WorkspaceConfiguration): Record<string, unknown> {
  return {
    rulePacks: settings.get<string[]>('rulePacks', []),
    debounceMs: settings.get<number>('debounceMs', 75),
    workspaceArticles: settings.get<boolean>('workspaceArticles', true),
    maxWorkspaceArticles: settings.get<number>('maxWorkspaceArticles', 2000),
    maxDocumentSize: settings.get<number>('maxDocumentSize', 16777216),
    archive: settings.get<string>('archive', ''),
  };
}
