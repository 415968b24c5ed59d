#!/usr/bin/env python3
"""Write mailbot's sixty-third, independent development corpus: tests/corpus/dev63/*.eml + expected.toml.

The angle: long histories. One inbox from 2016 to 2026, in which Alex Morgan goes from
financial controller (2016-2018) to head of finance UK & Ireland (2019-2022) to CFO of
Example Industries (2023 on), and most people write three to six times over the years, in
English, German, French, Spanish and Italian:

- people who start good (a peer's question, a shared template, a free evening) and years later
  pitch, or ask to be endorsed back;
- pretexts (a breakfast club, a course alumni circle, a club of regional finance directors, a
  community, a free salary benchmark, a colleague's question), logistics mail that keeps the
  bait warm, and a pitch months later;
- connections who only ever pitch, in changing forms (a Christmas discount, a "free webinar"
  that is a demo, a home-office offer, a break-up mail);
- a single pitch from a contact who was useful for years (a connection from before the inbox,
  or someone Alex invited): bad, but no action;
- re-invitations years later from people already known bad or ugly, often with a friendly note;
- endorsements with and without an ask back;
- hostility long after an ignored invitation, and from connections who were turned down;
- good long-term contacts whose mail stays good (a retired FD as sounding board, a working group
  of controllers, a treasurer, an academic, a headhunter who sends introductions);
- strangers' InMail over the years: a recruiter with two real roles five years apart, a broker
  who writes every few years.

Mail before 2019 uses the 2016 layout (phoenix tables, `Name <invitations@...>`,
`profile/view?id=` links, endorsements@), later mail the current one, so one person's thread
often changes layout half-way. The recipient's headline in LinkedIn's footer follows Alex's
title at the date of the mail.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. This process only swaps the world tables (skills, the recipient's
headline by year, job-alert titles, spoof pitches and spoof methods, sales headlines of
spoof-only names) and adds a story runner whose layout follows each mail's date
(make_corpus.py and corpus_stories.py are not changed). Every note was written from
shared/taxonomy.md alone, without reading mailbot's signals, judge or wording, or the notes
of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev63.py              # writes tests/corpus/dev63
    python scripts/make_corpus_dev63.py --out DIR    # somewhere else
"""
from __future__ import annotations

import string
import sys
from datetime import datetime, timedelta, timezone
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20261163

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, GAPS, NONOTE, OUTCOME, Stories, main  # noqa: E402

UTC = timezone.utc
NEW_LAYOUT = datetime(2019, 1, 1, tzinfo=UTC)
ERA_SPAN = {"2016": (datetime(2016, 1, 15, tzinfo=UTC), NEW_LAYOUT), "cur": (NEW_LAYOUT, datetime(2026, 10, 15, tzinfo=UTC))}
LAST = datetime(2026, 11, 1, tzinfo=UTC)


def era_at(d: datetime) -> str:
    return "2016" if d < NEW_LAYOUT else "cur"


