/**
 * The letter a guide leads to, by guide id. Guide pages import this file, so it holds nothing
 * else: the letters themselves stay in their own lazy chunk.
 */
export const LETTER_FOR_GUIDE: Readonly<Record<string, string>> = {
  'subject-access-request': '/letters/home-office-sar',
  'health-data': '/letters/organisation-sar',
  'complain-to-ico': '/letters/ico-complaint',
};
