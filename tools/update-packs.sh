#!/usr/bin/env bash
# Recompiles the built-in rule packs (rules/**) into src/EditorialLint.Rules/Packs/Data/builtin-packs.bin, the form
# start-up reads. Run it after changing a rule file; CompiledForm_IsUpToDateWithTheYamlInRules fails until you do.
set -euo pipefail
cd "$(dirname "$0")/.."
UPDATE_PACKS=1 dotnet test tests/EditorialLint.Rules.Tests -c Release --filter "FullyQualifiedName~CompiledForm_IsUpToDateWithTheYamlInRules" --nologo -v q
