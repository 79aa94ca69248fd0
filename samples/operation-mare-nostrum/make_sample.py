#!/usr/bin/env python3
"""Writes the fictional case "Operation Mare Nostrum" in dataset format v1 (agents.csv,
transactions.csv, groups.csv) into this folder. Deterministic: the same script gives the same bytes.

Every person, business and official here is invented; names are common given and family names put
together at random. The story is in README.md. Run: python3 samples/operation-mare-nostrum/make_sample.py
"""
import csv
import os
import random
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20240601)

agents = []        # dicts in file order
transactions = []  # (time, seq, row)
_seq = 0


def agent(id, kind, name, country, groups="", functions="", sensitivity="", role="", sector="", sphere=""):
    agents.append(dict(id=id, kind=kind, name=name, sphere=sphere, country=country, groups=groups,
                       functions=functions, sensitivity=sensitivity, role=role, sector=sector))
    return id


def at(text):
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)


def jitter(t, days=0.0, hours=0.0):
    """t plus a random offset of up to the given days and hours, to the minute."""
    offset = timedelta(days=rng.uniform(0, days), hours=rng.uniform(0, hours))
    return (t + offset).replace(second=0, microsecond=0)


def tx(time, source, target, kind, amount=None, currency="", country="", route="", persons=None):
    global _seq
    _seq += 1
    row = dict(source=source, target=target, kind=kind, time=time.strftime("%Y-%m-%dT%H:%M:%SZ"),
               amount="" if amount is None else str(amount), currency=currency if amount is not None else "",
               country=country, route=route, persons="" if persons is None else str(persons), weight="")
    transactions.append((time, _seq, row))


def round_to(x, step):
    return int(round(x / step) * step)


# ---------------------------------------------------------------------------------------------
# Agents
# ---------------------------------------------------------------------------------------------
G1, G2 = "G1", "G2"

# The Kaya cell: a small smuggling crew on the Aegean (Ayvalik -> Lesbos -> Piraeus).
serkan = agent("P01", "person", "Serkan Kaya", "TR", G1, "coordination;recruitment;transport")
emre = agent("P02", "person", "Emre Kaya", "TR", G1, "transport;protection")
wahid = agent("P03", "person", "Wahid Rahimi", "TR", G1, "recruitment;harbouring")
nasir = agent("P04", "person", "Nasir Popal", "AF", G1, "recruitment")
dimitris = agent("P05", "person", "Dimitris Vlachos", "GR", G1, "transport;harbouring")

# The Osagie network: a transnational trafficking organisation, Benin City -> Agadez -> Libya -> Italy (-> Netherlands).
osaro = agent("P10", "person", "Osaro Igbinedion", "NG", G2, "coordination;financing")
gianluca = agent("P11", "person", "Gianluca Caruso", "IT", G2, "coordination;corruption;financing")
blessing = agent("P12", "person", "Blessing Osagie", "NG", G2, "recruitment")
efe = agent("P13", "person", "Efe Okonkwo", "NG", G2, "recruitment;transport;harbouring")
moussa = agent("P14", "person", "Moussa Diallo", "NE", G2, "transport")
tarek = agent("P15", "person", "Tarek Ben Salem", "LY", G2, "transport;harbouring")
walid = agent("P16", "person", "Walid Shibani", "LY", G2, "transport;protection")
osas = agent("P17", "person", "Osas Eghosa", "IT", G2, "transport;harbouring")
joy = agent("P18", "person", "Joy Obaseki", "IT", G2, "exploitation;debt_collection")
precious = agent("P19", "person", "Precious Adeyemi", "IT", G2, "exploitation;debt_collection")
favour = agent("P20", "person", "Favour Nwosu", "NL", G2, "exploitation")
kingsley = agent("P21", "person", "Kingsley Osagie", "IT", G2, "debt_collection;protection")
eghosa = agent("P22", "person", "Eghosa Obaseki", "IT", G2, "protection")
marco = agent("P23", "person", "Marco Lombardo", "IT", G2, "document_forgery")
adaeze = agent("P24", "person", "Adaeze Nwosu", "IT", G2, "money_laundering;financing")
luca = agent("P25", "person", "Luca Ferrara", "IT", G2, "intelligence")
jeanmarc = agent("P26", "person", "Julien Fournier", "FR", G2, "transport")
ifeanyi = agent("P27", "person", "Chukwuemeka Okafor", "NL", G2, "transport")
stella = agent("B10", "business", "Stella Nails", "IT", G2, "exploitation", sector="nail_salon")
pearl = agent("B11", "business", "Black Pearl Money Transfer", "IT", "", "money_laundering", sector="money_transfer")

