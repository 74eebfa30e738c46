#!/usr/bin/env python3
"""Generates a synthetic, deterministic news corpus for chronicler's scale tests and
benchmarks.

Each article is built from varied news-like sentence templates (datelines, quotes,
deictic and anaphoric dates, durations, sets, times, ranges, decades, holidays, and the
usual false friends: "May" as a verb, "Flight 370", "2021 points", "The Sunday Times"),
filled from word lists with a seeded random generator, so the same arguments always give
the same bytes.

    bench/gen_corpus.py --docs 20000 > corpus.jsonl          # ~140 MB of JSON Lines
    bench/gen_corpus.py --docs 200 --format text > news.txt  # plain text, articles
                                                             # separated by blank lines
    bench/gen_corpus.py --bytes 1000000 --format text        # at least 1 MB of text

JSON Lines rows are {"id", "title", "url", "dct", "text"}; one in 25 has no "dct" (its
date is in a dateline), as in real feeds.
"""
import argparse
import datetime as dt
import json
import random
import sys

PLACES = ["WASHINGTON", "LONDON", "KABUL", "NAIROBI", "BRUSSELS", "TOKYO", "OTTAWA",
          "CANBERRA", "MEXICO CITY", "BERLIN", "NEW DELHI", "CAIRO", "SAO PAULO", "SEOUL",
          "GENEVA", "LAGOS", "MANILA", "HOUSTON", "CHICAGO", "DENVER"]
AGENCIES = ["AP", "Reuters", "AFP"]
PEOPLE = ["Mark Milley", "Lloyd Austin", "Angela Ortiz", "Samuel Okafor", "Mei Tanaka",
          "Jonas Berg", "Priya Raman", "Carlos Mendes", "Fatima Haddad", "Elena Petrova",
          "David Kim", "Grace Mwangi", "Tomás Novak", "Aisha Bello", "Liam O'Connor",
          "April Ryan", "Chen Wei", "Noura Saleh", "Olga Ivanova", "Pierre Dubois"]
TITLES = ["the defense secretary", "the central bank governor", "the mayor",
          "the health minister", "a company spokesperson", "the lead investigator",
          "the union's president", "the coach", "the prosecutor", "a senior diplomat",
          "the chief executive", "the opposition leader", "a local official"]
ORGS = ["the Pentagon", "the World Health Organization", "the Federal Reserve",
        "the city council", "the European Commission", "the Supreme Court",
        "the national weather service", "the transport ministry", "Acme Corp.",
        "the United Nations", "the electoral commission", "the port authority",
        "the football federation", "the space agency", "the state legislature"]
THINGS = ["the bridge", "the new stadium", "the pipeline", "the vaccine program",
          "the trade agreement", "the rail line", "the budget", "the ceasefire",
          "the merger", "the investigation", "the reservoir", "the satellite",
          "the housing plan", "the airport expansion", "the tax reform"]
VERBS_PAST = ["announced", "approved", "delayed", "suspended", "completed", "launched",
              "rejected", "signed", "unveiled", "reviewed", "cancelled", "extended"]
VERBS_FUT = ["will announce", "is expected to approve", "will vote on",
             "plans to complete", "will resume", "is set to sign", "will review"]