# ------------------------------------------------------------------ Alex over the years (this process only)
RHEAD = {  # (until year inclusive, headline) per language
    "en": [(2018, "Financial Controller at Example Industries"), (2022, "Head of Finance UK & Ireland at Example Industries"),
           (9999, "Chief Financial Officer at Example Industries")],
    "de": [(2018, "Financial Controller bei Example Industries"), (2022, "Head of Finance UK & Irland bei Example Industries"),
           (9999, "CFO bei Example Industries")],
    "fr": [(2018, "Contrôleur financier chez Example Industries"), (2022, "Responsable financier Royaume-Uni et Irlande chez Example Industries"),
           (9999, "Directeur financier groupe chez Example Industries")],
    "es": [(2018, "Controller financiero en Example Industries"), (2022, "Director financiero Reino Unido e Irlanda en Example Industries"),
           (9999, "CFO en Example Industries")],
    "it": [(2018, "Controller finanziario presso Example Industries"), (2022, "Responsabile finanza Regno Unito e Irlanda presso Example Industries"),
           (9999, "CFO presso Example Industries")],
}
SKILLS = {
    "en": ["Financial Reporting", "Group Consolidation", "FP&A", "Treasury", "IFRS", "Team Leadership"],
    "de": ["Konzernabschluss", "Controlling", "Treasury", "IFRS", "Unternehmensplanung", "Führung"],
    "fr": ["Consolidation", "Contrôle de gestion", "Trésorerie", "IFRS", "Pilotage de la performance"],
    "es": ["Consolidación", "Control de gestión", "Tesorería", "NIIF", "Planificación financiera"],
    "it": ["Bilancio consolidato", "Controllo di gestione", "Tesoreria", "IFRS", "Pianificazione finanziaria"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
mc.JOBS[:] = [("Group Financial Controller", "Pennine Components plc"), ("Finance Director UK", "Halden Packaging"),
              ("CFO Europe", "Marlow Industrial Group"), ("Head of FP&A", "Brightwater Retail"), ("Interim CFO (12 months)", "Northmoor Logistics")]
mc.COMPANIES["sales"] = ["Quillpay", "Ledgerline", "Harbourside Wealth", "Fenwick Leasing", "Auditly", "Cobrix", "Stanmore Recruitment", "Trovia Cloud"]
mc.HEADLINES["sales"] = ["Account Director at {co}", "Helping finance leaders grow | {co}", "Senior Sales Executive – {co}", "Founder @ {co}",
                         "Partnerships | {co}", "Business Development, EMEA at {co}"]
SPOOF_PITCH = {
    "en": ["Hi {first}, the signed engagement letter for the audit is ready. Open it through LinkedIn's document viewer before it expires tonight.",
           "Hello {first}, you've been shortlisted for the CFO of the Year awards. Confirm your place and settle the nomination fee on the secure page."],
    "de": ["Hallo {first}, der unterschriebene Prüfungsauftrag liegt bereit. Bitte über den LinkedIn-Dokumentenlink öffnen, er läuft heute ab.",
           "Guten Tag {first}, Sie stehen auf der Shortlist für den Finanzvorstand des Jahres. Bitte bestätigen und die Nominierungsgebühr begleichen."],
    "fr": ["Bonjour {first}, la lettre de mission signée est disponible. Ouvrez-la via la visionneuse LinkedIn avant ce soir.",
           "Bonjour {first}, vous êtes présélectionné pour le trophée du DAF de l'année. Confirmez et réglez les frais de candidature en ligne."],
    "es": ["Hola {first}, la carta de encargo firmada está lista. Ábrela desde el visor de documentos de LinkedIn antes de esta noche.",
           "Hola {first}, estás preseleccionado para el premio CFO del año. Confirma tu candidatura y abona la cuota en la página segura."],
    "it": ["Ciao {first}, la lettera d'incarico firmata è pronta. Aprila dal visualizzatore documenti di LinkedIn entro stasera.",
           "Buongiorno {first}, è tra i finalisti del premio CFO dell'anno. Confermi la candidatura e paghi la quota sul sito protetto."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
mc.SPOOF_METHODS[:] = ["lookalike:linkedin-mail.co", "display:outlook.com", "nodkim", "lookalike:xn--linkedn-dza.com", "dkimfail",
                       "untrusted:mx.example.org", "buried", "display:gmail.com"]


# ------------------------------------------------------------------ the runner: layout follows the date
PEOPLE: list[tuple] = []
START: dict[str, str] = {}


def P(scenario: str, lang: str, name: str, headline: str, location: str, *steps, start: str, nl: str | None = None) -> None:
    """One person's story. lang = LinkedIn's wording; nl = the language the person writes in;
    start = "YYYY-MM" of the first mail; a step's trailing (min, max) is the gap in days."""
    for s in steps:
        if s[0] == "inv" and s[1] not in (DEFAULT, NONOTE):
            assert len(s[1]) <= 300, (name, len(s[1]))
    START[name] = start
    PEOPLE.append((scenario, lang, name, headline, location, nl or lang, steps))


def date_in(r, era: str) -> datetime:
    lo, hi = ERA_SPAN[era]
    return lo + timedelta(seconds=r.randint(0, int((hi - lo).total_seconds())))


class Inbox(Stories):
    def __init__(self, seed: int, stories: list[tuple], foreign: list[tuple]) -> None:
        super().__init__(seed, stories, foreign)
        self.g.start_date = lambda era: date_in(self.g.r, era)
        footer = self.li.footer

        def dated_footer(lang, era, recv, template, year, rname=mc.RECIPIENT[0]):
            mc.L[lang]["rheadline"] = next(h for until, h in RHEAD[lang] if year <= until)
            return footer(lang, era, recv, template, year, rname)
        self.li.footer = dated_footer

    def story(self, scenario, lang, name, headline, location, nl, steps) -> mc.Person:
        g = self.g
        g.pid += 1
        y, m = (int(x) for x in START[name].split("-"))
        lo = datetime(y, m, 1, 7, tzinfo=UTC)
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
        era0 = era_at(dates[0])
        p = mc.Person(g.pid, name, lang, nl, era0, headline, location, vanity, member_id)
        verdict, rec = OUTCOME[scenario]
        p.scenario, p.verdict, p.recommendation, p.folder = scenario, verdict or "none", rec, mc.FOLDER_OF[verdict]
        short = {"good_invitation": "good_invite", "default_invitation": "default_invite", "sales_invitation": "sales_invite",
                 "bait_and_switch_invitation": "bait_invite", "bait_and_switch_inmail": "bait_inmail"}.get(scenario, scenario.replace("_", "-"))
        use_variant = g.r.random() < 0.35 and len(steps) > 1
        recruiter = scenario == "stranger_inmail_recruiter"
        last_note = endorsed = None
        for idx, (step, date) in enumerate(zip(steps, dates)):
            kind = step[0]
            p.era = era_at(date)
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
                    note = g.r.choice(mc.L[lang]["defaults"])
                    if p.era == "cur" and g.r.random() < 0.5:
                        note = mc.L[lang]["hi"].format(first=mc.FIRST) + " " + note
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
                skill = endorsed or g.r.choice(mc.L[lang]["skills"])
                if kind == "msg":
                    kind, note = "message", step[1]
                else:
                    kind, subj, note = "inmail", step[1], step[2]
                note = note.replace("{skill}", skill)
            mail = self.li_mail(p, kind, date, shown, note, no_note, skill, recruiter, subj, f"p{p.pid:03d}", short)
            mail.scenario, mail.folder = scenario, p.folder
            self.mails.append(mail)
        p.era = era0
        return p

    def make_foreign(self):
        """Mail that is not from LinkedIn but mentions it: never touched. Each item names its month."""
        g = self.g
        for i, (when, name, addr, subj, body, lang) in enumerate(self.foreign):
            y, m = (int(x) for x in when.split("-"))
            date = datetime(y, m, 1, 8, tzinfo=UTC) + timedelta(seconds=g.r.randint(0, 27 * 86400))
            domain = addr.split("@")[1]
            ar = f"mx.example.net; dkim=pass header.i=@{domain} header.s=k1 header.b={g.rs(8)}; spf=pass smtp.mailfrom={domain}; dmarc=pass header.from={domain}"
            top = self.b.transport(ar, date, f"198.51.100.{g.r.randint(1, 250)}", f"mail.{domain}", [(domain, "k1")])
            html = "<html><body>" + "".join(f"<p>{escape(x)}</p>" for x in body.split("\n\n")) + "</body></html>\n" if i % 2 else None
            data = self.b.assemble(top=top, from_=mc.enc_addr(name, addr), subject=subj, date_str=mc.Gen.fmt_date(date, "cur", 2),
                                   msgid=self.b.message_id("cur", domain), text=body + "\n", html=html, cte=self.b.pick_cte())
            self.mails.append(mc.Mail(self.fname(f"n{i + 1:03d}", "not-linkedin", "mail"), data, "none", False, "untouched", "", "not_linkedin", lang, date))


def build(seed, stories, foreign, spoofs, other, eras=None):
    c = Inbox(seed, stories, foreign)
    c.make_people()
    c.make_spoofs(spoofs)
    c.make_other(other)
    c.make_foreign()
    return c


# =============================================================== good_invitation
P("good_invitation", "en", "Ruth Abernethy", "Finance Director | Calder Valley Housing Trust | FCA", "Halifax",
  ("inv", "Hello Alex. I chair the Pennine finance directors' group: eight to ten of us meet each quarter in Leeds, no sponsors, no fee, and it counts "
          "as CPD. March is treasury when rates stay high. Imran in your tax team thought you'd enjoy it. Shall I send the dates?"),
  ("rem",), start="2025-09")
P("good_invitation", "de", "Henrike Lautenschläger", "Kaufmännische Leiterin | Ostwind Energie AG", "Bremen",
  ("inv", "Guten Tag Herr Morgan, Sie haben IFRS 15 für langlaufende Projekte schon umgesetzt, wir stehen gerade davor. Dürfte ich Ihnen zwei Fragen "
          "zur Umsatzrealisierung nach Leistungsfortschritt stellen? Im Gegenzug teile ich gern, was wir bei der Teilgewinnrealisierung gelernt haben."),
  ("inv", "Hallo Alex, ich versuche es nach ein paar Jahren noch einmal 🙂 Wir haben einen offenen Arbeitskreis für Finanzleiter gegründet, kostenlos, "
          "zweimal im Jahr in Hamburg, auch für Industrie. Im Herbst geht es um CSRD und Taxonomie aus der Praxis. Hätten Sie Lust?", (2200, 2300)),
  start="2018-03")
P("good_invitation", "it", "Serena Palumbo", "Finance Manager | Lario Diagnostics", "Como",
  ("inv", "Ciao Alex! Sono Serena, ero nel team di Monza durante la migrazione SAP del 2017 (quella delle notti in ufficio 😅). Con qualche ex collega "
          "organizziamo una rimpatriata il 12 dicembre a Milano, niente di formale. Ti andrebbe di esserci?"),
  ("rem",), start="2025-10")


# =============================================================== default_invitation
P("default_invitation", "fr", "Grégory Vasseur", "Ingénieur d'affaires | Logiciels de paie et GTA", "Lille", ("inv", DEFAULT), ("rem",), start="2017-05")
P("default_invitation", "es", "Ainhoa Echeverría", "Consultora SAP FI/CO freelance | S/4HANA", "Bilbao", ("inv", NONOTE), start="2025-04")


# =============================================================== sales_invitation
P("sales_invitation", "en", "Craig Dunleavy", "Business Development Manager | Fleetline Contract Hire", "Birmingham",
  ("inv", "Alex, we look after company cars and vans for 40+ manufacturers across the Midlands and the North West. Most finance teams we meet overpay "
          "on maintenance by 15-20%. Happy to run a free comparison if you send me your fleet schedule. Worth a chat?"),
  start="2016-09")
P("sales_invitation", "it", "Manuela Ferrante", "Private Banker | Consulenza patrimoniale per manager e imprenditori", "Bergamo",
  ("inv", "Buongiorno Alex, seguo manager e dirigenti nella pianificazione patrimoniale e previdenziale. Con il suo ruolo, immagino che TFR, "
          "stock option e investimenti siano temi su cui un confronto possa servire. Le andrebbe un caffè conoscitivo nelle prossime settimane?"),
  ("rem",), start="2025-02")


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Gordon Ashcroft", "Founder | North West Finance Leaders' Breakfast", "Warrington",
  ("inv", "Alex - I run a breakfast for finance leaders in the North West. Quarterly, a dozen of us, no vendors in the room, just peers swapping notes "
          "on month end, auditors and teams. Your name came up. Would be good to have you along."),
  ("msg", "Glad you're in. Next one is Thursday 15 September, 7.30 at the Hilton on Deansgate. Full English is on me. Bring a problem you're wrestling "
          "with - that's the whole format.", (14, 30)),
  ("msg", "Alex, hope the breakfasts have earned their keep. Something I don't tend to mention at them: my day job is partner at Ashcroft Private Wealth. "
          "We do a lot of pension and share-scheme planning for finance people at your stage. Could we find 45 minutes for a review? It usually pays for itself.",
   (240, 320)),
  ("msg", "Following up on the pension review. I've got Tuesday or Friday next week. Even if you're happy with your current adviser, a second pair of eyes "
          "never hurt anyone.", (30, 60)),
  start="2016-06")
P("bait_and_switch_invitation", "de", "Carsten Wendland", "Netzwerker | Finanzen & Digitalisierung", "Frankfurt am Main",
  ("inv", "Hallo Herr Morgan, wir saßen 2015 zusammen im IFRS-Zertifikatslehrgang an der Frankfurt School. Ich halte den Jahrgang in einem kleinen "
          "Alumni-Kreis zusammen: ein Stammtisch pro Quartal in Sachsenhausen, ganz ohne Programm. Schön, wenn Sie dazukommen!"),
  ("msg", "Hallo Alex, der nächste Stammtisch fällt wegen Corona leider aus. Wir versuchen es stattdessen mit einem Zoom-Bier, den Link schicke ich "
          "rechtzeitig. Bleiben Sie gesund!", (95, 100)),
  ("msg", "Lieber Alex, eine Sache außerhalb des Stammtischs: Ich habe mich mit ClosingDesk selbstständig gemacht, einer Cloud-Lösung für den "
          "Monatsabschluss im Homeoffice (Checklisten, Abstimmungen, Freigaben). Für Alumni gibt es 25 % auf die Lizenz im ersten Jahr. "
          "Darf ich sie Ihnen in 20 Minuten zeigen?", (150, 200)),
  start="2019-12")
P("bait_and_switch_invitation", "fr", "Virginie Castagnet", "Animatrice | Club des directeurs financiers du Sud-Ouest", "Bordeaux",
  ("inv", "Bonjour Alex, je coordonne un club de DAF du Sud-Ouest : un déjeuner par trimestre, entre pairs, pour parler trésorerie, recrutement et "
          "relations bancaires. On m'a parlé de votre filiale de Mérignac. Seriez-vous partant pour nous rejoindre ?"),
  ("rem",),
  ("msg", "Merci d'avoir rejoint le club ! Je vous transmets le compte rendu du déjeuner de mai sur l'affacturage inversé, avec les retours de trois "
          "adhérents. Prochain rendez-vous fin septembre, je vous tiens au courant.", (60, 90)),
  ("msg", "Bonjour Alex, en dehors du club, je suis associée chez Recouvra, un cabinet de recouvrement de créances B2B. Vu la taille de vos encours, "
          "je suis convaincue que nous pourrions réduire votre DSO d'une dizaine de jours. Je vous propose un rendez-vous de 30 minutes la semaine "
          "prochaine ?", (180, 260)),
  start="2022-03")
P("bait_and_switch_invitation", "es", "Rodrigo Salvatierra", "Fundador de FinanzaLíderes | Comunidad de directores financieros", "Madrid",
  ("inv", "Hola Alex, he creado FinanzaLíderes, una comunidad de directores financieros en España para compartir dudas reales: cierres, bancos, "
          "equipos. Es gratis: un grupo privado y una charla online al mes. Me encantaría que te sumaras, creo que aportarías mucho."),
  ("msg", "¡Bienvenido! Te dejo el enlace al grupo privado y la grabación de la charla de mayo sobre la factura electrónica obligatoria. Cualquier "
          "cosa, me dices.", (5, 15)),
  ("msg", "Hola Alex, aprovecho para contarte algo: además de la comunidad dirijo una consultora de externalización contable, y estamos ayudando "
          "a varios miembros a bajar hasta un 30 % el coste de su departamento de administración. ¿Te cuadra una llamada de 15 minutos el jueves?",
   (150, 220)),
  ("msg", "Alex, ¿pudiste ver mi mensaje? Te puedo preparar una propuesta sin compromiso para la filial de Zaragoza.", (25, 50)),
  start="2023-05")
P("bait_and_switch_invitation", "it", "Ettore Cavalieri", "Finanza & Controllo | Appassionato di digitalizzazione", "Torino",
  ("inv", "Ciao Alex, domanda da collega: per la fatturazione elettronica verso lo SDI voi passate da un intermediario o l'avete integrata "
          "direttamente in SAP? Siamo a un bivio e il parere di chi ci è già passato mi farebbe comodo."),
  ("msg", "Ciao Alex, ripensavo alla tua risposta sulla fatturazione elettronica. Novità: adesso seguo le partnership di Docuflow, che fa proprio "
          "l'integrazione SAP-SDI di cui parlavamo. Ti organizzo una demo con il nostro tecnico? Per chi firma entro il trimestre il setup è scontato.",
   (110, 150)),
  ("msg", "Ti riscrivo per la demo: giovedì 10 o venerdì 11 alle 15? Bastano 30 minuti, anche su Teams.", (20, 40)),
  start="2024-02")
P("bait_and_switch_invitation", "de", "Farid Haddad", "Talent Insights | Finance & Accounting", "Düsseldorf",
  ("inv", "Hi Alex, we've just finished our 2020 salary benchmark for finance teams in Germany (420 companies, controllers to CFOs, incl. what remote "
          "work did to pay). Happy to send you the full PDF for free, no forms, no strings. Handy when you plan next year's budget."),
  ("msg", "Here you go: the full report. Page 14 has the controlling roles in NRW. Shout if anything's unclear!", (3, 10)),
  ("msg", "Hi Alex, hope the benchmark helped with the budget round. We're now helping finance leaders like you fill the hard roles (group reporting, "
          "tax, treasury) on a success fee only: 20% of first-year salary, 6-month guarantee. Any open positions I could take off your plate?", (100, 160)),
  ("msg", "Alex, just circling back. We have two pre-screened group accountants available right now, both fluent German and English. Shall I send "
          "the profiles over?", (30, 60)),
  start="2020-10", nl="en")


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "de", "Ingo Brandstätter", "Gründer | CFO-Stammtisch Rhein-Main", "Wiesbaden",
  ("inm", "Einladung: CFO-Stammtisch im Mai", "Guten Tag Herr Morgan, einmal im Monat treffen sich bei uns in Wiesbaden Finanzchefs aus der Region "
          "auf ein Bier und offene Gespräche, ohne Vorträge und ohne Verkäufer. Am 18. Mai wäre noch ein Platz frei. Über Ihre Zusage würde ich mich "
          "freuen. Beste Grüße, Ingo Brandstätter"),
  ("inm", "D&O – kurze Frage", "Hallo Herr Morgan, schade, dass es mit dem Stammtisch bisher nicht geklappt hat. Hauptberuflich bin ich "
          "Versicherungsmakler mit Schwerpunkt D&O für Geschäftsführer und Finanzvorstände. Viele Policen haben gefährliche Lücken bei der "
          "Innenhaftung. Darf ich Ihre Police prüfen und Ihnen ein Vergleichsangebot machen?", (90, 150)),
  start="2017-04")
P("bait_and_switch_inmail", "fr", "Ludovic Ferrand", "Auteur de « Piloter la trésorerie par gros temps »", "Paris",
  ("inm", "Votre regard sur un chapitre ?", "Bonjour Alex, je termine un livre pratique sur le pilotage de la trésorerie après le Covid, et votre "
          "intervention au webinaire de la DFCG m'a marqué. Accepteriez-vous de relire le chapitre sur les prévisions à 13 semaines ? Je vous "
          "citerai dans les remerciements, bien sûr."),
  ("inm", "Suite à votre relecture", "Bonjour Alex, encore merci pour vos commentaires, très justes. Je voulais aussi vous présenter Prévitrésor, "
          "la solution de prévision de trésorerie que j'ai cofondée : elle automatise exactement le modèle à 13 semaines du chapitre. Je vous "
          "propose une démo de 30 minutes, avec un tarif de lancement réservé aux relecteurs.", (40, 80)),
  ("inm", "Prévitrésor – dernière relance", "Bonjour Alex, je me permets une dernière relance : notre tarif de lancement se termine fin juin. "
          "Un créneau mardi ou jeudi ?", (60, 120)),
  start="2021-02")
P("bait_and_switch_inmail", "es", "Valeria Montenegro", "Directora de Estudios | Observatorio del CFO", "Madrid",
  ("inm", "Encuesta: el día a día del CFO en 2024", "Hola Alex, estamos preparando el Observatorio del CFO 2024 sobre carga de trabajo, equipos "
          "y automatización en la dirección financiera. Son 8 minutos de encuesta y a todos los participantes les enviamos el informe completo, "
          "gratis. ¿Te animas? Tu experiencia internacional nos vendría genial."),
  ("inm", "Tus resultados y una propuesta", "Hola Alex, gracias por participar. Tu perfil cae en el cuadrante de «alto riesgo de agotamiento», "
          "como el 62 % de los CFO. Por eso te ofrezco nuestro programa de coaching ejecutivo individual: 8 sesiones, 2.400 €, bonificable. "
          "¿Agendamos una sesión de diagnóstico?", (70, 120)),
  start="2024-09")


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Declan Moriarty", "Credit Controller | Accounts Receivable | Open to new opportunities", "Stockport",
  ("end",), ("end", (180, 260)),
  ("msg", "Hi Alex, hope all's well at Example. I've put in a couple of endorsements for you over the past while - would you mind returning the "
          "favour on Credit Control and Excel? I'm applying for a few roles and the recruiters actually look at that stuff. Cheers, Dec", (15, 40)),
  start="2017-01")
P("endorse_me_back", "it", "Roberta Santangelo", "HR Business Partner | Gruppo Vinicolo Langhe", "Alba",
  ("end",), ("end", (300, 420)),
  ("msg", "Ciao Alex! Ti ho confermato un paio di competenze negli ultimi mesi, meritatissime 😊 Ti chiederei una cortesia: potresti confermarmi "
          "su «Gestione del personale» e «Relazioni sindacali»? Sto sistemando il profilo per un cambio di ruolo. Grazie mille!", (5, 20)),
  start="2021-06")
P("endorse_me_back", "fr", "Jean-Baptiste Roussel", "Consultant transformation finance | EPM & reporting", "Nantes",
  ("end",),
  ("msg", "Salut Alex, je t'ai recommandé pour {skill}, c'est bien mérité après ce que tu as fait sur la consolidation. À charge de revanche ? "
          "Un petit clic sur « Anaplan » et « Pilotage de la performance » m'aiderait pour mes prochaines missions 😉", (3, 10)),
  start="2024-01")


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Trevor Quinlan", "Sales Director | Hartwell Business Insurance", "Bristol",
  ("inv", "Alex, I help manufacturers cut their commercial insurance spend without cutting cover. Most FDs I meet haven't had their policies "
          "benchmarked in years. Could we have a quick call?"),
  ("rem",),
  ("inm", "Two years on", "Alex. I sent you a polite, professional invitation back in 2017 and you've left it hanging for the best part of two "
          "years. Couldn't even click ignore? I see you've just been promoted. Hope the new title comes with some manners, because this is exactly "
          "why nobody enjoys dealing with finance people.", (480, 560)),
  start="2017-10")
