/** Blank columns between tables that share a sheet, so a table can gain columns without colliding. */
export const TABLE_GAP = 2;

/** Excel's built-in table style for every table we create. */
export const TABLE_STYLE = 'TableStyleMedium2';
