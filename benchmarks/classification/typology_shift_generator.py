# A held-out generator for the group classifier (issue 16), written from the working paper's typology
# (seed ¶4-7) with choices deliberately unlike CaseGenerator's: other sizes, durations, id formats,
# record layouts, and the hard shapes the issue reports (small groups that are long-lived, or whose few
# members each do many functions). Never used for training; used to check that the built-in model
# generalises to data it was not tuned on. Same author as the classifier, so a check, not an independent test.
# Usage: python3 typology_shift_generator.py OUT  (writes OUT/{A,B,C,D}/caseN; groups.csv carries the labels)
import csv, datetime, os, random, sys

COUNTRIES = ["AF","IR","TR","GR","BG","RS","HU","AT","DE","FR","IT","ES","MA","LY","NG","NE","SD","ER","PK","IQ",
             "SY","AL","GB","NL","BE","PL","UA","MD","RO","VN","CN","TH","MX","GT","US","HN","SV","BR","CO","EC"]
T0 = datetime.datetime(2015, 3, 1)

def make(path, seed, groups=25, share=0.5, small_members=(2, 9), big_members=(8, 45), long_small=0.4,
         many_fn_small=0.4, officials=0.75, crimes=0.45, noise=0.15, miss_fn=0.3, miss_members=0.1, no_time=False, no_routes=False):
    r = random.Random(seed)
    agents, txs, labels = [], [], []
    def stamp(day):
        return "" if no_time else (T0 + datetime.timedelta(days=day, minutes=r.randint(0, 1439))).strftime("%Y-%m-%dT%H:%M:%SZ")
    def agent(aid, kind, country="", group="", functions=()):
        fs = ";".join(functions) if r.random() > miss_fn else ""
        agents.append(dict(id=aid, kind=kind, country=country, groups=group, functions=fs))
        return aid
    def tx(s, t, kind, day, amount="", country="", route="", persons=""):
        txs.append(dict(source=s, target=t, kind=kind, time=stamp(day), amount=amount, country=country,
                        route="" if no_routes else route, persons=persons))
    pool = [agent(f"sp-{k:03d}", "person", r.choice(COUNTRIES), "", [f])
            for k, f in enumerate(["document_forgery", "money_laundering", "document_forgery", "money_laundering", "debt_collection", "transport"] * 2)]
    carriers = [agent(f"co-{k:02d}", "business", r.choice(COUNTRIES), "", ["transport"]) for k in range(5)]
    consuls = [agent(f"cs-{k:02d}", "official", r.choice(COUNTRIES)) for k in range(8)]
    person = 0
    for g in range(groups):
        big = r.random() < share
        gid = f"OC-{seed}-{g:02d}"
        labels.append(dict(id=gid, type="transnational" if big else "small_enterprise", name=f"network {g}"))
        if big:
            n = r.randint(*big_members); countries = r.sample(COUNTRIES, r.randint(3, 9))
            months = r.randint(6, 72); start = r.randint(0, 900); episodes = [(0, months * 30)]
            routes = [">".join(r.sample(countries, r.randint(2, min(4, len(countries))))) for _ in range(r.randint(2, 6))]
            jobs = ["recruitment", "transport", "harbouring", "protection", "exploitation", "document_forgery", "money_laundering", "debt_collection", "intelligence"]
        else:
            n = r.randint(*small_members); countries = r.sample(COUNTRIES, r.randint(1, 3))
            months = r.randint(12, 72) if r.random() < long_small else r.randint(1, 8); start = r.randint(0, 1800)
            # sporadic: a few episodes of one to six weeks spread over the life
            episodes = [(d, d + r.randint(7, 42)) for d in sorted(r.sample(range(0, months * 30), min(months * 30, r.randint(1, 5))))] if months > 8 else [(0, months * 30)]
            routes = [">".join(r.sample(countries + [r.choice(COUNTRIES)], 2)) for _ in range(r.randint(1, 2))]
            jobs = ["recruitment", "transport", "harbouring", "protection", "exploitation", "debt_collection"]
        many = not big and r.random() < many_fn_small
        members = []
        for i in range(n):
            fs = r.sample(jobs, r.randint(2, 4)) if many else [jobs[i % len(jobs)]] if big else r.sample(jobs[:3], r.randint(1, 2))
            if big and i == 0: fs = ["coordination", "financing"]
            members.append(agent(f"{gid}-{i:03d}", "person", r.choice(countries if big or r.random() < 0.9 else COUNTRIES), gid, fs))
        seen = [m for m in members if r.random() > miss_members] or members[:2]
        def when():
            a, b = r.choice(episodes); return start + r.randint(a, max(a, b))
        # structure: big groups talk boss -> lieutenants -> cells; small groups everyone with everyone
        for i, m in enumerate(seen):
            peers = seen[:i] if not big else [] if i == 0 else [seen[0]] if i < 5 else [seen[1 + (i % 4)]] if len(seen) > 5 else [seen[0]]
            for p in peers:
                for _ in range(r.randint(1, 8)): tx(m, p, "communication", when())
        people = r.randint(60, 600) if big else r.randint(4, 60) * (2 if months > 12 else 1)
        trafficking = r.random() < 0.4
        for _ in range(people):
            person += 1; day = when(); route = r.choice(routes); stops = route.split(">")
            who = agent(f"pp{person:05d}", "victim" if trafficking else "migrant", stops[0])
            tx(r.choice(seen), who, "recruitment", day, country=stops[0])
            if not trafficking: tx(who, r.choice(seen), "fee", day + 2, amount=str(r.randint(800, 9000)), country=stops[0])
            if not big and r.random() < 0.5: tx(r.choice(carriers), who, "transport", day + 6, route=route)
            else: tx(r.choice(seen), who, "transport", day + 6, route=route)
            if trafficking:
                for k in range(r.randint(2, 8)): tx(r.choice(seen), who, "exploitation", day + 30 * (k + 1), amount=str(r.randint(150, 1200)), country=stops[-1])
        if big:
            if r.random() < officials:
                for k in range(r.randint(1, 5)):
                    o = agent(f"{gid}-off{k}", "official", r.choice(countries))
                    for _ in range(r.randint(1, 6)): tx(r.choice(seen), o, r.choice(["bribe", "payment"]), when(), amount=str(r.randint(300, 8000)))
            for k in range(r.randint(0, 4)):
                b = agent(f"{gid}-biz{k}", "business", r.choice(countries))
                for _ in range(r.randint(2, 9)): tx(r.choice(seen), b, r.choice(["laundering", "payment"]), when(), amount=str(r.randint(2000, 60000)))
            if r.random() < crimes:
                dealer = agent(f"{gid}-dl", "group", r.choice(countries))
                for _ in range(r.randint(2, 10)): tx(r.choice(seen), dealer, r.choice(["drugs", "drugs", "arms"]), when())
        else:
            for s in r.sample(pool, r.randint(0, 2)):
                for _ in range(r.randint(2, 5)):
                    day = when(); tx(seen[0], s, "payment", day, amount=str(r.randint(200, 4000)))
                    kind = {"document_forgery": "documents", "money_laundering": "laundering", "debt_collection": "debt_collection"}.get(agents[[a["id"] for a in agents].index(s)]["functions"] or "x", "documents")
                    tx(s, seen[0], kind, day + 3)
            if r.random() < 0.35:
                for c in r.sample(consuls, r.randint(2, 4)): tx(c, seen[0], "documents", when())
            if r.random() < 0.1:
                o = agent(f"{gid}-off", "official", countries[0]); tx(seen[0], o, "bribe", when(), amount="500")
    ids = [a["id"] for a in agents]  # noise touches anyone: migrants and victims call and pay too
    for _ in range(int(noise * len(txs))):
        tx(r.choice(ids), r.choice(ids), r.choice(["communication", "payment", "communication"]), r.randint(0, 3000), country=r.choice(COUNTRIES))
    os.makedirs(path, exist_ok=True)
    for name, rows, fields in [("agents.csv", agents, ["id", "kind", "country", "groups", "functions"]),
                               ("transactions.csv", txs, ["source", "target", "kind", "time", "amount", "country", "route", "persons"]),
                               ("groups.csv", labels, ["id", "type", "name"])]:
        with open(f"{path}/{name}", "w", newline="") as f:
            w = csv.DictWriter(f, fields); w.writeheader(); w.writerows(rows)

root = sys.argv[1]
for s in range(4):
    make(f"{root}/A/case{s}", 10 + s)
    make(f"{root}/B/case{s}", 20 + s, share=0.35, small_members=(3, 12), big_members=(10, 30), long_small=0.6, many_fn_small=0.6, noise=0.3, miss_fn=0.5)
    make(f"{root}/D/case{s}", 40 + s, share=0.4, small_members=(3, 12), big_members=(6, 20), long_small=0.7, many_fn_small=0.7, officials=0.5, crimes=0.3, noise=0.25, miss_fn=0.4, miss_members=0.25)
    make(f"{root}/C/case{s}", 30 + s, small_members=(2, 6), big_members=(6, 25), long_small=0.3, many_fn_small=0.3, no_routes=s % 2 == 0, no_time=s == 3)
