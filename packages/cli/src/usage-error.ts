/** Wrong use of a command (missing input and the like), reported without a stack trace. */
export class UsageError extends Error {}
