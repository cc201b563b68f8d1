import { Grid } from 'antd';

/** True below antd's md breakpoint (768px): the sider becomes a drawer, tables drop columns. */
export function useIsPhone(): boolean {
  const screens = Grid.useBreakpoint();
  // Before the first measurement every breakpoint is undefined; assume a desktop.
  return screens.md === false;
}
