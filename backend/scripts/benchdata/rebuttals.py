"""Rumour rebuttals (Art 23) with their review tickets (Art 17): most published through an IMPORTANT or MAJOR ticket
with the content version they were sent with (so the public feed shows them), some still in review, some drafts."""
from . import text

TICKET_COLUMNS = ["id", "account_id", "host_organization_id", "title", "body", "body_format", "origin", "classification",
                  "status", "current_step", "author", "content_version", "published_url", "published_at", "created_at",
                  "updated_at", "version"]
VERSION_COLUMNS = ["ticket_id", "number", "title", "body", "created_by", "created_at"]
COLUMNS = ["id", "title", "rumour", "truth", "evidence", "evidence_links", "rumour_appearances", "verdict",
           "organization_id", "account_id", "ticket_id", "ticket_content_version", "created_by", "created_at",
           "updated_at", "version"]
VERDICTS = [("FALSE", "谣言"), ("MISLEADING", "失实"), ("UNPROVEN", "未经证实")]
N = "\\N"


def _esc(value):
    return value.replace("\n", "\\n")


def build(rng, accounts, period, count):
    """Answers (ticket lines, version lines, rebuttal lines), in the order the rebuttals were written."""
    live = [a for a in accounts if a.status in ("ACTIVE", "CLOSING")]
    rows = []
    for _ in range(count):
        a = live[int(rng.random() * len(live))]
        first = max(0, period.index(a.activated))
        day = first + int(rng.random() * (period.days - first))
        rows.append((day, rng.randint(8 * 3600, 20 * 3600), a))
    rows.sort(key=lambda r: (r[0], r[1], r[2].id))
    tickets, versions, rebuttals = [], [], []
    for number, (day, second, a) in enumerate(rows, start=1):
        place = a.host.name[:3]
        event = rng.choice(text.RUMOUR_EVENTS)
        title = f"网传{place}“{event}”？{rng.choice(['不实', '假的', '系谣言'])}！"
        rumour = f"近日，网传{place}{event}，" + "".join(rng.choice(text.SENTENCES) for _ in range(rng.randint(2, 8)))
        truth = "".join(rng.choice(text.TRUTHS) for _ in range(rng.randint(3, 14)))
        evidence = f"{a.host.name}现场核查记录及相关检测报告。" if rng.random() < 0.7 else None
        links = [f"https://www.gov.example.cn/{a.host.division}/notice/{number}.html"] if evidence else []
        appearances = [f"https://weibo.com/detail/r{number}", f"https://www.douyin.com/video/r{number}"][:rng.randint(0, 2)]
        verdict, verdict_name = VERDICTS[0] if rng.random() < 0.7 else rng.choice(VERDICTS[1:])
        created = period.stamp(day, second)
        author = f"op-{a.host.code.lower()}"
        state = rng.random()
        ticket_id = content_version = N
        if state >= 0.06:
            ticket_id, content_version = str(len(tickets) + 1), "1"
            body = f"网传：{rumour}\n\n真相：{truth}\n\n"
            if evidence:
                body += f"依据：{evidence}\n" + "".join(f"{u}\n" for u in links) + "\n"
            if appearances:
                body += "谣言出处：\n" + "".join(f"{u}\n" for u in appearances) + "\n"
            body += f"评级：{verdict_name}\n发布单位：{a.host.name}"
            published = state >= 0.12
            published_day = min(period.days - 1, day + rng.randint(0, 2))
            published_at = period.stamp(published_day, min(86399, second + 3600)) if published else N
            tickets.append("\t".join([
                ticket_id, str(a.id), str(a.host.id), title, _esc(body), "TEXT", "ORIGINAL",
                "MAJOR" if rng.random() < 0.2 else "IMPORTANT", "PUBLISHED" if published else "IN_REVIEW",
                "0" if published else "1", author, "1",
                f"https://mp.weixin.qq.com/s/rebuttal{number}" if published else N, published_at, created,
                published_at if published else created, "4" if published else "1"]))
            versions.append("\t".join([ticket_id, "1", title, _esc(body), author, created]))
        rebuttals.append("\t".join([
            str(number), title, rumour, truth, evidence or N, "{" + ",".join(links) + "}",
            "{" + ",".join(appearances) + "}", verdict, str(a.host.id), str(a.id), ticket_id, content_version,
            author, created, created, "0"]))
    return tickets, versions, rebuttals
