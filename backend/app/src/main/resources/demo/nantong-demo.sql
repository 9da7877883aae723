-- 演示数据 / Nantong demo data for a fresh local stack (DemoDataLoader, govmedia.demo.enabled=true, no accounts yet).
-- Runs in one transaction, after `select set_config('govmedia.demo_today', <today>, true)` and 'govmedia.demo_zone'.
-- Every date is relative to that day; every choice comes from hashing fixed text (pg_temp.h), never random(), so two
-- loads on the same day give the same data. Respects the constraints of db/migration (one live account per host and
-- platform, one undecided filing per account, filing basis for closures, tracking numbers and their daily sequence).
-- No named parameters in here (DatabaseClient would read a colon followed by a word as one).

create or replace function pg_temp.h(t text, m integer) returns integer language sql immutable
    as 'select (abs(hashtext(t)::bigint) % m)::int';
create or replace function pg_temp.today() returns date language sql stable
    as 'select current_setting(''govmedia.demo_today'')::date';
create or replace function pg_temp.zone() returns text language sql stable
    as 'select current_setting(''govmedia.demo_zone'')';
-- the n-th working day after d (statutory holidays and make-up days from calendar_days, else Monday to Friday)
create or replace function pg_temp.wd_plus(d date, n integer) returns date language sql stable as '
    select x.day from (select d + g as day from generate_series(1, 60) g) x
     where coalesce((select c.kind = ''MAKE_UP_WORKDAY'' from calendar_days c where c.day = x.day), extract(isodow from x.day) < 6)
     order by x.day offset n - 1 limit 1';
create or replace function pg_temp.at(d date, minutes integer) returns timestamptz language sql stable
    as 'select (d + make_interval(mins => minutes)) at time zone pg_temp.zone()';

-- ---------------------------------------------------------------- departments of the counties and zones (Art 11)
create temporary table demo_counties (county text, prefix text, short text, district boolean) on commit drop;
insert into demo_counties values
  ('CC', '南通市崇川区', '崇川区', true), ('TZ', '南通市通州区', '通州区', true), ('HM', '南通市海门区', '海门区', true),
  ('RD', '如东县', '如东县', false), ('QD', '启东市', '启东市', false), ('RG', '如皋市', '如皋市', false), ('HA', '海安市', '海安市', false);
create temporary table demo_departments (suffix text, name text, short text, sort integer) on commit drop;
insert into demo_departments values
  ('EDU', '教育体育局', '教体局', 2), ('HEALTH', '卫生健康委员会', '卫健委', 3), ('CULTURE', '文化广电和旅游局', '文广旅局', 4),
  ('PSB', '公安局', '公安局', 5), ('MARKET', '市场监督管理局', '市场监管局', 6);

insert into organizations (code, name, short_name, type, level, division_code, parent_id, competent_authority_id, sort_order,
                           account_obligation)
select c.county || '-' || d.suffix,
       case when d.suffix = 'PSB' and c.district then '南通市公安局' || substr(c.short, 1, 2) || '分局' else c.prefix || d.name end,
       case when d.suffix = 'PSB' and c.district then substr(c.short, 1, 2) || '公安分局' else c.short || d.short end,
       'DEPARTMENT', 'COUNTY', g.division_code, g.id, a.id, d.sort, 'REQUIRED'
  from demo_counties c
 cross join demo_departments d
  join organizations g on g.code = c.county || '-GOV'
  join organizations a on a.code = c.county || '-GOV-OFFICE'
 order by c.county, d.sort
on conflict (code) do nothing;

insert into organizations (code, name, short_name, type, level, division_code, parent_id, competent_authority_id, sort_order,
                           account_obligation)
select z.zone || '-' || d.suffix, z.prefix || d.name, z.short || d.short, 'DEPARTMENT', 'COUNTY', g.division_code, g.id, a.id, d.sort,
       'REQUIRED'
  from (values ('ETDZ', '南通经济技术开发区', '开发区'), ('SUTONG', '苏通科技产业园区', '苏通园区'),
               ('TZB', '南通市通州湾示范区', '通州湾')) z(zone, prefix, short)
 cross join (values ('SOCIAL', '社会事业局', '社会事业局', 2), ('ECON', '经济发展局', '经发局', 3)) d(suffix, name, short, sort)
  join organizations g on g.code = z.zone || '-ADMIN'
  join organizations a on a.code = z.zone || '-OFFICE'
 order by z.zone, d.sort
on conflict (code) do nothing;

-- ---------------------------------------------------------------- hosts and platforms
create temporary table demo_hosts on commit drop as
select o.id, o.code, o.name, o.short_name, o.type, split_part(o.code, '-', 1) as county,
       coalesce(o.competent_authority_id, (select x.id from organizations x where x.code = 'NT-GOV-OFFICE')) as authority_id,
       case when o.type in ('GOVERNMENT', 'ZONE_COMMITTEE') then regexp_replace(o.short_name, '(区|县|市)?政府$', '') || '发布'
            else o.short_name end as brand,
       o.type in ('GOVERNMENT', 'ZONE_COMMITTEE') as government
  from organizations o
 where o.type in ('GOVERNMENT', 'DEPARTMENT', 'ZONE_COMMITTEE');

create temporary table demo_platforms (platform text, pct integer, site text, suffix text) on commit drop;
insert into demo_platforms values
  ('WECHAT_OFFICIAL', 100, 'https://mp.weixin.qq.com/s/', ''), ('WEIBO', 80, 'https://weibo.com/', ''),
  ('DOUYIN', 75, 'https://www.douyin.com/video/', ''), ('WECHAT_CHANNELS', 60, 'https://channels.weixin.qq.com/', ''),
  ('TOUTIAO', 45, 'https://www.toutiao.com/article/', ''), ('KUAISHOU', 25, 'https://www.kuaishou.com/short-video/', ''),
  ('XIAOHONGSHU', 18, 'https://www.xiaohongshu.com/explore/', ''), ('BILIBILI', 12, 'https://www.bilibili.com/video/', ''),
  ('MINI_PROGRAM', 12, 'https://mp.weixin.qq.com/mp/', '服务'), ('MOBILE_APP', 6, 'https://app.nantong.gov.cn/news/', 'APP'),
  ('OTHER', 4, 'https://www.nantong.gov.cn/', '网上服务');

