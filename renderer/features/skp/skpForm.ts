import { v7 as uuidv7 } from 'uuid';
import type { SkpContentInput } from '../../../shared/skp/schemas';
import { defaultAspek, lampiranSections, type LampiranSection, type RhkKind, type SkpForm } from '../../../shared/skp/tables';
import type { Rhk, Skp } from '../../../shared/skp/types';

/** The editor's values: the SKP's content, with each lampiran list as lines of text. */
export type SkpFormValues = Omit<SkpContentInput, 'lampiran' | 'rhk'> & { rhk: Rhk[]; lampiran: Record<LampiranSection, string> };

export function toFormValues(skp: Skp): SkpFormValues {
  return {
    pendekatan: skp.pendekatan,
    rhk: skp.rhk,
    ekspektasi: { ...skp.ekspektasi },
    lampiran: Object.fromEntries(lampiranSections.map((s) => [s, skp.lampiran[s].join('\n')])) as Record<LampiranSection, string>,
  };
}

export function toContent(values: SkpFormValues): SkpContentInput {
  return {
    ...values,
    lampiran: Object.fromEntries(
      lampiranSections.map((s) => [
        s,
        values.lampiran[s]
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      ]),
    ) as SkpContentInput['lampiran'],
  };
}

/** A new RHK with an IKI row per usual aspek (kuantitas, kualitas, waktu) on the JA/JF form, one IKI on the JPT form. */
export function blankRhk(kind: RhkKind, form: SkpForm): Rhk {
  const aspek = form === 'jpt' ? [null] : defaultAspek;
  return {
    id: uuidv7(),
    kind,
    text: '',
    parent: null,
    assignment: '',
    perspektif: null,
    indicators: aspek.map((a) => ({ id: uuidv7(), aspek: a, text: '', target: null, unit: '', polarity: 'higher' })),
  };
}
