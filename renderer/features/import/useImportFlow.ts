import { useEffect, useState } from 'react';
import type { AppErrorData } from '../../../shared/errors';
import type { WorkbookRows } from '../../../shared/spreadsheet';
import { toErrorData } from '../../components/ErrorText';
import { notifyError } from '../../components/notify';
import { api } from '../../platform/api';

/** What the preview needs of any plan to tell whether it may be written. */
interface Plan {
  fileIssues: readonly unknown[];
  counts: { invalid: number };
}

export type ImportStep<P, R> =
  | { name: 'choose' }
  | { name: 'reading'; fileName: string; phase: 'read' | 'check' }
  | { name: 'preview'; workbook: WorkbookRows; plan: P }
  | { name: 'writing'; written: number; total: number }
  | { name: 'done'; result: R };

export type WriteProgress = (progress: { written: number; total: number }) => void;

/**
 * The steps every spreadsheet import goes through: read the file in the worker, plan it, show
 * the plan, write it in one transaction, show the result. Any failure (the reader's, or the
 * repository refusing a stale plan) goes back to choosing a file with the error shown.
 */
export function useImportFlow<P extends Plan, R>(options: {
  plan: (workbook: WorkbookRows) => Promise<P>;
  apply: (plan: P, options: { allOrNothing: boolean }, onProgress: WriteProgress) => Promise<R>;
  /** Plan the file on screen again when this changes (a choice or the year the plan depends on). */
  replanOn: unknown;
  /** A plan still right for the current choice need not be made again. */
  isCurrent?: (plan: P) => boolean;
  /** Show "checking" between reading and planning (a large roster takes a moment). */
  announceCheck?: boolean;
}) {
  const { plan, apply, replanOn, isCurrent, announceCheck = true } = options;
  const [step, setStep] = useState<ImportStep<P, R>>({ name: 'choose' });
  const [error, setError] = useState<AppErrorData | null>(null);
  const [allOrNothing, setAllOrNothing] = useState(false);

  const failed = (e: unknown) => {
    setError(toErrorData(e));
    setStep({ name: 'choose' });
  };

  const read = async (file: File) => {
    setError(null);
    setStep({ name: 'reading', fileName: file.name, phase: 'read' });
    try {
      const workbook = await api.readSpreadsheet({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
      if (announceCheck) {
        setStep({ name: 'reading', fileName: file.name, phase: 'check' });
        await new Promise((resolve) => setTimeout(resolve, 0)); // let "checking" show before the work
      }
      setStep({ name: 'preview', workbook, plan: await plan(workbook) });
    } catch (e) {
      failed(e);
    }
  };

  useEffect(() => {
    if (step.name !== 'preview' || isCurrent?.(step.plan)) return;
    let current = true;
    void plan(step.workbook).then((next) => current && setStep({ ...step, plan: next }), notifyError);
    return () => {
      current = false;
    };
    // Only the choice triggers a new plan; the step it starts from is the one on screen.
  }, [replanOn]);

  const write = async (ready: P) => {
    setError(null);
    setStep({ name: 'writing', written: 0, total: 1 });
    try {
      const result = await apply(ready, { allOrNothing }, ({ written, total }) => setStep({ name: 'writing', written, total }));
      setStep({ name: 'done', result });
    } catch (e) {
      failed(e);
    }
  };

  const blocked = step.name === 'preview' && (step.plan.fileIssues.length > 0 || (allOrNothing && step.plan.counts.invalid > 0));

  return {
    step,
    error,
    allOrNothing,
    setAllOrNothing,
    blocked,
    read: (file: File) => void read(file),
    write: (ready: P) => void write(ready),
    restart: () => setStep({ name: 'choose' }),
  };
}
