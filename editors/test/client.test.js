'use strict';
// A real LSP client (vscode-languageserver-protocol, the library VS Code's own client is built on) drives
// `editorial-lint lsp` through open, edit, diagnostics, code action, apply edit, close and shutdown, and measures
// how long a typed spun phrase takes to come back as a diagnostic with its quick fix.
//
// Run: EDITORIAL_LINT_SERVER=/path/to/editorial-lint node --test editors/test/client.test.js
// (editors/test/run.sh builds the server and sets it.)

const test = require('node:test');
const assert = require('node:assert/strict');
const cp = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const rpc = require('vscode-languageserver-protocol/node');

const here = __dirname;
const server = process.env.EDITORIAL_LINT_SERVER || 'editorial-lint';
const latencyRuns = Number(process.env.EDITORIAL_LINT_LATENCY_RUNS || 20);
const latencyBudgetMs = Number(process.env.EDITORIAL_LINT_LATENCY_BUDGET_MS || 300);
const debounceMs = Number(process.env.EDITORIAL_LINT_DEBOUNCE_MS || 75);

/** Starts the server in a fresh copy of the fixtures folder and connects a protocol client to it. */
function start() {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'el-client-'));
  fs.cpSync(path.join(here, 'fixtures'), workspace, { recursive: true });
  const child = cp.spawn(server, ['lsp'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const connection = rpc.createProtocolConnection(
    new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const published = [];
  const waiters = [];
  connection.onNotification(rpc.PublishDiagnosticsNotification.type, (params) => {
    published.push({ params, at: performance.now() });
    for (const w of [...waiters]) w();
  });
  connection.onRequest(rpc.RegistrationRequest.type, () => null);
  connection.onRequest(rpc.ConfigurationRequest.type, (p) => p.items.map(() => null));
  connection.listen();
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));

  /** Resolves with the first publication for `uri` (after `since`) that `accept` takes. */
  function diagnostics(uri, accept = () => true, since = 0, timeoutMs = 20000) {
    return new Promise((resolve, reject) => {
      const check = () => {
        const hit = published.find((p) => p.at >= since && p.params.uri === uri && accept(p.params));
        if (hit) {
          waiters.splice(waiters.indexOf(check), 1);
          clearTimeout(timer);
          resolve(hit);
        }
      };
      const timer = setTimeout(() => {
        waiters.splice(waiters.indexOf(check), 1);
        reject(new Error(`no matching diagnostics for ${uri}; server log:\n${stderr}`));
      }, timeoutMs);
      waiters.push(check);
      check();
    });
  }

  return { workspace, child, connection, published, diagnostics, exited, log: () => stderr };
}

async function initialize(s, settings = {}) {
  const result = await s.connection.sendRequest(rpc.InitializeRequest.type, {
    processId: process.pid,
    rootUri: 'file://' + s.workspace,
    workspaceFolders: [{ uri: 'file://' + s.workspace, name: 'fixtures' }],
    capabilities: { workspace: { workspaceEdit: { documentChanges: true }, configuration: false } },
    initializationOptions: { editorialLint: { rulePacks: ['packs'], ...settings } },
  });
  await s.connection.sendNotification(rpc.InitializedNotification.type, {});
  return result;
}

/** Offset of an LSP position (UTF-16 units; lines end at \n, \r\n or \r). */
function offsetAt(text, { line, character }) {
  let offset = 0;
  for (let l = 0; l < line; l++) {
    const m = /\r\n|\r|\n/g;
    m.lastIndex = offset;
    const hit = m.exec(text);
    if (!hit) return text.length;
    offset = hit.index + hit[0].length;
  }
  return offset + character;
}

