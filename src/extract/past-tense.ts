/** Past forms of common irregular verbs, with their usual prefixes ("made", "rebuilt", "outran"):
 *  a regex source without groups that capture. Regular "-ed" forms are the caller's to add, with
 *  its own guard on length. */
export const IRREGULAR_PAST =
  '(?:re|over|under|out)?(?:made|built|won|lost|spent|sent|sold|bought|paid|met|held|took|taken|gave|given|began|begun|wrote|written|came|come|went|gone|saw|seen|did|done|brought|cut|set|put|struck|fought|said|told|left|rose|fell|hit|ran|chose|chosen|broke|broken|drew|drawn|grew|grown|sought)';
