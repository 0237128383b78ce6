// The shared UI layer: what every feature and the shell build their controls from. Features may
// import this and the domain, nothing else beside them (eslint/architecture-plugin.js).
export { Button } from './button.tsx';
export type { ButtonProps } from './button.tsx';
export { FamilyMark } from './family-mark.tsx';
export type { FamilyMarkProps } from './family-mark.tsx';
export { Menu } from './menu.tsx';
export type { MenuItem, MenuProps } from './menu.tsx';
export { PanelFrame } from './panel-frame.tsx';
export type { PanelFrameProps } from './panel-frame.tsx';
export { Popover } from './popover.tsx';
export type { PopoverProps } from './popover.tsx';
export { useFocusOnMount } from './use-focus-on-mount.ts';
export { whenIdle } from './when-idle.ts';
