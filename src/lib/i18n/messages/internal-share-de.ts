/** Internal (German only) texts of the share area. */
export const internalShareDe = {} as const;
