#!/usr/bin/env python3
"""Write mailbot's hundred-and-third, independent development corpus: tests/corpus/dev103/*.eml + expected.toml.

The angle: ordinary years, 2016 to 2019, of Alex Morgan, regional sales director North in
Hamburg for Example Industries (packaging lines and conveyors for dairies, breweries and food
producers in northern Germany and Scandinavia), seen through the LinkedIn mail layouts of those
years: the 2016 phoenix layout for 2016 and 2017, the newer one for 2018 and 2019. Many
invitations with LinkedIn's default text, short sales notes (CRM, fleet leasing, trade-fair
stands, lead generation, sales training, wealth advice), peers from other machine builders and
Scandinavian partners, customers' buyers, recruiters and headhunters with real roles, a few
InMails, endorsements and endorse-back asks, and now and then a rude message after a request
went unanswered. German, formal (Sie, "Herr Morgan") and casual (du, "Moin"), and English from
British, Danish, Swedish and Dutch writers.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. In this process only (make_corpus.py itself is not changed): the
dates run from 2016 to 2019 (per person start windows; 2016-era layout before 2018), the
2016-layout footer carries the year of the mail, the recipient's headline, endorsement skills,
job-alert titles, other-mail subjects, the headlines and companies of spoof-only names and PYMK
suggestions, the pitches that spoofs carry and the languages of LinkedIn's other mail and of
spoofs (German and English) are swapped for this world. Every note was written from
shared/taxonomy.md alone, without reading mailbot's signals, judge or wording, or the notes of
the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev103.py              # writes tests/corpus/dev103
    python scripts/make_corpus_dev103.py --out DIR    # somewhere else
"""
from __future__ import annotations

import argparse
import sys
import types
from collections import Counter
from datetime import datetime, timedelta, timezone
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20190316

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder  # noqa: E402

# ------------------------------------------------------------------ the sales director's world (this process only)
RHEADLINE = {
    "en": "Regional Sales Director North at Example Industries",
    "de": "Vertriebsdirektor Region Nord bei Example Industries",
    "fr": "Directeur commercial régional Nord chez Example Industries",
    "es": "Director regional de ventas Norte en Example Industries",
    "it": "Direttore vendite regionale Nord presso Example Industries",
}
SKILLS = {
    "en": ["Sales Management", "Key Account Management", "B2B Sales", "Negotiation", "Business Development", "Packaging"],
    "de": ["Vertriebsleitung", "Key Account Management", "B2B-Vertrieb", "Verhandlungsführung", "Verpackungstechnik", "Neukundengewinnung"],
    "fr": ["Direction commerciale", "Gestion grands comptes", "Vente B2B", "Négociation", "Emballage"],
    "es": ["Dirección comercial", "Gestión de cuentas clave", "Ventas B2B", "Negociación", "Envasado"],
    "it": ["Direzione vendite", "Key Account Management", "Vendite B2B", "Negoziazione", "Packaging"],
}
for _l in mc.L:
    mc.L[_l]["rheadline"] = RHEADLINE[_l]
    mc.L[_l]["skills"] = SKILLS[_l]

mc.LANGS[:] = ["de", "en", "de", "en", "de"]          # LinkedIn's own other mail and the spoofs: German and English
mc.CITY["en"] = ["Hamburg", "Bremen", "Copenhagen", "Hannover", "Kiel", "Aarhus"]
mc.CITY["de"] = ["Hamburg", "Bremen", "Hannover", "Kiel", "Lübeck", "Oldenburg"]
mc.JOBS[:] = [("Head of Sales DACH", "Vestergaard Packaging"), ("Vertriebsleiter Nord (m/w)", "Lindqvist Fördertechnik"),
              ("Key Account Director Food & Beverage", "Norrland Systems"), ("Area Sales Manager Scandinavia", "Hallberg Conveyors"),
              ("Director Sales Europe – Packaging Machinery", "Tessaly")]
mc.COMPANIES["good"] = ["Lindqvist Fördertechnik", "Nordsee Feinkost", "Hansa Kältetechnik", "Vestergaard Packaging", "Friesenmolkerei",
                        "Hallberg Conveyors", "Norrland Systems"]
mc.COMPANIES["sales"] = ["PipeTrack CRM", "AutoFlex Nord", "ExpoCraft", "LeadSpark", "Hanse Vermögen", "FleetOne", "ProspectIQ"]
mc.HEADLINES["good"] = ["Vertriebsleiter bei {co}", "Head of Sales Nordics | {co}", "Key Account Manager Food & Beverage at {co}",
                        "Einkaufsleiter | {co}", "Area Sales Manager at {co}", "Technischer Leiter bei {co}"]
mc.HEADLINES["sales"] = ["Account Executive at {co}", "Business Development Manager | {co}", "Sales Consultant @ {co}",
                         "Geschäftsführer | {co}", "Helping sales teams sell more | {co}"]
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "nodkim",
                       "untrusted:mx.google.com", "display:outlook.com", "buried", "wrongpass", "lookalike:linkedin.com.secure-notify.example"]
SPOOF_NOTES = {
    "en": ["Hi {first}, I've shared the tender documents for the Aarhus dairy project with you. Sign in with your LinkedIn password to open them.",
           "Dear {first}, your purchase order confirmation is attached. Please verify your account to download the invoice.",
           "Hi {first}, we'd like to send you an RFQ for 3 filling lines. Please log in to see the specs."],
    "de": ["Hallo {first}, ich habe Ihnen die Ausschreibungsunterlagen freigegeben. Bitte melden Sie sich mit Ihrem LinkedIn-Passwort an, um sie zu öffnen.",
           "Guten Tag {first}, anbei die Bestellbestätigung. Bitte bestätigen Sie Ihr Konto, um die Rechnung herunterzuladen.",
           "Hallo {first}, wir möchten Ihnen eine Anfrage über drei Abfüllanlagen schicken. Details nach dem Login."],
    "fr": ["Bonjour {first}, je vous ai partagé un appel d'offres. Connectez-vous pour le consulter."],
    "es": ["Hola {first}, te he compartido una licitación. Inicia sesión para verla."],
    "it": ["Ciao {first}, ti ho condiviso una gara d'appalto. Accedi per vederla."],
}
for _l, _n in SPOOF_NOTES.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
cs.retitle_other({
    "en": {"job": ("{n} new jobs for \"sales director\"", "Your job alert for sales director in {city}"),
           "news": "Do trade fairs still pay off for B2B sellers?",
           "group": "Top conversations in Packaging & Processing Sales Professionals",
           "newsletter": "The Field Sales Letter: holding price when buyers push back"},
    "de": {"job": ("{n} neue Jobs für „Vertriebsleiter“", "Ihr Jobalarm für Vertriebsleiter in {city}"),
           "news": "Lohnen sich Fachmessen noch?",
           "group": "Top-Unterhaltungen in Vertrieb Maschinen- und Anlagenbau",
           "newsletter": "Vertrieb aktuell: Preiserhöhungen beim Kunden durchsetzen"},
})

