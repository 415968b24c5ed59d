#!/usr/bin/env python3
"""Write mailbot's fiftieth, independent development corpus: tests/corpus/dev50/*.eml + expected.toml.

The angle: a multilingual Belgian and Swiss inbox from 2016 to 2026. Alex Morgan, a Brit, runs
finance for Example Industries' Benelux and Swiss entities: Brussels from early 2016, Zürich
from April 2018, then Geneva/Lausanne from mid-2023. LinkedIn's own wording follows the
language Alex had set at the time, so it changes over the years inside one person's thread:
English (until September 2016), French (October 2016 to March 2018), German (April 2018 to
2021), English again (2022 to mid-2023, when the group standardised), French (since July
2023). Mail before 2019 uses the 2016 layout (phoenix tables, `Name <invitations@...>`,
`profile/view?id=` links), later mail the current one.

The people write the way the region writes: Brussels and Walloon French (septante, GSM,
endéans, "tu saurais", "une fois", HTVA), Flemish writers whose French is full of Dutch
(groetjes, welkom, gratis, "c'est goed"), Swiss French (adieu, CHF 1'200.–, "on se réjouit"),
Swiss German without ß (Grüezi, Merci vielmal, Gruess, en Guete, Apéro, Offerte), East
Belgian German, Ticinese sign-offs, and English from expats and Luxembourg fintechs. Many
people change language from one mail to the next (a French invitation, a German follow-up),
or mix languages inside one note.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. This process only swaps the world tables (skills, the
recipient's headline, job-alert titles, names, cities and headlines of spoof-only people,
spoof pitches, the language rotation of spoofs and other mail, the spoof methods) and adds a
story runner whose wording language and layout follow each mail's date (make_corpus.py and
corpus_stories.py are not changed). Every note was written from shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev50.py              # writes tests/corpus/dev50
    python scripts/make_corpus_dev50.py --out DIR    # somewhere else
"""
from __future__ import annotations

import string
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260950

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, GAPS, NONOTE, OUTCOME, Stories, main  # noqa: E402

UTC = timezone.utc

# ------------------------------------------------------------------ the recipient's language over the years
# (from, to, LinkedIn wording language); LinkedIn writes in the language Alex had set at the time.
TIMELINE = [
    (datetime(2016, 1, 1, tzinfo=UTC), datetime(2016, 10, 1, tzinfo=UTC), "en"),
    (datetime(2016, 10, 1, tzinfo=UTC), datetime(2018, 4, 1, tzinfo=UTC), "fr"),
    (datetime(2018, 4, 1, tzinfo=UTC), datetime(2022, 1, 1, tzinfo=UTC), "de"),
    (datetime(2022, 1, 1, tzinfo=UTC), datetime(2023, 7, 1, tzinfo=UTC), "en"),
    (datetime(2023, 7, 1, tzinfo=UTC), datetime(2026, 2, 1, tzinfo=UTC), "fr"),
]
NEW_LAYOUT = datetime(2019, 1, 1, tzinfo=UTC)
ERA_SPAN = {"2016": (datetime(2016, 1, 20, tzinfo=UTC), NEW_LAYOUT), "cur": (NEW_LAYOUT, datetime(2026, 1, 20, tzinfo=UTC))}
LAST = datetime(2026, 1, 31, tzinfo=UTC)


def lang_at(d: datetime) -> str:
    for lo, hi, lang in TIMELINE:
        if lo <= d < hi:
            return lang
    raise ValueError(d)


def era_at(d: datetime) -> str:
    return "2016" if d < NEW_LAYOUT else "cur"


def date_in(r, lang: str | None, era: str) -> datetime:
    """A random moment in the layout era (and, if given, while LinkedIn spoke `lang`)."""
    lo, hi = ERA_SPAN[era]
    spans = [(max(lo, a), min(hi, b)) for a, b, lg in TIMELINE if lang in (None, lg) and max(lo, a) < min(hi, b)]
    if not spans:
        spans = [(lo, hi)]
    total = sum(int((b - a).total_seconds()) for a, b in spans)
    x = r.randint(0, total - 1)
    for a, b in spans:
        n = int((b - a).total_seconds())
        if x < n:
            return a + timedelta(seconds=x)
        x -= n
    raise AssertionError


