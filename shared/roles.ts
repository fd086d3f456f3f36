/**
 * Who may do what. Roles follow PermenPANRB 6/2022's actors: the HR administrator
 * (Admin Kepegawaian), the head of office (Pimpinan, who reads everything), the appraiser
 * (Pejabat Penilai) and the employee (Pegawai). A person may hold several roles.
 *
 * The repository layer enforces this table; the UI only uses it to hide what cannot be done.
 */
export const roles = ['admin_kepegawaian', 'pimpinan', 'pejabat_penilai', 'pegawai'] as const;
export type Role = (typeof roles)[number];

/** Actions on someone else's data or on the office. Actions on one's own account are always allowed. */
export const permissions = {
  'user.list': ['admin_kepegawaian', 'pimpinan'],
  'user.create': ['admin_kepegawaian'],
  'user.update': ['admin_kepegawaian'],
  'user.setActive': ['admin_kepegawaian'],
  'user.resetPassword': ['admin_kepegawaian'],
  'office.update': ['admin_kepegawaian'],
  'settings.update': ['admin_kepegawaian'],
  'audit.read': ['admin_kepegawaian', 'pimpinan'],
  /** Everyone's records. An appraiser still sees their own subordinates, anyone their own record. */
  'people.readAll': ['admin_kepegawaian', 'pimpinan'],
  'people.edit': ['admin_kepegawaian'],
  'people.import': ['admin_kepegawaian'],
  'organisation.edit': ['admin_kepegawaian'],
  /** The office's sasaran strategis and IKU: the head of office sets them, HR types them in. */
  'goals.edit': ['admin_kepegawaian', 'pimpinan'],
  /** Everyone's SKP. An appraiser still sees their subordinates', anyone their own. */
  'skp.readAll': ['admin_kepegawaian', 'pimpinan'],
  /** Any SKP's draft, new SKPs for anyone, bulk assignment to anyone, import, mutasi versions. Approval stays the appraiser's. */
  'skp.manage': ['admin_kepegawaian'],
  /** The year's monitoring rhythm, deadline and caps, and reopening a locked period. */
  'monitoring.manage': ['admin_kepegawaian'],
  /** Every evaluation, draft or final (an appraiser sees their subordinates', the employee their own once final). */
  'evaluation.readAll': ['admin_kepegawaian', 'pimpinan'],
  /** Reopening a finalised evaluation, with a reason; recording the head of office's rating (appraised outside the office). */
  'evaluation.manage': ['admin_kepegawaian'],
} as const satisfies Record<string, readonly Role[]>;
export type Action = keyof typeof permissions;
export const actions = Object.keys(permissions) as Action[];

export function can(heldRoles: readonly Role[], action: Action): boolean {
  const allowed: readonly Role[] = permissions[action];
  return heldRoles.some((role) => allowed.includes(role));
}