-- ---------------------------------------------------------------- accounts: live ones, then closed/cancelled predecessors
create temporary table demo_accounts on commit drop as
select h.id as host_id, h.code, h.name as host_name, h.short_name, h.county, h.authority_id, h.government, p.platform, p.site,
       h.brand || p.suffix as name, h.code || '/' || p.platform as seed, false as historic,
       case when p.platform = 'WECHAT_OFFICIAL' then 'ACTIVE'
            when pg_temp.h(h.code || '/' || p.platform || '/status', 100) < 6 then 'PENDING_FILING'
            when pg_temp.h(h.code || '/' || p.platform || '/status', 100) < 10 then 'CLOSING'
            else 'ACTIVE' end as status
  from demo_hosts h
 cross join demo_platforms p
 where pg_temp.h(h.code || '/' || p.platform, 100) < p.pct + case when h.government then 25 else 0 end
union all
select h.id, h.code, h.name, h.short_name, h.county, h.authority_id, h.government, p.platform, p.site,
       h.brand || case p.platform when 'WECHAT_OFFICIAL' then '服务号' when 'WEIBO' then '微博' else '' end || p.suffix,
       h.code || '/' || p.platform || '/old', true,
       case when pg_temp.h(h.code || '/' || p.platform || '/old', 4) = 0 then 'CANCELLED' else 'CLOSED' end
  from demo_hosts h
 cross join demo_platforms p
 where pg_temp.h(h.code || '/' || p.platform || '/hist', 100) < 11;

alter table demo_accounts add column activated_on date, add column changed_on date, add column closes_on date;
update demo_accounts set
    activated_on = case when status = 'PENDING_FILING' then null
                        when historic then pg_temp.today() - 1500 - pg_temp.h(seed || '/a', 800)
                        else pg_temp.today() - 60 - pg_temp.h(seed || '/a', 1900) end,
    changed_on = case when status = 'PENDING_FILING' then pg_temp.today() - 1 - pg_temp.h(seed || '/p', 14)
                      when historic then pg_temp.today() - 30 - pg_temp.h(seed || '/e', 700)
                      when status = 'CLOSING' then pg_temp.today() - 2 - pg_temp.h(seed || '/c', 6) end;
update demo_accounts set changed_on = activated_on where changed_on is null;
update demo_accounts set closes_on = case when historic then changed_on - 1 else changed_on + 29 end where status <> 'ACTIVE' and status <> 'PENDING_FILING';

insert into accounts (platform, platform_account_id, name, certification_subject, host_organization_id, operator_type, operator_name,
                      contract_signed_on, confidentiality_signed_on, responsible_person, responsible_phone, functions, offers_news,
                      offers_audio_video, ipv6_supported, status, closing_as, closes_on, status_changed_on, activated_on, ended_on,
                      created_at, updated_at)
select d.platform,
       case d.platform when 'WECHAT_OFFICIAL' then 'gh_' || substr(md5(d.seed), 1, 12)
                       when 'WEIBO' then (5000000000 + pg_temp.h(d.seed || '/id', 999999999))::text
                       else substr(md5(d.seed), 1, 16) end,
       d.name, d.host_name, d.host_id,
       case when pg_temp.h(d.seed || '/op', 100) < 30 then 'CONTRACTED' else 'IN_HOUSE' end,
       case when pg_temp.h(d.seed || '/op', 100) < 30
            then (array['南通报业传媒集团有限公司', '南通广电融媒体科技有限公司', '江苏濠滨文化传媒有限公司',
                        '南通市新媒体运营服务有限公司'])[1 + pg_temp.h(d.seed || '/co', 4)]
            else d.host_name end,
       case when pg_temp.h(d.seed || '/op', 100) < 30 then coalesce(d.activated_on, d.changed_on) - 20 end,
       case when pg_temp.h(d.seed || '/op', 100) < 30 then coalesce(d.activated_on, d.changed_on) - 20 end,
       (array['张', '王', '李', '陈', '刘', '杨', '黄', '吴', '周', '徐', '孙', '朱', '顾', '季', '曹', '陆', '施', '缪', '瞿', '沈'])
           [1 + pg_temp.h(d.seed || '/sn', 20)]
           || (array['伟', '敏', '静', '磊', '婷', '军', '洁', '勇', '燕', '涛', '芳', '斌', '晨', '晓东', '海燕', '建华', '志强',
                     '丽娟', '雪', '鹏'])[1 + pg_temp.h(d.seed || '/gn', 20)],
       '0513-8' || lpad(pg_temp.h(d.seed || '/ph', 10000000)::text, 7, '0'),
       case when d.platform = 'WECHAT_OFFICIAL' then '{INFORMATION,SERVICE,INTERACTION}'::text[]
            when d.platform in ('MINI_PROGRAM', 'MOBILE_APP') then '{SERVICE}'::text[]
            else '{INFORMATION,INTERACTION}'::text[] end,
       d.government or d.code like 'NT-%',
       d.platform in ('DOUYIN', 'KUAISHOU', 'WECHAT_CHANNELS', 'BILIBILI'),
       case when d.platform in ('MINI_PROGRAM', 'MOBILE_APP') then true end,
       d.status,
       case when d.status in ('CLOSING', 'CLOSED', 'CANCELLED')
            then case when d.status = 'CANCELLED' or pg_temp.h(d.seed || '/ca', 5) = 0 then 'CANCELLED' else 'CLOSED' end end,
       d.closes_on, d.changed_on, d.activated_on,
       case when d.historic then d.changed_on end,
       pg_temp.at(coalesce(d.activated_on - 5, d.changed_on), 540), pg_temp.at(d.changed_on, 600)
  from demo_accounts d
 order by d.historic, d.host_id, d.platform;