# ------------------------------------------------------------------ Benelux / Swiss world (this process only)
mc.L["en"]["rheadline"] = "Head of Finance, Benelux & Switzerland at Example Industries"
mc.L["fr"]["rheadline"] = "Responsable Finance Benelux & Suisse chez Example Industries"
mc.L["de"]["rheadline"] = "Leiter Finanzen Schweiz & Benelux bei Example Industries"
SKILLS = {
    "en": ["Financial Controlling", "IFRS", "Consolidation", "Treasury Management", "Transfer Pricing", "Budgeting"],
    "fr": ["Contrôle de gestion", "Consolidation", "IFRS", "Trésorerie", "Fiscalité belge", "Reporting financier"],
    "de": ["Controlling", "Konsolidierung", "IFRS", "Swiss GAAP FER", "Treasury", "Mehrwertsteuer"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
mc.LANGS[:] = ["fr", "de", "en", "fr", "de"]
mc.JOBS[:] = [("Directeur administratif et financier", "Brasserie du Condroz SA"), ("Leiter Konzernrechnungswesen (m/w/d)", "Rheintal Pharma AG"),
              ("Finance Director Benelux", "Scheldt Logistics NV"), ("Responsable consolidation IFRS", "Lémanique Assurances SA"),
              ("CFO Suisse romande", "Valmont Horlogerie SA"), ("Financial Controller (FR/NL)", "Brabant Foods NV")]
mc.NAMES["fr"] = (["Amandine", "Grégory", "Florence", "Olivier", "Séverine", "Benoît", "Nathalie", "Loïc", "Valérie", "Jérôme", "Aline", "Damien"],
                  ["Lambert", "Dupont", "Renard", "Collignon", "Jacquet", "Piccard", "Dubois", "Henrotte", "Favre", "Chappuis", "Delhaye", "Pittet"])
mc.NAMES["de"] = (["Beat", "Ursula", "Reto", "Corinne", "Andrea", "Marcel", "Brigitte", "Roger", "Nicole", "Fabian", "Heidi", "Kurt"],
                  ["Meier", "Baumann", "Frei", "Huber", "Keller", "Schmid", "Egli", "Graf", "Schneider", "Wyss", "Brunner", "Lehmann"])
mc.NAMES["en"] = (["Oliver", "Charlotte", "Ben", "Anna", "Tom", "Sophie", "Mark", "Helen"],
                  ["Fairbanks", "Holt", "Reeves", "Marsh", "Cole", "Lindgren", "Moss", "Pryce"])
mc.CITY["fr"] = ["Bruxelles", "Liège", "Namur", "Genève", "Lausanne", "Neuchâtel"]
mc.CITY["de"] = ["Zürich", "Basel", "Bern", "Luzern", "St. Gallen", "Eupen"]
mc.CITY["en"] = ["Brussels", "Geneva", "Zurich", "Luxembourg", "Antwerp", "London"]
mc.COMPANIES["good"] = ["Scheldt Logistics", "Alpenmilch AG", "Brasserie du Condroz", "Rhône Chemicals", "Basler Chemie AG", "Solvay Brussels School",
                        "Gruyère Energie", "Antwerp Port Services"]
mc.COMPANIES["sales"] = ["Lease&Drive Belgium", "CloseBot", "Cashflowly", "Helvetic Payroll Services", "Vorsorge Direkt", "Finsoft BV", "Spendly"]
mc.HEADLINES["good"] = ["Group Controller at {co}", "CFO | {co}", "Head of Treasury, {co}", "Leiterin Rechnungswesen | {co}",
                        "Directrice financière chez {co}", "Financial Controller – {co}"]
mc.HEADLINES["sales"] = ["Account Executive Benelux | {co}", "Business Development DACH @ {co}", "Key Account Manager | {co}",
                         "Conseiller commercial chez {co}", "Founder & CEO | {co}"]
SPOOF_PITCH = {
    "en": ["Hi {first}, I shared the Q3 consolidation file with you on LinkedIn Docs. Please sign in to open it before Friday.",
           "Hello {first}, your company is listed for a Benelux finance award. Confirm your nomination and pay the entry fee via the secure link."],
    "fr": ["Bonjour {first}, je vous ai transmis la facture d'acompte via LinkedIn. Merci de vous connecter pour la valider avant vendredi.",
           "Bonjour {first}, votre société est retenue pour notre annuaire des CFO belges. Confirmez votre fiche et réglez les frais d'inscription ici."],
    "de": ["Grüezi {first}, ich habe Ihnen die Offerte über LinkedIn freigegeben. Bitte melden Sie sich an, um sie einzusehen.",
           "Hallo {first}, Ihr Unternehmen wurde für das CFO-Verzeichnis Schweiz ausgewählt. Bitte bestätigen Sie Ihren Eintrag und die Gebühr."],
    "es": ["Hola {first}, te he compartido la factura por LinkedIn. Inicia sesión para verla."],
    "it": ["Buongiorno {first}, le ho condiviso la fattura tramite LinkedIn. Acceda per vederla."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "nodkim",
                       "untrusted:mx.google.com", "display:outlook.com", "buried", "lookalike:linkedin.com.secure-notify.example", "wrongpass"]

# LinkedIn's default invitation text when the sender's own LinkedIn is set to Dutch
DEFAULT_NOTE = {"nl": (["Ik wil u graag toevoegen aan mijn professionele netwerk op LinkedIn."], "Hallo {first},")}


# ------------------------------------------------------------------ the runner: wording and layout follow the date
PEOPLE: list[tuple] = []
START: dict[str, str] = {}
DEFAULT_LANG: dict[str, str] = {}


def P(scenario: str, name: str, headline: str, location: str, *steps, start: str, dl: str | None = None) -> None:
    """One person's story. start = "YYYY-MM" of the first mail; dl = the language of LinkedIn's
    default note on the sender's side (else the recipient's wording at the time)."""
    for s in steps:
        if s[0] == "inv" and s[1] not in (DEFAULT, NONOTE):
            assert len(s[1]) <= 300, (name, len(s[1]))
    START[name] = start
    if dl:
        DEFAULT_LANG[name] = dl
    PEOPLE.append((scenario, "", name, headline, location, "", steps))


class Inbox(Stories):
    def __init__(self, seed: int, stories: list[tuple], foreign: list[tuple]) -> None:
        super().__init__(seed, stories, foreign)
        self.g.start_date = lambda era: date_in(self.g.r, None, era)

    def make_other(self, n: int = 10):
        types = len(mc.OTHER_SENDERS)
        langs = iter([mc.LANGS[(i * 2 + i // types) % 5] for i in range(n)])
        self.g.start_date = lambda era: date_in(self.g.r, next(langs), era)
        try:
            super().make_other(n)
        finally:
            self.g.start_date = lambda era: date_in(self.g.r, None, era)

    def story(self, scenario, lang, name, headline, location, nl, steps) -> mc.Person:
        g = self.g
        g.pid += 1
        y, m = (int(x) for x in START[name].split("-"))
        lo = datetime(y, m, 1, 8, tzinfo=UTC)
        hi = datetime(y + (m == 12), m % 12 + 1, 1, tzinfo=UTC)
        date = lo + timedelta(seconds=g.r.randint(0, int((hi - lo).total_seconds()) - 40000))
        dates = []
        for idx, step in enumerate(steps):
            gap = step[-1] if isinstance(step[-1], tuple) else GAPS[step[0]]
            if idx:
                date = date + timedelta(days=g.r.randint(*gap), seconds=g.r.randint(600, 40000))
            dates.append(date)
        assert dates[-1] < LAST, (name, dates[-1])
        first, *rest = name.split()
        base = mc.strip_accents(f"{first}-{'-'.join(rest)}").lower().replace("'", "")
        vanity = base if g.r.random() < 0.4 else f"{base}-{g.rs(g.r.choice([6, 8]), string.ascii_lowercase + string.digits)}"
        member_id = "AAsAAA" + g.rs(g.r.choice([26, 28, 30]), string.ascii_letters + string.digits + "_-")
        lang0, era0 = lang_at(dates[0]), era_at(dates[0])
        p = mc.Person(g.pid, name, lang0, lang0, era0, headline, location, vanity, member_id)
        verdict, rec = OUTCOME[scenario]
        p.scenario, p.verdict, p.recommendation, p.folder = scenario, verdict or "none", rec, mc.FOLDER_OF[verdict]
        short = {"good_invitation": "good_invite", "default_invitation": "default_invite", "sales_invitation": "sales_invite",
                 "bait_and_switch_invitation": "bait_invite", "bait_and_switch_inmail": "bait_inmail"}.get(scenario, scenario.replace("_", "-"))
        use_variant = g.r.random() < 0.35 and len(steps) > 1
        recruiter = scenario == "stranger_inmail_recruiter"
        last_note = endorsed = None
        for idx, (step, date) in enumerate(zip(steps, dates)):
            kind = step[0]
            p.lang, p.era = lang_at(date), era_at(date)
            shown = g.variant(p) if (use_variant and idx > 0 and g.r.random() < 0.7) else name
            if shown != name:
                p.variants.append(shown)
            note, no_note, skill, subj = None, False, "", ""
            if kind == "inv":
                kind = "invitation"
                if step[1] == NONOTE:
                    assert p.era == "cur", name
                    no_note, last_note = True, None
                elif step[1] == DEFAULT:
                    dl = DEFAULT_LANG.get(name, p.lang)
                    defaults, hi_fmt = DEFAULT_NOTE[dl] if dl in DEFAULT_NOTE else (mc.L[dl]["defaults"], mc.L[dl]["hi"])
                    note = g.r.choice(defaults)
                    if p.era == "cur" and g.r.random() < 0.5:
                        note = hi_fmt.format(first=mc.FIRST) + " " + note
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
                skill = endorsed = g.r.choice(mc.L[p.lang]["skills"])
            elif kind in ("msg", "inm"):
                skill = endorsed or g.r.choice(mc.L[p.lang]["skills"])
                if kind == "msg":
                    kind, note = "message", step[1]
                else:
                    kind, subj, note = "inmail", step[1], step[2]
                note = note.replace("{skill}", skill)
            mail = self.li_mail(p, kind, date, shown, note, no_note, skill, recruiter, subj, f"p{p.pid:03d}", short)
            mail.scenario, mail.folder = scenario, p.folder
            self.mails.append(mail)
        p.lang, p.era = lang0, era0
        return p


def build(seed, stories, foreign, spoofs, other, eras=None):
    c = Inbox(seed, stories, foreign)
    c.make_people()
    c.make_spoofs(spoofs)
    c.make_other(other)
    c.make_foreign()
    return c


# =============================================================== good_invitation
P("good_invitation", "Pieter Van Damme", "Financial Controller | Scheldt Logistics NV", "Antwerpen",
  ("inv", "Bonjour Alex, ici Pieter de Scheldt Logistics à Anvers. Le 23 mars on fait chez nous un atelier gratuit sur la TVA et le Brexit, "
          "avec des broodjes à midi. Ça compte pour 3 heures de formation permanente IEC. Vous êtes welkom, zeker! Groetjes, Pieter"),
  ("rem",), start="2017-02")
P("good_invitation", "Regula Brunner", "Leiterin Rechnungswesen | Bergbahnen Engadin AG", "Chur",
  ("inv", "Grüezi Herr Morgan, wir stellen per 1.1.2020 von OR auf Swiss GAAP FER um, und Sie haben das bei Example Industries ja schon hinter sich. "
          "Dürfte ich Ihnen zwei, drei Fragen zur Überleitung der Vorsorgeverpflichtungen stellen? Merci vielmal, Regula Brunner"),
  start="2019-06")
P("good_invitation", "Sophie Perrenoud", "Présidente | Club des directeurs financiers romands", "Lausanne",
  ("inv", "Bonjour Alex, notre club organise le 12 septembre à Lausanne un petit-déjeuner sur le nouveau droit de la SA, un an après. "
          "Deux avocates, pas de sponsor, entrée libre pour les CFO de la région. On se réjouit de vous y voir ! Belle journée, Sophie"),
  start="2023-08")
P("good_invitation", "Thomas Zbinden", "Talent Acquisition Lead (in-house) | Helvetia Biotech AG", "Basel",
  ("inv", "Hi Alex – we're hiring a Head of Group Consolidation in Basel (in-house, reporting to our CFO, hybrid). Your IFRS/FER background fits "
          "almost word for word. Happy to send the job description and salary band before any call. Liebe Grüsse, Thomas"),
  start="2022-05")
P("good_invitation", "Nathalie Dethier", "Associée | Dethier & Lambotte, réviseurs d'entreprises", "Liège",
  ("inv", "Bonjour Alex, c'est Marc Wauters qui m'envoie. Vous cherchez un contrôleur de gestion pour Liège ; Julie, qui a fait son stage chez nous "
          "et que nous ne savons pas garder, serait parfaite. Elle est libre endéans le mois. Je vous la présente ?"),
  ("rem",), start="2017-10")
P("good_invitation", "Matthias Aebischer", "CFO | Gruyère Energie SA", "Fribourg",
  ("inv", "Salut Alex, on monte un petit groupe d'échange entre CFO de Fribourg et de Bienne – einmal pro Quartal, abwechselnd auf Deutsch und "
          "Französisch, ohne Sponsoren, chacun amène un sujet. Hättest du Lust? Gruess, Matthias"),
  ("rem",), start="2020-10")
P("good_invitation", "Lena Hilgers", "Steuerberaterin | Hilgers & Partner", "Eupen",
  ("inv", "Guten Tag Alex, die Wirtschaftsförderung Ostbelgien lädt am 19. Juni zu einem kostenlosen Infoabend über die Steuerreform ein, "
          "auf Deutsch mit Simultanübersetzung ins Französische. Ich dachte, das könnte für Ihr Team in Lüttich interessant sein."),
  start="2017-05")


# =============================================================== default_invitation
P("default_invitation", "Jean-Marc Lurquin", "Gérant | JML Consult sprl", "Namur", ("inv", DEFAULT), ("rem",), start="2017-06")
P("default_invitation", "Beat Hürlimann", "Verkaufsleiter | Treuhand & Vorsorge", "Zug", ("inv", DEFAULT), ("rem",), start="2020-03")
P("default_invitation", "Kevin Janssens", "Business Development | IT Solutions Mechelen", "Mechelen", ("inv", NONOTE), start="2024-10")
P("default_invitation", "Arnaud Wouters", "Senior Associate | Corporate Finance", "Brussels", ("inv", DEFAULT), ("rem",), start="2016-04")


# =============================================================== sales_invitation
P("sales_invitation", "Geoffrey Mottart", "Account Manager Flottes | Lease&Drive Belgium", "Wavre",
  ("inv", "Bonjour Monsieur Morgan, avec la nouvelle fiscalité des voitures de société, beaucoup d'entreprises revoient leur car policy. "
          "Nous proposons un audit de flotte gratuit et un leasing full service très compétitif. Je peux vous appeler la semaine prochaine sur votre GSM ?"),
  start="2017-04")
P("sales_invitation", "Reto Caflisch", "Kundenberater Private Banking | Bündner Privatbank AG", "Zürich",
  ("inv", "Grüezi Herr Morgan, als Expat-CFO lohnt sich ein Blick auf Säule 3a, Einkäufe in die Pensionskasse und Ihre britischen Renten. "
          "Gerne zeige ich Ihnen bei einem Kaffee am Paradeplatz, wie viel Steuern Sie sparen könnten. Freundliche Grüsse"),
  ("rem",), start="2019-11")
P("sales_invitation", "Wouter De Smet", "Sales | Odoo & Exact partner | Finsoft BV", "Gent",
  ("inv", "Dag Alex, wij zijn Odoo partner in Vlaanderen en Wallonië. Votre consolidation Benelux, c'est encore dans Excel? Ça on peut automatiser, "
          "c'est goed geregeld. Demo online de 30 minutes, c'est gratis. Tot binnenkort! Wouter"),
  start="2024-04")
P("sales_invitation", "Nadia Rahmani", "Partnerships | Cashflowly – treasury for CFOs", "Luxembourg",
  ("inv", "Hi Alex, Cashflowly gives CFOs in Benelux and Switzerland one live view of every bank account, CHF/EUR included. We're taking 5 design "
          "partners at 50% off year one. Could I walk you through it for 20 minutes on Thursday?"),
  start="2022-09")
P("sales_invitation", "Cédric Monnier", "Conseiller en prévoyance | Mutuelle Lémanique", "Lausanne",
  ("inv", "Adieu Alex ! Je m'occupe de la prévoyance professionnelle des PME vaudoises (LPP, perte de gain maladie). À voir vos effectifs, on peut "
          "sûrement faire mieux que votre assureur actuel. Un café à Ouchy pour que je vous fasse une offre ?"),
  ("rem",), start="2025-02")


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "Laurent Dewulf", "Fondateur | Cercle des Directeurs Financiers de Bruxelles", "Bruxelles",
  ("inv", "Bonjour Alex, je rassemble une douzaine de directeurs financiers bruxellois autour d'un dîner mensuel, entre pairs, sans aucune "
          "présentation commerciale. Prochaine édition le 9 février à Ixelles. Ça vous dirait d'en être ?"),
  ("msg", "Merci d'avoir accepté, Alex ! Petite précision pratique pour le cercle : la participation passe par notre programme d'accompagnement "
          "« CFO Leadership », 4.900 € HTVA par an, coaching individuel compris. Je vous envoie le bon de commande ?", (8, 20)),
  ("msg", "Alex, je me permets de revenir vers vous : il reste deux places au tarif early bird, 3.900 € HTVA au lieu de 4.900. "
          "Je peux bloquer la vôtre jusqu'à vendredi, dites-moi.", (7, 15)),
  start="2017-01")
P("bait_and_switch_invitation", "Daniel Gisler", "Gründer | Stamm der Finanzchefs Zentralschweiz", "Luzern",
  ("inv", "Sali Alex, ich organisiere einen Stamm für Finanzchefs aus der Zentralschweiz – jeden ersten Donnerstag im Monat in Luzern, ein Bier "
          "und Erfahrungsaustausch, nichts Offizielles. Wärst du dabei? Gruess Dani"),
  ("msg", "Hi Alex, great to have you on board! Quick one since you're a Brit here: I also advise on moving UK pensions into Swiss schemes (QROPS). "
          "Half the guys at the Stamm have already transferred theirs with me. Shall I book you in for a review next week? "
          "You only pay a fee when the transfer goes through.", (5, 15)),
  start="2019-03")
P("bait_and_switch_invitation", "Isabelle Cornet", "Tax Manager | TVA & fiscalité indirecte", "Namur",
  ("inv", "Bonjour Alex, question de terrain : vous avez mis en place l'unité TVA pour vos entités belges ? Nous hésitons encore et j'aimerais "
          "beaucoup le retour de quelqu'un qui l'a vécu. Merci d'avance !"),
  ("msg", "Merci pour votre réponse, très claire ! Je ne vous l'avais pas dit : à côté de mon poste, je conseille aussi des groupes en TVA comme "
          "indépendante. Pour vos entités, je vous propose un audit TVA complet au forfait de 2.500 € HTVA. On s'appelle cette semaine ?", (3, 10)),
  start="2024-06")
P("bait_and_switch_invitation", "Els Verhaegen", "Community Lead | Women in Finance Belgium", "Leuven",
  ("inv", "Hi Alex! Bij Women in Finance Belgium we host free mentoring evenings, et nos membres adorent entendre des CFO qui ont changé de pays. "
          "Would you come and talk, 30 min, very informal, on 15 March in Leuven? Dank je!"),
  ("msg", "Thanks again for the talk, Alex, the room loved it! Now that you know us a bit: our sister firm Verhaegen Search places finance managers "
          "across Benelux and Switzerland, retained fee 25% of first-year salary. Shall I send you our terms for your next controller hire?", (40, 80)),
  start="2018-02")
P("bait_and_switch_invitation", "Yannick Roth", "Initiateur | IA & Finance Romandie", "Genève",
  ("inv", "Salut Alex, je lance un groupe de réflexion sur l'IA dans les fonctions finance en Suisse romande. Pas de vendeurs, que des praticiens, "
          "un call par mois. Tu nous rejoins ?"),
  ("msg", "Hello Alex, merci pour ton accueil ! Je te glisse notre solution CloseBot : elle fait tes rapprochements bancaires toute seule, "
          "CHF 1'200.– par mois, essai gratuit 14 jours. Je te bloque un créneau de démo mardi ?", (5, 20)),
  ("msg", "Hoi Alex, nur kurz: Die CloseBot-Demotermine für diesen Monat sind fast weg. Soll ich dir einen reservieren? Merci!", (7, 20)),
  start="2025-03")


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "Anne-Catherine Vandenberghe", "Chercheuse | Observatoire des PME wallonnes", "Louvain-la-Neuve",
  ("inm", "Enquête sur la trésorerie des filiales", "Bonjour Monsieur Morgan, avec l'Observatoire nous menons une enquête sur la gestion de trésorerie "
          "des filiales de groupes étrangers en Wallonie. Dix minutes de questionnaire, et les résultats sont partagés avec tous les répondants. "
          "Accepteriez-vous d'y participer ?"),
  ("inm", "Vos résultats + une idée", "Merci pour votre participation ! Sur base de vos réponses, notre partenaire Trésoflux pourrait vous proposer "
          "une solution de cash pooling adaptée. Je vous mets en contact pour une présentation ? Ils offrent le premier trimestre d'abonnement.", (5, 15)),
  start="2017-05")
P("bait_and_switch_inmail", "Marco Bernasconi", "Programme Director | Swiss CFO Summit", "Lugano",
  ("inm", "Einladung als Referent – Swiss CFO Summit", "Guten Tag Herr Morgan, wir würden Sie gerne als Referenten für das Panel «Finanzführung nach "
          "Corona» am Swiss CFO Summit in Zürich gewinnen. Ihre Erfahrung mit Kurzarbeit und Härtefallhilfen in mehreren Ländern wäre für unser "
          "Publikum sehr wertvoll. Dürfen wir mit Ihnen rechnen? Cordiali saluti, Marco Bernasconi"),
  ("inm", "Panel – next steps", "Dear Alex, many thanks for your positive reply! To confirm your panel seat, speakers take our Partner package "
          "(CHF 6'500, logo on the programme and two delegate passes included). Please find the invoice attached, payable within 10 days.", (4, 12)),
  start="2021-04")
P("bait_and_switch_inmail", "Jelle Vermeulen", "Founder | CFO Benchmark Benelux", "Mechelen",
  ("inm", "Free benchmark: finance team size in Benelux", "Hi Alex, we're putting together a free benchmark of finance headcount per €100m revenue "
          "for 200 Benelux mid-caps. Everyone who takes part gets the full report, no strings attached. Can I send you the 8 questions? Groeten, Jelle"),
  ("inm", "Uw benchmark / votre benchmark", "Bonjour Alex, merci pour vos chiffres ! Le rapport est prêt. Pour la version avec votre positionnement "
          "détaillé et nos recommandations d'optimisation, c'est 1.950 € HTVA. Je vous envoie l'offre ?", (5, 20)),
  start="2025-09")


# =============================================================== endorse_me_back
P("endorse_me_back", "Sébastien Pirard", "Comptable indépendant | Pirard Fiduciaire", "Spa",
  ("end",), ("end",),
  ("msg", "Salut Alex ! Je t'ai recommandé pour deux compétences, c'était mérité. Tu saurais me rendre la pareille pour « Comptabilité » et "
          "« Fiscalité des PME » ? Ça m'aide pour trouver des clients. Merci une fois !"),
  start="2017-09")
P("endorse_me_back", "Urs Bachmann", "Controller | Bachmann Treuhand GmbH", "Winterthur",
  ("end",), ("end",),
  ("msg", "Hoi Alex, hab dich grad für {skill} bestätigt 👍 Würdest du mir im Gegenzug ‚Controlling' und ‚Abacus' bestätigen? "
          "Bin auf Stellensuche, da zählt jede Bestätigung. Merci und en Guete!"),
  start="2020-06")
P("endorse_me_back", "Virginie Keller", "Finance Manager | Biel/Bienne", "Biel/Bienne",
  ("end",), ("end",),
  ("msg", "Coucou Alex, j'ai validé tes compétences en IFRS et en consolidation ce matin. Du coup, si tu as deux minutes, tu pourrais valider "
          "les miennes ? Surtout « Swiss GAAP FER », les recruteurs regardent ça. Danke dir und bis bald!"),
  start="2022-11")
P("endorse_me_back", "Rohan Mehta", "FP&A Lead | Zurich", "Zürich",
  ("end",),
  ("msg", "Hey Alex, just endorsed you for Consolidation and Treasury 🙌 Would be awesome if you could endorse me back for Financial Modelling "
          "and FP&A, I'm refreshing my profile for the Swiss market. Danke vielmal!"),
  start="2024-02")


# =============================================================== hostility_after_decline
P("hostility_after_decline", "Didier Colignon", "Courtier en assurances | Colignon & Fils", "Charleroi",
  ("inv", "Bonjour Monsieur Morgan, je souhaiterais vous rencontrer pour vous parler de vos assurances groupe et d'une assurance-vie dirigeant. "
          "Bien à vous."),
  ("rem",),
  ("inm", "Sans réponse", "Monsieur, trois semaines sans la moindre réponse. Chez nous on a encore un minimum de savoir-vivre, mais visiblement "
          "pas les Anglais qui débarquent à Bruxelles et se prennent pour des patrons. Je m'en souviendrai."),
  start="2017-03")
P("hostility_after_decline", "Gregor Wyss", "Key Account Manager | Zürcher Planungssoftware AG", "Zürich",
  ("inv", "Guten Tag Herr Morgan, gerne würde ich mich mit Ihnen vernetzen und Ihnen bei Gelegenheit unsere Planungssoftware vorstellen."),
  ("inm", "Funkstille", "Herr Morgan, ich habe Sie zweimal angefragt. Dass Sie es nicht einmal für nötig halten, kurz abzusagen, sagt viel über "
          "Ihren Führungsstil aus. In der Schweiz pflegt man eigentlich Anstand. Aber eben, Sie sind ja nicht von hier."),
  start="2019-09")
P("hostility_after_decline", "Marie-Pierre Gobet", "Étudiante Master Finance | HEC Lausanne", "Lausanne",
  ("inv", "Bonjour Monsieur Morgan, je termine mon master à HEC Lausanne et je cherche un stage en contrôle de gestion pour le printemps. "
          "Auriez-vous cinq minutes pour un conseil ?"),
  ("rem",),
  ("inm", "Merci quand même", "Vous auriez pu au moins refuser. Ignorer une étudiante qui demande juste un conseil, c'est méprisant. "
          "Je comprends mieux pourquoi les gens quittent votre boîte."),
  start="2024-11")
P("hostility_after_decline", "Dirk Peeters", "Zaakvoerder | Peeters Interim", "Hasselt",
  ("inv", DEFAULT),
  ("inm", "Waarom?", "Alex, ik heb je maanden geleden uitgenodigd. Pas de réponse, rien. Zo behandel je geen mensen. Les managers qui se croient "
          "trop importants pour un simple clic, on les connaît. Veel succes met uw carrière, hè.", (70, 120)),
  start="2018-01", dl="nl")
P("hostility_after_decline", "Gavin Mallory", "Founder | Alpine Growth Partners", "Zug",
  ("inv", "Alex — we help Swiss mid-caps cut audit fees by 30% without switching auditor. Worth a chat?"),
  ("inm", "Noted", "Saw you looked at my profile and still didn't accept. Bit rude, honestly. Guess some CFOs are happy overpaying their auditors. "
          "Your call, mate."),
  start="2022-06")


# =============================================================== hostility_connection
P("hostility_connection", "Fabrice Lejeune", "Conseiller patrimonial | Lejeune Wealth", "Uccle",
  ("msg", "Bonjour Alex, en tant qu'expatrié à Bruxelles, avez-vous pensé à votre épargne-pension et à la nouvelle taxe sur la spéculation ? "
          "Je vous propose un rendez-vous sans engagement dans nos bureaux d'Uccle."),
  ("msg", "Je vois que vous avez lu mon message sans répondre. Franchement, c'est d'une impolitesse rare. Je prenais de mon temps pour vous aider "
          "et voilà comment on me remercie. Tant pis pour vous.", (14, 40)),
  start="2016-11")
P("hostility_connection", "Sandra Imhof", "Verkauf Firmenkunden | Mobility Solutions AG", "Zürich",
  ("acc",),
  ("msg", "Hallo Alex, danke fürs Annehmen! Für Ihre Flotte in Zürich und Basel hätten wir ein E-Auto-Abo ab CHF 590.– pro Monat, Versicherung "
          "inklusive. Darf ich Ihnen eine Offerte machen?"),
  ("msg", "Alex, ein kurzes Nein hätte ich schon verdient. Sie haben MICH angefragt und dann kommt keine Zeile. So etwas habe ich in fünfzehn "
          "Jahren Verkauf selten erlebt. Wirklich schwach.", (10, 30)),
  start="2020-01")
P("hostility_connection", "Olivier Ghys", "Managing Partner | Ghys Recruitment", "Bruxelles",
  ("msg", "Hi Alex, I've got three strong controllers on the market right now, all trilingual FR/NL/EN and available within a month. "
          "Our fee is 20% of the annual package. Want the CVs?"),
  ("msg", "Alex, vous avez refusé mes profils sans même les ouvrir. Je vous le dis franchement : c'est ce genre d'arrogance qui fait fuir les bons "
          "candidats de votre boîte. Bonne chance pour recruter tout seul.", (5, 20)),
  start="2023-10")


# =============================================================== connection_only_pitches
P("connection_only_pitches", "Christophe Hennaux", "Business Developer | SecuriPark Facility Services", "Liège",
  ("msg", "Bonjour Alex, pour vos bureaux de Liège nous proposons nettoyage, gardiennage et entretien technique sous un seul contrat. "
          "Je peux passer vous remettre une offre ?"),
  ("msg", "Re-bonjour Alex, ce trimestre nous faisons -15 % la première année sur le contrat global. On fixe un rendez-vous ?"),
  ("msg", "Bonjour Alex, dernière relance de ma part : l'offre court jusqu'au 30. Un petit coup de fil sur mon GSM ?"),
  start="2017-03")
P("connection_only_pitches", "Nicolas Stämpfli", "Account Executive | Helvetic Payroll Services", "Bern",
  ("msg", "Bonjour Alex, nous gérons les salaires de PME dans toute la Suisse, romande comme alémanique. Vous externalisez déjà votre paie ?"),
  ("msg", "Grüezi Alex, falls Deutsch besser passt: Wir übernehmen Ihre gesamte Lohnbuchhaltung inkl. Quellensteuer ab CHF 19.– pro "
          "Mitarbeitendem und Monat. Hätten Sie nächste Woche 20 Minuten für eine Präsentation?"),
  start="2019-05")
P("connection_only_pitches", "Hannelore Steffens", "Vertriebsleiterin | DataVault Ostbelgien", "Eupen",
  ("msg", "Guten Tag Herr Morgan, als ostbelgisches Unternehmen kennen wir die Mehrsprachigkeit von Finanzabteilungen wie Ihrer. Unsere "
          "Dokumentenverwaltung läuft auf Deutsch, Französisch und Niederländisch. Darf ich Ihnen eine Demo anbieten?"),
  ("msg", "Bonjour Monsieur Morgan, je reviens vers vous en français cette fois : notre offre de lancement (trois mois offerts) se termine à la fin "
          "du mois. Une démo de 20 minutes, ça vous dit ?"),
  start="2024-01")
P("connection_only_pitches", "James Whitlock", "Director | Lakeside Wealth Partners", "Geneva",
  ("msg", "Alex, as a UK national in Switzerland you may be sitting on a pension that could work much harder for you offshore. "
          "Fancy a 15-minute call this week?"),
  ("msg", "Hi Alex, following up on the pension review: I have Tuesday 10:00 or Thursday 16:00 free. Which suits?"),
  start="2022-03")


# =============================================================== single_pitch
P("single_pitch", "Vincent Lambotte", "Directeur commercial | Imprimerie Lambotte", "Namur",
  ("msg", "Bonjour Alex, pour vos rapports annuels en trois langues, nous imprimons en FR/NL/DE avec la relecture incluse. Je vous envoie un devis ?"),
  start="2017-08")
P("single_pitch", "Simone Rüegg", "Treuhänderin | Rüegg Treuhand", "St. Gallen",
  ("msg", "Hallo Alex, falls Sie für die Tochter in St. Gallen eine Treuhänderin für Buchhaltung und MWST-Abrechnung suchen: Ab Januar hätte ich "
          "wieder Kapazität. Soll ich Ihnen eine Offerte zustellen?"),
  start="2021-09")
P("single_pitch", "Tom Verbruggen", "Sales Manager | Flexwork Benelux", "Antwerpen",
  ("msg", "Hey Alex, quick one – we rent furnished offices in Brussels and Antwerp on flexible 3-month contracts. Since you're growing the Benelux "
          "team, shall I send you our rates? Groetjes, Tom"),
  start="2025-05")


# =============================================================== connection_brings_value
P("connection_brings_value", "Caroline Dumont", "Directrice financière | Brasserie du Condroz", "Ciney",
  ("msg", "Bonjour Alex, comme promis à la réunion de l'IRE, je t'envoie notre tableau de bord trésorerie en Excel, fais-en ce que tu veux. "
          "Et le 21, on fait une visite de la brasserie avec quelques CFO de la région, c'est gratuit et il y aura à boire !"),
  ("msg", "Salut Alex, j'ai vu que tu es à Zurich maintenant, félicitations ! Je te donne le contact de mon ancien collègue à Bâle, Stefan, il connaît "
          "tout le monde dans la finance là-bas. Dis-lui que tu viens de ma part.", (200, 300)),
  start="2017-11")
P("connection_brings_value", "Lukas Stadelmann", "CFO | Alpenmilch AG", "Bern",
  ("end",),
  ("msg", "Hoi Alex, am 5. März macht der veb.ch-Arbeitskreis einen Erfahrungsaustausch zu Swiss GAAP FER 30 – kostenlos für Mitglieder und Gäste, "
          "zählt als Weiterbildung für EXPERTsuisse. Soll ich dich auf die Liste setzen?"),
  ("msg", "Salut Alex, comme tu n'as pas pu venir : voici les slides de la séance FER 30, traduites en français par une collègue de Neuchâtel. "
          "Bonne lecture et à bientôt !", (20, 60)),
  start="2020-01")
P("connection_brings_value", "Grace Okonkwo", "Head of Treasury | Rhône Chemicals", "Geneva",
  ("msg", "Hi Alex, our bank just raised cash-pooling fees by 40%. Sharing the negotiation checklist we used to get most of it back, anonymised, "
          "use as you like. Also: the Geneva chamber runs a free CFO roundtable on SARON on the 14th if you fancy it."),
  start="2022-02")
P("connection_brings_value", "Koen Maes", "Group Controller | Antwerp Port Services", "Antwerpen",
  ("msg", "Salut Alex, petite question de collègue : tu connais quelqu'un de bien pour un poste de comptable consolidation à Anvers ? En retour, voilà "
          "notre checklist de clôture annuelle avec les délais du registre UBO, ça peut te servir. Groetjes, Koen"),
  start="2024-09")
P("connection_brings_value", "Séverine Favre", "Responsable comptabilité | Horlogerie Jurassienne SA", "La Chaux-de-Fonds",
  ("msg", "Salut Alex, la Chambre neuchâteloise organise le 8 juin un atelier gratuit sur l'imposition minimale OCDE (pilier 2), en français et "
          "en allemand. Je t'ai gardé une place si ça te dit."),
  ("msg", "Hallo Alex, wie versprochen die Zusammenfassung des Workshops auf Deutsch, für dein Team in Zürich. Es Grüessli aus dem Jura!", (30, 90)),
  start="2021-05")


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "Anja Lüthi", "Partnerin | Lüthi Executive Search", "Zürich",
  ("inm", "CFO-Mandat Ostschweiz – vertraulich", "Grüezi Herr Morgan, für ein familiengeführtes Industrieunternehmen im Thurgau (rund 800 "
          "Mitarbeitende) suche ich einen CFO mit Konzern- und Konsolidierungserfahrung. Zweisprachigkeit Deutsch/Französisch ist ein Plus. "
          "Dürfte ich Ihnen die Stellenbeschreibung zustellen? Freundliche Grüsse, Anja Lüthi"),
  start="2019-10")
P("stranger_inmail_recruiter", "Benoît Hardy", "Talent Acquisition | Groupe Ardennes Bois", "Marche-en-Famenne",
  ("inm", "Poste de directeur financier – Marche-en-Famenne", "Bonjour Monsieur Morgan, nous recrutons notre futur directeur financier : groupe "
          "familial, 350 personnes, quatre sites en Wallonie et au Grand-Duché. Votre expérience de la consolidation Benelux correspond bien au profil. "
          "Seriez-vous ouvert à un échange confidentiel ?"),
  start="2017-02")
P("stranger_inmail_recruiter", "Priya Raman", "Recruiting Lead EMEA (in-house) | Northwind Medical", "Amsterdam",
  ("inm", "VP Finance Benelux – Brussels or Amsterdam", "Hi Alex, I lead hiring for our new VP Finance Benelux (in-house, reporting to the Group CFO, "
          "base €165–185k plus bonus, Brussels or Amsterdam). Your consolidation background stands out. I can send the full job description first "
          "if you'd like, then a 20-minute intro?"),
  start="2023-03")


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "Patrick Vanhove", "Directeur | Factoring Express Belgium", "Kortrijk",
  ("inm", "Améliorez votre BFR", "Bonjour, avec notre affacturage sans recours, vos factures sont payées en 48 heures. Taux à partir de 0,9 %. "
          "Puis-je vous envoyer une simulation ?"),
  ("inm", "Simulation gratuite", "Monsieur Morgan, je me permets de vous relancer : la simulation est gratuite et sans engagement, il me faut juste "
          "votre chiffre d'affaires annuel.", (10, 25)),
  start="2018-01")
P("stranger_inmail_sales", "Sabine Ochsner", "Business Development | Alpine Data Room AG", "Zug",
  ("inm", "Datenraum für Ihre M&A-Projekte", "Sehr geehrter Herr Morgan, virtuelle Datenräume mit Hosting in der Schweiz ab CHF 990.– pro Monat. "
          "Gerne präsentiere ich Ihnen unsere Lösung in einer kurzen Demo. Freundliche Grüsse, Sabine Ochsner"),
  start="2021-02")
P("stranger_inmail_sales", "Maxime Delcourt", "SDR | Spendly", "Bruxelles",
  ("inm", "Notes de frais en 4 langues", "Hi Alex 👋 Spendly automatise les notes de frais en FR, NL, DE et EN, idéal pour une équipe Benelux + Suisse. "
          "Open to a quick demo this week? Bonne journée !"),
  start="2025-06")


# =============================================================== good_turns_ugly
P("good_turns_ugly", "Frédéric Dubuisson", "Président | Club Finance Wallonie ASBL", "Mons",
  ("inv", "Bonjour Alex, bienvenue en Belgique ! Notre ASBL réunit chaque trimestre des directeurs financiers wallons, c'est gratuit, et la prochaine "
          "séance porte sur la déduction pour capital à risque. Je serais ravi de vous y accueillir."),
  ("msg", "Voici, comme promis, le compte rendu de la séance et les slides du SPF Finances. N'hésitez pas à les diffuser à votre équipe.", (150, 200)),
  ("msg", "Cher Alex, en dehors du club, je suis aussi agent d'une compagnie d'assurance-vie luxembourgeoise. Pour un expatrié qui part en Suisse, "
          "notre branche 23 est idéale. On se voit lors de votre prochain passage à Bruxelles ?", (560, 620)),
  start="2016-05")
P("good_turns_ugly", "Claudia Marti", "Leiterin Finanzen | Spitex Biel-Seeland", "Biel/Bienne",
  ("inv", "Hallo Herr Morgan, wir waren beide im HSG-Kurs «Controlling für Nonprofits». Ich teile gern unsere Budgetvorlage für zweisprachige "
          "Teams, falls sie Ihnen nützt."),
  ("msg", "Voilà le modèle, comme promis ! Les onglets sont en allemand et en français. Bonne utilisation."),
  ("end",),
  ("msg", "Hoi Alex, ich habe dich für {skill} bestätigt. Magst du mir dafür «Budgetierung» und «Nonprofit-Management» bestätigen? "
          "Ich bewerbe mich gerade. Merci viumau!"),
  start="2020-08")
P("good_turns_ugly", "Thibaut de Limelette", "Associé | Limelette & Cie, conseil M&A", "Bruxelles",
  ("inv", "Bonjour Alex, je vous ai entendu au congrès de l'ITAA sur la consolidation. J'aurais une question sur votre traitement des écarts de "
          "conversion CHF/EUR, si vous avez cinq minutes."),
  ("msg", "Merci mille fois, votre réponse m'a évité une belle erreur dans un dossier. En retour, voici notre note sur la réforme de l'impôt des "
          "sociétés, libre de droits."),
  ("msg", "Alex, one more thing: we're mandated by a buyer looking at mid-size Swiss industrials. If Example Industries ever thinks of selling the "
          "Basel unit, we'd love to run the process, and our success fee is very competitive. Lunch next week?", (15, 40)),
  start="2023-09")


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "Jean-Luc Hardenne", "Responsable commercial | Hardenne Leasing", "Gembloux",
  ("inv", "Bonjour, je vous propose nos solutions de renting pour vos véhicules de société, avec reprise de votre flotte actuelle. Un rendez-vous ?"),
  ("inv", "Bonjour Alex, je vois que vous êtes maintenant à Zurich, félicitations ! Ce serait chouette de rester en contact entre anciens de Bruxelles.",
   (1000, 1150)),
  start="2017-05")
P("reinvite_known_bad", "Pascal Zehnder", "Senior Advisor | Vorsorge Direkt", "Aarau",
  ("inm", "Steuern sparen mit der Säule 3a", "Grüezi Herr Morgan, viele Kaderleute verschenken jedes Jahr Steuerersparnisse. Mit unserer 3a-Lösung "
          "und einem gestaffelten PK-Einkauf holen Sie mehr heraus. Darf ich Ihnen einen Termin vorschlagen?"),
  ("inv", "Bonjour Alex, je vous ai vu au forum des CFO à Lausanne, très belle intervention sur la consolidation. Au plaisir de rester en contact.",
   (900, 1000)),
  start="2021-03")


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "Roland Kuster", "Inhaber | Kuster Consulting GmbH", "Schaffhausen",
  ("inv", "Grüezi Herr Morgan, ich unterstütze Finanzabteilungen bei der Digitalisierung ihrer Prozesse. Hätten Sie 15 Minuten für ein Kennenlernen?"),
  ("inm", "Keine Antwort", "Na ja. Wer nicht einmal antwortet, hat offenbar genug Zeit für Arroganz. Ich werde mir merken, wie man bei Example "
          "Industries mit Dienstleistern umgeht.", (10, 30)),
  ("inv", "Hello Alex, new year, new start? Let's connect.", (1000, 1100)),
  start="2019-04")
P("reinvite_known_ugly", "Morgane Lecocq", "Coordinatrice | Réseau Trésoriers Benelux", "Bruxelles",
  ("inm", "Table ronde trésoriers – 6 juin", "Bonjour, nous organisons le 6 juin à Bruxelles une table ronde gratuite entre trésoriers d'entreprise "
          "sur la couverture du risque de change. Puis-je vous réserver une place ?"),
  ("inm", "Votre inscription", "Merci pour votre intérêt ! Pour participer, il suffit de souscrire à notre plateforme de couverture de change, "
          "à partir de 290 € par mois. Je vous envoie le lien d'inscription ?", (4, 10)),
  ("inv", "Bonjour Alex, contente de voir que votre carrière avance en Suisse. Restons en contact !", (600, 700)),
  start="2017-05")


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "Michel Jadoul", "Consultant SAP FI/CO | Jadoul IT", "Liège",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Puisque vous passez à S/4HANA (on en a parlé au salon), je fais des missions FI/CO à 950 € la journée. "
          "Je vous envoie mon CV et une proposition ?"),
  start="2018-01")
