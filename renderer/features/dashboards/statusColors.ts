/** The status counters of the dashboards, in order, and their colours (always shown with their names). */
export const statusKeys = ['onTrack', 'atRisk', 'behind', 'missing'] as const;
export type StatusKey = (typeof statusKeys)[number];
export const statusColor: Record<StatusKey, string> = {
  onTrack: 'var(--mantine-color-green-7)',
  atRisk: 'var(--mantine-color-yellow-7)',
  behind: 'var(--mantine-color-red-7)',
  missing: 'var(--mantine-color-gray-6)',
};