# Outside specialists, shared: a forger in Athens and a money broker in Istanbul serve both groups.
petros = agent("P30", "person", "Petros Angelopoulos", "GR", "", "document_forgery")
faisal = agent("P31", "person", "Faisal Mirza", "TR", "", "money_laundering")
crescent = agent("B12", "business", "Golden Crescent Exchange", "TR", "", "money_laundering", sector="money_transfer")
crew = agent("X01", "group", "Zuwara boat crew", "LY", "", "transport")
syndicate = agent("X02", "group", "Maas syndicate", "NL")
dragan = agent("P32", "person", "Dragan Kovac", "RS")

# The upperworld: a ferry line, a travel agency, consulates (honest), and three corrupt officials.
ferry = agent("B13", "business", "Aegean Blue Ferries", "GR", sector="ferry")
tours = agent("B14", "business", "Bosphorus Tours", "TR", sector="travel_agency")
rooms = agent("B15", "business", "Canal Side Rooms BV", "NL", sector="hotel")
cons_it = agent("O01", "official", "Paolo Conti", "TR", role="consular_officer")
cons_de = agent("O02", "official", "Sabine Weber", "TR", role="consular_officer")
cons_fr = agent("O03", "official", "Claire Girard", "TR", role="consular_officer")
nabil = agent("O04", "official", "Nabil Zwai", "LY", "", "corruption", role="border_guard")
vincenzo = agent("O05", "official", "Vincenzo Greco", "IT", "", "corruption;protection", role="police_officer")
pieter = agent("O06", "official", "Pieter Bakker", "NG", "", "corruption", role="consular_officer")

# ---------------------------------------------------------------------------------------------
# The Kaya cell: three bursts of crossings, then arrests (June 2023).
# ---------------------------------------------------------------------------------------------
afghan = ["Ahmad Hosseini", "Zahir Noori", "Farid Safi", "Maryam Ahmadi", "Reza Karimi", "Habib Sultani",
          "Soraya Azizi", "Hamid Jalali", "Javad Rezaei", "Laleh Amiri", "Bahram Hakimi", "Parisa Sadat",
          "Mohammad Wardak", "Shirin Rahimi"]
syrian = ["Khaled Haddad", "Nour Mansour", "Omar Darwish", "Rana Saleh", "Yousef Barakat", "Huda Hamdan",
          "Ziad Qasim", "Layla Awad", "Samir Taha", "Rami Yassin"]
migrant_no = 0


def new_migrant(name, country, sensitivity=""):
    global migrant_no
    migrant_no += 1
    return agent(f"M{migrant_no:02d}", "migrant", name, country, sensitivity=sensitivity)


