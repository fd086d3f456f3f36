import { z } from 'zod';

/**
 * Office-wide settings an HR administrator can change. Each has a default so that a freshly
 * set-up office works before anyone opens the settings screen.
 */
export const OfficeSettingsSchema = z.object({
  /** Minutes without keyboard or mouse activity before the app locks itself. */
  idleLockMinutes: z.number().int().min(1).max(240),
});
export type OfficeSettings = z.infer<typeof OfficeSettingsSchema>;
export type SettingKey = keyof OfficeSettings;

export const defaultOfficeSettings: OfficeSettings = { idleLockMinutes: 10 };
