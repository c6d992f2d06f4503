import type { seededRandom } from './random.js';

// Names are composed from common surnames and given-name characters at random: realistic, and not
// taken from any real person (nor from the leaders named in the bureau's plan).
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const MALE = '伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林文建国志海峰亮成东晨阳云博';
const FEMALE = '芳娜敏静丽艳娟霞燕琳婷雪慧颖倩玲萍红梅洁琴月莉秀佳蓉欣悦瑶怡晶丹璐薇菲';

export function randomName(
  rng: ReturnType<typeof seededRandom>,
  gender: 'male' | 'female',
  taken: Set<string>,
): string {
  for (;;) {
    const pool = gender === 'male' ? MALE : FEMALE;
    const given = rng.next() < 0.35 ? rng.pick([...pool]) : rng.pick([...pool]) + rng.pick([...pool]);
    const name = rng.pick([...SURNAMES]) + given;
    if (
      !taken.has(name) &&
      given.length > 0 &&
      !given.split('').every((c) => c === given[0] && given.length > 1)
    ) {
      taken.add(name);
      return name;
    }
  }
}

export function randomMobile(rng: ReturnType<typeof seededRandom>): string {
  const prefix = rng.pick([
    '133',
    '135',
    '136',
    '137',
    '138',
    '139',
    '150',
    '151',
    '152',
    '157',
    '158',
    '159',
    '180',
    '182',
    '187',
    '188',
    '189',
    '199',
  ]);
  let rest = '';
  for (let i = 0; i < 8; i++) rest += String(rng.int(10));
  return prefix + rest;
}
