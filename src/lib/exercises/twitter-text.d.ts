// twitter-text 3.1.0 ships no types. Tests, scripts and server code use it (the browser does not:
// src/lib/exercises/x-length.ts, src/lib/posts/twitter-data.ts): parseTweet, the platform's own
// counter, with its configurations, its link extractor and the patterns it is built from.
declare module 'twitter-text' {
	/** The same fields as our own counter's (src/lib/exercises/x-length.ts), which the tests hold to it. */
	export type ParsedTweet = import('./x-length').XLength;
	export interface UrlEntity {
		url: string;
		indices: [number, number];
	}
	const twitterText: {
		parseTweet(text: string, options?: object): ParsedTweet;
		configs: Record<string, object>;
		extractUrlsWithIndices(text: string): UrlEntity[];
		regexen: Record<'validGTLD' | 'validCCTLD' | 'latinAccentChars' | 'validUrlPath' | 'validUrlQueryChars' | 'validUrlQueryEndingChars', RegExp>;
	};
	export default twitterText;
}
