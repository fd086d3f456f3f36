import { ActionIcon, Button, Group, Select, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconArrowsMaximize, IconZoomIn, IconZoomOut } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../shared/roles';
import { expandedToLevel, filterCascade, type CascadeCounts } from '../../../shared/skp/cascade';
import { FullPageLoader } from '../../components/FullPageLoader';
import { PageHeader } from '../../components/PageHeader';
import type { UserRecord } from '../../db/records';
import { unitWithDescendants } from '../people/filterEmployees';
import { unitOptions } from '../people/unitOptions';
import { usePeriodLabel } from '../monitoring/usePeriodLabel';
import { CapaianHint, CapaianLegend } from './CapaianMarker';
import { CascadeTree, type Density } from './CascadeTree';
import { useCascadeCapaian } from './useCascadeCapaian';
import { useCascadeData } from './useCascadeData';

const LEVELS = [1, 2, 3, 4, 5, 6];
/** Sasaran, IKU, the head's RHK and the kabid's RHK show when the page opens. */
const DEFAULT_LEVEL = 4;

export function CascadePage({ user }: { user: UserRecord }) {
  const { t } = useTranslation('cascade');
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [density, setDensity] = useState<Density>(1);
  const [level, setLevel] = useState<number | null>(DEFAULT_LEVEL);
  const [expanded, setExpanded] = useState<ReadonlySet<string> | null>(null);
  /** The period the tree is coloured by; null: not coloured (the default). */
  const [colourBy, setColourBy] = useState<string | null>(null);
  const data = useCascadeData(year, can(user.roles, 'skp.readAll'));
  const colours = useCascadeCapaian(year, colourBy, data?.cascade, data?.skpIds);
  const periodLabel = usePeriodLabel();

  const shown = useMemo(() => {
    if (!data) return undefined;
    return unitId ? filterCascade(data.cascade, unitWithDescendants(data.units, unitId)) : data.cascade;
  }, [data, unitId]);
  const roots = useMemo(() => (shown ? [...shown.goals, ...shown.outside, ...shown.detached] : []), [shown]);
  const problems = useMemo(() => (shown ? [...shown.orphans, ...shown.cycles] : []), [shown]);
  // Until someone opens or closes a branch, the chosen level decides what is open.
  const open = useMemo(() => expanded ?? expandedToLevel([...roots, ...problems], (level ?? DEFAULT_LEVEL) - 1), [expanded, roots, problems, level]);

  const years = useMemo(() => Array.from({ length: 5 }, (_, i) => String(thisYear + 1 - i)), [thisYear]);
  if (!data || !shown) return <FullPageLoader />;

  const chooseLevel = (value: string | null) => {
    setLevel(value ? Number(value) : null);
    setExpanded(null);
  };

  return (
    <Stack>
      <PageHeader title={t('title')} intro={t('intro')} />
      <Group align="flex-end" gap="sm">
        <Select
          label={t('year')}
          data={years}
          value={String(year)}
          onChange={(v) => {
            if (!v) return;
            setYear(Number(v));
            setColourBy(null);
          }}
          allowDeselect={false}
          w={110}
        />
        <Select label={t('unit')} data={unitOptions(data.units)} value={unitId} onChange={setUnitId} placeholder={t('unitPlaceholder')} clearable searchable w={280} />
        <Select
          label={t('level')}
          data={LEVELS.map((l) => ({ value: String(l), label: t('levelOption', { level: l }) }))}
          value={level === null ? null : String(level)}
          onChange={chooseLevel}
          placeholder="—"
          w={170}
        />
        <Button
          variant="default"
          leftSection={<IconArrowsMaximize size={18} aria-hidden />}
          onClick={() => {
            setLevel(null);
            setExpanded(expandedToLevel([...roots, ...problems], Infinity));
          }}
        >
          {t('expandAll')}
        </Button>
        <Group gap={4}>
          <Tooltip label={t('zoomOut')}>
            <ActionIcon variant="default" size="lg" aria-label={t('zoomOut')} disabled={density === 0} onClick={() => setDensity((d) => (d > 0 ? ((d - 1) as Density) : d))}>
              <IconZoomOut size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('zoomIn')}>
            <ActionIcon variant="default" size="lg" aria-label={t('zoomIn')} disabled={density === 2} onClick={() => setDensity((d) => (d < 2 ? ((d + 1) as Density) : d))}>
              <IconZoomIn size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      <Summary counts={shown.counts} />
      <Group align="flex-end" gap="lg" wrap="nowrap">
        <Select
          label={t('colour.label')}
          data={[{ value: 'none', label: t('colour.none') }, ...colours.periods.map((p) => ({ value: p.key, label: periodLabel(p.key) }))]}
          value={colours.periodKey ?? 'none'}
          onChange={(v) => setColourBy(v === 'none' ? null : v)}
          allowDeselect={false}
          w={200}
        />
        {colours.periodKey && colours.rules && <CapaianHint capPercent={colours.rules.capPercent} period={periodLabel(colours.periodKey)} />}
      </Group>
      {colours.periodKey && colours.rules && <CapaianLegend rules={colours.rules} />}
      {colours.periodKey && !colours.byNode && (
        <Text size="sm" role="status">
          {t('colour.loading')}
        </Text>
      )}
      <CascadeTree
        label={t('tree', { year })}
        roots={roots}
        expanded={open}
        onExpandedChange={(next) => {
          setLevel(null);
          setExpanded(next);
        }}
        density={density}
        height="calc(100vh - 380px)"
        empty={t(unitId ? 'emptyFiltered' : 'empty')}
        capaian={colours.periodKey ? colours.byNode : undefined}
      />
      <section aria-labelledby="cascade-orphans">
        <Stack gap="xs">
          <Title order={2} id="cascade-orphans" size="h3">
            {t('orphans.title')}
          </Title>
          <Text size="sm">{t('orphans.intro')}</Text>
          {shown.cycles.length > 0 && <Text size="sm">{t('orphans.cycles')}</Text>}
          <CascadeTree
            label={t('orphanTree')}
            roots={problems}
            expanded={open}
            onExpandedChange={(next) => {
              setLevel(null);
              setExpanded(next);
            }}
            density={density}
            height="20rem"
            empty={t('orphans.empty')}
            capaian={colours.periodKey ? colours.byNode : undefined}
          />
        </Stack>
      </section>
    </Stack>
  );
}

/** The counts a planner checks first: how many RHK, and how many need fixing. */
function Summary({ counts }: { counts: CascadeCounts }) {
  const { t } = useTranslation('cascade');
  const items: { key: keyof CascadeCounts; tone?: 'problem' | 'warning' }[] = [
    { key: 'rhk' },
    { key: 'orphans', tone: 'problem' },
    { key: 'notIntervened', tone: 'warning' },
    { key: 'drafts', tone: 'warning' },
    ...(counts.cycles > 0 ? [{ key: 'cycles' as const, tone: 'problem' as const }] : []),
  ];
  return (
    <Group component="ul" aria-label={t('summary.label')} gap="lg" m={0} p={0} style={{ listStyle: 'none' }}>
      {items.map(({ key, tone }) => (
        <Text component="li" key={key} size="sm" fw={tone && counts[key] > 0 ? 700 : undefined} c={tone === 'problem' && counts[key] > 0 ? 'red.8' : undefined}>
          {t(`summary.${key}`, { count: counts[key] })}
        </Text>
      ))}
    </Group>
  );
}
