/** Internal (German only) texts of the home area. */
export const internalHomeDe = {} as const;
