/** Shapes the API returns, shared by routes (and shown in the OpenAPI document). */
import { z } from 'zod';
import { ROLES } from '../auth/roles.js';
import type { Tx } from '../db/connect.js';
import { regionsByCodes } from '../regions/queries.js';
import type { UserRow } from '../users/service.js';

export const userDto = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  regionCode: z.string(),
  regionName: z.string(),
  mustChangePassword: z.boolean(),
  disabled: z.boolean(),
});
export type UserDto = z.infer<typeof userDto>;

export async function toUserDtos(db: Tx, rows: UserRow[]): Promise<UserDto[]> {
  const names = new Map(
    (await regionsByCodes(db, [...new Set(rows.map((u) => u.regionCode))])).map((r) => [r.code, r.name]),
  );
  return rows.map((u) => ({
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    regionCode: u.regionCode,
    regionName: names.get(u.regionCode) ?? u.regionCode,
    mustChangePassword: u.mustChangePassword,
    disabled: u.disabled,
  }));
}

export const errorDto = z.object({ code: z.string(), message: z.string() });
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
export const regionCode = z.string().regex(/^\d{2,12}$/, '区划代码应为数字');
