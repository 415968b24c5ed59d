#!/usr/bin/env python3
"""Write mailbot's seventy-sixth, independent development corpus: tests/corpus/dev76/*.eml + expected.toml.

The angle: the user Alex is an interim manager and turnaround consultant based in Vienna, with
mandates across Austria, Switzerland and southern Germany. Their LinkedIn world: other interim
managers and boutique turnaround firms (referrals, subcontracted part-mandates, joint mandates,
peers asking practical questions), interim-placement agencies (real mandates with a day rate
against pools and "premium listings" that cost a yearly fee), banks' workout units, insolvency
lawyers and court-appointed administrators (Masseverwalter, Sachwalter) who need someone to run a
business in proceedings, software vendors (13-week cash planning, data rooms, creditor lists),
factoring and credit-insurance sellers, coaches and lead-generation shops for consultants,
wealth managers for the self-employed, and ex-colleagues from old mandates. German with Austrian
(Servus, heuer, Jänner, eh, passt, Mag./KR titles), Swiss (Grüezi, Offerte, allenfalls, CHF 1'480,
Merci vielmal, a note in dialect) and Bavarian turns, du and Sie, some English and one Romand
French note.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline in LinkedIn's footer,
the job-alert titles and a few other LinkedIn mail subjects, the names and headlines of
spoof-only senders and PYMK suggestions, the languages of spoofs and other mail (German and
English only), and the pitches that spoofs carry are swapped for this world in this process only
(make_corpus.py itself is not changed). Every note was written from shared/taxonomy.md alone,
without reading mailbot's signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev76.py              # writes tests/corpus/dev76
    python scripts/make_corpus_dev76.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260776

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ turnaround world (this process only)
SKILLS = {
    "de": ["Restrukturierung", "Sanierungsmanagement", "Interim Management", "Liquiditätsplanung", "Turnaround Management", "Unternehmensführung"],
    "en": ["Restructuring", "Turnaround Management", "Interim Management", "Cash Management", "Change Management", "Corporate Finance"],
    "fr": ["Restructuration", "Redressement d'entreprise", "Management de transition", "Gestion de trésorerie"],
    "es": ["Reestructuración", "Gestión de crisis", "Dirección interina", "Gestión de tesorería"],
    "it": ["Ristrutturazione aziendale", "Turnaround", "Temporary management", "Gestione della liquidità"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
mc.L["de"]["rheadline"] = "Interim Manager | Restrukturierung & Turnaround | Wien"
mc.L["en"]["rheadline"] = "Interim Manager | Restructuring & Turnaround | Vienna"
mc.LANGS[:] = ["de", "en", "de", "de", "en"]          # spoofs and other LinkedIn mail: a German and English inbox
mc.NAMES["de"] = (["Gerhard", "Birgit", "Clemens", "Verena", "Roman", "Theresa", "Kurt", "Romana", "Severin", "Regula", "Urs", "Gudrun", "Lorenz", "Melanie"],
                  ["Mayrhofer", "Gassner", "Egli", "Tschurtschenthaler", "Weninger", "Lüthi", "Brandl", "Kofler", "Ammann", "Pöschl", "Hametner", "Schnyder"])
mc.NAMES["en"] = (["Hugh", "Rebecca", "Stuart", "Natalie", "Gavin", "Joanna", "Declan", "Harriet"],
                  ["Mortimer", "Quinlan", "Ashdown", "Prentice", "Caldwell", "Featherstone", "Rourke", "Lowry"])
mc.CITY["de"] = ["Wien", "Graz", "Linz", "Salzburg", "Innsbruck", "Zürich", "München", "Stuttgart"]
mc.CITY["en"] = ["Vienna", "Zurich", "Munich", "London", "Frankfurt", "Geneva"]
mc.COMPANIES["good"] = ["Alpenstahl", "Steirische Regionalbank", "Hartmann & Weil", "Rheintal Kantonalbank", "Turnaround-Forum Alpenraum", "Alpen Interim Partners",
                        "Oberhauser Präzisionsteile", "Brooks & Hale"]
mc.COMPANIES["sales"] = ["LiquiPlan 13", "InterimExpert Pool", "Donau Factoring", "CrisisDesk", "Alpina Datenraum", "SanierOffice", "Fidura Treuhand",
                         "MandatsBooster"]
mc.HEADLINES["good"] = ["Interim CFO | Restrukturierung | {co}", "Leiterin Sanierungsmanagement bei {co}", "Rechtsanwalt, Insolvenzrecht | {co}",
                        "Interim Manager Operations | {co}", "Workout & Recovery | {co}", "Partnerin, Turnaround-Beratung | {co}"]
mc.HEADLINES["sales"] = ["Account Executive DACH | {co}", "Key Account Manager bei {co}", "Gründer & CEO | {co}", "Mehr Mandate für Berater | {co}",
                         "Sales Director Austria & Switzerland | {co}"]
mc.JOBS[:] = [("Interim CFO (m/w/d) – 6 Monate", "Alpen Interim Partners"), ("Chief Restructuring Officer", "Brooks & Hale"),
              ("Kaufmännische Leitung interimistisch", "Steirische Regionalbank"), ("Leiter Sanierung & Workout (m/w/d)", "Rheintal Kantonalbank"),
              ("Interim Werksleitung Kärnten", "Alpenstahl")]
mc.OTHER["de"]["job"] = ("{n} neue Jobs für „Interim CFO“", "Ihr Jobalarm für Interim CFO in {city}", "Job anzeigen")
mc.OTHER["en"]["job"] = ("{n} new jobs for \"chief restructuring officer\"", "Your job alert for chief restructuring officer in {city}", "View job")
mc.OTHER["de"]["group"] = ("Top-Unterhaltungen in Restrukturierung & Sanierung DACH", "Das sind die wichtigsten Unterhaltungen Ihrer Gruppe diese Woche")
mc.OTHER["en"]["group"] = ("Top conversations in Interim Executives Europe", "Here are the top conversations in your group this week")
mc.OTHER["de"]["news"] = ("Firmenpleiten in Österreich: Höchster Stand seit 2009?", "Top-Meldungen von LinkedIn News für Sie")
mc.OTHER["en"]["news"] = ("Why Europe's mid-sized manufacturers are running out of cash", "Top stories for you from LinkedIn News")
mc.OTHER["de"]["newsletter"] = ("Sanierungsbrief: Was die ReO nach drei Jahren gebracht hat", "Neue Ausgabe eines Newsletters, den Sie abonniert haben")
mc.OTHER["en"]["newsletter"] = ("The Interim Letter: day rates in DACH, 2025 edition", "New edition of a newsletter you subscribed to")
SPOOF_PITCH = {
    "de": ["Hallo {first}, ich habe Ihnen die Unterlagen zum Mandat über LinkedIn Docs freigegeben. Bitte melden Sie sich an, um sie zu öffnen.",
           "Guten Tag {first}, Ihr Profil wurde für den Interim-Pool ausgewählt. Bestätigen Sie die Aufnahme und die Bearbeitungsgebühr hier."],
    "en": ["Hi {first}, I've shared the mandate brief and the NDA with you. Sign in to LinkedIn to review and countersign.",
           "Dear {first}, your interim profile has been shortlisted. Confirm your listing and settle the onboarding fee via the secure link."],
    "fr": ["Bonjour {first}, je vous ai partagé le dossier du mandat. Connectez-vous pour le consulter.",
           "Bonjour {first}, votre profil a été retenu. Confirmez votre inscription et réglez les frais via le lien sécurisé."],
    "es": ["Hola {first}, te he compartido el expediente del mandato. Inicia sesión para verlo.",
           "Hola {first}, tu perfil ha sido preseleccionado. Confirma tu alta y abona la tasa en el enlace seguro."],
    "it": ["Ciao {first}, ti ho condiviso il fascicolo del mandato. Accedi per vederlo.",
           "Buongiorno {first}, il suo profilo è stato selezionato. Confermi l'iscrizione e paghi la quota tramite il link sicuro."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)
# people whose notes only make sense in the current layout era (StaRUG, ReO, Corona, AI tools...)
ERAS: dict[str, str] = {}


def cur(*names: str) -> None:
    for n in names:
        ERAS[n] = "cur"


# =============================================================== good_invitation
P("good_invitation", "de", "Katharina Pichler", "Masseverwalterin | Rechtsanwältin, Pichler & Partner", "Graz",
  ("inv", "Guten Tag, ich bin Masseverwalterin im Verfahren eines steirischen Metallverarbeiters (140 MA). Für die Fortführung brauche ich rasch "
          "eine erfahrene interimistische Geschäftsführung, Ihr Name kam vom Gläubigerschutzverband. Hätten Sie nächste Woche Zeit für ein Telefonat?"),
  ("rem",))
P("good_invitation", "de", "Reto Brunner", "Interim CFO | Verwaltungsrat | Zug", "Zug",
  ("inv", "Grüezi Alex. Ich habe ab März ein Mandat bei einem Ostschweizer Textiler in Nachlassstundung, das Werk in Vorarlberg braucht jemanden "
          "mit österreichischem Arbeitsrecht im Rucksack. Hätten Sie Kapazität für ein Teilmandat, ca. 2 Tage/Woche? Gruss Reto"))
P("good_invitation", "de", "Fiona McLaren", "Director, Special Situations | Harcourt Capital", "London",
  ("inv", "Hi Alex, we hold the senior debt of an Austrian auto supplier that is heading into a restructuring, and the lenders want an independent "
          "CRO on the ground. Our Vienna counsel suggested you. Open to a confidential call this week?"), nl="en")
P("good_invitation", "de", "Florian Gruber", "Vorstand | Turnaround-Forum Alpenraum", "Innsbruck",
  ("inv", "Servus Alex! Am 14. November ist wieder unser Praxisforum Sanierung in Innsbruck: Eintritt frei, max. 30 Leute, echte Fälle unter Kollegen, "
          "keine Verkaufsvorträge. Magst vorbeischauen? Würd mich freuen."),
  ("rem",))
P("good_invitation", "de", "Andreas Kronawitter", "Fachanwalt für Insolvenz- und Sanierungsrecht | München", "München",
  ("inv", "Hallo Alex, für unser StaRUG-Praktikerseminar im Jänner (Sie sagen ja Jänner 😉) fehlt mir noch jemand, der die operative Seite erzählt. "
          "Für Sie kostenlos, die Kolleginnen und Kollegen bekommen 5 Fortbildungsstunden nach § 15 FAO. Hätten Sie Lust?"))
P("good_invitation", "de", "Tanja Vuković", "Interim Managerin | HR-Transformation | ex-Automotive", "Graz",
  ("inv", "Hallo Alex, eine Frage unter Kollegen: Wie regelst du bei Schweizer Mandaten die Sozialversicherung – eigene GmbH oder Provider? "
          "Ich hab grad mein erstes Zürcher Mandat auf dem Tisch und will's gleich richtig aufsetzen. Danke dir!"))
P("good_invitation", "de", "Markus Oberhauser", "Geschäftsführer | Oberhauser Präzisionsteile", "Steyr",
  ("inv", "Alex! Seit dem Werk in Kapfenberg nix mehr gehört. Mein Schwager hat eine Tischlerei mit 60 Leuten in Wels, die Hausbank macht Druck. "
          "Darf ich euch zwei zusammenbringen? Er braucht wen, der zuhört und rechnet."),
  ("rem",))
P("good_invitation", "de", "Isabelle Rochat", "Avocate | Droit de l'insolvabilité | Lausanne", "Lausanne",
  ("inv", "Bonjour Alex, nous organisons le 3 avril à Lausanne une matinée gratuite sur le droit suisse de l'assainissement, avec un juge et deux "
          "commissaires au sursis. Les avocats la comptent en formation continue. Vous seriez le bienvenu, même sans parler !"), nl="fr")

# =============================================================== default_invitation
P("default_invitation", "de", "Bernhard Steinwender", "Geschäftsführer | Steinwender Consulting GmbH", "Klagenfurt", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Daniel Kessler", "Operating Partner | Private Equity | DACH", "Zurich", ("inv", NONOTE))
P("default_invitation", "de", "Sabine Moosbrugger", "Leiterin Finanzen | Kunststofftechnik", "Dornbirn", ("inv", DEFAULT))

# =============================================================== sales_invitation
P("sales_invitation", "de", "Patrick Eder", "Account Executive DACH | LiquiPlan 13 – Liquiditätsplanung für den Mittelstand", "Linz",
  ("inv", "Hallo Alex, als Interim-Manager bauen Sie die 13-Wochen-Planung vermutlich bei jedem Mandat neu in Excel. LiquiPlan 13 macht sie "
          "in einem Tag bankfähig. Darf ich Ihnen das in 20 Minuten zeigen?"))
P("sales_invitation", "en", "Jasmin Kaya", "Business Coach for Interim Executives | Mandate Acquisition System", "Munich",
  ("inv", "Hi Alex – most interims I work with spend 4 months a year between mandates. My 12-week programme builds you a pipeline of direct client "
          "mandates, no agencies. Worth a quick call to see if you'd qualify?"))
P("sales_invitation", "de", "Urs Baumgartner", "Partner | Baumgartner Vorsorge & Vermögen", "St. Gallen",
  ("inv", "Grüezi Herr Morgan. Selbständige Interim-Manager haben oft eine Lücke in der 2. Säule und bei der Erwerbsausfallversicherung. "
          "Gerne offeriere ich Ihnen eine unverbindliche Analyse, 30 Minuten, bei Ihnen oder per Video."),
  ("rem",))
P("sales_invitation", "de", "Lukas Strasser", "Head of Sales | InterimExpert Pool – die Plattform für Interim-Manager", "Wien",
  ("inv", "Servus Alex, wir nehmen gerade neue Profile in unseren Expertenpool auf. Mit dem Premium-Listing um 49 € im Monat werden Sie bei "
          "Kundenanfragen bevorzugt vorgeschlagen. Soll ich Ihnen den Zugang freischalten?"))
P("sales_invitation", "de", "Nina Hofstätter", "Content & Leadgenerierung für Beraterinnen und Berater", "Salzburg",
  ("inv", "Hi Alex, dein Profil ist fachlich top, nur erreichen deine Beiträge kaum Entscheider. Wir schreiben für Sanierer 3 Posts pro Woche "
          "und liefern dir 10 qualifizierte Erstgespräche im Monat. Kurz telefonieren?"),
  ("rem",))

# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "de", "Thomas Leitgeb", "Gründer | Interim-Circle Österreich", "Wien",
  ("inv", "Hallo Alex, ich lade eine Handvoll erfahrener Interim-Manager in einen vertraulichen Kreis ein: einmal im Quartal Abendessen in Wien, "
          "Mandate teilen, offen reden. Keine Agenda, kein Verkauf. Bist du dabei?"),
  ("msg", "Schön, dass du an Bord bist! Damit die Runde klein und exklusiv bleibt, gibt es einen Mitgliedsbeitrag von 1.900 € netto im Jahr, "
          "dafür sind Abendessen, unsere Mandatsbörse und das Akquise-Coaching inkludiert. Ich schick dir gleich die Rechnung, passt das so?", (3, 12)),
  ("msg", "Alex, kurz wegen der Mitgliedschaft: die Frühbucherkondition gilt nur noch bis Freitag. Soll ich dir einen der Plätze reservieren?", (6, 15)))
P("bait_and_switch_invitation", "en", "Oliver Brandt", "Managing Partner | Alpine Turnaround Partners", "Zurich",
  ("inv", "Alex, I'm putting together a peer group of turnaround practitioners across DACH to compare notes on live cases, anonymised. Monthly call, "
          "no fees, no selling. Your foundry job in Styria came up twice. Would be great to have you."),
  ("msg", "Thanks for joining, Alex. Before the first session, a quick one: we've launched a white-label CRO platform (cash forecasting, lender "
          "reporting, KPI packs) and peer group members get it at EUR 790/month instead of 1,200. Could I book you for a 30-minute demo next Tuesday?", (2, 9)))
P("bait_and_switch_invitation", "de", "Stefanie Wallner", "Coach für Führungskräfte in der Krise | Resilienz & Klarheit", "Salzburg",
  ("inv", "Guten Tag Alex, ich habe ein kostenloses E-Book geschrieben: „Die ersten 100 Tage in der Sanierung – was Führungskräfte emotional "
          "erwartet“. Ich schenke es gern Praktikern. Darf ich es Ihnen schicken?"),
  ("msg", "Wie versprochen das E-Book, viel Freude beim Lesen! Übrigens: Viele Interim-Manager nutzen mein 1:1-Resilienzcoaching, sechs Sitzungen "
          "um 2.400 €. Ich hätte nächste Woche noch zwei Termine frei – soll ich Ihnen einen davon reservieren?"),
  ("msg", "Hallo Alex, ich wollte nur nachfragen, ob Sie schon zum Lesen gekommen sind – und ob ich Ihnen den Coaching-Termin am Donnerstag "
          "um 9 Uhr fix eintragen darf? Für Leser des Buchs gibt es 10 % Nachlass.", (7, 20)))
P("bait_and_switch_invitation", "de", "Maximilian Reiter", "Firmenkunden & Private Banking | Chiemgau Bank eG", "Rosenheim",
  ("inv", "Grüß Gott, wir sind beide in der Sanierungsszene Südbayerns unterwegs – ich begleite auf Bankseite Firmen in der Krise. Vernetzen wir uns, "
          "vielleicht ergeben sich gemeinsame Fälle."),
  ("msg", "Servus Herr Morgan, danke fürs Annehmen! Ganz offen: seit Kurzem betreue ich vor allem Privatkunden. Gerade Interim-Manager mit "
          "schwankenden Honoraren profitieren von einer durchdachten Vermögensstrategie. Darf ich Sie zu einem unverbindlichen Kennenlernen einladen, "
          "gern auch in Salzburg?", (4, 14)),
  ("msg", "Herr Morgan, ich habe Ihnen ein Musterportfolio für Selbständige zusammengestellt, mit Rürup-Anteil und steueroptimierter Entnahme. "
          "Wann darf ich es Ihnen vorstellen?", (10, 25)))
P("bait_and_switch_invitation", "en", "Sarah Lindner", "Community Lead | Restructuring Professionals Circle DACH", "Stuttgart",
  ("inv", "Hi Alex, we run a small community for people working in restructuring across DACH – lawyers, bankers, interims. Free breakfast once a "
          "month in Munich and Vienna, just to get to know each other. Would love to add you!"),
  ("msg", "So glad to have you with us! Quick heads-up: our partner firm offers members a board-ready restructuring toolkit (templates, lender "
          "decks, 13-week model) for EUR 2,900 instead of 4,500. I've attached the brochure – shall I set up a call with their sales lead?", (3, 10)))

# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "de", "Dr. Gerald Fuchs", "Herausgeber | Praxishandbuch Interim Management Österreich", "Wien",
  ("inm", "Beitrag für unser Praxishandbuch?", "Sehr geehrte/r Alex Morgan, für die 3. Auflage unseres Praxishandbuchs suchen wir Autorinnen und Autoren aus "
          "der Sanierungspraxis. Ein Kapitel von etwa 15 Seiten über Ihre Erfahrungen mit der Fortführung im Sanierungsverfahren wäre eine große "
          "Bereicherung. Hätten Sie grundsätzlich Interesse?"),
  ("inm", "Re: Praxishandbuch – Konditionen", "Vielen Dank für Ihre freundliche Rückmeldung! Zu den Konditionen: Unsere Autoren beteiligen sich mit einem "
          "Druckkostenzuschuss von 1.850 € zzgl. USt., dafür erhalten Sie 20 Belegexemplare und ein Porträt im Autorenverzeichnis. Den Autorenvertrag "
          "sende ich Ihnen gerne zu.", (5, 14)))
P("bait_and_switch_inmail", "en", "Ryan Mitchell", "Founder | TurnaroundIQ | ex-operator", "Berlin",
  ("inm", "Question from a fellow operator", "Hi Alex, I ran two carve-outs in the Ruhr before starting a company and I'm stuck on something you probably "
          "know cold: when you step in as interim CFO, how do you get the house bank to accept a 13-week cash forecast that isn't signed off by a Big "
          "Four firm? Any pointers would be hugely appreciated."),
  ("inm", "Re: Question from a fellow operator", "That's really helpful, thank you! Funnily enough, that's exactly the gap TurnaroundIQ fills – bank-grade "
          "forecasts in 48 hours. We're taking on 10 interim managers as design partners at EUR 450/month (list price 900). Want me to send over the "
          "order form?", (3, 9)))
P("bait_and_switch_inmail", "de", "Beat Kälin", "Inhaber | Kälin Verwaltungsrats-Services", "Luzern",
  ("inm", "Verwaltungsratsmandat Zentralschweiz", "Grüezi Herr Morgan, für ein Familienunternehmen im Kanton Luzern (Metallbau, rund 90 Mitarbeitende) "
          "suchen wir ein unabhängiges Mitglied des Verwaltungsrats mit Sanierungserfahrung. Wären Sie grundsätzlich offen für ein Gespräch?"),
  ("inm", "Nächste Schritte", "Besten Dank für Ihre positive Antwort. Damit wir Sie dem Kunden vorschlagen können, nehmen wir Sie zuerst in unseren "
          "VR-Pool auf. Die Aufnahmegebühr beträgt CHF 1'480 inkl. Profilerstellung und Schulung. Die Rechnung folgt separat, allenfalls ist auch "
          "Ratenzahlung möglich.", (4, 12)))

# =============================================================== endorse_me_back
P("endorse_me_back", "de", "Christian Wimmer", "Interim Manager | Einkauf & Supply Chain", "Linz",
  ("end",), ("end",),
  ("msg", "Servus Alex, hab dich grad für {skill} und noch zwei Sachen bestätigt, passt eh. Wärst so lieb und bestätigst mich für Einkauf und "
          "Lieferantenmanagement? Ich bin bei zwei Agenturen in der Endauswahl und die schauen wirklich drauf. Danke dir!"))
P("endorse_me_back", "en", "Mark Stevens", "Interim COO | Lean | Operational turnaround", "Munich",
  ("end",),
  ("msg", "Alex, endorsed you for {skill} earlier – well deserved after the Regensburg job. Any chance you could return the favour on Operations "
          "Management and Lean Manufacturing? Trying to beef up the profile before the new year. Cheers, Mark"))
P("endorse_me_back", "de", "Corinne Steiner", "Interim HR-Leiterin | Change & Sozialpläne", "Bern",
  ("end",), ("end",),
  ("msg", "Hoi Alex, ich ha dir es paar Kompetenze bestätigt 🙂 Wärsch so guet und würdsch mir au „Personalführig“ und „Sozialplanverhandlige“ "
          "bestätige? Merci vielmal und liebi Grüess us Bern!"))

# =============================================================== hostility_after_decline
P("hostility_after_decline", "de", "Harald Pfeiffer", "Unternehmensberater | Sanierung | Kommerzialrat", "Wiener Neustadt",
  ("inv", "Sehr geehrter Herr Kollege, ich ersuche um Aufnahme in Ihr Netzwerk. Wir bewegen uns im selben Feld, ein Austausch schadet nie."),
  ("rem",),
  ("inm", "Ihre ausbleibende Antwort", "Sehr geehrter Herr Morgan, vor Wochen habe ich Ihnen eine Kontaktanfrage geschickt, auf die Sie nicht einmal "
          "reagiert haben. In dreißig Berufsjahren habe ich gelernt, dass man sich in Wien immer zweimal sieht. Eine derartige Überheblichkeit "
          "gegenüber einem älteren Kollegen spricht für sich. Hochachtungsvoll, KR Harald Pfeiffer", (8, 20)))
P("hostility_after_decline", "en", "Brandon Hayes", "Growth Consultant | I help consultants land 5-figure clients", "Dublin",
  ("inv", "Hey Alex, loved your post on the 13-week cash forecast. Let's connect!"),
  ("inm", "Seriously?", "Sent you a request three weeks ago and you can't even click a button? This is exactly why half the consultants in Europe "
          "are broke. Good luck with that attitude, you'll need it.", (15, 25)))
P("hostility_after_decline", "de", "Sandra Kogler", "Vertrieb | Factoring & Working Capital | Donau Factoring AG", "Wien",
  ("inv", "Hallo Alex, wir finanzieren Forderungen auch in Sanierungsfällen – oft die letzte Liquiditätsquelle. Darf ich Ihnen kurz unser Modell vorstellen?"),
  ("inm", "Kurze Anmerkung", "Hallo Alex, ignorieren ist natürlich auch eine Antwort. Von jemandem, der sich Turnaround-Experte nennt, hätte ich mir "
          "ein Mindestmaß an Professionalität erwartet. Aber gut, Ihre Klienten werden schon wissen, warum sie in der Krise stecken."))
P("hostility_after_decline", "de", "Josef Gschwendtner", "Inhaber | Gschwendtner Personalvermittlung", "Passau",
  ("inv", DEFAULT), ("rem",),
  ("inm", "Na servus", "Sie brauchen gar nicht meinen, dass Sie was Besseres sind, bloß weil Sie in Wien sitzen. Zweimal angefragt, nix. So geht man "
          "mit Leuten nicht um, das sag ich Ihnen ganz ehrlich. Pfiat Gott."))

# =============================================================== hostility_connection
P("hostility_connection", "de", "Manuel Auer", "Geschäftsführer | Auer IT-Consulting – ERP für KMU", "Wels",
  ("msg", "Hallo Alex, in vielen Sanierungen ist das ERP ein einziges Chaos. Wir machen Schnell-Audits in 5 Tagen, pauschal 6.800 €. "
          "Wäre das etwas für Ihre aktuellen Mandate?"),
  ("msg", "Hallo nochmal, ich wollte nachfragen, ob meine Nachricht angekommen ist. Im Februar hätten wir noch Kapazität frei.", (7, 14)),
  ("msg", "Wissen Sie was, Alex? Ich finde es letztklassig, Leute in sein Netzwerk aufzunehmen und dann nicht einmal eine Zeile zurückzuschreiben. "
          "Schlechter Stil. Weiterempfehlen werde ich Sie bestimmt nicht.", (10, 20)))
P("hostility_connection", "en", "Kevin O'Sullivan", "Sales Director EMEA | CashLens – treasury software", "Dublin",
  ("acc",),
  ("msg", "Thanks for connecting after the Zurich conference, Alex! As promised, CashLens connects to all your client's bank accounts in a day and "
          "gives you a live cash position – ideal for the first weeks of a mandate. Can I get 20 minutes in your calendar?"),
  ("msg", "Hi Alex, bumping this one – happy to do the demo on live data from your current mandate if that's easier.", (6, 14)),
  ("msg", "Alex, you invited ME to connect, I've written twice and I get nothing back. If you weren't interested you could've just said so instead "
          "of wasting my time. Not very professional for someone who advises boards.", (12, 25)))

# =============================================================== connection_only_pitches
P("connection_only_pitches", "de", "Elisabeth Haider", "Key Account | Kreditversicherung & Bürgschaften", "Wien",
  ("msg", "Hallo Alex, gerade in Restrukturierungsfällen streichen Kreditversicherer gern die Limits. Wir haben Lösungen, mit denen die Lieferanten "
          "an Bord bleiben. Darf ich Sie nächste Woche auf einen Kaffee einladen und unser Angebot vorstellen?"),
  ("msg", "Lieber Alex, ich melde mich nochmal wegen der Kreditversicherung: für Neukunden gibt es heuer 15 % Nachlass auf die erste Jahresprämie. "
          "Wann hätten Sie 20 Minuten?", (10, 30)))
P("connection_only_pitches", "en", "Tom Bradley", "Partner | Apex Interim Solutions – executive interim supply", "London",
  ("msg", "Hi Alex, we're expanding our interim supply into DACH and are looking for associates. Joining our preferred network is GBP 1,200 a year, "
          "which covers vetting and priority placement on mandates. Shall I send the onboarding pack?"),
  ("msg", "Hi Alex, following up – three places left in the preferred network at the current rate. Let me know and I'll hold one for you."),
  ("msg", "Last call on this one, Alex: the rate goes up on 1 March.", (5, 12)))
P("connection_only_pitches", "de", "Daniela Meier", "Verkauf | Treuhand & Buchhaltung für Selbständige | Fidura Treuhand AG", "Zürich",
  ("msg", "Grüezi Alex, mit Mandaten in der Schweiz und in Österreich haben Sie sicher Mehraufwand bei Steuern und MWST. Wir übernehmen Ihre "
          "komplette Buchhaltung ab CHF 290 pro Monat. Darf ich Ihnen eine Offerte machen?"),
  ("msg", "Guten Tag Alex, ich habe Ihnen die Offerte bereits vorbereitet und angehängt. Sollen wir sie kurz telefonisch durchgehen?", (6, 18)))

# =============================================================== single_pitch
P("single_pitch", "de", "Roland Kirchmair", "Partner | Kirchmair Immobilien – Gewerbeimmobilien Tirol", "Innsbruck",
  ("msg", "Hallo Alex, bei Sanierungen werden ja oft Liegenschaften verwertet. Wir kaufen Gewerbe- und Betriebsimmobilien diskret und schnell, "
          "auch aus Insolvenzmassen. Falls bei Ihren Mandaten etwas ansteht: für jede Vermittlung zahlen wir 1 % Provision."))
P("single_pitch", "de", "Priya Raman", "Enterprise Sales | DocuFlow AI – contract analysis", "Amsterdam",
  ("msg", "Hi Alex! A restructuring means reviewing hundreds of supplier contracts fast. DocuFlow AI pulls out change-of-control and termination "
          "clauses in minutes. Happy to run a free pilot on one of your current mandates – are you free Thursday for a demo?"), nl="en")
P("single_pitch", "de", "Verena Lechner", "Trainerin | Verhandlungsführung mit Betriebsräten", "Graz",
  ("msg", "Hallo Alex, ich hoffe, das Mandat in der Obersteiermark läuft gut! Ab Herbst biete ich ein Intensivtraining „Sozialplanverhandlung“ "
          "für Führungskräfte an, 2 Tage, 1.450 € pro Person. Wenn Sie oder Ihr Team Interesse haben, schicke ich gern das Programm."))

# =============================================================== connection_brings_value
P("connection_brings_value", "de", "Mag. Christina Huber", "Insolvenzrechtlerin | Partnerin, Huber Lang Rechtsanwälte", "Wien",
  ("end",),
  ("msg", "Lieber Alex, kurze Info: ich bin in einem Verfahren in Tulln zur Masseverwalterin bestellt worden, Lebensmittelproduktion, "
          "85 Beschäftigte. Ab nächster Woche bräuchte ich eine interimistische kaufmännische Leitung für die Fortführung. Darf ich dir die "
          "Eckdaten schicken?"))
P("connection_brings_value", "en", "Jonas Eriksson", "Interim CFO | Nordics & DACH", "Zurich",
  ("msg", "Alex – I'm conflicted out of a mandate at a Swiss watch-parts supplier (I sat on their lender's advisory panel). The CEO asked me for two "
          "names and I gave him yours. Pascal Rey, he'll call you this week. Fees in line with market. Shout if you'd rather I hadn't."),
  ("msg", "Great that it worked out with Pascal. Drinks are on you next time you're in Zürich ;)", (20, 45)))
P("connection_brings_value", "de", "Wolfgang Hinterberger", "ehem. CFO | Beirat | Mentor", "Salzburg",
  ("msg", "Servus Alex, beim Zusammenräumen die alten Unterlagen vom Kapfenberg-Projekt gefunden – unser Liquiditätsmodell und die "
          "Gläubigerpräsentation. Ich hab alles anonymisiert und dir in die Dropbox gelegt, vielleicht kannst du's für dein Seminar an der FH "
          "brauchen. Liebe Grüße, Wolfgang"))
P("connection_brings_value", "de", "Simone Frei", "Leiterin Recovery Management | Rheintal Kantonalbank", "St. Gallen",
  ("msg", "Guten Tag Alex, am 22. Mai laden wir zu einem geschlossenen Erfahrungsaustausch für Restrukturierungspraktiker bei uns in St. Gallen "
          "ein – kostenlos, Chatham House Rule, anschliessend Apéro. Thema ist dieses Jahr die Zusammenarbeit mit den Sachwaltern in der "
          "Nachlassstundung. Wären Sie dabei?"))
P("connection_brings_value", "de", "Stefan Rauch", "Interim Manager | Produktion & Operations", "Ulm",
  ("msg", "Hi Alex, kurze fachliche Frage: hast du schon mal eine Fortbestehensprognose nach österreichischem Recht mit einer Fortführungsprognose "
          "nach IDW S 11 für dieselbe Gruppe abgestimmt? Ich hab gerade den Fall mit der Mutter in Ulm und der Tochter in Braunau, und die "
          "Anwälte sind sich uneins."),
  ("msg", "Danke dir, die gemeinsame Planungsbasis war der entscheidende Hinweis. Wenn du mal einen Fall mit Produktion in Baden-Württemberg hast: "
          "ich spring gern ein, ohne Vermittlungsaufschlag.", (3, 10)))
P("connection_brings_value", "de", "Lisa Hammerl", "Controllerin | früher Alpenstahl Kapfenberg", "Leoben",
  ("end",),
  ("msg", "Hallo Alex! Die Bestätigung war ernst gemeint 🙂 Und weil du letztens gefragt hast: unser neuer Eigentümer sucht für das Werk in "
          "Judenburg eine Interim-Werksleitung, ab Februar. Soll ich dich dem CFO vorstellen? Er heißt Gernot Lassnig und ist sehr direkt, "
          "aber fair."))

# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "de", "Carina Pölzl", "Senior Consultant | Alpen Interim Partners", "Wien",
  ("inm", "Mandat Interim-CFO, Maschinenbau OÖ, ab sofort", "Guten Tag Alex Morgan, für einen eigentümergeführten Maschinenbauer in Oberösterreich "
          "(ca. 320 MA, 70 Mio. € Umsatz) suchen wir ab sofort einen Interim-CFO für 6 bis 9 Monate. Hintergrund: Covenant-Bruch, die Gespräche mit "
          "den Banken laufen. Tagessatz je nach Erfahrung 1.300 bis 1.600 €. Hätten Sie ab Mitte des Monats Kapazität? Ich freue mich auf ein "
          "kurzes Telefonat."))
P("stranger_inmail_recruiter", "en", "Helen Brooks", "Partner | Brooks & Hale Executive Interim", "London",
  ("inm", "Interim CRO – Swiss industrial group", "Dear Alex, I'm retained by the board of a listed Swiss industrial group to find an interim Chief "
          "Restructuring Officer for 9 to 12 months, reporting to the chair. German and English essential; experience of a Nachlassstundung or a "
          "StaRUG process is a strong plus. Would you be open to a confidential conversation? Happy to share the brief under NDA."))
P("stranger_inmail_recruiter", "de", "Elke Vogl", "Intensivbetreuung & Sanierung | Landesbank Süd", "München",
  ("inm", "Anfrage CRO-Mandat Niederbayern", "Sehr geehrte/r Alex Morgan, wir begleiten als Hausbank einen Automobilzulieferer in Niederbayern durch "
          "die Restrukturierung. Die Gesellschafter sind bereit, einen CRO zu mandatieren, und haben uns um Vorschläge gebeten. Ihr Name wurde uns "
          "von Frau Mag. Huber empfohlen. Wären Sie offen, sich den Gesellschaftern vorzustellen?"))
P("stranger_inmail_recruiter", "de", "Günther Schachner", "Geschäftsführer | Schachner Hotels Salzkammergut", "Bad Ischl",
  ("inm", "Brauche Hilfe", "Sehr geehrte/r Alex Morgan, ich führe seit 22 Jahren drei Hotels im Salzkammergut. Seit Corona und den Energiepreisen "
          "geht es bergab, und die Bank will jetzt ein Sanierungskonzept sehen. Ein Bekannter hat Sie empfohlen. Könnten wir einmal telefonieren? "
          "Ich weiß ehrlich gesagt nicht, wo ich anfangen soll. Mfg G. Schachner"))
P("stranger_inmail_recruiter", "de", "Andrea Gisler", "Partnerin | Gisler Interim AG", "Zürich",
  ("inm", "Interim-COO Thurgau – per sofort", "Grüezi Alex Morgan. Ein Lebensmittelhersteller im Thurgau sucht per sofort eine Interim-COO oder einen "
          "Interim-COO für rund sechs Monate; zwei Werke, 450 Mitarbeitende, Margen unter Druck. Der Auftrag läuft exklusiv über uns, Honorar auf "
          "Tagesbasis. Hätten Sie diese Woche Zeit für ein erstes Gespräch? Freundliche Grüsse, Andrea Gisler"))

# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "de", "Benjamin Wolf", "Partner Relations | Interim-Börse DACH", "Stuttgart",
  ("inm", "Ihr Profil in der Interim-Börse", "Hallo Alex Morgan, Unternehmen suchen bei uns täglich nach Interim-Managern. Mit dem Gold-Profil "
          "(890 € im Jahr) stehen Sie ganz oben in den Suchergebnissen und erhalten Mandatsanfragen direkt. Darf ich Ihnen einen Testzugang einrichten?"),
  ("inm", "Nur noch bis Freitag: Gold-Profil -30 %", "Hallo Alex, kurze Info – die Aktion für das Gold-Profil endet am Freitag, danach gilt wieder der "
          "reguläre Preis. Soll ich Sie eintragen?", (6, 15)))
P("stranger_inmail_sales", "en", "Chloe Anderson", "Partnerships | ExecSpeak – speaking opportunities for senior executives", "London",
  ("inm", "Speaking slot at the Restructuring Europe Summit", "Hi Alex, we have one speaking slot left at the Restructuring Europe Summit in Vienna "
          "this spring. The speaker package is EUR 3,500 (session, lunch with delegates and the attendee lead list). Interested in locking it in?"))
P("stranger_inmail_sales", "de", "Markus Tschernutter", "Verkaufsleiter Österreich | SanierOffice – Software für Sanierungsberater", "Klagenfurt",
  ("inm", "Gläubigerlisten in Minuten statt Tagen", "Guten Tag Alex Morgan, SanierOffice erstellt Forderungsanmeldungen, Gläubigerlisten und "
          "Quotenberechnungen automatisch aus der Buchhaltung. Über 60 Kanzleien in Österreich arbeiten bereits damit. Hätten Sie Interesse an einer "
          "Online-Demo nächste Woche?"))

# =============================================================== good_turns_ugly
P("good_turns_ugly", "de", "Elena Bachmann", "Interim Managerin | Finanzen & Controlling", "Feldkirch",
  ("inv", "Hallo Alex, ich war bis letztes Jahr CFO bei einem Vorarlberger Textiler und bin jetzt auch im Interim-Geschäft. Ich habe eine Vorlage für "
          "Gläubigerpräsentationen gebaut, die ich gern mit Kollegen teile – Feedback willkommen!"),
  ("msg", "Hier ist die Vorlage, frei verwendbar. Mich würde interessieren, wie du die Quotenvergleiche darstellst – bei mir ist das noch hölzern."),
  ("msg", "Alex, kurze Neuigkeit: ich bin jetzt Partnerin bei einer Vermittlungsplattform für Interim-Manager. Für Kollegen wie dich gibt's das "
          "Premium-Jahresabo zum halben Preis, 690 statt 1.380 €. Soll ich dich gleich freischalten?", (30, 60)))
P("good_turns_ugly", "en", "Daniel Novak", "Restructuring Partner | Novak Advisory", "Vienna",
  ("inv", "Alex, we met at the insolvency practitioners' breakfast in Vienna – I was the one arguing the ReO is underused. I'm writing a short "
          "practitioners' note on it and would value your view on two points. Happy to send you the draft first."),
  ("msg", "As promised, the draft. Your point about the creditor committees was spot on, I've quoted it without your name. Feel free to share it."),
  ("end",),
  ("msg", "Hey Alex, I endorsed you for {skill} – would you mind endorsing me for Insolvency Law and Restructuring? I'm pitching for a panel slot "
          "and the organisers do look at these things."))
P("good_turns_ugly", "de", "Sebastian Hold", "Geschäftsführer | Hold & Partner Turnaround-Beratung", "Augsburg",
  ("inv", "Grüß Gott Herr Morgan, wir haben ein Mandat in Augsburg mit einer österreichischen Tochter in Wolfsberg. Dort bräuchte ich jemanden für die "
          "Standortanalyse, etwa 20 Tage. Interesse an einer Zusammenarbeit?"),
  ("msg", "Danke für das gute Gespräch gestern. Anbei die Eckdaten zur Tochter, die NDA schicke ich Ihnen per Mail."),
  ("msg", "Hallo Herr Morgan, unabhängig vom Projekt: wir bieten unseren Interim-Partnern jetzt ein Akquise-Paket an – Positionierung, "
          "Bankenmailing, zehn vermittelte Erstgespräche – für 4.900 € netto. Sollen wir das gleich mit dem Rahmenvertrag abschließen?", (25, 50)))

# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "de", "Alexander Sommer", "Business Development | CrisisDesk – Software für Restrukturierung", "München",
  ("inm", "CrisisDesk – 20 Minuten?", "Hallo Alex, CrisisDesk bündelt Liquiditätsplanung, Maßnahmencontrolling und Bankenreporting in einem Tool. "
          "Hätten Sie nächste Woche 20 Minuten für eine Demo?"),
  ("inv", "Hallo Alex, ich habe Ihren Vortrag beim Sanierungstag in Salzburg gehört, besonders der Teil über die Kommunikation mit der Belegschaft "
          "ist hängen geblieben. Würde mich freuen, in Kontakt zu bleiben."))
P("reinvite_known_bad", "en", "Claire Donovan", "Associate Director | Interim Talent Network", "London",
  ("inv", DEFAULT),
  ("inv", "Hi Alex, I've got a couple of DACH mandates coming up and your background looks like a strong fit. Would be good to be connected."))

# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "de", "Dietmar Prinz", "Vermögensberater | Finanzplanung für Selbständige", "Bregenz",
  ("inv", "Hallo Alex, ich sichere Interim-Manager gegen Einkommenslücken zwischen den Mandaten ab. Kurzer Austausch?"),
  ("inm", "Schade", "Herr Morgan, bemerkenswert, wie herablassend manche Berater mit Menschen umgehen, die ihnen helfen wollen. Eine kurze Absage "
          "hätte gereicht. Aber Anstand lernt man offenbar nicht im Turnaround-Geschäft."),
  ("inv", "Grüß Sie, Alex – ich war damals etwas forsch, Schwamm drüber. Über eine Vernetzung würde ich mich trotzdem freuen. Liebe Grüße aus dem Ländle"))
P("reinvite_known_ugly", "en", "Nathan Cole", "Founder | ScaleOps Consulting", "Berlin",
  ("inm", "A mandate that isn't mine – peer chat?", "Hi Alex, I'm an operations interim myself and I've been asked about a turnaround in Upper "
          "Austria that isn't really my thing. Would you be up for a quick peer chat? Might be a fit for you."),
  ("inm", "Re: peer chat", "Thanks for getting back to me. To be upfront, the real reason I reached out: I run a lead-gen programme for interim "
          "managers, three mandates a quarter guaranteed or your money back. It's EUR 4,800 for six months. Could I walk you through it tomorrow?", (2, 6)),
  ("inv", "Alex, let's connect – I post a lot of restructuring content you might find useful."))

# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "de", "Petra Winkler", "Partnerin | Winkler Executive Coaching", "Wien",
  ("acc",),
  ("msg", "Danke für die Vernetzung, Alex – schön, dass wir uns beim Netzwerkabend in der Wirtschaftskammer kennengelernt haben! Falls Sie bei einem "
          "Mandat Coaching für das Führungsteam brauchen: ich habe ein Paket für Sanierungsteams, fünf Sessions, pauschal 3.200 €. Ich schicke "
          "Ihnen gern die Unterlagen."))
P("user_invited_pitch_once", "en", "Ethan Rowe", "Head of DACH | PayBridge – supplier finance", "Munich",
  ("acc",),
  ("msg", "Thanks for connecting after the dinner, Alex! As I mentioned, PayBridge sets up supplier-finance lines in 10 days, even for companies "
          "under a restructuring plan. If one of your clients has suppliers tightening terms, I'd love 20 minutes to show you how it works."))

# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "de", "Gabriele Unterberger", "Vertriebsleiterin | Outplacement & Arbeitsstiftung | Joblinie GmbH", "Linz",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Einladung! Bei Personalabbau in Sanierungen übernehmen wir das Outplacement komplett, inklusive Abstimmung "
          "mit dem AMS und Arbeitsstiftung. Darf ich Ihnen unser Konzept schicken?"),
  ("msg", "Hallo Alex, anbei unser Angebot für Outplacement-Pakete (ab 2.900 € pro Person). Wann passt Ihnen ein Telefonat?", (8, 20)))
P("user_invited_pitch_twice", "de", "Marco Bernasconi", "Sales Manager | Alpina Datenraum – virtuelle Datenräume", "Lugano",
  ("acc",),
  ("msg", "Buongiorno Alex, danke fürs Annehmen! Für Distressed-M&A brauchen Sie Datenräume schnell – wir setzen einen in 24 Stunden auf, Hosting "
          "in der Schweiz. Darf ich Ihnen für das nächste Mandat eine Offerte machen? Cordiali saluti, Marco"),
  ("msg", "Grüezi Alex, ich habe ein Angebot vorbereitet: 3 Monate Datenraum, bis 20 Nutzer, CHF 4'900, gültig bis Monatsende. Passt ein kurzer "
          "Call diese Woche?", (7, 21)))

# =============================================================== user_invited_value
P("user_invited_value", "de", "Dr. Barbara Lenz", "Richterin i. R. | Lehrbeauftragte für Insolvenzrecht", "Linz",
  ("acc",),
  ("msg", "Danke für die Einladung, Alex. Wie versprochen die Folien meines Vortrags zur Restrukturierungsordnung und die Entscheidungssammlung "
          "des OLG Linz, von der ich erzählt habe. Verwenden Sie gern alles für Ihre Mandate, Quellenangabe genügt."))
P("user_invited_value", "de", "Michael Tanner", "Senior Credit Officer, Workout | Rheintal Kantonalbank", "Geneva",
  ("acc",),
  ("msg", "Thanks for the invite, Alex – good to put a face to the name after the lenders' meeting. I've passed your details to our workout team "
          "in Geneva, they keep a short list of interim CFOs they can suggest to borrowers. Expect a call from Sophie Dubois."), nl="en")
P("user_invited_value", "de", "Ursula Kainz", "Controllerin | ehem. Projektteam Kapfenberg", "Bruck an der Mur",
  ("acc",),
  ("msg", "Hallo Alex, danke fürs Vernetzen! Ich hab dir die Excel-Vorlage für den Personalkostenplan geschickt, die wir damals gebaut haben – "
          "inzwischen mit Kurzarbeit-Modul. Und falls du fürs nächste Projekt eine Controllerin brauchst: ab Juni bin ich frei."))

# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Johannes Pirker", "Leiter Firmenkunden Sanierung | Steirische Regionalbank", "Graz", ("acc",))
P("acceptance_only", "en", "Amelie Schwarz", "Counsel, Restructuring | Hartmann & Weil", "Stuttgart", ("acc",))
P("lone_endorsement", "de", "Thomas Egger", "ehem. Produktionsleiter | Egger Kunststoff", "Wolfsberg", ("end",))
P("lone_endorsement", "de", "Monika Brandstätter", "Assistentin der Geschäftsführung | Sanierungsprojekte", "Wien", ("end",))

cur("Andreas Kronawitter", "Oliver Brandt", "Ryan Mitchell", "Daniel Novak", "Dr. Barbara Lenz", "Günther Schachner", "Helen Brooks",
    "Priya Raman", "Nina Hofstätter", "Sarah Lindner", "Tanja Vuković", "Jasmin Kaya", "Chloe Anderson")

# LinkedIn caps an invitation note at 300 characters
for _sc, _lang, _name, _h, _loc, _nl, _steps in PEOPLE:
    for _st in _steps:
        if _st[0] == "inv" and _st[1] not in (DEFAULT, NONOTE):
            assert len(_st[1]) <= 300, (_name, len(_st[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Mag. Katharina Pichler", "k.pichler@pichler-partner.example.at", "Fortführung Metallbau – Eckdaten vorab",
     "Guten Tag,\n\nich habe Sie auch über LinkedIn kontaktiert, falls Sie dort selten hineinschauen: anbei vorab die Eckdaten zum Verfahren. "
     "Die erste Gläubigerversammlung ist in drei Wochen.\n\nMit freundlichen Grüßen\nMag. Katharina Pichler", "de"),
    ("Reto Brunner", "reto.brunner@brunner-interim.example.ch", "Teilmandat Vorarlberg",
     "Hoi Alex\n\nHabe dir auf LinkedIn geschrieben, hier noch das Organigramm. Melde dich, wenn du Fragen hast.\n\nGruss\nReto", "de"),
    ("Gläubigerschutz Aktuell", "newsletter@glaeubigerschutz.example.at", "Insolvenzstatistik 1. Halbjahr",
     "Die Unternehmensinsolvenzen sind im ersten Halbjahr erneut gestiegen. Die ausführliche Analyse finden Sie auf unserer Website – "
     "folgen Sie uns auch auf LinkedIn.", "de"),
    ("Steuerberatung Mayrhofer", "kanzlei@mayrhofer-stb.example.at", "Belege 2. Quartal",
     "Guten Tag,\n\nbitte senden Sie uns bis 15. die Belege für das 2. Quartal, auch die Rechnung für LinkedIn Premium – die ist als "
     "Betriebsausgabe absetzbar.\n\nBeste Grüße\nIhre Kanzlei Mayrhofer", "de"),
    ("Turnaround-Forum Alpenraum", "anmeldung@turnaround-forum.example.at", "Anmeldebestätigung Praxisforum Sanierung",
     "Danke für Ihre Anmeldung zum Praxisforum Sanierung in Innsbruck. Die Teilnahme ist kostenlos. Fotos der Veranstaltung teilen wir danach "
     "auf LinkedIn – wenn Sie nicht abgebildet werden möchten, sagen Sie bitte am Empfang Bescheid.", "de"),
    ("Thomas Leitgeb", "office@interim-circle.example.at", "Rechnung Mitgliedschaft Interim-Circle",
     "Hallo Alex,\n\nwie auf LinkedIn besprochen anbei die Rechnung über die Jahresmitgliedschaft. Zahlbar binnen 14 Tagen.\n\nLG Thomas", "de"),
    ("Harcourt Capital", "special.situations@harcourt.example.co.uk", "Project Edelweiss – NDA",
     "Dear Alex,\n\nfurther to my note on LinkedIn, please find the NDA for Project Edelweiss attached. Once signed, we'll open the data room.\n\n"
     "Kind regards\nFiona McLaren", "en"),
    ("Interim-Börse DACH", "service@interim-boerse.example.de", "Ihr Profil ist nur zu 40 % vollständig",
     "Hallo Alex Morgan, importieren Sie jetzt Ihr LinkedIn-Profil mit einem Klick und werden Sie für Unternehmen sichtbar. "
     "Upgrade auf Gold: 890 € im Jahr.", "de"),
    ("Google Calendar", "calendar-notification@google.example", "Einladung: Call Helen Brooks (LinkedIn) – Do 10:00",
     "Sie wurden eingeladen: Call Helen Brooks (LinkedIn InMail, CRO Schweiz)\nWann: Donnerstag 10:00 – 10:45\nVideo: Link folgt", "de"),
    ("Ursula Kainz", "ursula.kainz@example.at", "Personalkostenplan",
     "Hallo Alex,\n\ndie Datei war für LinkedIn zu groß, darum hier per Mail. Das Kurzarbeit-Blatt ist ganz hinten.\n\nLG Ursula", "de"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot seventy-sixth development corpus (dev76). Generated by scripts/make_corpus_dev76.py (seed {SEED}); do not edit by hand.",
          "# Alex as an interim manager and turnaround consultant in Vienna (Austria, Switzerland, southern Germany): peer interims and boutiques, "
          "placement agencies and paid pools, banks and insolvency lawyers, software vendors, coaches, ex-colleagues. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev76", SEED, PEOPLE, FOREIGN, spoofs=9, other=12, header=HEADER, eras=ERAS)