def kaya_trip(day, names, hawala_share, intercepted=False, forged=0, visa=0):
    """One Aegean crossing: recruitment in Istanbul or Herat, fees (cash or hawala), the boat, the Lesbos driver, the ferry."""
    crossing = jitter(at(day), hours=3) + timedelta(hours=22)
    people = []
    held, holders, takings = 0, 0, 0
    for name, country, sensitivity in names:
        m = new_migrant(name, country, sensitivity)
        people.append(m)
        recruiter = nasir if country == "AF" and rng.random() < 0.5 else wahid
        contact = jitter(crossing - timedelta(days=40), days=25)
        tx(contact, recruiter, m, "recruitment", country="AF" if recruiter == nasir else "TR", persons=1)
        tx(jitter(contact + timedelta(days=2), days=5), m, recruiter, "communication")
        fee = round_to(rng.uniform(1800, 2600), 100)
        takings += fee
        if rng.random() < hawala_share:
            held += fee
            holders += 1
            # Paid into the exchange office; released to the smuggler once the migrant reports arrival.
            tx(jitter(crossing - timedelta(days=6), days=4), m, crescent, "fee", fee, "USD", "TR", "TR>GR")
        else:
            tx(jitter(crossing - timedelta(days=5), days=4), m, serkan, "fee", fee, "USD", "TR", "TR>GR")
        if rng.random() < 0.5:
            # A few nights in Wahid's flat in Izmir before the crossing.
            tx(jitter(crossing - timedelta(days=4), days=2), m, wahid, "payment", round_to(rng.uniform(1500, 3500), 100), "TRY", "TR")
    if visa:
        # Visa shopping first: applications at three consulates in Istanbul through a travel agency.
        applicants = people[:visa]
        tx(jitter(crossing - timedelta(days=70), days=5), serkan, tours, "payment", 150 * len(applicants), "EUR", "TR", persons=len(applicants))
        for m in applicants:
            for consulate in (cons_it, cons_de, cons_fr):
                tx(jitter(crossing - timedelta(days=60), days=20), consulate, m, "documents", country="TR", persons=1)
    tx(crossing - timedelta(hours=20), serkan, emre, "communication", country="TR")
    tx(crossing - timedelta(hours=6), emre, serkan, "communication", country="TR")
    for m in people:
        tx(crossing, emre, m, "transport", country="TR", route="TR>GR", persons=1)
        tx(crossing + timedelta(minutes=20), emre, m, "protection", country="TR")
    if intercepted:
        return None
    landing = crossing + timedelta(hours=5)
    tx(landing, emre, dimitris, "communication", country="GR")
    for m in people:
        tx(jitter(landing + timedelta(hours=2), hours=4), dimitris, m, "transport", country="GR", route="TR>GR", persons=1)
    if forged:
        tx(jitter(landing - timedelta(days=9), days=2), dimitris, petros, "payment", 650 * forged, "EUR", "GR", persons=forged)
        tx(jitter(landing - timedelta(days=3), days=1), petros, dimitris, "documents", country="GR", persons=forged)
    sailing = jitter(landing + timedelta(days=2), days=2)
    tx(sailing - timedelta(hours=5), dimitris, ferry, "payment", round(61.5 * len(people), 2), "EUR", "GR", "TR>GR", len(people))
    for m in people:
        tx(sailing, ferry, m, "transport", country="GR", route="TR>GR", persons=1)
    arrival = sailing + timedelta(hours=12)
    if holders:
        # Released, minus the office's 3 %, once the migrants have called from Athens.
        tx(jitter(arrival + timedelta(hours=6), days=1), crescent, serkan, "payment", round_to(held * 0.97, 10), "USD", "TR", persons=holders)
    kaya_shares(arrival, takings)


def kaya_shares(arrival, takings):
    for member, share in ((emre, 0.15), (wahid, 0.1), (dimitris, 0.1)):
        tx(jitter(arrival + timedelta(days=1), days=3), serkan, member, "payment", round_to(takings * share, 50), "USD" if member != dimitris else "EUR",
           "TR" if member != dimitris else "GR")


def kaya_chatter(start, end, calls):
    crew_members = [serkan, emre, wahid, dimitris, nasir]
    span = (at(end) - at(start)).total_seconds()
    for _ in range(calls):
        a, b = rng.sample(crew_members, 2)
        if nasir in (a, b) and rng.random() < 0.6:
            continue
        when = at(start) + timedelta(seconds=rng.uniform(0, span))
        tx(when.replace(second=0, microsecond=0), a, b, "communication", country=rng.choice(["TR", "", ""]))


kaya_chatter("2022-05-01", "2022-07-25", 26)
tx(at("2022-05-20T10:00:00"), serkan, dimitris, "payment", 1500, "EUR", "GR")
kaya_trip("2022-06-18", [(afghan[0], "AF", ""), (afghan[1], "AF", ""), (afghan[2], "AF", ""), (afghan[3], "AF", ""),
                                         (afghan[4], "AF", ""), (syrian[0], "SY", ""), (syrian[1], "SY", ""), (afghan[5], "AF", "minor"),
                                         (syrian[2], "SY", "")], hawala_share=0.5)
