/** Errors the pipeline raises for the caller, kept in a module without dependencies so the CLI loads fast. */

/** A path the user gave that matches nothing, or an option that cannot be used: the run cannot start. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
