#!/bin/bash
# The merge step of slurm-array.sh (submit it with --dependency=afterok:<array job id>): the
# calibration report and the calibrated scenario, as one run of all 3200 points would give them.
#SBATCH --job-name=cable1957-merge
#SBATCH --cpus-per-task=1
#SBATCH --mem=1G
#SBATCH --time=00:30:00
# Slurm does not create logs/ for --output: run `mkdir -p logs` before sbatch.
#SBATCH --output=logs/merge.log
set -euo pipefail
cable1957 merge results/part-*.json --format json --out results/calibration.json \
  --scenario-out results/my.calibrated.yaml