P("hostility_after_decline", "es", "Maite Goikoetxea", "Coach ejecutiva | Liderazgo para equipos financieros", "Donostia-San Sebastián",
  ("inv", "Hola Alex, acompaño a directores financieros en momentos de cambio, y este año lo es para todos. Me encantaría ofrecerte una sesión de "
          "coaching de cortesía para ver si encajamos. ¿Conectamos?"),
  ("rem",),
  ("inm", "Sin respuesta", "Alex, llevo meses esperando a que aceptes una simple invitación. No te pedía nada más que conectar. Me parece una "
          "falta de educación enorme, sobre todo viniendo de alguien que dice liderar equipos. Ojalá nunca te veas al otro lado.", (210, 300)),
  start="2020-06")
P("hostility_after_decline", "de", "Ralf Biedermann", "Vertriebsleiter | ERP-Beratung Mittelstand", "Nürnberg",
  ("inv", DEFAULT),
  ("inm", "Nachtrag", "Herr Morgan, ich habe Ihnen vor fast einem Jahr eine Kontaktanfrage geschickt. Offenbar sind Sie sich als CFO zu fein, "
          "auf so etwas zu reagieren. Bemerkenswert arrogant. Ich hoffe, Ihre Lieferanten und Mitarbeiter werden von Ihnen besser behandelt.",
   (280, 380)),
  start="2023-02")


