#!/usr/bin/env bash
# Refits EL2900's document model, the WordNet view's threshold in short texts and EL2010's thresholds in documents EL2900
# calls spun, in the order each depends on the last (train-document, train-wordnet short, train-spun, train-spun wordnet),
# rebuilding SpinEval between steps because it reads the weights embedded in EditorialLint.Rules. Needs ../shared/data
# (about 3 minutes). With --check, exits 1 if the committed weights
# are not what the chain writes (they are restored either way).
set -euo pipefail
cd "$(dirname "$0")/.."
check=false
[[ "${1:-}" == "--check" ]] && check=true
weights=(src/EditorialLint.Rules/Wording/Data/context-model.weights src/EditorialLint.Rules/Wording/Data/context-model-wordnet.weights)
if $check && ! git diff --quiet -- "${weights[@]}"; then
  echo "refit-spun-chain: ${weights[*]} have uncommitted changes; commit or restore them before --check" >&2
  exit 2
fi
spineval=tools/SpinEval/bin/Release/net10.0/EditorialLint.SpinEval.dll
build() { CI=true dotnet build tools/SpinEval -c Release --nologo -v q > /dev/null; }
for step in train-document "train-wordnet short" "train-spun" "train-spun wordnet"; do
  build
  echo "== $step"
  # shellcheck disable=SC2086
  dotnet "$spineval" $step | tail -n 3
done
build
if $check; then
  if git diff --quiet -- "${weights[@]}"; then
    echo "refit-spun-chain: the committed weights are what the chain writes"
  else
    git diff --stat -- "${weights[@]}"
    git checkout -- "${weights[@]}"
    build
    echo "refit-spun-chain: the committed weights are NOT what the chain writes (restored)" >&2
    exit 1
  fi
fi