# ------------------------------------------------------------------ people
PEOPLE: list[tuple] = []
WHEN: dict[str, tuple[str, str]] = {}   # name -> start window of the story
ERAS: dict[str, str] = {}               # name -> layout era: 2016 layout before 2018, the newer one after
_add = adder(PEOPLE)


def P(scenario: str, lang: str, name: str, headline: str, location: str, *steps, nl: str | None = None, when: str | tuple[str, str]) -> None:
    """adder() plus a start window: "2017" (10 Jan to 31 Oct) or ("2019-01-10", "2019-05-31")."""
    lo, hi = (f"{when}-01-10", f"{when}-10-31") if isinstance(when, str) else when
    WHEN[name] = (lo, hi)
    ERAS[name] = "2016" if lo < "2018" else "cur"
    _add(scenario, lang, name, headline, location, *steps, nl=nl)


# =============================================================== good_invitation
P("good_invitation", "de", "Henning Brodersen", "Vertriebsleiter Norddeutschland | Lindqvist Fördertechnik GmbH", "Bremen",
  ("inv", "Moin Herr Morgan, wir saßen beim VDMA-Vertriebsforum am selben Tisch. Sie erwähnten, dass Sie die Provisionen Ihrer Handelsvertreter "
          "in Skandinavien umgestellt haben – genau davor stehen wir gerade. Hätten Sie 10 Minuten am Telefon?"),
  ("rem",), when="2016")
P("good_invitation", "en", "Sarah Whitfield", "Senior Consultant, Industrial Practice | Carrington Search", "London",
  ("inv", "Hi Alex, I'm retained by a Danish food-tech group to find their Head of Sales DACH, Hamburg-based, reporting to the CCO. "
          "Your background in packaging lines is very close to the brief. Open to a confidential chat? I can send the spec first."),
  ("rem",), when=("2018-02-01", "2018-11-30"))
P("good_invitation", "de", "Jana Petersen", "Key Account Managerin | Nordhafen Logistik · Orga Vertriebsstammtisch HH", "Hamburg",
  ("inv", "Hi Alex, wir treffen uns jeden ersten Donnerstag im Monat zum Vertriebsstammtisch in der Schanze – lockere Runde, Leute aus Industrie "
          "und Logistik, keiner verkauft was, jeder zahlt sein Bier selbst. Tobias Reese meinte, du hättest vielleicht Lust. Komm doch mal vorbei!"),
  when="2017")
P("good_invitation", "de", "Dr. Ulrike Stamm", "Leiterin Technik & Instandhaltung | Friesenmolkerei eG", "Leer",
  ("inv", "Guten Tag Herr Morgan, wir planen für 2018 eine neue Abfülllinie für Joghurt. Ihre Anlage bei der Meierei in Husum hat uns beeindruckt. "
          "Wäre eine Besichtigung dort möglich? Ich würde mich gern vorab kurz mit Ihnen abstimmen."),
  ("rem",), when="2017")
P("good_invitation", "de", "Mikkel Sørensen", "Sales Director Nordics | Aalborg Conveyor Systems", "Aarhus",
  ("inv", "Hi Alex, we met at interpack on the Friday evening. The same Danish dairy keeps asking both of us for a combined conveyor + filling "
          "quote and neither of us does both. Worth a call about bidding it together? No strings attached."),
  nl="en", when=("2017-05-15", "2017-09-30"))
P("good_invitation", "de", "Birte Ohlsen", "Leiterin Arbeitskreis Vertrieb | Wirtschaftsclub Hamburg-Harburg", "Hamburg",
  ("inv", "Hallo Herr Morgan, Ihr früherer Kollege Jörg Wittkamp hat Sie mir empfohlen. Unser Arbeitskreis Vertrieb sucht für März einen "
          "Impulsvortrag: Vertrieb im Anlagenbau. Ehrenamtlich, rund 60 Vertriebsleute im Saal, danach Abendessen. Hätten Sie Interesse?"),
  ("rem",), when=("2018-10-01", "2019-01-31"))
P("good_invitation", "en", "Priya Raman", "MBA Candidate | Hamburg School of Business Administration", "Hamburg",
  ("inv", "Dear Mr Morgan, I'm writing my MBA thesis on how Mittelstand sales teams adopted CRM. Could you spare 20 minutes for an interview? "
          "Every participant gets the finished study, and answers stay anonymous."),
  ("rem",), when="2018")


# =============================================================== default_invitation
P("default_invitation", "de", "Marco Heitmann", "Außendienst | Hydraulik & Pneumatik", "Lübeck", ("inv", DEFAULT), ("rem",), when="2016")
P("default_invitation", "en", "Gary Thornton", "Business Development Manager at Lexfield Leasing", "Manchester", ("inv", DEFAULT), when="2016")
P("default_invitation", "de", "Sabine Wöhler", "Versicherungsfachfrau (IHK) | Gewerbeversicherungen", "Hamburg", ("inv", DEFAULT), ("rem",), when="2017")
P("default_invitation", "de", "Thorsten Paulsen", "Gebietsverkaufsleiter Nord | Verpackungsmaschinen", "Kiel", ("inv", DEFAULT), ("rem",), when="2017")
P("default_invitation", "de", "Ravi Menon", "Lead Generation Specialist | B2B Appointment Setting", "Bengaluru", ("inv", DEFAULT), nl="en", when="2018")
P("default_invitation", "de", "Jennifer Kolbe", "Werkstudentin Marketing | Universität Hamburg", "Hamburg", ("inv", NONOTE),
  when=("2019-02-01", "2019-10-31"))
P("default_invitation", "de", "Uwe Carstens", "Inhaber | Carstens Etiketten & Druck", "Neumünster", ("inv", DEFAULT), ("rem",), when="2016")
P("default_invitation", "en", "Linda Hargreaves", "Sales Manager | Contract Office Furniture", "Leeds", ("inv", NONOTE),
  when=("2019-03-01", "2019-11-15"))
P("default_invitation", "de", "Katja Brüggemann", "Assistentin der Geschäftsführung | Spedition Brüggemann", "Buxtehude", ("inv", DEFAULT), ("rem",),
  when="2017")
P("default_invitation", "de", "Dirk Lammers", "Vertriebsingenieur bei Example Industries", "Hamburg", ("inv", DEFAULT), ("rem",), when="2018")


