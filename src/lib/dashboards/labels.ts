// Words for the dashboards' codes, shared by the pages and the CSV exports.
import { m } from '$lib/paraglide/messages';
import type { ModuleStatus } from './statuses';
import type { ExpectedFinish, Risk, Standing } from './types';

export function statusLabel(status: ModuleStatus): string {
	switch (status) {
		case 'not_started':
			return m.status_not_started();
		case 'in_progress':
			return m.status_in_progress();
		case 'needs_review':
			return m.status_needs_review();
		case 'needs_revision':
			return m.status_needs_revision();
		case 'completed':
			return m.status_completed();
	}
}

export function standingLabel(standing: Standing): string {
	if (standing === 'finished') return m.dash_standing_finished();
	return standing === 'on_track' ? m.dash_standing_on_track() : m.dash_standing_behind();
}

export function riskLabel(risk: Risk, formatDate: (at: number) => string): string {
	switch (risk.kind) {
		case 'revision_waiting':
			return m.dash_risk_revision({ module: risk.module.title, date: formatDate(risk.since) });
		case 'quiz_failed':
			return m.dash_risk_quiz({ module: risk.module.title, count: risk.failures });
		case 'inactive':
			return risk.never ? m.dash_risk_never({ days: risk.days }) : m.dash_risk_inactive({ days: risk.days });
	}
}

const eventLabels: Record<string, () => string> = {
	module_viewed: m.dash_event_module_viewed,
	module_marked_complete: m.dash_event_module_marked_complete,
	quiz_attempted: m.dash_event_quiz_attempted,
	quiz_passed: m.dash_event_quiz_passed,
	exercise_submitted: m.dash_event_exercise_submitted,
	exercise_revision_requested: m.dash_event_exercise_revision_requested,
	exercise_approved: m.dash_event_exercise_approved,
	module_completed: m.dash_event_module_completed,
	reminder_manual: m.remind_event_manual,
	reminder_nudge: m.remind_event_nudge
};

export const eventLabel = (kind: string): string => eventLabels[kind]?.() ?? kind;

export function finishLabel(finish: ExpectedFinish, formatDate: (date: string) => string): string {
	const date = formatDate(finish.on);
	return {
		finished: m.dash_finish_finished({ date }),
		on_schedule: m.dash_finish_on_schedule({ date }),
		projected: m.dash_finish_projected({ date }),
		not_started: m.dash_finish_not_started({ date })
	}[finish.kind];
}
