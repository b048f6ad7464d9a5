/** Internal (German only) texts of the search area. */
export const internalSearchDe = {} as const;
