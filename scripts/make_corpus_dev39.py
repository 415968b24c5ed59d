#!/usr/bin/env python3
"""Write mailbot's dev39 evaluation corpus: tests/corpus/dev39/*.eml + expected.toml.

The angle: a German-speaking inbox. Alex is Head of Finance DACH at a mid-sized industrial
group with its head office in Munich and subsidiaries in Vienna and Zurich, and has LinkedIn
set to German, so all of LinkedIn's own wording is German. The people write the way they do
across Germany, Austria and Switzerland: formal "Sie" and casual "du" (sometimes both in one
note), Swiss spelling without ß ("Grüsse", "gross"), Swiss words ("Grüezi", "Hoi", "Offerte",
"Apero", "merci vielmal"), Austrian words ("Servus", "Grüß Gott", "Jänner", "Feber", "heuer",
"Jause", "ein Angebot legen"), umlauts written out ("ueber", "fuer") or lost altogether
("mochte", "fur"), long compound nouns, and XING, which many still use or are leaving. A few
international contacts write in English under German LinkedIn wording.

Their world: controller meet-ups and industry working groups, auditors and tax advisers with
free briefings, in-house recruiters and executive search, a PhD student's survey, transfer
pricing, e-invoicing (XRechnung, ZUGFeRD, QR-Rechnung, ebInterface), SAP S/4HANA migrations,
factoring, debt collection, Swiss private banks and Liechtenstein structures, D&O insurance,
interim managers, temp agencies, lead generators, energy brokers, coaches, office space,
fleet leasing, and every scenario of the taxonomy among them.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. Skills, the recipient's headline, cities, the names and headlines
of spoof-only people, job-alert and digest wording, the pitches that spoofs carry and the
languages of spoofs and other LinkedIn mail are swapped for this DACH world in this process
only (make_corpus.py itself is not changed); every story is forced to the current layout
except a few timeless ones kept in the 2016 layout. Every note was written from
shared/taxonomy.md alone, without reading mailbot's signals, judge or wording, or the notes
of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev39.py              # writes tests/corpus/dev39
    python scripts/make_corpus_dev39.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260939

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ the DACH world (this process only)
mc.L["de"]["rheadline"] = "Head of Finance DACH bei Example Industries"
mc.L["de"]["skills"] = ["Controlling", "Konzernabschluss", "IFRS", "HGB", "SAP S/4HANA", "Verrechnungspreise", "Treasury"]
mc.L["en"]["skills"] = ["Group Reporting", "IFRS", "Controlling", "Treasury", "SAP S/4HANA"]
mc.LANGS[:] = ["de", "de", "de", "de", "de"]          # spoofs and other LinkedIn mail: German wording too
mc.CITY["de"] = ["München", "Wien", "Zürich", "Salzburg", "Innsbruck", "Basel", "Graz", "Augsburg"]
mc.NAMES["de"] = (["Reinhard", "Ursula", "Beat", "Doris", "Herbert", "Silvia", "Thomas", "Regula", "Alois", "Kathrin", "Jürg", "Elisabeth",
                   "Bernd", "Sonja", "Mario", "Petra", "Hansjörg", "Astrid"],
                  ["Obermaier", "Gasser", "Hinterberger", "Schwarzenbacher", "Bachmann", "Lüthi", "Pfister", "Grabner", "Strobl", "Wenger",
                   "Haslinger", "Zaugg", "Eberl", "Moser", "Kreuzer", "Fankhauser"])
mc.COMPANIES["good"] = ["Isarwerk Antriebstechnik", "Alpina Medtech AG", "Donau Bahntechnik AG", "Mühlviertler Holzbau AG", "Bayerwerk Logistik",
                        "Helvetic Foods AG", "Rheintal Pharma AG"]
mc.COMPANIES["sales"] = ["KontoKlar Software", "Alpen Leasing GmbH", "Rigistein Wealth", "LeadMotor", "ConsoliData", "Belegfluss GmbH",
                         "Securix AG", "FinanzPersonal Zeitarbeit"]
mc.HEADLINES["good"] = ["Leiterin Rechnungswesen bei {co}", "Head of Group Controlling | {co}", "CFO bei {co}", "Kaufmännischer Leiter | {co}",
                        "Senior Controller bei {co}", "Leiter Treasury | {co}"]
mc.HEADLINES["sales"] = ["Account Executive DACH bei {co}", "Key Account Manager | {co}", "Geschäftsführer | {co}",
                         "Business Development | {co} | Wir machen Finanzabteilungen schneller", "Vertrieb Süddeutschland, Österreich, Schweiz | {co}"]
mc.JOBS[:] = [("Leiter Finanzen (m/w/d)", "Isarwerk Antriebstechnik"), ("Head of Group Accounting", "Alpina Medtech AG"),
              ("Kaufmännische Leitung (m/w/d)", "Mühlviertler Holzbau AG"), ("CFO (m/w/d)", "Bayerwerk Logistik"),
              ("Leitung Konzerncontrolling", "Donau Bahntechnik AG")]
mc.OTHER["de"]["job"] = ("{n} neue Jobs für „Leitung Finanzen“", "Ihr Jobalarm für Leitung Finanzen in {city}", "Job anzeigen")
mc.OTHER["de"]["group"] = ("Top-Unterhaltungen in Controlling Bayern", "Das sind die meistdiskutierten Beiträge Ihrer Gruppe in dieser Woche")
mc.OTHER["de"]["news"] = ("Wie teuer wird die E-Rechnungspflicht für den Mittelstand?", "Top-Meldungen von LinkedIn News für Sie")
mc.OTHER["de"]["newsletter"] = ("CFO-Briefing DACH: Konzernabschluss mit Töchtern in drei Ländern", "Neue Ausgabe eines Newsletters, den Sie abonniert haben")
# the spoof method of each spoof, in order (a mix of look-alike domains, display-name tricks and failed authentication)
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "nodkim",
                       "untrusted:mx.google.com", "display:outlook.com", "buried", "lookalike:linkedin.com.secure-notify.example", "wrongpass"]
# what the spoofs say in someone's name (a phish or a crude pitch)
SPOOF_NOTES = {
    "de": ["Guten Tag, anbei die überarbeitete Offerte für Ihre Zürcher Gesellschaft. Bitte melden Sie sich über den Link an, um das Dokument freizugeben.",
           "Hallo Alex, ich habe dir die Rechnung zur Konzernumlage über LinkedIn Dokumente geteilt. Bitte bis heute Abend prüfen, sonst verfällt der Zugang.",
           "Sehr geehrter Herr Morgan, wegen einer Änderung der Bankverbindung unserer Wiener Niederlassung bitten wir Sie, die neuen Daten im Portal zu bestätigen."],
    "en": ["Hi Alex, I shared the Q3 intercompany reconciliation with you via LinkedIn Docs. Please sign in to review before the deadline.",
           "Hello, please find the updated invoice attached and confirm the new bank details through the secure portal."],
}
for _l, _n in SPOOF_NOTES.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)
DE = "de"


# =============================================================== good_invitation
P("good_invitation", DE, "Reto Brunner", "Leiter Finanzen & Controlling | Brunner Metallbau AG", "Winterthur",
  ("inv", "Grüezi Herr Morgan, ich organisiere den Controller-Stamm Zürich: einmal pro Quartal, kostenlos, ohne Sponsoren. Am 14. März geht es um "
          "Swiss GAAP FER vs. IFRS bei Tochtergesellschaften. Ihr Zürcher Team ist herzlich willkommen. Freundliche Grüsse, Reto Brunner"),
  ("rem",))
P("good_invitation", DE, "Katharina Leitner", "Steuerberaterin & Wirtschaftsprüferin | Partnerin bei Leitner Aigner Treuhand", "Wien",
  ("inv", "Servus Alex, Mag. Huber aus eurer Wiener Niederlassung hat mir deinen Namen gegeben. Wir starten einen Arbeitskreis zu Verrechnungspreisen AT/DE, "
          "viermal im Jahr in Wien oder online, gratis. Uns fehlt noch jemand aus einer deutschen Mutter – hättest du Lust?"))
P("good_invitation", DE, "Jonas Weidinger", "Doktorand am Lehrstuhl für Controlling | TU München", "München",
  ("inv", "Hallo Herr Morgan, ich forsche zu Rolling Forecasts im Mittelstand und suche Finanzleiter für ein 30-minütiges Interview. "
          "Alle Teilnehmenden bekommen die Auswertung vorab, anonymisiert und kostenlos. Hätten Sie Interesse? Viele Grüße, Jonas Weidinger"),
  ("rem",))
P("good_invitation", DE, "Sandra Kofler", "Talent Acquisition | Alpenland Versicherung AG", "Innsbruck",
  ("inv", "Guten Tag Herr Morgan, wir besetzen die Leitung Konzernrechnungswesen (m/w/d) in Innsbruck selbst, ohne Agentur. Ihr IFRS-Hintergrund und die "
          "Erfahrung mit drei Ländergesellschaften passen sehr gut. Darf ich Ihnen die Stellenbeschreibung schicken?"))
P("good_invitation", DE, "Lukas Hämmerli", "Treasury Manager | Rheintal Pharma AG", "Basel",
  ("inv", "Hallo Alex, wir haben am Swiss CFO Day in Bern beim Apero ueber CHF/EUR-Absicherung geplaudert. Wie versprochen: unsere Hedging-Richtlinie "
          "(anonymisiert) kann ich dir gerne schicken, vielleicht hilft sie euch fuer Zuerich. Gruess, Lukas"),
  ("rem",))
P("good_invitation", DE, "Miriam Oberhuber", "Senior Controllerin | Moderatorin Controlling Bayern", "Rosenheim",
  ("inv", "Liebe/r Alex, wir kennen uns aus der XING-Gruppe \"Controlling Bayern\". Die Gruppe zieht jetzt zu LinkedIn um: Fachfragen, Stellenbörse "
          "und der Stammtisch in München, wie gehabt kostenlos. Komm doch mit rüber, ich würde mich freuen! Miriam"))


# =============================================================== default_invitation
P("default_invitation", DE, "Thomas Gruber", "Vertriebsleiter Süddeutschland | Datenwerk Solutions GmbH", "Augsburg", ("inv", DEFAULT), ("rem",))
P("default_invitation", DE, "Beatrice Rüegg", "Treuhänderin mit eidg. Fachausweis | Rüegg Treuhand GmbH", "Luzern", ("inv", NONOTE))
P("default_invitation", DE, "Harald Steinbichler", "Geschäftsführer | Steinbichler Consulting e.U.", "Linz", ("inv", DEFAULT))
P("default_invitation", DE, "Ayşe Demir", "Key Account Managerin | ZahlFix Payments", "Frankfurt am Main", ("inv", NONOTE), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", DE, "Florian Eder", "Senior Account Executive | Belegfluss – Eingangsrechnungen automatisiert", "München",
  ("inv", "Hallo Alex, bei Firmen mit Gesellschaften in DE, AT und CH sehen wir oft drei verschiedene Freigabeprozesse für Eingangsrechnungen. "
          "Belegfluss vereinheitlicht das in einem Workflow, inkl. QR-Rechnung und ebInterface. 20 Minuten Demo nächste Woche?"))
P("sales_invitation", DE, "Nicole Wyss", "Relationship Manager Private Banking | Bank Rigistein AG", "Zürich",
  ("inv", "Grüezi Herr Morgan, ich betreue bei der Bank Rigistein Führungskräfte mit Wohnsitz in Deutschland und Vermögen in der Schweiz. "
          "Gerne stelle ich Ihnen unsere grenzüberschreitende Vermögensverwaltung bei einem Kaffee am Paradeplatz vor. Wann passt es Ihnen?"))
P("sales_invitation", DE, "Markus Pichler", "Versicherungsmakler | D&O und Managerhaftpflicht", "Graz",
  ("inv", "Servus Alex! Die D&O-Deckung für Geschäftsführer und Finanzchefs ist gerade in Österreich oft viel zu knapp. Ich rechne dir gern ein "
          "unverbindliches Angebot für eure Wiener Gesellschaft, dauert 10 Minuten am Telefon. Passt's dir nächste Woche?"),
  ("rem",))
P("sales_invitation", DE, "Kevin Schulze", "Founder | LeadMotor – B2B-Terminierung über LinkedIn", "Berlin",
  ("inv", "Hallo Alex, ich helfe Finanzdienstleistern, Kanzleien und Beratungen, planbar 10-15 qualifizierte Termine pro Monat ueber LinkedIn zu bekommen. "
          "Bezahlung nur pro stattgefundenem Termin. Lust auf ein kurzes Kennenlerngespraech?"))
P("sales_invitation", DE, "Tanja Vollmer", "Partnerin | Brückenkopf Interim Management", "Stuttgart",
  ("inv", "Guten Tag Herr Morgan, Engpass im Jahresabschluss? Wir stellen innerhalb von 72 Stunden erfahrene Interim-Controller und Bilanzbuchhalter, "
          "auch für Wien und Zürich. Darf ich Ihnen Profile und Tagessätze zusenden?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", DE, "Christian Moosbrugger", "Gründer | CFO-Runde Bodensee", "Bregenz",
  ("inv", "Servus Alex, ich baue eine kleine CFO-Runde rund um den Bodensee auf, mit Leuten aus AT, CH und DE. Reiner Erfahrungsaustausch unter "
          "Finanzverantwortlichen, einmal im Quartal beim Mittagessen, kein Programm, keine Kosten. Wärst du dabei?"),
  ("msg", "Freut mich sehr, dass du dabei bist! Damit du weißt, mit wem du's zu tun hast: Hauptberuflich bin ich unabhängiger Vermögensberater und begleite "
          "viele Finanzchefs bei der privaten Vorsorge, unter anderem mit fondsgebundenen Lebensversicherungen aus Liechtenstein. Sollen wir vor der ersten "
          "Runde ein Erstgespräch machen? 45 Minuten, bei dir im Büro oder online.", (5, 15)),
  ("msg", "Hallo Alex, kurze Erinnerung wegen des Vorsorgegesprächs: Die steuerliche Begünstigung für heuer gilt nur bis Ende Dezember. "
          "Ich hätte noch Dienstag oder Donnerstag frei.", (10, 25)))
P("bait_and_switch_invitation", DE, "Sabine Reiter", "Community Lead | Finance Transformation Circle DACH", "Frankfurt am Main",
  ("inv", "Hallo Herr Morgan, wir sind eine Peer-Community von rund 80 Finanzleitern in der DACH-Region und tauschen anonymisierte Benchmarks zur "
          "Abschlussdauer aus. Ihre Sicht aus drei Ländern wäre für die Runde ein Gewinn. Darf ich Sie einladen?"),
  ("msg", "Vielen Dank fürs Vernetzen, Herr Morgan! Kurz zum Hintergrund: Unsere Benchmarks entstehen mit CloseWise, unserer Software für den Fast Close. "
          "In einer 30-minütigen Demo zeige ich Ihnen gern, wie Konzerne Ihrer Größe die Abschlussdauer von zehn auf vier Arbeitstage senken. "
          "Welcher Termin passt Ihnen?"))
P("bait_and_switch_invitation", DE, "Dominik Stalder", "Senior Consultant Transfer Pricing | TaxBridge AG", "Zürich",
  ("inv", "Hoi Alex, kurze Fachfrage unter Kollegen: Wie rechnet ihr Dienstleistungen zwischen der deutschen Mutter und der Schweizer Tochter ab, "
          "Kostenaufschlag oder TNMM? Wir stehen vor derselben Frage und ich wäre froh um einen Erfahrungsaustausch."),
  ("msg", "Merci für deine ausführliche Antwort, sehr spannend! Ehrlich gesagt schreibe ich genau deshalb: Wir erstellen bei TaxBridge "
          "Verrechnungspreisdokumentationen (Master File und Local File) zum Fixpreis für DE, AT und CH. Bei drei Gesellschaften wärt ihr bei rund "
          "CHF 18'000. Darf ich dir eine Offerte schicken?"))
P("bait_and_switch_invitation", DE, "Elena Popović", "Expertin E-Rechnung | Digitalisierung im Rechnungswesen", "Nürnberg",
  ("inv", "Liebe Alex, wir haben einen kostenlosen Leitfaden zur E-Rechnungspflicht erstellt: XRechnung, ZUGFeRD, Übergangsfristen bis 2028 und eine "
          "Checkliste für Töchter im Ausland. Gern schicke ich Ihnen das PDF, ganz ohne Haken."),
  ("msg", "Hier wie versprochen der Leitfaden! Und falls Sie beim Lesen merken, dass es intern knapp wird: Mit unserer E-Rechnungsplattform sind Sie in "
          "vier Wochen startklar, Einrichtung ab 4.900 € zzgl. Lizenz. Ich mache Ihnen gern ein Angebot. Wann können wir telefonieren?", (2, 8)))
P("bait_and_switch_invitation", DE, "Wolfgang Huemer", "Kaufmännischer Leiter | Industrie & Energie", "Linz",
  ("inv", "Grüß Gott Herr Morgan, als Finanzverantwortlicher in der oberösterreichischen Industrie möchte ich mich gern mit Kollegen aus Bayern "
          "vernetzen. Man hat ja dieselben Sorgen mit Energiepreisen und KV-Abschlüssen. Freue mich auf den Austausch!"),
  ("msg", "Lieber Herr Morgan, darf ich Ihnen bei der Gelegenheit unser Beschaffungsmodell vorstellen? Wir bündeln den Strom- und Gaseinkauf für "
          "Industriebetriebe in Österreich und Bayern, die Ersparnis liegt bei 12 bis 18 Prozent. Ich bin nächste Woche ohnehin in München und könnte "
          "bei Ihnen vorbeischauen.", (14, 40)),
  ("msg", "Herr Morgan, ich habe Ihnen unsere Unterlagen per Mail geschickt. Die Preisfixierung für das kommende Jahr ist nur noch bis Monatsende möglich. "
          "Sollen wir kurz telefonieren?"))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", DE, "Petra Lindner", "Projektleiterin Studien | Institut für Mittelstandsfinanzen", "Regensburg",
  ("inm", "Kurze Umfrage: Abschlussprozesse im Mittelstand",
   "Guten Tag Herr Morgan, für unsere Studie zu Abschlussprozessen in mittelständischen Unternehmensgruppen suchen wir Finanzleiter aus Deutschland, "
   "Österreich und der Schweiz. Die Umfrage dauert sieben Minuten, alle Teilnehmenden erhalten den Ergebnisbericht kostenlos. "
   "Vielen Dank für Ihre Unterstützung! Petra Lindner"),
  ("inm", "Ihre Auswertung & nächster Schritt",
   "Sehr geehrter Herr Morgan, danke für Ihre Teilnahme! Auf Basis Ihrer Antworten sehen unsere Berater bei Ihnen deutliches Potenzial beim Fast Close. "
   "Unser Beratungspaket \"Abschluss in 5 Tagen\" umfasst einen Workshop vor Ort und acht Beratertage (Tagessatz 1.650 € netto). Darf ich Ihnen ein "
   "Angebot erstellen? Ein Telefonat von 20 Minuten würde reichen.", (6, 20)))
P("bait_and_switch_inmail", DE, "Urs Käser", "Partner | FX Advisory Zug", "Zug",
  ("inm", "Frage zu Ihrem Beitrag über Franken-Absicherung",
   "Grüezi Herr Morgan, Ihren Beitrag über die Absicherung von CHF-Cashflows in einer Euro-Gruppe habe ich mit Interesse gelesen. Eine Frage dazu: "
   "Sichern Sie die Intercompany-Darlehen an die Zürcher Tochter auch ab, oder nur die operativen Ströme? Würde mich sehr interessieren, wie Sie das sehen. "
   "Freundliche Grüsse, Urs Käser"),
  ("inm", "Merci – und ein Vorschlag",
   "Besten Dank für Ihre Antwort, Herr Morgan. Genau solche Fälle optimieren wir bei FX Advisory: Wir übernehmen das Absicherungsmanagement gegen ein "
   "Erfolgshonorar von 20 % der erzielten Einsparung. Gerne unterbreite ich Ihnen eine Offerte, ein erstes Gespräch ist unverbindlich."))
P("bait_and_switch_inmail", DE, "Mark Jansen", "Founder | CFO Compass", "Amsterdam",
  ("inm", "DACH finance leaders dinner – your seat?",
   "Hi Alex, I'm hosting a small dinner for finance leaders from Munich, Vienna and Zurich in October. No slides, no sponsors, just good food and an honest "
   "talk about running finance across three countries. Would love to have you at the table. Mark"),
  ("inm", "Before the dinner",
   "Hi Alex, great that you can make it! One thing before the dinner: every guest gets three months of CFO Compass, our consolidation and reporting platform, "
   "which is €2,400/month after the trial. I'd like to book you a 30-minute onboarding call this week so your numbers are in before we meet. Which slot works?"),
  nl="en")


# =============================================================== endorse_me_back
P("endorse_me_back", DE, "Stefanie Huber", "Personalcontrollerin | Bayerwerk Logistik", "München",
  ("end",), ("end",),
  ("msg", "Hallo Alex! Ich hab dich grad für {skill} bestätigt, hast du dir echt verdient 🙂 Kleine Bitte: Könntest du mich auch für Personalcontrolling "
          "und Excel bestätigen? Ich bewerbe mich gerade intern auf die Teamleitung und jede Bestätigung zählt. Danke dir!"))
P("endorse_me_back", DE, "Martin Zehnder", "Treuhänder | Zehnder Treuhand AG", "St. Gallen",
  ("end",),
  ("msg", "Grüezi Herr Morgan, ich habe Ihre Kenntnisse in {skill} bestätigt. Wäre es Ihnen möglich, im Gegenzug meine Fähigkeiten in \"Treuhand\" und "
          "\"MWST\" zu bestätigen? Das wäre sehr nett. Merci vielmal und en schöne Tag, Martin Zehnder"))
P("endorse_me_back", DE, "Gerald Wimmer", "Bilanzbuchhalter | Controlling", "Wien",
  ("end",), ("end",),
  ("msg", "Servus Alex, jetzt hast schon zwei Bestätigungen von mir 😉 Wär super, wennst dich revanchierst – Konzernrechnungslegung und SAP FI wären top. "
          "Danke dir und schönes Wochenende!"))
P("endorse_me_back", DE, "Hannah Lewis", "Finance Manager | Brightwater Components", "Birmingham",
  ("end",),
  ("msg", "Hi Alex, I've endorsed you for a couple of skills, well deserved after that consolidation project! Would you mind returning the favour and "
          "endorsing me for Financial Modelling and Stakeholder Management? I'm applying for a secondment to Zurich and it would really help. Thanks!"),
  nl="en")


# =============================================================== hostility_after_decline
P("hostility_after_decline", DE, "Dennis Rauch", "Sales Manager DACH | Reisefix Spesen-Software", "Köln",
  ("inv", "Hallo Alex, wir digitalisieren Reisekostenabrechnungen für Unternehmen mit Standorten in DE/AT/CH, inkl. länderspezifischer Tagessätze. "
          "Kurzes Telefonat diese Woche?"),
  ("rem",),
  ("inm", "Keine Reaktion?",
   "Hallo Alex, drei Wochen keine Reaktion auf meine Anfrage. Ehrlich, so eine Arroganz erlebe ich selten. Ein kurzes \"kein Interesse\" wäre das Mindeste "
   "gewesen. Von einer Führungskraft hätte ich mehr Anstand erwartet."))
P("hostility_after_decline", DE, "Gerhard Weninger", "Unternehmensberater | Restrukturierung & Sanierung", "Wien",
  ("inv", DEFAULT),
  ("inm", "Ihre Nicht-Antwort",
   "Grüß Gott. Dass man auf eine Kontaktanfrage nicht einmal reagiert, ist schon ein starkes Stück. Bei uns in Wien nennt man so etwas präpotent. "
   "Ich werde mir merken, mit wem ich es zu tun habe, die Branche ist klein."))
P("hostility_after_decline", DE, "Sarah Baumgartner", "Junior Controllerin | offen für neue Herausforderungen", "Bern",
  ("inv", "Grüezi Herr Morgan, ich stehe am Anfang meiner Laufbahn im Controlling und würde mich gerne mit Ihnen über Einstiegsmöglichkeiten in der "
          "Schweiz austauschen. Herzlichen Dank!"),
  ("inm", "Schade",
   "Schade. Offenbar sind Sie sich zu gut für ein kurzes Gespräch mit jemandem, der am Anfang steht. Das sagt ziemlich viel über Ihre Führungskultur aus. "
   "Ich hoffe, Ihre Mitarbeitenden erleben Sie anders."))
P("hostility_after_decline", DE, "Tim Kowalczyk", "SAP S/4HANA Finance Berater | Freelancer", "Hamburg",
  ("inv", "Hi Alex, bin Berater fuer SAP S/4HANA Finance Migrationen, lass uns vernetzen! Vielleicht ergibt sich ja was."),
  ("rem",),
  ("inm", "??",
   "hab dich jetzt zweimal angefragt. ignorieren ist echt das letzte. typisch Finanzleute, meinen sie sind was besseres. auf XING haettest wenigstens "
   "geantwortet. naja dein verlust"))


# =============================================================== hostility_connection
P("hostility_connection", DE, "Sven Eckhardt", "Vertriebsleiter | Liquidus Factoring GmbH", "Düsseldorf",
  ("msg", "Hallo Herr Morgan, wir bieten Factoring für Mittelständler mit Tochtergesellschaften in Österreich und der Schweiz: Liquidität innerhalb von "
          "48 Stunden, ohne Bankgespräch. Darf ich Ihnen die Konditionen schicken?"),
  ("msg", "Herr Morgan, Sie haben meine Nachricht vor zwei Wochen gelesen, das sehe ich. Ein \"Nein danke\" kostet fünf Sekunden. Diese Ignoranz ist "
          "schlicht unprofessionell, und ehrlich gesagt wundert es mich nicht, dass Finanzabteilungen intern so einen schlechten Ruf haben.", (12, 20)))
P("hostility_connection", DE, "Verena Hofstetter", "Steuerberaterin | Hofstetter & Partner Steuerberatung", "Wien",
  ("acc",),
  ("msg", "Danke für die Einladung, Alex! Ihr habt ja eine Niederlassung in Wien: Wir übernehmen gern Lohnverrechnung und Bilanzierung für die "
          "österreichische Gesellschaft, pauschal ab 1.200 € im Monat. Soll ich dir ein Angebot legen?"),
  ("msg", "Ich muss schon sagen: Du lädst MICH ein, ich mache mir die Mühe mit einem Angebot, und dann kommt ein Zweizeiler \"haben bereits eine Kanzlei\"? "
          "So behandelt man keine Geschäftspartner. Sehr enttäuschend und ehrlich gesagt ziemlich unverschämt."))
P("hostility_connection", DE, "Patrick Meier", "Event Manager | Gipfelwerk Events GmbH", "Zürich",
  ("msg", "Hoi Alex, wir organisieren Firmenanlässe und Incentives in der ganzen Schweiz – euer Zürcher Team feiert doch sicher Weihnachten? Ich schicke "
          "dir gern eine unverbindliche Offerte für unser Fondue-Plausch-Paket."),
  ("msg", "Alex, du schreibst mir \"kein Bedarf, bitte keine weiteren Nachrichten\"? Wow. So ein Ton unter Geschäftsleuten. Ich hoffe, dein Team weiss, "
          "was für einen Chef es hat. Ciao."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", DE, "Jan-Niklas Berger", "Partner | NordSAP Consulting", "München",
  ("msg", "Hallo Alex, die Mainstream-Wartung für SAP ECC endet 2027. Habt ihr die S/4HANA-Migration schon geplant? Wir haben ein Festpreispaket für "
          "Mittelständler mit bis zu drei Buchungskreisen. Kurzer Call diese Woche?"),
  ("msg", "Hi Alex, kurzes Update: Für Q3 haben wir noch zwei Projektslots frei. Soll ich dir das Festpreisangebot schicken?"),
  ("msg", "Alex, letzter Versuch meinerseits: Bis Ende Juni gibt's die Migrationsanalyse (sonst 6.500 €) kostenlos zum Projekt dazu."))
P("connection_only_pitches", DE, "Monika Brandstätter", "Vermögensberaterin | Finanzplanung für Führungskräfte", "Salzburg",
  ("msg", "Liebe Alex, der Jänner ist die perfekte Zeit, die eigenen Finanzen anzuschauen! Ich biete Führungskräften einen Finanz-Check an: "
          "Pensionsvorsorge, Veranlagung, Steueroptimierung. Wann hättest du eine Stunde?"),
  ("msg", "Hallo Alex, ich hab im Feber noch Termine frei. Die prämienbegünstigte Zukunftsvorsorge geht heuer nur noch bis Ende März – sollen wir uns "
          "kurz zusammensetzen?", (20, 35)))
P("connection_only_pitches", DE, "Fabian Kälin", "Account Manager | Securix Cyber Security AG", "Zürich",
  ("msg", "Grüezi Alex, nach den vielen CEO-Fraud-Fällen in Finanzabteilungen bieten wir Phishing-Simulationen und Penetrationstests speziell für "
          "Buchhaltungsteams an. Offerte ab CHF 8'500. Wäre das ein Thema für euch?"),
  ("msg", "Hoi Alex, ich wollte nochmals wegen der Offerte nachfragen. Im Oktober hätten wir noch Kapazität, danach wird es knapp."))
P("connection_only_pitches", DE, "Ralf Neubauer", "Niederlassungsleiter | FinanzPersonal Zeitarbeit", "Nürnberg",
  ("msg", "Hallo Herr Morgan, wir sind spezialisiert auf Personaldienstleistungen im Finanz- und Rechnungswesen: Buchhalter, Lohnbuchhalter und "
          "Bilanzbuchhalter in Arbeitnehmerueberlassung. Darf ich Ihnen aktuelle Kandidatenprofile schicken?"),
  ("msg", "Guten Tag Herr Morgan, nur zur Erinnerung: Wir haben derzeit drei Bilanzbuchhalter mit IFRS-Erfahrung sofort verfuegbar. Interesse an einem "
          "Kennenlerngespraech?"),
  ("msg", "Herr Morgan, letzte Nachricht meinerseits: Bis Monatsende gewaehren wir Neukunden 10 % Rabatt auf die Ueberlassungsgebuehr."))


# =============================================================== single_pitch
P("single_pitch", DE, "Andrea Hofer", "Senior Sales | Treasurio Cash Management", "Wien",
  ("msg", "Hallo Alex, lange nicht gesehen! Ich bin seit Herbst bei Treasurio, einer Cash-Management-Lösung für Gruppen mit mehreren Hausbanken und "
          "Währungen. Klingt nach euch mit EUR und CHF, oder? Ich zeig's dir gern in einer halben Stunde."))
P("single_pitch", DE, "Roman Egger", "Seminarleiter | Controller Akademie Wien", "Wien",
  ("msg", "Grüß dich Alex, wir haben ein neues Seminar \"IFRS kompakt für Controller\" in Wien gestartet, zwei Tage, 1.490 € zzgl. USt. Für eure Wiener "
          "Mannschaft mach ich gern ein Gruppenangebot ab drei Personen. Gib Bescheid!"))
P("single_pitch", DE, "Laura Bennett", "Director | SwissSetup Corporate Services", "Zug",
  ("msg", "Hi Alex, hope the Zurich expansion is going well! We look after Swiss entities of mid-sized groups – payroll, bookkeeping, VAT filings and a "
          "registered office in Zug – for one fixed monthly fee. Worth a 15-minute chat?"),
  nl="en")


# =============================================================== connection_brings_value
P("connection_brings_value", DE, "Claudia Ressler", "Leiterin Rechnungswesen | Isarwerk Antriebstechnik", "München",
  ("end",),
  ("msg", "Hallo Alex, kleiner Tipp: Die IHK bietet am 12. Juni einen kostenlosen Praxisworkshop zur E-Rechnung an, speziell für Gruppen mit ausländischen "
          "Töchtern. Ich gehe hin, magst du mitkommen? Ich schick dir den Anmeldelink. Liebe Grüße, Claudia"))
P("connection_brings_value", DE, "Thomas Aigner", "Wirtschaftsprüfer | Partner, Aigner Kraus WP", "Graz",
  ("msg", "Servus Alex, nur zur Info: Das BMF hat gestern die überarbeiteten Verrechnungspreisrichtlinien veröffentlicht, das betrifft eure Wiener Tochter "
          "direkt (Konzernumlagen!). Ich hab dir die wichtigsten Punkte auf einer Seite zusammengefasst und schick sie dir per Mail."),
  ("msg", "Und noch was: Am 20. Jänner machen wir in der Kanzlei wieder unser Jahresauftakt-Frühstück für Finanzleiter. Ein Vortrag zur Steuerreform, "
          "dann Kaffee und Kipferl, keine Verkaufsveranstaltung. Du bist herzlich eingeladen, gern mit deiner Wiener Kollegin."))
P("connection_brings_value", DE, "Nadja Bühlmann", "Leiterin Finanzen | Alpina Medtech AG", "Zürich",
  ("msg", "Hoi Alex, ich hab letzte Woche mit Corinne vom veb.ch gesprochen. Sie sucht für das Podium am Rechnungslegungstag jemanden, der Swiss GAAP FER "
          "und IFRS in einer Gruppe unter einen Hut bringt. Da hab ich sofort an dich gedacht. Darf ich euch per Mail verbinden? Gruss Nadja"))
P("connection_brings_value", DE, "Sophie Turner", "Head of FP&A | Alpine Components Group", "Innsbruck",
  ("msg", "Hi Alex, as promised after the ICV congress, here's the driver-based forecasting template we built. Feel free to adapt it for your Vienna team. "
          "If it helps, I'm happy to walk your analysts through it on a call, no strings attached."),
  nl="en")


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", DE, "Hans-Peter Vogel", "Partner | Vogel Executive Search", "München",
  ("inm", "CFO (m/w/d) – Familienunternehmen Oberbayern",
   "Sehr geehrter Herr Morgan, im Auftrag eines familiengeführten Maschinenbauers aus Oberbayern (ca. 900 Mitarbeitende, Töchter in Österreich und "
   "Tschechien) suche ich einen kaufmännischen Geschäftsführer bzw. CFO. Die Position berichtet an den Beirat, das Paket liegt deutlich über Marktniveau. "
   "Ihr Profil wurde mir von einer gemeinsamen Bekannten empfohlen. Wären Sie offen für ein vertrauliches Gespräch? Beste Grüße, Hans-Peter Vogel"))
P("stranger_inmail_recruiter", DE, "Corinne Steiner", "Executive Search | Steiner & Partner AG", "Zürich",
  ("inm", "Vertrauliche Anfrage: Leiter/in Finanzen Konzern, Ostschweiz",
   "Grüezi Herr Morgan, im Auftrag eines börsenkotierten Industrieunternehmens in der Ostschweiz suche ich eine Leiterin oder einen Leiter Finanzen Konzern, "
   "mit Perspektive auf die CFO-Nachfolge in 18 Monaten. Ihre Erfahrung mit Gesellschaften in der Schweiz, Deutschland und Österreich ist genau das, was "
   "gesucht wird. Ihr XING-Profil ist leider nicht mehr aktuell, daher schreibe ich Ihnen hier. Hätten Sie diese Woche Zeit für ein kurzes, vertrauliches "
   "Telefonat? Freundliche Grüsse, Corinne Steiner"))
P("stranger_inmail_recruiter", DE, "Birgit Hauer", "CFO | Donau Bahntechnik AG", "Wien",
  ("inm", "Leitung Controlling in meinem Team – Wien",
   "Sehr geehrter Herr Morgan, ich bin CFO der Donau Bahntechnik und besetze die Leitung Konzerncontrolling direkt, ohne Personalberater. Wir stellen gerade "
   "auf IFRS um und bauen ein Reporting für acht Länder auf. Das Jahresbruttogehalt liegt ab 110.000 € (14 Gehälter), Homeoffice zwei Tage die Woche. "
   "Ich würde mich über ein unverbindliches Gespräch freuen, gern auch bei einem Kaffee, wenn Sie in Wien sind."))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", DE, "Jens Hartwig", "Geschäftsführer | Hartwig Inkasso & Forderungsmanagement", "Hannover",
  ("inm", "Offene Forderungen in AT und CH?",
   "Guten Tag Herr Morgan, Forderungen gegenüber Kunden in Österreich und der Schweiz einzutreiben ist mühsam und teuer. Wir übernehmen das komplette "
   "Mahnwesen bis zur Titulierung, auf reiner Erfolgsbasis. Darf ich Ihnen in einem kurzen Termin unsere Konditionen vorstellen?"))
P("stranger_inmail_sales", DE, "Laura Fischbacher", "Power BI Beraterin | Dashboards für Controller", "Innsbruck",
  ("inm", "Reporting für drei Länder in einem Dashboard",
   "Hallo Herr Morgan, wie viele Excel-Dateien braucht Ihr Team für das monatliche Konzernreporting? Ich baue Power-BI-Dashboards speziell für "
   "Controlling-Abteilungen, Festpreis ab 9.800 €. Soll ich Ihnen ein Beispiel-Dashboard zeigen?"),
  ("inm", "Re: Reporting für drei Länder",
   "Hallo nochmal, bei mir sind im Feber zwei Projektwochen frei geworden, ich könnte also kurzfristig starten. Interesse an einem kurzen Call?"))
P("stranger_inmail_sales", DE, "Marco Reinholt", "Sales Director DACH | ConsoliData", "Düsseldorf",
  ("inm", "Konsolidierung in 3 Tagen statt 3 Wochen",
   "Hallo Herr Morgan, ich mochte Ihnen kurz unsere Losung fur die Konzernkonsolidierung vorstellen. Gruppen wie Ihre (Mutter in Deutschland, Tochter in "
   "Osterreich und der Schweiz) schliessen damit deutlich schneller ab. Hatten Sie nachste Woche 20 Minuten fur eine Demo? Beste Grusse, Marco Reinholt"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", DE, "Simone Achleitner", "Leiterin Arbeitskreis Controlling | Industrie Salzburg", "Salzburg",
  ("inv", "Hallo Alex, ich leite den Arbeitskreis Controlling der Salzburger Industrie. Nächstes Treffen am 15. Jänner: Energiepreise im Budget. "
          "Für Gäste kostenlos, danach gibt's eine Jause. Magst du als Gast aus Bayern dazukommen?"),
  ("msg", "Schön, dass du beim Arbeitskreis warst! Anbei, wie versprochen, die Folien und die Excel-Vorlage zur Energiekostenplanung. Darfst du gern "
          "intern verwenden.", (10, 30)),
  ("msg", "Hallo Alex, ich hab eine Neuigkeit: Ich mache mich ab März als Interim-CFO und Beraterin selbständig. Hättet ihr für die Wiener Gesellschaft "
          "nicht Bedarf an einer Budgetbegleitung oder einem Fast-Close-Projekt? Mein Tagessatz liegt bei 1.100 €, für dich gibt's natürlich einen "
          "Freundschaftspreis. Sollen wir telefonieren?", (20, 60)))
P("good_turns_ugly", DE, "Matthias Großkopf", "Controller | Prozessoptimierung | offen für neue Aufgaben", "Regensburg",
  ("inv", "Hallo Herr Morgan, ich habe auf dem Controller Congress Ihren Vortrag zum Fast Close gehört und ausführlich mitgeschrieben, inkl. der Fragen "
          "aus dem Publikum. Soll ich Ihnen die Mitschrift schicken? Vielleicht nützlich für Ihr Team."),
  ("msg", "Hier die Mitschrift als PDF, ich habe noch die Fotos der Folien eingefügt. Viel Spaß damit!", (2, 10)),
  ("end",),
  ("msg", "Hallo Herr Morgan, ich habe Sie gerade für {skill} bestätigt. Hätten Sie die Güte, mich im Gegenzug für \"Prozessoptimierung\" und "
          "\"Projektmanagement\" zu bestätigen? Ich bin gerade auf Stellensuche und das würde mir sehr helfen. Vielen Dank!", (1, 5)))
P("good_turns_ugly", DE, "Livia Frei", "HR Business Partner Finance | Zürich", "Zürich",
  ("inv", "Grüezi Alex, wir kennen uns vom Fachkreis Finanz & HR. Ich stelle gerade eine Lohnbenchmark für Finanzfunktionen in der Schweiz zusammen und "
          "teile sie gratis mit allen, die ihre Zahlen anonym beisteuern. Machst du mit?"),
  ("msg", "Merci fürs Mitmachen! Hier die Benchmark wie versprochen (Excel, anonymisiert, 42 Firmen). Spannend: Controller in Zürich liegen 14 % über Basel.",
   (15, 40)),
  ("msg", "Hoi Alex, in eigener Sache: Ich habe mich mit einer Personalberatung selbständig gemacht. Für eure offene Stelle Head of Accounting in Zürich "
          "würde ich die Suche gern übernehmen, Honorar 25 % des Jahresgehalts, zahlbar in drei Tranchen. Soll ich dir eine Offerte schicken?"))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", DE, "Oliver Brandl", "Lohnverrechnung & HR-Services | PayAlp GmbH", "Wien",
  ("inm", "Lohnverrechnung für Ihre Wiener Gesellschaft",
   "Grüß Gott Herr Morgan, wir übernehmen die komplette Lohnverrechnung für österreichische Tochtergesellschaften deutscher Unternehmen, inklusive "
   "KV-Einstufung und Meldungen an die ÖGK. Darf ich Ihnen ein Angebot schicken?"),
  ("inv", "Hallo Herr Morgan, ich habe Ihren Beitrag über Budgetplanung in unsicheren Zeiten gelesen, sehr treffend. Würde mich freuen, wenn wir uns vernetzen."))
P("reinvite_known_bad", DE, "Nina Zwahlen", "Verkaufsleiterin | Treuhand Digital AG", "Basel",
  ("inv", DEFAULT),
  ("inv", "Grüezi Alex, wir haben uns am Finanzforum in Zürich kurz gesehen. Gerne würde ich in Kontakt bleiben. Liebe Grüsse, Nina"))
P("reinvite_known_bad", DE, "Benedikt Lorenz", "Vertrieb | Planwerk Controlling-Software", "Ulm",
  ("inv", "Hallo Alex, wir hatten vor einiger Zeit auf XING Kontakt wegen unserer Planungssoftware. Darf ich Ihnen jetzt eine Testversion zeigen? "
          "Die neue Version kann Mehrwährungsplanung."),
  ("rem",),
  ("inv", "Hallo Alex, neues Jahr, neues Glück 🙂 Ich würde mich einfach gern mit Ihnen vernetzen, ganz ohne Hintergedanken."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", DE, "Marcel Krämer", "Business Development | ProfitPilot Consulting", "Mannheim",
  ("inv", "Hallo Alex, wir senken Einkaufskosten in Produktionsbetrieben um 8-15 %, bezahlt wird nur bei Erfolg. Wollen wir kurz sprechen?"),
  ("rem",),
  ("inm", "Eine Sache noch",
   "Hallo Alex, zweimal angefragt, zweimal ignoriert. Ich hätte Ihrer Firma sechsstellige Einsparungen gebracht, aber gut – manche Leute verwalten lieber den "
   "Status quo, statt ihn zu verbessern. Ihre Geschäftsführung würde das sicher interessieren."),
  ("inv", "Hallo Alex, vielleicht sind wir damals auf dem falschen Fuß gestartet. Ich würde mich trotzdem gern vernetzen, fachlich bin ich sicher kein "
          "schlechter Kontakt."))
P("reinvite_known_ugly", DE, "Roger Flückiger", "Berater Unternehmensnachfolge | KMU Schweiz", "Bern",
  ("inm", "Frage unter Finanzleuten",
   "Grüezi Herr Morgan, ich schreibe eine Artikelserie über Finanzführung in Gruppen mit Schweizer Töchtern und würde Sie gern kurz zitieren: Was ist für "
   "Sie die grösste Herausforderung bei der Konsolidierung in CHF? Zwei, drei Sätze würden genügen."),
  ("inm", "Merci & ein Angebot",
   "Besten Dank für Ihre Zeilen, Herr Morgan! Bei der Gelegenheit: Wir vermitteln Schweizer KMU an Käufer aus Deutschland. Falls Ihre Gruppe in der Schweiz "
   "zukaufen möchte, hätten wir aktuell drei interessante Mandate. Unsere Retainer-Gebühr beträgt CHF 15'000. Darf ich Ihnen die Kurzprofile schicken?"),
  ("inv", "Grüezi Herr Morgan, gerne würde ich mich mit Ihnen vernetzen, um in Kontakt zu bleiben. Freundliche Grüsse, Roger Flückiger"))
P("reinvite_known_ugly", DE, "Manfred Kargl", "Steuerberater | Kargl Steuerberatung", "Klagenfurt",
  ("inv", DEFAULT),
  ("inm", "Na servas",
   "Na servas. Ich frag höflich an, und dann kommt nicht einmal eine Antwort. Ihr Deutschen glaubt's echt, ihr seid's was Besseres. Ein bisserl Anstand "
   "würd Ihnen nicht schaden."),
  ("inv", "Grüß Gott, ich lade Sie herzlich zu unserem kostenlosen Steuer-Frühstück für Unternehmen mit Niederlassungen in Kärnten ein. Würde mich freuen, "
          "wenn wir uns vernetzen."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", DE, "Carina Holzer", "Customer Success | Budgetly Planungssoftware", "München",
  ("acc",),
  ("msg", "Danke fürs Vernetzen, Alex! Wie beim Controller-Stammtisch besprochen: Budgetly hätte für euch eine Sonderkondition, wenn ihr alle drei Länder "
          "gleichzeitig einführt. Darf ich eine Demo mit deinem Team einplanen?"))
P("user_invited_pitch_once", DE, "Simon Gerber", "Leiter Vermietung | Limmat Business Center", "Zürich",
  ("acc",),
  ("msg", "Merci für Ihre Anfrage, Herr Morgan! Da Sie ja in Zürich wachsen: Wir vermieten flexible Büroflächen beim Hauptbahnhof, ab CHF 650 pro "
          "Arbeitsplatz und Monat, inkl. Sitzungszimmer. Soll ich Ihnen eine Offerte zusammenstellen?"))
P("user_invited_pitch_once", DE, "Lena Weißhaupt", "Executive Coach für Finanzverantwortliche", "Frankfurt am Main",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Einladung! Kleiner Hinweis in eigener Sache: Ich biete jetzt ein Coaching-Programm für Finanzverantwortliche an, "
          "die in eine CFO-Rolle wachsen wollen. Die erste Session gibt's zum Kennenlernpreis von 290 €. Interesse?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", DE, "Stefan Kogler", "Flottenmanagement | Alpen Leasing GmbH", "Wien",
  ("acc",),
  ("msg", "Danke für die Kontaktanfrage! Du hast ja erwähnt, dass eure Wiener Niederlassung neue Firmenautos braucht. Beim E-Flotten-Leasing haben wir "
          "gerade Top-Konditionen, inkl. Sachbezugsbefreiung. Soll ich dir ein Angebot legen?"),
  ("msg", "Servus Alex, die Aktion läuft Ende März aus. Soll ich dir das Angebot für acht Fahrzeuge fixieren?"))
P("user_invited_pitch_twice", DE, "Melanie Frick", "Treuhänderin | Stiftungen & Holdings", "Vaduz",
  ("acc",),
  ("msg", "Danke für die Vernetzung, Herr Morgan. Kurz zu meiner Tätigkeit: Wir strukturieren Stiftungen und Holdinggesellschaften in Liechtenstein, "
          "gerade für Führungskräfte mit Vermögen in mehreren DACH-Ländern steuerlich attraktiv. Darf ich Ihnen ein Beratungsgespräch anbieten?"),
  ("msg", "Guten Tag Herr Morgan, ich komme nochmals auf mein Angebot zurück. Ein Erstgespräch in Vaduz oder Zürich ist für Sie selbstverständlich kostenlos."))
P("user_invited_pitch_twice", DE, "Daniel Kurz", "Vertrieb | ZeitWerk Zeiterfassung", "Stuttgart",
  ("acc",),
  ("msg", "Hallo Alex, danke fuers Annehmen! Wie auf der Messe besprochen: Unsere Zeiterfassung mit Projektcontrolling-Modul kostet ab 4 EUR pro Nutzer "
          "und Monat. Soll ich dir einen Demo-Zugang einrichten?"),
  ("msg", "Hi Alex, wollte nochmal wegen der Demo nachhaken. Ich haette naechste Woche Di oder Do noch Termine frei."))


# =============================================================== user_invited_value
P("user_invited_value", DE, "Karin Wendt", "Professorin für Controlling | Hochschule München", "München",
  ("acc",),
  ("msg", "Danke für die Einladung, Herr Morgan! Wie am Rand des Kongresses besprochen: Unsere Masterstudierenden suchen Praxisthemen für ihre "
          "Abschlussarbeiten. Wenn Sie ein Thema haben, etwa die Harmonisierung der Kontenpläne DE/AT/CH, betreuen wir das von Hochschulseite, für Sie "
          "kostenlos, und Sie bekommen alle Ergebnisse."))
P("user_invited_value", DE, "Bernhard Mayrhofer", "Leiter Rechnungswesen | Mühlviertler Holzbau AG", "Linz",
  ("acc",),
  ("msg", "Servus Alex, danke! Wie versprochen der Link zu unserer Checkliste für den Jahresabschluss nach UGB, die wir intern nutzen. Darfst du gern an "
          "eure Wiener Buchhaltung weitergeben. Bei Fragen zu den österreichischen Eigenheiten meld dich einfach."))
P("user_invited_value", DE, "Barbara Zürcher", "Leiterin Steuern | Helvetic Foods AG", "Zürich",
  ("acc",),
  ("msg", "Merci für die Vernetzungsanfrage! Ich habe mit Beat aus unserer MWST-Fachgruppe gesprochen, er nimmt sich gern 20 Minuten für Ihre Frage zur "
          "Gruppenbesteuerung. Ich stelle Sie beide per Mail vor, wenn's recht ist. Freundliche Grüsse, Barbara"))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", DE, "Johannes Steiner", "Leiter Konzernsteuern | Bergmann Gruppe", "Nürnberg", ("acc",))
P("acceptance_only", DE, "Florentina Lechner", "Controllerin | Donau Bahntechnik AG", "Wien", ("acc",))
P("lone_endorsement", DE, "Maximilian Rott", "Werkstudent Controlling | Example Industries", "München", ("end",))
P("lone_endorsement", DE, "Jasmin Özdemir", "Bilanzbuchhalterin | Treuhand", "Zürich", ("end",))


# ------------------------------------------------------------------------- layout era per person
# Everyone is in the current layout except a few timeless stories kept in the 2016 layout.
OLD = {"Harald Steinbichler", "Martin Zehnder", "Nina Zwahlen", "Gerhard Weninger", "Jasmin Özdemir", "Johannes Steiner", "Ralf Neubauer",
       "Roman Egger", "Jens Hartwig", "Gerald Wimmer", "Sandra Kofler"}
ERAS = {p[2]: ("2016" if p[2] in OLD else "cur") for p in PEOPLE}

# checks: invitation notes within LinkedIn's 300 characters, every note written once
_notes = [s[1] for p in PEOPLE for s in p[6] if s[0] in ("inv", "msg") and s[1] not in (DEFAULT, NONOTE)] + \
         [s[2] for p in PEOPLE for s in p[6] if s[0] == "inm"]
assert len(_notes) == len(set(_notes)), "a note is used twice"
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))
assert len({p[2] for p in PEOPLE}) == len(PEOPLE)


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("XING", "mailrobot@mail.xing.example", "Jonas Weidinger möchte sich mit Ihnen auf XING vernetzen",
     "Hallo Alex Morgan,\n\nJonas Weidinger (Doktorand, TU München) möchte Sie als Kontakt hinzufügen:\n\n„Ich habe Ihnen auch auf LinkedIn geschrieben – "
     "falls Sie lieber hier antworten, gern auch über XING.“\n\nKontaktanfrage ansehen: https://www.xing.example/contacts/requests", "de"),
    ("Eva Pölzl", "eva.poelzl@example-industries.example", "Bewerbung Bilanzbuchhaltung – LinkedIn-Profil",
     "Servus Alex,\n\ndie Kandidatin für die Bilanzbuchhaltung in Wien hat uns statt eines Lebenslaufs nur ihr LinkedIn-Profil geschickt: "
     "https://www.linkedin.com/in/sabrina-hollerer-8a1b2c\nMagst du es dir bis Donnerstag anschauen?\n\nLG Eva", "de"),
    ("Martina Koller", "martina.koller@example-industries.example", "WG: Ich möchte mich mit Ihnen vernetzen",
     "Hi Alex,\n\nkennst du den? Der hat mir und Jürgen aus dem Einkauf dieselbe Anfrage geschickt. Ich nehm ihn mal nicht an.\n\n"
     "-----Ursprüngliche Nachricht-----\nVon: Kevin Schulze via LinkedIn <invitations@linkedin.com>\nBetreff: Ich möchte mich mit Ihnen vernetzen\n\n"
     "Hallo Martina, ich helfe Finanzdienstleistern, Kanzleien und Beratungen, planbar 10-15 qualifizierte Termine pro Monat ueber LinkedIn zu bekommen ...\n\n"
     "Martina", "de"),
    ("IHK für München und Oberbayern", "veranstaltungen@ihk-muenchen.example", "Einladung: E-Rechnung in der Praxis – kostenfreier Workshop",
     "Sehr geehrte Damen und Herren,\n\nam 12. Juni laden wir Sie zu unserem kostenfreien Praxisworkshop zur E-Rechnung ein, mit Fokus auf Unternehmensgruppen "
     "mit Töchtern in Österreich und der Schweiz.\n\nFolgen Sie uns auch auf LinkedIn, um keine Veranstaltung zu verpassen.", "de"),
    ("IT-Sicherheit", "it-security@example-industries.example", "Warnung: gefälschte LinkedIn-Benachrichtigungen im Umlauf",
     "Liebe Kolleginnen und Kollegen,\n\nderzeit kursieren gefälschte E-Mails im Namen von LinkedIn, z. B. von linkedln.com (mit kleinem L statt i). "
     "Bitte klickt keine Links an und leitet solche Mails an it-security@example-industries.example weiter. Echte Einladungen seht ihr auch direkt in der App.\n\n"
     "Euer IT-Sicherheitsteam", "de"),
    ("Reto Brunner", "reto.brunner@brunner-metallbau.example", "Controller-Stamm Zürich am 14. März",
     "Grüezi Herr Morgan\n\nIch habe Ihnen bereits über LinkedIn eine Einladung geschickt; hier nochmals per Mail, falls Sie dort selten reinschauen. "
     "Anmeldung formlos per Antwort, gerne auch für Ihre Zürcher Kolleginnen und Kollegen.\n\nFreundliche Grüsse\nReto Brunner", "de"),
    ("Kevin Schulze", "kevin@leadmotor.example", "Wir sind ja fast schon auf LinkedIn vernetzt 😉",
     "Hallo Alex,\n\nich hatte dir auf LinkedIn eine Anfrage geschickt, aber vielleicht ist Mail einfacher: Wir liefern 10-15 Termine pro Monat, bezahlt wird "
     "nur pro Termin. 15 Minuten diese Woche?\n\nKevin", "de"),
    ("Buchhaus am Marienplatz", "bestellung@buchhaus-marienplatz.example", "Ihre Bestellung „Netzwerken mit LinkedIn und XING“ ist unterwegs",
     "Guten Tag Alex Morgan,\n\nIhre Bestellung Nr. 48213 wurde heute versandt und kommt voraussichtlich am Donnerstag.\n\nIhr Buchhaus am Marienplatz", "de"),
    ("veb.ch", "newsletter@veb.example", "Rechnungslegungstag: Programm online",
     "Liebe Mitglieder\n\nDas Programm des Rechnungslegungstags ist online, Anmeldungen bis 30. September. Neu finden Sie unsere Mitteilungen auf LinkedIn "
     "statt auf XING.\n\nFreundliche Grüsse\nIhr veb.ch-Team", "de"),
    ("Personalabteilung Wien", "personal.wien@example-industries.example", "Jänner-Update: Firmenprofil auf LinkedIn",
     "Liebe Kolleginnen und Kollegen,\n\nab Jänner treten wir auf LinkedIn unter dem neuen Firmennamen auf. Bitte passt eure Profile an; das alte "
     "XING-Unternehmensprofil wird gelöscht.\n\nLG, euer HR-Team", "de"),
    ("Sophie Turner", "sophie.turner@alpine-components.example", "Forecast template",
     "Hi Alex,\n\nI've sent you the template via LinkedIn too, but here it is as an attachment in case the link expires.\n\nSophie", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot dev39 corpus. Generated by scripts/make_corpus_dev39.py (seed {SEED}); do not edit by hand.",
          "# A German-speaking inbox: Alex, Head of Finance DACH in Munich with Vienna and Zurich subsidiaries; all LinkedIn wording German; "
          "Sie and du, Swiss and Austrian German, umlauts written out or lost, XING. Same format as tests/corpus/dev."]


class _DachStories(cs.EraStories):
    """The story runner with the layout era of every person fixed by ERAS."""

    def __init__(self, seed: int, stories: list[tuple], foreign: list[tuple]) -> None:
        super().__init__(seed, stories, foreign, ERAS)


cs.Stories = _DachStories   # build() in corpus_stories makes its corpus from this name


if __name__ == "__main__":
    main(__doc__, "dev39", SEED, PEOPLE, FOREIGN, spoofs=10, other=10, header=HEADER)
