#!/bin/bash
# A job array on one machine, as Slurm would run it: N shards in parallel with the Slurm
# variables set, a merge, and a check that the merged result is byte-identical to one run.
#   examples/cluster/local-array.sh [N] [cable1957 command] [SWEEP.yaml]
# (default 4, node dist/cli.js, and a simulation; with SWEEP.yaml, that sweep's shards instead)
set -euo pipefail
n=${1:-4}
cli=${2:-node dist/cli.js}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
if [ -n "${3:-}" ]; then
  args=(sweep "$3" --quiet)
else
  args=(simulate --scenario exodus1961 --replications 40 --quiet)
fi
for id in $(seq 1 "$n"); do
  SLURM_ARRAY_TASK_ID=$id SLURM_ARRAY_TASK_COUNT=$n SLURM_ARRAY_TASK_MIN=1 SLURM_ARRAY_TASK_MAX=$n \
    $cli "${args[@]}" --shard auto --out "$dir/part-$id.json" &
done
wait
$cli merge "$dir"/part-*.json --format json --out "$dir/merged.json"
$cli "${args[@]}" --format json --out "$dir/whole.json"
cmp "$dir/merged.json" "$dir/whole.json" && echo "$n shards merged: byte-identical to one run"
