"""The organization tree: ~300 county-level divisions below the seeded city government, each with its government,
government office (competent authority), departments, their institutions, townships and sometimes a zone committee
(~80 hosts a division). Art 12 allows one live account per host and platform (11 platforms, a unique index), so
200,000 mostly live accounts need some 20,000 hosts: ~3,000 organizations could hold at most 33,000 live accounts.
Internal units are generated too but, as Art 12 says, host no account."""
from . import text
from .common import credit_code

COLUMNS = ["id", "code", "name", "short_name", "type", "level", "division_code", "credit_code", "parent_id",
           "competent_authority_id", "sort_order"]
FIRST_ID = 1001


class Host:
    """An organization that may host accounts; weight scales how many platforms it is on."""
    __slots__ = ("id", "code", "name", "account_name", "weight", "division", "authority")

    def __init__(self, id, code, name, account_name, weight, division, authority):
        self.id, self.code, self.name, self.account_name, self.weight, self.division, self.authority = \
            id, code, name, account_name, weight, division, authority


def divisions(rng, count):
    """Unique (division code, place name without suffix, suffix)."""
    codes, places, out = set(), set(), []
    while len(out) < count:
        code = rng.choice(text.PROVINCES) + f"{rng.randint(1, 20):02d}{rng.randint(1, 30):02d}"
        place = "".join(rng.sample(text.PLACE_CHARS, 2))
        if code in codes or place in places or code.startswith("3206") or place == "南通":
            continue
        codes.add(code)
        places.add(place)
        out.append((code, place, rng.choice(text.COUNTY_SUFFIXES)))
    return out


def build(rng, count, city_id, city_office_id):
    """Answers (COPY lines of organizations parents first, hosts)."""
    lines, hosts = [], []
    next_id = [FIRST_ID]

    def org(code, name, short, type_, division, parent, authority, order):
        org_id = next_id[0]
        next_id[0] += 1
        credit = credit_code(division, org_id) if type_ != "INTERNAL_UNIT" else "\\N"
        lines.append("\t".join([str(org_id), code, name, short, type_, "COUNTY", division, credit, str(parent),
                                str(authority) if authority else "\\N", str(order)]))
        return org_id

    towns_seen = set()
    for index, (division, place, suffix) in enumerate(divisions(rng, count)):
        county = place + suffix
        gov = org(f"{division}-GOV", f"{county}人民政府", f"{county}政府", "GOVERNMENT", division, city_id, city_office_id,
                  100 + index)
        hosts.append(Host(gov, f"{division}-GOV", f"{county}人民政府", f"{place}发布", 1.6, division, city_office_id))
        office = org(f"{division}-OFFICE", f"{county}人民政府办公室", f"{county}政府办", "GOVERNMENT_OFFICE", division, gov,
                     city_office_id, 1)
        hosts.append(Host(office, f"{division}-OFFICE", f"{county}人民政府办公室", f"{place}政务", 1.2, division, city_office_id))
        for k, unit in enumerate(text.INTERNAL_UNITS):
            org(f"{division}-U{k}", f"{county}人民政府办公室{unit}", unit, "INTERNAL_UNIT", division, office, None, k + 1)
        chosen = sorted(rng.sample(range(len(text.DEPARTMENTS)), rng.randint(32, len(text.DEPARTMENTS))))
        by_tag = {}
        for k in chosen:
            unit, tag, pattern = text.DEPARTMENTS[k]
            code = f"{division}-D{k:02d}"
            dept = org(code, county + unit, place + tag, "DEPARTMENT", division, gov, office, 10 + k)
            by_tag[tag] = dept
            hosts.append(Host(dept, code, county + unit, pattern.format(p=place), 1.0, division, office))
        for k, (tag, unit, pattern) in enumerate(text.INSTITUTIONS):
            if tag in by_tag and rng.random() < 0.85:
                code = f"{division}-I{k:02d}"
                inst = org(code, county + unit, place + unit[:4], "DEPARTMENT", division, by_tag[tag], office, k + 1)
                hosts.append(Host(inst, code, county + unit, pattern.format(p=place), 0.7, division, office))
        for k in range(rng.randint(14, 24)):
            town = "".join(rng.sample(text.PLACE_CHARS, 2))
            while (division, town) in towns_seen or town == place:
                town = "".join(rng.sample(text.PLACE_CHARS, 2))
            towns_seen.add((division, town))
            kind = rng.choice(text.TOWN_SUFFIXES)
            name = f"{county}{town}{kind}" + ("办事处" if kind == "街道" else "人民政府")
            code = f"{division}-T{k:02d}"
            tid = org(code, name, town + kind, "GOVERNMENT", division, gov, office, 60 + k)
            hosts.append(Host(tid, code, name, rng.choice([f"{town}{kind}发布", f"魅力{town}", f"{town}{kind}"]), 0.8, division, office))
        if rng.random() < 0.5:
            code = f"{division}-ZONE"
            zone = org(code, f"{county}经济开发区管理委员会", f"{place}开发区", "ZONE_COMMITTEE", division, gov, office, 90)
            hosts.append(Host(zone, code, f"{county}经济开发区管理委员会", f"{place}开发区", 0.9, division, office))
    return lines, hosts
