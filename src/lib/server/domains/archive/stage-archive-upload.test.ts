import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '$tests/archive-fixtures';
import { discardStagedArchive, stageArchiveUpload, stagedArchivePath } from './stage-archive-upload';

describe('staged archive uploads', () => {
	const dir = path.join(tempDir('nfh-staging-'), 'archive-uploads');
	afterAll(() => fs.rmSync(path.dirname(dir), { recursive: true, force: true }));
	const body = (text: string) => new Blob([text]).stream();

	it('keeps an upload under a random id until it is discarded, and clears day-old ones', async () => {
		const old = await stageArchiveUpload(dir, body('alt'));
		const day = Date.now() / 1000 - 25 * 3600;
		fs.utimesSync(stagedArchivePath(dir, old)!, day, day);
		const token = await stageArchiveUpload(dir, body('PK archive bytes'));
		expect(fs.readFileSync(stagedArchivePath(dir, token)!, 'utf8')).toBe('PK archive bytes');
		expect(stagedArchivePath(dir, old)).toBeNull();
		discardStagedArchive(dir, token);
		expect(stagedArchivePath(dir, token)).toBeNull();
	});

	it('never resolves an id that is not one of its own', () => {
		expect(stagedArchivePath(dir, '../../etc/passwd')).toBeNull();
		expect(stagedArchivePath(dir, '')).toBeNull();
		expect(() => discardStagedArchive(dir, '../x')).not.toThrow();
	});
});
