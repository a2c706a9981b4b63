import { db } from '$lib/server/db';
import { requireUser } from '$lib/server/access';
import { QUEUE_FILTERS, reviewQueuePage, type QueueFilter } from '$lib/server/exercises/review-service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const status = event.url.searchParams.get('status') ?? 'awaiting_review';
	const filter = {
		module: event.url.searchParams.get('module')?.slice(0, 80) ?? '',
		status: (QUEUE_FILTERS as readonly string[]).includes(status) ? (status as QueueFilter) : 'awaiting_review'
	};
	return reviewQueuePage(db(), user, event.params.id, filter, event.locals.locale);
};