kaya_trip("2022-07-09", [(afghan[6], "AF", ""), (afghan[7], "AF", ""), (syrian[3], "SY", ""), (syrian[4], "SY", ""),
                                         (afghan[8], "AF", ""), (syrian[5], "SY", ""), (afghan[9], "AF", "")], hawala_share=0.4, forged=4)
tx(at("2022-08-04T15:30:00"), serkan, faisal, "laundering", 24000, "USD", "TR")
tx(at("2022-08-19T11:00:00"), faisal, serkan, "payment", 21500, "USD", "TR")
kaya_chatter("2022-08-25", "2022-09-20", 14)
kaya_trip("2022-09-17", [(syrian[6], "SY", "witness"), (syrian[7], "SY", ""), (afghan[10], "AF", ""), (syrian[8], "SY", ""),
                                      (afghan[11], "AF", "")], hawala_share=0.3, intercepted=True, visa=3)
kaya_chatter("2023-04-15", "2023-05-30", 18)
kaya_trip("2023-05-20", [(afghan[12], "AF", ""), (afghan[13], "AF", ""), (syrian[9], "SY", ""), ("Bilal Akhtar", "PK", ""),
                                         ("Naveed Iqbal", "PK", "")], hawala_share=0.6, forged=2)
tx(at("2023-06-02T09:40:00"), serkan, faisal, "laundering", 18000, "USD", "TR")
tx(at("2023-06-14T16:10:00"), faisal, serkan, "payment", 16200, "USD", "TR")

# ---------------------------------------------------------------------------------------------
# The Osagie network: continuous from spring 2022; a new route to the Netherlands in 2023.
# ---------------------------------------------------------------------------------------------
nigerian_women = ["Joy Edo", "Gift Osaro", "Precious Okafor", "Favour Igbinedion", "Blessing Eghosa", "Osas Nwosu",
                  "Adaeze Obaseki", "Efe Osagie", "Joy Adeyemi", "Gift Okonkwo", "Precious Osaro", "Favour Edo",
                  "Blessing Okafor", "Osas Adeyemi", "Efe Nwosu", "Joy Igbinedion", "Gift Eghosa", "Precious Obaseki"]
victim_no = 0
west_african_men = [("Ibrahim Ndiaye", "SN"), ("Chinedu Eze", "NG"), ("Lamin Jallow", "GM"), ("Samuel Mensah", "GH"),
                    ("Mamadou Camara", "SN"), ("Uchenna Obi", "NG"), ("Ebrima Touray", "GM"), ("Kelechi Nwankwo", "NG"),
                    ("Kwame Boateng", "GH"), ("Ousmane Sow", "SN"), ("Ikenna Okeke", "NG"), ("Osaro Edo", "NG")]


def new_victim(name, sensitivity="victim"):
    global victim_no
    victim_no += 1
    return agent(f"V{victim_no:02d}", "victim", name, "NG", sensitivity=sensitivity)


END = at("2024-06-30T00:00:00")


def exploit(v, arrival, madam, until, weekly=(300, 750), debt=35000, to_nl=None):
    """Weekly earnings to the madam, monthly debt repayments to the collector, threats from the enforcers."""
    t = jitter(arrival + timedelta(days=5), days=5)
    location = "IT"
    currency = "EUR"
    while t < until:
        if to_nl and t >= to_nl:
            madam, location = favour, "NL"
        tx(t, madam, v, "exploitation", round_to(rng.uniform(*weekly), 10), currency, location, persons=1)
        t = jitter(t + timedelta(days=6), days=2)
    t = jitter(arrival + timedelta(days=25), days=10)
    left = debt
    while t < until and left > 0:
        pay = min(left, round_to(rng.uniform(900, 2200), 50))
        collector = kingsley if (not to_nl or t < to_nl) else favour
        tx(t, collector, v, "debt_collection", pay, "EUR", "NL" if to_nl and t >= to_nl else "IT", persons=1)
        left -= pay
        t = jitter(t + timedelta(days=28), days=6)
    t = jitter(arrival + timedelta(days=10), days=20)
    while t < until:
        tx(t, rng.choice([kingsley, eghosa]), v, "protection", country="IT" if not to_nl or t < to_nl else "NL")
        t = jitter(t + timedelta(days=30), days=30)