# =============================================================== sales_invitation
P("sales_invitation", "de", "Florian Rabe", "Vertriebstrainer | Mehr Abschlüsse im technischen Vertrieb", "Hannover",
  ("inv", "Hallo Herr Morgan, ich trainiere Vertriebsteams im Maschinenbau – meist steigt die Abschlussquote nach drei Monaten deutlich. "
          "Darf ich Ihnen mein Konzept in 15 Minuten vorstellen?"),
  when="2016")
P("sales_invitation", "de", "Jason Miller", "Account Executive | PipeTrack CRM", "Dublin",
  ("inv", "Alex - still running the pipeline in Excel? PipeTrack is live in a day, free for teams under 20 for the first 3 months. Quick demo next week?"),
  ("rem",), nl="en", when="2017")
P("sales_invitation", "de", "Steve Harrington", "Sales | Reconditioned Servo Drives & Spares", "Rotterdam",
  ("inv", "Hi Alex, we supply reconditioned servo drives for packaging lines at 40% below OEM list, 12-month warranty. Worth a chat?"),
  nl="en", when="2016")
P("sales_invitation", "de", "Nicole Brandes", "Gewerbekunden | AutoFlex Nord Leasing", "Hamburg",
  ("inv", "Hallo Alex, Firmenwagen fürs Außendienst-Team? Aktuell Sonderkonditionen auf Passat Variant und Octavia Combi. Melden Sie sich gern für ein Angebot."),
  when="2017")
P("sales_invitation", "de", "Kevin Ostermann", "Leadgenerierung B2B | Terminierung für den Industrievertrieb", "Düsseldorf",
  ("inv", "Sie bauen Anlagen, wir besorgen die Termine: 10 qualifizierte Gespräche im Monat mit Entscheidern aus Food & Beverage, "
          "Abrechnung pro Termin. Kurzer Call?"),
  ("rem",), when="2018")
P("sales_invitation", "en", "Amanda Price", "Trade Show Stands | ExpoCraft", "Birmingham",
  ("inv", "Hi Alex, saw Example Industries is at FachPack again this year. We build stands that pull in 3x the footfall - can I send a few concepts and a price?"),
  when=("2019-02-01", "2019-07-31"))
P("sales_invitation", "de", "Ralf Dettmer", "Finanzberater für Führungskräfte | Hanse Vermögen", "Hamburg",
  ("inv", "Guten Tag Herr Morgan, als Vertriebsdirektor haben Sie wenig Zeit für Ihre Altersvorsorge. In 30 Minuten zeige ich Ihnen, "
          "wie Sie Ihre variable Vergütung steuerlich sinnvoll anlegen."),
  ("rem",), when=("2019-01-10", "2019-09-30"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "de", "Holger Matthiesen", "Gründer | Vertriebsleiter-Kreis Nord", "Hamburg",
  ("inv", "Hallo Herr Morgan, ich baue einen kleinen Kreis von Vertriebsleitern aus dem norddeutschen Mittelstand auf: vertraulicher Austausch, "
          "viermal im Jahr, ohne Verkaufsinteressen. Ich würde mich freuen, Sie dabeizuhaben."),
  ("msg", "Danke für die Vernetzung, Herr Morgan! Damit Sie wissen, mit wem Sie es zu tun haben: Hauptberuflich bin ich Partner einer "
          "Vermögensberatung und habe mich auf die Bonusgestaltung von Führungskräften spezialisiert. Wollen wir uns nächste Woche auf einen "
          "Kaffee treffen? Dann zeige ich Ihnen, wie Kollegen aus dem Kreis ihren Jahresbonus in unsere Fondslösung einbringen.", (3, 12)),
  ("msg", "Herr Morgan, kurze Erinnerung an meinen Vorschlag. Der Einstieg in die Fondslösung zum Jahresende wäre steuerlich am günstigsten.", (10, 20)),
  when="2016")
P("bait_and_switch_invitation", "en", "Craig Donnelly", "Community Lead | Industrial Sales Leaders Network", "Glasgow",
  ("inv", "Hi Alex, we run an online community for sales leaders in industrial equipment: monthly roundtables, peer benchmarks, no vendors. "
          "We'd love someone with your packaging background in it."),
  ("msg", "Thanks for joining! Quick one: the network is backed by LeadSpark, our sales-enablement platform. Most members cut quoting time in half "
          "with it. Could I grab 20 minutes in your calendar to walk you through it?"),
  ("msg", "Hi Alex, bumping this. Our Q4 pricing ends Friday and I'd hate for you to miss it."),
  when=("2018-03-01", "2018-09-30"))
P("bait_and_switch_invitation", "de", "Melanie Grote", "Vertriebsleiterin | Haustechnik", "Osnabrück",
  ("inv", "Hallo Alex, kurze Frage unter Vertriebsleuten: Wie incentiviert ihr euren Innendienst? Wir stellen gerade um und ich sammle Erfahrungen. Danke dir!"),
  ("msg", "Danke, dass du angenommen hast! Ehrlich gesagt bin ich inzwischen selbstständig als Vertriebscoach, und genau das Thema Innendienst-Incentives "
          "biete ich als Inhouse-Workshop an: zwei Tage, 4.800 € netto. Soll ich dir ein Angebot schicken?"),
  when="2017")
P("bait_and_switch_invitation", "de", "Tim Schuster", "Geschäftsführer | SalesMetrics Nord", "Hamburg",
  ("inv", "Guten Tag Herr Morgan, wir haben eine kostenlose Vergleichsstudie zu Vertriebskennzahlen im Anlagenbau erstellt, 42 Unternehmen. "
          "Gern schicke ich Ihnen das PDF."),
  ("msg", "Danke für die Annahme! Die Studie bespreche ich am liebsten persönlich in einem kurzen Termin. Dabei zeige ich Ihnen auch unser Dashboard "
          "für Vertriebskennzahlen, Lizenz ab 390 € im Monat. Passt Ihnen Dienstag um 10 Uhr?", (2, 9)),
  when=("2019-01-10", "2019-08-31"))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Brian Kowalski", "Host, The Revenue Table podcast", "Chicago",
  ("inm", "Guest spot on The Revenue Table?", "Hi Alex,\n\nI host a weekly podcast for B2B sales leaders and we're doing a run on capital equipment. "
          "Would you come on for 30 minutes to talk about selling production lines to food companies? Recorded remotely, whenever suits you.\n\nBrian"),
  ("inm", "Re: Guest spot on The Revenue Table?", "Great that you're up for it! Quick heads-up on how it works: guests join our Featured Leader package "
          "($1,950), which covers production, editing and promotion on all our channels. Shall I send the invoice so we can lock a recording date?", (4, 14)),
  when=("2018-02-01", "2018-10-31"))
