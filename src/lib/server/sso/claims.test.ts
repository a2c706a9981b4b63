import { describe, expect, it } from 'vitest';
import { passwordAllowed, personClaims } from './claims';

describe('personClaims', () => {
	it('keeps an email the provider verified, lower-cased, and drops one it did not', () => {
		expect(personClaims({ email: 'Ana.Silva@Ontario.ca', email_verified: true }).verifiedEmail).toBe('ana.silva@ontario.ca');
		expect(personClaims({ email: 'ana.silva@ontario.ca', email_verified: false }).verifiedEmail).toBeNull();
		expect(personClaims({ email: 'ana.silva@ontario.ca' }).verifiedEmail).toBeNull();
	});

	it("trusts Microsoft Entra's domain-verified claim (xms_edov) in place of email_verified", () => {
		expect(personClaims({ email: 'ana.silva@ontario.ca', xms_edov: true }).verifiedEmail).toBe('ana.silva@ontario.ca');
		expect(personClaims({ email: 'ana.silva@ontario.ca', xms_edov: '1' }).verifiedEmail).toBe('ana.silva@ontario.ca');
	});

	it('refuses something that is not an email even when marked verified', () => {
		expect(personClaims({ email: 'not an email', email_verified: true }).verifiedEmail).toBeNull();
		expect(personClaims({ email: ['a@b.ca'], email_verified: true }).verifiedEmail).toBeNull();
	});

	it('reads the name, or given and family names, without control characters', () => {
		expect(personClaims({ name: '  Ana\u0000  Silva ' }).name).toBe('Ana Silva');
		expect(personClaims({ given_name: 'Ana', family_name: 'Silva' }).name).toBe('Ana Silva');
		expect(personClaims({ name: 'x'.repeat(201) }).name).toBeNull();
		expect(personClaims({}).name).toBeNull();
	});

	it('maps the locale (or Entra xms_pl) to one of our two languages', () => {
		expect(personClaims({ locale: 'fr-CA' }).language).toBe('fr');
		expect(personClaims({ locale: 'en_CA' }).language).toBe('en');
		expect(personClaims({ xms_pl: 'fr' }).language).toBe('fr');
		expect(personClaims({ locale: 'de-DE' }).language).toBeNull();
		expect(personClaims({ locale: 'french' }).language).toBeNull();
	});
});

describe('passwordAllowed', () => {
	it('lets everyone use a password unless SIGN_IN=sso', () => {
		expect(passwordAllowed('password', null, 'a@b.ca', false)).toBe(true);
		expect(passwordAllowed('both', null, 'a@b.ca', false)).toBe(true);
	});

	it('with sso, keeps it only for the break-glass email, and only on an administrator', () => {
		expect(passwordAllowed('sso', 'root@ontario.ca', 'Root@Ontario.ca', true)).toBe(true);
		expect(passwordAllowed('sso', 'root@ontario.ca', 'root@ontario.ca', false)).toBe(false);
		expect(passwordAllowed('sso', 'root@ontario.ca', 'someone@ontario.ca', true)).toBe(false);
		expect(passwordAllowed('sso', null, 'root@ontario.ca', true)).toBe(false);
	});
});
