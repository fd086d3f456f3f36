import { describe, expect, it } from 'vitest';
import { applicationMenuTemplate } from './menu';

const roles = (template: ReturnType<typeof applicationMenuTemplate>) => template?.map((item) => item.role);

describe('applicationMenuTemplate', () => {
  it('has no menu on Windows and Linux in production', () => {
    expect(applicationMenuTemplate({ isMac: false, withDevTools: false })).toBeNull();
  });

  it('keeps only app, edit and window menus on macOS in production (nothing reloads or opens DevTools)', () => {
    expect(roles(applicationMenuTemplate({ isMac: true, withDevTools: false }))).toEqual([
      'appMenu',
      'editMenu',
      'windowMenu',
    ]);
  });

  it('adds the View menu (reload, DevTools) only for development', () => {
    expect(roles(applicationMenuTemplate({ isMac: false, withDevTools: true }))).toEqual([
      'editMenu',
      'viewMenu',
      'windowMenu',
    ]);
  });
});
