/** Thrown for a mistake the user can fix: printed as a plain message, exit code 1. */
export class UsageError extends Error {}

/**
 * Runs a command-line entry point so that no stack trace ever reaches the user: usage
 * errors print their message; anything unexpected prints one line naming the command.
 */
export function runCli(name: string, main: () => number | Promise<number>): void {
  Promise.resolve()
    .then(main)
    .then((code) => { process.exitCode = code; })
    .catch((e: unknown) => {
      const message = e instanceof Error ? e.message : String(e);
      console.error(e instanceof UsageError ? `${name}: ${message}` : `${name}: unexpected failure: ${message}`);
      process.exitCode = e instanceof UsageError ? 1 : 2;
    });
}
