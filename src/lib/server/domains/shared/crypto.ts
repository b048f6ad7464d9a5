import { createHash, randomBytes } from 'node:crypto';

/** 256-bit random token, URL-safe. */
export function randomToken(bytes = 32): string {
	return randomBytes(bytes).toString('base64url');
}

/** Tokens and codes are stored only as SHA-256 hashes. */
export function sha256Hex(value: string): string {
	return createHash('sha256').update(value).digest('hex');
}