def osagie_trip(recruited, women, migrants=0, route="NG>NE>LY>IT", forged_in_house=True):
    """Recruitment in Benin City, the desert, a wait in a Libyan connection house, the sea, reception in Sicily."""
    people = []
    start = at(recruited)
    for name, sensitivity in women:
        v = new_victim(name, sensitivity)
        people.append(v)
        recruiter = rng.choice([blessing, blessing, efe])
        tx(jitter(start, days=20), recruiter, v, "recruitment", country="NG", persons=1)
        for _ in range(rng.randint(1, 3)):
            tx(jitter(start + timedelta(days=5), days=30), recruiter, v, "communication")
    departure = jitter(start + timedelta(days=45), days=10)
    if forged_in_house:
        for v in people:
            tx(jitter(departure - timedelta(days=6), days=4), marco, v, "documents", country="IT", persons=1)
    for v in people:
        tx(departure, efe, v, "transport", country="NG", route=route, persons=1)
    tx(departure - timedelta(days=1), osaro, moussa, "payment", round_to(450 * len(people), 50), "EUR", "NG", persons=len(people))
    agadez = jitter(departure + timedelta(days=4), days=3)
    for v in people:
        tx(agadez, moussa, v, "transport", country="NE", route=route, persons=1)
    tripoli = jitter(agadez + timedelta(days=8), days=6)
    for v in people:
        tx(tripoli, walid, v, "protection", country="LY")
    boat = jitter(tripoli + timedelta(days=35), days=40)
    # Men who pay their own way share the boat: smuggled, not trafficked.
    passengers = list(people)
    for i in range(migrants):
        m = new_migrant(*west_african_men.pop(0))
        tx(jitter(boat - timedelta(days=20), days=10), m, tarek, "fee", round_to(rng.uniform(1500, 2500), 100), "EUR", "LY", "LY>IT")
        if rng.random() < 0.5:
            tx(jitter(boat - timedelta(days=9), days=5), m, tarek, "payment", round_to(rng.uniform(300, 600), 50), "LYD", "LY")
        passengers.append(m)
    tx(boat - timedelta(days=2), tarek, crew, "payment", round_to(700 * len(passengers), 100), "EUR", "LY", route, len(passengers))
    tx(boat - timedelta(hours=30), tarek, nabil, "bribe", round_to(rng.uniform(2500, 4500), 500), "LYD" if rng.random() < 0.5 else "EUR", "LY")
    for p in passengers:
        tx(boat, crew, p, "transport", country="LY", route=route if p in people else "LY>IT", persons=1)
    landing = boat + timedelta(hours=rng.randint(20, 40))
    for v in people:
        tx(jitter(landing + timedelta(days=3), days=4), osas, v, "transport", country="IT", route=route, persons=1)
    arrival = landing + timedelta(days=8)
    tx(arrival, osas, gianluca, "communication", country="IT")
    return people, arrival


def monthly(start, end, fn):
    t = at(start)
    while t < at(end):
        fn(t)
        t += timedelta(days=30)


# Batch 1 (spring 2022) to Turin; batch 2 to Castel Volturno; batch 3 (2023) partly on to Amsterdam with Greek passports.
b1, a1 = osagie_trip("2022-03-05", [(nigerian_women[0], "victim"), (nigerian_women[1], "minor"), (nigerian_women[2], "victim"),
                                     (nigerian_women[3], "victim")], migrants=3)
