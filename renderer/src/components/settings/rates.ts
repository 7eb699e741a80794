// Converting between what people type (percentages, pounds) and what the document keeps
// (basis points, pence): shared with the command line.
export { MULTIPLIER_ERROR, PERCENT_ERROR, parseMultiplier, parsePercent, percentText } from '../../../../shared/model/rates';