create temporary table demo_live on commit drop as
select a.id, a.host_organization_id as host_id, d.code, d.county, d.authority_id, d.government, d.platform, d.site, d.seed, d.name,
       a.status, a.activated_on, a.closing_as, a.closes_on, a.status_changed_on, a.ended_on, d.historic,
       lower(d.county) || '-operator' as operator_user,
       case when d.county = 'NT' then 'city-admin' else lower(d.county) || '-supervisor' end as supervisor_user
  from accounts a
  join demo_accounts d on d.host_id = a.host_organization_id and d.platform = a.platform and d.name = a.name
                      and d.status = a.status;
create index on demo_live (code, platform);

-- ---------------------------------------------------------------- filings (Art 15, 16): every type and state
create temporary table demo_filings (account_id bigint, type text, status text, received_on date, decided_on date, delivered boolean,
                                     changes jsonb, basis boolean, ordered boolean, reason text) on commit drop;
-- the opening of every account that went live
insert into demo_filings
select id, 'OPEN', 'APPROVED', activated_on - 4, activated_on, true, null, false, false, null from demo_live where activated_on is not null;
-- accounts waiting for the approval of their opening: submitted (some past the provincial deadline) or returned
insert into demo_filings
select id, 'OPEN', case when pg_temp.h(seed || '/open', 100) < 65 then 'SUBMITTED' else 'RETURNED' end, status_changed_on,
       case when pg_temp.h(seed || '/open', 100) < 65 then null else status_changed_on + 1 end, false, null, false, false,
       case when pg_temp.h(seed || '/open', 100) >= 65 then '认证主体与主办单位名称不一致，请补正后重新提交' end
  from demo_live where status = 'PENDING_FILING';
-- changes of live accounts: approved long ago, undecided (some overdue), returned, approved but not yet delivered
insert into demo_filings
select id, 'CHANGE',
       case when k < 22 then 'APPROVED' when k < 30 then 'SUBMITTED' when k < 34 then 'RETURNED' else 'APPROVED' end,
       case when k < 22 then greatest(activated_on + 10, pg_temp.today() - 30 - pg_temp.h(seed || '/cr', 300))
            when k < 30 then pg_temp.today() - pg_temp.h(seed || '/cr', 6)
            when k < 34 then pg_temp.today() - 3 - pg_temp.h(seed || '/cr', 30)
            else pg_temp.today() - 6 - pg_temp.h(seed || '/cr', 4) end,
       null, k < 22, jsonb_build_object('responsiblePerson', '季' || (array['明', '华', '强', '蕾'])[1 + k % 4],
                                        'responsiblePhone', '0513-8' || lpad(pg_temp.h(seed || '/np', 10000000)::text, 7, '0')),
       false, false, case when k >= 30 and k < 34 then '变更事项未附单位审批材料，请补充' end
  from (select l.*, pg_temp.h(l.seed || '/change', 100) as k from demo_live l where l.status = 'ACTIVE') x
 where k < 37;
update demo_filings set decided_on = received_on + 1 where type = 'CHANGE' and status in ('APPROVED', 'RETURNED');
-- closures and cancellations: announced (CLOSING) or done (CLOSED / CANCELLED)
insert into demo_filings
select id, case when closing_as = 'CANCELLED' then 'CANCEL' else 'CLOSE' end, 'APPROVED',
       case when historic then closes_on - 33 else status_changed_on - 3 end,
       case when historic then closes_on - 31 else status_changed_on end, true, null, true, false, null
  from demo_live where status in ('CLOSING', 'CLOSED', 'CANCELLED');
-- one closure ordered by the competent authority (Art 34)
update demo_filings set ordered = true
 where type = 'CLOSE' and account_id = (select min(l.id) from demo_live l where l.historic and l.status = 'CLOSED');

insert into filings (type, account_id, host_organization_id, authority_organization_id, status, changes, basis_type,
                     basis_document_number, basis_decided_on, announcement_starts_on, announcement_ends_on, received_on,
                     provincial_deadline, submitted_by, submitted_at, decided_by, decided_at, decision_reason, delivered_at,
                     receipt_number)
select f.type, f.account_id, l.host_id, l.authority_id, f.status, f.changes,
       case when f.ordered then 'ORDERED_BY_AUTHORITY' when f.basis then
           case when pg_temp.h(l.seed || '/basis', 2) = 0 then 'COLLECTIVE_DECISION' else 'PRINCIPAL_LEADER_APPROVAL' end end,
       case when f.basis then '通政媒〔' || extract(year from f.received_on) || '〕' || (10 + pg_temp.h(l.seed || '/doc', 80)) || '号' end,
       case when f.basis then f.received_on - 2 end,
       case when f.basis then f.decided_on end,
       case when f.basis then coalesce(l.closes_on, f.decided_on + 29) end,
       f.received_on, pg_temp.wd_plus(f.received_on, 3), l.operator_user, pg_temp.at(f.received_on, 570),
       case when f.decided_on is not null then l.supervisor_user end,
       case when f.decided_on is not null then pg_temp.at(f.decided_on, 900) end,
       f.reason,
       case when f.delivered then pg_temp.at(f.decided_on, 960) end,
       case when f.delivered then 'JSBA' || to_char(f.decided_on, 'YYYYMMDD') || lpad(pg_temp.h(l.seed || f.type, 100000)::text, 5, '0') end
  from demo_filings f
  join demo_live l on l.id = f.account_id
 order by f.received_on, f.account_id;

-- ---------------------------------------------------------------- publication records (Art 19): steady, silent, dormant
-- Profiles: steady (most), silent for the last 1-5 weeks, dormant (nothing for over 3 months), reposts only lately, sparse.
create temporary table demo_profiles on commit drop as
select l.id, l.host_id, l.seed, l.site, l.operator_user, l.activated_on, l.status,
       case when l.government and l.platform = 'WECHAT_OFFICIAL' then 'STEADY'
            when k < 60 then 'STEADY' when k < 74 then 'SILENT' when k < 81 then 'DORMANT' when k < 91 then 'REPOSTS' else 'SPARSE' end
           as profile,
       pg_temp.today() - 7 - pg_temp.h(l.seed || '/silent', 28) as silent_from,
       pg_temp.today() - 95 - pg_temp.h(l.seed || '/dormant', 100) as dormant_from
  from (select dl.*, pg_temp.h(dl.seed || '/profile', 100) as k from demo_live dl) l
 where l.status in ('ACTIVE', 'CLOSING');

