// twitter-text 3.1.0 ships no types; we use only parseTweet, the platform's own counter.
declare module 'twitter-text' {
	export interface ParsedTweet {
		weightedLength: number;
		valid: boolean;
		permillage: number;
		validRangeStart: number;
		validRangeEnd: number;
		displayRangeStart: number;
		displayRangeEnd: number;
	}
	const twitterText: { parseTweet(text: string): ParsedTweet };
	export default twitterText;
}