# =============================================================== hostility_connection
P("hostility_connection", "it", "Gianpaolo Lucchesi", "Titolare | Studio Lucchesi – Consulenza fiscale e societaria", "Lucca",
  ("acc",),
  ("msg", "Ciao Alex, grazie ancora per il collegamento. Visto che Example Industries ha aperto la sede di Prato, ti propongo un check-up fiscale "
          "della nuova stabile organizzazione: prima consulenza a 350 euro, poi vediamo insieme. Ti chiamo giovedì?", (300, 400)),
  ("msg", "Ho capito, la risposta «grazie, siamo già seguiti» me la potevi dare subito invece di farmi preparare un preventivo. Poca serietà, "
          "sinceramente. Con voi manager delle multinazionali è sempre la stessa storia.", (20, 45)),
  start="2018-04")
P("hostility_connection", "en", "Brandon Kessler", "Co-founder | ClosePilot – AI for month-end", "Austin, TX",
  ("msg", "Alex! Saw you're scaling the finance org at Example. ClosePilot auto-reconciles 80% of balance sheet accounts before day 2. Teams like "
          "Brightwater cut their close by 4 days. Open to a 15-min look next week?"),
  ("msg", "Bumping this up - we just launched our SAP connector, which I know matters for you. 15 mins?", (20, 40)),
  ("msg", "Got your 'not a priority right now'. Honestly, that's the kind of thinking that keeps finance teams stuck in spreadsheets. I'd expect "
          "more curiosity from someone in your seat. Good luck with your 12-day close.", (10, 25)),
  start="2022-08")
P("hostility_connection", "fr", "Sandrine Vial", "Formatrice certifiée | Excel & Power BI pour la finance", "Toulouse",
  ("msg", "Bonjour Alex, je forme les équipes comptables et contrôle de gestion à Power BI, en intra-entreprise, finançable par l'OPCO. Pour votre "
          "site de Toulouse, je peux proposer une session de 2 jours à 2 900 € HT. Seriez-vous intéressé ?"),
  ("msg", "Je note votre « non merci, nous avons déjà un prestataire ». Permettez-moi de vous dire que répondre en une ligne à une proposition "
          "travaillée relève d'une condescendance rare. On comprend mieux la réputation des directions financières.", (15, 30)),
  start="2019-09")


