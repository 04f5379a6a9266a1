#!/bin/bash
# A sweep (sweep.yaml, in the directory you submit from) on Slurm: 32 shards as an array job,
# then slurm-sweep-merge.sh.
#
#   jid=$(sbatch --parsable slurm-sweep-array.sh)
#   sbatch --dependency=afterok:$jid slurm-sweep-merge.sh
#
# As in slurm-array.sh: `--shard auto` reads SLURM_ARRAY_TASK_ID, _COUNT and _MIN. Task i runs
# the design points p with p mod 32 = i − 1, each until its targets are met or maxReplications
# is reached. A requeued task resumes from its checkpoint.
#SBATCH --job-name=cable1957-sweep
#SBATCH --array=1-32
#SBATCH --cpus-per-task=1
#SBATCH --mem=512M
#SBATCH --time=04:00:00
#SBATCH --requeue
# Slurm does not create logs/ for --output: run `mkdir -p logs` before sbatch.
#SBATCH --output=logs/sweep-%a.log
set -euo pipefail
mkdir -p results
ckpt=results/sweep-ckpt-$SLURM_ARRAY_TASK_ID.json
if [ -f "$ckpt" ]; then resume=(--resume "$ckpt"); else resume=(--checkpoint "$ckpt"); fi
# Every task and the merge must use the same cable1957 version and the same sweep file.
cable1957 sweep sweep.yaml --shard auto --quiet \
  "${resume[@]}" --out "results/sweep-part-$SLURM_ARRAY_TASK_ID.json"
