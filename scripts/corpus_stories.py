"""What the story-written corpora (dev3, dev4) share: story steps, outcomes, the runner.

Each generator keeps its own people (made with adder()), foreign mail, seed and header;
this module turns them into mail with the layout machinery of scripts/make_corpus.py.
"""
from __future__ import annotations

import argparse
import string
import sys
from collections import Counter
from collections.abc import Callable
from datetime import timedelta
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_corpus as mc  # noqa: E402  (layout machinery and LinkedIn's own wording only)

# ------------------------------------------------------------------ story steps
# ("inv", note) an invitation with a personal note; ("inv", DEFAULT) LinkedIn's default
# note; ("inv", NONOTE) a current-era invitation without a note; ("rem",) a reminder;
# ("acc",) the acceptance of the user's invitation; ("end",) an endorsement;
# ("msg", note) a 1st-degree message; ("inm", subject, note) an InMail.
# An optional trailing (min, max) tuple is the gap in days since the previous step.
DEFAULT, NONOTE = "<default>", "<nonote>"
GAPS = {"rem": (5, 14), "acc": (0, 0), "end": (1, 30), "msg": (2, 30), "inm": (3, 25), "inv": (60, 240)}

# scenario -> (verdict, recommendation)
OUTCOME = {
    "good_invitation": ("good", "accept"), "default_invitation": ("bad", "ignore"), "sales_invitation": ("bad", "ignore"),
    "bait_and_switch_invitation": ("ugly", "remove"), "bait_and_switch_inmail": ("ugly", "none"), "endorse_me_back": ("ugly", "remove"),
    "hostility_after_decline": ("ugly", "ignore"), "hostility_connection": ("ugly", "remove"), "connection_only_pitches": ("bad", "remove"),
    "single_pitch": ("bad", "none"), "connection_brings_value": ("good", "none"), "stranger_inmail_recruiter": ("good", "none"),
    "stranger_inmail_sales": ("bad", "none"), "good_turns_ugly": ("ugly", "remove"), "reinvite_known_bad": ("bad", "ignore"),
    "reinvite_known_ugly": ("ugly", "ignore"), "user_invited_pitch_once": ("bad", "none"), "user_invited_pitch_twice": ("bad", "remove"),
    "user_invited_value": ("good", "none"), "acceptance_only": ("", "none"), "lone_endorsement": ("", "none"),
}



def adder(people: list[tuple]) -> Callable[..., None]:
    """P(scenario, lang, name, headline, location, *steps, nl=None): one person's story.

    lang = LinkedIn's wording; nl = the language the person writes in.
    """
    def P(scenario: str, lang: str, name: str, headline: str, location: str, *steps, nl: str | None = None) -> None:
        people.append((scenario, lang, name, headline, location, nl or lang, steps))
    return P


def writer_adder(people: list[tuple], writers: dict[str, str]) -> Callable[..., None]:
    """adder() for writers in languages the layout machinery has no wording for (pt, nl): the
    language they write in is kept in `writers`; their mail carries LinkedIn's wording only."""
    add = adder(people)

    def P(scenario: str, lang: str, name: str, headline: str, location: str, *steps, nl: str | None = None) -> None:
        if nl and nl != lang:
            writers[name] = nl
        add(scenario, lang, name, headline, location, *steps, nl=nl if nl in mc.L else None)
    return P


def retitle_other(titles: dict[str, dict]) -> None:
    """Give LinkedIn's other mail (job alert, news, group, newsletter) this world's subjects,
    in this process only; `titles[lang]` holds "job" (two subjects), "news", "group" and
    "newsletter"."""
    for lang, t in titles.items():
        o = mc.OTHER[lang]
        o["job"] = (t["job"][0], t["job"][1], o["job"][2])
        o["news"] = (t["news"], o["news"][1])
        o["group"] = (t["group"], o["group"][1])
        o["newsletter"] = (t["newsletter"], o["newsletter"][1])