# =============================================================== connection_only_pitches
P("connection_only_pitches", "de", "Holger Tiedemann", "Key Account Manager | Archivlösungen & DMS", "Hannover",
  ("msg", "Hallo Herr Morgan, danke für die Vernetzung! Kurz zu mir: Wir digitalisieren Eingangsrechnungen und archivieren revisionssicher nach "
          "GoBD. Gerade für die deutschen Gesellschaften von Example Industries sehe ich viel Potenzial. Passt Ihnen ein Termin im Dezember?"),
  ("msg", "Frohe Weihnachten, Herr Morgan! Zum Jahresende noch ein Hinweis: Wer bis 31.12. bestellt, bekommt die Einrichtung des "
          "Rechnungsworkflows kostenfrei. Sollen wir das für 2018 einplanen?", (370, 390)),
  ("msg", "Guten Tag Herr Morgan, am 14. Mai zeigen wir in einem kostenlosen Webinar, wie unser neues Modul Reisekostenabrechnungen automatisch "
          "prüft. Ich habe Ihnen einen Platz reserviert, und im Anschluss würde ich gern einen individuellen Demo-Termin mit Ihnen vereinbaren.",
   (440, 480)),
  ("msg", "Hallo Alex, jetzt, wo alle im Homeoffice sitzen: Unsere Cloud-Version ist in zwei Wochen eingerichtet, und für Bestandskontakte gibt es "
          "drei Monate gratis. Wollen wir telefonieren?", (420, 450)),
  start="2016-11")
P("connection_only_pitches", "es", "Jacinto Barrenechea", "Asesor financiero | Planes de pensiones y seguros de vida", "Valencia",
  ("msg", "Buenas Alex, gracias por aceptar. Trabajo con directivos de multinacionales en España para optimizar su fiscalidad personal con "
          "planes de pensiones y seguros de ahorro. ¿Te vendría bien un café la semana que viene?"),
  ("msg", "Hola Alex, se acerca el cierre del año y es el momento de aportar al plan de pensiones para desgravar. Te preparo una simulación "
          "personalizada sin coste. ¿Me pasas tu correo?", (180, 220)),
  ("msg", "Alex, ¿has pensado en invertir en vivienda para alquilar en Valencia? Tengo dos pisos en Ruzafa con una rentabilidad del 6 % neto. "
          "Si quieres te mando el dossier.", (700, 800)),
  start="2018-05")
P("connection_only_pitches", "en", "Jordan Pike", "Account Executive | Ledgerly AP Automation", "Leeds",
  ("msg", "Hey Alex, congrats on the CFO role! 🎉 New CFOs usually look at AP first. Ledgerly turns invoices into approved payments in under 48h "
          "and plugs straight into SAP. Would a case study from a similar manufacturer be useful?"),
  ("msg", "Here's that case study anyway: Halden Packaging, 11k invoices a month, 3 FTEs redeployed. Free for 20 min on Thursday?", (7, 14)),
  ("msg", "Alex, I don't want to be a pest, so I'll close your file after this one. If AP automation ever makes the list, you know where I am.",
   (20, 40)),
  start="2023-03")
P("connection_only_pitches", "it", "Debora Cantoni", "Business Developer | Software XBRL e bilancio", "Brescia",
  ("msg", "Buongiorno Alex, con la scadenza del deposito del bilancio alle porte le segnalo il nostro software per la tassonomia XBRL e la nota "
          "integrativa: licenza annuale da 1.900 €, assistenza compresa. Posso inviarle un'offerta?"),
  ("msg", "Buongiorno Alex, torno a scriverle in vista della campagna bilanci: quest'anno offriamo anche il servizio completo di deposito in "
          "Camera di Commercio. Le preparo un preventivo per le due società italiane?", (330, 400)),
  start="2020-02")


# =============================================================== single_pitch
P("single_pitch", "fr", "Olivier Marceau", "DAF | Finance industrielle", "Lyon",
  ("msg", "Salut Alex, comme promis à la soirée DFCG, voici le modèle de calcul du BFR par site que nous utilisons. Adapte-le librement. Si tu "
          "passes par Lyon, je t'offre un café."),
  ("msg", "Alex, la DFCG Rhône-Alpes organise un atelier gratuit sur la loi PACTE et les commissaires aux comptes le 3 octobre. J'y interviens, "
          "ça pourrait t'intéresser pour vos filiales françaises.", (850, 900)),
  ("msg", "Bonjour Alex, j'ai quitté mon poste et je me lance comme DAF de transition. Si vos filiales françaises ont besoin de renfort pour une "
          "clôture ou un changement d'ERP, mon TJM est de 1 100 € HT. Je serais ravi qu'on en discute.", (1300, 1450)),
  start="2017-03")
P("single_pitch", "de", "Kai-Uwe Strobel", "Geschäftsführer | Strobel Factoring GmbH", "Essen",
  ("msg", "Hallo Alex, Liquidität ist gerade bei vielen Industrieunternehmen ein Thema. Mit unserem Full-Service-Factoring haben Sie Ihr Geld 24 "
          "Stunden nach Rechnungsstellung, inklusive Delkredere. Ich schicke Ihnen gern unverbindlich Konditionen. Welche Umsatzgröße sollen "
          "wir zugrunde legen?"),
  start="2025-03")
P("single_pitch", "es", "Lorena Quintanilla", "Abogada | Derecho laboral y compliance", "Zaragoza",
  ("end",),
  ("msg", "Hola Alex, te paso la guía gratuita que hemos preparado en el despacho sobre el registro de jornada y el teletrabajo; a varios "
          "directores financieros les ha servido para cuadrar la nómina. Sin más, ¡un abrazo!", (600, 700)),
  ("msg", "Hola Alex, te escribo porque en el despacho lanzamos una iguala de asesoría laboral para filiales de multinacionales: 650 €/mes, "
          "con auditoría de compliance incluida. ¿Te interesaría que te la presentara?", (900, 1100)),
  start="2019-02")


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Margaret Oyelaran", "Non-Executive Director | Former Group FD, Pennine Foods", "Harrogate",
  ("inv", "Alex, lovely to meet you at the ICAEW dinner. As promised, I'm happy to be a sounding board while you settle into the controller role - "
          "I've made most of the mistakes already. Let's stay in touch."),
  ("msg", "Alex, saw the piece on your new shared service centre. If you'd like someone to walk through the transition plan with before it goes to "
          "the board, I'm in Manchester on the 9th. Lunch on me.", (500, 600)),
  ("end", (400, 450)),
  ("msg", "Many congratulations on the CFO appointment, richly deserved. One piece of advice I wish I'd had: put the audit committee chair in your "
          "diary every month, not every quarter. And the sounding-board offer stands.", (1620, 1680)),
  ("msg", "Alex, I'd like to introduce you to Priya Raman, who has just taken over as treasurer at Halden. She's wrestling with the same bank "
          "consolidation you went through. No agenda, I just think you two should talk. Shall I send an email introduction?", (450, 600)),
  start="2016-03")
P("connection_brings_value", "de", "Wiebke Carstensen", "Leiterin Controlling | Hanseatische Kühlhaus AG", "Hamburg",
  ("msg", "Hallo Alex, der Arbeitskreis Controlling Nord trifft sich am 9. November bei uns im Hafen. Thema: rollierende Forecasts ohne "
          "Excel-Hölle. Gäste sind wie immer willkommen, kostet nichts. Ich würde mich freuen, wenn Sie vorbeikommen!"),
  ("msg", "Lieber Alex, anbei unser anonymisierter Benchmark zur Abschlussdauer aus dem Arbeitskreis (23 Unternehmen). Sie hatten ja gefragt: "
          "Example Industries liegt im oberen Drittel. Glückwunsch!", (700, 850)),
  ("msg", "Hallo Alex, eine frühere Mitarbeiterin von mir, Jana Petersen, sucht nach der Elternzeit eine Teilzeitstelle im Konzernreporting. "
          "Sehr gründlich, IFRS-sattelfest. Falls Sie etwas haben, stelle ich gern den Kontakt her.", (1300, 1500)),
  start="2017-09")
