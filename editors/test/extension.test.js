'use strict';
// Loads the compiled VS Code extension (editors/vscode/out/extension.js) with stand-ins for the `vscode` API and
// the language client, and checks what it asks for: `editorial-lint lsp` for Markdown and plain text, with the
// user's settings as initialization options and a restart command. (The protocol itself is tested against the
// real server in client.test.js.)
const test = require('node:test');
const assert = require('node:assert/strict');
const Module = require('node:module');
const path = require('node:path');

const extensionPath = path.join(__dirname, '..', 'vscode', 'out', 'extension.js');

function load(settings, scoped = {}) {
  const started = [];
  const commands = new Map();
  const vscode = {
    workspace: {
      getConfiguration: () => ({
        get: (key, fallback) => (key in settings ? settings[key] : fallback),
        inspect: (key) => (key in scoped ? scoped[key] : undefined),
      }),
      onDidChangeConfiguration: () => ({ dispose() {} }),
      createFileSystemWatcher: (glob) => ({ glob, dispose() {} }),
    },
    commands: { registerCommand: (name, fn) => { commands.set(name, fn); return { dispose() {} }; } },
    window: { showErrorMessage: async () => undefined },
  };
  class LanguageClient {
    constructor(id, name, serverOptions, clientOptions) {
      Object.assign(this, { id, name, serverOptions, clientOptions, running: false });
      started.push(this);
    }
    async start() { this.running = true; }
    async stop() { this.running = false; }
  }
  const originalLoad = Module._load;
  Module._load = function (request, parent, isMain) {
    if (request === 'vscode') return vscode;
    if (request === 'vscode-languageclient/node') return { LanguageClient };
    return originalLoad.call(this, request, parent, isMain);
  };
  try {
    delete require.cache[require.resolve(extensionPath)];
    return { extension: require(extensionPath), started, commands };
  } finally {
    Module._load = originalLoad;
  }
}

test('the extension starts `editorial-lint lsp` for Markdown and plain text with the user settings', async () => {
  const { extension, started, commands } = load({ path: '/opt/el/editorial-lint', rulePacks: ['desk/packs'], debounceMs: 120 });
  const context = { subscriptions: [] };
  await extension.activate(context);

  assert.equal(started.length, 1);
  const client = started[0];
  assert.deepEqual(client.serverOptions, { command: '/opt/el/editorial-lint', args: ['lsp'] });
  const languages = client.clientOptions.documentSelector.map((s) => `${s.scheme}:${s.language}`);
  assert.ok(languages.includes('file:markdown') && languages.includes('file:plaintext'), languages.join(', '));
  assert.deepEqual(client.clientOptions.initializationOptions.editorialLint.rulePacks, ['desk/packs']);
  assert.equal(client.clientOptions.initializationOptions.editorialLint.debounceMs, 120);
  assert.equal(client.clientOptions.synchronize.configurationSection, 'editorialLint');
  assert.match(client.clientOptions.synchronize.fileEvents.glob, /\.editorconfig/);
  assert.ok(client.running);

  await commands.get('editorialLint.restart')();
  assert.equal(started.length, 2, 'restart starts a new client');
  assert.equal(client.running, false, 'and stops the old one');
  await extension.deactivate();
  assert.equal(started[1].running, false);
});

test('the extension falls back to `editorial-lint` on PATH', async () => {
  const { extension, started } = load({});
  await extension.activate({ subscriptions: [] });
  assert.equal(started[0].serverOptions.command, 'editorial-lint');
  await extension.deactivate();
});

test('plugins are allowed only by the user\'s own setting, never by the workspace\'s', async () => {
  const user = load({}, { allowPlugins: { globalValue: true } });
  await user.extension.activate({ subscriptions: [] });
  assert.deepEqual(user.started[0].serverOptions.args, ['lsp', '--allow-plugins']);
  await user.extension.deactivate();

  const workspace = load({ allowPlugins: true }, { allowPlugins: { workspaceValue: true } });
  await workspace.extension.activate({ subscriptions: [] });
  assert.deepEqual(workspace.started[0].serverOptions.args, ['lsp'], 'a workspace setting does not allow plugins');
  await workspace.extension.deactivate();
});
