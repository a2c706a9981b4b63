// Starts the built server with defaults that work on a fresh machine: port 3000, and an
// ORIGIN matching it so SvelteKit's cross-site check accepts the app's own form posts.
process.env.PORT ||= '3000';
process.env.ORIGIN ||= `http://localhost:${process.env.PORT}`;
process.env.DATABASE_PATH ||= 'data/bootcamp.db';

await import('../build/index.js');
