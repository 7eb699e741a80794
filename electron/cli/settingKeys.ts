// The keys `establish settings --set` takes, named once for its help and for the code that reads them.

/** The document settings --set can change, in the order help lists them. */
export const SETTING_KEY_NAMES = ['name', 'payYear', 'vacancyCosting', 'niRate', 'niThreshold', 'niUpperThreshold', 'levy', 'levyRate', 'redundancyMultiplier', 'redundancyWeekCap', 'redundancyWeekPay'] as const;

export const KEY_LIST = `${SETTING_KEY_NAMES.join(', ')}, organisation, pension, pension.ORGANISATION`;
