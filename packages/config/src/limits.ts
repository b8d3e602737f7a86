/**
 * Limits shared by the server and its callers that are not configuration (a client built
 * elsewhere must be able to rely on them). @crestwood/client's link sends at most
 * `maxCallsPerBatch` calls per request; /api/trpc refuses larger batches (400).
 */
export const API_LIMITS = { maxCallsPerBatch: 10 } as const;
