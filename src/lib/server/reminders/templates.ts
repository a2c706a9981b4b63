// The words of a reminder and of a manager's weekly digest, in the recipient's language, laid out
// by the mail domain's composeEmail. Pure: no database.
import { formatDate } from '$lib/format';
import { m } from '$lib/paraglide/messages';
import type { ComposedMessage } from '../mail/service';
import { composeEmail, siteLink, type LocalText } from '../mail/templates';
import type { DigestSummary } from './rules';

export interface ReminderEmail {
	kind: 'manual' | 'nudge';
	/** The instructor who sent it; null for the automatic nudge. */
	sender: string | null;
	note: string | null;
	course: LocalText;
	cohort: LocalText;
	/** The trainee's next step: its module, where it is, and the module's due date (YYYY-MM-DD) when known. */
	next: { kind: string; module: LocalText; path: string; dueOn: string | null } | null;
	/** Where "continue" leads when there is no next step (the course page). */
	coursePath: string;
	standing: 'finished' | 'on_track' | 'behind';
	completed: number;
	total: number;
	expected: number;
	/** Days without activity, for the nudge. */
	idleDays: number;
}

export function reminderMessage(email: ReminderEmail): ComposedMessage {
	return {
		kind: email.kind === 'manual' ? 'reminder' : 'reminder_nudge',
		compose: (to, { origin }) => {
			const language = to.language;
			const options = { locale: language };
			const course = email.course[language];
			const names = { course, cohort: email.cohort[language], sender: email.sender ?? '', days: email.idleDays };
			const manual = email.kind === 'manual';
			const paragraphs: string[] = [manual ? m.remind_mail_body_manual(names, options) : m.remind_mail_body_nudge(names, options)];
			if (email.next) {
				const module = email.next.module[language];
				paragraphs.push(
					email.next.kind === 'revision'
						? m.remind_mail_next_revision({ module }, options)
						: email.next.kind === 'waiting'
							? m.remind_mail_next_waiting({ module }, options)
							: m.remind_mail_next({ module }, options)
				);
				if (email.next.dueOn) paragraphs.push(m.remind_mail_due({ module, date: formatDate(email.next.dueOn, language) }, options));
			}
			const counts = { completed: email.completed, total: email.total, expected: email.expected };
			if (email.standing === 'behind') paragraphs.push(m.remind_mail_behind(counts, options));
			else if (email.standing === 'on_track') paragraphs.push(m.remind_mail_on_track(counts, options));
			else paragraphs.push(m.remind_mail_finished({}, options));
			const subject = manual ? m.remind_mail_subject_manual(names, options) : m.remind_mail_subject_nudge(names, options);
			return composeEmail({
				language,
				subject,
				heading: subject,
				greeting: m.mail_greeting({ name: to.name }, options),
				paragraphs,
				quote: email.note ? { heading: m.remind_mail_note({ sender: email.sender ?? '' }, options), text: email.note } : undefined,
				links: [{ label: m.remind_mail_action({ course }, options), url: siteLink(origin, email.next?.path ?? email.coursePath, language) }],
				after: manual ? [] : [m.remind_mail_nudge_why({ cohort: email.cohort[language] }, options)]
			});
		}
	};
}

/** A manager's weekly digest: optional email, so queued with an unsubscribe link. */
export function digestMessage(summary: DigestSummary): ComposedMessage {
	return {
		kind: 'manager_digest',
		compose: (to, { origin, unsubscribeUrl }) => {
			const language = to.language;
			const options = { locale: language };
			const colon = language === 'fr' ? '\u00a0:' : ':';
			const paragraphs: string[] = [m.digest_mail_intro({}, options)];
			paragraphs.push(
				summary.finished.length ? m.digest_mail_finished_heading({ count: summary.finished.length }, options) + colon : m.digest_mail_none_finished({}, options)
			);
			for (const line of summary.finished) paragraphs.push(`• ${m.digest_mail_line_finished({ ...line, date: formatDate(line.on, language) }, options)}`);
			paragraphs.push(
				summary.behind.length ? m.digest_mail_behind_heading({ count: summary.behind.length }, options) + colon : m.digest_mail_none_behind({}, options)
			);
			for (const line of summary.behind) paragraphs.push(`• ${m.digest_mail_line_behind(line, options)}`);
			paragraphs.push(m.digest_mail_on_track({ count: summary.onTrack }, options));
			return composeEmail({
				language,
				subject: m.digest_mail_subject({}, options),
				heading: m.digest_mail_subject({}, options),
				greeting: m.mail_greeting({ name: to.name }, options),
				paragraphs,
				links: [{ label: m.digest_mail_action({}, options), url: siteLink(origin, '/team', language) }],
				after: [m.digest_mail_why({}, options)],
				unsubscribeUrl
			});
		}
	};
}