insert into publications (account_id, host_organization_id, published_at, origin, title, url, source_name, imported, recorded_by)
select p.id, p.host_id, pg_temp.at(x.day, 450 + pg_temp.h(x.s || '/t', 780)),
       case when p.profile = 'REPOSTS' and x.day > pg_temp.today() - 30 then 'REPOST'
            when pg_temp.h(x.s || '/o', 100) < 62 then 'ORIGINAL' else 'REPOST' end,
       (array['市民关注的民生实事项目进展情况通报', '本周政务服务事项办理指南', '关于开展安全生产大检查的通知',
              '秋冬季传染病防控健康提示', '惠企政策申报常见问题解答', '南通城市更新重点项目集中开工',
              '文明城市创建志愿服务活动回顾', '防范电信网络诈骗提醒', '2026年义务教育招生政策解读',
              '一图读懂《南通市政务新媒体管理办法》', '江海大地乡村振兴见闻', '冬季供暖与用电安全小贴士',
              '政务公开日活动走进社区', '就业招聘信息汇总（本周）', '医保参保缴费指南', '“12345”热线热点问题答复',
              '重要天气预报与出行提示', '长江大保护生态修复新进展', '基层治理创新案例分享', '优化营商环境十条措施发布',
              '老年人助餐服务点名单公布', '文旅消费季活动安排', '市场监管抽检结果公告', '交通管制与绕行提示'])
           [1 + pg_temp.h(x.s || '/title', 24)],
       p.site || substr(md5(x.s), 1, 20),
       case when pg_temp.h(x.s || '/o', 100) >= 62 or (p.profile = 'REPOSTS' and x.day > pg_temp.today() - 30)
            then (array['人民日报', '新华社', '江苏发布', '南通发布', '中国政府网'])[1 + pg_temp.h(x.s || '/src', 5)] end,
       x.day < pg_temp.today() - 84, p.operator_user
  from demo_profiles p
 cross join lateral (
     select g::date as day, p.seed || '/' || g::date as s
       from generate_series(greatest(p.activated_on, make_date(extract(year from pg_temp.today())::int - 1, 1, 1)),
                            pg_temp.today() - 1, interval '1 day') g
 ) x
 where pg_temp.h(x.s, 100) < case when x.day < pg_temp.today() - 84 then 22
                                  when p.profile = 'SPARSE' then 9 else 38 end
   and not (p.profile = 'SILENT' and x.day >= p.silent_from)
   and not (p.profile = 'DORMANT' and x.day >= p.dormant_from);

-- ---------------------------------------------------------------- public submissions (Art 24, 29, 30)
create temporary table demo_targets on commit drop as
select row_number() over (order by h.code) as n, h.id, h.code, h.county, h.brand, h.short_name,
       (select l.id from demo_live l where l.host_id = h.id and l.platform = 'WECHAT_OFFICIAL' and not l.historic) as account_id
  from demo_hosts h;

create temporary table demo_complaints on commit drop as
select n, kind, target_id, target_code, target_short, brand, account_id, received_on, forwarded_group,
       case when kind = 'COUNTERFEIT_REPORT' then null else account_id end as complaint_account_id,
       pg_temp.h('c' || n || '/status', 100) as s
  from (
    select g.n,
           (array['MESSAGE', 'CONSULTATION', 'COMPLAINT', 'SUGGESTION', 'ERROR_REPORT', 'COUNTERFEIT_REPORT'])[1 + g.n % 6] as kind,
           t.id as target_id, t.code as target_code, t.short_name as target_short, t.brand, t.account_id,
           case when g.n % 37 = 0 then pg_temp.today() - 100 - pg_temp.h('c' || g.n || '/r', 30)
                else pg_temp.today() - pg_temp.h('c' || g.n || '/r', 110) end as received_on,
           g.n between 13 and 26 as forwarded_group
      from generate_series(1, 190) g(n)
      join demo_targets t on t.code = case when g.n <= 12 then 'CC-HEALTH' when g.n <= 26 then 'CC-GOV' when g.n <= 34 then 'RD-CULTURE'
                                         when g.n <= 40 then 'CC-EDU' when g.n <= 44 then 'RD-GOV'
                                         else (select t2.code from demo_targets t2
                                                where t2.n = 1 + pg_temp.h('c' || g.n || '/target', (select count(*) from demo_targets)::int)) end
  ) c;

alter table demo_complaints add column status text, add column forwarded_to bigint, add column due_on date, add column replied_on date;
update demo_complaints set due_on = pg_temp.wd_plus(received_on, 5);
update demo_complaints set status = case
    when n % 37 = 0 then 'RECEIVED'
    when forwarded_group then case when pg_temp.today() - received_on < 12 or n % 4 = 0 then 'FORWARDED'
                                   when n % 2 = 0 then 'ANSWERED' else 'CLOSED' end
    when pg_temp.today() - received_on <= 2 then 'RECEIVED'
    when pg_temp.today() - received_on <= 12 then case when s < 35 then 'RECEIVED' when s < 65 then 'FORWARDED'
                                                       when s < 88 then 'ANSWERED' else 'CLOSED' end
    else case when s < 7 then 'RECEIVED' when s < 13 then 'FORWARDED' when s < 50 then 'ANSWERED' else 'CLOSED' end end;
update demo_complaints c set forwarded_to = (
    select o.id from organizations o
     where o.code = case when c.forwarded_group then 'CC-HEALTH'
                         else split_part(c.target_code, '-', 1) || '-'
                              || case when c.target_code like '%-HEALTH' then 'MARKET' else 'HEALTH' end end)
 where c.status = 'FORWARDED' or (c.forwarded_group and c.status in ('ANSWERED', 'CLOSED'));
