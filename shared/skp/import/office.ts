import { deriveAppraiserChain, superiorsInChain, type ChainEntry } from '../../appraiserChain';
import { isJpt } from '../../jabatan';
import { displayName, type Employee } from '../../people';
import type { SkpForm } from '../tables';
import type { Rhk } from '../types';
import { textKey } from './rows';
import type { SkpImportExisting, SkpImportOptions, SkpWithRev } from './types';

/** The office as the plan needs it, indexed once. */
export class Office {
  readonly employeeByNip = new Map<string, Employee>();
  readonly chain: Map<string, ChainEntry>;
  readonly jabatan = new Map<string, string>();
  readonly form = new Map<string, SkpForm>();
  /** Each person's live SKP of the year (the latest version) and whether they have any SKP of the year. */
  readonly liveSkp = new Map<string, SkpWithRev>();
  readonly hasSkp = new Set<string>();
  /** Stored RHK by owner and text key, and which people hold an RHK with a text (for "not your superior"). */
  readonly rhkByOwner = new Map<string, Map<string, Rhk[]>>();
  readonly rhkOwner = new Map<string, { employeeId: string; text: string }>();
  /** The leader RHK each stored RHK intervenes (null: none, or an IKU). */
  readonly rhkParent = new Map<string, string | null>();
  readonly textOwners = new Map<string, Set<string>>();
  readonly employeeById = new Map<string, Employee>();

  constructor(existing: SkpImportExisting, options: SkpImportOptions) {
    const positions = new Map(existing.positions.map((p) => [p.id, p]));
    for (const e of existing.employees) {
      if (e.officeId !== options.officeId) continue;
      this.employeeByNip.set(e.nip, e);
      this.employeeById.set(e.id, e);
      const position = e.positionId ? positions.get(e.positionId) : undefined;
      this.jabatan.set(e.id, position?.name ?? '');
      this.form.set(e.id, position && isJpt(position.jenisJabatan) ? 'jpt' : 'ja_jf');
    }
    this.chain = deriveAppraiserChain(existing.employees, existing.positions, options.officeId);
    for (const skp of existing.skps) {
      if (skp.officeId !== options.officeId || skp.year !== options.year) continue;
      this.hasSkp.add(skp.employeeId);
      if (skp.status === 'closed') continue;
      const current = this.liveSkp.get(skp.employeeId);
      if (!current || skp.version > current.version) this.liveSkp.set(skp.employeeId, skp);
    }
    for (const skp of this.liveSkp.values()) {
      const byText = new Map<string, Rhk[]>();
      this.rhkByOwner.set(skp.employeeId, byText);
      for (const rhk of skp.rhk) {
        const key = textKey(rhk.text);
        byText.set(key, [...(byText.get(key) ?? []), rhk]);
        this.rhkOwner.set(rhk.id, { employeeId: skp.employeeId, text: rhk.text });
        this.rhkParent.set(rhk.id, rhk.parent?.kind === 'rhk' ? rhk.parent.rhkId : null);
        this.addOwner(key, skp.employeeId);
      }
    }
  }

  addOwner(key: string, employeeId: string): void {
    const owners = this.textOwners.get(key) ?? new Set<string>();
    owners.add(employeeId);
    this.textOwners.set(key, owners);
  }

  /** The people above someone in the appraiser chain, nearest first (a loop stops the walk). */
  superiorsOf(employeeId: string): string[] {
    return superiorsInChain(this.chain, employeeId);
  }

  nameOf(employeeId: string): { name: string; nip: string } {
    const e = this.employeeById.get(employeeId);
    return { name: e ? displayName(e) : '', nip: e?.nip ?? '' };
  }
}

