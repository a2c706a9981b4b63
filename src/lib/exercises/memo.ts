/**
 * A memo that keeps what the last two runs of the checks used, and nothing older.
 *
 * While someone types, the checks run on every keystroke and most of the text is the same as the run
 * before: its sentences, words and pieces are remembered. A memo that is emptied only when it is full
 * keeps each entry for hundreds of keystrokes, long enough for the garbage collector to move it to the
 * old generation, where it dies later at the cost of a full collection (tens of milliseconds on a busy
 * phone, the tail of every benchmark). Here an entry lives as long as a run uses it: at the start of a
 * run (nextRun()), what the run before last used and the last did not is dropped, while still young.
 */
export class RunMemo<K, V> {
	private current = new Map<K, V>();
	private previous = new Map<K, V>();

	constructor() {
		memos.push(this);
	}

	get(key: K): V | undefined {
		const value = this.current.get(key);
		if (value !== undefined) return value;
		const kept = this.previous.get(key);
		if (kept !== undefined) this.current.set(key, kept);
		return kept;
	}

	set(key: K, value: V): void {
		// Code that reads texts without running the checks (no nextRun()) must not grow a memo forever.
		if (this.current.size >= MAX_ENTRIES) this.age();
		this.current.set(key, value);
	}

	/** The entries this run and the last one used. */
	get size(): number {
		let size = this.current.size;
		for (const key of this.previous.keys()) if (!this.current.has(key)) size++;
		return size;
	}

	// New maps, never Map.clear(): a map that lives long (old generation) and is cleared and refilled
	// keeps pulling its young entries into the old generation (2 MB a collection on a 2,200-character
	// post, measured with --trace-gc-nvp; 10 KB with new maps).
	age(): void {
		this.previous = this.current;
		this.current = new Map();
	}

	clear(): void {
		this.current = new Map();
		this.previous = new Map();
	}
}

const memos: RunMemo<unknown, unknown>[] = [];
/** Far more than one run of the longest post uses (its sentences, words and pieces). */
const MAX_ENTRIES = 5000;

/** Starts a run of the checks: entries the last run did not use are let go. */
export function nextRun(): void {
	for (const memo of memos) memo.age();
}

/** Forgets everything every memo holds: for the benchmark of a cold run. */
export function forgetRuns(): void {
	for (const memo of memos) memo.clear();
}