-- zones and the city have no HEALTH/MARKET of their own in every case: leave those with the host
update demo_complaints set status = 'RECEIVED' where status = 'FORWARDED' and forwarded_to is null;
update demo_complaints set replied_on = least(pg_temp.wd_plus(received_on, 1 + pg_temp.h('c' || n || '/reply', 7)), pg_temp.today() - 1)
 where status in ('ANSWERED', 'CLOSED');

insert into complaints (tracking_number, token_hash, kind, account_id, target_organization_id, title, content, contact_name,
                        contact_phone, error_url, suspect_platform, suspect_name, suspect_link, status, moderation, moderation_reason,
                        forwarded_to_organization_id, forward_note, due_on, reply, replied_by, replied_at, closed_at, client_hash,
                        content_hash, received_on, created_at, updated_at)
select 'TS' || to_char(c.received_on, 'YYYYMMDD') || lpad((row_number() over (partition by c.received_on order by c.n))::text, 5, '0'),
       encode(sha256(convert_to('demo-query-token/' || c.n, 'UTF8')), 'hex'),
       c.kind, c.complaint_account_id, c.target_id,
       case c.kind
           when 'MESSAGE' then (array['感谢社区医生上门服务', '为政务号的及时发布点赞', '希望多发布办事指南'])[1 + c.n % 3]
           when 'CONSULTATION' then (array['新生儿医保如何办理', '小学入学需要准备哪些材料', '老年人优待证在哪里申请',
                                           '门诊慢特病如何认定'])[1 + c.n % 4]
           when 'COMPLAINT' then (array['门诊排队时间过长', '反映小区周边夜间施工噪音', '办事窗口工作人员态度不好'])[1 + c.n % 3]
           when 'SUGGESTION' then (array['建议增加周末预约号源', '建议公众号增加无障碍阅读', '建议公布景区实时客流'])[1 + c.n % 3]
           when 'ERROR_REPORT' then (array['文章中的办公电话有误', '通知中的日期前后不一致', '链接无法打开'])[1 + c.n % 3]
           else '发现冒充' || c.brand || '的账号' end,
       case c.kind
           when 'COUNTERFEIT_REPORT' then '在抖音上看到名为“' || c.brand || '官方”的账号，发布收费办证信息，疑似冒充，请核实处理。'
           when 'ERROR_REPORT' then c.target_short || '近期发布的文章中信息有误，请核对后更正。'
           else '您好，关于' || c.target_short || '相关事项，' || (array['希望尽快给予答复。', '麻烦帮忙解答，谢谢！',
                '恳请相关部门关注。', '期待改进，谢谢。'])[1 + c.n % 4] end,
       (array['张', '王', '李', '陈', '顾', '陆', '施', '季'])[1 + c.n % 8] || (array['先生', '女士'])[1 + c.n % 2],
       case when c.n % 5 <> 0 then '13' || lpad(pg_temp.h('c' || c.n || '/phone', 1000000000)::text, 9, '0') end,
       case when c.kind = 'ERROR_REPORT' then 'https://mp.weixin.qq.com/s/' || substr(md5('c' || c.n), 1, 20) end,
       case when c.kind = 'COUNTERFEIT_REPORT' then 'DOUYIN' end,
       case when c.kind = 'COUNTERFEIT_REPORT' then c.brand || '官方' end,
       case when c.kind = 'COUNTERFEIT_REPORT' then 'https://www.douyin.com/user/' || substr(md5('fake' || c.n), 1, 16) end,
       c.status,
       case when c.status in ('ANSWERED', 'CLOSED') then case when c.n % 19 = 0 then 'HIDDEN' else 'PUBLISHED' end else 'PENDING' end,
       case when c.status in ('ANSWERED', 'CLOSED') and c.n % 19 = 0 then '含个人隐私信息，不予公开' end,
       c.forwarded_to,
       case when c.forwarded_to is not null then '请按职责办理并于期限内答复' end,
       c.due_on,
       case when c.replied_on is not null then '您好，您反映的问题已收悉，经核实已按规定处理。感谢您的关注与支持！' end,
       case when c.replied_on is not null then case when c.forwarded_to is not null then lower(split_part(c.target_code, '-', 1)) || '-handler'
                                                    else lower(split_part(c.target_code, '-', 1)) || '-operator' end end,
       case when c.replied_on is not null then pg_temp.at(c.replied_on, 900) end,
       case when c.status = 'CLOSED' then pg_temp.at(least(c.replied_on + 2, pg_temp.today() - 1), 1000) end,
       encode(sha256(convert_to('demo-client/' || (c.n % 150), 'UTF8')), 'hex'),
       encode(sha256(convert_to('demo-content/' || c.n, 'UTF8')), 'hex'),
       c.received_on, pg_temp.at(c.received_on, 480 + pg_temp.h('c' || c.n || '/at', 600)),
       pg_temp.at(coalesce(c.replied_on, c.received_on), 1020)
  from demo_complaints c
 order by c.received_on, c.n;

-- a counterfeit report opens an investigation (Art 30): verifying, confirmed fake (one taken down), not a fake
insert into counterfeit_investigations (complaint_id, status, reason, decided_by, decided_at, authority_organization_id,
                                        authority_report, takedown_deadline, takedown_confirmed_on, takedown_confirmed_by, takedown_note)
