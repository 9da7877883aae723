-- Art 32.3 zeroes the year only for a veto found by a national or provincial check. A veto item found by the city's own
-- spot check is recorded and shown, but counts only when CITY_ADMIN activates it in the scheme.
update assessment_items
   set active = false, name = '市级抽查发现单项否决问题（默认不计零分；第三十二条仅对国家、省检查否决计零）'
 where code = 'SPOT_CHECK_VETO';
