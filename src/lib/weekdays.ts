/** ISO weekdays, 1 = Monday … 7 = Sunday (shared by server and components). */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
