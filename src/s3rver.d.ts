// s3rver (dev dependency: a real S3-compatible server for the file store test) ships no types.
declare module 's3rver' {
	export default class S3rver {
		constructor(options: {
			port?: number;
			address?: string;
			silent?: boolean;
			directory: string;
			configureBuckets?: { name: string; configs?: unknown[] }[];
		});
		run(): Promise<{ address: string; port: number }>;
		close(): Promise<void>;
	}
}
