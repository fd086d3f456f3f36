import { z } from 'zod';
import { defaultPerspektif } from './skp/tables';

/**
 * Office-wide settings an HR administrator can change. Each has a default so that a freshly
 * set-up office works before anyone opens the settings screen.
 */
export const OfficeSettingsSchema = z.object({
  /** Minutes without keyboard or mouse activity before the app locks itself. */
  idleLockMinutes: z.number().int().min(1).max(240),
  /** Perspektif of the JPT's SKP: the regulation gives examples, each office keeps its own list. */
  perspektif: z.array(z.string().trim().min(1).max(100)).min(1).max(12),
  /**
   * Input from colleagues on perilaku kerja (PermenPANRB 6/2022 lets the office choose): whether
   * the appraiser may ask for it, and whether the appraiser then sees who said what.
   */
  peerInput: z.object({ enabled: z.boolean(), anonymous: z.boolean() }).strict(),
});
export type OfficeSettings = z.infer<typeof OfficeSettingsSchema>;
export type SettingKey = keyof OfficeSettings;

export const defaultOfficeSettings: OfficeSettings = { idleLockMinutes: 10, perspektif: [...defaultPerspektif], peerInput: { enabled: false, anonymous: true } };