P("bait_and_switch_inmail", "de", "Sven Reimers", "Fachjournalist | Lebensmitteltechnik", "Hannover",
  ("inm", "Anfrage für einen Fachartikel", "Guten Tag Herr Morgan,\n\nich schreibe einen Beitrag über Linienautomatisierung in norddeutschen Molkereien. "
          "Dürfte ich Ihnen zwei, drei Fragen zu Ihrem Projekt in Husum stellen? Gern auch schriftlich.\n\nMit freundlichen Grüßen\nSven Reimers"),
  ("inm", "AW: Anfrage für einen Fachartikel", "Vielen Dank für Ihre Bereitschaft, Herr Morgan! Eine Sache noch vorab: Der Beitrag erscheint als "
          "Advertorial, die Platzierung kostet 2.900 € zzgl. MwSt., dafür wird Example Industries prominent mit Logo genannt. "
          "Soll ich Ihnen die Mediadaten und den Auftrag zuschicken?", (5, 15)),
  when="2017")


# =============================================================== endorse_me_back
P("endorse_me_back", "de", "Andreas Kühl", "Key Account Manager | Lebensmittelindustrie", "Bremen",
  ("end",), ("end",),
  ("msg", "Moin Alex, hab dich eben für {skill} bestätigt 👍 Magst du mir im Gegenzug Key Account Management und Verhandlungsführung bestätigen? "
          "Bin gerade auf Jobsuche, dann sieht das Profil runder aus. Danke dir!"),
  when="2016")
P("endorse_me_back", "en", "Tracey Holmes", "Channel Sales Manager UK & Ireland", "Leeds",
  ("end",),
  ("msg", "Hi Alex! Endorsed you for {skill}, you were brilliant to work with on the Leeds bakery job. Any chance you could endorse me for "
          "Channel Management and Partner Development? My profile looks a bit bare at the moment. Ta!"),
  when="2017")
P("endorse_me_back", "de", "Petra Jacobsen", "Teamleiterin Vertriebsinnendienst | Nordfrost Technik", "Rendsburg",
  ("end",),
  ("msg", "Sehr geehrter Herr Morgan, ich habe Ihre Kenntnisse in {skill} bestätigt. Darf ich Sie bitten, im Gegenzug meine Kenntnisse in "
          "Vertriebsinnendienst und SAP SD zu bestätigen? Vielen Dank und freundliche Grüße\nPetra Jacobsen"),
  when="2018")
