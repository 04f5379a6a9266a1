#!/bin/bash
# cable1957 on Slurm: 32 shards of one calibration as an array job, then a merge job.
#
#   jid=$(sbatch --parsable slurm-array.sh)
#   sbatch --dependency=afterok:$jid slurm-merge.sh
#
# Slurm sets SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_COUNT and SLURM_ARRAY_TASK_MIN; `--shard auto`
# reads them (ids may start anywhere: --array=1-32 and --array=0-31 both work; a stepped array
# such as 1-63:2 is refused). Without --shard auto cable1957 never looks at them.
# A requeued task (preemption, node failure) resumes from its checkpoint.
#SBATCH --job-name=cable1957-shards
#SBATCH --array=1-32
#SBATCH --cpus-per-task=1
#SBATCH --mem=512M
#SBATCH --time=04:00:00
#SBATCH --requeue
# Slurm does not create logs/ for --output: run `mkdir -p logs` before sbatch.
#SBATCH --output=logs/shard-%a.log
set -euo pipefail
mkdir -p results
ckpt=results/ckpt-$SLURM_ARRAY_TASK_ID.json
if [ -f "$ckpt" ]; then resume=(--resume "$ckpt"); else resume=(--checkpoint "$ckpt"); fi
# Every task and the merge must use the same cable1957 version and the same flags.
cable1957 calibrate --scenario my.yaml --points 3200 --shard auto --quiet \
  "${resume[@]}" --out "results/part-$SLURM_ARRAY_TASK_ID.json"
