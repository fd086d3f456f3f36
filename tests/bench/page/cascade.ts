import '@mantine/core/styles.css';
import { MantineProvider } from '@mantine/core';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { MemoryRouter } from 'react-router';
import { buildCascade, expandedToLevel, flattenVisible } from '../../../shared/skp/cascade';
import { theme } from '../../../renderer/app/theme';
import { CascadeTree } from '../../../renderer/features/cascade/CascadeTree';
import { initI18n } from '../../../renderer/i18n';
import { generateCascade, type GeneratedCascade } from '../../fixtures/cascade';
import type { CascadeTimings } from '../timings';

/**
 * The pohon kinerja of a 15,000-person office (60,000 RHK): building the tree and the rows of
 * its first levels (what the page computes before it can show anything), and, apart, the
 * time from that data to the tree's rows on screen.
 */

/** Levels open when the page opens: sasaran, IKU, head's RHK, kabid's RHK (CascadePage's default). */
const OPEN_LEVELS = 3;
const offices = new Map<string, GeneratedCascade>();

function office(size: number, seed: number): GeneratedCascade {
  const key = `${size}/${seed}`;
  if (!offices.has(key)) offices.set(key, generateCascade({ employees: size, seed }));
  return offices.get(key)!;
}

function treeOf(data: GeneratedCascade) {
  const cascade = buildCascade({ goals: data.goals, skps: data.skps, employees: data.employees, leaders: data.leaders });
  const roots = [...cascade.goals, ...cascade.outside, ...cascade.detached];
  return { cascade, roots, expanded: expandedToLevel(roots, OPEN_LEVELS) };
}

export function runCascade(size: number, seed: number): CascadeTimings {
  const data = office(size, seed);
  const t0 = performance.now();
  const { cascade, roots, expanded } = treeOf(data);
  const t1 = performance.now();
  const rows = flattenVisible(roots, expanded);
  const t2 = performance.now();
  return { build: t1 - t0, flatten: t2 - t1, compute: t2 - t0, rows: rows.length, rhk: cascade.counts.rhk, orphans: cascade.counts.orphans };
}

let i18nReady: Promise<unknown> | null = null;

/** From the data in hand to the first rows painted: build, rows, React render, one frame. */
export async function renderCascade(size: number, seed: number): Promise<number> {
  i18nReady ??= initI18n('id');
  await i18nReady;
  const data = office(size, seed);
  const host = document.createElement('div');
  document.body.append(host);
  const nonce = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce ?? '';
  const t0 = performance.now();
  const { roots, expanded } = treeOf(data);
  const root = createRoot(host);
  flushSync(() =>
    root.render(
      createElement(
        MantineProvider,
        { theme, getStyleNonce: () => nonce },
        createElement(MemoryRouter, null, createElement(CascadeTree, { label: 'bench', roots, expanded, onExpandedChange: () => undefined, density: 1, height: '800px', empty: null })),
      ),
    ),
  );
  // The virtualiser renders its rows once it has measured the scroll area: wait for them, then a frame.
  while (!host.querySelector('[role="treeitem"]')) await new Promise((done) => requestAnimationFrame(done));
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  const elapsed = performance.now() - t0;
  root.unmount();
  host.remove();
  return elapsed;
}
