#!/usr/bin/env bash
# Editor tests: builds the language server, drives it with a real LSP client (Node, vscode-languageserver-protocol)
# and with headless Neovim, and packages the VS Code extension as a .vsix. Installs what it needs (npm ci, Neovim
# from apt when missing). Run from anywhere: bash editors/test/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
out="$root/artifacts/editor-test"
mkdir -p "$out"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

echo "== editor tests: build the server (editorial-lint lsp)"
dotnet publish src/EditorialLint.Cli -c Release -o "$out/server" --nologo -v quiet
server="$out/server/editorial-lint"
test -x "$server"

echo "== editor tests: install the Node client (npm ci)"
npm ci --prefix editors/test --no-audit --no-fund --loglevel=error

if ! command -v nvim >/dev/null 2>&1; then
  echo "== editor tests: install Neovim"
  if [ "$(id -u)" -eq 0 ]; then apt_get=(apt-get); else apt_get=(sudo apt-get); fi
  DEBIAN_FRONTEND=noninteractive "${apt_get[@]}" install -y --no-install-recommends neovim >/dev/null 2>&1 || {
    "${apt_get[@]}" update >/dev/null
    DEBIAN_FRONTEND=noninteractive "${apt_get[@]}" install -y --no-install-recommends neovim >/dev/null
  }
fi

echo "== editor tests: Node LSP client (open, edit, diagnostics, code action, apply edit, close; 300 ms budget)"
EDITORIAL_LINT_SERVER="$server" node --test editors/test/client.test.js

echo "== editor tests: headless Neovim ($(nvim --version | head -n 1))"
workspace=$(mktemp -d)
trap 'rm -rf "$workspace"' EXIT
cp -r editors/test/fixtures/. "$workspace/"
# Neovim keeps its LSP log under the home folder; keep it out of the way of the user's own.
EDITORIAL_LINT_SERVER="$server" ARTICLE="$workspace/spun-sample.md" XDG_CACHE_HOME="$workspace/.cache" XDG_STATE_HOME="$workspace/.state" \
  timeout 120 nvim --headless --clean -u NONE -c "luafile editors/test/nvim/lsp_test.lua"

echo "== editor tests: package the VS Code extension (.vsix)"
npm ci --prefix editors/vscode --no-audit --no-fund --loglevel=error
(cd editors/vscode && npx --no-install vsce --version >/dev/null && npm run --silent package)
test -s "$out/editorial-lint.vsix"

echo "== editor tests: VS Code extension activation (stand-in vscode API)"
node --test editors/test/extension.test.js
echo "editor tests passed: Node client, Neovim, $(basename "$out/editorial-lint.vsix")"