class Stories(mc.Full):
    """A corpus written as per-person stories: PEOPLE entries made with adder(), FOREIGN mail."""

    def __init__(self, seed: int, stories: list[tuple], foreign: list[tuple]) -> None:
        super().__init__(seed)
        self.stories = stories
        self.foreign = foreign

    def make_people(self):
        g = self.g
        for scenario, lang, name, headline, location, nl, steps in self.stories:
            g.used_names.add(mc.strip_accents(name).lower())
        for scenario, lang, name, headline, location, nl, steps in self.stories:
            self.people.append(self.story(scenario, lang, name, headline, location, nl, steps))

    def story(self, scenario, lang, name, headline, location, nl, steps) -> mc.Person:
        g = self.g
        g.pid += 1
        nonote = any(s[0] == "inv" and s[1] == NONOTE for s in steps)
        era = "cur" if nonote else ("2016" if g.r.random() < 0.33 else "cur")
        first, *rest = name.split()
        base = mc.strip_accents(f"{first}-{'-'.join(rest)}").lower().replace("'", "")
        vanity = base if g.r.random() < 0.4 else f"{base}-{g.rs(g.r.choice([6, 8]), string.ascii_lowercase + string.digits)}"
        member_id = "AAsAAA" + g.rs(g.r.choice([26, 28, 30]), string.ascii_letters + string.digits + "_-")
        p = mc.Person(g.pid, name, lang, nl, era, headline, location, vanity, member_id)
        verdict, rec = OUTCOME[scenario]
        p.scenario, p.verdict, p.recommendation, p.folder = scenario, verdict or "none", rec, mc.FOLDER_OF[verdict]
        short = {"good_invitation": "good_invite", "default_invitation": "default_invite", "sales_invitation": "sales_invite",
                 "bait_and_switch_invitation": "bait_invite", "bait_and_switch_inmail": "bait_inmail"}.get(scenario, scenario.replace("_", "-"))
        date = g.start_date(era)
        use_variant = g.r.random() < 0.35 and len(steps) > 1
        recruiter = scenario == "stranger_inmail_recruiter"
        last_note = endorsed = None
        w = mc.L[nl]
        for idx, step in enumerate(steps):
            kind = step[0]
            gap = step[-1] if isinstance(step[-1], tuple) else GAPS[kind]
            if idx:
                date = date + timedelta(days=g.r.randint(*gap), seconds=g.r.randint(600, 40000))
            shown = g.variant(p) if (use_variant and idx > 0 and g.r.random() < 0.7) else name
            if shown != name:
                p.variants.append(shown)
            note, no_note, skill, subj = None, False, "", ""
            if kind == "inv":
                kind = "invitation"
                if step[1] == NONOTE:
                    no_note, last_note = True, None
                elif step[1] == DEFAULT:
                    note = g.r.choice(w["defaults"])
                    if era == "cur" and g.r.random() < 0.5:
                        note = w["hi"].format(first=mc.FIRST) + " " + note
                    last_note = None
                else:
                    note = last_note = step[1]
            elif kind == "rem":
                kind = "invitation_reminder"
                note = last_note if (last_note and g.r.random() < 0.6) else None
            elif kind == "acc":
                kind = "invitation_accepted"
            elif kind == "end":
                kind = "endorsement"
                skill = endorsed = g.r.choice(mc.L[lang]["skills"])
            elif kind in ("msg", "inm"):
                skill = endorsed if (endorsed and nl == lang) else g.r.choice(w["skills"])
                if kind == "msg":
                    kind, note = "message", step[1]
                else:
                    kind, subj, note = "inmail", step[1], step[2]
                note = note.replace("{skill}", skill)
            m = self.li_mail(p, kind, date, shown, note, no_note, skill, recruiter, subj, f"p{p.pid:03d}", short)
            m.scenario, m.folder = scenario, p.folder
            self.mails.append(m)
        return p

    def make_foreign(self):
        g = self.g
        for i, (name, addr, subj, body, lang) in enumerate(self.foreign):
            date = g.start_date("cur")
            domain = addr.split("@")[1]
            ar = f"mx.example.net; dkim=pass header.i=@{domain} header.s=k1 header.b={g.rs(8)}; spf=pass smtp.mailfrom={domain}; dmarc=pass header.from={domain}"
            top = self.b.transport(ar, date, f"198.51.100.{g.r.randint(1, 250)}", f"mail.{domain}", [(domain, "k1")])
            html = "<html><body>" + "".join(f"<p>{escape(x)}</p>" for x in body.split("\n\n")) + "</body></html>\n" if i % 2 else None
            data = self.b.assemble(top=top, from_=mc.enc_addr(name, addr), subject=subj, date_str=mc.Gen.fmt_date(date, "cur", 2),
                                   msgid=self.b.message_id("cur", domain), text=body + "\n", html=html, cte=self.b.pick_cte())
            self.mails.append(mc.Mail(self.fname(f"n{i + 1:03d}", "not-linkedin", "mail"), data, "none", False, "untouched", "", "not_linkedin", lang, date))


