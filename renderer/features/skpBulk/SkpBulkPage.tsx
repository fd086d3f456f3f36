import { Alert, Button, Group, List, Stack } from '@mantine/core';
import { IconListCheck } from '@tabler/icons-react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { AppErrorData } from '../../../shared/errors';
import { displayName } from '../../../shared/people';
import { can } from '../../../shared/roles';
import { defaultAspek, type Aspek } from '../../../shared/skp/tables';
import { useRepo } from '../../app/RepoContext';
import { toErrorData } from '../../components/ErrorText';
import { FormAlert } from '../../components/FormAlert';
import { FullPageLoader } from '../../components/FullPageLoader';
import { PageHeader } from '../../components/PageHeader';
import { notifySuccess } from '../../components/notify';
import { bulkAssignRhk } from '../../db/skp/bulkAssign';
import type { UserRecord } from '../../db/records';
import { useFormat } from '../../i18n/format';
import { useSignedInSession } from '../auth/session';
import { usePeopleData } from '../people/usePeopleData';
import { bulkCandidates, filterCandidates, leaderRhkOptions, noCandidateFilter, type CandidateFilter } from './bulkCandidates';
import { LeaderRhkSection } from './LeaderRhkSection';
import { NewRhkSection, type NewRhkDraft, type NewRhkErrors } from './NewRhkSection';
import { StaffSection } from './StaffSection';
import { copyTarget, draftsFromLeader, gridProblems, ikiDraftProblems, ikiLabels, splitTargetAmong, targetsOf, type IkiDraft, type TargetGrid } from './targetGrid';
import { TargetGridSection } from './TargetGridSection';
import { useYearSkps } from './useBulkData';

const MAX_LISTED_PROBLEMS = 8;
const emptyDraft: NewRhkDraft = { text: '', kind: 'utama', indicators: [] };
const noErrors: NewRhkErrors = { text: false, iki: [] };

function yearOf(search: URLSearchParams): number {
  const year = Number(search.get('year'));
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : new Date().getFullYear();
}

/**
 * Bulk assignment (issue 4, item 5): one leader RHK, with its IKIs, written into the SKPs of
 * many staff at once, each with their own targets. The page only offers the people the
 * signed-in person may edit; bulkAssignRhk checks it all again and writes all or nothing.
 */
