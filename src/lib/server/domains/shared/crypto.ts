import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';

/** 256-bit random token, URL-safe. */
export function randomToken(bytes = 32): string {
	return randomBytes(bytes).toString('base64url');
}

/** Tokens and codes are stored only as SHA-256 hashes. */
export function sha256Hex(value: string): string {
	return createHash('sha256').update(value).digest('hex');
}

/**
 * Secrets that must be read back (TOTP secrets) are stored sealed: AES-256-GCM with a key derived
 * from APP_SECRET (HKDF-SHA-256), as `v1:<iv>:<tag>:<ciphertext>` (base64url). The `context` is
 * bound to the value as associated data (e.g. `totp:<user id>`), so a sealed value copied into
 * another row does not open there.
 */
export type SecretBox = {
	seal(plain: string, context: string): string;
	/** Throws SecretUnreadable when the value was sealed with another key or context, or is damaged. */
	open(sealed: string, context: string): string;
	/** A short, harmless fingerprint of the key for the operator's log (compare two installations). */
	keyId: string;
};

const SEALED_V1 = /^v1:([A-Za-z0-9_-]{16}):([A-Za-z0-9_-]{22}):([A-Za-z0-9_-]*)$/;

/** Whether a stored value is in the sealed format (anything else is a legacy plain value). */
export function isSealed(value: string): boolean {
	return value.startsWith('v1:');
}

export class SecretUnreadable extends Error {
	constructor(message = 'the sealed value cannot be opened with this key') {
		super(message);
		this.name = 'SecretUnreadable';
	}
}

export function secretBox(appSecret: string): SecretBox {
	const key = Buffer.from(hkdfSync('sha256', appSecret, 'nfh-secrets-at-rest', 'aes-256-gcm v1', 32));
	const keyId = createHash('sha256').update('nfh-key-id').update(key).digest('hex').slice(0, 8);
	return {
		keyId,
		seal(plain, context) {
			const iv = randomBytes(12);
			const cipher = createCipheriv('aes-256-gcm', key, iv);
			cipher.setAAD(Buffer.from(context, 'utf8'));
			const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
			return ['v1', iv, cipher.getAuthTag(), ciphertext]
				.map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
				.join(':');
		},
		open(sealed, context) {
			const parts = SEALED_V1.exec(sealed);
			if (!parts) throw new SecretUnreadable('not a sealed value');
			try {
				const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(parts[1]!, 'base64url'));
				decipher.setAAD(Buffer.from(context, 'utf8'));
				decipher.setAuthTag(Buffer.from(parts[2]!, 'base64url'));
				return Buffer.concat([decipher.update(Buffer.from(parts[3]!, 'base64url')), decipher.final()]).toString('utf8');
			} catch {
				throw new SecretUnreadable();
			}
		}
	};
}