class _EraCoin:
    """Stands in for the generator's Random during one story: the first draw, the runner's era coin, is forced."""

    def __init__(self, r, era: str) -> None:
        self._r, self._forced = r, (0.0 if era == "2016" else 0.999)

    def random(self) -> float:
        if self._forced is not None:
            v, self._forced = self._forced, None
            return v
        return self._r.random()

    def __getattr__(self, name):
        return getattr(self._r, name)


class EraStories(Stories):
    """Stories where a person may name their layout era ("2016" or "cur") in `eras`: the
    runner's era coin, the first draw of their story, is forced for them."""

    def __init__(self, seed: int, stories: list[tuple], foreign: list[tuple], eras: dict[str, str]) -> None:
        super().__init__(seed, stories, foreign)
        self.eras = eras

    def story(self, scenario, lang, name, headline, location, nl, steps) -> mc.Person:
        era = self.eras.get(name)
        nonote = any(s[0] == "inv" and s[1] == NONOTE for s in steps)
        if era is None or nonote:
            return super().story(scenario, lang, name, headline, location, nl, steps)
        g = self.g
        real, g.r = g.r, _EraCoin(g.r, era)
        try:
            p = super().story(scenario, lang, name, headline, location, nl, steps)
        finally:
            g.r = real
        assert p.era == era, (name, p.era, era)
        return p


def build(seed: int, stories: list[tuple], foreign: list[tuple], spoofs: int, other: int,
          eras: dict[str, str] | None = None) -> Stories:
    """The corpus, all steps in order; with `eras`, the people named in it keep their layout era."""
    c = EraStories(seed, stories, foreign, eras) if eras else Stories(seed, stories, foreign)
    c.make_people()
    c.make_spoofs(spoofs)
    c.make_other(other)
    c.make_foreign()
    return c


def write(c: Stories, folder: Path, header: list[str]) -> None:
    if folder.exists():
        for f in folder.glob("*.eml"):
            f.unlink()
    folder.mkdir(parents=True, exist_ok=True)
    lines = header + [
             "# folder: final folder after all mail here is processed in Date order. linkedin = false: not LinkedIn mail, never touched.", ""]
    for m in sorted(c.mails, key=lambda m: m.fname):
        (folder / m.fname).write_bytes(m.data)
        lines += [f"[{mc.toml_str(m.fname)}]", f"kind = {mc.toml_str(m.kind)}", f"linkedin = {'true' if m.linkedin else 'false'}",
                  f"folder = {mc.toml_str(m.folder)}", f"person = {mc.toml_str(m.person)}", f"scenario = {mc.toml_str(m.scenario)}",
                  f"language = {mc.toml_str(m.language)}", ""]
    for p in sorted(c.people + c.spoof_people, key=lambda p: p.name):
        spoof = p in c.spoof_people
        lines += [f"[people.{mc.toml_str(p.name)}]", f"recommendation = {mc.toml_str('none' if spoof else p.recommendation)}",
                  f"verdict = {mc.toml_str('suspicious' if spoof else p.verdict)}", f"scenario = {mc.toml_str('spoof' if spoof else p.scenario)}",
                  f"language = {mc.toml_str(p.lang)}", ""]
    (folder / "expected.toml").write_text("\n".join(lines), encoding="utf-8")


def main(doc: str, name: str, seed: int, stories: list[tuple], foreign: list[tuple], spoofs: int, other: int,
         header: list[str], eras: dict[str, str] | None = None) -> None:
    """The command line every story generator shares: build, write, print the counts."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "corpus" / name)
    args = ap.parse_args()
    c = build(seed, stories, foreign, spoofs, other, eras)
    write(c, args.out, header)
    print(f"mails: {len(c.mails)}  people: {len(c.people)} (+{len(c.spoof_people)} spoof-only names)")
    print("scenarios (people):", dict(sorted(Counter(p.scenario for p in c.people).items())))
    print("folders:", dict(sorted(Counter(m.folder for m in c.mails).items())))
    print("languages (mails):", dict(sorted(Counter(m.language for m in c.mails).items())))
    print("languages (people):", dict(sorted(Counter(p.lang for p in c.people).items())))
    print("kinds:", dict(sorted(Counter(m.kind for m in c.mails).items())))
    print("recommendations:", dict(sorted(Counter(p.recommendation for p in c.people).items())))
