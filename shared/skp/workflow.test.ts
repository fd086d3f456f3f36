import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { skpStatuses, type SkpStatus } from './tables';
import { canTake, isEditable, nextStatus, skpSteps, type SkpStep } from './workflow';

/**
 * The workflow as the regulation describes it (domain.md §3), written out here by hand so that
 * a change to the table in workflow.ts has to be a deliberate change to this one too.
 */
const expected: Record<SkpStep, Partial<Record<SkpStatus, SkpStatus>>> = {
  submit: { draft: 'submitted', returned: 'submitted' },
  approve: { submitted: 'approved' },
  return: { submitted: 'returned' },
  withdraw: { submitted: 'draft' },
  close: { draft: 'closed', submitted: 'closed', approved: 'closed', returned: 'closed' },
};

const pairs = (Object.keys(expected) as SkpStep[]).flatMap((step) => skpStatuses.map((status) => [step, status] as const));

describe('SKP workflow table', () => {
  it('has exactly the steps the regulation names', () => {
    expect(Object.keys(skpSteps).sort()).toEqual(['approve', 'close', 'return', 'submit', 'withdraw']);
    expect([...skpStatuses].sort()).toEqual(['approved', 'closed', 'draft', 'returned', 'submitted']);
  });

  it.each(pairs)('%s from %s', (step, status) => {
    const to = expected[step][status];
    expect(canTake(step, status)).toBe(to !== undefined);
    if (to) {
      expect(nextStatus(step, status)).toBe(to);
    } else {
      let thrown: unknown;
      try {
        nextStatus(step, status);
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(AppError);
      expect(thrown).toMatchObject({ code: 'skp.stepNotAllowed', params: { step, status } });
    }
  });

  it('lets only a draft or a returned SKP be edited', () => {
    expect(skpStatuses.filter(isEditable).sort()).toEqual(['draft', 'returned']);
  });

  it('never leads back into a status it may leave by the same step', () => {
    // A step that kept the SKP in a status it may be taken from again could be repeated forever.
    for (const [step, { to }] of Object.entries(skpSteps)) expect(canTake(step as SkpStep, to)).toBe(false);
  });
});