P("connection_brings_value", "fr", "Élise Montagnier", "Maîtresse de conférences en contrôle de gestion | IAE Lyon", "Lyon",
  ("end",),
  ("msg", "Bonjour Alex, merci encore pour votre témoignage devant mes étudiants de master. Comme convenu, voici l'étude de cas que nous avons "
          "tirée de votre exemple (anonymisée) ; vous pouvez l'utiliser en interne pour former vos équipes.", (30, 80)),
  ("msg", "Bonjour Alex, deux de mes meilleures étudiantes cherchent une alternance en contrôle de gestion à partir de septembre. Si votre "
          "filiale lyonnaise a un besoin, je vous transmets leurs CV avec plaisir.", (500, 650)),
  ("msg", "Bonjour Alex, l'IAE organise le 21 mars une matinée gratuite sur le reporting de durabilité (CSRD), ouverte aux DAF partenaires, avec "
          "validation d'heures de formation pour les experts-comptables. Je serais ravie de vous y voir.", (900, 1100)),
  start="2019-05")
P("connection_brings_value", "es", "Iñaki Arrizabalaga", "Tesorero | Naviera Cantábrica", "Santander",
  ("msg", "Hola Alex, una duda de tesorero a controller: ¿cómo tenéis montado el cash pooling entre la filial española y la matriz? Estamos "
          "pensando en uno nocional y me vendría bien saber con qué os encontrasteis en los bancos. ¡Gracias!"),
  ("msg", "Alex, como me echaste una mano con lo del cash pooling, te mando el estudio de comisiones bancarias que hemos hecho con otros seis "
          "tesoreros del norte. Con esto en la mano se negocia mejor.", (600, 700)),
  ("msg", "Hola Alex, el 5 de octubre hacemos en Bilbao la reunión anual de tesoreros de la asociación; es gratuita y este año hablamos de "
          "tipos al alza. Si te pilla por España, estás más que invitado.", (1300, 1450)),
  start="2016-07")
P("connection_brings_value", "it", "Caterina Mazzoleni", "Senior Consultant | Executive Search Finance & Controlling", "Milano",
  ("msg", "Ciao Alex, seguo per un cliente (gruppo industriale quotato, Emilia) la ricerca di un Group Controller con esperienza di consolidato "
          "IFRS e inglese fluente. Non è un ruolo per te, ma magari hai in mente qualcuno? Ti giro volentieri la job description."),
  ("msg", "Alex, ti avevo promesso i risultati della nostra indagine retributiva 2022 sui ruoli finance in Italia: eccoli, gratis e senza "
          "registrazione. Possono servirti per le revisioni salariali della filiale di Bologna.", (600, 750)),
  ("msg", "Ciao Alex, il CFO di un nostro cliente, Fabio Rinaldi, sta affrontando la stessa migrazione a S/4HANA che avete fatto voi. Gli farebbe "
          "piacere un confronto di mezz'ora: ti va se vi metto in contatto?", (700, 900)),
  start="2021-01")


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Naomi Achterberg", "Principal | Finance Practice, Harrow & Lane Executive Search", "London",
  ("inm", "Group Financial Controller - listed engineering group", "Hi Alex, I'm retained by a FTSE 250 engineering group to find their next Group "
          "Financial Controller, based in Manchester with a path to FD within three years. £110-125k plus bonus. Your consolidation work at Example "
          "looks very relevant. Would you be open to a confidential chat this week?"),
  ("inm", "Finance Director, UK & Ireland - PE-backed", "Hello again Alex, it's been a few years since we spoke about the controller role. I'm now "
          "running a Finance Director search for a PE-backed building products business (£400m revenue, Warrington). Sounds close to what you do "
          "now. Any appetite for a conversation, even just to hear the detail?", (1600, 1750)),
  start="2017-08")
P("stranger_inmail_recruiter", "de", "Jens Oltmanns", "Talent Acquisition (inhouse) | Nordsee Windkraft GmbH", "Bremerhaven",
  ("inm", "CFO (m/w/d) für unser Offshore-Geschäft", "Guten Tag Herr Morgan, wir suchen eine/n CFO für unsere Offshore-Sparte (420 Mitarbeitende, "
          "Sitz Bremerhaven, teilweise remote möglich). Ihre Erfahrung mit internationalen Konzernabschlüssen passt sehr gut zum Profil. Hätten "
          "Sie Interesse an einem vertraulichen Erstgespräch mit unserem Aufsichtsratsvorsitzenden?"),
  start="2025-07")


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "fr", "Bertrand Issartel", "Directeur commercial | Courtage en assurance-crédit", "Paris",
  ("inm", "Assurance-crédit : vos encours export", "Bonjour Monsieur Morgan, nous accompagnons les groupes industriels dans la couverture de leurs "
          "créances export. Nos clients économisent en moyenne 18 % de prime en passant par nous. Puis-je vous appeler jeudi pour un premier audit "
          "de votre police ?"),
  ("inm", "Covid et défauts de paiement", "Bonjour Alex, avec la crise, les assureurs-crédit réduisent les garanties partout. Nous avons négocié "
          "des enveloppes spécifiques pour nos clients. Un échange de 20 minutes cette semaine ?", (1270, 1320)),
  ("inm", "Renouvellement 2025", "Bonjour Alex, c'est la saison des renouvellements : voulez-vous que je vous adresse une cotation comparative "
          "pour 2025, sans engagement ?", (1500, 1600)),
  start="2016-10")
P("stranger_inmail_sales", "es", "Fabián Corral", "SDR | Cobralia – Automatización de cobros", "Sevilla",
  ("inm", "¿Cobros pendientes?", "Hola Alex 👋 ¿Sabías que el 40 % de las facturas en España se cobran fuera de plazo? Cobralia automatiza "
          "recordatorios y conciliación, y se integra con SAP. ¿Te va bien una demo de 20 min el martes o el miércoles?"),
  start="2025-05")


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Philippa Langridge", "FP&A | Forecasting nerd", "Manchester",
  ("inv", "Hi Alex, we're both FP&A people in Manchester manufacturing (I'm at Merrow Foods). I've been trying driver-based forecasting and I'm stuck "
          "on seasonality. Could I pick your brain? Happy to share my model in return."),
  ("msg", "Thanks so much for the call yesterday. As promised, my forecasting template is attached - the seasonality tab is the one we talked about. "
          "Use whatever's useful.", (20, 50)),
  ("msg", "Alex, the CIMA North West branch is running a free evening on rolling forecasts next month and I'm on the panel. Thought of you straight "
          "away. Fancy it?", (450, 560)),
  ("msg", "Hi Alex! Long time. Big news: I've left Merrow and joined Forecastly as Head of Customer Success. Given how much you liked my old template, "
          "you'd love the platform. We're offering 30% off the first year to people in my network. Could I book you in for a demo?", (1100, 1250)),
  start="2016-04")
P("good_turns_ugly", "de", "Dominik Aschenbrenner", "Leiter Controlling | Südmilch eG", "Ulm",
  ("inv", "Hallo Herr Morgan, wir führen gerade SAP BPC für die Konzernplanung ein, und Sie haben das bei Example Industries schon hinter sich. Hätten "
          "Sie Lust auf einen Erfahrungsaustausch? Ich teile gern unsere Lessons Learned zur Datenmigration."),
  ("msg", "Danke für das offene Gespräch! Anbei wie versprochen unser Migrationskonzept und die Liste der Stolpersteine. Vielleicht hilft es Ihrem "
          "Team beim nächsten Release.", (60, 120)),
  ("end", (500, 650)),
  ("msg", "Hallo Alex, kurze Info: Wir haben die Planung inzwischen auf SAC umgestellt. Wenn Sie mögen, zeige ich Ihnen, wie wir die Treiberlogik "
          "aufgebaut haben. Kein Aufwand für Sie, einfach melden.", (700, 850)),
  ("msg", "Hallo Alex, ich habe Sie ja vor einiger Zeit für {skill} bestätigt. Ich bin gerade auf Jobsuche, und es wäre mir eine große Hilfe, wenn "
          "Sie mich im Gegenzug für SAP BPC und Konzernplanung bestätigen könnten. Vielen Dank vorab!", (500, 650)),
  start="2018-01")
