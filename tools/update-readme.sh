#!/usr/bin/env bash
# Regenerates the rule table in README.md from the rule descriptors and docs pages.
set -euo pipefail
cd "$(dirname "$0")/.."
UPDATE_README=1 dotnet test tests/EditorialLint.Cli.Tests --filter "FullyQualifiedName~ReadmeRuleTable" --nologo -v q
