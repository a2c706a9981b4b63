// The labelled corpus of posts the automatic checks are measured against (tests/fixtures/posts/*.yaml).
// Format: tests/fixtures/posts/README.md.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { LABEL_IDS, type LabelId } from './floors';
import { PLATFORMS } from '../../src/lib/posts/platforms';
import type { CheckSettings, Platform, TaskKind } from '../../src/lib/exercises/types';
import type { Locale } from '../../src/lib/paraglide/runtime';

// A check id, or one of a check another branch is adding (floors.ts PENDING_CHECK_IDS).
const checkId = z.enum(LABEL_IDS as [LabelId, ...LabelId[]]);
const lang = z.enum(['en', 'fr']);

export const settingsSchema = z
	.object({
		readingGradeMax: z.number(),
		frenchLixMax: z.number(),
		hashtagsMax: z.number(),
		emojiMax: z.number(),
		keyTerms: z.object({ en: z.array(z.string()), fr: z.array(z.string()) }),
		officialDomains: z.array(z.string())
	})
	.partial()
	.passthrough();

export const itemSchema = z
	.object({
		id: z.string().min(1),
		platform: z.enum(PLATFORMS),
		task: z.enum(['compose', 'reply', 'bilingual', 'thread']).default('compose'),
		publicReply: z.boolean().optional(),
		lang: lang.default('en'),
		text: z.string(),
		alts: z.array(z.string()).default([]),
		/** A bilingual pair: the French post published with the English `text`. */
		french: z.string().optional(),
		frenchAlts: z.array(z.string()).default([]),
		/** A thread: the posts after the first (`text`), in the same language. */
		more: z.array(z.string()).default([]),
		settings: settingsSchema.optional(),
		/** The post is fine as written: no warning or error may fire but those in `fires`. */
		good: z.boolean(),
		fires: z.array(checkId).default([]),
		quiet: z.array(checkId).default([]),
		source: z.string().optional(),
		note: z.string().optional()
	})
	.strict();

export type CorpusItemInput = z.input<typeof itemSchema>;

export interface CorpusItem {
	/** file:id, unique across the corpus. */
	key: string;
	platform: Platform;
	task: Exclude<TaskKind, 'drill'>;
	publicReply: boolean;
	lang: Locale;
	text: string;
	alts: string[];
	french?: string;
	frenchAlts: string[];
	/** A thread's further posts, after `text`. */
	more: string[];
	settings: Partial<CheckSettings> & Record<string, unknown>;
	good: boolean;
	fires: LabelId[];
	quiet: LabelId[];
	source?: string;
	note?: string;
	/** A course example: where in the course (lesson, quiz, model answer, draft). */
	origin?: string;
	/** A course example whose problem no check can see: why (it counts as not flagged). */
	unchecked?: string;
	/** A course example whose fault the lesson teaches through the rubric, not an automatic check: why. */
	rubric?: string;
}

export const CORPUS_DIR = 'tests/fixtures/posts';

/** Validates one file's items; throws with the file, the item and the field on any mistake. */
export function corpusItems(file: string, raw: unknown): CorpusItem[] {
	const list = z.array(z.unknown()).parse(raw ?? []);
	return list.map((entry, i) => {
		const parsed = itemSchema.safeParse(entry);
		if (!parsed.success) {
			const where = (entry as { id?: string })?.id ?? `#${i + 1}`;
			throw new Error(`${file}: ${where}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`);
		}
		const item = parsed.data;
		const both = item.fires.filter((id) => item.quiet.includes(id));
		if (both.length) throw new Error(`${file}: ${item.id}: ${both.join(', ')} both in fires and quiet`);
		if (item.task === 'bilingual' && item.french === undefined) throw new Error(`${file}: ${item.id}: a bilingual item needs its French post`);
		return {
			key: `${file}:${item.id}`,
			platform: item.platform,
			task: item.task,
			publicReply: item.publicReply ?? item.task === 'reply',
			lang: item.task === 'bilingual' ? 'en' : item.lang,
			text: item.text,
			alts: item.alts,
			french: item.french,
			frenchAlts: item.frenchAlts,
			more: item.more,
			settings: (item.settings ?? {}) as CorpusItem['settings'],
			good: item.good,
			fires: item.fires,
			quiet: item.quiet,
			source: item.source,
			note: item.note
		};
	});
}

/** Every hand-written item in tests/fixtures/posts/*.yaml (course-labels.yaml labels the course's examples instead). */
export function loadWrittenCorpus(dir = CORPUS_DIR): CorpusItem[] {
	const items = readdirSync(dir)
		.filter((name) => name.endsWith('.yaml') && name !== 'course-labels.yaml')
		.sort()
		.flatMap((name) => corpusItems(name, parse(readFileSync(join(dir, name), 'utf8'))));
	const seen = new Set<string>();
	for (const item of items) {
		if (seen.has(item.key)) throw new Error(`${item.key} appears twice`);
		seen.add(item.key);
	}
	return items;
}
