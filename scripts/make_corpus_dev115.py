#!/usr/bin/env python3
"""Write mailbot's 115th, independent development corpus: tests/corpus/dev115/*.eml + expected.toml.

The angle: the user Alex Morgan is plant manager (Werkleiter) at Remstal Automotive Components,
an aluminium die-casting and machining supplier in Weinstadt near Stuttgart, and also answers
for the group's second plant in Plzeň, Czech Republic. Their LinkedIn world: automation and
robotics vendors (cobots, deburring cells, AGVs, MES, vibration sensors), staffing agencies for
temporary workers (German agencies, Polish and Ukrainian welders, workers from further away),
lean and energy consultants (shopfloor management, TPM, value streams, compressed air, PV
contracting, power brokers, energy audits), peer plant managers in Württemberg, Poland and
Czechia, the works council's union and the employers' association, the regional energy agency
and the chamber, trainees, students and engineers applying, executive recruiters with real
roles, and the ones who turn rude when nobody answers. Swabian-flavoured German ("i dät",
"gell", "a bissle", "Grüßle"), formal German with "Sehr geehrter Herr Morgan", and English from
Czech and Polish writers with their own turns of phrase. LinkedIn's wording is German or
English.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert,
news, group and newsletter titles, the names, cities, companies and headlines of spoof-only
people and PYMK suggestions, the pitches and phishing lines that spoofs carry, and LinkedIn's
wording languages (German and English only) are swapped for this world in this process only
(make_corpus.py itself is not changed). Accent stripping also maps the Polish and Turkish
letters that Unicode does not decompose (ł, ı), so that vanity names stay ASCII. Every note was
written from shared/taxonomy.md alone, without reading mailbot's signals, judge or wording, or
the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev115.py              # writes tests/corpus/dev115
    python scripts/make_corpus_dev115.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20261115

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the plant's world (this process only)
_strip = mc.strip_accents


def _strip_more(s: str) -> str:
    return _strip(s.replace("ł", "l").replace("Ł", "L").replace("ı", "i"))


mc.strip_accents = _strip_more

mc.L["de"]["skills"] = ["Lean Management", "Produktionsmanagement", "Automobilindustrie", "Druckguss", "Shopfloor Management", "IATF 16949"]
mc.L["en"]["skills"] = ["Lean Manufacturing", "Plant Operations", "Automotive", "Die Casting", "Continuous Improvement", "IATF 16949"]
mc.L["de"]["rheadline"] = "Werkleiter bei Remstal Automotive Components GmbH – Weinstadt und Plzeň"
mc.L["en"]["rheadline"] = "Plant Manager at Remstal Automotive Components (Weinstadt, DE and Plzeň, CZ)"
# Alex reads LinkedIn in German, sometimes switched to English: spoofs and LinkedIn's other mail use those two.
mc.LANGS[:] = ["de", "en", "de", "de", "en"]

mc.NAMES["de"] = (["Jochen", "Gabriele", "Sven", "Tamara", "Rolf", "Bettina", "Marcel", "Susanne", "Achim", "Carina", "Hartmut", "Jessica"],
                  ["Bader", "Ilg", "Wahl", "Notz", "Hummel", "Pfleiderer", "Mack", "Kehrer", "Bosch", "Trefz", "Schlotterbeck", "Frey"])
mc.NAMES["en"] = (["Jan", "Eva", "Martin", "Kamila", "Roman", "Aleksandra", "David", "Zuzana", "Michał", "Hana"],
                  ["Kovář", "Němec", "Urban", "Kowalski", "Jankowski", "Kubiak", "Fiala", "Růžička", "Wiśniewski", "Bartoš"])
mc.CITY["de"] = ["Stuttgart", "Weinstadt", "Esslingen am Neckar", "Waiblingen", "Ludwigsburg", "Schorndorf", "Göppingen", "Heilbronn"]
mc.CITY["en"] = ["Plzeň", "Praha", "Brno", "Ostrava", "Wrocław", "Katowice", "Poznań", "Stuttgart"]
mc.COMPANIES["good"] = ["Fellbacher Gusswerke", "Remstäler Präzisionsdreherei", "Hochschule Esslingen", "Silesia Castings", "Neckar Systems AG",
                        "Energieagentur Rems-Murr", "IHK Region Stuttgart", "Plzeň Machining s.r.o."]
mc.COMPANIES["sales"] = ["ProStaff Personal", "FabrikOS", "Cobot Solutions CZ", "WeldForce Staffing", "MoveBot", "NeckarEnergie Consulting",
                         "SafeLearn", "EastWorkers Agency"]
mc.HEADLINES["good"] = ["Werkleiter bei {co}", "Plant Manager at {co}", "Leiter Qualität | {co}", "Produktionsleiterin bei {co}",
                        "Process Engineer at {co}", "Ausbildungsleiter | {co}", "Head of Operations | {co}"]
mc.HEADLINES["sales"] = ["Key Account Manager | {co}", "Vertrieb Industrie | {co}", "Business Development Manager at {co}",
                         "Niederlassungsleiter bei {co}", "Sales Director DACH | {co}", "Account Executive at {co}"]
mc.JOBS[:] = [("Werkleiter (m/w/d) Druckguss", "Fellbacher Gusswerke"), ("Plant Manager – Aluminium Die Casting", "Silesia Castings"),
              ("Leiter Produktion und Technik (m/w/d)", "Neckar Systems AG"), ("Head of Operations CZ", "Plzeň Machining s.r.o."),
              ("Director Manufacturing Europe", "Alvera Mobility")]
retitle_other({
    "de": dict(job=("{n} neue Jobs für „Werkleiter“", "Ihr Jobalarm für Werkleiter in {city}"),
               news="Zulieferer unter Druck: Wie viele Werke schließt die Branche noch?",
               group="Top-Unterhaltungen in Lean Production & Shopfloor Management DACH",
               newsletter="Werkbank-Notizen: Was der neue Tarifabschluss für Schichtmodelle bedeutet"),
    "en": dict(job=("{n} new jobs for \"plant manager\"", "Your job alert for plant manager in {city}"),
               news="Are Central European plants still cheaper than German ones?",
               group="Top conversations in Automotive Suppliers CEE",
               newsletter="The Die-Casting Digest: scrap, porosity and gigacasting"),
})

SPOOF_PITCH = {
    "de": ["Guten Tag {first}, im Lieferantenportal liegt eine abgelehnte Rechnung für Ihr Werk Weinstadt. Bitte melden Sie sich mit Ihren LinkedIn-Daten an, um sie zu prüfen.",
           "Hallo {first}, ich habe Ihnen die Zeichnungen zur neuen Anfrage (Gehäuse EDU-4) freigegeben. Zum Öffnen bitte hier anmelden.",
           "Sehr geehrter Herr Morgan, Ihre Zahlung an den Personaldienstleister wurde gestoppt. Bestätigen Sie heute noch die neue Bankverbindung."],
    "en": ["Hi {first}, I shared the PPAP documents for the new housing with you through secure file share. Sign in to download them.",
           "Dear {first}, the customer audit report for Plzeň is ready. Please log in to confirm you have received it.",
           "Hello {first}, your supplier account is on hold because of a missing bank confirmation. Update it within 24 hours."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
mc.PHISH_NOTES["de"] = ["Guten Tag, anbei die aktualisierte Bestellung für das zweite Quartal. Bitte bestätigen Sie sie über den gesicherten Link.",
                        "Hallo, ich habe Ihnen eine Lieferantenselbstauskunft über LinkedIn Dokumente gesendet. Bitte anmelden und unterschreiben."]
mc.PHISH_NOTES["en"] = ["Hello, please find our new purchase order attached and confirm delivery dates through the secure portal.",
                        "Hi, I sent you the 8D report through LinkedIn Documents, please log in to view it."]

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "de", "Wolfgang Haug", "Werkleiter | Fellbacher Gusswerke GmbH", "Fellbach",
  ("inv", "Grüß Gott Herr Morgan, i bin Werkleiter in Fellbach, au Alu-Druckguss. Mir kämpfet grad mit Porosität an de E-Motor-Gehäuse. "
          "Hab g'hört, Sie hen des in Weinstadt in Griff kriegt. Dät mi arg interessiere, wie. Kaffee geht auf mi. Grüßle, W. Haug"),
  ("rem",))
P("good_invitation", "de", "Dr. Claudia Bässler", "Geschäftsführerin Bezirksgruppe Rems-Murr | Südwestmetall", "Waiblingen",
  ("inv", "Sehr geehrter Herr Morgan, am 12. November laden wir die Werk- und Personalleiter unserer Mitgliedsbetriebe zu einem Abend über "
          "den neuen Tarifabschluss und die Regeln zur Beschäftigungssicherung ein. Für Mitglieder kostenfrei. Ich würde mich freuen, Sie zu begrüßen."))
P("good_invitation", "en", "Tomáš Dvořák", "Quality Engineer | PPAP, 8D, Core Tools", "Plzeň",
  ("inv", "Dear Mr. Morgan, I have seen you are searching Quality Engineer for the Plzeň plant. I work 4 years with PPAP and customer "
          "complaints at a Tier-1 in Mladá Boleslav, speak Czech, English and German (B1). Can I send you my CV directly? Thank you. Tomáš"))
P("good_invitation", "de", "Lea Gauß", "Studentin Maschinenbau (DHBW Stuttgart) | Produktionstechnik", "Schorndorf",
  ("inv", "Hallo Herr Morgan, ich bin im 5. Semester an der DHBW und suche für meine Bachelorarbeit ein Werk, in dem ich die OEE-Daten einer "
          "Druckgusszelle auswerten darf. Sie bekämen die komplette Auswertung, Kosten entstehen keine. Wäre das etwas für Weinstadt?"),
  ("rem",))
P("good_invitation", "en", "Katarzyna Wójcik", "Plant Director | Silesia Castings Sp. z o.o.", "Gliwice",
  ("inv", "Hi Alex, I run a die-casting plant in Gliwice, we supply e-drive housings to the same OEM as you. Their new supplier quality manual "
          "is a puzzle for all of us, so a few plant managers compare how we read it. No consultants, no fees. Would you join us?"),
  ("rem",))
P("good_invitation", "de", "Markus Häfele", "Projektleiter Energieeffizienz-Netzwerke | Energieagentur Rems-Murr", "Waiblingen",
  ("inv", "Guten Tag Herr Morgan, im Januar startet unser neues Energieeffizienz-Netzwerk für Industriebetriebe im Kreis: vier moderierte Treffen "
          "im Jahr, Begehungen bei den Teilnehmern, vom Land gefördert und für Sie kostenfrei. Darf ich Ihnen die Unterlagen schicken?"))


# =============================================================== default_invitation
P("default_invitation", "de", "Ioana Popescu", "Personaldisponentin | Zeitarbeit Industrie & Logistik", "Stuttgart", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Marcin Zieliński", "Sales Engineer Robotics | Cobots & Palletizing", "Poznań", ("inv", NONOTE))
P("default_invitation", "de", "Timo Seitz", "Lean Consultant | Shopfloor Management | Six Sigma Black Belt", "Ludwigsburg", ("inv", NONOTE))
P("default_invitation", "en", "Radek Svoboda", "Production Supervisor | Ostrava", "Ostrava", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "de", "Nicole Kurz", "Niederlassungsleiterin | ProStaff Personaldienstleistungen", "Esslingen am Neckar",
  ("inv", "Hallo Herr Morgan, Engpass in der Spätschicht? Wir stellen Ihnen ab nächster Woche Maschinenbediener und Helfer, auch fürs Wochenende. "
          "Faire Verrechnungssätze, Equal Pay ab Tag 1. Darf ich Ihnen ein unverbindliches Angebot für Weinstadt schicken?"))
P("sales_invitation", "de", "Jiří Novotný", "Key Account Manager | Cobot Solutions CZ", "Brno",
  ("inv", "Dear Alex, our cobot palletizing cell pays back in 14 months, last year we installed 30 of them at automotive suppliers in Czech Republic. "
          "I would like to present it to you in Plzeň or online. When would you have 30 minutes?"),
  ("rem",), nl="en")
P("sales_invitation", "de", "Ralf Schnaitmann", "Inhaber | Sonnendach Solar-Contracting", "Backnang",
  ("inv", "Servus Herr Morgan, Ihr Hallendach in Weinstadt isch a richtige Verschwendung, so leer wie des isch 😉 Mir baue PV im Pachtmodell: "
          "koin Cent fürs Material, Sie zahle bloß de Strom, 30 % unterm Netzpreis. Derf i mol vorbeikomme und a Angebot mache?"))
P("sales_invitation", "en", "Agnieszka Kowalczyk", "Business Development | WeldForce Staffing – welders for DACH", "Wrocław",
  ("inv", "Hello Alex, we deliver certified welders (MIG/MAG, TIG) and CNC operators from Poland and Ukraine to German plants, A1 forms and "
          "accommodation organised by us. Rates from 29 EUR/h, start in 10 days. May I send you our price list?"))
P("sales_invitation", "de", "Steffen Maier", "Senior Sales Manager | FabrikOS MES", "Stuttgart",
  ("inv", "Sehr geehrter Herr Morgan, Werke Ihrer Größe holen mit FabrikOS im Schnitt 8 bis 12 Prozentpunkte OEE in sechs Monaten. Gern zeige ich "
          "Ihnen in einer 20-minütigen Online-Demo, wie das bei einem Druckgießer aus Heilbronn lief. Passt es nächste Woche?"),
  ("rem",))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "de", "Jürgen Bauknecht", "Gründer Werkleiter-Stammtisch Region Stuttgart", "Ludwigsburg",
  ("inv", "Hallo Herr Morgan, ich organisiere einen Stammtisch für Werkleiter aus der Region Stuttgart, einmal im Quartal, ohne Vorträge, "
          "nur Austausch unter Kollegen: Schichtmodelle, Energie, Personal, Betriebsrat. Hätten Sie Lust, nächstes Mal dabei zu sein?"),
  ("msg", "Freut mich, dass wir jetzt vernetzt sind! Kurz zu meinem Hintergrund: Hauptberuflich führe ich Shopfloor-Management in Zulieferwerken ein. "
          "Für Weinstadt könnte ich Ihnen eine dreitägige Potenzialanalyse zum Festpreis von 7.800 € anbieten. Wann können wir telefonieren?", (3, 9)),
  ("msg", "Hallo Herr Morgan, ich hake wegen der Potenzialanalyse noch einmal nach. Im Januar hätte ich zwei Termine frei, danach wird es eng. "
          "Soll ich Ihnen schon mal ein Angebot zuschicken?", (8, 20)))
P("bait_and_switch_invitation", "de", "Ondřej Krejčí", "Plant Manager | Kladno", "Kladno",
  ("inv", "Hello Alex, I am plant manager too, in Kladno. Short question: how do you handle the works council in Germany when you introduce "
          "3-shift system? Our group opens a plant in Bavaria next year and I am little bit afraid of it. Can we connect?"),
  ("msg", "Thanks for accepting! Actually next to the plant role I am partner in our sister company, we do sorting, rework and containment "
          "(CS1/CS2) for automotive in CZ and Germany. For Plzeň we can offer 24 EUR per hour, reaction in 4 hours. Shall I send you the offer?"),
  nl="en")
P("bait_and_switch_invitation", "de", "Heike Wörner", "Energieberaterin | Druckluft & Wärmerückgewinnung", "Esslingen am Neckar",
  ("inv", "Guten Tag Herr Morgan, wir haben mit einer Hochschule einen Praxisleitfaden zu Druckluftleckagen in Gießereien erstellt, 24 Seiten "
          "mit Checklisten. Kostenlos und ohne Haken. Soll ich Ihnen das PDF schicken?"),
  ("msg", "Wie versprochen der Leitfaden im Anhang. Übrigens übernehmen wir die Leckageortung auch vor Ort: Ultraschallmessung, Bericht und "
          "Maßnahmenliste für 4.900 € pauschal pro Werk. Soll ich Ihnen zwei Terminvorschläge schicken?", (2, 6)),
  ("msg", "Hallo Herr Morgan, kurze Erinnerung: Bis Monatsende gilt noch unser Winterpreis für Weinstadt und Plzeň zusammen, 8.400 € statt 9.800 €. "
          "Geben Sie mir kurz Bescheid?", (10, 25)))
P("bait_and_switch_invitation", "en", "Magdalena Szymańska", "Community Lead | CEE Plant Leaders Network", "Kraków",
  ("inv", "Hi Alex, I'm building a community for leaders of German-owned plants in Poland, Czechia and Slovakia, a monthly online meetup about "
          "what really works with local teams. Your Plzeň experience would be valuable. Join us?"),
  ("msg", "So glad you're in! Our meetups are supported by my leadership academy, and as a member you get 20% off the 6-month Plant Manager "
          "Coaching programme (5,400 EUR instead of 6,750). Shall I book you a discovery call this week?", (4, 12)))
P("bait_and_switch_invitation", "de", "Frank Bühler", "Arbeitskreis Transformation Zulieferer | Bühler Restrukturierung GmbH", "Ludwigsburg",
  ("inv", "Guten Tag Herr Morgan, im Arbeitskreis „Transformation Zulieferer“ tauschen sich Werk- und Personalleiter über Beschäftigungssicherung "
          "beim Umstieg auf E-Mobilität aus. Nächstes Treffen im März in Ludwigsburg. Darf ich Sie dazu einladen?"),
  ("msg", "Hallo Herr Morgan, unabhängig vom Arbeitskreis: Wir begleiten Zulieferer bei Restrukturierungen und Sozialplanverhandlungen mit dem "
          "Betriebsrat, das Honorar ist zum Teil erfolgsabhängig. Falls in Weinstadt etwas ansteht – haben Sie nächste Woche 30 Minuten für ein Kennenlernen?",
   (10, 30)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "de", "Simone Rapp", "Research Associate | Studie Energiekosten Mittelstand", "Stuttgart",
  ("inm", "Studie: Energiekosten in der Zulieferindustrie",
   "Guten Tag Herr Morgan, für eine Studie zu Energiekosten in der baden-württembergischen Zulieferindustrie suchen wir Werkleiter für ein "
   "15-minütiges Interview. Alle Teilnehmer erhalten den Ergebnisbericht kostenlos. Wären Sie dabei?"),
  ("inm", "Ihre Teilnahme an der Studie",
   "Vielen Dank für das Interview! Nach Ihren Angaben sehe ich bei Ihnen deutliches Potenzial beim Stromeinkauf: Über unsere Einkaufsgemeinschaft "
   "kämen Sie auf rund 18 % weniger. Ich stelle Ihnen das gern in einem Termin vor, die Vermittlungsgebühr trägt der Versorger.", (5, 14)))
P("bait_and_switch_inmail", "en", "Pavel Čermák", "Plant Manager (ret.) | Advisor", "Pardubice",
  ("inm", "Question from one plant guy to another",
   "Dear Alex, I was plant manager 20 years in Czech automotive. I read you run also Plzeň. How do you keep your operators when the big carmakers "
   "around pay more? I would be curious to compare experience, no agenda from my side."),
  ("inm", "Re: Question from one plant guy to another",
   "Thanks for your answer Alex, it was interesting. As I said I am advisor now - we bring operators from the Philippines and Vietnam to Czech "
   "plants, full work permit service. For 40 people the fee is 2,200 EUR per person. Can I send you the proposal?"))
P("bait_and_switch_inmail", "en", "Tomasz Lewandowski", "Founder | OEE Benchmark CEE", "Katowice",
  ("inm", "Free OEE benchmark for die-casting plants",
   "Hello Alex, we compare OEE and scrap rates of 40 die-casting plants in Germany, Poland and Czechia. Participants get the anonymised benchmark "
   "report for free. It takes 20 minutes to fill in. Interested?"),
  ("inm", "Your benchmark results",
   "Hi Alex, thanks for joining. The short summary is attached. The full report with your position against the top quartile and an improvement "
   "roadmap costs 3,900 EUR, or comes free with a 12-month licence of our OEE dashboard. Which option do you prefer?", (6, 15)))


# =============================================================== endorse_me_back
P("endorse_me_back", "de", "Dieter Gschwender", "Instandhaltungsleiter | offen für Neues", "Schorndorf",
  ("end",), ("end",),
  ("msg", "Hallo Alex, hab di grad für {skill} bestätigt, hosch dir verdient. Kannsch du mir au a paar Kenntnisse bestätige? "
          "Instandhaltung und TPM wär super, i guck mi grad um und des macht halt was her im Profil. Merci und Grüßle!"))
P("endorse_me_back", "en", "Łukasz Mazur", "Continuous Improvement Engineer | Lean Six Sigma Green Belt", "Łódź",
  ("end",),
  ("msg", "Hi Alex, I have endorsed you for {skill}. It would be very kind if you can endorse me back for Six Sigma and Project Management, "
          "I am applying for Black Belt position and recruiters look at this. Thank you in advance!"))
P("endorse_me_back", "de", "Manuela Kächele", "Key Account Managerin | Industrie-Personal Süd GmbH", "Göppingen",
  ("end",), ("end",),
  ("msg", "Sehr geehrter Herr Morgan, ich habe mir erlaubt, Ihre Kenntnisse in {skill} zu bestätigen. Dürfte ich Sie im Gegenzug um eine kurze "
          "Bestätigung für „Arbeitnehmerüberlassung“ und „Personalplanung“ bitten? Das wäre sehr freundlich. Mit besten Grüßen, Manuela Kächele"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "de", "Andreas Stäbler", "Vertriebsleiter | Stäbler Zeitarbeit", "Waiblingen",
  ("inv", "Hallo Herr Morgan, wir haben Ihnen 2021 in der Spätschicht mit 15 Leuten ausgeholfen. Wir hätten gern wieder mit Ihnen zu tun. "
          "Gibt es aktuell Bedarf?"),
  ("rem",),
  ("inm", "Keine Antwort ist auch eine Antwort",
   "Herr Morgan, zwei Anfragen, keine Reaktion. So geht man nicht mit Dienstleistern um, die einem in der Not ausgeholfen haben. Ich hätte von "
   "einem Werkleiter etwas mehr Anstand erwartet. Das werde ich bei Gelegenheit auch Ihrem Einkauf so sagen."))
P("hostility_after_decline", "en", "Zdeněk Kolář", "Production Engineer | 12 years automotive", "Plzeň",
  ("inv", DEFAULT),
  ("inm", "Your attitude",
   "Mr. Morgan, I see you ignore my invitation already one month. In Czech we have saying, who is too proud will fall hard. I have 12 years in "
   "automotive, I don't need your network, but this is very unprofessional for a plant manager. Good luck with your German arrogance."))
P("hostility_after_decline", "de", "Uwe Fischle", "Schichtleiter Montage", "Weinstadt",
  ("inv", "Servus Herr Morgan, mir kennet uns vom Sportverein in Endersbach, i schaff seit 20 Jahr im Nachbarbetrieb. Dät mi freue, wenn mir uns vernetzet."),
  ("inm", "Ja no",
   "Ja no, dann halt ned. Isch scho a bissle überheblich, wenn mer mit de Leut aus'm Ort nemme schwätzt, bloß weil mer jetzt Werkleiter isch. "
   "Hätt i ned denkt von Ihne. Ade."))
P("hostility_after_decline", "en", "Paweł Wróbel", "Process Engineer | Die Casting | Open to work", "Opole",
  ("inv", "Dear Alex, I applied 3 weeks ago for Process Engineer in Weinstadt (ref. 2024-117). Could you maybe look at my application? "
          "I have 6 years on cold-chamber machines."),
  ("rem",),
  ("inm", "Application",
   "No answer for one month. You post everywhere about 'Fachkräftemangel' but you cannot answer to an experienced engineer. Now I understand "
   "why nobody wants to work in your company. Pure arrogance, Mr. Plant Manager."))


# =============================================================== hostility_connection
P("hostility_connection", "de", "Holger Wieland", "Vertrieb Intralogistik | FTS & AMR | MoveBot GmbH", "Heilbronn",
  ("msg", "Hallo Herr Morgan, wie läuft bei Ihnen der Materialtransport zwischen Gießerei und Bearbeitung? Unsere autonomen Routenzüge ersetzen "
          "zwei Staplerfahrer pro Schicht. Wollen wir einen Termin vor Ort machen?"),
  ("msg", "Hallo Herr Morgan, ich melde mich noch einmal: Im Februar hätten wir eine Teststellung frei, vier Wochen. Danach Kauf oder Leasing "
          "ab 3.200 € im Monat. Sagen Sie mir nur kurz, ob Interesse besteht."),
  ("msg", "Drei Nachrichten, null Antwort. Bei Ihnen fahren noch Stapler wie 1995, und Sie haben es offensichtlich nicht nötig, zwei Zeilen zu "
          "schreiben. Mit dieser Haltung wird Ihr Standort die Transformation nicht überleben."))
P("hostility_connection", "en", "Michaela Veselá", "Sales Manager | Sorting & Rework Services CZ", "Mladá Boleslav",
  ("acc",),
  ("msg", "Dear Alex, thank you for connecting after our talk at the fair in Brno! As promised our offer for sorting and rework in your Plzeň "
          "plant: 21 EUR/hour, 24/7, daily reports in your portal. When can we start?"),
  ("msg", "Alex, you invited me yourself at the fair and now you don't even reply to my offer? I think this is the typical arrogance of German "
          "managers to Czech suppliers. Very disappointing. Don't worry, I will not write you again."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "de", "Birgit Fauser", "Niederlassungsleiterin | Flexwerk Personal GmbH", "Waiblingen",
  ("msg", "Guten Morgen Herr Morgan, Ihre Auftragsspitze im vierten Quartal kommt bestimmt 😉 Wir hätten ab sofort zwölf eingearbeitete "
          "Produktionshelfer frei, Übernahme nach neun Monaten ohne Ablöse. Soll ich Ihnen Profile schicken?"),
  ("msg", "Hallo Herr Morgan, kurze Info: Wir haben jetzt auch Elektriker und Industriemechaniker im Pool, Verrechnungssatz ab 42,80 €. "
          "Wann darf ich Sie anrufen?"),
  ("msg", "Frohes neues Jahr! Für Inventur und Hochlauf im Januar kann ich Ihnen kurzfristig acht Leute stellen. Sollen wir das fix machen?"))
P("connection_only_pitches", "en", "Krzysztof Dąbrowski", "Sales Director | RoboWeld Integration Sp. z o.o.", "Poznań",
  ("msg", "Hi Alex, we just finished a robotic deburring cell for a Tier-1 in Ingolstadt, 2 operators less per shift. I think it fits your "
          "machining line in Weinstadt. Can I send you the case study and a budget price?"),
  ("msg", "Hello Alex, following up on the deburring cell. We can offer a fixed price of 265k EUR including installation, delivery in 16 weeks. "
          "Do you have time for a call on Thursday?"))
P("connection_only_pitches", "de", "Oliver Nägele", "Energiebroker | Strom & Gas für Industrie | NeckarEnergie Consulting", "Heilbronn",
  ("msg", "Hallo Herr Morgan, die Terminmärkte für 2026 sind gerade günstig, wir fixieren für Industriekunden Tranchen ohne Mindestabnahme. "
          "Soll ich Ihnen für Weinstadt eine Angebotsübersicht erstellen? Dafür bräuchte ich nur Ihre letzte Jahresabrechnung."),
  ("msg", "Guten Tag Herr Morgan, der Strompreis hat diese Woche noch einmal nachgegeben, so ein Fenster ist selten. Haben Sie die Abrechnung "
          "schon gefunden? Dann rechne ich Ihnen das bis Freitag durch."))
P("connection_only_pitches", "de", "Petra Šimková", "Lean Six Sigma Trainer | Certified Courses CZ/SK", "Praha",
  ("msg", "Hello Alex, our next Green Belt course in Plzeň starts 3 March, 5 days, 1,450 EUR per person including certificate. For your "
          "engineers we give group discount from 5 participants. Shall I reserve places?"),
  ("msg", "Dear Alex, only 3 places left for the Green Belt course. We can also do in-house training directly in your plant, price on request. "
          "Let me know!"),
  nl="en")


# =============================================================== single_pitch
P("single_pitch", "de", "Emre Yıldız", "Geschäftsführer | Yıldız Industrieservice – Reinigung & Instandhaltung", "Fellbach",
  ("msg", "Hallo Herr Morgan, wir reinigen Druckgussmaschinen, Hallenböden und Absauganlagen, auch am Wochenende, damit die Produktion nicht steht. "
          "Darf ich Ihnen für Weinstadt ein Angebot machen? Die Besichtigung vorab ist kostenlos."))
P("single_pitch", "de", "Lukáš Marek", "Sales | Toolmaking & Die-Casting Moulds", "Zlín",
  ("msg", "Dear Mr. Morgan, we are toolmaker from Zlín producing die-casting moulds for aluminium housings up to 2,500 t. Our prices are 30% "
          "under German toolmakers with the same steel and quality. Please send us drawings of your next project and we prepare quotation in 5 days."),
  nl="en")
P("single_pitch", "de", "Tanja Munz", "Außendienst | Arbeitsschutz & Berufsbekleidung", "Göppingen",
  ("msg", "Hallo Alex! Neue Kollektion Sicherheitsschuhe S3 ESD ist da, und Arbeitskleidung gibt's auch mit Firmenlogo. Für Betriebe ab 200 "
          "Mitarbeitern bieten wir Mietwäsche mit Reparaturservice an. Soll ich mal mit Mustern vorbeikommen?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "de", "Eberhard Schwämmle", "Werkleiter | Remstäler Präzisionsdreherei", "Remshalden",
  ("msg", "Grüß Gott Herr Morgan, wie beim Neujahrsempfang versproche: Anbei unser Schichtplan für die 4-Schicht mit Wochenendgruppe und die "
          "Betriebsvereinbarung dazu, wie mir se mit unserm Betriebsrat ausg'handelt hen. Namen hab i g'schwärzt. Nehmet Se raus, was Ihne hilft."),
  ("msg", "Noch a Nachtrag: Die IHK macht am 6. Mai a kostenlose Infoveranstaltung zur neuen Arbeitszeiterfassung. I geh hin. Wenn Se mitwellet, "
          "saget Se Bescheid, dann fahret mir zamme."))
P("connection_brings_value", "en", "Jana Benešová", "HR Manager | Plzeň region", "Plzeň",
  ("msg", "Hi Alex, the wage survey of the Plzeň region employers' association is out. I can share the summary for operators and setters with "
          "you, it is free for members and your Plzeň plant is a member anyway. Also the job fair at the technical high school is on 14 March, "
          "stands are free for local companies."))
P("connection_brings_value", "de", "Thomas Kübler", "Gewerkschaftssekretär | IG Metall Waiblingen", "Waiblingen",
  ("end",),
  ("msg", "Guten Tag Herr Morgan, wir laden Betriebsräte und Werkleitungen aus dem Rems-Murr-Kreis zu einer gemeinsamen Transformationskonferenz "
          "am 20. Juni ins Bürgerzentrum Waiblingen ein. Themen: Qualifizierung, Förderprogramme, Beispiele aus zwei Betrieben. Die Teilnahme ist "
          "kostenfrei. Ihr Betriebsratsvorsitzender hat schon zugesagt, es wäre gut, wenn auch die Werkleitung dabei ist."))
P("connection_brings_value", "en", "Joanna Kamińska", "Assistant Professor | Machine Vision Lab, Wrocław University of Science and Technology", "Wrocław",
  ("msg", "Dear Alex, our lab starts a funded research project on detecting porosity in die-cast parts from surface images, without X-ray. We are "
          "looking for one industrial partner who can give us 200 sample parts; in return you get the trained model and all results, at no cost. "
          "Would Weinstadt or Plzeň be interested?"),
  ("msg", "Thank you for the samples! First results: we catch 87% of the rejected parts from surface images alone. The short report is attached. "
          "We present it at a free workshop in Wrocław in October, if your quality people want to come."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "de", "Dr. Rainer Ziegler", "Partner | Ziegler & Oßwald Executive Search", "Stuttgart",
  ("inm", "Werkleitung (m/w/d) – familiengeführter Zulieferer, Ostalb",
   "Sehr geehrter Herr Morgan, im Auftrag eines familiengeführten Automobilzulieferers auf der Ostalb (rund 900 Mitarbeitende, Leichtmetallguss) "
   "suche ich eine Werkleitung mit Erfahrung im Druckguss und in der Zusammenarbeit mit dem Betriebsrat. Die Position berichtet direkt an die "
   "Geschäftsführung. Hätten Sie Interesse an einem vertraulichen Gespräch?"))
P("stranger_inmail_recruiter", "en", "Martina Horáková", "Senior Recruiter | New EV component plant, Ostrava", "Ostrava",
  ("inm", "Plant Director - new EV component plant near Ostrava",
   "Dear Alex, I am recruiting a Plant Director for a new plant making aluminium battery trays near Ostrava, start of production next year, "
   "450 people at ramp-up. Your mix of German and Czech plant experience is exactly what the board asks for. Relocation package included. "
   "Could we talk this week?"))
P("stranger_inmail_recruiter", "de", "Melanie Kienzle", "Head of Executive Hiring | Neckar Systems AG", "Stuttgart",
  ("inm", "Geschäftsführer Operations – Neckar Systems AG",
   "Hallo Herr Morgan, ich leite bei der Neckar Systems AG das Executive Hiring. Wir suchen zum Jahresbeginn einen Geschäftsführer Operations "
   "für unsere drei Werke in Baden-Württemberg und Ungarn – direkt, ohne Agentur. Zwei Standorte in zwei Ländern, wie Sie sie führen, sind "
   "genau die Erfahrung, die wir brauchen. Darf ich Ihnen die Stellenbeschreibung schicken?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "de", "Jonas Schempp", "Account Manager | SafeLearn Unterweisungen", "Karlsruhe",
  ("inm", "Unterweisungen in 14 Sprachen",
   "Hallo Herr Morgan, wie unterweisen Sie aktuell Zeitarbeitskräfte, die kein Deutsch sprechen? Mit SafeLearn laufen Sicherheitsunterweisungen "
   "per Tablet in 14 Sprachen, rechtssicher dokumentiert. Ich zeige es Ihnen gern in 15 Minuten – wann passt es Ihnen?"))
P("stranger_inmail_sales", "en", "Dorota Pawlak", "Managing Director | EastWorkers Agency", "Rzeszów",
  ("inm", "Workers for your plants",
   "Hello Mr Morgan, we have 60 experienced production workers from Poland, Ukraine and Moldova ready to start in Germany or Czech Republic "
   "within 2 weeks. All documents handled by us, 27.50 EUR/h all-in. Shall I send you the list of candidates?"),
  ("inm", "Re: Workers for your plants",
   "Dear Mr Morgan, just a reminder about our offer. We now have also 10 forklift drivers with licence available. Waiting for your reply."))
P("stranger_inmail_sales", "de", "Kai Oßwald", "Lean Consultant | Wertstromdesign", "Reutlingen",
  ("inm", "Wertstromanalyse zum Festpreis",
   "Guten Tag Herr Morgan, in vier Tagen erstellen wir mit Ihrem Team eine Wertstromanalyse für eine Produktlinie, mit Soll-Zustand und "
   "Maßnahmenplan, Festpreis 6.900 € netto. Wollen wir kurz telefonieren?"))
P("stranger_inmail_sales", "de", "Vojtěch Pokorný", "Business Development | Predictive Maintenance Sensors", "Brno",
  ("inm", "Vibration sensors for your die casting",
   "Dear Alex, one hour of unplanned downtime on a 2,000 t die-casting machine easily costs 8,000 EUR. Our wireless vibration sensors warn you "
   "3 weeks earlier. We offer a paid pilot on 3 machines from 4,900 EUR. Can I show you a demo next week?"),
  nl="en")


# =============================================================== good_turns_ugly
P("good_turns_ugly", "de", "Michael Schuon", "Werkleiter a. D. | Operations", "Kernen im Remstal",
  ("inv", "Hallo Herr Morgan, ich war bis letztes Jahr Werkleiter bei einem Zulieferer in Murrhardt und habe dort zweimal Kurzarbeit durchgezogen. "
          "Falls das bei Ihnen gerade Thema ist, teile ich gern meine Unterlagen für den Antrag bei der Agentur."),
  ("msg", "Wie besprochen: Anbei meine Checkliste für die Anzeige über Arbeitsausfall und die Vorlage für die Betriebsvereinbarung. Wichtig ist, "
          "die Stundenkonten vorher sauber abzubauen, sonst gibt es bei der Prüfung Ärger."),
  ("msg", "Hallo Herr Morgan, noch eine Sache: Ich bin inzwischen als Interim Manager unterwegs und hätte ab März Kapazität, zum Beispiel für "
          "Ihr Werk in Plzeň. Tagessatz 1.450 € zzgl. Spesen. Wollen wir uns dazu austauschen?", (15, 40)))
P("good_turns_ugly", "en", "Lenka Procházková", "Labour Law Specialist | HR Business Partner", "Praha",
  ("inv", "Hello Alex, from January the Czech labour code changes for agency workers and overtime. I prepared a one-page summary in English "
          "for German managers of Czech plants, happy to share it, no strings."),
  ("msg", "Here is the summary, as promised. Point 3 about agency workers is the most important for Plzeň - the limit is now counted per "
          "employer, not per contract."),
  ("end",),
  ("msg", "Glad it helped! One small thing: I endorsed you for {skill}, could you endorse me for Labour Law and HR Consulting? I am building "
          "my freelance profile. Děkuji!"))
P("good_turns_ugly", "de", "Sabine Dürr", "Moderatorin Energienetzwerk Ostwürttemberg | Dürr Energiesysteme", "Schwäbisch Gmünd",
  ("inv", "Guten Tag Herr Morgan, ich moderiere ehrenamtlich ein kleines Netzwerk von Energiebeauftragten aus Gießereien. Wir treffen uns "
          "reihum in den Betrieben, ohne Kosten. Haben Sie oder Ihr Energiemanager Lust, dazuzukommen?"),
  ("msg", "Danke für Ihr Interesse! Anbei das Protokoll vom letzten Treffen bei der Gießerei in Aalen. Spannend war vor allem die Abwärme "
          "der Schmelzöfen für die Hallenheizung."),
  ("msg", "Hallo Herr Morgan, da Sie nach der Abwärme gefragt haben: Meine Firma plant und baut solche Wärmerückgewinnungen schlüsselfertig, "
          "für Weinstadt schätze ich 180 bis 220 T€. Wollen wir eine Begehung vor Ort ausmachen? Die Erstberatung berechnen wir nur bei Auftrag.",
   (8, 20)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Monika Adamczyk", "Account Manager | ProTemp Polska – Staffing for Germany", "Szczecin",
  ("inm", "Production workers from Poland",
   "Hello Alex, we are a staffing agency with 15 years of experience supplying production workers to German automotive. We can deliver "
   "20 people within 3 weeks for your Weinstadt plant. Price list attached, can we talk?"),
  ("inv", "Hi Alex, great to see you at the automotive suppliers' conference in Katowice! Your talk about the Plzeň ramp-up was really "
          "inspiring. Let's stay in touch."))
P("reinvite_known_bad", "de", "Daniel Ruoff", "Vertrieb | Industrieroboter & Automation", "Pforzheim",
  ("inv", DEFAULT),
  ("inv", "Hallo Herr Morgan, wir hatten uns auf der Motek kurz am Stand über Entgratroboter unterhalten. Würde mich freuen, wenn wir in Kontakt bleiben."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "de", "Werner Kohlhaas", "Geschäftsführer | Kohlhaas Zeitarbeit & Industrieservice", "Winnenden",
  ("inv", "Guten Tag Herr Morgan, Personal für den Hochlauf gefällig? Wir liefern innerhalb einer Woche. Rufen Sie mich an."),
  ("inm", "Unfassbar",
   "Herr Morgan, Sie halten es nicht einmal für nötig, eine Kontaktanfrage zu beantworten. Diese Arroganz kenne ich von Konzernleuten, "
   "aber bei einem Zulieferer hätte ich mehr Bodenhaftung erwartet. Schämen Sie sich."),
  ("inv", "Hallo Herr Morgan, neues Jahr, neuer Anlauf – vielleicht passt es ja jetzt. Beste Grüße, W. Kohlhaas"))
P("reinvite_known_ugly", "en", "Jakub Sedláček", "Managing Partner | CzechPlant Advisors", "Praha",
  ("inm", "Czech-German plant managers' circle",
   "Dear Alex, we are a small informal circle of German plant managers who run plants in Czechia. We meet 3 times a year in Prague for dinner "
   "and open talk. Would you like to join next time?"),
  ("inm", "Re: Czech-German plant managers' circle",
   "Thanks Alex! Before the dinner: our advisory firm helps German companies with Czech investment incentives, up to 25% of capex. Our success "
   "fee is 8%. Shall we prepare an assessment for Plzeň?"),
  ("inv", "Hi Alex, happy new year! Let's connect here, it's easier."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "de", "Stefanie Rau", "Vertriebsingenieurin | Kollaborative Robotik", "Augsburg",
  ("acc",),
  ("msg", "Danke für die Einladung, Herr Morgan, schön, dass wir uns auf der automatica getroffen haben! Wie besprochen: Für die Beladung Ihrer "
          "Bearbeitungszentren hätten wir eine Cobot-Zelle im Mietmodell ab 1.990 € im Monat. Darf ich Ihnen ein Angebot schicken?"))
P("user_invited_pitch_once", "en", "Piotr Górski", "Key Account Manager | Road freight DE–PL–CZ", "Wrocław",
  ("acc",),
  ("msg", "Hi Alex, thanks for connecting! Since you ship between Weinstadt and Plzeň every day, we can offer a dedicated shuttle with two "
          "drivers, 890 EUR per round trip. Can I send you the full offer?"))
P("user_invited_pitch_once", "de", "Claudia Nill", "Energieberaterin (BAFA) | ISO 50001", "Kirchheim unter Teck",
  ("acc",),
  ("msg", "Vielen Dank für die Vernetzung nach dem IHK-Abend! Wie angesprochen wird Ihr Energieaudit nach EnEfG nächstes Jahr fällig. "
          "Für Standorte Ihrer Größe machen wir das zum Pauschalpreis von 8.500 €. Soll ich Ihnen einen Vorschlag schicken?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Radim Kučera", "Owner | Automation Integrator Brno", "Brno",
  ("acc",),
  ("msg", "Hello Alex, thank you for invitation. We can automate the leak testing station in your Plzeň plant, our engineers are 40% cheaper "
          "than German integrators. Shall I prepare an offer?"),
  ("msg", "Dear Alex, any news? We have free capacity in April, it would be good time for the project. I can come to Plzeň any day."))
P("user_invited_pitch_twice", "de", "Felix Dengler", "Senior Consultant | Lean Production & TPM", "Heilbronn",
  ("acc",),
  ("msg", "Hallo Herr Morgan, danke fürs Annehmen! Nach unserem Gespräch beim VDI-Treffen habe ich mir Gedanken gemacht: Ein TPM-Programm "
          "für Ihre Druckgießerei würde ich in drei Phasen aufsetzen, Phase 1 für 24.000 €. Soll ich ein Angebot schicken?"),
  ("msg", "Hallo Herr Morgan, ich wollte wegen TPM noch einmal nachfassen. Im Februar hätte ich ein Team frei. Passt Ihnen ein Call am Donnerstag?"))
P("user_invited_pitch_twice", "de", "Yvonne Hägele", "Regionalleiterin | TopJob Personaldienste", "Schorndorf",
  ("acc",),
  ("msg", "Hallo Herr Morgan, vielen Dank für die Vernetzung! Wir sind seit 15 Jahren im Remstal unterwegs und hätten sofort Helfer für "
          "Montage und Verpackung verfügbar. Darf ich Ihnen unsere Konditionen schicken?"),
  ("msg", "Hallo Herr Morgan, kurze Nachfrage zu meinem Angebot: Für den Hochlauf im Januar könnten wir Ihnen zehn Mitarbeitende stellen. "
          "Melden Sie sich gern!"))


# =============================================================== user_invited_value
P("user_invited_value", "de", "Prof. Dr. Matthias Eisele", "Professor für Produktionstechnik | Hochschule Esslingen", "Esslingen am Neckar",
  ("acc",),
  ("msg", "Lieber Herr Morgan, danke für die Anfrage! Wie besprochen suchen wir für das Sommersemester Praxisprojekte für unser Masterseminar "
          "Fabrikplanung. Vier Studierende würden ein Layoutkonzept für Ihre neue Bearbeitungshalle erarbeiten. Für Sie kostenfrei, nötig wäre "
          "nur ein Ansprechpartner im Werk."))
P("user_invited_value", "en", "Marek Zając", "Plant Manager | Aluminium Machining, Częstochowa", "Częstochowa",
  ("acc",),
  ("msg", "Hi Alex, good to be connected after the IATF workshop. As promised, here is our internal checklist for the VDA 6.3 process audit, "
          "translated to English. Take what is useful. If your Plzeň team wants to see our line, you are welcome anytime."))
P("user_invited_value", "de", "Karin Rieker", "Ausbildungsberaterin | IHK Region Stuttgart", "Stuttgart",
  ("acc",),
  ("msg", "Hallo Herr Morgan, danke für die Einladung! Anbei wie besprochen die Termine der kostenlosen Info-Nachmittage zur Ausbildereignung "
          "und die Kontaktdaten meiner Kollegin, die Sie zu den neuen Ausbildungsberufen rund um E-Mobilität berät. Melden Sie sich jederzeit."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Stefan Vollmer", "Leiter Lieferantenentwicklung | Tier-1 Antriebstechnik", "Stuttgart", ("acc",))
P("acceptance_only", "en", "Veronika Kratochvílová", "Director of Operations | Plzeň Industrial Zone", "Plzeň", ("acc",))
P("lone_endorsement", "de", "Jan Stelzer", "Auszubildender Industriemechaniker | Remstal Automotive Components", "Weinstadt", ("end",))
P("lone_endorsement", "en", "Filip Hájek", "Maintenance Technician | Plzeň", "Plzeň", ("end",))


# ------------------------------------------------------------------------- layout eras
# Everyone is in the current layout except these, whose mail carries nothing tied to recent years.
SIXTEEN = {"Ioana Popescu", "Radek Svoboda", "Jiří Novotný", "Agnieszka Kowalczyk", "Tanja Munz", "Lukáš Marek", "Krzysztof Dąbrowski",
           "Uwe Fischle", "Stefan Vollmer", "Jan Stelzer", "Dieter Gschwender", "Łukasz Mazur", "Piotr Górski", "Radim Kučera", "Marek Zając"}
ERAS = {p[2]: ("2016" if p[2] in SIXTEEN else "cur") for p in PEOPLE}

for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Wolfgang Haug", "w.haug@fellbacher-gusswerke.example", "Porosität E-Motor-Gehäuse",
     "Grüß Gott Herr Morgan,\n\ni hab Ihne au über LinkedIn g'schrieben, aber vielleicht isch Mail eifacher. Hätten Se nächste Woch a halbe Stund?\n\nGrüßle\nWolfgang Haug", "de"),
    ("Betriebsrat Weinstadt", "betriebsrat@remstal-ac.example", "Transformationskonferenz IG Metall am 20. Juni",
     "Hallo Alex,\n\nHerr Kübler von der IG Metall hat dich wohl auch über LinkedIn eingeladen. Wir vom Betriebsrat gehen zu dritt hin. Kommst du mit?\n\nGruß\nSandra", "de"),
    ("Personalabteilung Plzeň", "hr.plzen@remstal-ac.example", "Application Tomáš Dvořák – Quality Engineer",
     "Hi Alex,\n\nTomáš Dvořák sent his CV to us as well, he said he contacted you on LinkedIn. We have interview slots on Tuesday. Do you want to join by Teams?\n\nJitka", "en"),
    ("Flexwerk Personal GmbH", "info@flexwerk-personal.example", "Ihr Personalbedarf im vierten Quartal",
     "Sehr geehrter Herr Morgan,\n\nwir hatten Sie bereits über LinkedIn angesprochen. Anbei unsere aktuelle Preisliste für Produktionshelfer und Fachkräfte.\n\nMit freundlichen Grüßen\nBirgit Fauser", "de"),
    ("IT-Sicherheit", "it-security@remstal-ac.example", "Warnung: gefälschte LinkedIn-Nachrichten mit Lieferantenportal-Links",
     "Liebe Kolleginnen und Kollegen,\n\nderzeit kursieren gefälschte LinkedIn-Mails, die auf ein angebliches Lieferantenportal verlinken. Bitte nichts anklicken und an it-security melden.", "de"),
    ("Unternehmenskommunikation", "kommunikation@remstal-ac.example", "Bitte teilen: 25 Jahre Werk Weinstadt",
     "Hallo zusammen,\n\nunser Beitrag zum Werksjubiläum ist jetzt auf der LinkedIn-Seite online. Es wäre schön, wenn die Werkleitung ihn teilt.\n\nViele Grüße\nKommunikation", "de"),
    ("XING", "mailrobot@mail.xing.example", "Neue Kontaktanfrage von Gerd Weeber",
     "Hallo Alex Morgan, Gerd Weeber möchte sich mit Ihnen auf XING vernetzen. Sie sind auch über LinkedIn mit 14 gemeinsamen Kontakten verbunden.", "de"),
    ("automatica", "newsletter@automatica-messe.example", "automatica: Ihr Ticket und das Programm",
     "Ihr Besucherticket ist da. Folgen Sie uns auf LinkedIn für Live-Demos aus den Hallen und das Programm der Robotik-Foren.", "de"),
    ("Microsoft Teams", "no-reply@teams.example", "Einladung: LinkedIn Learning Lizenzen für Schichtleiter – Abstimmung",
     "Sie wurden zu einer Besprechung eingeladen: LinkedIn Learning Lizenzen für Schichtleiter\nWann: Mittwoch 10:00 – 10:30\nOrganisator: personalentwicklung@remstal-ac.example", "de"),
    ("Jitka Holubová", "jitka.holubova@remstal-ac.example", "Job fair photos for LinkedIn",
     "Hi Alex,\n\nhere are the photos from the job fair at the technical high school. Can I post two of them on the Plzeň LinkedIn page with your quote?\n\nJitka", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot development corpus dev115. Generated by scripts/make_corpus_dev115.py (seed {SEED}); do not edit by hand.",
          "# Alex as plant manager at an automotive supplier near Stuttgart with a second plant in Plzeň: automation and robotics vendors, "
          "temporary-staffing agencies, lean and energy consultants, peer plant managers, works council and associations, applicants, recruiters; "
          "Swabian-flavoured and formal German, English from Czech and Polish writers. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev115", SEED, PEOPLE, FOREIGN, spoofs=13, other=12, header=HEADER, eras=ERAS)