P("good_turns_ugly", "fr", "Mathilde Cordier", "Ancienne DAF | Finance d'entreprise", "Lyon",
  ("inv", "Bonjour Alex, j'ai lu votre post sur le passage à IFRS 16 dans une ETI. J'ai construit un fichier de calcul des contrats de location que "
          "je partage gratuitement aux DAF qui en ont besoin. Voulez-vous que je vous l'envoie ?"),
  ("msg", "Voici le fichier, avec la notice. N'hésitez pas si une formule vous pose question.", (3, 15)),
  ("msg", "Bonjour Alex, je co-anime un webinaire gratuit de l'APDC sur la clôture à distance, jeudi 11 mars à 12h30. Pas de vente, uniquement "
          "des retours d'expérience. Je vous envoie le lien ?", (300, 380)),
  ("msg", "Bonjour Alex, je développe désormais une activité de DAF à temps partagé et de missions IFRS. Vos filiales françaises pourraient en avoir "
          "besoin pour la prochaine clôture : je vous propose un forfait de 8 jours à 9 600 € HT. Un échange la semaine prochaine ?", (600, 750)),
  start="2020-01")
P("good_turns_ugly", "es", "Gonzalo Urquijo", "Responsable de Tesorería | Grupo Hidrocantábrico", "Oviedo",
  ("inv", "Hi Alex, I read your piece in Expansión on FX risk in foreign subsidiaries. We have a similar headache with sterling after the Brexit vote. "
          "Could I ask you a couple of questions? In exchange I'll tell you how we hedge it on our side."),
  ("msg", "Thanks a million for the call, Alex. Here's the layered forward hedging scheme we use, in case it helps with the Madrid subsidiary.",
   (40, 90)),
  ("msg", "Alex, long time! I've left treasury and set up a digital assets fund with some partners. For companies with idle cash we are paying 9% a "
          "year. I'd love to present it for Example Industries' treasury. Can we talk this week?", (1000, 1150)),
  start="2017-06", nl="en")
P("good_turns_ugly", "it", "Ludovica Sereni", "Controller | Gruppo Alimentare Emiliano", "Parma",
  ("inv", "Ciao Alex, abbiamo appena chiuso la migrazione a S/4HANA e so che voi ci state entrando adesso. Ti va di scambiare due chiacchiere? "
          "Ti giro il nostro piano di test e la checklist del cutover, ci sono costati mesi."),
  ("msg", "Ecco la checklist del cutover e il piano di test, come promesso. Occhio soprattutto alla parte cespiti: lì abbiamo perso due settimane.",
   (10, 30)),
  ("msg", "Ciao Alex! Ti scrivo per una cosa diversa: da qualche mese affianco al lavoro di controller un'attività di consulente finanziaria. Per i "
          "manager con stock option e bonus importanti abbiamo soluzioni di investimento davvero interessanti. Ti andrebbe un caffè per parlarne?",
   (900, 1050)),
  start="2022-04")


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "de", "Sven Gerlach", "Vertriebsleiter | Gerlach Dienstwagen-Leasing", "Köln",
  ("inv", "Sehr geehrter Herr Morgan, wir bieten Full-Service-Leasing für Dienstwagenflotten ab 10 Fahrzeugen, inkl. E-Mobilität. Gern erstelle ich "
          "Ihnen ein unverbindliches Angebot für Ihre deutschen Standorte."),
  ("rem",),
  ("inv", "Hallo Alex, wir hatten uns auf dem Controller-Kongress in München kurz am Kaffeestand unterhalten. Würde mich freuen, in Kontakt zu "
          "bleiben!", (1050, 1200)),
  start="2016-08")
P("reinvite_known_bad", "en", "Oscar Whitlock", "Enterprise Sales | PayrollPro Europe", "Dublin",
  ("inm", "Payroll across 5 countries?", "Alex - running payroll in the UK, Germany, France, Spain and Italy with five different providers? PayrollPro "
          "brings it into one platform with one invoice. Can I show you in 20 minutes?"),
  ("inv", "Hi Alex, congratulations on the CFO appointment, well deserved from everything I hear. Would be great to be connected.", (1800, 1900)),
  start="2018-02")
P("reinvite_known_bad", "it", "Massimo Lanzoni", "Agente | Noleggio a lungo termine e flotte aziendali", "Modena",
  ("inv", DEFAULT),
  ("inv", "Ciao Alex, ho seguito il tuo intervento al convegno ANDAF sul budget a base zero: molto concreto, complimenti. Mi farebbe piacere restare "
          "in contatto.", (1450, 1600)),
  start="2017-03")


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "fr", "Arnaud Pelletier", "Consultant en optimisation des charges sociales", "Marseille",
  ("inv", "Bonjour, nous aidons les entreprises à récupérer les cotisations sociales payées en trop (en moyenne 2 % de la masse salariale). "
          "Rémunération au succès uniquement. Je serais ravi d'échanger avec vous."),
  ("inm", "Sans réponse", "Monsieur, je vous ai proposé une démarche qui ne vous coûtait rien et vous ne prenez même pas la peine de répondre. "
          "Dans mon métier, on appelle ça du mépris. Je retiens le nom de votre société.", (40, 90)),
  ("inv", "Bonjour Alex, nous avons peut-être mal commencé il y a quelques années. Je serais heureux de repartir sur de bonnes bases et de "
          "rejoindre votre réseau.", (800, 950)),
  start="2016-11")
P("reinvite_known_ugly", "en", "Warwick Penhaligon", "Convenor | UK Manufacturing Finance Roundtable", "Birmingham",
  ("inm", "Roundtable seat - April", "Alex, we're gathering twelve senior finance people from UK manufacturers for a closed-door roundtable on "
          "Brexit contingency in April. Chatham House rules, no cost, lunch included. I'd like to offer you a seat."),
  ("inm", "Roundtable - next steps", "Thanks for your interest, Alex. The roundtable is hosted by our partner, a customs-software vendor, and seats "
          "are confirmed once attendees book a 30-minute discovery call with their team about your import processes. Could you pick a slot from "
          "the link below?", (20, 50)),
  ("inv", "Alex, hope all is well. I'm rebuilding my network after a career change and would be glad to reconnect.", (1700, 1850)),
  start="2019-03")
P("reinvite_known_ugly", "es", "Patricia Lozano", "Consultora de selección | Talento financiero", "Málaga",
  ("inv", "Hola Alex, ayudo a empresas a encontrar perfiles financieros bilingües en la Costa del Sol: selección a éxito, sin coste si no "
          "contratas. ¿Conectamos y te cuento?"),
  ("inm", "¿En serio?", "Alex, ni aceptas ni ignoras, simplemente pasas. Te escribo para decirte que ese silencio dice mucho de cómo tratas a "
          "las personas. Suerte encontrando talento con esa actitud.", (60, 120)),
  ("inv", "Hola Alex, ha pasado mucho tiempo y creo que empezamos con mal pie. Me encantaría que conectáramos, sin más.", (1500, 1650)),
  start="2020-09")


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Ewan Gillespie", "Partner | Gillespie Ross Chartered Accountants", "Glasgow",
  ("acc",),
  ("msg", "Alex, good to catch up at the Scottish finance dinner. The paper I mentioned on the new leases standard is here - written by our "
          "technical team, free to share with your people.", (500, 620)),
  ("msg", "Hi Alex, we've recently grown our R&D tax credit team. Given the engineering work Example does in Scotland, I'd bet there's a claim there. "
          "We work on a contingent fee of 20%. Worth a 30-minute call?", (1400, 1550)),
  start="2016-05")