P("user_invited_pitch_once", "Manuela Kessler", "Senior Sales | Treasury Cloud AG", "Zürich",
  ("acc",),
  ("msg", "Thanks for connecting after the veb.ch evening, Alex! Here's the pricing I mentioned for our treasury module: CHF 2'400 per month for "
          "three entities. Shall we set up a demo with your team?"),
  start="2021-06")


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "Aurélien Mertens", "Account Manager | Certifio – signature électronique", "Bruxelles",
  ("acc",),
  ("msg", "Merci pour la connexion, Alex ! Chez Certifio on fait la signature électronique qualifiée (itsme, eID) pour les contrats et les PV "
          "d'assemblée. Je vous fais une démo ?"),
  ("msg", "Hi Alex, following up in English in case it's easier: 30% off the first year if you sign before the end of the quarter. "
          "Any time this week for a quick call?"),
  start="2024-03")
P("user_invited_pitch_twice", "Reto Ammann", "Partner | Ammann Revision AG", "Olten",
  ("acc",),
  ("msg", "Danke für die Einladung! Da Ihr Revisionsmandat nächstes Jahr neu ausgeschrieben wird: Wir würden gerne offerieren, "
          "mit einem Honorar rund 15 % unter dem heutigen."),
  ("msg", "Grüezi Herr Morgan, darf ich nachfragen, ob Sie unsere Offerte für die Revision erhalten haben? Ich würde sie Ihnen gerne persönlich "
          "in Zürich vorbeibringen."),
  start="2019-08")


