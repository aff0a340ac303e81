// Mutation-testing follow-up for src/identifiers/: the guards of creditCodeCheckCharacter,
// normalizeCreditCode, isValidOrganizationCode and parseLicenseNumber, which issue a code that
// normalising cannot fix gets, and how much of a bad value a message quotes. Check characters are
// computed by hand in the comments (GB 32100-2015 as in /work/shared/FACTS.md; GB 11714-1997 for
// the organisation code: weights 3 7 9 10 5 8 4 2, check = 11 − (Σ mod 11), 10 → X, 11 → 0,
// digits count as themselves and letters A–Z as 10–35).
import { describe, expect, it } from 'vitest';
import {
  RuleInputError,
  creditCodeCheckCharacter,
  isValidOrganizationCode,
  issueCode,
  licenseNumberSchema,
  localizeIssue,
  normalizeCreditCode,
  parseLicenseNumber,
  unifiedSocialCreditCodeSchema,
} from '../../src/index.js';

function firstIssue(schema: typeof unifiedSocialCreditCodeSchema | typeof licenseNumberSchema, value: string) {
  const r = schema.safeParse(value);
  expect(r.success).toBe(false);
  const issue = r.error!.issues[0]!;
  return { code: issueCode(issue), zh: localizeIssue(issue, 'zh-CN'), en: localizeIssue(issue, 'en') };
}

describe('creditCodeCheckCharacter: undefined unless given 17 characters of the alphabet (its doc comment)', () => {
  it('the first 17 characters of a FACTS.md vector give its 18th (91350100M000100Y43 → 3)', () => {
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
  });

  it('16 or 18 characters give undefined, not a character for a padded or cut body', () => {
    expect(creditCodeCheckCharacter('91350100M000100Y')).toBeUndefined();
    expect(creditCodeCheckCharacter('91350100M000100Y43')).toBeUndefined();
    expect(creditCodeCheckCharacter('')).toBeUndefined();
  });

  it('17 things that are not a string (an array of the 17 characters) give undefined, never a TypeError', () => {
    expect(creditCodeCheckCharacter([...'91350100M000100Y4'] as never)).toBeUndefined();
    expect(creditCodeCheckCharacter({ length: 17 } as never)).toBeUndefined();
  });

  it('a character outside the 31-character alphabet (O, I, lower case) gives undefined', () => {
    // FACTS.md: the alphabet has no I, O, S, V, Z; lower-case letters are not in it either.
    expect(creditCodeCheckCharacter('91350100MO00100Y4')).toBeUndefined();
    expect(creditCodeCheckCharacter('9135010IM000100Y4')).toBeUndefined();
    expect(creditCodeCheckCharacter('91350100m000100Y4')).toBeUndefined();
  });
});