select c.id, x.status,
       case x.status when 'CONFIRMED_FAKE' then '经核实，该账号并非本单位开设，冒用单位名称发布收费信息'
                     when 'NOT_FAKE' then '经核实，该账号为本单位已备案的政务新媒体账号' end,
       case when x.status <> 'VERIFYING' then 'city-admin' end,
       case when x.status <> 'VERIFYING' then c.created_at + interval '1 day' end,
       case when x.status = 'CONFIRMED_FAKE' then o.competent_authority_id end,
       case when x.status = 'CONFIRMED_FAKE' then '已向主管单位报告假冒账号情况，并致函平台关停' end,
       case when x.status = 'CONFIRMED_FAKE' then pg_temp.wd_plus(c.received_on + 1, 5) end,
       case when x.status = 'CONFIRMED_FAKE' and x.r % 2 = 1 then least(pg_temp.wd_plus(c.received_on + 1, 3), pg_temp.today()) end,
       case when x.status = 'CONFIRMED_FAKE' and x.r % 2 = 1 then 'city-admin' end,
       case when x.status = 'CONFIRMED_FAKE' and x.r % 2 = 1 then '平台已关停该账号' end
  from complaints c
  join organizations o on o.id = c.target_organization_id
  join (select id, row_number() over (order by id) as r,
               (array['VERIFYING', 'CONFIRMED_FAKE', 'CONFIRMED_FAKE', 'NOT_FAKE'])[1 + (row_number() over (order by id))::int % 4] as status
          from complaints where kind = 'COUNTERFEIT_REPORT') x on x.id = c.id;

insert into counterfeit_accounts (platform, name, link, impersonated_organization_id, reference, confirmed_on)
select c.suspect_platform, c.suspect_name, c.suspect_link, c.target_organization_id, c.tracking_number, (i.decided_at at time zone pg_temp.zone())::date
  from counterfeit_investigations i join complaints c on c.id = i.complaint_id
 where i.status = 'CONFIRMED_FAKE';

-- a fake found by staff, referred to the cyberspace administration
insert into counterfeit_investigations (source, status, suspect_platform, suspect_name, suspect_link, target_organization_id, lead,
                                        opened_by, created_at)
select 'STAFF', 'VERIFYING', 'WEIBO', '南通发布官方号', 'https://weibo.com/u/7' || lpad('42', 9, '0'), o.id,
       '巡查发现该微博账号使用南通发布标识并发布不实信息', 'city-admin', pg_temp.at(pg_temp.today() - 4, 600)
  from organizations o where o.code = 'NT-GOV';
insert into counterfeit_referrals (investigation_id, agency, requested_on, request, recorded_by)
select i.id, 'CYBERSPACE_ADMINISTRATION', pg_temp.today() - 3, '商请市委网信办协调平台核查处置该假冒账号', 'city-admin'
  from counterfeit_investigations i where i.source = 'STAFF';

-- ---------------------------------------------------------------- FAQ knowledge base (Art 24)
insert into faqs (organization_id, question, answer, published, created_by)
select o.id, q.question, q.answer, true, lower(split_part(o.code, '-', 1)) || '-operator'
  from (values
    ('CC-HEALTH', '新生儿如何办理医保参保？', '新生儿出生后可通过“江苏医保云”或就近社区服务中心办理参保登记，出生90天内参保的，自出生之日起享受待遇。'),
    ('CC-HEALTH', '家庭医生签约怎么办理？', '可到户籍或居住地所在社区卫生服务中心签约，也可在“健康南通”公众号在线申请。'),
    ('CC-HEALTH', '预防接种需要预约吗？', '儿童常规预防接种请提前通过公众号预约，携带预防接种证按时接种。'),
    ('CC-EDU', '小学新生入学需要准备哪些材料？', '户口簿、房产证明（或居住证明）、儿童预防接种证查验证明，具体以当年招生公告为准。'),
    ('CC-EDU', '学区划分在哪里查询？', '每年招生公告发布时同步公布施教区划分，可在崇川区教体局网站查询。'),
    ('RD-CULTURE', '如东小洋口景区开放时间？', '景区全年开放，旺季8:00—17:30，淡季8:30—17:00，节假日以景区公告为准。'),
    ('RD-CULTURE', '图书馆办证需要押金吗？', '凭居民身份证或社保卡即可免押金办理读者证。'),
    ('NT-HEALTH', '如何查询医疗机构执业信息？', '可登录国家卫生健康委“全国医疗机构查询”或南通市卫健委网站查询。'),
    ('NT-EDU', '教师资格证认定在哪里办理？', '在江苏政务服务网提交认定申请，按通知到认定机构现场确认。'),
    ('NT-GOV', '如何核实政务新媒体账号的真伪？', '可在南通市政务新媒体公开查询页面输入账号名称核验，未在名录中的账号请谨慎对待并可举报。'),
    ('TZ-GOV', '不动产登记可以网上预约吗？', '可通过“通州发布”公众号政务服务栏目预约不动产登记业务。'),
    ('HM-GOV', '12345热线的受理时间？', '12345政务服务便民热线全天24小时受理。')
  ) q(code, question, answer)
  join organizations o on o.code = q.code;

-- ---------------------------------------------------------------- rumour rebuttals (Art 23), published through their tickets
create temporary table demo_rebuttals (code text, title text, rumour text, truth text, verdict text, days integer) on commit drop;
insert into demo_rebuttals values
  ('NT-GOV', '“南通全市停水三天”系谣言', '网传南通市区将于近日全市停水三天。', '经核实，南通市区供水正常，仅部分区域因管网改造短时降压，已提前公告。', 'FALSE', 20),
  ('CC-HEALTH', '“社区医院停止接种流感疫苗”不实', '网传崇川区社区卫生服务中心停止流感疫苗接种。', '经核实，各社区卫生服务中心流感疫苗接种工作正常开展，可通过公众号预约。', 'FALSE', 9),
  ('RD-CULTURE', '关于“景区门票全面涨价”的说明', '网传如东县景区门票全面上涨50%。', '经核实，如东县各A级景区门票价格未作调整，相关说法具有误导性。', 'MISLEADING', 3);
insert into review_tickets (account_id, host_organization_id, title, body, origin, classification, status, current_step, author,
                            content_version, published_url, published_at, created_at, updated_at)
select l.id, l.host_id, r.title, r.truth, 'ORIGINAL', 'IMPORTANT', 'PUBLISHED', 0, lower(split_part(r.code, '-', 1)) || '-operator', 1,
       'https://mp.weixin.qq.com/s/' || substr(md5(r.title), 1, 20), pg_temp.at(pg_temp.today() - r.days, 600),
       pg_temp.at(pg_temp.today() - r.days - 1, 540), pg_temp.at(pg_temp.today() - r.days, 600)
  from demo_rebuttals r join demo_live l on l.code = r.code and l.platform = 'WECHAT_OFFICIAL' and not l.historic;
