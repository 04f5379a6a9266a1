#!/usr/bin/env node
import { runCli } from './runCli.js';

// The process entry: everything testable lives in runCli; this only sets the exit code.
process.exitCode = await runCli(process.argv.slice(2));