describe('normalizeCreditCode with a non-string', () => {
  it('throws RuleInputError (INVALID_ARGUMENT at "input") whose messages name what was expected', () => {
    // README "Errors": functions throw only the library's own errors.
    for (const input of [42, null, undefined, ['9135']]) {
      let caught: unknown;
      try {
        normalizeCreditCode(input as never);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(RuleInputError);
      const issue = (caught as RuleInputError).issues[0]!;
      expect(issue).toMatchObject({ path: ['input'], code: 'INVALID_ARGUMENT' });
      expect(issue.message['zh-CN']).not.toContain('undefined');
      expect(issue.message.en).not.toContain('undefined');
    }
  });
});

describe('USCC_NOT_CANONICAL only for what normalising would fix (README "Identifiers")', () => {
  it('lower case plus a hyphen: normalising cannot remove the hyphen, so the issue is the character', () => {
    // 18 characters; '-' is not in the GB 32100 alphabet and is not white space.
    expect(firstIssue(unifiedSocialCreditCodeSchema, '9131011066600721-t').code).toBe('USCC_CHARACTER');
  });

  it('lower case but one character short: normalising cannot fix the length, so the issue is the length', () => {
    // 17 characters once upper-cased and stripped of spaces.
    expect(firstIssue(unifiedSocialCreditCodeSchema, '91350200ma2yj1xr9').code).toBe('USCC_LENGTH');
    expect(firstIssue(unifiedSocialCreditCodeSchema, '9135 0200 ma2y j1xr 9').code).toBe('USCC_LENGTH');
    // Control: the same code with all 18 characters is a case problem (FACTS.md vector 91350200MA2YJ1XR9G).
    expect(firstIssue(unifiedSocialCreditCodeSchema, '91350200ma2yj1xr9g').code).toBe('USCC_NOT_CANONICAL');
  });

  it('the USCC_CHARACTER message quotes an 18-character code whole (docs/performance.md: up to 40 are quoted)', () => {
    const code = '91310110666OO7217T';
    const issue = firstIssue(unifiedSocialCreditCodeSchema, code);
    expect(issue.code).toBe('USCC_CHARACTER');
    for (const text of [issue.zh, issue.en]) {
      expect(text).toContain(code);
      // Nothing was cut, so nothing is marked as cut.
      expect(text).not.toContain('…');
    }
  });
});

describe('isValidOrganizationCode (GB 11714-1997, hand-computed check characters)', () => {
  it('accepts M000100Y4, positions 9–17 of the FACTS.md vector 91350100M000100Y43', () => {
    // M=22, Y=34: 22×3 + 0×7 + 0×9 + 0×10 + 1×5 + 0×8 + 0×4 + 34×2 = 66 + 5 + 68 = 139;
    // 139 mod 11 = 7; 11 − 7 = 4 → '4'.
    expect(isValidOrganizationCode('M000100Y4')).toBe(true);
  });

  it('accepts 100001000: a sum ≡ 0 (mod 11) gives 11, written 0', () => {
    // 1×3 + 0×7 + 0×9 + 0×10 + 0×5 + 1×8 + 0×4 + 0×2 = 11; 11 mod 11 = 0; 11 − 0 = 11 → '0'.
    expect(isValidOrganizationCode('100001000')).toBe(true);
    // 00000000: Σ = 0 → 11 → '0' as well.
    expect(isValidOrganizationCode('000000000')).toBe(true);
    expect(isValidOrganizationCode('100001001')).toBe(false);
  });

  it('rejects a correct 9-character code with a tenth character after it (a code has 9 characters)', () => {
    // The first nine, M000100Y4, are valid (above); a tenth makes it no organisation code at all.
    expect(isValidOrganizationCode('M000100Y40')).toBe(false);
    expect(isValidOrganizationCode('M000100Y4X')).toBe(false);
    // ... and with a character in front, the last nine (000100Y40) are not what is checked either.
    expect(isValidOrganizationCode('0M000100Y4')).toBe(false);
  });

  it('rejects non-strings whose text would be a valid code, without a TypeError', () => {
    // String(['M000100Y4']) and String(100001000) are the valid codes above.
    expect(isValidOrganizationCode(['M000100Y4'] as never)).toBe(false);
    expect(isValidOrganizationCode(100001000 as never)).toBe(false);
  });
});

describe('licence numbers: how much of a bad value is quoted (docs/performance.md: at most 40 characters)', () => {
  it('a 50-character value: its first 40 characters are quoted, not the 41st', () => {
    const value = '1234567890'.repeat(5);
    const issue = firstIssue(licenseNumberSchema, value);
    expect(issue.code).toBe('LICENSE_NUMBER_FORMAT');
    for (const text of [issue.zh, issue.en]) {
      expect(text).toContain(value.slice(0, 40));
      expect(text).not.toContain(value.slice(0, 41));
    }
  });

  it('a value of exactly 40 characters, and a short one, are quoted whole with no cut mark', () => {
    for (const value of ['1234567890'.repeat(4), 'XK16-2040-0397']) {
      const issue = firstIssue(licenseNumberSchema, value);
      expect(issue.code).toBe('LICENSE_NUMBER_FORMAT');
      for (const text of [issue.zh, issue.en]) {
        expect(text).toContain(value);
        expect(text).not.toContain('…');
      }
    }
  });
});

describe('parseLicenseNumber with a non-string', () => {
  it('returns undefined even when the value would read as a well-formed number', () => {
    // Only strings are licence numbers (its signature); String(['XK16-204-00397']) is well formed.
    expect(parseLicenseNumber(['XK16-204-00397'] as never)).toBeUndefined();
    expect(parseLicenseNumber({ toString: () => '吉XK16-204-00397' } as never)).toBeUndefined();
    // Control: the string itself is parsed (FACTS.md format).
    expect(parseLicenseNumber('吉XK16-204-00397')?.serial).toBe('00397');
  });
});
