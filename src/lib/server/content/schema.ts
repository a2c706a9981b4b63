import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens');
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** Which parts of a course a person must finish for a completion record (issue: completion records). */
export const completionRuleSchema = z
	.object({
		modules: z.union([z.literal('all'), z.array(slug).min(1)]).default('all'),
		quizzes_passed: z.union([z.literal('all'), z.literal('none'), z.array(slug)]).default('all'),
		exercises_approved: z.union([z.literal('all'), z.literal('none'), z.array(slug)]).default('all'),
		min_quiz_average: z.number().min(0).max(100).optional(),
		valid_for_months: z.number().int().min(1).max(120).optional()
	})
	.strict();

/** A value the course leaves to each ministry: its label and default, in both languages. */
export const courseSettingSchema = z
	.object({
		label: text(200),
		label_fr: text(200),
		en: text(300),
		fr: text(300)
	})
	.strict();

export const courseFrontmatterSchema = z
	.object({
		title: text(120),
		title_fr: text(120),
		summary: text(600),
		summary_fr: text(600),
		estimated_hours: z.number().positive().max(500),
		/** When a module opens the modules that require it: once its exercise is submitted, or only once approved. */
		unlock: z.enum(['on_submit', 'on_approval'], { error: 'must be on_submit or on_approval' }).default('on_approval'),
		settings: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/, 'setting names are lowercase words joined by _'), courseSettingSchema).default({}),
		completion: completionRuleSchema.default({
			modules: 'all',
			quizzes_passed: 'all',
			exercises_approved: 'all'
		})
	})
	.strict();

export const moduleFrontmatterSchema = z
	.object({
		title: text(140),
		minutes: z.number().int().min(1).max(600),
		objectives: z.array(text(300)).min(1, 'must list at least one learning objective'),
		requires: z.array(slug).default([])
	})
	.strict();

/** The French lesson repeats the words, not the settings. */
export const frenchModuleFrontmatterSchema = z
	.object({
		title: text(140),
		objectives: z.array(text(300)).min(1, 'must list at least one learning objective')
	})
	.strict();

export type CourseFrontmatter = z.infer<typeof courseFrontmatterSchema>;
export type UnlockRule = CourseFrontmatter['unlock'];
export type CompletionRule = z.infer<typeof completionRuleSchema>;
export type CourseSetting = z.infer<typeof courseSettingSchema>;
export type ModuleFrontmatter = z.infer<typeof moduleFrontmatterSchema>;

/** "objectives.1: must not be empty" — the path to the field, as an author would look for it. */
export function describeIssues(error: z.ZodError): { field: string; message: string }[] {
	return error.issues.map((issue) => ({
		field: issue.path.length ? issue.path.join('.') : '(top level)',
		message: issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')}` : issue.message
	}));
}
