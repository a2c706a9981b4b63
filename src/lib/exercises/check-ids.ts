/** Every automatic check, by id. Kept apart from the checks themselves so the scenario schema can name them cheaply. */
export const CHECK_IDS = [
	'length',
	'platform_limits',
	'hashtag_count',
	'hashtag_case',
	'alt_text_present',
	'alt_text_length',
	'alt_text_image_of',
	'alt_text_caption',
	'emoji_count',
	'emoji_position',
	'fancy_text',
	'reading_grade',
	'french_readability',
	'descriptive_links',
	'url_shortener',
	'official_domain',
	'key_message',
	'opening_filler',
	'language_match',
	'french_counterpart',
	'personal_numbers',
	'personal_contact',
	'public_reply_privacy',
	'partisan',
	'profanity',
	'bureaucratic_opener',
	'date_time_style',
	'anglicisms',
	'spelling',
	'all_caps',
	'alt_text_extras',
	'emergency_emoji',
	'public_reply_address',
	'engagement_bait',
	'image_only_details',
	'hashtag_broken'
] as const;

export type CheckId = (typeof CHECK_IDS)[number];

export const SEVERITIES = ['error', 'warning', 'advice'] as const;
export type Severity = (typeof SEVERITIES)[number];
