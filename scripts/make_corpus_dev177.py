#!/usr/bin/env python3
"""Write mailbot's dev177 corpus: tests/corpus/dev177/*.eml + expected.toml.

The angle: April and May 2018 of Alex, CFO of a mid-size logistics company in Hamburg
(forwarding, trucking, a bonded warehouse). Their LinkedIn world: house banks and their
relationship managers, factoring and leasing sellers, ERP, invoice-scanning and treasury
software vendors, headhunters with real CFO roles, peers from forwarders, shipping lines and
port operators who share closing tips and templates (IFRS 16 ahead of 2019, the truck toll
extension of July 2018, GDPR in May 2018, S/4HANA migrations), fake invoices and CEO-fraud
attempts (spoofs and non-LinkedIn mail), and a rude insurance broker after a refusal.
Languages: north German (formal and casual, "Moin"), English from Danish and Dutch speakers,
some French and Spanish.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. Skills, job alerts, spoof pitches, the recipient's headline and
the two-month window are swapped in this process only. Every note was written from
shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev177.py              # writes tests/corpus/dev177
    python scripts/make_corpus_dev177.py --out DIR    # somewhere else
"""
from __future__ import annotations

import argparse
import sys
import types
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20180177

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the two months (this process only)
WIN_LO = datetime(2018, 4, 3, 6, 40, tzinfo=timezone.utc)
WIN_HI = datetime(2018, 5, 31, 20, 0, tzinfo=timezone.utc)
cs.GAPS.update({"rem": (4, 10), "acc": (0, 0), "end": (1, 7), "msg": (2, 9), "inm": (2, 9), "inv": (14, 22)})


def _window(steps) -> tuple[datetime, datetime]:
    """Where a story may start so that its last mail still lands inside the two months."""
    span = 0.0
    for step in steps[1:]:
        gap = step[-1] if isinstance(step[-1], tuple) else cs.GAPS[step[0]]
        span += gap[1] + 40000 / 86400
    hi = WIN_HI - timedelta(days=span)
    if hi <= WIN_LO:
        hi = WIN_LO + timedelta(hours=12)
    return WIN_LO, hi


# ------------------------------------------------------------------ a logistics CFO in Hamburg (this process only)
RHEAD = {"en": "CFO at Nordelbe Logistik GmbH", "de": "CFO bei Nordelbe Logistik GmbH", "fr": "Directeur financier chez Nordelbe Logistik GmbH",
         "es": "Director financiero en Nordelbe Logistik GmbH", "it": "CFO presso Nordelbe Logistik GmbH"}
SKILLS = {
    "en": ["Corporate Finance", "Treasury Management", "Financial Reporting", "IFRS", "Logistics", "Cash Management"],
    "de": ["Finanzwesen", "Controlling", "Treasury", "Jahresabschluss", "IFRS", "Logistik"],
    "fr": ["Finance d'entreprise", "Trésorerie", "Contrôle de gestion", "IFRS", "Logistique"],
    "es": ["Finanzas corporativas", "Tesorería", "Control de gestión", "NIIF", "Logística"],
    "it": ["Finanza aziendale", "Tesoreria", "Controllo di gestione", "IFRS", "Logistica"],
}
for _l in mc.L:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEAD[_l]

mc.LANGS[:] = ["de", "en", "de", "en", "de"]
mc.NAMES["de"] = (["Heike", "Sönke", "Maren", "Hinrich", "Telse", "Jörn", "Anke", "Fiete", "Silke", "Arne"],
                  ["Ohlsen", "Jürgensen", "Feddersen", "Harder", "Bruhn", "Stührk", "Wittorf", "Möhlmann", "Kähler", "Rickers"])
mc.NAMES["en"] = (["Mads", "Freja", "Thijs", "Lotte", "Kasper", "Ingrid", "Bram", "Nanna", "Gijs", "Astrid"],
                  ["Vestergaard", "Poulsen", "Bosman", "Kramer", "Lund", "Hoekstra", "Brandt", "Dekker", "Friis", "Verbeek"])
mc.CITY["de"] = ["Hamburg", "Bremen", "Kiel", "Lübeck", "Hannover", "Bremerhaven"]
mc.CITY["en"] = ["Copenhagen", "Aarhus", "Rotterdam", "Amsterdam", "Esbjerg", "Venlo"]
mc.JOBS[:] = [("CFO (m/w/d) Kontraktlogistik", "Weserhafen Gruppe"), ("Head of Finance Germany", "Kattegat Shipping A/S"),
              ("Kaufmännischer Leiter (m/w/d)", "Spedition Ostholstein"), ("Group Treasurer", "Maasport Terminals B.V."),
              ("Director Finance & Controlling", "Elbtunnel Cargo AG")]
mc.COMPANIES["good"] = ["Weserhafen Gruppe", "Kattegat Shipping A/S", "Maasport Terminals B.V.", "TU Hamburg", "Verband Nord Treasurer",
                        "Spedition Ostholstein", "Elbtunnel Cargo AG"]
mc.COMPANIES["sales"] = ["NordFactor", "TreasuryOne", "FlottenLease Nord", "BelegBlitz", "FXbridge", "Hanse Vermögen", "CargoCover"]
mc.HEADLINES["good"] = ["Leiter Finanzen bei {co}", "Head of Controlling at {co}", "Finance Director | {co}", "Treasurer bei {co}",
                        "Kaufmännische Leiterin | {co}"]
mc.HEADLINES["sales"] = ["Key Account Manager | {co}", "Sales Director DACH at {co}", "Business Development bei {co}",
                         "Helping CFOs free up cash | {co}", "Vertrieb Firmenkunden | {co}"]
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:linkedin-mail.co", "untrusted:mx.google.com",
                       "buried", "display:tradeco-supplies.example", "nodkim", "lookalike:xn--lnkedin-rfb.com", "wrongpass"]