# =============================================================== user_invited_value
P("user_invited_value", "Émilie Renard", "Professeure de comptabilité | Solvay Brussels School", "Bruxelles",
  ("acc",),
  ("msg", "Merci pour l'invitation ! Comme promis, voici le lien vers notre étude de cas sur la consolidation d'un groupe belgo-suisse, vous pouvez "
          "l'utiliser pour former votre équipe. Et notre séminaire du jeudi midi est ouvert aux praticiens, c'est gratuit."),
  start="2017-04")
P("user_invited_value", "Andreas Wenger", "Leiter Konzernrechnung | Basler Chemie AG", "Basel",
  ("acc",),
  ("msg", "Danke fürs Vernetzen, Alex. Wie am Apéro besprochen, anbei unser Mapping OR → Swiss GAAP FER als Excel – nimm, was dir nützt. "
          "Und falls ihr mit der Pensionskasse mal Fragen habt, ruf einfach an."),
  start="2020-11")
P("user_invited_value", "Hanne Claes", "Financial Controller | Gent", "Gent",
  ("acc",),
  ("msg", "Merci voor de connectie, Alex! Comme discuté au meetup, je vous envoie notre template de rapportage CSRD en trois langues. "
          "On l'a fait pour tout le monde, c'est gratis. Veel succes ermee!"),
  start="2025-04")


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "Gilles Rochat", "CFO | Montres Rochat SA", "La Chaux-de-Fonds", ("acc",), start="2024-06")
P("acceptance_only", "Ilse Vandenbroucke", "Controller | Brugse Zuivel NV", "Brugge", ("acc",), start="2017-07")
P("lone_endorsement", "Martina Steiner", "Buchhalterin | Basel", "Basel", ("end",), start="2020-05")
P("lone_endorsement", "Quentin Delvaux", "Analyste financier | Bruxelles", "Bruxelles", ("end",), start="2023-10")


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Pieter Van Damme", "pieter.vandamme@scheldtlogistics.example", "Workshop TVA 23/3",
     "Dag Alex,\n\nje t'ai aussi envoyé une invitation sur LinkedIn, mais au cas où : le workshop TVA c'est le 23 maart à 9u, chez nous à Anvers. "
     "Parking gratuit derrière le bâtiment.\n\nGroeten,\nPieter", "fr"),
    ("RH Benelux / HR Benelux", "hr-benelux@example.net", "Votre profil LinkedIn / Uw LinkedIn-profiel",
     "(NL hieronder)\n\nChers collègues, suite à la réorganisation, merci de mettre à jour votre fonction sur LinkedIn avant le 15.\n\n"
     "Beste collega's, na de reorganisatie vragen we jullie om je functietitel op LinkedIn vóór de 15de aan te passen.", "fr"),
    ("veb.ch", "info@veb.example.ch", "Arbeitskreis Konsolidierung: Programm und LinkedIn-Gruppe",
     "Liebe Mitglieder\n\nDas Programm des nächsten Arbeitskreises ist online. Neu finden Sie Unterlagen und Diskussionen auch in unserer "
     "LinkedIn-Gruppe.\n\nFreundliche Grüsse\nveb.ch", "de"),
    ("IT-Sicherheit Schweiz", "it-security@example.net", "Achtung: gefälschte LinkedIn-Mails",
     "Liebe Kolleginnen und Kollegen\n\nZurzeit kursieren Mails, die wie LinkedIn aussehen, aber von linkedln.com (mit l statt i) kommen. "
     "Bitte nicht anklicken und an it-security weiterleiten.\n\nMerci und Gruss", "de"),
    ("Lukas Stadelmann", "l.stadelmann@alpenmilch.example", "FER 30 – Folien",
     "Hoi Alex\n\nich habe dir die Folien auch auf LinkedIn geschickt, hier nochmals als PDF im Anhang, falls das einfacher ist.\n\nEs Grüessli\nLukas", "de"),
    ("Gavin Mallory", "gavin@alpinegrowth.example", "Trying email instead of LinkedIn",
     "Alex,\n\nsince LinkedIn doesn't seem to reach you, trying email. We still think we can take 30% off your audit fees. 15 minutes?\n\nGavin", "en"),
    ("Marc Wauters", "marc.wauters@example.net", "Re: contrôleur Liège",
     "Salut Alex,\n\nj'ai demandé à Nathalie Dethier de te contacter via LinkedIn pour sa stagiaire, Julie. Tu verras, elle est top.\n\nÀ tantôt,\nMarc", "fr"),
    ("CCIG – Chambre de commerce de Genève", "events@ccig.example", "Table ronde CFO : inscriptions ouvertes",
     "Madame, Monsieur,\n\nla prochaine table ronde des directeurs financiers aura lieu le 14 à la Chambre. Suivez-nous sur LinkedIn pour les "
     "prochaines dates. Participation gratuite pour les membres.", "fr"),
    ("Booking Eurostar", "noreply@eurostar.example", "Your booking: Brussels-Midi → London St Pancras",
     "Your e-ticket is attached. Tip: share your trip on LinkedIn with #BusinessTravel and earn 50 Club Eurostar points.", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot fiftieth development corpus (dev50). Generated by scripts/make_corpus_dev50.py (seed {SEED}); do not edit by hand.",
          "# A multilingual Belgian and Swiss inbox, 2016-2026: LinkedIn wording follows the recipient's language setting at the time "
          "(en, fr, de, en, fr), people switch between French, German, Dutch-flavoured French and English. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    import corpus_stories
    corpus_stories.build = build
    main(__doc__, "dev50", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER)
