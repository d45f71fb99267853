#!/usr/bin/env node
import { CliError } from './cli-error';
import { programFor } from './program';

programFor(process.argv)
  .then((program) => program.parseAsync(process.argv))
  .catch((err: unknown) => {
    if (err instanceof CliError) {
      process.stderr.write(err.message.endsWith('\n') ? err.message : `${err.message}\n`);
      process.exitCode = err.exitCode;
      return;
    }
    process.stderr.write(`oci-mlops: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 70;
  });