insert into rumour_rebuttals (title, rumour, truth, verdict, organization_id, account_id, ticket_id, ticket_content_version,
                              evidence_links, rumour_appearances, created_by, created_at, updated_at)
select r.title, r.rumour, r.truth, r.verdict, t.host_organization_id, t.account_id, t.id, 1,
       array[t.published_url], array['微信群转发截图'], t.author, t.created_at, t.updated_at
  from demo_rebuttals r join review_tickets t on t.title = r.title;
insert into publications (account_id, host_organization_id, published_at, origin, title, url, imported, recorded_by, ticket_id)
select t.account_id, t.host_organization_id, t.published_at, 'ORIGINAL', t.title, t.published_url, false, t.author, t.id
  from review_tickets t;

-- ---------------------------------------------------------------- review tickets of 崇川区教体局 (Art 17) for the demo review chain
-- cc-reviewer has one at the review step, cc-deputy one at sign-off, cc-principal a MAJOR one at the last step.
insert into review_tickets (account_id, host_organization_id, title, body, origin, source_name, source_url, classification, planned_at,
                            status, current_step, author, content_version, published_url, published_at, created_at, updated_at)
select l.id, l.host_id, t.title, t.body, t.origin, t.source_name, t.source_url, t.classification,
       pg_temp.at(pg_temp.today() + t.planned, 600), t.status, t.step, 'cc-operator', 1,
       case when t.status = 'PUBLISHED' then 'https://mp.weixin.qq.com/s/' || substr(md5(t.title), 1, 20) end,
       case when t.status = 'PUBLISHED' then pg_temp.at(pg_temp.today() + t.planned, 600) end,
       pg_temp.at(pg_temp.today() + least(t.planned, 0) - 2, 560), pg_temp.at(pg_temp.today() + least(t.planned, 0) - 1, 700)
  from (values
    ('崇川区中小学寒假安全提示', '寒假将至，请各位家长加强对孩子的安全教育，注意交通、防火、防溺水安全。', 'ORIGINAL', null, null, 'GENERAL', 3, 'DRAFT', 0),
    ('崇川区2027年春季学期开学时间安排', '根据市教育局校历安排，全区中小学春季学期开学时间如下。', 'ORIGINAL', null, null, 'GENERAL', 1, 'IN_REVIEW', 1),
    ('崇川区义务教育学校招生政策问答', '针对家长关心的学区划分、材料准备等问题，现作如下解答。', 'ORIGINAL', null, null, 'IMPORTANT', 2, 'IN_REVIEW', 2),
    ('关于调整部分学校施教区的公告', '为优化教育资源配置，经研究决定，对部分学校施教区作如下调整。', 'ORIGINAL', null, null, 'MAJOR', 4, 'IN_REVIEW', 3),
    ('教育部：做好冬季校园安全工作', '教育部办公厅近日印发通知，部署做好冬季校园安全工作。', 'REPOST', '中华人民共和国教育部',
     'http://www.moe.gov.cn/jyb_xwfb/', 'GENERAL', 1, 'RETURNED', 0),
    ('崇川区教师风采展示活动圆满落幕', '近日，崇川区教师风采展示活动在区教师发展中心举行。', 'ORIGINAL', null, null, 'GENERAL', -3, 'PUBLISHED', 0)
  ) t(title, body, origin, source_name, source_url, classification, planned, status, step)
  join demo_live l on l.code = 'CC-EDU' and l.platform = 'WECHAT_OFFICIAL' and not l.historic;
insert into review_decisions (ticket_id, step, role, decision, decided_by, comment, decided_at)
select t.id, d.step, d.role, d.decision, u.decided_by, d.comment, t.updated_at - make_interval(hours => 4 - d.step)
  from review_tickets t
  join (values (1, 'REVIEWER', 'APPROVE', 'reviewer', null::text), (2, 'DEPUTY_LEADER', 'APPROVE', 'deputy', null))
       d(step, role, decision, who, comment)
    on t.status = 'PUBLISHED' or (t.status = 'IN_REVIEW' and d.step < t.current_step)
 cross join lateral (select lower(split_part(o.code, '-', 1)) || '-' || d.who as decided_by from organizations o
                      where o.id = t.host_organization_id) u(decided_by)
union all
select t.id, 1, 'REVIEWER', 'RETURN', 'cc-reviewer', '转载须注明原标题，请补充来源标题后重新提交', t.updated_at
  from review_tickets t where t.status = 'RETURNED';
insert into review_ticket_versions (ticket_id, number, title, body, created_by, created_at)
select t.id, 1, t.title, t.body, t.author, t.created_at from review_tickets t;
insert into publications (account_id, host_organization_id, published_at, origin, title, url, imported, recorded_by, ticket_id)
select t.account_id, t.host_organization_id, t.published_at, t.origin, t.title, t.published_url, false, t.author, t.id
  from review_tickets t where t.status = 'PUBLISHED' and t.title like '崇川区教师%';

-- ---------------------------------------------------------------- last quarter's city-wide spot check (Art 32, 33)
create temporary table demo_quarter on commit drop as
select (date_trunc('quarter', pg_temp.today()) - interval '3 months')::date as starts,
       (date_trunc('quarter', pg_temp.today()) - interval '1 day')::date as ends;
insert into spot_checks (organization_id, quarter, seed, sample_percent, population, status, created_by, created_at, closed_by, closed_at)
select o.id, to_char(q.starts, 'YYYY') || '-Q' || extract(quarter from q.starts), 20260901, 10,
       (select count(*) from accounts a where a.status = 'ACTIVE' and a.activated_on < q.starts), 'CLOSED', 'city-admin',
       pg_temp.at(q.starts + 45, 600), 'city-admin', pg_temp.at(q.ends - 3, 960)
  from organizations o cross join demo_quarter q where o.code = 'NT-GOV';
