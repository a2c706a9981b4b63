// Plain JavaScript so scripts/start.js can read it before the built server starts: adapter-node's
// BODY_SIZE_LIMIT defaults to this number, and the app's own checks use the same one.

/** The largest request body the server reads, in bytes (1 MB): a roster file and its form fit in it. */
export const MAX_BODY_BYTES = 1024 * 1024;
