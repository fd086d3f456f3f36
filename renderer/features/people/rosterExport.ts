import type { TFunction } from 'i18next';
import { defaultLanguage, isLanguage, type Language } from '../../../shared/languages';
import type { Employee } from '../../../shared/people';
import { rosterTemplateColumns, type RosterField } from '../../../shared/roster/columns';
import { asnTypeLabels, jenisJabatanLabels, statusLabels } from '../../../shared/roster/values';
import type { ExportWorkbookRequest } from '../../../shared/spreadsheet';
import type { PeopleData } from './usePeopleData';

const languageOf = (lng: string): Language => (isLanguage(lng) ? lng : defaultLanguage);

/** The people shown (current search and filters) as a styled sheet in the active language. */
export function rosterExport({ t, language, employees, data }: { t: TFunction<['people', 'common']>; language: string; employees: Employee[]; data: PeopleData }): ExportWorkbookRequest {
  const lang = languageOf(language);
  const office = data.units.find((u) => u.parentId === null)?.name ?? '';
  const day = new Date().toISOString().slice(0, 10);
  const value = (e: Employee): Partial<Record<RosterField, string | null>> => {
    const position = e.positionId ? data.positionsById.get(e.positionId) : undefined;
    const appraiserId = data.chain.get(e.id)?.appraiserId;
    return {
      nip: e.nip,
      asnType: asnTypeLabels[e.asnType][lang],
      name: e.name,
      gelarDepan: e.gelarDepan || null,
      gelarBelakang: e.gelarBelakang || null,
      golongan: e.golongan,
      jabatan: position?.name ?? null,
      jenisJabatan: position ? jenisJabatanLabels[position.jenisJabatan][lang] : null,
      unitKerja: (e.unitId ? data.unitsById.get(e.unitId)?.name : null) ?? null,
      nipAtasan: (appraiserId ? data.employeesById.get(appraiserId)?.nip : null) ?? null,
      status: statusLabels[e.status][lang],
      tmtJabatan: e.tmtJabatan,
    };
  };
  // Template order and headers: an export can be edited and imported back.
  const columns = rosterTemplateColumns(lang);
  return {
    suggestedName: `${t('employees.exportFileName')}-${day}.xlsx`,
    sheets: [
      {
        name: t('employees.title').slice(0, 31),
        title: `${t('employees.exportTitle', { office })} — ${day}`,
        columns,
        rows: employees.map((e) => {
          const v = value(e);
          return Object.fromEntries(columns.map((c) => [c.key, v[c.key as RosterField] ?? null]));
        }),
      },
    ],
  };
}