P("endorse_me_back", "de", "Jan de Vries", "Export Manager | Dairy Equipment", "Zwolle",
  ("end",), ("end",),
  ("msg", "Hello Alex, I gave you some endorsements the last weeks, also for {skill}. Would be nice if you can do the same for me, mostly "
          "Export Sales and Dairy Industry. Thanks in advance and greetings from Zwolle!"),
  nl="en", when=("2019-01-10", "2019-08-31"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "de", "Bernd Wichmann", "Inhaber | Wichmann Industrieservice", "Stade",
  ("inv", "Hallo Herr Morgan, ich würde mich gern mit Ihnen vernetzen – wir warten Verpackungsanlagen aller Hersteller, auch Ihre."),
  ("rem",),
  ("inm", "Keine Antwort", "Herr Morgan, drei Wochen und keine Reaktion. Mein Vater hätte gesagt: Wer nicht antwortet, hat keine Kinderstube. "
          "Ich hoffe, Ihre Kunden werden besser behandelt als Leute, die Ihnen Arbeit abnehmen wollen."),
  when="2016")
P("hostility_after_decline", "en", "Darren Fletcher", "Sales Manager | Industrial Spares", "Sheffield",
  ("inv", DEFAULT),
  ("inm", "Seriously?", "Alex, I sent you a connection request weeks ago. Too important to click a button now? Funny how sales directors "
          "are always first to moan when buyers ghost them. Bit rich, mate."),
  when="2018")
P("hostility_after_decline", "de", "Jonas Rehder", "Vertrieb | Etikettiertechnik", "Hamburg",
  ("inv", "Hey Alex, Jonas hier vom Stand gegenüber auf der FachPack. Lass uns vernetzen!"),
  ("inm", "Echt jetzt?", "Drei Tage standen wir uns gegenüber, und du klickst nicht mal auf Annehmen. Typisch Vertriebsdirektor: nach oben "
          "lächeln, nach unten weggucken. Na dann viel Spaß noch."),
  when=("2019-01-10", "2019-09-30"))


# =============================================================== hostility_connection
P("hostility_connection", "de", "Stephan Görtz", "Geschäftsführer | Görtz Messebau", "Bremerhaven",
  ("msg", "Hallo Herr Morgan, für die FachPack im Herbst hätten wir noch Kapazität. Ihr Stand im letzten Jahr war – mit Verlaub – etwas altbacken. "
          "Sollen wir Ihnen einen Entwurf machen? Unverbindlich natürlich."),
  ("msg", "Herr Morgan, ich habe Ihnen zweimal geschrieben. Dass ein Vertriebsdirektor nicht einmal ein ‚kein Interesse' zustande bringt, "
          "ist schon bemerkenswert. Schlechter Stil, und das behalte ich in der Branche nicht für mich."),
  when="2016")
P("hostility_connection", "en", "Chris Lawton", "Director | Distributor Match UK", "Nottingham",
  ("acc",),
  ("msg", "Thanks for the add, Alex. Since you're hunting for UK distributors you'll want our Distributor Finder service: £3k setup, "
          "and we hand you a shortlist of ten. Call this week?"),
  ("msg", "Not even a 'no thanks'? You invited ME, remember. Typical of your lot, happy to collect contacts and never give anything back. "
          "Don't bother replying."),
  when="2018")


# =============================================================== connection_only_pitches
P("connection_only_pitches", "de", "Mario Stenzel", "Vertrieb | FleetOne Fuhrparkmanagement", "Hannover",
  ("msg", "Hallo Herr Morgan, wissen Sie, was Ihre Außendienstfahrzeuge pro Kilometer wirklich kosten? Mit FleetOne sehen Sie es live. Testzugang?"),
  ("msg", "Herr Morgan, ich melde mich noch einmal: Bei Abschluss eines Jahresvertrags sind aktuell die ersten drei Monate kostenfrei. "
          "Wann passt Ihnen ein Telefonat?"),
  ("msg", "Letzter Versuch 😉 Das Angebot gilt noch bis Monatsende."),
  when="2017")
P("connection_only_pitches", "en", "Heather Collins", "Senior Consultant | LeadCatch Event Capture", "Reading",
  ("msg", "Hi Alex - saw your stand at FachPack last month. How many of those badge scans turned into pipeline? LeadCatch syncs scans to your CRM "
          "in real time. Want the pricing sheet?"),
  ("msg", "Hey Alex, following up: we've got a bundle for next year's exhibitors, 20% off if booked before Christmas. Worth a quick call?"),
  when=("2016-10-05", "2016-11-20"))
P("connection_only_pitches", "de", "Yvonne Lenz", "Content & Ghostwriting für LinkedIn | Wortwerk Nord", "Hamburg",
  ("msg", "Hi Alex! Wir sind ja schon länger vernetzt 😊 Ich bin jetzt bei einer Agentur für LinkedIn-Ghostwriting. Deine Beiträge könnten so viel "
          "mehr Reichweite haben! Pakete ab 690 € im Monat. Interesse?"),
  ("msg", "Alex, nur kurz: Im November gibt's das Starterpaket für 490 €. Sag einfach Bescheid!"),
  when=("2019-02-01", "2019-09-30"))


# =============================================================== single_pitch
P("single_pitch", "de", "Carsten Vollmer", "Regionalleiter | Gewerbeimmobilien Nord", "Hamburg",
  ("msg", "Hallo Herr Morgan, Example Industries sucht doch ein neues Vertriebsbüro in Hamburg? In Hammerbrook sind 420 m² frei, "
          "für den Mieter provisionsfrei. Darf ich Ihnen einen Besichtigungstermin anbieten?"),
  when="2017")
P("single_pitch", "en", "Emily Sutton", "Partner | Sales Compensation Consulting", "London",
  ("msg", "Alex, we redesigned the sales comp plans of three packaging OEMs last year; quota attainment went up 18% on average. "
          "Would a 30-minute diagnostic call help before your 2019 planning?"),
  when="2018")
P("single_pitch", "de", "Oliver Brandt", "Senior Sales | ConfigPro CPQ", "Berlin",
  ("msg", "Servus Alex, lange nicht gesehen! Ich bin inzwischen bei einem Anbieter für Angebotssoftware (CPQ). Wäre das nicht was für eure "
          "Variantenvielfalt? Ich zeig's dir gern mal bei einem Kaffee."),
  when="2019")


# =============================================================== connection_brings_value
P("connection_brings_value", "de", "Frauke Hinrichs", "Einkaufsleiterin | Nordsee Feinkost GmbH", "Cuxhaven",
  ("msg", "Hallo Herr Morgan, kurz vorab, bevor es offiziell wird: Wir schreiben im Frühjahr die zweite Verpackungslinie aus. Die Unterlagen "
          "gehen Mitte März raus, ich wollte, dass Sie das rechtzeitig auf dem Schirm haben.\n\nViele Grüße\nFrauke Hinrichs"),
  ("msg", "Die Ausschreibung ist jetzt im Portal, Kennung NF-2017-14, Abgabe bis 30.4. Rückfragen bitte über das Portal, damit alle Bieter dieselben Antworten sehen."),
  when=("2017-01-10", "2017-02-20"))
P("connection_brings_value", "en", "Tom Ridley", "Sales Director | Pennine Process Equipment", "Huddersfield",
  ("end",),
  ("msg", "Alex, the VDMA export seminar on the new Incoterms is free for members and their guests. I've got two guest places for the Hamburg "
          "date on 12 Nov, do you want one? Happy to send last year's slides too."),
  when=("2019-03-01", "2019-09-15"))
P("connection_brings_value", "de", "Malte Rickert", "Head of Operations | Nordfrost Technik", "Hamburg",
  ("msg", "Alex, alter Knabe! Bei uns wird die Stelle Head of Sales Skandinavien frei, direkt an die GF, Sitz Hamburg. Ich hab sofort an dich "
          "gedacht. Wenn du magst, leg ich deinen Namen auf den Tisch, ganz ohne Druck."),
  ("msg", "Kurzes Update: Unsere GF würde dich gern nächste Woche auf einen Kaffee treffen, völlig unverbindlich. Sag mir einfach, ob Dienstag oder Donnerstag besser passt."),
  when="2018")
P("connection_brings_value", "de", "Annika Lund", "Key Account Director | Norrland Systems AB", "Malmö",
  ("msg", "Hej Alex, good talking at the Nordic packaging meetup. As promised, the three Swedish dairy co-ops that plan line upgrades in 2017: "
          "Lapland Mejeri, Österlen Mjölk and the Vättern co-op. None of them overlap with us, so feel free to reach out and mention my name."),
  nl="en", when=("2016-06-01", "2016-11-30"))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "de", "Dr. Matthias Brenner", "Partner | Brenner & Klaassen Executive Search", "Hamburg",
  ("inm", "Geschäftsführer Vertrieb & Service – Fördertechnik, Raum Bremen", "Sehr geehrter Herr Morgan,\n\nim Auftrag eines familiengeführten "
          "Herstellers von Fördertechnik (rund 380 Mitarbeiter) suchen wir einen Geschäftsführer Vertrieb & Service. Ihr Werdegang passt auffallend gut "
          "zum Profil. Darf ich Ihnen die Unterlagen vertraulich zusenden?\n\nMit freundlichen Grüßen\nDr. Matthias Brenner"),
  when="2016")
P("stranger_inmail_recruiter", "en", "Rebecca Lang", "Talent Acquisition Partner | Vestergaard Packaging A/S", "Odense",
  ("inm", "Sales Director DACH - Vestergaard", "Hi Alex,\n\nI'm the in-house recruiter at Vestergaard. We're building a DACH sales organisation "
          "from scratch and our CCO asked me to reach out to you specifically. Hamburg-based, about 30% travel, competitive package. "
          "Could we schedule a call this week or next?\n\nBest,\nRebecca"),
  when="2018")
P("stranger_inmail_recruiter", "de", "Kerstin Ahlers", "Personalberaterin | Technischer Vertrieb", "Hamburg",
  ("inm", "Vertriebsleitung Norddeutschland – Getränkeindustrie", "Hallo Herr Morgan,\n\nich besetze für einen Kunden aus der Getränkeindustrie die "
          "Vertriebsleitung Norddeutschland: 110 bis 130 T€ plus Dienstwagen, Start im ersten Quartal. Wäre das grundsätzlich interessant für Sie, "
          "oder kennen Sie jemanden, dem ich das schicken dürfte?\n\nBeste Grüße\nKerstin Ahlers"),
  ("inm", "Nachtrag: Vertriebsleitung Getränkeindustrie", "Kurzer Nachtrag, Herr Morgan: Der Kunde hat die Gespräche auf Januar gelegt. "
          "Falls Sie in Ruhe überlegen möchten, ist also noch Zeit."),
  when=("2019-08-01", "2019-10-31"))
