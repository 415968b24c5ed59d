#!/usr/bin/env python3
"""Write mailbot's hundredth, independent development corpus: tests/corpus/dev100/*.eml + expected.toml.

The angle: the user Alex is managing director of MOTUS Physiotherapie & Sportmedizin, a chain of
physiotherapy and sports-medicine clinics with sites in Munich (Schwabing, Haidhausen), Vienna
(Landstraße, Döbling) and Zurich (Oerlikon, Enge). Their LinkedIn world: medical-device vendors
(shockwave, laser, EMTT, isokinetics, ultrasound, treatment couches), practice-software and
telehealth vendors, insurers and brokers (company health insurance, Swiss daily-sickness cover),
sports clubs (free case evenings against sponsorship packages), physiotherapists applying for jobs
(and one who turns bitter when nobody answers), trainers offering courses with CPD points
(Fortbildungspunkte, DFP points, MTD-Gesetz hours; free evenings against paid certificates),
peer clinic owners asking and sharing, healthcare headhunters with real roles against staffing
agencies selling placements, marketing agencies (Google reviews, SEO, social recruiting, podcasts
with a production fee, paid awards), and some impatient or rude ones. Bavarian, Austrian and Swiss
German, du and Sie mixed, and some English from international vendors and colleagues.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient headline, the languages of
LinkedIn's other mail and of spoofs, the job-alert and other LinkedIn mail titles, the names,
cities and headlines of spoof-only people and PYMK suggestions, and the pitches that spoofs carry
are swapped for this clinic world in this process only (make_corpus.py itself is not changed).
Every note was written from shared/taxonomy.md alone, without reading mailbot's signals, judge or
wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev100.py              # writes tests/corpus/dev100
    python scripts/make_corpus_dev100.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20261000

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ clinic-chain world (this process only)
SKILLS = {
    "de": ["Physiotherapie", "Sportmedizin", "Praxismanagement", "Unternehmensführung", "Rehabilitation", "Gesundheitswesen"],
    "en": ["Physical Therapy", "Sports Medicine", "Healthcare Management", "Clinic Operations", "Rehabilitation", "Leadership"],
}
RHEADLINE = {
    "de": "Geschäftsführung bei MOTUS Physiotherapie & Sportmedizin | München · Wien · Zürich",
    "en": "Managing Director at MOTUS Physiotherapy & Sports Medicine | Munich · Vienna · Zurich",
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
    mc.L[_l]["rheadline"] = RHEADLINE[_l]

# Alex reads LinkedIn in German most of the time, sometimes in English
mc.LANGS[:] = ["de", "en", "de", "de", "en"]
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "untrusted:mx.google.com",
                       "nodkim", "lookalike:linkedin-mail.co", "buried", "display:outlook.com", "wrongpass"]

mc.NAMES["de"] = (["Alois", "Verena", "Manfred", "Theresa", "Hubert", "Christina", "Roman", "Sonja", "Lukas", "Barbara", "Ueli", "Regula", "Mario", "Jasmin"],
                  ["Gruber", "Brandner", "Kälin", "Feichtinger", "Zaugg", "Obermeier", "Wimberger", "Steiner", "Rüegg", "Lackner", "Hintermayr", "Bühler"])
mc.NAMES["en"] = (["Olivia", "Liam", "Chloe", "Nathan", "Grace", "Ethan", "Holly", "Connor", "Jade", "Callum"],
                  ["Whitfield", "Barnes", "Holloway", "Rowe", "Kensington", "Price", "Atherton", "Moss", "Fairbairn", "Quinn"])
mc.CITY["de"] = ["München", "Wien", "Zürich", "Salzburg", "Graz", "Innsbruck", "Augsburg", "Basel", "Linz"]
mc.CITY["en"] = ["London", "Munich", "Zurich", "Vienna", "Dublin", "Amsterdam"]
mc.COMPANIES["good"] = ["Physiozentrum Graz-Geidorf", "Universitätsklinik für Orthopädie", "Olympiastützpunkt Bayern", "FH Gesundheitsberufe Wien",
                        "Physio Brunner AG", "Rehazentrum Bad Aibling", "EHC Isartal", "Sportklinik Zürichberg"]
mc.COMPANIES["sales"] = ["Swisswave Medical", "TheraDesk", "ScribePT", "Physio-Talents", "Klickwerk Praxismarketing", "ReHome Digital", "MedLease Süd",
                         "ShiftWell"]
mc.HEADLINES["good"] = ["Physiotherapeutin bei {co}", "Leitender Sportmediziner | {co}", "Praxisinhaberin | {co}", "Sportwissenschaftler bei {co}",
                        "Head of Rehabilitation at {co}", "Lehrende Physiotherapie | {co}"]
mc.HEADLINES["sales"] = ["Key Account Manager DACH | {co}", "Vertrieb Gesundheitsmarkt bei {co}", "Founder & CEO at {co}", "Business Development | {co}",
                         "Wir machen Praxen voll | {co}"]
mc.JOBS[:] = [("Geschäftsführung Therapiezentrum (m/w/d)", "Rehazentrum Bad Aibling"), ("Managing Director, Outpatient Clinics", "Sportklinik Zürichberg"),
              ("Leitung Physiotherapie (w/m/d)", "Universitätsklinik für Orthopädie"), ("Regional Director DACH – Physiotherapy", "MoveWell Group"),
              ("Kaufmännische Leitung Ambulantes Reha-Zentrum", "Reha Vital Oberbayern")]
SPOOF_PITCH = {
    "de": ["Hallo {first}, die Krankenkasse hat Ihre Abrechnung für das letzte Quartal beanstandet. Die Unterlagen liegen im gesicherten Ordner, bitte melden Sie sich an.",
           "Guten Tag {first}, anbei die Rechnung für die Wartung Ihrer Stoßwellengeräte. Zum Öffnen bitte mit Ihrem LinkedIn-Konto bestätigen.",
           "Grüezi {first}, ich habe Ihnen meine Bewerbungsunterlagen über LinkedIn Secure Share gesendet. Bitte melden Sie sich an, um sie zu öffnen."],
    "en": ["Hi {first}, our bank details for the equipment lease have changed. The updated letter is in the secure folder below; please update before the next instalment.",
           "Hello {first}, I shared the signed partnership agreement for your clinics with you. Sign in to view and countersign."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
mc.INMAIL_SUBJECTS["de"]["sales"] = ["Kurze Frage", "Ihre Abrechnung", "Idee für MOTUS", "15 Minuten?", "Zusammenarbeit"]
mc.INMAIL_SUBJECTS["en"]["sales"] = ["Quick question", "Your invoices", "An idea for MOTUS", "15 minutes?", "Partnership"]
retitle_other({
    "de": dict(job=("{n} neue Jobs für „Geschäftsführung Gesundheitszentrum“", "Ihr Jobalarm für Geschäftsführung Gesundheitszentrum in {city}"),
               news="Physio-Mangel: Wer behandelt uns in zehn Jahren?", group="Top-Unterhaltungen in Praxisinhaber Physiotherapie DACH",
               newsletter="Praxis & Bewegung: Warum Teilzeitkräfte bleiben oder gehen"),
    "en": dict(job=("{n} new jobs for \"clinic director\"", "Your job alert for clinic director in {city}"),
               news="Are outpatient clinics the new private-equity darling?", group="Top conversations in Sports Medicine & Physiotherapy Leaders",
               newsletter="The Rehab Ledger: pricing self-pay packages without losing trust"),
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)

# people whose notes would fit 2016 to 2017; everyone else is in the current layout
ERAS_2016 = {"Thomas Wimmer", "Markus Lechner", "Beat Wyss", "Tobias Reiter", "Monika Bachmann", "Jürgen Obermaier", "Maximilian Stockinger",
             "Heinz Kirchmair", "Josef Bichler", "Korbinian Huber", "Werner Strobl", "Florian Gasser", "Lena Wieser", "Corinne Meier",
             "Gernot Wallner", "Urs Hürlimann"}


# =============================================================== good_invitation
P("good_invitation", "de", "Eva Pichler", "Physiotherapeutin | Sportphysiotherapie MSc | Handball", "Wien",
  ("inv", "Grüß Gott! Ich hab Ihre Ausschreibung für die Landstraße gesehen (Physio mit Sportschwerpunkt, 30 Std.). Bin seit sechs Jahren in einer "
          "Wahlpraxis in Favoriten und betreue nebenbei eine Damen-Handballmannschaft. Darf ich Ihnen meinen Lebenslauf schicken?"),
  ("rem",))
P("good_invitation", "de", "Korbinian Huber", "Fachlehrer Manuelle Therapie | Fortbildungszentrum Chiemgau", "Traunstein",
  ("inv", "Servus Alex, mia machen am 8. Mai in Traunstein an Praxisabend zur Schulterinstabilität bei Überkopfsportlern. Kost nix, gibt 4 "
          "Fortbildungspunkte, Brezn und Spezi stehn a bereit. Wenn a paar von deine Leit aus München mögen, san's herzlich eingladen!"))
P("good_invitation", "de", "Reto Brunner", "Inhaber | Physio Brunner AG | Winterthur & Frauenfeld", "Winterthur",
  ("inv", "Grüezi Alex, ich führe zwei Physiopraxen im Raum Winterthur und überlege mir einen Standort in Zürich. Sie haben das mit Oerlikon ja "
          "schon hinter sich. Hätten Sie bei Gelegenheit 20 Minuten für ein paar Fragen unter Praxisinhabern? Liebe Grüsse, Reto"))
P("good_invitation", "en", "Siobhan Gallagher", "Postdoc, Sports Orthopaedics | Technical University of Munich", "Munich",
  ("inv", "Hi Alex - we're setting up a multicentre study on return to play after ACL reconstruction and need 3-4 outpatient clinics to help "
          "recruit. Sites get their own anonymised outcome data back and a named spot on the paper. Could I send you the protocol?"))
P("good_invitation", "de", "Verena Hofer", "Leitende Physiotherapeutin | Leistungszentrum Innsbruck", "Innsbruck",
  ("inv", "Liebe Grüße aus Innsbruck! Am 21. Juni machen wir ein offenes Fallseminar zu Knieverletzungen im alpinen Skilauf, Ärzte, Physios "
          "und Trainer an einem Tisch. Teilnahme gratis, DFP-Punkte sind beantragt. Ihre Wiener Sportmediziner wären sehr willkommen."))
P("good_invitation", "de", "Miriam Stadler", "Redakteurin Gesundheit | Münchner Abendblatt", "München",
  ("inv", "Hallo Alex Morgan, ich recherchiere für eine Serie über den Physio-Mangel in Bayern: Wartezeiten, Kassensätze, Abwanderung in "
          "Privatpraxen. Sie kennen mit mehreren Standorten beide Seiten. Hätten Sie nächste Woche Zeit für ein Gespräch? Zitate nur nach Freigabe."),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "de", "Thomas Wimmer", "Vertrieb Medizintechnik | Süddeutschland", "Regensburg", ("inv", DEFAULT), ("rem",))
P("default_invitation", "de", "Sandra Gruber", "Betriebliches Gesundheitsmanagement | Coach", "Linz", ("inv", NONOTE))
P("default_invitation", "en", "Kevin Doyle", "Business Development | Digital Health", "Dublin", ("inv", DEFAULT))
P("default_invitation", "de", "Patrick Steiner", "Physiotherapeut", "Bern", ("inv", NONOTE), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "de", "Adrian Kälin", "Key Account Manager Schweiz | Swisswave Medical", "Zug",
  ("inv", "Grüezi Alex, wir haben unsere fokussierte Stosswelle der neuen Generation jetzt auch in der Schweiz lanciert, kürzere Behandlungszeit, "
          "sauber dokumentierbar. Gerne zeige ich Ihnen das Gerät in Oerlikon, Miete ab CHF 420 pro Monat. Passt Ihnen ein Termin im März?"),
  ("rem",))
P("sales_invitation", "de", "Florian Moosbauer", "Gründer & CEO | TheraDesk – Praxissoftware für Therapeuten", "Landshut",
  ("inv", "Hi Alex, drei Standorte, drei Länder, drei Abrechnungswelten? TheraDesk bündelt Terminbuchung, Verordnungsprüfung und Abrechnung für "
          "DE, AT und CH in einer Oberfläche. 20 Min Demo diese Woche, dann siehst du's selbst. Gruß aus Landshut, Flo"))
P("sales_invitation", "de", "Nina Fasching", "Praxismarketing & Google-Bewertungen | Klickwerk", "Wien",
  ("inv", "Hallo! Ihr Standort in der Landstraße steht bei Google auf 4,1 Sternen, die Praxis ums Eck auf 4,8. Mit unserem Bewertungs-System "
          "drehen wir das in 90 Tagen, fixe Monatspauschale, keine Bindung. Wann darf ich Sie kurz anrufen?"))
P("sales_invitation", "de", "Markus Lechner", "Versicherungsmakler | Betriebliche Krankenversicherung", "Augsburg",
  ("inv", "Guten Tag, Physios wechseln heute für 100 Euro mehr den Arbeitgeber. Mit einer betrieblichen Krankenversicherung binden Sie Ihr Team. "
          "Ich rechne Ihnen gern unverbindlich ein Angebot für Ihre Münchner Belegschaft aus. Haben Sie 15 Minuten?"))
P("sales_invitation", "en", "Ryan Mitchell", "Head of Sales EMEA | ScribePT – AI documentation for physical therapists", "London",
  ("inv", "Hey Alex, your PTs probably lose 90 min a day to notes. ScribePT listens to the session and drafts the documentation in German or "
          "English, EU-hosted and GDPR-ready. Would love to get you on a 15-min demo - which day suits?"))
P("sales_invitation", "de", "Jasmin Kurz", "Personalvermittlung Therapieberufe | Physio-Talents", "Nürnberg",
  ("inv", "Hallo Alex, wir vermitteln anerkannte Physiotherapeut:innen aus Spanien, Portugal und Kroatien, inkl. Sprachkurs und Anerkennung. "
          "Honorar erst bei Arbeitsantritt. Ich stelle Ihnen gern drei aktuelle Profile für München vor – wann passt ein Telefonat?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "de", "Sebastian Hintermaier", "Gründer | Praxisinhaber-Netzwerk Süd | Mentor für Therapeuten", "Rosenheim",
  ("inv", "Hallo Alex, ich lade gerade Inhaber von Physio- und Ergopraxen in einen kleinen Austauschkreis ein: einmal im Quartal online, kein "
          "Verkauf, einfach voneinander lernen, wie man Personal hält und wächst. Hätte dich gern dabei."),
  ("msg", "Schön, dass du dabei bist! Kurz zum Rahmen: Der Austauschkreis ist Teil unseres Praxis-Wachstumsprogramms. 12 Monate, Coaching-Calls "
          "mit mir, Recruiting-Playbook, 8.900 € netto (bei Zahlung bis Monatsende 7.500 €). Sollen wir uns Donnerstag kurz hören, damit ich dir "
          "den Ablauf erkläre?", (2, 6)))
P("bait_and_switch_invitation", "de", "Nadine Zürcher", "Physiotherapeutin | Unternehmerin", "Luzern",
  ("inv", "Grüezi Alex, ich bin selber Physiotherapeutin und stehe vor dem Entscheid, ob ich eine zweite Praxis eröffne. Dürfte ich Ihnen dazu zwei, "
          "drei Fragen stellen? Sie haben das ja sogar über Landesgrenzen hinweg gemacht."),
  ("msg", "Merci vielmal fürs Vernetzen! Ich sollte vielleicht noch erwähnen: Neben der Praxis berate ich Physiounternehmen bei der Abrechnung mit "
          "Krankenkassen und Versicherern. Wir übernehmen das ganze Debitorenmanagement für 3,9 % vom Umsatz, gerade bei mehreren Standorten lohnt "
          "sich das. Darf ich Ihnen eine Offerte zustellen?"),
  ("msg", "Guten Tag Alex, haben Sie meine Unterlagen erhalten? Ich könnte nächste Woche in Zürich vorbeikommen und Ihnen die Offerte persönlich "
          "erläutern. Der Dienstag wäre bei mir frei.", (6, 14)))
P("bait_and_switch_invitation", "de", "Lisa Brandstätter", "Employer Branding für Gesundheitsberufe", "Salzburg",
  ("inv", "Hallo Alex, ich hab einen Leitfaden geschrieben, wie Therapiepraxen trotz Fachkräftemangel Bewerbungen bekommen. 14 Seiten, ohne "
          "Anmeldung, einfach als PDF. Schick ich dir gern, wenn wir vernetzt sind."),
  ("msg", "Hier der Leitfaden! 📎 Und falls dir die Zeit fehlt, das selbst umzusetzen: Wir übernehmen die komplette Social-Recruiting-Kampagne "
          "für deine Standorte, 4.900 € pro Standort, erste Bewerbungen nach 14 Tagen garantiert. Wollen wir einen Call ausmachen?", (1, 5)))
P("bait_and_switch_invitation", "en", "James Whitmore", "Private Wealth | Entrepreneurs in Healthcare | Zurich", "Zurich",
  ("inv", "Hi Alex, I host an informal circle of healthcare founders in Zurich - clinic owners, medtech people, a couple of surgeons. Dinner every "
          "other month, swapping notes on running a practice. No agenda, no slides. Thought you'd fit right in."),
  ("msg", "Good to be connected, Alex. Ahead of the next dinner, one thing I usually go through with founders one to one: most clinic owners in "
          "Switzerland leave a lot on the table with their pillar 2 buy-ins and 3a. I manage private wealth for several of them. Could we book "
          "45 minutes at my office on Bahnhofstrasse?"),
  ("msg", "Hi Alex, circling back on the pension review. I have Tuesday or Thursday afternoon open - shall I send an invite?", (5, 12)))
P("bait_and_switch_invitation", "de", "Michael Reindl", "Geschäftsführer | EHC Isartal 1951 e.V.", "Bad Tölz",
  ("inv", "Servus Alex, am 13. September starten wir in die neue Saison und laden Unternehmer aus der Region zum Auftakt ein, mit Eisstockschießen "
          "und Brotzeit. Einfach zum Kennenlernen und Ratschen, würd mich freuen!"),
  ("msg", "Danke dir fürs Annehmen! Beim Saisonauftakt stellen wir auch unsere Partnerpakete vor: Bande 3.500 €, Trikotärmel 9.000 €, und als "
          "offizieller Physio-Partner wärt ihr natürlich prädestiniert (Logo auf der Aufwärmkleidung plus Stadiondurchsage, 12.000 € pro Saison). "
          "Soll ich dir die Mappe schicken?", (3, 9)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "de", "Stefanie Kogler", "Host | Podcast „Praxishelden“ | Gesundheitsunternehmer im Gespräch", "Graz",
  ("inm", "Interviewanfrage Praxishelden", "Hallo Alex, ich mache den Podcast „Praxishelden“, in dem Gründerinnen und Gründer aus dem Gesundheitswesen "
          "erzählen, wie sie ihre Praxen aufgebaut haben. Dein Weg von einer Praxis in München zu Standorten in drei Ländern wäre genau unser Thema. "
          "Hättest du Lust auf eine Folge? Aufnahme remote, ca. 45 Minuten."),
  ("inm", "Re: Interviewanfrage Praxishelden", "Super, freut mich, dass du dabei bist! Noch zur Info: Für Gäste fällt eine Produktionspauschale von "
          "1.490 € an, dafür bekommst du Schnitt, drei Social-Clips und das Featured-Paket auf unserer Website. Die Rechnung kommt nach der "
          "Aufnahme. Passt dir der 14.?", (2, 8)))
P("bait_and_switch_inmail", "de", "Jonas Ebner", "Studienleitung | Digitale Rehabilitation", "Wien",
  ("inm", "Kurze Erhebung: digitale Nachbetreuung in Physiopraxen", "Guten Tag, wir führen eine Erhebung zur digitalen Nachbetreuung nach Knie- und "
          "Hüft-OPs in österreichischen und deutschen Praxen durch. Die Teilnahme dauert zehn Minuten, alle teilnehmenden Einrichtungen bekommen den "
          "Ergebnisbericht kostenlos. Dürfen wir Ihnen den Link schicken?"),
  ("inm", "Ihre Antworten und ein nächster Schritt", "Danke für Ihre Teilnahme! Der Bericht folgt Ende des Monats. Aus Ihren Antworten sehen wir, dass "
          "bei Ihnen noch keine App zur Begleitung der Heimübungen läuft. Unsere Lösung ReHome kostet 6 € pro Patient und Monat, die ersten 50 "
          "Patienten sind gratis. Darf ich Ihnen eine Demo für alle drei Standorte einrichten?"))
P("bait_and_switch_inmail", "en", "Daniel Hartley", "Partner | Clinic Growth Advisory", "London",
  ("inm", "Free benchmark: outpatient physio KPIs in DACH", "Hi Alex, we've just finished benchmarking 140 outpatient physio clinics across Germany, "
          "Austria and Switzerland: utilisation, no-show rates, revenue per treatment hour. Happy to send you the full report, no strings attached - "
          "just tell me which email to use."),
  ("inm", "Your clinics vs. the benchmark", "Hi Alex, hope the report was useful. Going by your public numbers I'd guess the Vienna sites sit in the "
          "bottom quartile on utilisation. That's exactly what our 12-week Clinic Performance Sprint fixes: fixed fee of EUR 24k, usually pays for "
          "itself within five months. Worth a call next week?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "de", "Maximilian Stockinger", "Physiotherapeut | Kinesio-Taping Instructor", "Garmisch-Partenkirchen",
  ("end",), ("end",),
  ("msg", "Servus Alex, hab di grad für {skill} bestätigt, hast da echt verdient. Kannst ma im Gegenzug a Bestätigung für Kinesio-Taping und "
          "Manuelle Therapie geben? I bewirb mi grad für an Dozentenjob und da schaut des guad aus. Merci!"))
P("endorse_me_back", "de", "Corinne Meier", "Osteopathin D.O. | Praxis am See", "Rapperswil",
  ("end",),
  ("msg", "Guten Tag Alex, ich habe Sie kürzlich für {skill} bestätigt. Dürfte ich Sie im Gegenzug um eine Bestätigung für „Osteopathie“ und "
          "„Viszerale Techniken“ bitten? Das hilft mir gegenüber zuweisenden Ärzten sehr. Freundliche Grüsse, Corinne Meier"))
P("endorse_me_back", "en", "Tyler Brooks", "Partnerships | Smart gym equipment for rehab", "Amsterdam",
  ("end",),
  ("msg", "Yo Alex, dropped you a {skill} endorsement 👊 mind returning the favour on Sales and Partnerships? Quarter end, every bit of profile "
          "juice helps lol"))
P("endorse_me_back", "de", "Dominik Haas", "Trainingstherapeut | Personal Trainer", "Wien",
  ("end",), ("end",),
  ("msg", "Hey Alex! Hab dich eh schon für {skill} bestätigt 😊 Wärst so lieb und bestätigst mich auch für Trainingstherapie und Rehabilitation? "
          "Ich mach mich grad selbstständig, da zählt jede Kleinigkeit. Danke dir vielmals, baba!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "de", "Kevin Ilić", "Physiotherapeut | Akutgeriatrie & Orthopädie", "Wien",
  ("inv", "Guten Tag, ich bin Physiotherapeut mit vier Jahren Erfahrung im Spital und würde gern bei Ihnen in Wien arbeiten. Hätten Sie eventuell "
          "Interesse an einem Gespräch?"),
  ("rem",),
  ("inm", "Danke für nichts", "Drei Wochen, keine Antwort, nicht mal eine Absage. Und dann jammern die Praxisketten über Fachkräftemangel. Ihr "
          "behandelt Physios wie austauschbare Ware, das merkt man schon an so was. Bin froh, dass ich inzwischen woanders unterschrieben hab."))
P("hostility_after_decline", "de", "Stefan Rieger", "Inhaber | Klickwerk Praxismarketing", "Ingolstadt",
  ("inv", "Hallo Alex, Ihre Website braucht auf dem Handy 7 Sekunden zum Laden. Wir bauen Praxis-Websites mit Online-Terminbuchung in vier "
          "Wochen. Kurzer Call?"),
  ("inm", "Nachricht", "Drei Anfragen, null Reaktion. Ich hab mir die Zeit genommen, Ihre Seite zu analysieren, und Sie halten es nicht mal für "
          "nötig, kurz abzusagen. So was von überheblich. Viel Glück weiterhin mit Ihrer Steinzeit-Website."))
P("hostility_after_decline", "de", "Beat Wyss", "Unternehmer | Gesundheit & Sport", "Basel",
  ("inv", DEFAULT),
  ("inm", "Schade", "Grüezi. Ich wollte mich lediglich vernetzen, wir sind in derselben Branche. Dass Sie es nicht für nötig halten, eine Anfrage "
          "anzunehmen, sagt einiges über Ihren Stil. Man sieht sich immer zweimal im Leben."))
P("hostility_after_decline", "de", "Brandon Hale", "Territory Manager DACH | High-intensity laser therapy", "Frankfurt am Main",
  ("inv", "Hi Alex, we've helped 40+ German practices add high-intensity laser as a self-pay service. Open to a quick chat?"),
  ("rem",),
  ("inm", "Seriously?", "Alex, I've reached out politely three times now. Ignoring people isn't a strategy. Frankly it's the kind of arrogance that "
          "gives clinic chains a bad name. Your loss."), nl="en")


# =============================================================== hostility_connection
P("hostility_connection", "de", "Thorsten Wendl", "Vertriebsleiter | Isokinetik & Leistungsdiagnostik", "Stuttgart",
  ("msg", "Hallo Alex, für euer Sportreha-Angebot in München wäre unser isokinetisches Messsystem ideal, gerade für Return-to-Sport-Tests nach "
          "Kreuzband. Wir haben aktuell ein Vorführgerät 30 % unter Listenpreis. Interesse?"),
  ("msg", "Alex, ich hab dir jetzt zweimal geschrieben. Offenbar bist du dir zu gut, einem Vertriebler zu antworten. Ich merk mir das, die Branche "
          "ist klein.", (8, 20)))
P("hostility_connection", "de", "Gernot Wallner", "Unternehmensberater | Ordinations- und Praxisberatung", "Linz",
  ("acc",),
  ("msg", "Danke für die Vernetzung! Wie beim Kongress in Salzburg angekündigt: Wir optimieren Abläufe in Therapiezentren, typischerweise 15 % mehr "
          "Behandlungseinheiten ohne zusätzliches Personal. Für Ihre beiden Wiener Standorte würde ich Ihnen gern ein Angebot legen."),
  ("msg", "Na servas. Sie laden mich ein, lesen meine Nachricht und melden sich dann nicht? Das ist schlicht unhöflich. Von jemandem in Ihrer "
          "Position hätt ich mir mehr Anstand erwartet."))
P("hostility_connection", "en", "Aaron Fitzgerald", "Founder | PhysioLeads – patient acquisition for clinics", "Manchester",
  ("msg", "Alex - we generate 40-60 new self-pay physio patients a month per location through Meta ads. Pay per booked appointment. Want the case "
          "study from a clinic group in Hamburg?"),
  ("msg", "Quick bump on this. Happy to do the first month at cost."),
  ("msg", "Guess you're too busy running a 'chain' to answer a simple message. Don't bother, I work with people who actually respect other "
          "people's time."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "de", "Sabine Aigner", "Medizinprodukteberaterin | Magnetotherapie & EMTT", "Salzburg",
  ("msg", "Hallo Alex, unsere EMTT-Geräte gibt es in Österreich jetzt auch im Mietmodell, ideal als Selbstzahlerleistung bei Arthrose. Ich komm "
          "gern in Wien vorbei und zeig's Ihrem Team."),
  ("msg", "Hallo nochmal! Bis Ende Juni gibt's die ersten drei Monatsmieten zum halben Preis. Soll ich Ihnen ein Angebot schicken?"))
P("connection_only_pitches", "de", "Jürgen Obermaier", "Finanzierungsberater | Praxisleasing & Medizintechnik", "Passau",
  ("msg", "Hallo Alex, stehen bei Ihnen heuer Investitionen in Geräte oder Ausstattung an? Wir finanzieren Medizintechnik ohne Anzahlung, die "
          "Raten sind voll als Betriebsausgabe absetzbar."),
  ("msg", "Kurze Info: Ab nächstem Monat ziehen unsere Konditionen für Gesundheitsbetriebe an, bis dahin gilt noch 3,9 % effektiv. Kurzer Termin?"),
  ("msg", "Ich melde mich ein letztes Mal: Für Ihre Praxis in Zürich könnten wir auch in Franken finanzieren. Darf ich Sie anrufen?"))
P("connection_only_pitches", "de", "Megan Carter", "Growth Marketing | Healthcare SEO", "Berlin",
  ("msg", "Hi Alex! Did a quick audit: for 'Physiotherapie Zürich' and 'Sportphysio München' you're not on page 1. We fix that in 3-6 months, "
          "monthly retainer from €1,800. Interested?"),
  ("msg", "Following up on my SEO note - I have a free slot on Friday to walk you through the audit. Want it?"), nl="en")
P("connection_only_pitches", "de", "Claudia Stadlbauer", "Firmenkundenberaterin | Kollektive Krankentaggeldversicherung", "Zürich",
  ("msg", "Guten Tag Alex, viele KMU im Gesundheitswesen zahlen bei der Krankentaggeldversicherung deutlich zu viel. Gerne erstelle ich Ihnen "
          "unverbindlich eine Vergleichsofferte für Ihre Zürcher Mitarbeitenden."),
  ("msg", "Grüezi nochmals, die Offerte ist vorbereitet: Sie würden rund CHF 7'800 im Jahr sparen. Wann darf ich sie Ihnen präsentieren?"))


# =============================================================== single_pitch
P("single_pitch", "de", "Tobias Reiter", "Vertrieb | Tape & Therapiebedarf", "Kempten",
  ("msg", "Servus Alex, mia ham grad Tapes, Faszienrollen und Therabänder im Großhandelspaket für Praxen, ab drei Standorten 18 % Rabatt und "
          "Lieferung frei Haus. Soll i dir die Preisliste schicken?"))
P("single_pitch", "de", "Monika Bachmann", "Geschäftsleitung | Textilservice für Praxen und Spitäler", "Dübendorf",
  ("msg", "Grüezi Alex, wir holen Praxiswäsche (Liegenauflagen, Handtücher, Berufskleider) zweimal pro Woche ab und bringen sie hygienisch "
          "gewaschen zurück. Für Ihren Standort in Oerlikon würde ich Ihnen gerne eine Offerte machen."))
P("single_pitch", "en", "Lauren Hughes", "Account Executive | ShiftWell rostering", "Dublin",
  ("msg", "Hi Alex, rostering therapists across three countries sounds like a headache. ShiftWell handles part-time contracts, holidays and cover "
          "in one app. Can I send over a 2-minute video walkthrough and set you up with a trial?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "de", "Manuela Koller", "Inhaberin | Physiozentrum Graz-Geidorf", "Graz",
  ("msg", "Hey Alex, wie versprochen: Im Anhang unsere Vorlage für die Einschulung neuer Kolleginnen (Checkliste für die ersten vier Wochen plus "
          "Feedbackbogen). Nimm dir raus, was passt. Wie läuft's eigentlich bei euch mit der ÖGK-Direktverrechnung?"),
  ("msg", "Noch was: Die Fachtagung der steirischen Physios am 4. Oktober ist heuer für Praxisinhaber gratis. Falls du runterkommen magst, "
          "schlafen kannst bei uns im Gästezimmer 🙂", (5, 25)))
P("connection_brings_value", "de", "Dr. Andreas Lindner", "Mannschaftsarzt | SV Obergiesing 1921", "München",
  ("end",),
  ("msg", "Hallo Alex, danke nochmal für die schnelle Hilfe mit unserem Torwart. Im Februar machen wir für alle Vereinsphysios und Trainer einen "
          "Abend zu Sprunggelenksverletzungen und würden deine Leute gern dazuholen. Kostenlos, bei uns im Vereinsheim, die Fortbildungspunkte "
          "sind bei der Kammer beantragt."))
P("connection_brings_value", "de", "Katharina Steindl", "Lehrende Physiotherapie | FH Gesundheitsberufe Wien", "Wien",
  ("msg", "Hallo Alex! Lange nichts gehört. Kurze Info: Am 12. Mai ist bei uns die Karrieremesse für die Abschlussjahrgänge Physio und Ergo. "
          "Für Praktikumsstellen und Lehrpraxen sind die Tische gratis, ich hab euch schon mal auf die Liste gesetzt. Sag einfach, ob ihr kommt."))
P("connection_brings_value", "en", "Rachel Hofstetter", "Board member | Zurich cantonal physiotherapy association", "Zurich",
  ("msg", "Hi Alex, heads-up in case it hasn't reached you: we're running a free online Q&A for practice owners on the new tariff structure on "
          "3 December, with someone from the tariff office answering live. The recording goes to members afterwards. Thought your Zurich "
          "managers would want to be there."),
  ("msg", "Slides from the Q&A are up now in the members' area - page 12 covers the billing codes for group sessions you asked about."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "de", "Christoph Baumgartner", "Partner | Healthcare Executive Search", "München",
  ("inm", "Vertraulich: Geschäftsführung einer Reha-Gruppe in Süddeutschland", "Guten Tag Alex Morgan, im Auftrag eines familiengeführten "
          "Klinikbetreibers mit vier Rehakliniken in Bayern und Baden-Württemberg suche ich eine Geschäftsführung. Ihre Erfahrung mit dem Aufbau "
          "ambulanter Standorte in drei Ländern passt sehr gut zum Profil. Wären Sie offen für ein vertrauliches Gespräch?"))
P("stranger_inmail_recruiter", "en", "Fiona Kerr", "Talent Partner | Sports & Performance Medicine", "London",
  ("inm", "Managing Director, performance medicine centre - Zurich", "Hi Alex, I'm working with a Swiss-British group opening a high-performance "
          "medicine centre in Zurich next year: orthopaedics, physio, sports science, about 60 staff. They want a Managing Director who has run "
          "clinics in Switzerland. Package around CHF 260k plus equity. Open to a conversation?"))
P("stranger_inmail_recruiter", "en", "Luca Bernasconi", "Physiotherapeut MSc | Sportphysiotherapie", "Lugano",
  ("inm", "Bewerbung Physiotherapeut Zürich-Oerlikon", "Guten Tag, ich habe Ihre Stelle für Physiotherapeut/in 80–100 % in Zürich-Oerlikon "
          "gesehen. Zurzeit arbeite ich in Lugano und betreue dort den Nachwuchs eines Eishockeyclubs, nun möchte ich nach Zürich wechseln. Deutsch, "
          "Italienisch und Englisch fliessend. Darf ich Ihnen meine Unterlagen senden?"), nl="de")


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "de", "Philipp Neumann", "Head of Partnerships | Rückenwind – App bei Rückenschmerz", "Berlin",
  ("inm", "Partnerprogramm für Physiopraxen", "Hallo Alex, Ihre Patient:innen mit chronischem Rückenschmerz könnten zwischen den Terminen mit "
          "unserer App weiterüben. Partnerpraxen bekommen Aufsteller, eine Schulung und eine Vergütung pro aktiviertem Rezept. Darf ich Ihnen das "
          "Partnerprogramm in 20 Minuten vorstellen?"))
P("stranger_inmail_sales", "de", "Milica Jovanović", "Recruiting | Pflege & Therapie aus dem Westbalkan", "Wien",
  ("inm", "Physiotherapeut:innen für Wien", "Sehr geehrte Damen und Herren, wir bringen qualifizierte Physiotherapeut:innen aus Serbien und "
          "Bosnien nach Österreich, inklusive Nostrifikation und Rot-Weiß-Rot-Karte. Vermittlungsgebühr 5.500 € pro Person. Gerne senden wir "
          "Ihnen Profile."),
  ("inm", "Nachfrage zu unserem Angebot", "Guten Tag, ich wollte nachfragen, ob Sie unser Angebot bekommen haben. Diesen Monat können wir zwei "
          "Kandidatinnen mit Deutsch B2 sofort vorstellen."))
P("stranger_inmail_sales", "en", "Jordan Fleming", "Partnerships | PayLater for clinics", "London",
  ("inm", "Higher self-pay conversion", "Hi Alex, clinics using our buy-now-pay-later checkout sell 30% more self-pay packages (shockwave, laser, "
          "training plans). No setup fee, 4.9% per transaction. Can I show you how it plugs into your booking page?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "de", "Birgit Aschauer", "Dozentin | Institut für Sportphysiotherapie", "Wels",
  ("inv", "Hallo Alex, ich halte im April in Wien einen kostenlosen Abendworkshop zur Laufanalyse für Physios, angerechnet mit drei Stunden "
          "Fortbildung nach MTD-Gesetz. Wenn Leute aus deinem Wiener Team Zeit haben, schick ich gern die Einladung."),
  ("msg", "Danke, dass deine Kolleginnen beim Workshop waren! Wie versprochen die Skripten und das Video zur Laufbandanalyse, gern weitergeben.",
   (10, 30)),
  ("msg", "Hallo Alex, ein Angebot für dein Team: Unsere Zertifikatsausbildung Sportphysiotherapie (8 Module, 2.950 € pro Person). Für dich als "
          "Praxisinhaber gibt's ab vier Anmeldungen 15 % Rabatt, Inhouse-Termine in Wien sind auch möglich. Sollen wir das mal durchrechnen?"))
P("good_turns_ugly", "en", "Nathan Pemberton", "Sports scientist | Running biomechanics | PhD", "Innsbruck",
  ("inv", "Hi Alex, I've got a cleaned dataset of 900 treadmill gait analyses with injury follow-up from my PhD. Happy to share it with clinics "
          "doing running rehab - no strings. Your Munich team might find it handy for benchmarks."),
  ("msg", "Here's the download link and the data dictionary. Shout if anything doesn't make sense."),
  ("end",),
  ("msg", "Hey Alex, glad the dataset helped. Small favour: I endorsed you for {skill} - would you endorse me for Biomechanics and Data Analysis? "
          "I'm applying for a lecturer post and apparently the panel looks."))
P("good_turns_ugly", "de", "Urs Hürlimann", "Inhaber | Physio Hürlimann AG | 5 Standorte", "St. Gallen",
  ("inv", "Grüezi Alex, ich habe Ihren Vortrag am physioswiss-Kongress gehört. Bei uns in St. Gallen kämpfen wir mit denselben Themen bei den "
          "Teilzeitpensen. Ein Austausch unter Praxisinhabern würde mich freuen."),
  ("msg", "Danke fürs Gespräch gestern! Hier wie versprochen unser Modell für Jahresarbeitszeit bei Teilzeitpensen, ein Excel mit Erklärungen. "
          "Passen Sie es an, wie es für Sie stimmt."),
  ("msg", "Grüezi Alex, übrigens: Wir bauen gerade ein Partnernetz auf. Praxen, die unser Markenkonzept übernehmen, zahlen 6 % Lizenzgebühr vom "
          "Umsatz und bekommen dafür Marketing, Software und Einkauf. Für Zürich suche ich noch einen Partner. Interesse? Ich schicke Ihnen gern "
          "die Konditionen.", (15, 40)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "de", "Ramona Egger", "Medizinprodukte | Radiale Stoßwelle", "Innsbruck",
  ("inm", "Stoßwelle für Ihre Wiener Standorte", "Guten Tag, ich betreue die Region Ost für einen Hersteller radialer Stoßwellengeräte. Aktuell "
          "gibt es ein Paket aus zwei Geräten samt Einschulung zum Aktionspreis. Darf ich Ihnen ein Angebot senden?"),
  ("inv", "Hallo Alex, schöne Grüße vom Sportmedizin-Kongress in Salzburg, war nett, dass wir uns am Stand kurz ausgetauscht haben. Freu mich "
          "aufs Vernetzen!"))
P("reinvite_known_bad", "de", "Heinz Kirchmair", "Geschäftsführer | Sanitätshaus & Orthopädietechnik", "Rosenheim",
  ("inv", DEFAULT),
  ("inv", "Grüß Gott Alex, wir haben uns beim Netzwerktreffen der Gesundheitsregion Oberbayern kennengelernt. Würde mich freuen, in Kontakt zu "
          "bleiben."))
P("reinvite_known_bad", "en", "Simon Reyes", "Sales Director | Connected strength equipment for clinics", "Barcelona",
  ("inv", "Hi Alex, our connected strength machines log every rep straight into the patient file. Clinics in Spain use them for post-op rehab. "
          "20-min demo?"),
  ("inv", "Hi Alex, great panel at the sports medicine congress in Munich. Would be nice to stay in touch."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "de", "Werner Strobl", "Praxisberater | Existenzgründung Physiotherapie", "Straubing",
  ("inv", "Servus Alex, hätt a Idee, wie ihr in München mehr Privatpatienten kriegts. Können wir mal telefonieren?"),
  ("inm", "Ja dann", "Na gut, dann halt ned. Typisch Großkopferte: wenn ma ned im Anzug daherkommt, kriegt ma ned amal a Antwort. Ihr werds "
          "scho sehn, wo ihr mit der Einstellung landets."),
  ("inv", "Hallo Alex, nix für ungut wegen damals. Neues Jahr, neuer Anlauf – vernetzen wir uns?"))
P("reinvite_known_ugly", "de", "Carina Lang", "Projektleitung | Award „Beste Praxis Österreichs“", "Wien",
  ("inm", "Nominierung: Beste Praxis Österreichs", "Sehr geehrte Geschäftsführung, Ihr Therapiezentrum in Wien wurde von Patientinnen und "
          "Patienten für die Auszeichnung „Beste Praxis Österreichs“ nominiert. Herzliche Gratulation! Dürfen wir Sie in die Endrunde aufnehmen?"),
  ("inm", "Ihre Teilnahme am Finale", "Danke für Ihre Rückmeldung! Für Finalisten fällt eine Teilnahmegebühr von 1.200 € an, darin enthalten sind "
          "Urkunde, Gütesiegel zur Verwendung auf Ihrer Website und zwei Karten für die Gala. Die Rechnung sende ich Ihnen gern noch heute.", (3, 10)),
  ("inv", "Hallo Alex, ich würde mich gern mit Ihnen vernetzen, um Sie über kommende Branchenevents auf dem Laufenden zu halten."))
P("reinvite_known_ugly", "en", "Grant Sutherland", "Founder | Clinic exits & M&A advisory", "Edinburgh",
  ("inv", "Alex - we advise clinic owners on exits. Several PE buyers are actively looking at physio groups in DACH. Worth a chat?"),
  ("rem",),
  ("inm", "Your call", "Fine. Ignore the guy offering to tell you what your business is worth. Plenty of owners were just as arrogant and sold "
          "for half of what they could have got. Good luck."),
  ("inv", "Hi Alex, different hat now - I've joined a healthcare investor network. Would be good to connect."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "de", "Andreas Gschwendtner", "Franchise-Entwicklung | Fitness & Trainingstherapie", "Salzburg",
  ("acc",),
  ("msg", "Danke für die Einladung nach unserem Gespräch auf der FIBO! Wie dort angedeutet: Unser Franchise-Modell für Trainingstherapie würde "
          "perfekt in Ihre Wiener Räume passen. Einstiegsgebühr 25.000 €, danach 5 % vom Umsatz. Ich schick Ihnen gern die Unterlagen."))
P("user_invited_pitch_once", "de", "Martina Berghammer", "Medizintechnik-Beratung | Balance- und Gangdiagnostik", "Freising",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Vernetzung! Nach unserem Gespräch am Stand: Das Balance-Messsystem gibt's bis Jahresende als Vorführgerät "
          "4.200 € günstiger. Wenn's dich interessiert, bring ich's nach Schwabing mit."))
P("user_invited_pitch_once", "en", "Harriet Lowe", "Business Development | Sports nutrition for clinics", "Bristol",
  ("acc",),
  ("msg", "Thanks for connecting, Alex! As mentioned at the congress, we supply clinics with our recovery protein range at wholesale prices to "
          "resell at reception. 35% margin, no minimum order. Want me to send a starter box?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "de", "Stefan Huemer", "Key Account | Ultraschall & Bildgebung", "Linz",
  ("acc",),
  ("msg", "Grüß Gott Alex, danke für die Einladung! Ihr überlegt ja, in Wien Ultraschall in die Physio einzubauen. Wir hätten ein mobiles Gerät "
          "speziell für Muskel- und Sehnendiagnostik, inklusive Einschulung. Darf ich ein Angebot schicken?"),
  ("msg", "Hallo Alex, das Angebot ist fertig: 11.900 € netto oder Miete 290 € im Monat. Wann passt's für eine Vorführung?"))
P("user_invited_pitch_twice", "de", "Simone Frei", "Verkauf | Praxiseinrichtung & Therapieliegen", "Aarau",
  ("acc",),
  ("msg", "Grüezi Alex, merci für die Kontaktanfrage! Sie richten ja den neuen Standort in der Enge ein. Unsere elektrischen Therapieliegen gibt es "
          "ab CHF 3'490, ab fünf Stück mit Rabatt. Darf ich Ihnen eine Offerte machen?"),
  ("msg", "Guten Tag Alex, anbei noch der Katalog. Bei Bestellung bis Ende Monat ist die Lieferung gratis. Soll ich Ihnen die Offerte schon "
          "zusenden?"))
P("user_invited_pitch_twice", "en", "Ben Ashworth", "Founder | Telehealth for physiotherapy", "Manchester",
  ("acc",),
  ("msg", "Cheers for connecting after the webinar, Alex. Our telehealth platform lets your therapists run video follow-ups with built-in exercise "
          "prescription. €39 per therapist per month. Fancy a trial for your Vienna team?"),
  ("msg", "Hey Alex, we've just added German and Swiss billing exports. Can I get you onto a 30-day pilot before the price goes up in January?"))


# =============================================================== user_invited_value
P("user_invited_value", "de", "Johanna Reisinger", "Leiterin Sportmedizin | Universitätsklinik für Orthopädie", "Innsbruck",
  ("acc",),
  ("msg", "Danke für die Anfrage, Alex! Wie besprochen schicke ich Ihnen unser Return-to-Sport-Protokoll nach Kreuzbandplastik mit den "
          "Testbatterien, frei zur Verwendung in Ihren Praxen. Und falls Ihre Physios bei unseren monatlichen Fallbesprechungen dabei sein "
          "möchten: Die sind offen und kostenlos."))
P("user_invited_value", "de", "Josef Bichler", "Inhaber | Physio am Chiemsee", "Prien am Chiemsee",
  ("acc",),
  ("msg", "Servus Alex, danke für d'Einladung! Wie auf der Messe gsagt: Mia ham a Kollegin, die nach München ziehn mag, a super "
          "Manualtherapeutin, und i hab leider nix in der Stadt für sie. Wenn's bei euch passt, stell i euch gern vor. Ihre Nummer schick i dir "
          "extra."))
P("user_invited_value", "en", "Aisha Rahman", "Clinical Lead | Sports Injury Clinic", "London",
  ("acc",),
  ("msg", "Thanks for the invite, Alex! Attaching our triage flowchart for acute hamstring injuries and the patient handout we talked about - "
          "feel free to translate and adapt. If your team wants to shadow a day in London, just let me know."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Florian Gasser", "Leitung Therapie | Rehazentrum Bad Aibling", "Bad Aibling", ("acc",))
P("acceptance_only", "en", "Olga Petrenko", "Head of Medical | Alpine Ski Team Support", "Munich", ("acc",))
P("lone_endorsement", "de", "Lena Wieser", "Physiotherapeutin | MOTUS München-Schwabing", "München", ("end",))
P("lone_endorsement", "de", "Marco Keller", "Sportwissenschaftler | Leistungsdiagnostik", "Zürich", ("end",))


ERAS = {p[2]: ("2016" if p[2] in ERAS_2016 else "cur") for p in PEOPLE}
assert ERAS_2016 <= set(ERAS), ERAS_2016 - set(ERAS)
assert len(ERAS) == len(PEOPLE), "a name is used twice"
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Eva Pichler", "eva.pichler@gmx.example.at", "Bewerbung Physiotherapie Standort Landstraße",
     "Sehr geehrte Damen und Herren,\n\nanbei meine Bewerbung für die ausgeschriebene Stelle in der Landstraße. Ich hab Ihnen auch über LinkedIn "
     "geschrieben, falls das schneller geht.\n\nMit freundlichen Grüßen\nEva Pichler", "de"),
    ("Praxismanagement Wien", "praxis.wien@motus-physio.example", "Bewerbungen über LinkedIn",
     "Hallo Alex,\n\ndiese Woche sind drei Bewerbungen direkt über LinkedIn gekommen statt über karriere.at. Soll ich die ins Bewerbertool "
     "übertragen?\n\nLG Sabine", "de"),
    ("Florian Moosbauer", "flo@theradesk.example", "Wir hatten uns auf LinkedIn geschrieben",
     "Hi Alex,\n\nich hatte dir auf LinkedIn eine Anfrage geschickt. Hier noch der Link zur Demo-Buchung, falls Mail für dich einfacher ist: "
     "https://theradesk.example/demo\n\nGruß, Flo", "de"),
    ("Kongressbüro Sportmedizin", "info@sportmedizin-kongress.example", "Programm online – Kongress Salzburg",
     "Das Programm des Sportmedizin-Kongresses ist online. Teilen Sie Ihre Teilnahme auf LinkedIn mit dem Hashtag #SMKSalzburg.", "de"),
    ("Steuerkanzlei Hainz", "buchhaltung@kanzlei-hainz.example", "Fehlende Belege Q3",
     "Grüß Gott,\n\nfür das dritte Quartal fehlt uns noch die Rechnung für LinkedIn Premium sowie der Beleg für die Stellenanzeige auf jobs.ch. "
     "Bitte bis 15. nachreichen.\n\nFreundliche Grüße", "de"),
    ("Teamkalender", "calendar@motus-physio.example", "Einladung: Fotoshooting Team München für LinkedIn und Website",
     "Wann: Donnerstag 8:00–10:00\nWo: Standort Schwabing, Trainingsfläche\nBitte Praxiskleidung mitbringen.", "de"),
    ("jobs.ch", "noreply@jobs.example.ch", "Ihr Inserat „Physiotherapeut/in 80–100 %“ ist online",
     "Ihr Inserat ist jetzt für 30 Tage online. Tipp: Teilen Sie das Inserat auch auf LinkedIn, um mehr Kandidatinnen zu erreichen.", "de"),
    ("physioswiss Sektion Zürich", "sektion.zh@physio.example.ch", "Newsletter: Tarifstruktur, Qualitätszirkel, LinkedIn",
     "Liebe Mitglieder\n\ndie Sektion ist neu auch auf LinkedIn. Die Unterlagen zur Tarifstruktur finden Sie wie gewohnt im Mitgliederbereich.",
     "de"),
    ("Siobhan Gallagher", "s.gallagher@tum.example.de", "ACL study protocol",
     "Hi Alex,\n\nas promised on LinkedIn, the protocol and the site agreement are attached. No rush - ethics only starts in autumn.\n\nSiobhan", "en"),
    ("Clinic Growth Advisory", "events@clinicgrowth.example", "Webinar: how top clinics use LinkedIn to hire",
     "Join our free webinar on how outpatient clinics use LinkedIn to recruit therapists. Places limited.", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot hundredth development corpus (dev100). Generated by scripts/make_corpus_dev100.py (seed {SEED}); do not edit by hand.",
          "# Alex as managing director of a physiotherapy and sports-medicine clinic chain in Munich, Vienna and Zurich: device and software "
          "vendors, insurers, sports clubs, job applicants, CPD trainers, peer clinic owners, healthcare recruiters, marketing agencies, rude ones; "
          "Bavarian, Austrian and Swiss German and English. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev100", SEED, PEOPLE, FOREIGN, spoofs=9, other=12, header=HEADER, eras=ERAS)
