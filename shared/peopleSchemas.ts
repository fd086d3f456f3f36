import { z } from 'zod';
import { asnTypes, nipField } from './account';
import { golonganCodes } from './golongan';
import { jenisJabatanList, jenjangByKategori, kategoriFungsionalList } from './jabatan';
import { employeeStatuses, unitKinds } from './people';

/** What HR types in the people forms; the repository checks the same schemas. */
export const peopleLimits = { unitName: 150, positionName: 200, personName: 100, gelar: 60, reason: 500 } as const;

const text = (max: number) => z.string().trim().min(1).max(max);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'field.invalidDate' }).refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), {
  message: 'field.invalidDate',
});

export const UnitInputSchema = z.object({
  name: text(peopleLimits.unitName),
  kind: z.enum(unitKinds).exclude(['opd']),
  parentId: z.string().min(1),
});
export type UnitInput = z.input<typeof UnitInputSchema>;

export const PositionInputSchema = z
  .object({
    name: text(peopleLimits.positionName),
    jenisJabatan: z.enum(jenisJabatanList),
    kategori: z.enum(kategoriFungsionalList).nullable(),
    jenjang: z.string().nullable(),
    unitId: z.string().min(1).nullable(),
    reportsToId: z.string().min(1).nullable(),
  })
  .superRefine((p, ctx) => {
    // Kategori and jenjang belong to jabatan fungsional only, and must match each other.
    if (p.jenisJabatan !== 'fungsional') {
      if (p.kategori || p.jenjang) ctx.addIssue({ code: 'custom', message: 'position.kategoriOnlyFungsional', path: ['kategori'] });
      return;
    }
    if (!p.kategori) ctx.addIssue({ code: 'custom', message: 'field.required', path: ['kategori'] });
    else if (!p.jenjang || !(jenjangByKategori[p.kategori] as readonly string[]).includes(p.jenjang)) {
      ctx.addIssue({ code: 'custom', message: 'position.jenjangMismatch', path: ['jenjang'] });
    }
  });
export type PositionInput = z.input<typeof PositionInputSchema>;

export const EmployeeInputSchema = z
  .object({
    asnType: z.enum(asnTypes),
    nip: z.string(),
    name: text(peopleLimits.personName),
    gelarDepan: z.string().trim().max(peopleLimits.gelar),
    gelarBelakang: z.string().trim().max(peopleLimits.gelar),
    golongan: z.string().nullable(),
    positionId: z.string().min(1).nullable(),
    unitId: z.string().min(1).nullable(),
    status: z.enum(employeeStatuses),
    tmtJabatan: isoDate.nullable(),
  })
  .superRefine((e, ctx) => {
    const nip = nipField(e.asnType).safeParse(e.nip);
    if (!nip.success) ctx.addIssue({ code: 'custom', message: nip.error.issues[0]!.message, path: ['nip'] });
    if (e.golongan !== null && !golonganCodes(e.asnType).includes(e.golongan)) {
      ctx.addIssue({ code: 'custom', message: 'employee.golonganInvalid', path: ['golongan'] });
    }
  })
  .transform((e) => ({ ...e, nip: e.nip.replace(/\s+/g, '') }));
export type EmployeeInput = z.input<typeof EmployeeInputSchema>;

export const AppraiserOverrideInputSchema = z.object({
  appraiserId: z.string().min(1),
  reason: text(peopleLimits.reason),
  delegated: z.boolean(),
});
export type AppraiserOverrideInput = z.input<typeof AppraiserOverrideInputSchema>;