P("stranger_inmail_recruiter", "de", "Daniel Okafor", "Head of Sales Europe | Hallberg Filtration", "Bremen",
  ("inm", "Regional Sales Manager North - my team", "Hello Alex,\n\nI'm hiring a Regional Sales Manager North for our filtration business, "
          "reporting to me, covering Hamburg up to Flensburg. A colleague from your old team said you know the dairy accounts there better than "
          "anyone. Would you be open to hearing about it, for yourself or for someone you'd recommend?\n\nDaniel"),
  nl="en", when="2017")


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Brad Jennings", "VP Sales | ProspectIQ", "Austin",
  ("inm", "Alex, quick question", "Hi Alex, how are your reps finding new dairy and beverage accounts right now? ProspectIQ gives you 40k verified "
          "food-production contacts across Europe, GDPR-ready. 15 minutes on Thursday?"),
  ("inm", "Re: Alex, quick question", "Bumping this up, Alex. Any thoughts? Happy to send a free sample of 50 contacts in your region."),
  when="2018")
P("stranger_inmail_sales", "de", "Susanne Pfeiffer", "Seminare & Trainings | Verhandeln mit dem Einkauf", "Köln",
  ("inm", "Preis halten im Jahresgespräch", "Sehr geehrter Herr Morgan,\n\ndie Jahresgespräche mit dem Lebensmittelhandel stehen an. In unserem "
          "zweitägigen Seminar ‚Preis halten!' im März in Hamburg trainieren Ihre Key Accounts genau diese Situation. 1.290 € pro Person, "
          "Frühbucherpreis bis 31.1. Darf ich Ihnen das Programm schicken?\n\nSusanne Pfeiffer"),
  when="2016")
P("stranger_inmail_sales", "de", "Marcel Kowalczyk", "Social Selling Trainer", "Berlin",
  ("inm", "Dein Team auf LinkedIn", "Hi Alex, hab gesehen, dein Team postet kaum was hier. Wir machen Social-Selling-Workshops: ein Tag, danach "
          "kommen deine Leute auf doppelt so viele Leads. Bock auf ein kurzes Gespräch?"),
  when="2019")


# =============================================================== good_turns_ugly
P("good_turns_ugly", "de", "Jörn Wittenberg", "Vertriebsleiter | Hansa Kältetechnik", "Hamburg",
  ("inv", "Hallo Herr Morgan, mit zwei Kollegen organisiere ich ein kostenloses Frühstück für Vertriebsleiter aus dem Maschinenbau, einmal im Quartal "
          "in Hamburg. Nächster Termin ist der 14. März, hätten Sie Lust?"),
  ("msg", "Schön, dass Sie dabei waren! Anbei wie versprochen die Folien von Dr. Lorenz zur Preisdurchsetzung und die Teilnehmerliste."),
  ("msg", "Herr Morgan, in eigener Sache: Ich bin seit Kurzem zusätzlich Partner einer Unternehmensberatung für Vertriebsorganisation. Für Example "
          "Industries hätte ich konkrete Ideen: zwei Tage Workshop mit Ihrem Führungsteam, 9.500 € netto. Wollen wir telefonieren?", (15, 40)),
  when=("2017-01-10", "2017-02-28"))
P("good_turns_ugly", "en", "Grace Whitmore", "Head of Sales Enablement | Calder & Finch", "Manchester",
  ("inv", "Hi Alex, I'm running a free benchmark on how industrial sales teams use their CRM data, 30 companies so far. Everyone who takes part gets the full results."),
  ("msg", "As promised, here's the benchmark report. You're in the top quartile on win-rate tracking, nice work!"),
  ("end",),
  ("msg", "Small favour: I endorsed you for {skill}, would you mind endorsing me for Sales Enablement and CRM? Trying to get my profile in shape before a move."),
  when="2018")
P("good_turns_ugly", "de", "Lars Brüning", "Vertrieb Absatzfinanzierung | Nordlease", "Hamburg",
  ("inv", "Moin Alex, wir haben auf der LogiMAT kurz über Leasing für eure Kunden gesprochen. Hier wie versprochen die Anfrage, die Excel zur "
          "Finanzierungsrechnung schick ich dir dann."),
  ("msg", "Hier die Tabelle! Reiter 2 zeigt die Rate bei 60 Monaten Laufzeit. Kannst du gern so an Kunden weitergeben."),
  ("msg", "Alex, übrigens: Wir bei Nordlease übernehmen für eure Kunden die komplette Absatzfinanzierung, für euch gibt's 1,5 % Provision. "
          "Sollen wir das mal mit deinem Chef besprechen? Ich könnte nächste Woche vorbeikommen."),
  ("msg", "Und? Termin?", (4, 10)),
  when=("2019-03-01", "2019-07-31"))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "de", "Manuela Sievers", "Key Account | Messepersonal & Hostessen", "Hamburg",
  ("inm", "Standpersonal für die FachPack", "Sehr geehrter Herr Morgan, für Ihren Messestand stellen wir geschultes, mehrsprachiges Standpersonal, "
          "ab 290 € pro Tag. Darf ich Ihnen ein Angebot zusenden?"),
  ("inv", "Hallo Herr Morgan, wir sind uns neulich auf der Messe in Nürnberg begegnet. Ich würde mich freuen, mit Ihnen in Kontakt zu bleiben."),
  when=("2016-03-01", "2016-10-31"))
P("reinvite_known_bad", "en", "Paul Hendricks", "Area Sales Manager | Processing Machinery", "Bristol",
  ("inv", DEFAULT),
  ("inv", "Hi Alex, we both spoke at the PPMA show this year. Would be good to swap notes on the UK food sector some time."),
  when=("2018-02-01", "2018-09-30"))
