import { z } from 'zod';
import { parseNip, normaliseNip } from './nip';
import { roles } from './roles';
import { languages } from './languages';

/** Limits on what people type; long enough for real names, short enough to print. */
export const limits = {
  personName: 100,
  instansi: 150,
  officeName: 150,
  officeCode: 30,
  passwordMin: 8,
  passwordMax: 128,
} as const;

/** Empty reads as "required", not "too short": the first check reports it before the length check. */
const trimmed = (max: number, min = 1) => z.string().trim().min(1).min(min).max(max);

/** Jenis ASN: civil servant (PNS) or government employee on contract (PPPK). */
export const asnTypes = ['pns', 'pppk'] as const;
export type AsnType = (typeof asnTypes)[number];

/**
 * A PNS NIP is checked part by part (nip.ts). A PPPK's NI PPPK has another layout that
 * offices read differently, so only its 18 digits are checked here.
 */
export function nipField(asnType: AsnType = 'pns') {
  return z
    .string()
    .transform(normaliseNip)
    .superRefine((nip, ctx) => {
      if (nip.length === 0) {
        ctx.addIssue({ code: 'custom', message: 'field.required' });
        return;
      }
      if (asnType === 'pppk') {
        if (!/^\d{18}$/.test(nip)) ctx.addIssue({ code: 'custom', message: 'nip.notEighteenDigits' });
        return;
      }
      const result = parseNip(nip);
      if (!result.ok) ctx.addIssue({ code: 'custom', message: result.code });
    });
}

export const passwordField = z.string().min(limits.passwordMin, { message: 'password.tooShort' }).max(limits.passwordMax);

/** A new password is typed twice; the second copy must match. */
const newPassword = { password: passwordField, passwordConfirm: z.string() };
const passwordsMatch: [(v: { password: string; passwordConfirm: string }) => boolean, { message: string; path: string[] }] = [
  (v) => v.password === v.passwordConfirm,
  { message: 'password.mismatch', path: ['passwordConfirm'] },
];

export const OfficeIdentitySchema = z.object({
  instansi: trimmed(limits.instansi, 3),
  officeName: trimmed(limits.officeName, 3),
  officeCode: trimmed(limits.officeCode).regex(/^[A-Za-z0-9.\-/ ]+$/, { message: 'office.codeInvalid' }),
});
export type OfficeIdentity = z.infer<typeof OfficeIdentitySchema>;

export const AdminAccountSchema = z.object({ name: trimmed(limits.personName), nip: nipField('pns'), ...newPassword }).refine(...passwordsMatch);

export const SetupInputSchema = z.object({
  office: OfficeIdentitySchema,
  admin: AdminAccountSchema,
  /** The language the wizard was filled in becomes the administrator's own. */
  language: z.enum(languages).default('id'),
});
export type SetupInput = z.input<typeof SetupInputSchema>;

const roleList = z.array(z.enum(roles)).min(1).refine((r) => new Set(r).size === r.length, { message: 'field.invalid' });

export const NewUserSchema = z
  .object({ asnType: z.enum(asnTypes), name: trimmed(limits.personName), nip: z.string(), roles: roleList, ...newPassword })
  .refine(...passwordsMatch)
  .superRefine((v, ctx) => {
    // The NIP's rule depends on the jenis ASN chosen in the same form.
    const nip = nipField(v.asnType).safeParse(v.nip);
    if (!nip.success) ctx.addIssue({ code: 'custom', message: nip.error.issues[0]!.message, path: ['nip'] });
  })
  .transform((v) => ({ ...v, nip: normaliseNip(v.nip) }));
export type NewUserInput = z.input<typeof NewUserSchema>;

export const UserUpdateSchema = z.object({ name: trimmed(limits.personName), roles: roleList });
export type UserUpdateInput = z.input<typeof UserUpdateSchema>;

export const PasswordResetSchema = z.object(newPassword).refine(...passwordsMatch);
export type PasswordResetInput = z.input<typeof PasswordResetSchema>;

export const PasswordChangeSchema = z.object({ currentPassword: z.string().min(1), ...newPassword }).refine(...passwordsMatch);
export type PasswordChangeInput = z.input<typeof PasswordChangeSchema>;

export const SignInSchema = z.object({ nip: z.string().transform(normaliseNip).pipe(z.string().min(1)), password: z.string().min(1) });

export const LanguageSchema = z.enum(languages);