function positionAt(text, offset) {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

function applyEdits(text, edits) {
  const sorted = edits
    .map((e) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start);
  for (const e of sorted) text = text.slice(0, e.start) + e.newText + text.slice(e.end);
  return text;
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

test('open, edit, diagnostics, code action, apply edit, close, shutdown', async () => {
  const s = start();
  try {
    const init = await initialize(s);
    assert.equal(init.capabilities.textDocumentSync.change, rpc.TextDocumentSyncKind.Incremental);

    const file = path.join(s.workspace, 'article.md');
    const uri = 'file://' + file;
    let text = fs.readFileSync(file, 'utf8');
    let version = 1;
    await s.connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'markdown', version, text },
    });
    const opened = await s.diagnostics(uri, (p) => p.version === 1);
    assert.deepEqual(opened.params.diagnostics, [], 'the fixture article is clean copy');

    // Type a spun phrase at the end of the first paragraph, as an editor sends keystrokes: incremental changes.
    const anchor = text.indexOf('on weekdays.') + 'on weekdays.'.length;
    const typed = ' The operator threatened legal motion.';
    let at = anchor;
    for (const piece of typed.match(/.{1,6}/g)) {
      const pos = positionAt(text, at);
      text = text.slice(0, at) + piece + text.slice(at);
      at += piece.length;
      await s.connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version: ++version },
        contentChanges: [{ range: { start: pos, end: pos }, text: piece }],
      });
    }

    const found = await s.diagnostics(uri, (p) => p.version === version && p.diagnostics.length > 0);
    const spun = found.params.diagnostics.find((d) => d.code === 'Desk.Spun');
    assert.ok(spun, 'the spun phrase is reported: ' + JSON.stringify(found.params.diagnostics));
    assert.equal(spun.source, 'editorial-lint');
    assert.equal(text.slice(offsetAt(text, spun.range.start), offsetAt(text, spun.range.end)), 'legal motion');

    const actions = await s.connection.sendRequest(rpc.CodeActionRequest.type, {
      textDocument: { uri }, range: spun.range, context: { diagnostics: [spun] },
    });
    const fix = actions.find((a) => a.kind === 'quickfix' && !a.title.startsWith('Disable'));
    assert.ok(fix, 'a quick fix is offered: ' + JSON.stringify(actions.map((a) => a.title)));
    assert.ok(actions.some((a) => a.title === 'Disable Desk.Spun for this line'));

    // Apply the edit as the editor would, and send it back as a change.
    const docEdit = fix.edit.documentChanges[0];
    assert.equal(docEdit.textDocument.version, version, 'the edit is for the version the client has');
    text = applyEdits(text, docEdit.edits);
    assert.ok(text.includes('The operator threatened legal action.'));
    await s.connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: ++version },
      contentChanges: docEdit.edits.map((e) => ({ range: e.range, text: e.newText })),
    });
    const fixed = await s.diagnostics(uri, (p) => p.version === version);
    assert.deepEqual(fixed.params.diagnostics, [], 'the fix clears the finding');

    await s.connection.sendNotification(rpc.DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    const closed = await s.diagnostics(uri, (p) => p.version === undefined && p.diagnostics.length === 0);
    assert.ok(closed);

    await s.connection.sendRequest(rpc.ShutdownRequest.type);
    await s.connection.sendNotification(rpc.ExitNotification.type);
    assert.equal(await s.exited, 0, 'shutdown then exit ends with code 0');
  } finally {
    s.connection.dispose();
    s.child.kill();
  }
});

test(`a typed spun phrase comes back with its quick fix within ${latencyBudgetMs} ms on a 5 KB article`, async () => {
  const s = start();
  try {
    await initialize(s, { debounceMs });
    const file = path.join(s.workspace, 'article.md');
    const uri = 'file://' + file;
    const original = fs.readFileSync(file, 'utf8');
    assert.ok(Buffer.byteLength(original) >= 5000, 'the article is at least 5 KB');
    let text = original;
    let version = 1;
    await s.connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'markdown', version, text },
    });
    await s.diagnostics(uri, (p) => p.version === 1);

    const samples = [];
    const phrase = ' They took legal motion.';
    for (let run = 0; run < latencyRuns + 3; run++) {
      // Type the phrase's last keystroke, then wait for the diagnostic and ask for its quick fix.
      const at = text.indexOf('six months') + 'six months'.length;
      const pos = positionAt(text, at);
      const t0 = performance.now();
      text = text.slice(0, at) + phrase + text.slice(at);
      await s.connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version: ++version },
        contentChanges: [{ range: { start: pos, end: pos }, text: phrase }],
      });
      const hit = await s.diagnostics(uri, (p) => p.version === version && p.diagnostics.some((d) => d.code === 'Desk.Spun'), t0);
      const spun = hit.params.diagnostics.find((d) => d.code === 'Desk.Spun');
      const actions = await s.connection.sendRequest(rpc.CodeActionRequest.type, {
        textDocument: { uri }, range: spun.range, context: { diagnostics: [spun] },
      });
      const elapsed = performance.now() - t0;
      assert.ok(actions.some((a) => a.kind === 'quickfix' && a.title.includes('legal action')), JSON.stringify(actions.map((a) => a.title)));
      if (run >= 3) samples.push(elapsed); // the first runs warm the JIT

      // Undo the typing for the next run.
      const end = positionAt(text, at + phrase.length);
      text = text.slice(0, at) + text.slice(at + phrase.length);
      await s.connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version: ++version },
        contentChanges: [{ range: { start: pos, end }, text: '' }],
      });
      await s.diagnostics(uri, (p) => p.version === version);
    }

    samples.sort((a, b) => a - b);
    const median = percentile(samples, 50);
    const p95 = percentile(samples, 95);
    console.log(`latency: typed spun phrase -> diagnostic + quick fix, ${Buffer.byteLength(original)} B article, ` +
      `${samples.length} runs: median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${samples[samples.length - 1].toFixed(1)} ms ` +
      `(server debounce ${debounceMs} ms included)`);
    assert.ok(median < latencyBudgetMs, `median ${median.toFixed(1)} ms is over the ${latencyBudgetMs} ms budget`);

    await s.connection.sendRequest(rpc.ShutdownRequest.type);
    await s.connection.sendNotification(rpc.ExitNotification.type);
    assert.equal(await s.exited, 0);
  } finally {
    s.connection.dispose();
    s.child.kill();
  }
});
