// twitter-text 3.1.0 ships no types; we use parseTweet, the platform's own counter, and the patterns
// its link extractor is built from (its lists of top-level domains, its URL characters).
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
	export interface UrlEntity {
		url: string;
		indices: [number, number];
	}
	const twitterText: {
		parseTweet(text: string): ParsedTweet;
		extractUrlsWithIndices(text: string): UrlEntity[];
		regexen: Record<'validGTLD' | 'validCCTLD' | 'latinAccentChars' | 'validUrlPath' | 'validUrlQueryChars' | 'validUrlQueryEndingChars', RegExp>;
	};
	export default twitterText;
}