P("reinvite_known_bad", "de", "Thomas Lüth", "Vertrieb | ProvisionPlus Software", "Kiel",
  ("inv", "Guten Tag, mit ProvisionPlus rechnen Sie Vertriebsprovisionen automatisch ab, direkt aus SAP. Darf ich Ihnen eine Demo zeigen?"),
  ("inv", "Moin Herr Morgan, ich lese Ihre Beiträge zur Digitalisierung im Vertrieb immer gern. Vernetzen wir uns?"),
  when=("2016-09-01", "2017-04-30"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "de", "Axel Steinfurth", "Berater | Vertriebsprozesse im Mittelstand", "Lüneburg",
  ("inv", "Hallo Herr Morgan, ich berate Mittelständler bei ihren Vertriebsprozessen. Ein Austausch würde mich freuen."),
  ("inm", "Kontaktanfrage", "Herr Morgan, Sie halten es offenbar nicht für nötig, auf Kontaktanfragen zu reagieren. So viel zum Thema "
          "kundenorientiert. Ich habe mir Ihren Namen gemerkt.", (20, 40)),
  ("inv", "Guten Tag Herr Morgan, neuer Anlauf: Ich würde mich freuen, wenn wir uns doch noch vernetzen."),
  when=("2016-02-01", "2016-12-31"))
P("reinvite_known_ugly", "en", "Megan Fairclough", "Head of Sales | Midlands Packaging Supplies", "Coventry",
  ("inm", "Question from a fellow sales leader", "Hi Alex, I lead sales at a packaging distributor in the Midlands. How do you structure rebates "
          "for distributors who hit volume targets? I'd really value a peer view. Thanks, Megan"),
  ("inm", "Re: Question from a fellow sales leader", "Thanks so much for your thoughts! By the way, I also run a side business placing interim "
          "sales managers, day rates from £650. Any gaps in your team I could help fill?"),
  ("inv", "Hi Alex, it'd be great to stay connected!"),
  when=("2018-02-01", "2018-08-31"))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "de", "Björn Harms", "Personalberater | Technischer Vertrieb", "Hamburg",
  ("acc",),
  ("msg", "Danke für die Einladung, Herr Morgan! Wo wir jetzt verbunden sind: Wir vermitteln Fachkräfte für den technischen Vertrieb, "
          "Honorar 25 % eines Jahresgehalts. Wenn Sie Bedarf haben, melden Sie sich gern."),
  when="2016")
P("user_invited_pitch_once", "de", "Natalie Pierce", "Account Manager | Nordic Technical Translations", "Copenhagen",
  ("acc",),
  ("msg", "Thanks for connecting, Alex! I noticed you're expanding in Scandinavia: we translate technical manuals into all Nordic languages "
          "from 0.14 EUR per word. Shall I send a quote?"),
  nl="en", when="2018")


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "de", "Sebastian Quast", "Versicherungsmakler | Flotten & Gewerbe", "Hamburg",
  ("acc",),
  ("msg", "Vielen Dank für die Vernetzung! Darf ich fragen, wie Ihr Fuhrpark versichert ist? Bei Flotten ab zehn Fahrzeugen sparen unsere "
          "Kunden oft 15 bis 20 %."),
  ("msg", "Guten Tag Herr Morgan, ich hake wegen der Flottenversicherung noch einmal nach. Der unverbindliche Vergleich dauert nur zehn Minuten."),
  when="2017")
P("user_invited_pitch_twice", "en", "Owen Gallagher", "Founder | Webinar Pipeline", "Cork",
  ("acc",),
  ("msg", "Cheers for the invite, Alex. We run lead-gen webinars for machinery makers, fully managed, 150 registrants guaranteed. "
          "Fancy a look at the package?"),
  ("msg", "Hi Alex, circling back: two slots left for Q1. Say the word and I'll pencil you in."),
  when=("2019-08-01", "2019-10-15"))


# =============================================================== user_invited_value
P("user_invited_value", "de", "Imke Wolters", "Referentin Vergabe & Ausschreibungen | Fachverband Nahrungsmitteltechnik", "Hannover",
  ("acc",),
  ("msg", "Danke für die Einladung, Herr Morgan! Wie auf dem Kongress besprochen, hier der Link zu unserem Leitfaden für öffentliche "
          "Ausschreibungen, kostenlos für Mitgliedsfirmen. Bei Fragen zur Vergabeplattform rufen Sie mich einfach an."),
  when="2016")
P("user_invited_value", "en", "Henrik Dahl", "Supplier Relations | Danish Dairy Board", "Copenhagen",
  ("acc",),
  ("msg", "Good to be connected, Alex. As I mentioned in Copenhagen, our supplier day is on 7 March, free for registered suppliers. "
          "I've put your name on the list; you only need to confirm by email."),
  when=("2016-10-01", "2017-02-10"))
P("user_invited_value", "de", "Leonie Marquardt", "Projektingenieurin | Hansa-Brau Technik", "Hamburg",
  ("acc",),
  ("msg", "Hi Alex, danke fürs Vernetzen! Ich hab dir die Kontaktdaten von unserem Technikleiter rausgesucht, der sucht gerade einen Anbieter "
          "für Schrumpfverpackung: Gerd Ahrens, 040 555 0172. Sag ruhig, dass du von mir kommst."),
  when="2019")


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Gunnar Tietjen", "Betriebsleiter | Elbe Getränke GmbH", "Stade", ("acc",), when="2017")
P("acceptance_only", "en", "Sophie Marsh", "Procurement Manager | Hillside Foods", "York", ("acc",), when="2019")
P("lone_endorsement", "de", "Ole Friedrichsen", "Servicetechniker | Example Industries", "Flensburg", ("end",), when="2016")
P("lone_endorsement", "en", "Rachel Kim", "Marketing Manager EMEA | Example Industries", "Hamburg", ("end",), when="2018")


