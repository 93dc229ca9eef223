/**
 * Surnames that tell a naming convention, folded (no diacritics, lower case).
 * The convention decides a person's short form: the given name for Vietnamese
 * names (`Cường`), the surname for Korean and Chinese ones (`Lee`, `Xi`), the
 * last name for the rest (`Trump`).
 */

/** The commonest Vietnamese surnames (together about nine in ten Vietnamese people). */
export const VIETNAMESE_SURNAMES: ReadonlySet<string> = new Set(
  (
    'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly luong to truong dinh ' +
    'mai ha dao cao lam trinh doan vuong ta chu kieu thai quach tong phung la ton nghiem trieu ' +
    'giang luu hua tang ung mac khong lai lo lu au phi thach han vi dam quan'
  ).split(' '),
);

/** Common Korean surnames as romanised in the press. */
export const KOREAN_SURNAMES: ReadonlySet<string> = new Set(
  (
    'lee yi kim park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh ' +
    'seo suh shin kwon hwang ahn an song yoo yu hong jeon chun ko go moon mun yang son bae baek heo ' +
    'nam noh roh kwak sung cha joo woo min ryu na jin ji chae won bang hyun ban'
  ).split(' '),
);

/** Common Chinese surnames in pinyin (surname first, like Korean). */
export const CHINESE_SURNAMES: ReadonlySet<string> = new Set(
  (
    'xi li wang zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang ' +
    'zheng xie tang feng dong xiao cheng cao yuan deng fu shen zeng peng su jiang cai jia ding wei ' +
    'xue ye yan pan du dai xia zhong wen qin'
  ).split(' '),
);