exploit(b1[0], a1, joy, END)
exploit(b1[1], a1, joy, at("2023-02-11T00:00:00"))  # escaped, in a shelter
exploit(b1[2], a1, joy, END)
exploit(b1[3], a1, joy, at("2024-01-20T00:00:00"))  # reported to the police in Turin: the case starts
b2, a2 = osagie_trip("2022-06-20", [(nigerian_women[4], "victim"), (nigerian_women[5], "victim"), (nigerian_women[6], "minor")], migrants=4)
for v in b2:
    exploit(v, a2, precious, END)
b3, a3 = osagie_trip("2022-10-10", [(nigerian_women[7], "witness"), (nigerian_women[8], "victim"), (nigerian_women[9], "victim"),
                                     (nigerian_women[10], "victim")], migrants=3, forged_in_house=False)
to_nl = at("2023-04-15T00:00:00")
exploit(b3[0], a3, joy, at("2023-09-01T00:00:00"))  # escaped, witness
exploit(b3[1], a3, joy, END, to_nl=to_nl)
exploit(b3[2], a3, precious, END, to_nl=to_nl)
exploit(b3[3], a3, precious, END)
b4, a4 = osagie_trip("2023-03-01", [(nigerian_women[11], "victim"), (nigerian_women[12], "minor"), (nigerian_women[13], "victim")], migrants=0,
                     route="NG>NE>LY>IT>FR>NL")
b5, a5 = osagie_trip("2023-08-15", [(nigerian_women[14], "victim"), (nigerian_women[15], "witness"), (nigerian_women[16], "victim"),
                                     (nigerian_women[17], "victim")], migrants=2, route="NG>NE>LY>IT>FR>NL")

# The new route (2023): fake Greek passports from the Athens forger, a driver through France, windows in Amsterdam.
tx(at("2023-04-02T13:00:00"), gianluca, petros, "payment", 4800, "EUR", "GR", persons=4)
tx(at("2023-04-08T10:30:00"), petros, jeanmarc, "documents", country="GR", persons=4)
for v in (b3[1], b3[2]):
    tx(jitter(to_nl - timedelta(days=2), hours=10), jeanmarc, v, "transport", country="IT", route="IT>FR>NL", persons=1)
for batch, arrival in ((b4, a4), (b5, a5)):
    leave = arrival + timedelta(days=rng.randint(10, 20))
    tx(leave - timedelta(days=4), gianluca, petros, "payment", 1200 * len(batch), "EUR", "GR", persons=len(batch))
    tx(leave - timedelta(days=2), petros, jeanmarc, "documents", country="GR", persons=len(batch))
    for v in batch:
        tx(leave, jeanmarc, v, "transport", country="IT", route="NG>NE>LY>IT>FR>NL", persons=1)
    for i, v in enumerate(batch):
        until = END if i != 1 else at("2024-03-10T00:00:00")
        exploit(v, leave + timedelta(days=2), favour, until, weekly=(400, 900), debt=40000, to_nl=leave)
monthly("2023-05-01", "2024-06-30", lambda t: tx(jitter(t, days=5), favour, rooms, "payment", round_to(rng.uniform(2600, 3400), 100), "EUR", "NL"))