for _s in PEOPLE:
    for _step in _s[6]:
        if _step[0] == "inv" and _step[1] not in (DEFAULT, NONOTE):
            assert len(_step[1]) <= 300, (_s[2], len(_step[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn), with its year
FOREIGN = [
    ("Henning Brodersen", "h.brodersen@lindqvist-foerdertechnik.example", "Handelsvertreter Skandinavien – kurze Frage",
     "Moin Herr Morgan,\n\nich hatte Ihnen auch über LinkedIn eine Anfrage geschickt, falls die untergeht: Hätten Sie diese Woche zehn Minuten "
     "für meine Frage zu den Provisionen?\n\nBeste Grüße aus Bremen\nHenning Brodersen", "de", 2016),
    ("Corporate Communications", "comms@example-industries.example", "Social media guideline for sales staff",
     "Dear colleagues,\n\nplease find the new guideline on posting about customer projects on LinkedIn and XING. Never name a customer without "
     "written approval from Marketing.", "en", 2017),
    ("Vertriebsassistenz Nord", "vertrieb-nord@example-industries.example", "FachPack: LinkedIn-Beitrag zur Freigabe",
     "Hallo Alex,\n\nanbei der Entwurf für den LinkedIn-Beitrag zu unserem Messestand, Halle 3. Bitte bis Mittwoch freigeben, dann geht er "
     "über die Unternehmensseite raus.\n\nDanke und Gruß\nSteffi", "de", 2018),
    ("Jana Petersen", "jana.petersen@nordhafen-logistik.example", "Stammtisch Donnerstag",
     "Hi Alex,\n\nhab dich auch bei LinkedIn angefragt, aber hier nochmal die Eckdaten: Donnerstag ab 19 Uhr, Bar am Schulterblatt, "
     "Tisch auf Reese.\n\nBis dann!\nJana", "de", 2017),
    ("XING", "mailrobot@mail.xing.example", "Ihre Kontakte haben Neuigkeiten",
     "Hallo Alex Morgan,\n\n3 Ihrer Kontakte haben ihren Job gewechselt. Tipp: Importieren Sie Ihre Kontakte aus Outlook oder LinkedIn, "
     "um nichts zu verpassen.", "de", 2016),
    ("Dirk Lammers", "d.lammers@example-industries.example", "Fwd: Sales Director DACH – Vestergaard",
     "Alex, guck mal, die haben mich auch über LinkedIn angeschrieben. Ist das dieselbe Stelle wie bei dir? ;)\n\n"
     "---------- Weitergeleitete Nachricht ----------\nVon: Rebecca Lang via LinkedIn\nBetreff: Sales Director DACH - Vestergaard", "de", 2018),
    ("FachPack Ausstellerservice", "aussteller@fachpack-service.example", "Ihr Messeauftritt: jetzt auf LinkedIn teilen",
     "Sehr geehrte Aussteller,\n\nnutzen Sie unsere Social-Media-Vorlagen für LinkedIn und Twitter, um Ihre Kunden an den Stand einzuladen. "
     "Download im Ausstellerportal.", "de", 2019),
    ("Personalabteilung", "personal@example-industries.example", "Erinnerung: Jobangebote über LinkedIn und Nebentätigkeiten",
     "Liebe Führungskräfte,\n\nbitte denken Sie daran, dass Anfragen von Personalberatern über LinkedIn vertraulich bleiben sollten und "
     "Nebentätigkeiten genehmigungspflichtig sind.\n\nIhre Personalabteilung", "de", 2019),
    ("CRM Weekly", "news@crmweekly.example", "How to pair LinkedIn Sales Navigator with your CRM",
     "This week: five ways field sales teams use Sales Navigator alerts without annoying buyers, plus our CRM price survey.\n\n"
     "Unsubscribe: https://crmweekly.example/u", "en", 2017),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot hundred-and-third development corpus (dev103). Generated by scripts/make_corpus_dev103.py (seed {SEED}); do not edit by hand.",
          "# 2016 to 2019 of a regional sales director in Hamburg, in the LinkedIn layouts of those years: default invitations, short sales notes, "
          "peers, recruiters, InMails, endorsements, German and English. Same format as tests/corpus/dev."]

WINDOW = {"2016": ("2016-01-10", "2017-11-30"), "cur": ("2018-01-10", "2019-10-31")}
LAST_DAY = datetime(2019, 12, 31, 23, 59, tzinfo=timezone.utc)


def _day(s: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d").replace(tzinfo=timezone.utc)


class Li103(mc.LinkedInMail):
    """The 2016 layout's footer with the year of the mail (2016 or 2017), not always 2016."""

    def footer(self, lang, era, recv, template, year, rname=mc.RECIPIENT[0]):
        text, html = super().footer(lang, era, recv, template, year, rname)
        if era == "2016" and year != 2016:
            text = text.replace("© 2016 ", f"© {year} ")
            html = [h.replace("© 2016 ", f"© {year} ") for h in html]
        return text, html


class Stories103(cs.EraStories):
    """Stories dated 2016 to 2019: each person starts in their own window; other mail in the window of its layout era."""

    def __init__(self, seed, stories, foreign, eras):
        super().__init__(seed, stories, foreign, eras)
        self.li = Li103(self.g, self.b)
        self.window: tuple[str, str] | None = None
        corpus = self

        def start_date(g, era: str) -> datetime:
            lo, hi = map(_day, corpus.window or WINDOW[era])
            return lo + timedelta(seconds=g.r.randint(0, int((hi - lo).total_seconds())))
        self.g.start_date = types.MethodType(start_date, self.g)

    def story(self, scenario, lang, name, headline, location, nl, steps):
        self.window = WHEN[name]
        try:
            return super().story(scenario, lang, name, headline, location, nl, steps)
        finally:
            self.window = None

    def make_foreign(self):
        g = self.g
        for i, (name, addr, subj, body, lang, year) in enumerate(self.foreign):
            self.window = (f"{year}-01-15", f"{year}-11-30")
            date = g.start_date("cur")
            self.window = None
            domain = addr.split("@")[1]
            ar = f"mx.example.net; dkim=pass header.i=@{domain} header.s=k1 header.b={g.rs(8)}; spf=pass smtp.mailfrom={domain}; dmarc=pass header.from={domain}"
            top = self.b.transport(ar, date, f"198.51.100.{g.r.randint(1, 250)}", f"mail.{domain}", [(domain, "k1")])
            html = "<html><body>" + "".join(f"<p>{escape(x)}</p>" for x in body.split("\n\n")) + "</body></html>\n" if i % 2 else None
            data = self.b.assemble(top=top, from_=mc.enc_addr(name, addr), subject=subj, date_str=mc.Gen.fmt_date(date, "cur", 2),
                                   msgid=self.b.message_id("cur", domain), text=body + "\n", html=html, cte=self.b.pick_cte())
            self.mails.append(mc.Mail(self.fname(f"n{i + 1:03d}", "not-linkedin", "mail"), data, "none", False, "untouched", "", "not_linkedin", lang, date))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev103")
    args = ap.parse_args()
    c = Stories103(SEED, PEOPLE, FOREIGN, ERAS)
    c.make_people()
    c.make_spoofs(9)
    c.make_other(11)
    c.make_foreign()
    first, last = min(m.date for m in c.mails), max(m.date for m in c.mails)
    assert _day("2016-01-01") <= first and last <= LAST_DAY, (first, last)
    cs.write(c, args.out, HEADER)
    print(f"mails: {len(c.mails)}  people: {len(c.people)} (+{len(c.spoof_people)} spoof-only names)  dates: {first:%Y-%m-%d} to {last:%Y-%m-%d}")
    print("scenarios (people):", dict(sorted(Counter(p.scenario for p in c.people).items())))
    print("scenarios (mails):", dict(sorted(Counter(m.scenario for m in c.mails).items())))
    print("folders:", dict(sorted(Counter(m.folder for m in c.mails).items())))
    print("languages (mails):", dict(sorted(Counter(m.language for m in c.mails).items())))
    print("eras (people):", dict(sorted(Counter(p.era for p in c.people).items())))
    print("kinds:", dict(sorted(Counter(m.kind for m in c.mails).items())))
    print("recommendations:", dict(sorted(Counter(p.recommendation for p in c.people).items())))


if __name__ == "__main__":
    main()