SPOOF_PITCH = {
    "en": ["Dear {first}, your LinkedIn Premium Business invoice INV-2018-04417 is overdue. Please sign in and settle it today to avoid suspension.",
           "Hi {first}, the CEO shared a confidential payment instruction with you. Log in to view the document before 3 pm."],
    "de": ["Hallo {first}, Ihre Rechnung Nr. 80017734 für LinkedIn Recruiter ist seit 14 Tagen fällig. Melden Sie sich an, um die Zahlung zu bestätigen.",
           "Guten Tag {first}, Ihr Geschäftsführer hat Ihnen eine vertrauliche Überweisungsanweisung freigegeben. Bitte hier anmelden und heute noch ausführen."],
    "fr": ["Bonjour {first}, votre facture LinkedIn n° 2018-0419 est impayée. Connectez-vous pour régulariser avant suspension.",
           "Bonjour {first}, votre président vous a partagé un ordre de virement confidentiel. Connectez-vous pour le consulter."],
    "es": ["Hola {first}, su factura de LinkedIn n.º 55102 está vencida. Inicie sesión para abonarla hoy.",
           "Hola {first}, tu director general te ha compartido una orden de transferencia confidencial. Accede para verla."],
    "it": ["Gentile {first}, la sua fattura LinkedIn n. 7781 risulta scaduta. Acceda per saldarla oggi.",
           "Ciao {first}, l'amministratore delegato ti ha condiviso un ordine di bonifico riservato. Accedi per vederlo."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

retitle_other({
    "de": {"job": ("{n} neue Jobs für „CFO Logistik“", "Ihr Jobalarm für CFO Logistik in {city}"),
           "news": "Lkw-Maut auf allen Bundesstraßen: was Spediteure jetzt rechnen", "group": "Top-Diskussionen in Finanzen & Controlling in der Logistik",
           "newsletter": "Der Abschluss-Brief: IFRS 16 in der Spedition, Teil 3"},
    "en": {"job": ("{n} new jobs for \"CFO logistics\"", "Your job alert for CFO logistics in {city}"),
           "news": "Will GDPR slow down Europe's freight forwarders?", "group": "Top conversations in Shipping & Logistics Finance Europe",
           "newsletter": "Treasury Notes from the North Sea: FX hedging for forwarders"},
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "de", "Frauke Jessen", "Leiterin Finanzen & Controlling | Elbkai Spedition GmbH", "Hamburg",
  ("inv", "Moin Alex, wir sitzen beide im Arbeitskreis Finanzen der Logistik-Initiative. Ich hänge gerade an der Abgrenzung der "
          "Einfuhrumsatzsteuer im Monatsabschluss – darf ich Sie dazu mal kurz ausfragen? Gern bei einem Kaffee in der Speicherstadt."),
  ("rem",))
P("good_invitation", "en", "Mikkel Sørensen", "CFO | Fjordline Freight A/S", "Aarhus",
  ("inv", "Hi Alex, we met shortly at the dinner in Rotterdam. Six of us CFOs from forwarders are swapping our IFRS 16 lease templates "
          "before January, no consultants involved. I think you would fit in the group and it costs nothing. Interested?"), nl="en")
P("good_invitation", "de", "Dr. Hauke Brandt", "Partner | Brandt & Lohmann Executive Search", "Hamburg",
  ("inv", "Guten Tag Alex Morgan, im Auftrag einer inhabergeführten Reederei in Hamburg suche ich eine/n CFO (Nachfolgeregelung, Start "
          "Anfang 2019). Ihr Werdegang passt ausgesprochen gut. Wären Sie offen für ein vertrauliches Gespräch?"))
P("good_invitation", "de", "Wiebke Harms", "Sprecherin Regionalkreis Nord | Verband der Treasurer", "Hamburg",
  ("inv", "Hallo Alex, am 24. Mai trifft sich unser Regionalkreis Nord – Thema Zahlungsverkehr nach PSD2 und Cash Pooling im Mittelstand. "
          "Für Gäste kostenlos, danach Fischbrötchen an der Elbe. Soll ich Sie auf die Gästeliste setzen?"),
  ("rem",))
P("good_invitation", "en", "Sanne de Vries", "Finance Director Benelux | Kade Logistics B.V.", "Venlo",
  ("inv", "Hello Alex, Jens from your treasury team gave me your name. We both go to SAP S/4 next year and I would like to compare notes on "
          "migrating open items, honestly and without vendors at the table. Coffee when I'm in Hamburg in May?"))
P("good_invitation", "fr", "Camille Roussel", "Directrice administrative et financière | TransManche Logistique", "Le Havre",
  ("inv", "Bonjour Alex, je suis DAF d'un commissionnaire au Havre et nous avons un client commun. J'aimerais échanger sur votre façon de "
          "traiter les litiges de surestaries à la clôture. Je vous envoie volontiers notre procédure en retour."))
P("good_invitation", "de", "Jonas Petersen", "Head of Accounting | Hafenmühle AG", "Bremen",
  ("inv", "Moin! Lang nicht gesehen seit unserer Zeit in der Konzernbuchhaltung 😄 Wir machen im Juni ein Fast-Close-Frühstück unter "
          "Ehemaligen in Bremen, ohne Berater, jeder bringt einen Trick mit. Bist du dabei?"),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "de", "Torben Lüders", "Vertriebsleiter Nord | Nutzfahrzeug-Leasing", "Hamburg", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Pieter Bakker", "Account Manager | Logistics & Supply Chain", "Rotterdam", ("inv", DEFAULT))
P("default_invitation", "de", "Katharina Schwarz", "Business Development Managerin", "Hannover", ("inv", NONOTE))
P("default_invitation", "es", "Álvaro Medina", "Comercial | Financiación de flotas", "Valencia", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "de", "Sven Kröger", "Vertrieb Factoring | NordFactor GmbH", "Hamburg",
  ("inv", "Guten Tag, Speditionen warten im Schnitt 58 Tage auf ihr Geld. Mit unserem Full-Service-Factoring haben Sie die Liquidität nach "
          "24 Stunden, Delkredere inklusive. Darf ich Ihnen ein unverbindliches Angebot für Ihr Forderungsportfolio machen?"),
  ("rem",))
P("sales_invitation", "de", "Lasse Henningsen", "Key Account | Trailer- und Zugmaschinenleasing", "Neumünster",
  ("inv", "Moin Herr Morgan, Ihre Flotte steht sicher auch bald zur Erneuerung an. Wir machen Sale-and-lease-back für Auflieger mit "
          "Restwertgarantie – 20 Minuten am Telefon und Sie haben eine Indikation. Wann passt es Ihnen?"))
P("sales_invitation", "en", "Dennis Okafor", "Senior Account Executive | TreasuryOne Cloud", "London",
  ("inv", "Hi Alex, logistics CFOs keep telling us their cash forecast lives in 14 Excel sheets. TreasuryOne pulls all bank accounts via "
          "EBICS into one live dashboard. Could I book 30 min next week to show you?"))
P("sales_invitation", "en", "Bas Vermeulen", "Sales Director DACH | FXbridge Payments", "Amsterdam",
  ("inv", "Hi Alex, you pay Polish and Danish subcontractors in their own currency? We beat your bank's rate by up to 0.8%, no hidden fees. "
          "Happy to send you a side-by-side pricing comparison, just connect and I'll do it."),
  ("rem",))
P("sales_invitation", "de", "Julia Martens", "Beraterin | Branchenlösungen Spedition für SAP Business One", "Bremen",
  ("inv", "Hallo Herr Morgan, viele Speditionen stoßen mit dem Altsystem an Grenzen, gerade bei der Frachtabrechnung. Unser Branchentemplate "
          "löst das. Gern stelle ich es Ihnen in einer einstündigen Online-Präsentation vor."))
P("sales_invitation", "es", "Lucía Ferrer", "Ejecutiva de cuentas | CobraYa Recobros Internacionales", "Madrid",
  ("inv", "Hola Alex, recuperamos facturas impagadas de clientes en España y Portugal, sin coste si no cobramos. ¿Tienes 10 minutos para "
          "que te cuente cómo trabajamos con transitarios alemanes?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "de", "Henning Voss", "Gründer | CFO-Runde Norddeutschland", "Hamburg",
  ("inv", "Moin Alex, einmal im Quartal hole ich Finanzchefs aus Hafen und Logistik an einen Tisch – reiner Erfahrungsaustausch, Chatham House, "
          "nichts wird verkauft. Lust, beim nächsten Termin im Juni dabei zu sein?"),
  ("msg", "Danke fürs Vernetzen, Alex! Kurz vorab: Die Runde wird von unserem Partner Hanse Vermögensberatung getragen. Die Kollegen würden "
          "Ihnen gern in einem persönlichen Termin ein Konzept für Ihr privates Vermögen und Ihre Altersvorsorge vorstellen. Passt Dienstag um 10?"))
P("bait_and_switch_invitation", "en", "Ruud Hendriks", "Managing Partner | Supply Chain Finance Circle", "Utrecht",
  ("inv", "Hi Alex, I run a small circle of finance leaders from European forwarders, we swap DSO and working capital numbers twice a year. "
          "A view from Hamburg would be really valuable. Let's connect as fellow finance leaders?"),
  ("msg", "Great to be connected! To be honest our circle is powered by our reverse factoring platform, and I want to show you how members "
          "freed up 12 days of DSO. 30 minutes on Thursday?"),
  ("msg", "Hi Alex, sending the onboarding deck once more. Platform fee is waived till end of June for circle members, would be a pity to "
          "miss it. Shall I put you down for the demo?", (3, 8)))
P("bait_and_switch_invitation", "de", "Birte Claussen", "Controllerin | Autorin „Abschluss in 5 Tagen“", "Lüneburg",
  ("inv", "Hallo Alex, ich habe eine Checkliste für den Fast Close im Mittelstand geschrieben und verschenke sie an Finanzleiter, die mir "
          "ehrliches Feedback geben. Darf ich sie Ihnen schicken?"),
  ("msg", "Schön, dass es geklappt hat! Die Checkliste gehört zu unserem Online-Programm „Fast Close Academy“ – für Sie als Frühbucher "
          "1.490 € statt 1.990 €. Wenn Sie bis Freitag buchen, schalte ich den Zugang sofort frei."))
P("bait_and_switch_invitation", "en", "Anders Holm", "Partner | North Sea Logistics Finance Forum", "Esbjerg",
  ("inv", "Dear Alex, we are a small forum of CFOs in shipping and forwarding around the North Sea and I am inviting a few German peers "
          "to our June meeting in Esbjerg. No agenda except sharing experience. Would be glad to have you."),
  ("msg", "Hi Alex, thank you for accepting. To be open with you: besides the forum I work as a broker for cargo and liability insurance, and "
          "I am sure we can take 15-20% off your fleet premium. Could you send me your current policy schedule for a quote?"),
  ("msg", "Hello again Alex, did you find time to dig out the schedule? Renewals are coming and the underwriters need 4 weeks.", (4, 9)))
P("bait_and_switch_invitation", "es", "Gonzalo Ruiz", "Director | Club de Directores Financieros del Transporte", "Zaragoza",
  ("inv", "Hola Alex, en el Club reunimos a directores financieros del transporte de España y Alemania para compartir experiencias, sin coste. "
          "¿Te animas a sumarte?"),
  ("msg", "¡Gracias por conectar! Te cuento: en el Club colaboramos con un despacho que recupera el IVA de peajes y gasóleo en España. "
          "Cobramos solo el 18 % de lo recuperado. ¿Te preparo un estudio con vuestras facturas?"))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "de", "Oliver Schramm", "Research Director | Logistik-Benchmark Nord", "Hamburg",
  ("inm", "Kostenlose Benchmark-Studie: Finanzfunktion in der Logistik",
   "Guten Tag, für eine unabhängige Studie erheben wir Kennzahlen der Finanzabteilungen norddeutscher Logistiker (Abschlussdauer, FTE je "
   "Mio. Umsatz, DSO). Alle Teilnehmer bekommen den vollständigen Ergebnisbericht kostenlos. Darf ich Ihnen den Fragebogen schicken?"),
  ("inm", "Ihre Auswertung und der nächste Schritt",
   "Vielen Dank fürs Mitmachen! Ihre Auswertung zeigt deutliches Potenzial in der Kreditorenbuchhaltung. Unser Partner hat dafür eine "
   "Automatisierungslösung, die ich Ihnen gern in einer Demo zeige. Wann hätten Sie 45 Minuten?"))
P("bait_and_switch_inmail", "en", "Femke Jansen", "Community Lead | Women in Logistics Finance", "Amsterdam",
  ("inm", "Invitation: community for logistics finance people",
   "Hi Alex, we are building a community for finance people in logistics in Benelux and Germany: monthly online sessions, mentoring, a job "
   "board. We'd love to have you as a member or even a speaker!"),
  ("inm", "Next step",
   "Thanks for answering Alex! For companies, membership comes as a partner package of EUR 4,500 a year, with your logo on all our events. "
   "Shall I send the agreement to you or to your HR?"))
P("bait_and_switch_inmail", "fr", "Patrice Delmas", "Président | Cercle des DAF Transport & Logistique", "Lyon",
  ("inm", "Invitation au Cercle",
   "Bonjour Alex, le Cercle réunit des directeurs financiers du transport, en France et en Allemagne, autour d'un dîner par trimestre. "
   "Un membre nous a soufflé votre nom. Seriez-vous partant pour nous rejoindre ?"),
  ("inm", "Suite à votre réponse",
   "Merci pour votre retour. L'adhésion au Cercle passe par notre audit des frais généraux, rémunéré au succès (35 % des économies "
   "réalisées). Puis-je vous appeler pour caler une première visite à Hambourg ?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "de", "Malte Sievers", "Bilanzbuchhalter (IHK) | freiberuflich", "Pinneberg",
  ("end",),
  ("msg", "Moin Alex, hab dich mal für {skill} bestätigt 🙂 Wärst du so nett und bestätigst mir im Gegenzug Bilanzierung und DATEV? "
          "Bin gerade auf Projektsuche, das hilft ungemein."))
P("endorse_me_back", "en", "Jeroen Smit", "Interim Finance Manager", "Breda",
  ("end",), ("end",),
  ("msg", "Hi Alex, I endorsed you for {skill} and for one more skill. Could you return the favour and endorse me for Interim Management "
          "and Transfer Pricing? I am polishing my profile because I'm looking for a new assignment. Thanks a lot!"), nl="en")
P("endorse_me_back", "es", "Ana Belén Torres", "Controller financiera | Transporte y logística", "Bilbao",
  ("end",),
  ("msg", "Hola Alex, te validé {skill} la semana pasada 😊 ¿Me validarías tú Control de gestión y SAP FI? Me vendría genial ahora que "
          "estoy buscando cambio. ¡Mil gracias!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "de", "Kai-Uwe Brinkmann", "Versicherungsmakler | Transport & Logistik", "Hamburg",
  ("inv", "Hallo Alex, als unabhängiger Makler vergleiche ich Ihre Verkehrshaftungs- und Flottenversicherung mit 30 Gesellschaften. "
          "Ein kurzer Termin lohnt sich garantiert."),
  ("rem",),
  ("inm", "Ihre Absage",
   "Herr Morgan, Ihre Assistentin hat mir ausgerichtet, Sie hätten „kein Interesse“. Nicht mal persönlich absagen, und die Anfrage hier "
   "lassen Sie einfach liegen. So geht man unter Kaufleuten in Hamburg nicht miteinander um. Bei Ihrer Schadenquote werden Sie sich noch "
   "wundern, wer Sie dann noch versichert."))
P("hostility_after_decline", "en", "Kevin Dijkstra", "Business Development | CargoCover Credit Insurance", "Rotterdam",
  ("inv", "Hi Alex, credit insurance on your receivables with better terms than your current insurer, I am quite sure. Open for a call?"),
  ("inm", "Really?",
   "Alex, you ignore my invite and don't even answer my question. With this attitude I'm not surprised German forwarders lose business to "
   "us Dutch. Good luck with your bad debts."))
P("hostility_after_decline", "de", "Christian Wolters", "Finanzberater für Führungskräfte", "Lübeck",
  ("inv", DEFAULT),
  ("inm", "Ignoriert?",
   "Sie halten sich wohl für was Besseres. Ich wollte Ihnen helfen, Steuern zu sparen, und Sie klicken mich einfach weg. Das ist "
   "unprofessionell, Herr Morgan, schlicht unprofessionell."))
P("hostility_after_decline", "es", "Javier Castaño", "Bróker de cargas | Iberia Cargo Partners", "Madrid",
  ("inv", "Hola Alex, tenemos camiones libres cada semana en la ruta Madrid-Hamburgo a muy buen precio. ¿Hablamos?"),
  ("inm", "Sin respuesta",
   "Alex, te escribí con respeto y me rechazas sin decir ni una palabra. Qué falta de educación. Luego os quejáis de que los transportistas "
   "no quieren trabajar con vosotros."))


# =============================================================== hostility_connection
P("hostility_connection", "de", "Rainer Stoltenberg", "Inhaber | Stoltenberg Unternehmensberatung", "Kiel",
  ("msg", "Hallo Alex, für Speditionen biete ich eine Kostenstellenanalyse zum Festpreis an (6.900 € netto). Sollen wir nächste Woche "
          "telefonieren?"),
  ("msg", "Nachdem Sie auf meine Nachricht nicht einmal reagiert haben, erlaube ich mir eine Anmerkung: Ihre Art ist arrogant. Wer so mit "
          "Dienstleistern umgeht, braucht sich über schlechten Service nicht zu wundern. Ihrer Geschäftsführung werde ich das bei "
          "Gelegenheit auch sagen.", (5, 12)))
P("hostility_connection", "en", "Rasmus Kjær", "Sales Manager | Baltic Fuel Cards ApS", "Copenhagen",
  ("acc",),
  ("msg", "Hi Alex, nice to connect after the dinner at the consulate. We can give your trucks fuel cards with 4 cent discount on diesel in "
          "Denmark and Sweden. Shall I send the contract?"),
  ("msg", "Alex, you said at the dinner I should send an offer, and now your assistant writes 'no thanks' and you don't answer at all. "
          "Honestly that is not how we do business in Scandinavia. Very rude and disappointing.", (4, 9)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "de", "Marco Riemann", "Senior Sales | BelegBlitz Rechnungseingang", "Hamburg",
  ("msg", "Hallo Alex, GoBD und ab 25. Mai die DSGVO im Rechnungseingang – wir digitalisieren Ihre Eingangsrechnungen inklusive "
          "Freigabe-Workflow. Darf ich Ihnen ein Angebot schicken?"),
  ("msg", "Hallo Alex, kurz nachgehakt: Bis Ende Mai gibt es drei Monate gratis. Wann passt ein 20-Minuten-Termin?"))
P("connection_only_pitches", "de", "Yvonne Tiedemann", "Private Banking | Hanse Vermögen", "Hamburg",
  ("msg", "Hallo Alex, als Finanzchef kümmern Sie sich den ganzen Tag um das Geld anderer. Wer kümmert sich um Ihres? Unsere "
          "Vermögensverwaltung ab 250.000 € – darf ich Sie zu einem Kennenlernen einladen?"),
  ("msg", "Ich melde mich noch einmal wegen des Gesprächs. Gerade bei den Niedrigzinsen lohnt sich ein zweiter Blick auf Ihre Anlage. "
          "Hätten Sie nächste Woche eine halbe Stunde?"),
  ("msg", "Kleine Erinnerung an unseren Anlegerabend am 7. Juni mit Vorstellung unserer neuen Fonds. Soll ich Ihnen einen Platz "
          "reservieren?"))
P("connection_only_pitches", "en", "Daan Visser", "Business Developer | PalletPay", "Eindhoven",
  ("msg", "Hey Alex! PalletPay settles your pallet exchange balances with all carriers automatically, no more write-offs at year end. "
          "Can I show you a 15 min demo?"),
  ("msg", "Hi Alex, quick bump on this. We just signed two forwarders in Hamburg, happy to share pricing for you as well. Tomorrow 11:00?"))
P("connection_only_pitches", "fr", "Sébastien Marchand", "Ingénieur commercial | TrésoLink", "Paris",
  ("msg", "Bonjour Alex, TrésoLink centralise vos relevés bancaires de toutes vos filiales et prépare vos prévisions de trésorerie en "
          "automatique. Je peux vous faire une démo en visio cette semaine ?"),
  ("msg", "Bonjour Alex, je me permets de relancer : nous avons une offre de lancement pour l'Allemagne jusqu'au 30 juin. Un créneau "
          "mardi ou jeudi ?"))


# =============================================================== single_pitch
P("single_pitch", "de", "Nils Rathjen", "Firmenkundenbetreuer | Elbsparkasse", "Hamburg",
  ("msg", "Hallo Alex, wir haben unsere Konditionen für Investitionskredite gerade angepasst, für Lkw-Finanzierungen ab 1,4 % effektiv. "
          "Wenn Sie bei der nächsten Flottenerneuerung vergleichen wollen, schicke ich Ihnen gern ein Angebot."))
P("single_pitch", "en", "Signe Thorsen", "Sales | Nordic Payroll Services", "Copenhagen",
  ("msg", "Hi Alex, with your drivers crossing into Denmark you need to report under the Danish posting rules now. We take care of the "
          "registration and payroll for a fixed monthly fee. Should I send you our price list?"))
P("single_pitch", "es", "Elena Navarro", "Consultora | Subvenciones y fondos UE", "Barcelona",
  ("msg", "Hola Alex, vi que vuestra empresa abre almacén en Tarragona. Tramitamos subvenciones de la Generalitat para naves logísticas y "
          "cobramos solo a éxito. ¿Te llamo y lo vemos?"))
P("single_pitch", "de", "Tim Brockmann", "IT-Security Berater | Awareness & Phishing-Simulation", "Bremen",
  ("msg", "Hallo Alex, CEO-Fraud trifft gerade reihenweise Speditionen. Wir bieten ein eintägiges Awareness-Training für Buchhaltungsteams "
          "an (2.900 € pauschal, inkl. Phishing-Test). Interesse an einem Termin vor der Sommerpause?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "de", "Gesa Hinrichs", "Kaufmännische Leiterin | Hinrichs Kühllogistik", "Bremerhaven",
  ("msg", "Moin Alex, wie versprochen unsere Checkliste für den Quartalsabschluss. Vor allem die Reihenfolge bei den Frachtabgrenzungen hat "
          "uns zwei Tage gespart. Nimm dir raus, was passt. Und wenn du den Kontakt zu unserem Steuerberater wegen der Maut-Erstattung "
          "brauchst, sag Bescheid."),
  ("msg", "Noch ein Nachtrag: Die Zollverwaltung hat das Merkblatt zur Aufschubzahlung aktualisiert, Seite 3 betrifft deinen "
          "Bonded-Warehouse-Fall. Hab's dir als PDF angehängt."))
P("connection_brings_value", "en", "Marieke van Dijk", "Group Controller | Rhine Barge Holding", "Nijmegen",
  ("end",),
  ("msg", "Hi Alex, following our chat at the port day: attached the template we use for intercompany reconciliation over our 9 entities. "
          "It took our close from 8 to 5 days. Use it as you like and shout if something is unclear."), nl="en")
P("connection_brings_value", "de", "Christoph Albers", "CFO | Albers Schwerlast GmbH & Co. KG", "Hamburg",
  ("msg", "Hallo Alex, kleiner Tipp unter Kollegen: Das neue BMF-Schreiben zur Umsatzsteuer bei grenzüberschreitenden Beförderungen ist "
          "draußen, Rz. 14 betrifft uns beide direkt. Ich hab dir die Stelle markiert. Wenn du magst, klönen wir nächste Woche kurz drüber."))
P("connection_brings_value", "en", "Mette Kristensen", "Head of Treasury | Skagen Container Lines", "Copenhagen",
  ("msg", "Hi Alex, as promised the short memo from our bank about how they will handle instant payments in DKK and EUR, interesting for "
          "your cash pooling I think. And our treasury meetup in Copenhagen on 14 June is free, you are very welcome to come."), nl="en")
P("connection_brings_value", "es", "Isabel Ortega", "Directora financiera | Terminal Marítima del Ebro", "Tarragona",
  ("msg", "Hola Alex, te paso el contacto de la asesora que nos llevó la devolución del IVA a no establecidos; lo resolvió rápido y "
          "sin líos. Dile que vas de mi parte. Y si venís a Tarragona con el almacén, os presento al director del puerto."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "de", "Stefanie Wolf", "Senior Consultant | Finance Executive Search", "Hamburg",
  ("inm", "CFO (m/w/d) – familiengeführte Kontraktlogistik, Bremen",
   "Guten Tag Alex Morgan, ich betreue exklusiv die Suche nach einer/einem CFO für eine familiengeführte Kontraktlogistik (450 Mio. € "
   "Umsatz) in Bremen. Schwerpunkte: Finanzierung neuer Standorte, Einführung IFRS, Aufbau eines Treasury. Hätten Sie Interesse an einem "
   "vertraulichen Austausch? Die Stellenbeschreibung schicke ich gern vorab."))
P("stranger_inmail_recruiter", "en", "Lars Mikkelsen", "Partner | Nordic Executive Partners", "Copenhagen",
  ("inm", "CFO role - Danish shipping group, German subsidiary",
   "Dear Alex, I'm retained by a Danish shipping group to find the CFO for their German subsidiary in Hamburg (1,200 people). German and "
   "English are needed, Danish not. Package around EUR 240k plus bonus. Would you be open for a confidential talk, maybe this week?"))
P("stranger_inmail_recruiter", "en", "Willem de Boer", "Executive Recruiter | Interim & Permanent Finance", "Rotterdam",
  ("inm", "Interim CFO - 6 months - Rotterdam",
   "Hello Alex, for a port operator in Rotterdam I am looking for an interim CFO for six months from September, to lead a carve-out. "
   "Maybe not for you, but perhaps you know someone? Either way a short reply would be appreciated. Kind regards, Willem"))
P("stranger_inmail_recruiter", "fr", "Hélène Bonnet", "Chasseuse de têtes | Finance & Supply Chain", "Lyon",
  ("inm", "Directeur financier groupe – logistique",
   "Bonjour Alex, je recrute le directeur financier d'un groupe logistique français (900 M€, sous LBO) qui ouvre une filiale en "
   "Allemagne. Poste basé à Lyon avec des déplacements réguliers à Hambourg. Seriez-vous ouvert à en parler ?"))
P("stranger_inmail_recruiter", "de", "Jan-Hendrik Möller", "Personalberater | Logistik & Transport", "Kiel",
  ("inm", "Kaufmännische Geschäftsführung – Fährhafen Kiel",
   "Moin Herr Morgan, für einen Fähr- und Ro-Ro-Terminalbetreiber in Kiel suche ich die kaufmännische Geschäftsführung (Nachfolge, "
   "Alleinverantwortung Finanzen, IT und Personal). Ich würde mich über ein kurzes Telefonat freuen – gern auch abends."))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "de", "Florian Beck", "Senior Account Executive | CashWise Treasury", "München",
  ("inm", "Liquiditätsplanung in 10 Minuten statt 2 Tagen",
   "Hallo Herr Morgan, die meisten Logistik-CFOs, mit denen wir sprechen, bauen ihre 13-Wochen-Planung noch händisch. CashWise macht das "
   "automatisch aus Ihren Kontoauszügen. Darf ich Ihnen das in 20 Minuten zeigen?"))
P("stranger_inmail_sales", "en", "Joris Kuipers", "Account Manager | FleetCarbon", "Amsterdam",
  ("inm", "Carbon accounting for your trucks",
   "Hi Alex, your customers will soon ask for CO2 per shipment. FleetCarbon calculates it from your telematics data in one click. "
   "Would you like a demo with your own numbers?"),
  ("inm", "Re: Carbon accounting for your trucks",
   "Hi Alex, just checking you saw my note. We're giving 3 months free to the first 10 German forwarders. Can I reserve a slot?"))
P("stranger_inmail_sales", "de", "Nadine Grote", "Vertrieb | Gabelstapler-Miete & -Leasing", "Hannover",
  ("inm", "Flurförderzeuge für Ihr Lager",
   "Guten Tag, für Ihr neues Zolllager bieten wir Stapler im Full-Service-Leasing an, Wartung und Ersatzgerät inklusive. Gern sende ich "
   "Ihnen ein Angebot. Mit wem darf ich sprechen?"))
P("stranger_inmail_sales", "es", "Manuel Ortiz", "Director comercial | Confirming y financiación de facturas", "Sevilla",
  ("inm", "Financiación para vuestros clientes españoles",
   "Estimado Alex: ofrecemos confirming y anticipo de facturas para empresas con clientes en España, con aprobación en 48 horas. "
   "¿Podemos agendar una llamada para presentarle nuestras condiciones?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "de", "Dirk Hansen", "Leiter Finanzen | Spedition Hansen & Söhne", "Stade",
  ("inv", "Moin Alex, wir haben beide mit der Umstellung auf IFRS 16 zu tun. Ich hab ein Excel-Modell für Hallenmietverträge gebaut und "
          "würde es gern mit jemandem gegenprüfen. Du bekommst es natürlich auch."),
  ("msg", "Hier das Modell, wie versprochen. Danke auch für deinen Hinweis zur Zinsstaffel, das war Gold wert!"),
  ("msg", "Hallo Alex, ich hab mich übrigens selbstständig gemacht und biete IFRS-16-Umstellungen als Projekt an (Tagessatz 1.200 €). "
          "Könntest du mich bei euch für die Umsetzung ins Spiel bringen? Ich stelle mich auch gern mal bei euch vor.", (5, 12)))
P("good_turns_ugly", "en", "Eva Nielsen", "Head of Finance | Jutland Road Freight", "Kolding",
  ("inv", "Hello Alex, I saw your comment on the post about the German truck toll from July. We calculated it for our Danish trucks "
          "going through Germany and I'm happy to share the model, it's not a secret. Let's connect?"),
  ("msg", "Here is the file. Toll rates by axle class are in tab 2, I hope it saves you a few hours."),
  ("end",),
  ("msg", "Hi Alex, a small favour: I endorsed you for {skill}, would you endorse me back for Financial Planning and Budgeting? I'm "
          "applying for a CFO job in Aarhus. Thank you!"), nl="en")
P("good_turns_ugly", "de", "Bastian Krüger", "Treasury Manager | Hafenbahn Logistik", "Hamburg",
  ("inv", "Hallo Alex, ich habe gesehen, dass Sie auch vor der Cash-Pooling-Frage mit der Hausbank stehen. Wir haben das letztes Jahr "
          "durchgezogen – gern erzähle ich Ihnen, worauf wir hereingefallen sind, damit es Ihnen nicht passiert."),
  ("msg", "Wie besprochen meine Stichpunkte zum Cash Pooling: Zinsmethode, Steuerfolgen, Meldewesen. Die Bankgebühren haben wir am Ende um "
          "ein Drittel gedrückt."),
  ("msg", "Hallo Alex, ich bin seit Mai nebenbei Repräsentant für eine Vermögensverwaltung. Darf ich Ihnen unser Konzept für "
          "Unternehmer und Führungskräfte vorstellen? Ein Abendtermin bei Ihnen im Büro wäre ideal.", (6, 12)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "de", "Jens Ahlers", "Inkasso für Transport und Logistik", "Hamburg",
  ("inv", "Guten Tag, wir sind spezialisiert auf Forderungsmanagement für Speditionen und holen offene Frachtrechnungen schnell rein. "
          "Darf ich Ihnen unsere Konditionen vorstellen?"),
  ("inv", "Hallo Alex, wir waren beide beim Logistik-Stammtisch im Hafenklub. Würde mich freuen, in Kontakt zu bleiben."))
P("reinvite_known_bad", "en", "Joost van Leeuwen", "Sales Manager | Dock Scheduling Software", "Den Haag",
  ("inm", "Your warehouse ramps",
   "Hi Alex, trucks waiting at your ramps cost you money every hour. Our slot booking tool cuts waiting time by 40%. Can I show you?"),
  ("inv", "Hello Alex, nice to see you at the port day last week. Let's stay in touch!", (10, 20)))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "de", "Ulf Carstens", "Geschäftsführer | Carstens Finanzierungsvermittlung", "Norderstedt",
  ("inv", "Hallo Alex, ich vermittle Betriebsmittelkredite und Leasing für Speditionen – ohne Ihre Hausbank. Kurzes Gespräch?"),
  ("inm", "Nochmal",
   "Keine Antwort ist auch eine Antwort. Aber typisch: Erst jammern die Spediteure über die Banken, und wenn jemand hilft, ist man sich zu "
   "fein. Viel Glück bei Ihrer nächsten Kreditverhandlung."),
  ("inv", "Hallo Alex, Schwamm drüber – war ein blöder Tag. Vernetzen wir uns trotzdem?", (10, 18)))
P("reinvite_known_ugly", "es", "Rodrigo Salas", "Presidente | Foro Europeo de Finanzas Logísticas", "Madrid",
  ("inm", "Invitación al Foro", "Hola Alex, te invitamos a formar parte del Foro, un espacio para que directores financieros de logística "
   "compartan buenas prácticas. Sería un placer contar contigo."),
  ("inm", "Alta en el Foro", "Gracias por tu interés. Para completar tu alta, la cuota de miembro es de 1.200 € al año e incluye una "
   "consultoría de costes con nuestro socio. Te paso el enlace de pago."),
  ("inv", "Hola Alex, me gustaría tenerte en mi red.", (10, 18)))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "de", "Kerstin Lohse", "Firmenkundenbetreuerin | Hanseatische Handelsbank", "Hamburg",
  ("acc",),
  ("msg", "Danke für die Einladung, Alex! Weil Sie nach der Avallinie gefragt hatten: Wir hätten außerdem ein neues Cash-Management-Paket "
          "mit EBICS und Sammelüberweisungen. Darf ich Ihnen das in einem Termin vorstellen?"))
P("user_invited_pitch_once", "en", "Niels Brouwer", "Director Sales | FreightLog ERP", "Rotterdam",
  ("acc",),
  ("msg", "Thanks for the invite Alex, good to meet at the conference. As you mentioned your ERP is end of life: ours is built for "
          "forwarders and we migrate in 6 months fixed price. Shall we plan a demo for your team?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "de", "Tobias Reimers", "Regionalvertrieb | FlottenLease Nord", "Hamburg",
  ("acc",),
  ("msg", "Danke fürs Vernetzen nach dem Branchentreff! Falls bei Ihnen demnächst Zugmaschinen anstehen: Wir haben gerade sehr "
          "attraktive Leasingraten, Wartung inklusive. Soll ich Ihnen für 20 Fahrzeuge ein Angebot rechnen?"),
  ("msg", "Hallo Alex, ich hab das Angebot mal vorbereitet, gültig bis 31. Mai. Wann darf ich vorbeikommen und es erläutern?"))
P("user_invited_pitch_twice", "fr", "Mathilde Girard", "Responsable grands comptes | Affacturage Europe", "Paris",
  ("acc",),
  ("msg", "Merci pour l'invitation, Alex ! Pour votre filiale française, nous proposons un affacturage confidentiel à 0,35 % de "
          "commission. Je peux vous envoyer une proposition ?"),
  ("msg", "Bonjour Alex, je reviens vers vous pour notre proposition. Nos conditions sont garanties jusqu'à fin mai. Un appel jeudi ?"))


# =============================================================== user_invited_value
P("user_invited_value", "de", "Prof. Dr. Ines Hartmann", "Professorin für Logistikcontrolling | TU Hamburg", "Hamburg",
  ("acc",),
  ("msg", "Danke für die Anfrage! Anbei der Link zu unserer Studie zum Working Capital in der Kontraktlogistik, frei verfügbar. "
          "Wir suchen außerdem Praxispartner für Masterarbeiten – wenn Sie ein Thema haben, betreuen wir das gern gemeinsam."))
P("user_invited_value", "en", "Søren Dahl", "CFO | North Sea Ro-Ro A/S", "Esbjerg",
  ("acc",),
  ("msg", "Hi Alex, thanks for inviting. As promised after the panel, here is how we structured our bunker hedging, including the board "
          "memo. Take what is useful. If you are in Esbjerg, my door is open."), nl="en")
P("user_invited_value", "es", "Laura Sánchez", "Responsable de tesorería | Grupo Logístico Cantábrico", "Santander",
  ("acc",),
  ("msg", "¡Gracias por la invitación, Alex! Te adjunto la plantilla que usamos para conciliar las cuentas de aduanas al cierre; nos "
          "ahorra medio día cada mes. Si quieres, lo comentamos por teléfono cuando te venga bien."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Hinnerk Wulf", "Prokurist | Hafenlogistik Cuxhaven", "Cuxhaven", ("acc",))
P("acceptance_only", "en", "Thijs Mulder", "Finance Manager | Barge Connect", "Rotterdam", ("acc",))
P("lone_endorsement", "de", "Jana Möller", "Bilanzbuchhalterin | Nordelbe Logistik", "Hamburg", ("end",))
P("lone_endorsement", "en", "Bo Andersen", "Controller | Aalborg Haulage", "Aalborg", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("IT-Sicherheit Nordelbe", "it-sicherheit@nordelbe-logistik.example", "Warnung: CEO-Fraud-Versuche in der Buchhaltung",
     "Liebe Kolleginnen und Kollegen,\n\ndiese Woche gab es zwei Versuche, im Namen der Geschäftsführung Eilüberweisungen auszulösen. "
     "Die Täter kennen Namen und Funktionen aus LinkedIn. Bitte jede Zahlungsanweisung telefonisch rückbestätigen.\n\nIT-Sicherheit", "de"),
    ("Dr. Jens Petersen", "j.petersen@nordelbe-logistik.co", "Vertraulich: Akquisition – dringende Überweisung",
     "Alex,\n\nwie auf LinkedIn schon angedeutet, sind wir in einer vertraulichen Übernahme. Bitte heute noch 184.500 EUR an den Notar "
     "überweisen, Details folgen. Bitte mit niemandem darüber sprechen.\n\nJens", "de"),
    ("Debitorenbuchhaltung", "buchhaltung@kuehne-logistic.example", "Geänderte Bankverbindung – Rechnung 2018-3381",
     "Sehr geehrte Damen und Herren,\n\nbitte beachten Sie unsere neue Bankverbindung ab sofort. Die offene Rechnung bitte auf das neue "
     "Konto überweisen. Unsere Ansprechpartner finden Sie auch auf LinkedIn.", "de"),
    ("Frauke Jessen", "f.jessen@elbkai-spedition.example", "EUSt-Abgrenzung",
     "Moin Alex,\n\nich hab dir auch auf LinkedIn geschrieben – falls du da selten reinschaust: Hast du nächste Woche 20 Minuten?\n\nFrauke", "de"),
    ("Hanseatische Handelsbank", "firmenkunden@hh-handelsbank.example", "Ihre Avallinie – Unterlagen",
     "Guten Tag,\n\nanbei die Unterlagen zur Erhöhung der Avallinie. Frau Lohse ist auch über LinkedIn erreichbar.", "de"),
    ("Mikkel Sørensen", "mikkel.sorensen@fjordline.example", "IFRS 16 templates group",
     "Hi Alex,\n\nI also sent you a LinkedIn invite. The next call of the six CFOs is on 22 May, dial-in below.\n\nBest regards, Mikkel", "en"),
    ("XING", "mailrobot@mail.xing.example", "Neue Kontaktanfrage",
     "Hallo Alex,\n\nSie haben eine neue Kontaktanfrage. Tipp: Verknüpfen Sie auch Ihre Profile von LinkedIn und XING.", "de"),
    ("Logistik-Initiative Hamburg", "events@logistik-initiative.example", "Einladung Arbeitskreis Finanzen, 17. Mai",
     "Sehr geehrte Mitglieder,\n\nzum nächsten Arbeitskreis laden wir herzlich ein. Fotos der letzten Sitzung finden Sie auf unserer "
     "LinkedIn-Seite.", "de"),
    ("Sanne de Vries", "s.devries@kade-logistics.example", "S/4 migration - coffee in May",
     "Hi Alex,\n\nmy LinkedIn invite may have landed in your spam. I'll be in Hamburg on 16 May, does 9:00 work?\n\nSanne", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot dev177 corpus. Generated by scripts/make_corpus_dev177.py (seed {SEED}); do not edit by hand.",
          "# April and May 2018 of the CFO of a Hamburg logistics company: banks, factoring and leasing sellers, ERP and treasury vendors, "
          "headhunters with real roles, peers sharing closing tips, fake invoices and CEO fraud, a rude broker after a refusal; north German, "
          "English from Danish and Dutch speakers, some French and Spanish. Same format as tests/corpus/dev."]
ERAS = {s[2]: ("2016" if i % 3 == 0 else "cur") for i, s in enumerate(PEOPLE)}


class Li177(mc.LinkedInMail):
    """The older layout's footer carries the year of the mail (2018), not 2016."""

    def footer(self, lang, era, recv, template, year, rname=mc.RECIPIENT[0]):
        text, html = super().footer(lang, era, recv, template, year, rname)
        if era == "2016":
            text = text.replace("© 2016 ", f"© {year} ")
            html = [h.replace("© 2016 ", f"© {year} ") for h in html]
        return text, html


class Stories177(cs.EraStories):
    """Stories inside April and May 2018: each starts early enough for its last mail to land in the window."""

    def __init__(self, seed, stories, foreign, eras):
        super().__init__(seed, stories, foreign, eras)
        self.li = Li177(self.g, self.b)
        self.window: tuple[datetime, datetime] | None = None
        corpus = self

        def start_date(g, era: str) -> datetime:
            lo, hi = corpus.window or (WIN_LO, WIN_HI)
            corpus.window = None
            return lo + timedelta(seconds=g.r.randint(0, int((hi - lo).total_seconds())))
        self.g.start_date = types.MethodType(start_date, self.g)

    def story(self, scenario, lang, name, headline, location, nl, steps):
        self.window = _window(steps)
        return super().story(scenario, lang, name, headline, location, nl, steps)


def check_notes() -> None:
    names = [s[2] for s in PEOPLE]
    assert len(names) == len(set(names)), "duplicate person"
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        assert scenario in cs.OUTCOME, scenario
        for step in steps:
            if step[0] == "inv" and step[1] not in (DEFAULT, NONOTE):
                assert len(step[1]) <= 300, (name, len(step[1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev177")
    args = ap.parse_args()
    check_notes()
    c = Stories177(SEED, PEOPLE, FOREIGN, ERAS)
    c.make_people()
    c.make_spoofs(10)
    c.make_other(14)
    c.make_foreign()
    first, last = min(m.date for m in c.mails), max(m.date for m in c.mails)
    assert WIN_LO <= first and last <= WIN_HI + timedelta(hours=12), (first, last)
    cs.write(c, args.out, HEADER)
    print(f"mails: {len(c.mails)}  people: {len(c.people)} (+{len(c.spoof_people)} spoof-only names)  dates: {first:%Y-%m-%d} to {last:%Y-%m-%d}")
    print("scenarios (people):", dict(sorted(Counter(p.scenario for p in c.people).items())))
    print("scenarios (mails):", dict(sorted(Counter(m.scenario for m in c.mails).items())))
    print("folders:", dict(sorted(Counter(m.folder for m in c.mails).items())))
    print("languages (mails):", dict(sorted(Counter(m.language for m in c.mails).items())))
    print("languages (people):", dict(sorted(Counter(p.lang for p in c.people).items())))
    print("kinds:", dict(sorted(Counter(m.kind for m in c.mails).items())))
    print("recommendations:", dict(sorted(Counter(p.recommendation for p in c.people).items())))


if __name__ == "__main__":
    main()