# Money up the hierarchy, wages down, laundering out through the money transfer front and Istanbul.
def month_of_network(t):
    for madam in (joy, precious) + ((favour,) if t >= to_nl else ()):
        tx(jitter(t + timedelta(days=2), days=6), madam, gianluca, "payment", round_to(rng.uniform(6000, 14000), 500), "EUR", "IT" if madam != favour else "NL")
    tx(jitter(t + timedelta(days=10), days=5), kingsley, gianluca, "payment", round_to(rng.uniform(3000, 7000), 500), "EUR", "IT")
    tx(jitter(t + timedelta(days=12), days=4), gianluca, osaro, "payment", round_to(rng.uniform(8000, 15000), 500), "EUR", "IT")
    for member in (kingsley, eghosa, osas, luca):
        tx(jitter(t + timedelta(days=14), days=6), gianluca, member, "payment", round_to(rng.uniform(900, 1800), 100), "EUR", "IT")
    tx(jitter(t + timedelta(days=5), days=10), gianluca, vincenzo, "bribe", round_to(rng.uniform(800, 1500), 100), "EUR", "IT")
    if rng.random() < 0.6:
        tx(jitter(t + timedelta(days=3), days=20), vincenzo, luca, "communication", country="IT")
    tx(jitter(t + timedelta(days=18), days=6), gianluca, adaeze, "laundering", round_to(rng.uniform(10000, 20000), 1000), "EUR", "IT")
    tx(jitter(t + timedelta(days=22), days=4), adaeze, pearl, "laundering", round_to(rng.uniform(9000, 18000), 1000), "EUR", "IT")
    if rng.random() < 0.35:
        tx(jitter(t + timedelta(days=26), days=3), pearl, faisal, "laundering", round_to(rng.uniform(15000, 30000), 1000), "EUR", "TR")
        tx(jitter(t + timedelta(days=40), days=5), faisal, osaro, "payment", round_to(rng.uniform(12000, 25000), 1000), "USD", "NG")
    for _ in range(rng.randint(6, 10)):
        a, b = rng.sample([osaro, gianluca, joy, precious, kingsley, adaeze, luca, osas, tarek, efe], 2)
        tx(jitter(t, days=29), a, b, "communication", country=rng.choice(["IT", "NG", ""]))
    tx(jitter(t, days=29), stella, gianluca, "payment", round_to(rng.uniform(1500, 2500), 100), "EUR", "IT")


monthly("2022-04-01", "2024-06-01", month_of_network)
tx(at("2022-03-01T09:00:00"), osaro, gianluca, "payment", 60000, "EUR", "IT")
tx(at("2022-03-10T11:20:00"), gianluca, stella, "payment", 35000, "EUR", "IT")

# Visas for "domestic workers" from a bribed consular officer: tried once, with two women of batch 5.
tx(at("2023-07-03T10:00:00"), osaro, pieter, "bribe", 5000, "USD", "NG")
for v in b5[:2]:
    tx(jitter(at("2023-07-20T09:00:00"), days=5), pieter, v, "documents", country="NG", persons=1)

# Poly-crime: cocaine from a Dutch syndicate, pistols from a Serbian dealer.
for day in ("2023-06-12", "2023-10-03", "2024-02-20"):
    value = round_to(rng.uniform(60000, 140000), 5000)
    tx(jitter(at(day), hours=8), syndicate, ifeanyi, "drugs", value, "EUR", "NL")
    tx(jitter(at(day) + timedelta(days=12), days=5), ifeanyi, syndicate, "payment", round_to(value * 0.95, 1000), "EUR", "NL")
    tx(jitter(at(day) + timedelta(days=20), days=5), ifeanyi, gianluca, "payment", round_to(value * 0.3, 1000), "EUR", "NL")
tx(at("2023-09-14T18:45:00"), dragan, kingsley, "arms", 9500, "EUR", "RS")
tx(at("2023-09-16T12:00:00"), kingsley, dragan, "payment", 9500, "EUR", "RS")

# The Athens forger and the Istanbul broker also met at least once (they work for others too).
tx(at("2022-11-08T17:00:00"), petros, faisal, "communication")

# ---------------------------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------------------------
transactions.sort(key=lambda item: (item[0], item[1]))
with open(os.path.join(HERE, "agents.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "kind", "name", "sphere", "country", "groups", "functions", "sensitivity", "role", "sector"])
    for a in agents:
        w.writerow([a["id"], a["kind"], a["name"], a["sphere"], a["country"], a["groups"], a["functions"], a["sensitivity"], a["role"], a["sector"]])
with open(os.path.join(HERE, "transactions.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "source", "target", "kind", "time", "amount", "currency", "country", "route", "persons", "weight"])
    for i, (_, _, r) in enumerate(transactions, start=1):
        w.writerow([f"T{i:04d}", r["source"], r["target"], r["kind"], r["time"], r["amount"], r["currency"], r["country"], r["route"], r["persons"], r["weight"]])
with open(os.path.join(HERE, "groups.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "type"])
    w.writerow([G1, "Kaya cell", "small_enterprise"])
    w.writerow([G2, "Osagie network", "transnational"])
print(f"{len(agents)} agents, {len(transactions)} transactions")
