# A second, deliberately different toy generator written from DOMAIN.md section 4 only (not from
# CaseGenerator), to check that the classifier does not lean on our generator's conventions.
# Usage: python3 domain_toy_generator.py OUT_FOLDER  (writes OUT/{plain,noisy,notime,counts}/caseN)
import csv, random, os, sys
COUNTRIES = ["AF","IR","TR","GR","BG","RS","HU","AT","DE","FR","IT","ES","MA","LY","NG","NE","SD","ER","PK","IQ","SY","AL","GB","NL","BE","PL","UA","MD","RO","VN","CN","TH"]
import datetime
T0 = datetime.datetime(2019,1,1)
def ts(days): return (T0 + datetime.timedelta(days=days, hours=random.randint(0,23))).strftime("%Y-%m-%dT%H:%M:%SZ")

def make(path, seed, ngroups=16, noise=0.1, miss_fn=0.3, no_time=False, people_as_counts=False):
    rnd = random.Random(seed); random.seed(seed)
    agents=[]; txs=[]; groups=[]
    def agent(i,kind,country="",groupsv="",functions="",sens=""):
        agents.append(dict(id=i,kind=kind,country=country,groups=groupsv,functions=functions if rnd.random()>miss_fn else "",sensitivity=sens)); return i
    def tx(s,t,kind,d,amount="",country="",route="",persons=""):
        txs.append(dict(source=s,target=t,kind=kind,time="" if no_time else ts(d),amount=amount,country=country,route=route,persons=persons))
    specialists=[agent(f"spec{k}","person",rnd.choice(COUNTRIES),"",rnd.choice(["document_forgery","money_laundering","debt_collection"])) for k in range(max(2,ngroups//4))]
    consulates=[agent(f"consul{k}","official",rnd.choice(COUNTRIES),"","") for k in range(6)]
    carriers=[agent(f"bus{k}","business",rnd.choice(COUNTRIES),"","transport") for k in range(4)]
    pid=0
    for g in range(ngroups):
        big = rnd.random() < 0.45
        gid=f"g{g}"; groups.append(dict(id=gid,type="transnational" if big else "small_enterprise"))
        if big:
            n=rnd.randint(12,50); home=rnd.sample(COUNTRIES, rnd.randint(4,9)); span=rnd.randint(24,60); start=rnd.randint(0,300)
            roles=["coordination","recruitment","transport","money_laundering","document_forgery","debt_collection","protection","intelligence","corruption","exploitation","harbouring","financing"]
        else:
            n=rnd.randint(2,6); home=rnd.sample(COUNTRIES, rnd.randint(1,3)); span=rnd.randint(1,9); start=rnd.randint(0,1500)
            roles=["recruitment","transport","exploitation","harbouring"]
        mem=[agent(f"{gid}m{i}","person",rnd.choice(home),gid,roles[i%len(roles)] + (";"+rnd.choice(roles) if rnd.random()<0.3 else "")) for i in range(n)]
        # internal communication: cells of ~6 around leaders
        for i in range(n):
            for j in range(i+1,n):
                if big and (i//6 != j//6) and not (i%6==0 and j%6==0): continue
                for _ in range(rnd.randint(1,6)): tx(mem[i],mem[j],"communication",start+rnd.randint(0,span*30))
        routes=[">".join(rnd.sample(home, min(len(home), rnd.randint(2,4)))) for _ in range(rnd.randint(3,6) if big else 1)]
        npeople = rnd.randint(80,400) if big else rnd.randint(5,40)
        traffick = rnd.random()<0.5
        for p in range(npeople):
            d=start+rnd.randint(0,span*30); route=rnd.choice(routes); rc=route.split(">")
            rec=rnd.choice(mem); trn=rnd.choice(mem)
            if people_as_counts:
                tx(rec,trn,"transport",d,route=route,persons=str(rnd.randint(1,5)))
                continue
            pid+=1; who=agent(f"p{pid}","victim" if traffick else "migrant",rc[0],"","","victim" if traffick else "")
            tx(rec,who,"recruitment",d,country=rc[0])
            if not traffick: tx(who,rec,"fee",d+1,amount=str(rnd.randint(1000,6000)),country=rc[0])
            if not big and rnd.random()<0.5: tx(trn,rnd.choice(carriers),"transport",d+3,route=route)  # commercial carrier
            else: tx(trn,who,"transport",d+5,route=route)
            if traffick:
                for k in range(rnd.randint(2,6)): tx(rnd.choice(mem),who,"exploitation",d+20+30*k,amount=str(rnd.randint(200,900)),country=rc[-1])
                if big: tx(rnd.choice(mem),who,"debt_collection",d+60)
        if big:
            offs=[agent(f"{gid}off{k}","official",rnd.choice(home)) for k in range(rnd.randint(1,4))]
            for o in offs:
                for _ in range(rnd.randint(2,6)): tx(rnd.choice(mem),o,rnd.choice(["bribe","payment"]),start+rnd.randint(0,span*30),amount=str(rnd.randint(500,5000)))
            fronts=[agent(f"{gid}biz{k}","business",rnd.choice(home)) for k in range(rnd.randint(1,4))]
            for b in fronts:
                for _ in range(rnd.randint(3,10)): tx(rnd.choice(mem),b,"laundering",start+rnd.randint(0,span*30),amount=str(rnd.randint(5000,50000)))
            if rnd.random()<0.6:
                dealer=agent(f"{gid}dealer","person",rnd.choice(home))
                for _ in range(rnd.randint(2,8)): tx(rnd.choice(mem),dealer,rnd.choice(["drugs","arms"]),start+rnd.randint(0,span*30))
        else:
            for _ in range(rnd.randint(1,2)):
                s=rnd.choice(specialists)
                for _ in range(rnd.randint(2,4)):
                    d=start+rnd.randint(0,span*30); tx(mem[0],s,"payment",d,amount=str(rnd.randint(300,3000)))
                    kindmap={"document_forgery":"documents","money_laundering":"laundering","debt_collection":"debt_collection"}
                    f=[a for a in agents if a["id"]==s][0]["functions"] or "document_forgery"
                    tx(s,mem[0],kindmap.get(f,"documents"),d+2)
            if rnd.random()<0.5:
                for c in rnd.sample(consulates,3): tx(c,mem[0],"documents",start+rnd.randint(0,span*30))
    ids=[a["id"] for a in agents if a["kind"] in ("person","official","business")]
    for _ in range(int(noise*len(txs))): tx(rnd.choice(ids),rnd.choice(ids),rnd.choice(["communication","payment"]),rnd.randint(0,2000),country=rnd.choice(COUNTRIES))
    os.makedirs(path,exist_ok=True)
    with open(f"{path}/agents.csv","w",newline="") as f:
        w=csv.DictWriter(f,["id","kind","country","groups","functions","sensitivity"]); w.writeheader(); w.writerows(agents)
    with open(f"{path}/transactions.csv","w",newline="") as f:
        w=csv.DictWriter(f,["source","target","kind","time","amount","country","route","persons"]); w.writeheader(); w.writerows(txs)
    with open(f"{path}/groups.csv","w",newline="") as f:
        w=csv.DictWriter(f,["id","type"]); w.writeheader(); w.writerows(groups)

root=sys.argv[1]
for s in range(4):
    make(f"{root}/plain/case{s}", s)
    make(f"{root}/noisy/case{s}", 100+s, noise=0.4, miss_fn=0.7)
    make(f"{root}/notime/case{s}", 200+s, no_time=True)
    make(f"{root}/counts/case{s}", 300+s, people_as_counts=True)
