import type { TFunction } from 'i18next';
import { displayName } from '../../../shared/people';
import type { ExportWorkbookRequest } from '../../../shared/spreadsheet';
import type { EmployeeRecord } from '../../db/records';
import type { PeopleData } from '../people/usePeopleData';

/** The appraiser chain of the people shown, as one styled sheet with headers in the active language. */
export function chainExport({ t, employees, data }: { t: TFunction<['people', 'common']>; employees: EmployeeRecord[]; data: PeopleData }): ExportWorkbookRequest {
  const office = data.units.find((u) => u.parentId === null)?.name ?? '';
  const day = new Date().toISOString().slice(0, 10);
  const header = (key: string) => t(`appraisers.exportColumns.${key}` as never);
  const person = (id: string | null) => (id ? data.employeesById.get(id) : undefined);
  return {
    suggestedName: `${t('appraisers.exportFileName')}-${day}.xlsx`,
    sheets: [
      {
        name: t('appraisers.title').slice(0, 31),
        title: `${t('appraisers.exportTitle', { office })} — ${day}`,
        columns: [
          { key: 'nip', header: header('nip'), type: 'text', width: 22 },
          { key: 'name', header: header('name'), type: 'text', width: 34 },
          { key: 'position', header: header('position'), type: 'text', width: 34 },
          { key: 'unit', header: header('unit'), type: 'text', width: 30 },
          { key: 'appraiserNip', header: header('appraiserNip'), type: 'text', width: 22 },
          { key: 'appraiser', header: header('appraiser'), type: 'text', width: 34 },
          { key: 'atasanNip', header: header('atasanNip'), type: 'text', width: 22 },
          { key: 'atasan', header: header('atasan'), type: 'text', width: 34 },
          { key: 'source', header: header('source'), type: 'text', width: 16 },
          { key: 'reason', header: header('reason'), type: 'text', width: 36 },
          { key: 'problems', header: header('problems'), type: 'text', width: 40 },
        ],
        rows: employees.flatMap((e) => {
          const chain = data.chain.get(e.id);
          if (!chain) return [];
          const appraiser = person(chain.appraiserId);
          const atasan = person(chain.atasanAppraiserId);
          return [
            {
              nip: e.nip,
              name: displayName(e),
              position: (e.positionId ? data.positionsById.get(e.positionId)?.name : null) ?? null,
              unit: (e.unitId ? data.unitsById.get(e.unitId)?.name : null) ?? null,
              appraiserNip: appraiser?.nip ?? null,
              appraiser: appraiser ? displayName(appraiser) : null,
              atasanNip: atasan?.nip ?? null,
              atasan: atasan ? displayName(atasan) : null,
              source: t(`appraisers.source.${chain.source}`),
              reason: e.appraiserOverride?.reason ?? null,
              problems: chain.problems.map((p) => t(`appraisers.problems.${p}`)).join('; ') || null,
            },
          ];
        }),
      },
    ],
  };
}
