/** The platforms a simulated post can be written for, and how each one shows a post. */
export const PLATFORMS = ['x', 'facebook', 'instagram', 'linkedin', 'threads', 'bluesky'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const PLATFORM_NAMES: Record<Platform, string> = {
	x: 'X',
	facebook: 'Facebook',
	instagram: 'Instagram',
	linkedin: 'LinkedIn',
	threads: 'Threads',
	bluesky: 'Bluesky'
};
