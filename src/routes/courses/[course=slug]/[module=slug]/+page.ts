// A lesson is read, not interacted with: served as plain HTML it needs no JavaScript at all,
// and its (large) content is not sent a second time as data for hydration.
export const csr = false;
