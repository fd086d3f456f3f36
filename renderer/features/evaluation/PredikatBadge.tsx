import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLanguage, defaultLanguage } from '../../../shared/languages';
import { predikatLabels, type Predikat } from '../../../shared/evaluation/tables';

const color: Record<Predikat, string> = { 'sangat-baik': 'green', baik: 'teal', 'butuh-perbaikan': 'yellow', kurang: 'orange', 'sangat-kurang': 'red' };

/** A predikat by its official name in the active language (colour only adds to the text). */
export function PredikatBadge({ predikat }: { predikat: Predikat }) {
  const { i18n } = useTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  return (
    // Dark text: the light variant's own shade is too pale on teal and yellow (axe colour contrast).
    <Badge color={color[predikat]} c="dark.8" variant="light" tt="none">
      {predikatLabels[predikat][lang]}
    </Badge>
  );
}