export function SkpBulkPage({ user }: { user: UserRecord }) {
  const { t } = useTranslation(['skpBulk', 'skp']);
  const repo = useRepo();
  const session = useSignedInSession();
  const format = useFormat();
  const collator = useMemo(() => new Intl.Collator(format.locale, { sensitivity: 'base' }), [format.locale]);
  const people = usePeopleData();
  // The year is kept in the URL (?year=), as on the SKP list that links here.
  const [search, setSearch] = useSearchParams();
  const year = yearOf(search);
  const yearSkps = useYearSkps(year);
  const [leaderRhkId, setLeaderRhkId] = useState<string | null>(null);
  const [filter, setFilter] = useState<CandidateFilter>(noCandidateFilter);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [draft, setDraft] = useState<NewRhkDraft>(emptyDraft);
  const [grid, setGrid] = useState<TargetGrid>({});
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);
  const nextKey = useRef(0);

  const skps = useMemo(() => (yearSkps?.year === year ? yearSkps.skps : []), [yearSkps, year]);
  const options = useMemo(() => (people ? leaderRhkOptions(skps, people.chain, collator) : []), [skps, people, collator]);
  const chosen = options.find((o) => o.rhk.id === leaderRhkId) ?? null;
  const actor = useMemo(
    () => ({ manage: can(user.roles, 'skp.manage'), appraiserId: user.roles.includes('pejabat_penilai') ? (people?.own?.id ?? null) : null }),
    [user.roles, people?.own],
  );
  const candidates = useMemo(() => {
    if (!people || !chosen) return [];
    return filterCandidates(bulkCandidates({ employees: people.employees, chain: people.chain, skps, leaderId: chosen.ownerId, actor }), people.units, noCandidateFilter, collator);
  }, [people, chosen, skps, actor, collator]);
  const shown = useMemo(() => (people ? filterCandidates(candidates, people.units, filter, collator) : []), [candidates, people, filter, collator]);
  // What is chosen is what is still open to changes: someone whose SKP was just submitted drops out.
  const chosenPeople = useMemo(() => candidates.filter((c) => !c.locked && selected.has(c.employee.id)).map((c) => c.employee), [candidates, selected]);
  const chosenIds = useMemo(() => new Set(chosenPeople.map((e) => e.id)), [chosenPeople]);
  const labels = useMemo(() => ikiLabels(draft.indicators, (a) => t(`skp:aspek.${a}`)), [draft.indicators, t]);

  const problems = useMemo(() => (attempted ? gridProblems(grid, chosenPeople.map((e) => e.id), draft.indicators) : []), [attempted, grid, chosenPeople, draft.indicators]);
  const invalid = useMemo(() => new Set(problems.map((p) => `${p.employeeId}/${p.ikiKey}`)), [problems]);
  const draftErrors: NewRhkErrors = attempted ? { text: !draft.text.trim(), iki: ikiDraftProblems(draft.indicators) } : noErrors;
  const rhkIncomplete = draftErrors.text || draftErrors.iki.length > 0;

  const newRow = useCallback((aspek: Aspek): IkiDraft => ({ key: `new-${nextKey.current++}`, aspek, text: '', unit: '', polarity: 'higher', leaderTarget: null }), []);
  const onCell = useCallback((employeeId: string, ikiKey: string, value: number | null) => setGrid((g) => ({ ...g, [employeeId]: { ...g[employeeId], [ikiKey]: value } })), []);

  if (!people || !yearSkps) return <FullPageLoader />;

  const chooseLeader = (rhkId: string | null) => {
    setLeaderRhkId(rhkId);
    setGrid({});
    setAttempted(false);
    setError(null);
    const option = options.find((o) => o.rhk.id === rhkId);
    if (!option) return setDraft(emptyDraft);
    const fromLeader = draftsFromLeader(option.rhk.indicators);
    setDraft({ text: option.rhk.text, kind: 'utama', indicators: fromLeader.length > 0 ? fromLeader : defaultAspek.map(newRow) });
  };
  const leaderTarget = (ikiKey: string) => draft.indicators.find((i) => i.key === ikiKey)?.leaderTarget ?? null;
  const ids = chosenPeople.map((e) => e.id);
  const nameOf = (id: string) => displayName(chosenPeople.find((e) => e.id === id)!);

  const save = async () => {
    setAttempted(true);
    setError(null);
    const cells = gridProblems(grid, ids, draft.indicators);
    if (!draft.text.trim() || ikiDraftProblems(draft.indicators).length > 0 || cells.length > 0 || !chosen) return;
    setBusy(true);
    try {
      const written = await bulkAssignRhk(repo, session, {
        year,
        leaderRhkId: chosen.rhk.id,
        kind: draft.kind,
        text: draft.text,
        indicators: draft.indicators.map(({ aspek, text, unit, polarity }) => ({ aspek, text, unit, polarity })),
        people: ids.map((employeeId) => ({ employeeId, targets: targetsOf(grid, employeeId, draft.indicators) })),
      });
      notifySuccess(t('saved', { count: written.length }));
      setSelected(new Set());
      setGrid({});
      setAttempted(false);
    } catch (e) {
      setError(toErrorData(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack>
      <PageHeader title={t('title')} intro={t('intro')} />
      <LeaderRhkSection
        year={year}
        onYear={(y) => {
          setSearch({ year: String(y) }, { replace: true });
          chooseLeader(null);
        }}
        options={options}
        chosen={chosen}
        onChoose={chooseLeader}
      />
      {options.length > 0 && (
        <StaffSection
          ready={chosen !== null}
          candidates={candidates}
          shown={shown}
          filter={filter}
          onFilter={setFilter}
          selected={chosenIds}
          onSelected={setSelected}
          units={people.units}
          positionsById={people.positionsById}
          unitsById={people.unitsById}
        />
      )}
      {chosen && (
        <>
          <NewRhkSection draft={draft} onChange={setDraft} onAddIki={() => setDraft((d) => ({ ...d, indicators: [...d.indicators, newRow('kuantitas')] }))} errors={draftErrors} />
          <TargetGridSection
            people={chosenPeople}
            indicators={draft.indicators}
            labels={labels}
            grid={grid}
            invalid={invalid}
            onCell={onCell}
            onCopy={(key) => setGrid((g) => copyTarget(g, ids, key, leaderTarget(key)!))}
            onSplit={(key) => setGrid((g) => splitTargetAmong(g, ids, key, leaderTarget(key)!))}
          />
        </>
      )}
      {(problems.length > 0 || rhkIncomplete) && (
        <Alert color="red" variant="light" role="alert" title={t('grid.problems')}>
          <List size="sm">
            {rhkIncomplete && <List.Item>{t('grid.rhkIncomplete')}</List.Item>}
            {problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => (
              <List.Item key={`${p.employeeId}/${p.ikiKey}`}>{t(`grid.${p.problem}`, { iki: labels.get(p.ikiKey) ?? '', name: nameOf(p.employeeId) })}</List.Item>
            ))}
          </List>
          {problems.length > MAX_LISTED_PROBLEMS && t('grid.more', { count: problems.length - MAX_LISTED_PROBLEMS })}
        </Alert>
      )}
      <FormAlert error={error} />
      {chosen && (
        <Group justify="flex-end">
          <Button leftSection={<IconListCheck size={18} aria-hidden />} loading={busy} disabled={chosenPeople.length === 0 || draft.indicators.length === 0} onClick={() => void save()}>
            {t('save')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
