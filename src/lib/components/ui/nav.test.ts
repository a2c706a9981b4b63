import { describe, expect, it } from 'vitest';
import { currentLink, type NavLink } from './nav';

const admin: NavLink[] = [
	{ href: '/', label: 'Home', covers: ['/courses'] },
	{ href: '/admin', label: 'Cohorts', covers: ['/cohorts'] },
	{ href: '/admin/people', label: 'People' },
	{ href: '/admin/records', label: 'Records' }
];

describe('currentLink', () => {
	it('marks only People on the People page, not Cohorts as well', () => {
		expect(currentLink('/admin/people', admin)).toEqual({ href: '/admin/people', current: 'page' });
		expect(currentLink('/admin', admin)).toEqual({ href: '/admin', current: 'page' });
	});

	it('marks the section of a page inside it, the most specific one', () => {
		expect(currentLink('/admin/records/abc', admin)).toEqual({ href: '/admin/records', current: 'true' });
		expect(currentLink('/admin/reports', admin)).toEqual({ href: '/admin', current: 'true' });
		expect(currentLink('/cohorts/abc/dashboard', admin)).toEqual({ href: '/admin', current: 'true' });
		expect(currentLink('/courses/bootcamp/welcome', admin)).toEqual({ href: '/', current: 'true' });
	});

	it('marks nothing on a page outside every section, and Home is never the section of everything', () => {
		expect(currentLink('/records', admin)).toBeNull();
		expect(currentLink('/administration', admin)).toBeNull();
		expect(currentLink('/', admin)).toEqual({ href: '/', current: 'page' });
	});
});