P("user_invited_pitch_once", "it", "Chiara Pellegrini", "Sales Manager | Welfare aziendale e buoni pasto", "Roma",
  ("acc",),
  ("msg", "Grazie per aver accettato, Alex! Come accennavo al convegno, la nostra piattaforma di welfare aziendale permette di convertire i premi "
          "di produzione in servizi esentasse. Per una realtà come la vostra il risparmio contributivo è notevole. Le va una presentazione?",
   (5, 20)),
  start="2019-03")
P("user_invited_pitch_once", "de", "Tobias Reimers", "Partner | Reimers Steuerberatung – Verrechnungspreise", "Düsseldorf",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Vernetzung nach dem Panel! Wie versprochen der Link zu unserem kostenlosen Leitfaden zur neuen "
          "Verrechnungspreisdokumentation nach § 90 AO. Gern an Ihr Team weiterleiten.", (30, 90)),
  ("msg", "Hallo Alex, bei Ihrer deutschen Tochter steht laut Ihrem Kollegen die Betriebsprüfung an. Wir übernehmen die komplette "
          "Verrechnungspreisdokumentation zum Festpreis von 18.000 €. Wollen wir dazu telefonieren?", (300, 450)),
  start="2023-06")


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "es", "Eduardo Villaverde", "Director comercial | Renting de maquinaria industrial", "Zaragoza",
  ("acc",),
  ("msg", "Hola Alex, gracias de nuevo por conectar en la feria. Para la ampliación de la planta de Zaragoza, el renting de carretillas y "
          "maquinaria os libera balance y es deducible al 100 %. ¿Te preparo una oferta?", (300, 480)),
  ("msg", "Alex, con los fondos Next Generation hay líneas para renovar maquinaria. Nosotros os gestionamos el renting y la subvención a la vez. "
          "¿Nos vemos en Zaragoza?", (900, 1100)),
  start="2017-02")
P("user_invited_pitch_twice", "fr", "Capucine Delorme", "Account Manager | SpendWise – cartes de paiement pour entreprises", "Paris",
  ("acc",),
  ("msg", "Merci d'avoir accepté mon invitation, Alex ! Nos cartes de paiement virtuelles avec rapprochement automatique des notes de frais "
          "intéressent beaucoup les DAF en ce moment. Je vous propose 20 minutes de démonstration ?", (3, 15)),
  ("msg", "Bonjour Alex, petite relance : jusqu'au 30 juin, les frais de mise en place sont offerts aux groupes de plus de 500 salariés. On cale "
          "un créneau ?", (30, 60)),
  start="2024-03")


# =============================================================== user_invited_value
P("user_invited_value", "de", "Annegret Pohl", "Referentin Konzernrechnungslegung | Rhein-Chemie AG", "Leverkusen",
  ("acc",),
  ("msg", "Hi Alex, thanks again for the chat on currency translation. As a small thank-you, here is our internal training script on IAS 21 - "
          "feel free to use it with your team.", (700, 850)),
  ("msg", "Hi Alex, in May we're hosting a free exchange for group reporting heads from NRW on Pillar Two. It would be great to have you as a guest, "
          "video is fine too.", (1300, 1500)),
  start="2016-12", nl="en")
P("user_invited_value", "it", "Pietro Gualtieri", "Responsabile Tesoreria | Acciaierie Valbrenta", "Vicenza",
  ("acc",),
  ("msg", "Grazie per l'invito, Alex! Come promesso durante il webinar, ti mando il modello di previsione di cassa a 13 settimane che usiamo noi. "
          "È in Excel, senza macro strane 🙂", (10, 40)),
  ("end", (200, 400)),
  ("msg", "Ciao Alex, il gruppo dei tesorieri del Triveneto si ritrova il 7 marzo a Padova per parlare di cash pooling e tassi: incontro gratuito, "
          "solo tra aziende, nessun banchiere a vendere. Ti va di venire?", (700, 850)),
  start="2020-11")
P("user_invited_value", "es", "Nerea Altuna", "Controller financiera | Cooperativa Agroalimentaria del Ebro", "Tudela",
  ("acc",),
  ("msg", "¡Gracias por conectar, Alex! Te paso el enlace a la hoja de conciliación intercompañía de la que hablamos en la jornada de APD. Úsala "
          "como quieras, y si la mejoras, ¡me cuentas!", (5, 30)),
  start="2025-01")


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Germán Iriarte", "Director financiero | Conservas del Cantábrico", "Santoña", ("acc",), start="2018-10")
P("acceptance_only", "fr", "Baptiste Lheureux", "Contrôleur de gestion industriel | Groupe Fromager des Alpes", "Annecy", ("acc",), start="2024-06")
P("lone_endorsement", "fr", "Hugues Deschamps", "Comptable fournisseurs | Example Industries France", "Lyon", ("end",), ("end", (1400, 1550)),
  start="2017-04")
P("lone_endorsement", "it", "Marisa Colombo", "Contabile | Studio Colombo & Associati", "Varese", ("end",), start="2025-05")


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("2016-09", "Gordon Ashcroft", "gordon@nw-finance-breakfast.example", "Thanks for Thursday",
     "Morning all,\n\nthanks for coming on Thursday. If you haven't yet, connect with the others on LinkedIn so we can keep the conversation going "
     "between breakfasts.\n\nGordon", "en"),
    ("2018-06", "Personalberatung Falkenried", "kontakt@falkenried-personal.example", "Vertrauliche Anfrage – Ihr LinkedIn-Profil",
     "Sehr geehrter Herr Morgan,\n\nüber LinkedIn bin ich auf Ihr Profil aufmerksam geworden. Für eine vertrauliche Position als kaufmännischer "
     "Leiter würde ich mich gern mit Ihnen austauschen.\n\nMit freundlichen Grüßen\nDr. Uta Falkenried", "de"),
    ("2020-04", "Margaret Oyelaran", "margaret.oyelaran@example.org", "Re: lockdown close",
     "Alex,\n\nno need to answer on LinkedIn, email is easier for me. Here's how we ran a remote year-end at Pennine in the old days - crude but it "
     "worked.\n\nMargaret", "en"),
    ("2022-11", "DFCG Rhône-Alpes", "contact@dfcg-ra.example", "Atelier trésorerie : inscriptions ouvertes",
     "Bonjour,\n\nl'atelier du 8 décembre sur la trésorerie en période de hausse des taux est ouvert aux adhérents. Retrouvez le programme sur notre "
     "page LinkedIn.", "fr"),
    ("2024-05", "Recursos Humanos", "rrhh@example-industries.example", "Actualización de perfiles de LinkedIn",
     "Hola a todos,\n\ntras la reorganización, os pedimos que actualicéis vuestro cargo en LinkedIn antes del 15 de junio. Gracias.", "es"),
    ("2025-09", "Ludovica Sereni", "ludovica.sereni@gmail.example", "Il caffè di cui ti parlavo",
     "Ciao Alex,\n\nti riscrivo qui perché su LinkedIn forse non hai visto il messaggio: quando passi da Parma ti presento la mia consulente, "
     "ha delle soluzioni davvero interessanti per chi ha stock option.\n\nLudovica", "it"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot sixty-third development corpus (dev63). Generated by scripts/make_corpus_dev63.py (seed {SEED}); do not edit by hand.",
          "# Long histories, 2016-2026: most people write three to six times over the years, in five languages; layout follows the date. "
          "Same format as tests/corpus/dev."]


if __name__ == "__main__":
    import corpus_stories
    corpus_stories.build = build
    main(__doc__, "dev63", SEED, PEOPLE, FOREIGN, spoofs=6, other=6, header=HEADER)
