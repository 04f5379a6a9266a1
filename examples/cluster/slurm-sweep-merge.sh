#!/bin/bash
# The merge step of slurm-sweep-array.sh (submit it with --dependency=afterok:<array job id>):
# the sweep's tidy CSV and its JSON, byte for byte as one run of all the points would give them.
#SBATCH --job-name=cable1957-sweep-merge
#SBATCH --cpus-per-task=1
#SBATCH --mem=2G                 # it reads every partial (sweep.yaml: ~200 MB)
#SBATCH --time=00:30:00
# Slurm does not create logs/ for --output: run `mkdir -p logs` before sbatch.
#SBATCH --output=logs/sweep-merge.log
set -euo pipefail
cable1957 merge results/sweep-part-*.json --format csv --out results/sweep.csv
cable1957 merge results/sweep-part-*.json --format json --out results/sweep.json