NUMWORDS = ["two", "three", "four", "five", "six", "seven", "ten", "several", "11", "18"]
UNITS = ["days", "weeks", "months", "years"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SEASONS = ["spring", "summer", "fall", "winter"]
HOLIDAYS = ["Christmas", "Thanksgiving", "Easter", "New Year's Day", "Independence Day"]
TOPIC_WORDS = ["flooding", "inflation", "the election", "the strike", "the outbreak",
               "the wildfire", "the trial", "the evacuation", "the drought", "the summit",
               "the recall", "the heat wave", "the protests", "the tournament"]
FILLER = [
    "Officials did not elaborate on the details, and several questions remained open.",
    "The decision drew criticism from residents who said they had not been consulted.",
    "Analysts cautioned that the figures could still be revised as more data arrives.",
    "It was not immediately clear how many people were affected.",
    "The group has faced mounting pressure to explain its spending.",
    "Critics say the plan does too little, while supporters call it a first step.",
    "Some 124,000 people were evacuated, according to figures released by the agency.",
    "The team scored 2021 points over the course of the campaign, a club record.",
    "Investigators are still searching for Flight 370's remaining debris.",
    "The Sunday Times first reported the negotiations, citing two unnamed sources.",
    "Prices may rise further if supply problems persist, the report said.",
    "Residents march to the square each evening, carrying candles and banners.",
    "\u201cWe are doing everything we can,\u201d the spokesperson said in a statement.",
    "The company\u2019s shares fell 3.4% in early trading before recovering.",
    "More than 1,200 volunteers signed up to help, organizers said.",
]


class Gen:
    """One article at a time, from a seeded random generator."""

    def __init__(self, seed):
        self.r = random.Random(seed)

    def pick(self, xs):
        return self.r.choice(xs)

    def date_between(self, start, end):
        span = (end - start).days
        return start + dt.timedelta(days=self.r.randrange(span + 1))

    @staticmethod
    def full(d):
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"

    def sentence(self, dct):
        """One sentence with zero to three time expressions, news-like."""
        r = self.r
        p, t, o, th = self.pick(PEOPLE), self.pick(TITLES), self.pick(ORGS), self.pick(THINGS)
        past = self.date_between(dct - dt.timedelta(days=900), dct - dt.timedelta(days=1))
        future = self.date_between(dct + dt.timedelta(days=1), dct + dt.timedelta(days=400))
        year = dct.year - r.randrange(1, 40)
        n, u = self.pick(NUMWORDS), self.pick(UNITS)
        hour, minute = r.randrange(1, 12), self.pick(["00", "15", "30", "45"])
        ampm = self.pick(["a.m.", "p.m."])
        templates = [
            lambda: f"{o[0].upper() + o[1:]} {self.pick(VERBS_PAST)} {th} on {self.pick(WEEKDAYS)}, {p}, {t}, said.",
            lambda: f"{p} said {th} {self.pick(VERBS_FUT)} next week, after talks {self.pick(['stalled', 'resumed', 'ended'])} last month.",
            lambda: f"The {self.pick(TOPIC_WORDS).replace('the ', '')} began on {self.full(past)} and lasted {n} {u}.",
            lambda: f"In the fall of {year}, {o} {self.pick(VERBS_PAST)} {th}, and {n} {u} later it {self.pick(VERBS_PAST)} it again.",
            lambda: f"{p} spoke at {hour}:{minute} {ampm} {self.pick(WEEKDAYS)} at a news conference in {self.pick(PLACES).title()}.",
            lambda: f"Over the past {n} {u}, {o} has {self.pick(VERBS_PAST)} {th} twice.",
            lambda: f"{th.capitalize()} is scheduled to open on {MONTHS[future.month - 1]} {future.day}, {t} told reporters yesterday.",
            lambda: f"Earlier this year, {o} {self.pick(VERBS_PAST)} {th}; a final decision is due in the third quarter.",
            lambda: f"Since {year}, {o} has reported {self.pick(TOPIC_WORDS)} every year, most recently in {self.pick(MONTHS)} {dct.year - 1}.",
            lambda: f"Records going back to the {10 * (year // 10)}s show nothing similar, {t} said on {self.pick(WEEKDAYS)}.",
            lambda: f"By mid-{self.pick(MONTHS)}, {o} expects to have {self.pick(VERBS_PAST)} {th}.",
            lambda: f"{th.capitalize()} was first proposed in {year} and debated for {n} {u} before it was {self.pick(VERBS_PAST)} in early {year + 1}.",
            lambda: f"The {self.pick(TOPIC_WORDS).replace('the ', '')} disrupted travel before {self.pick(HOLIDAYS)}, and schools closed for the weekend.",
            lambda: f"From {self.pick(MONTHS)} to {self.pick(MONTHS)} {past.year}, {o} held daily briefings on {self.pick(TOPIC_WORDS)}.",
            lambda: f"{p} was born on {self.full(dt.date(year - 20, r.randrange(1, 13), r.randrange(1, 29)))} and joined {o} in the 1990s.",
            lambda: f"Today, {o} said {th} {self.pick(VERBS_FUT)} {self.pick(['on Friday', 'this weekend', 'in two weeks', 'by the end of the month', 'early next year'])}.",
            lambda: f"The report, dated {past.isoformat()}, said {th} had been {self.pick(VERBS_PAST)} three years ago.",
            lambda: f"{o[0].upper() + o[1:]} met twice a week during the summer of {past.year}, {t} recalled this morning.",
            lambda: f"Two days later, on {self.pick(WEEKDAYS)} night, {p} {self.pick(VERBS_PAST)} the plan.",
            lambda: f"The first half of {past.year} was the busiest on record, and the decade before it the quietest.",
            lambda: f"{p} may {self.pick(['return', 'testify', 'resign'])}, {t} said, but no date has been set.",
            lambda: f"Nothing changed for {n} decades until {self.pick(SEASONS)} {year}, when {o} {self.pick(VERBS_PAST)} {th}.",
        ]
        # Real news dates a minority of its sentences (the seed article: about one in three).
        if r.random() < 0.65:
            return self.filler()
        return self.pick(templates)()

    def filler(self):
        """A sentence without a time expression (but with the usual false friends)."""
        r = self.r
        p, t, o, th = self.pick(PEOPLE), self.pick(TITLES), self.pick(ORGS), self.pick(THINGS)
        n = r.randrange(2, 900)
        templates = [
            lambda: self.pick(FILLER),
            lambda: f"{p}, {t}, said {th} would {self.pick(['cost', 'save', 'affect'])} about {n} million dollars.",
            lambda: f"\u201c{self.pick(['This is', 'It was', 'We think it is'])} a {self.pick(['difficult', 'historic', 'necessary', 'costly'])} moment,\u201d {p} told reporters.",
            lambda: f"{o[0].upper() + o[1:]} declined to comment on {th}, citing the ongoing review.",
            lambda: f"At least {n} people {self.pick(['attended', 'were injured', 'signed the petition', 'lost their jobs'])}, according to {o}.",
            lambda: f"The {self.pick(TOPIC_WORDS).replace('the ', '')} has {self.pick(['divided', 'united', 'worried', 'energized'])} residents of {self.pick(PLACES).title()}, where {th} is a frequent topic.",
            lambda: f"{p} has long argued that {th} should be {self.pick(['scrapped', 'expanded', 'delayed', 'put to a vote'])}.",
            lambda: f"Supporters of {th} point to {self.pick(['lower costs', 'new jobs', 'cleaner air', 'safer streets'])}, while opponents warn of {self.pick(['delays', 'debt', 'disruption', 'legal challenges'])}.",
        ]
        return self.pick(templates)()

    def article(self, i):
        r = self.r
        dct = self.date_between(dt.date(2012, 1, 1), dt.date(2024, 12, 31))
        place, agency = self.pick(PLACES), self.pick(AGENCIES)
        title = f"{self.pick(ORGS).replace('the ', '').title()} {self.pick(VERBS_PAST)} {self.pick(THINGS).replace('the ', '')} amid {self.pick(TOPIC_WORDS).replace('the ', '')}"
        paras = []
        target = r.randrange(5200, 8800)
        size = 0
        first = True
        while size < target:
            sents = [self.sentence(dct) for _ in range(r.randrange(2, 6))]
            para = " ".join(sents)
            if first:
                para = f"{place} ({agency}) \u2014 {para}"
                first = False
            paras.append(para)
            size += len(para) + 2
        has_dct = i % 25 != 0
        if not has_dct:
            paras.insert(0, f"{self.full(dct)} | {place}")
        text = "\n\n".join(paras) + "\n"
        row = {"id": f"doc-{i:06d}", "title": title,
               "url": f"https://news.example/{dct.isoformat()}/{i:06d}"}
        if has_dct:
            row["dct"] = dct.isoformat()
        row["text"] = text
        return row


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=None, help="number of articles")
    ap.add_argument("--bytes", type=int, default=None,
                    help="generate articles until the text reaches this many bytes")
    ap.add_argument("--format", choices=["jsonl", "text"], default="jsonl")
    ap.add_argument("--seed", type=int, default=20210901)
    a = ap.parse_args()
    if a.docs is None and a.bytes is None:
        a.docs = 100
    g = Gen(a.seed)
    out = sys.stdout
    written, i = 0, 0
    while (a.docs is None or i < a.docs) and (a.bytes is None or written < a.bytes):
        i += 1
        row = g.article(i)
        if a.format == "jsonl":
            line = json.dumps(row, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(row["text"].encode())
        else:
            chunk = row["text"] + "\n"
            out.write(chunk)
            written += len(chunk.encode())


if __name__ == "__main__":
    main()