insert into spot_check_accounts (check_id, account_id, host_organization_id, stratum_id, position)
select s.id, l.id, l.host_id,
       coalesce((select c.id from organizations c where c.path = subpath(o.path, 0, 2) and c.level = 'COUNTY' and nlevel(o.path) > 1), s.organization_id),
       (row_number() over (order by l.id) - 1)::int
  from spot_checks s
 cross join demo_quarter q
  join demo_live l on l.status = 'ACTIVE' and l.activated_on < q.starts and pg_temp.h(l.seed || '/sample', 100) < 11
  join organizations o on o.id = l.host_id;
insert into spot_check_findings (check_id, account_id, item_id, description, recorded_by, recorded_at)
select a.check_id, a.account_id, i.id,
       (array['检查时点前一周未更新', '留言超过5个工作日未答复', '一篇文章存在错别字', '认证主体与备案信息不一致', '未落实三审制度记录'])
           [1 + pg_temp.h('f' || a.account_id, 5)],
       'city-admin', pg_temp.at(q.starts + 50 + a.position % 20, 660)
  from spot_check_accounts a
 cross join demo_quarter q
  join checklist_items i on i.code = (array['INFREQUENT_UPDATES', 'UNANSWERED_MESSAGES', 'SERIOUS_WORDING_ERROR', 'FILING_MISMATCH',
                                            'REVIEW_PROCESS', 'NO_UPDATE_TWO_WEEKS'])[1 + pg_temp.h('f' || a.account_id || '/item', 6)]
 where pg_temp.h('f' || a.account_id, 100) < 40;
insert into inspection_findings (province_finding_id, account_id, host_organization_id, category, veto, description, found_on,
                                 rectification_deadline, status, evidence, rectified_by, rectified_at, received_at, source)
select 'SC-' || f.id, f.account_id, a.host_organization_id, i.code, i.kind = 'VETO', '【' || i.name || '】' || f.description,
       (f.recorded_at at time zone pg_temp.zone())::date, pg_temp.wd_plus((f.recorded_at at time zone pg_temp.zone())::date, 10),
       case when f.id % 3 = 0 then 'OPEN' else 'RECTIFIED' end,
       case when f.id % 3 <> 0 then '已完成整改，补充更新并建立值班制度' end,
       case when f.id % 3 <> 0 then 'demo-operator' end,
       case when f.id % 3 <> 0 then f.recorded_at + interval '6 days' end,
       f.recorded_at, 'SPOT_CHECK'
  from spot_check_findings f
  join spot_check_accounts a on a.check_id = f.check_id and a.account_id = f.account_id
  join checklist_items i on i.id = f.item_id;
update inspection_findings x set rectified_by = lower(l.county) || '-operator'
  from demo_live l where l.id = x.account_id and x.rectified_by = 'demo-operator';
update spot_check_findings f set rectification_id = x.id from inspection_findings x where x.province_finding_id = 'SC-' || f.id;
update spot_check_accounts s
   set result = case when exists (select 1 from spot_check_findings f join checklist_items i on i.id = f.item_id
                                   where f.check_id = s.check_id and f.account_id = s.account_id and i.kind = 'VETO')
                       or coalesce((select sum(i.points) from spot_check_findings f join checklist_items i on i.id = f.item_id
                                     where f.check_id = s.check_id and f.account_id = s.account_id), 0) >= 10
                     then 'FAIL' else 'PASS' end;

-- ---------------------------------------------------------------- measures (Art 34) and commendations (Art 33)
insert into measures (type, account_id, organization_id, basis, document_number, decided_on, filing_id, created_by, created_at)
select m.type, m.account_id, m.organization_id, m.basis, m.document_number, m.decided_on, m.filing_id, 'city-admin',
       pg_temp.at(m.decided_on, 600)
  from (
    select 'INTERVIEW' as type, p.id as account_id, p.host_id as organization_id,
           '账号连续多周未更新，经抽查发现，约谈主办单位负责人' as basis, null::text as document_number,
           pg_temp.today() - 20 - (row_number() over (order by p.id))::int * 150 as decided_on, null::bigint as filing_id
      from (select * from demo_profiles where profile in ('DORMANT', 'SILENT') order by id limit 2) p
    union all
    select 'WARNING', p.id, p.host_id, '留言长期未答复，互动回应差，予以警告', '通政媒〔' || extract(year from pg_temp.today()) || '〕3号',
           pg_temp.today() - 40 - (row_number() over (order by p.id))::int * 120, null
      from (select * from demo_profiles where profile = 'SPARSE' order by id limit 2) p
    union all
    select 'NOTICE', null, o.id, '政务新媒体管理制度落实不到位，予以通报', '通政媒〔' || (extract(year from pg_temp.today()) - 1) || '〕8号',
           make_date(extract(year from pg_temp.today())::int - 1, 11, 18), null
      from organizations o where o.code = 'HA-GOV'
    union all
    select 'ORDERED_CLOSURE', f.account_id, f.host_organization_id, '账号长期不更新且整改不到位，责令关闭', f.basis_document_number,
           f.basis_decided_on, f.id
      from filings f where f.basis_type = 'ORDERED_BY_AUTHORITY'
  ) m;

insert into commendations (year, kind, organization_id, person_name, reason, decided_on, recorded_by)
select extract(year from pg_temp.today())::int - 1, c.kind, o.id, c.person, c.reason,
       make_date(extract(year from pg_temp.today())::int - 1, 12, 20), 'city-admin'
  from (values ('UNIT', 'CC-HEALTH', null, '健康科普内容原创率高，留言答复及时'),
               ('UNIT', 'RG-GOV', null, '政务新媒体矩阵建设规范，年度考核优秀'),
               ('PERSON', 'CC-EDU', '顾晓东', '坚持先审后发，全年零差错')) c(kind, code, person, reason)
  join organizations o on o.code = c.code;

drop function pg_temp.at(date, integer);
drop function pg_temp.wd_plus(date, integer);
drop function pg_temp.zone();
drop function pg_temp.today();
drop function pg_temp.h(text, integer);
