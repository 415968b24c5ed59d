#!/usr/bin/env python3
"""Write mailbot's fifty-eighth, independent development corpus: tests/corpus/dev58/*.eml + expected.toml.

The angle: the user Alex is clinical director (medicine and urgent care) at Ashcombe, an acute
hospital trust in the English Midlands, with a partner clinic in Germany (Klinikum Auental,
Freiburg) and friends in Austrian and Swiss hospitals. Their LinkedIn world: medtech and pharma
reps, locum and nurse staffing agencies, CME/CPD events (free ones and paid masterclasses),
clinical researchers looking for trial sites, healthcare IT vendors (EPR modules, rostering,
AI triage), patient-advocacy groups, junior doctors asking for career advice, executive search
for board-level medical posts, and the partner clinic's doctors. The writing is British NHS
English (rotas, job plans, SDEC, ICBs, band 5s) and German in the Sie form, with Austrian
("Grüß Gott", "heuer", "Jänner", "Primararzt", "€ 1.450,–") and Swiss ("Grüezi", "Spital",
"Offerte", "Merci vielmal", no ß, CHF 28'000) turns. Every scenario of the taxonomy appears.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, job-alert titles, names and cities of
spoof-only people, PYMK headlines, a few digest subjects, the recipient's headline and the
pitches that spoofs carry are swapped for clinical ones in this process only (make_corpus.py
itself is not changed). LinkedIn's own wording is English or German only here. Every note was
written from shared/taxonomy.md alone, without reading mailbot's signals, judge or wording, or
the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev58.py              # writes tests/corpus/dev58
    python scripts/make_corpus_dev58.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260858

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ clinical world (this process only)
mc.LANGS[:] = ["en", "de", "en", "de", "en"]
mc.L["en"]["rheadline"] = "Clinical Director, Medicine & Urgent Care at Ashcombe Hospitals NHS Foundation Trust"
mc.L["de"]["rheadline"] = "Clinical Director, Medicine & Urgent Care bei Ashcombe Hospitals NHS Foundation Trust"
mc.L["en"]["skills"] = ["Clinical Governance", "Patient Safety", "Acute Medicine", "Quality Improvement", "Medical Education", "Healthcare Management"]
mc.L["de"]["skills"] = ["Patientensicherheit", "Akutmedizin", "Qualitätsmanagement", "Medizinische Lehre", "Krankenhausmanagement"]
mc.NAMES["en"] = (["Aisling", "Babajide", "Charlotte", "Deepa", "Euan", "Fatima", "George", "Harpreet", "Isla", "Jack", "Kemi", "Lydia", "Mohammed",
                   "Niamh", "Owen", "Poppy", "Rhys", "Shabnam", "Theo", "Yusuf"],
                  ["Ahmed", "Barker", "Chowdhury", "Dlamini", "Evans", "Fitzgerald", "Goddard", "Hale", "Iqbal", "Jenkins", "Kaur", "Lennox",
                   "Mensah", "Nowak", "Osborne", "Pritchard", "Quinn", "Rowntree", "Shah", "Tomlinson"])
mc.NAMES["de"] = (["Andrea", "Bettina", "Dominika", "Elias", "Friedrich", "Hanna", "Ines", "Josef", "Kathrin", "Leopold", "Marlene", "Nico",
                   "Ottilie", "Pascal", "Regula", "Severin", "Theresa", "Valentin"],
                  ["Aigner", "Baumgartner", "Egli", "Forster", "Gschwend", "Haas", "Imhof", "Jäggi", "Kofler", "Lüthi", "Moser", "Nussbaumer",
                   "Obermayr", "Pichler", "Reiter", "Steiner", "Wallner", "Zeller"])
mc.CITY["en"] = ["Leicester", "Nottingham", "Birmingham", "Derby", "Sheffield", "London"]
mc.CITY["de"] = ["Freiburg im Breisgau", "München", "Wien", "Graz", "Zürich", "Basel"]
mc.JOBS[:] = [("Clinical Director – Urgent & Emergency Care", "Lindholme Hospitals NHS FT"), ("Deputy Medical Director", "Severnside University Hospitals"),
              ("Consultant in Acute Medicine", "Ashcombe Hospitals NHS FT"), ("Chefarzt Innere Medizin (m/w/d)", "Klinikum Mittelbaden"),
              ("Divisional Medical Director", "Trentvale NHS Trust"), ("Primararzt/Primarärztin Akutgeriatrie", "LKH Südsteiermark")]
mc.COMPANIES["good"] = ["Ashcombe Hospitals NHS FT", "Lindholme Hospitals NHS FT", "Klinikum Auental", "NIHR CRN East Midlands", "Royal College of Physicians",
                        "Kantonsspital Seetal", "LKH Graz", "Healthwatch Leicestershire"]
mc.COMPANIES["sales"] = ["Veridian Medical", "MedStaff Direct", "Oryx Health", "ClearPath Rostering", "TriageGenie", "Helvion Pharma", "Sterilix"]
mc.HEADLINES["good"] = ["Consultant Acute Physician at {co}", "Clinical Lead, Frailty | {co}", "Matron, Medicine – {co}", "Oberarzt Notaufnahme | {co}",
                        "Research Delivery Manager at {co}", "Specialty Registrar, Geriatric Medicine | {co}"]
mc.HEADLINES["sales"] = ["Territory Manager at {co}", "Business Development – NHS Trusts | {co}", "Account Executive, Healthcare | {co}",
                         "Key Account Manager Kliniken | {co}", "Founder & CEO | {co}"]
mc.OTHER["en"].update(
    job=("{n} new jobs for \"clinical director\"", "Your job alert for clinical director in {city}", "View job"),
    news=("Can the NHS fix corridor care before winter?", "Top stories for you from LinkedIn News"),
    group=("Top conversations in NHS Clinical Leaders Network", "Here are the top conversations in your group this week"),
    newsletter=("Flow Matters: what the best SDEC units do differently", "New edition of a newsletter you subscribed to"))
mc.OTHER["de"].update(
    job=("{n} neue Jobs für „Chefarzt Innere Medizin“", "Ihr Jobalarm für Chefarzt Innere Medizin in {city}", "Job anzeigen"),
    news=("Krankenhausreform: Was ändert sich für die Notaufnahmen?", "Top-Meldungen von LinkedIn News für Sie"),
    group=("Top-Unterhaltungen in Klinikmanagement DACH", "Das sind die wichtigsten Unterhaltungen Ihrer Gruppe diese Woche"),
    newsletter=("Visite kompakt: Delir auf der Normalstation", "Neue Ausgabe eines Newsletters, den Sie abonniert haben"))
SPOOF_PITCH = {
    "en": ["Hi {first}, I've shared the revised rota and locum invoices with you in a secure folder. Sign in with your NHS mail details to view them.",
           "Dear {first}, your CPD certificate for the sepsis study day is ready. Log in to download it before the link expires.",
           "Alex, we can supply ward nurses from Monday at a special rate. Confirm your trust account here to see the price list."],
    "de": ["Guten Tag {first}, ich habe Ihnen die Unterlagen zum Hospitationsaustausch freigegeben. Bitte melden Sie sich an, um sie zu öffnen.",
           "Sehr geehrter Herr Dr. Morgan, Ihr Fortbildungszertifikat liegt bereit. Bitte bestätigen Sie Ihre Zugangsdaten.",
           "Hallo {first}, Sonderkonditionen für Pflegepersonal ab sofort – Preisliste nach Anmeldung abrufbar."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "en", "Funmilayo Adeyemi", "ST5 Acute Medicine | Ashcombe Hospitals NHS FT", "Leicester",
  ("inv", "Dear Dr Morgan, I'm an ST5 on the acute med rota (we met on the Ward 7 board round). I'm torn between a post-CCT fellowship in Freiburg "
          "and applying for a consultant job here. Could I pick your brain for 15 min some time? Totally understand if you're swamped."),
  ("rem",))
P("good_invitation", "de", "Katrin Oberhauser", "Oberärztin Zentrale Notaufnahme | Klinikum Auental", "Freiburg im Breisgau",
  ("inv", "Guten Tag Dr. Morgan, ab Januar koordiniere ich auf unserer Seite den Hospitationsaustausch mit Ashcombe. Dürfte ich Sie kurz zu Ihren "
          "Erfahrungen mit den letzten Rotationen befragen? Ich möchte alte Fehler nicht wiederholen. Viele Grüße aus Freiburg"))
P("good_invitation", "en", "Siobhan Keane", "Lead Nurse, Midlands Sepsis Network", "Birmingham",
  ("inv", "Hi Alex – we're running a free regional sepsis study day on 14 March (6 CPD points, RCP approved). Your team's NEWS2 escalation audit "
          "would make a brilliant 20-min slot if you'd be up for presenting. Happy to send the programme over."),
  ("rem",))
P("good_invitation", "de", "Reto Ammann", "Leitender Arzt Innere Medizin | Kantonsspital Seetal", "Luzern",
  ("inv", "Grüezi Herr Dr. Morgan. Wir bauen am Kantonsspital Seetal eine Acute Medical Unit nach englischem Vorbild auf und suchen Häuser, die uns "
          "SOPs und Kennzahlen zeigen. Wären Sie offen für einen Austausch? Gerne revanchieren wir uns mit einer Einladung nach Luzern."))
P("good_invitation", "en", "Prakash Raghunathan", "Chief Investigator, DELPHI-Frail trial | Senior Lecturer, University of Nottingham", "Nottingham",
  ("inv", "Alex, I'm CI on an NIHR-funded trial of a delirium prevention bundle for older inpatients. We need 6 more Midlands sites and your frailty "
          "unit would be ideal. Research costs and a 0.2 WTE research nurse are covered. Fancy a chat?"),
  ("rem",))
P("good_invitation", "en", "Bernadette Okoro", "Trustee, Sickle Cell Voices UK | Patient advocate", "London",
  ("inv", "Hello Dr Morgan, I'm a patient rep with Sickle Cell Voices. We're co-writing an ED pain relief charter with patients and clinicians and "
          "would really value your comments on the draft – two pages, nothing to sign or buy. Happy to credit your department."))
P("good_invitation", "de", "Lukas Pichler", "Oberarzt Akutgeriatrie | LKH Graz", "Graz",
  ("inv", "Grüß Gott Herr Dr. Morgan! Im Jänner findet in Graz unser kostenloser Fortbildungstag „Delir im Spital“ statt, DFP-Punkte werden "
          "angerechnet. Wir hätten sehr gern eine Stimme aus dem NHS am Podium. Darf ich Ihnen das Programm schicken?"))


# =============================================================== default_invitation
P("default_invitation", "en", "Gareth Pryce", "Business Development | Healthcare Staffing Solutions", "Cardiff", ("inv", DEFAULT), ("rem",))
P("default_invitation", "de", "Melanie Wurzer", "Diplomierte Gesundheits- und Krankenpflegerin", "Linz", ("inv", NONOTE))
P("default_invitation", "en", "Tomasz Wisniewski", "Orthopaedic Implants | Sales Specialist", "Reading", ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Harriet Lomax", "Territory Manager – Cardiology | Veridian Medical", "Nottingham",
  ("inv", "Hi Alex, I look after cardiology accounts across the East Midlands for Veridian. Our 14-day AF patch feeds straight into your EPR "
          "and frees up Holter slots. Could I pop in for a 20-minute demo with you and your cardiology lead?"))
P("sales_invitation", "en", "Jason Meeks", "Director, Locum Solutions | MedStaff Direct", "Manchester",
  ("inv", "Alex — rota gaps over winter? We've got 40+ vetted middle grades and consultants who can start at 48 hrs notice, all framework "
          "compliant. Happy to send our rate card over, we usually come in under the cap."),
  ("rem",))
P("sales_invitation", "de", "Benedikt Rauch", "Key Account Manager Kliniken | MediScribe Klinik-IT", "München",
  ("inv", "Guten Tag Herr Dr. Morgan, viele Kliniken kämpfen mit der Dokumentationslast. Unsere KI-Spracherkennung für Arztbriefe spart bis zu "
          "40 Minuten pro Dienst. Hätten Sie nächste Woche 20 Minuten für eine Online-Präsentation?"))
P("sales_invitation", "en", "Olivia Trent", "Events Manager | Clinical Leadership Summit", "London",
  ("inv", "Hi Alex, our two-day Clinical Directors' Leadership Masterclass in London (12 CPD credits) has a few places left at the early bird "
          "rate of £1,195 + VAT. Given your role I think you'd get loads out of it – shall I hold a seat for you?"),
  ("rem",))
P("sales_invitation", "en", "Corinne Bättig", "Medical Science Liaison | Helvion Pharma AG", "Basel",
  ("inv", "Grüezi Dr. Morgan, gerne würde ich Ihnen und Ihrem Team unsere neuen Daten zu Helvaparin in der VTE-Prophylaxe vorstellen und die "
          "Aufnahme in Ihre Hausliste besprechen. Passt Ihnen ein Termin im Februar?"),
  nl="de")


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Craig Donnelly", "Convenor, Midlands Clinical Directors' Circle", "Derby",
  ("inv", "Alex, I run a small breakfast circle for clinical directors in the Midlands – no sponsors, no slides, just people comparing notes on "
          "job planning and surviving winter. Would be great to have you round the table."),
  ("msg", "Great to have you on board, Alex. Quick one – alongside the circle I do 1:1 coaching for new CDs: six sessions for £2,400, and most "
          "trusts fund it from the leadership budget. Shall I send you a proposal you can forward to your medical director?", (3, 10)))
P("bait_and_switch_invitation", "en", "Natalie Birch", "Clinical Engagement Lead | Oryx Health", "Leeds",
  ("inv", "Hi Alex, we've put together a free benchmarking pack on ED-to-ward handover times across 30 English trusts. Happy to send you where "
          "Ashcombe sits – no strings, might just be handy for your board report."),
  ("msg", "Thanks for connecting! Before I send the pack over – could we do a 30-min walkthrough of Oryx Flow, our bed management module? It's what "
          "most of the top-quartile trusts in the pack run, and we've got one pilot slot left for Q2."),
  ("msg", "Hi Alex, just bumping this up your inbox. Happy to bring the pack along to the demo, whenever suits you and your site team.", (5, 14)))
P("bait_and_switch_invitation", "de", "Florian Eder", "Medizinischer Fachreferent Kardiologie | Pharmaaußendienst Österreich", "Wien",
  ("inv", "Grüß Gott Herr Dr. Morgan, wir organisieren heuer wieder ein kostenloses, DFP-approbiertes Webinar zur Antikoagulation beim älteren "
          "Patienten, mit Prof. Hartl aus Innsbruck. Ich würde Sie sehr gern dazu einladen!"),
  ("msg", "Vielen Dank für die Vernetzung! Im Anschluss an das Webinar würde ich Ihnen gern persönlich die Vorteile von Cardivex gegenüber den "
          "Präparaten auf Ihrer Hausliste vorstellen. Hätten Sie im März eine halbe Stunde für mich? Einen Termin mit Ihrer Klinikapotheke "
          "könnte ich auch gleich mitorganisieren.", (6, 20)))
P("bait_and_switch_invitation", "en", "Lewis Fairbairn", "Host, SDEC Community of Practice", "Glasgow",
  ("inv", "Hello Alex – I host a free online community of practice for people running same day emergency care. Monthly case calls, shared "
          "templates, honest chat, 200+ members from 60 trusts. We'd love you to join us."),
  ("msg", "Glad you're in! Separately, our consultancy arm helps trusts cut SDEC length of stay by around a fifth – usually a 12-week engagement. "
          "Would your ops director be open to an intro? I can pull together a short proposal for Ashcombe."),
  ("msg", "Hi Alex, did you get a chance to think about that intro? We've got a team freeing up from April, so now's a good time to lock it in."))
P("bait_and_switch_invitation", "de", "Nadja Frischknecht", "Geschäftsführerin | Frischknecht Spitalberatung GmbH", "Zürich",
  ("inv", "Grüezi Herr Dr. Morgan, ich bereite eine Studienreise von Schweizer Spitaldirektoren nach England vor und würde gern einen kurzen "
          "Besuch in Ashcombe anfragen. Ein Austausch unter Praktikern, nichts Kommerzielles."),
  ("msg", "Merci vielmal fürs Vernetzen! Vor der Reise noch kurz in eigener Sache: Wir bieten englischen Trusts unsere Prozessanalyse für "
          "Notfallstationen an, Pauschalpreis CHF 28'000. Darf ich Ihnen eine unverbindliche Offerte zustellen?", (4, 12)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Imran Qureshi", "Partner | Clinical Workforce Insights", "Manchester",
  ("inm", "Survey for clinical directors", "Hi Alex, I'm researching how clinical directors in acute trusts manage consultant job planning. Would you "
          "spare 10 minutes for a short anonymous survey? Everyone who takes part gets the full report."),
  ("inm", "Re: Survey for clinical directors", "Thanks again for filling it in, really helpful. As it happens we also make e-JP Pro, a job planning "
          "system used in 20 trusts – about £18k a year for a directorate your size. Could I book you in for a demo next Tuesday?"))
P("bait_and_switch_inmail", "de", "Sabine Gruber-Lechner", "Generalsekretärin | Forum Patientensicherheit Alpenraum", "Salzburg",
  ("inm", "Einladung in unseren Expertenbeirat", "Sehr geehrter Herr Dr. Morgan, für unseren internationalen Expertenbeirat zur Patientensicherheit "
          "suchen wir erfahrene Klinikleiter. Zwei Online-Sitzungen im Jahr, ehrenamtlich. Hätten Sie Interesse?"),
  ("inm", "Expertenbeirat – nächste Schritte", "Herzlichen Dank für Ihre Zusage! Für die Aufnahme in den Beirat erheben wir einen einmaligen "
          "Kostenbeitrag von € 1.450,– für Listung, Zertifikat und die Jahrestagung in Wien. Die Rechnung kann selbstverständlich auch an Ihr "
          "Spital gehen.", (4, 15)))
P("bait_and_switch_inmail", "en", "Aoife Brennan", "Head of Partnerships | CareLoop Virtual Wards", "Dublin",
  ("inm", "Virtual wards – your experience?", "Hi Alex, I'm writing a piece for a health policy blog on what's really working with frailty virtual "
          "wards. Could I ask you three or four questions over message? Happy to keep you anonymous."),
  ("inm", "Following on", "Thanks so much for your answers! Off the back of what you said about staffing, I really think CareLoop's remote "
          "monitoring would take pressure off your team. Could we get 30 minutes with you and your digital lead to show you how it works?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Kwame Asante", "Locum Consultant Physician | Acute & General Medicine", "Leicester",
  ("end",), ("end",),
  ("msg", "Morning Alex! Just endorsed you for {skill} – well deserved after the way you ran the winter escalation calls. Would you mind "
          "returning the favour for Acute Medicine and Leadership? Going for substantive posts and my profile looks a bit thin."))
P("endorse_me_back", "de", "Matthias Hölzl", "Facharzt für Anästhesiologie | Klinikum Auental", "Freiburg im Breisgau",
  ("end",),
  ("msg", "Servus Herr Morgan, hab Sie grad für {skill} bestätigt. Wären Sie so nett und bestätigen mich für Intensivmedizin und Notfallmedizin? "
          "Ich bewerbe mich gerade auf eine Oberarztstelle, da hilft jede Kleinigkeit. Vergelt's Gott!"))
P("endorse_me_back", "en", "Chloe Ashdown", "Senior Consultant, Medical Recruitment | Medbridge Talent", "Bristol",
  ("end",), ("end",),
  ("msg", "Hi Alex, I've endorsed you for a couple of skills this week 😊 If you've got 30 seconds, an endorsement for Healthcare Recruitment "
          "and Stakeholder Management would mean a lot – my appraisal is next month!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Darren Whitlock", "Managing Director | FrontLine Medics Agency", "Coventry",
  ("inv", "Alex, we supply ED middle grades at rates under the cap. 10 mins this week?"),
  ("rem",),
  ("inm", "Ignored?", "Three weeks and not even a 'no thanks'. You lot moan about rota gaps on the news every night and then can't be "
          "bothered to answer the people who could fill them. Says a lot about NHS management tbh.", (15, 30)))
P("hostility_after_decline", "de", "Bernd Kaltenegger", "Medizinprodukteberater | Infusionstechnik", "Graz",
  ("inv", "Grüß Gott, ich vertrete Infusionspumpen der neuesten Generation und würde mich gerne mit Ihnen vernetzen."),
  ("inm", "Schade", "Sehr geehrter Herr Morgan, dass man auf eine höfliche Anfrage nicht einmal reagiert, hätte ich von einem Klinikleiter "
          "nicht erwartet. Offenbar hält man sich im NHS für etwas Besseres. Alles Gute trotzdem.", (10, 25)))
P("hostility_after_decline", "en", "Ross Kinnear", "Founder & CEO | Wardsight AI", "Edinburgh",
  ("inv", DEFAULT),
  ("rem",),
  ("inm", "Wow", "Declining a connection from someone who's trying to improve patient safety. Classy. No wonder the NHS is twenty years "
          "behind on tech."))
P("hostility_after_decline", "de", "Urs Gämperli", "Selbständiger Praxis- und Spitalberater", "St. Gallen",
  ("inv", "Grüezi Herr Morgan, ich berate Spitäler bei der Prozessoptimierung und würde gern mit Ihnen in Kontakt treten."),
  ("rem",),
  ("inm", "Ihre Reaktion", "Geschätzter Herr Morgan, Sie haben meine Anfrage abgelehnt, ohne mich überhaupt zu kennen. Das finde ich, mit Verlaub, "
          "ziemlich arrogant und unkollegial. So pflegt man keine Beziehungen."))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Wayne Sutcliffe", "Regional Manager | CareForce Nursing", "Stoke-on-Trent",
  ("msg", "Hi Alex, we've just been added to the national framework for nursing – HCAs, RMNs and band 5s, 24/7 booking line. Can I come in and "
          "meet your matron for medicine?"),
  ("msg", "Fair enough if you're 'happy with current suppliers', but you could've said it without the sarky one-liner. I've been filling night "
          "shifts for 15 years, I don't need lecturing on framework rates by someone who's never had to. Poor show.", (4, 12)))
P("hostility_connection", "de", "Dominik Stadler", "Vertrieb Beatmung | Lindtner Medizintechnik", "Lübeck",
  ("acc",),
  ("msg", "Danke für die Annahme, Herr Dr. Morgan! Wie am Stand in Düsseldorf besprochen: Unser Beatmungsgerät LX-7 gibt es jetzt auch im "
          "Mietmodell für die Wintermonate. Darf ich Ihnen ein Angebot über sechs Geräte machen?"),
  ("msg", "Ich habe jetzt dreimal nachgefragt und Sie antworten nicht. Auf der Messe waren Sie noch ganz interessiert, und jetzt so ein "
          "Verhalten? Das ist schlicht unprofessionell, Herr Morgan."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Megan Holroyd", "Account Director | ClearPath Rostering", "Sheffield",
  ("msg", "Hi Alex, hope winter's being kind to you. Are your consultants still doing job plans on spreadsheets? ClearPath ties job plans to "
          "the rota so you can see leave clashes and unfunded sessions at a glance. Worth a 15-min look?"),
  ("msg", "Hi again Alex – we're starting a three-month trial with two directorates at a Midlands trust in February, moving to per-user "
          "pricing after that. Any chance I could grab a slot with you or your rota coordinator?"),
  ("msg", "Last nudge from me, promise! Our price freeze ends on the 31st. Shall I send over the order form?", (5, 15)))
P("connection_only_pitches", "de", "Thomas Leitgeb", "Vertrieb Pflegebetten UK & Irland | Hospitalia", "Innsbruck",
  ("msg", "Grüß Gott Herr Dr. Morgan, unsere Niederflurbetten mit Sturzsensorik sind jetzt auch für den englischen Markt zugelassen. Darf ich "
          "Ihnen ein Angebot für eine Station schicken?"),
  ("msg", "Sehr geehrter Herr Dr. Morgan, kleine Erinnerung: Bis Ende Februar gewähren wir Erstkunden in UK 12 % Einführungsrabatt. Soll ich "
          "mich direkt mit Ihrem Einkauf in Verbindung setzen?"))
P("connection_only_pitches", "en", "Sunil Mehta", "Founder | ClinCME Online Courses", "Birmingham",
  ("msg", "Alex, our accredited Advanced Sepsis Management course runs online next month – 8 hours, RCP CPD approved. For your juniors we can "
          "do a group rate of £260 a head (normally £340). Shall I send the booking link?"),
  ("msg", "Hi Alex, following up on the group rate – we can invoice the trust's study leave budget directly, which most CDs prefer. Shall I "
          "pencil in 12 places?"))


# =============================================================== single_pitch
P("single_pitch", "en", "Rebecca Hanley", "Regional Sales Manager | Nuvent Wound Care", "Leeds",
  ("msg", "Morning Alex! We've launched a silver alginate dressing that cut dressing changes by a third in a recent tissue viability audit. "
          "Would your TVN lead be up for a sample pack and a quick chat?"))
P("single_pitch", "de", "Sandra Pfister", "Personalvermittlung Pflege | CareConnect Personal GmbH", "Stuttgart",
  ("msg", "Guten Tag Herr Dr. Morgan, wir vermitteln examinierte Pflegefachkräfte aus Deutschland und Österreich für Einsätze in England, "
          "auch kurzfristig. Darf ich Ihnen unser Unternehmensprofil und unsere Konditionen zusenden?"))
P("single_pitch", "en", "Jonas Wetzel", "Sales Engineer UK | Rhenotec Imaging", "Düsseldorf",
  ("msg", "Alex, saw your post about CT waiting lists. Our refurbished 128-slice scanners come with a five-year service contract and go in "
          "within eight weeks. Shall I get you a quote?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Hamid Rahimi", "Consultant Geriatrician | Clinical Lead for Frailty", "Derby",
  ("msg", "Alex – following our chat at the network meeting, here's the frailty SDEC pathway we use, plus the audit template. Steal anything "
          "useful. If your team want to come and see it running, just say."))
P("connection_brings_value", "de", "Annette Brückl", "Oberärztin Intensivmedizin | Klinikum Auental", "Freiburg im Breisgau",
  ("end",),
  ("msg", "Lieber Herr Morgan, anbei wie versprochen die englische Fassung unserer Leitlinie zum Delir-Screening auf der Intensivstation. Für "
          "Ihre Hospitanten im Frühjahr habe ich zwei Zimmer im Personalwohnheim reserviert, die Kosten übernimmt das Klinikum."))
P("connection_brings_value", "en", "Ellie Cartwright", "Medical Education Fellow | Ashcombe Simulation Centre", "Leicester",
  ("msg", "Hi Alex, sim faculty have opened four free places on the human factors instructor course in May (normally £450). I've held one "
          "back for your directorate – just send me a name by Friday."))
P("connection_brings_value", "en", "Olumide Bakare", "Patient Leader | Healthwatch Leicestershire", "Leicester",
  ("msg", "Dear Alex, thank you for coming to our forum. Here's the summary of what patients told us about discharge letters – 112 responses, "
          "all anonymised. Please share it with your teams; we'd love to hear what changes."),
  ("msg", "Quick update: the ICB has asked to use the discharge findings in its quality report and has credited your department for engaging "
          "with patients. Thought you'd like to know!", (20, 45)))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Philippa Strand", "Partner, Healthcare Practice | Hartwell Executive Search", "London",
  ("inm", "Chief Medical Officer – confidential", "Dear Alex, I'm leading the search for a Chief Medical Officer at a large acute trust in the "
          "South West (board level, around £200k). The chair wants someone who has led urgent care improvement. Would you be open to a "
          "confidential conversation, even just to suggest who else I should speak to?"))
P("stranger_inmail_recruiter", "de", "Stefanie Moosbrugger", "Personalberaterin Gesundheitswesen | Alpen Medical Search", "Bregenz",
  ("inm", "Primararzt Innere Medizin – Vorarlberg", "Sehr geehrter Herr Dr. Morgan, im Auftrag eines Landeskrankenhauses in Vorarlberg suche ich "
          "eine Primarärztin bzw. einen Primararzt für Innere Medizin. Ihre Erfahrung in der Akutmedizin und Ihre Deutschkenntnisse wären "
          "ideal. Dürfte ich Ihnen die Ausschreibung vertraulich zusenden?"))
P("stranger_inmail_recruiter", "en", "Martin Fairclough", "Medical Director | Lindholme Hospitals NHS FT", "Lincoln",
  ("inm", "Deputy MD post – thought of you", "Hi Alex, I'm MD at Lindholme and we're advertising for a Deputy Medical Director for quality and "
          "safety next month. Your name came up twice when I asked around. No agency involved – if you're curious I'd be glad to talk it "
          "through over a coffee."))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Brandon Ellis", "Enterprise Account Executive | TriageGenie", "London",
  ("inm", "ED waiting times", "Hi Alex, trusts using TriageGenie's AI streaming at the front door have cut time-to-triage by 38%. We're offering "
          "a paid pilot to two Midlands EDs this spring. Do you have 20 minutes next week?"),
  ("inm", "Re: ED waiting times", "Hi Alex, bumping this up – happy to work around your clinics. Or is there someone in your digital team I "
          "should speak to instead?"))
P("stranger_inmail_sales", "de", "Carsten Bergmann", "Vertrieb International | Medicura Abrechnungsservice", "Köln",
  ("inm", "Erlösoptimierung für Ihre Klinik", "Guten Tag Herr Dr. Morgan, für unsere englischen Partnerkliniken optimieren wir die Kodierung und "
          "steigern die Erlöse im Schnitt um 6 %. Darf ich Ihnen in einem kurzen Telefonat zeigen, wie das bei Ihnen aussehen könnte?"))
P("stranger_inmail_sales", "en", "Gemma Royle", "Partnerships | MedLocum App", "Manchester",
  ("inm", "Filling shifts without agencies", "Hi Dr Morgan, MedLocum lets your own bank doctors pick up shifts on their phones – no agency "
          "fees, just a flat £3.50 per shift booked. Could I show you and your medical staffing team a quick demo?"))
P("stranger_inmail_sales", "en", "Felix Brandstätter", "Sales Director | MedAlpin Diagnostics", "Innsbruck",
  ("inm", "POCT für Ihre Notaufnahme", "Grüß Gott Herr Dr. Morgan, unsere Point-of-Care-Geräte liefern Troponin in neun Minuten. Für Kliniken in "
          "UK haben wir ein Leasingmodell ohne Anfangsinvestition. Hätten Sie Zeit für eine kurze Videokonferenz?"),
  ("inm", "Nachfrage POCT", "Darf ich nochmals nachhaken? Im April hätten wir einen Vorführtermin in Birmingham frei."),
  nl="de")


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Yasmin Farouk", "Consultant Acute Physician | Founder, SDEC Connect", "Nottingham",
  ("inv", "Alex – I'm collecting examples of ambulatory pathways that actually work for a national SDEC toolkit, and your chest pain pathway "
          "keeps coming up. Would you share it? I'll credit your team properly."),
  ("msg", "Thank you! Here's the draft toolkit with your pathway in section 4. Any comments before it goes out are very welcome."),
  ("msg", "Hi Alex, some news: I've launched SDEC Connect to help trusts set up ambulatory units. For a trust like Ashcombe a six-month "
          "programme would be about £45k. Could you put me in touch with your COO?", (10, 30)))
P("good_turns_ugly", "de", "Carola Wendt", "Fachärztin für Allgemeinmedizin | Ärztenetz Südbaden", "Freiburg im Breisgau",
  ("inv", "Guten Tag Herr Dr. Morgan, ich sammle für unser Ärztenetz Erfahrungen zur sektorübergreifenden Entlassung. Dürfte ich Ihnen zwei, drei "
          "Fragen zu Ihren Discharge Lounges stellen? Im Gegenzug teile ich gern unsere Auswertung."),
  ("msg", "Herzlichen Dank für Ihre ausführliche Antwort! Anbei unsere Auswertung zu 400 Entlassungen – vielleicht auch für die Partnerschaft "
          "mit Freiburg interessant."),
  ("end",),
  ("msg", "Lieber Herr Morgan, ich habe Sie für {skill} bestätigt. Würden Sie mich im Gegenzug für Allgemeinmedizin und Versorgungsforschung "
          "bestätigen? Das würde mir bei meiner Bewerbung sehr helfen."))
P("good_turns_ugly", "en", "Tariq Hussain", "GP Partner | Interface Medicine Webinars", "Leicester",
  ("inv", "Alex, I'm a GP in Leicester running a free lunchtime webinar series on primary/secondary care interface issues – referrals, A&G, "
          "discharge. Would you do a 20-min slot? Juniors get CPD certificates."),
  ("msg", "Thanks so much for the talk – 180 people joined! Recording and feedback are here, and your slides were the most downloaded of the series."),
  ("msg", "Alex, I've taken a clinical advisor role with Medivance. Their Advice & Guidance platform would save your consultants hours a week. "
          "Can I set up a demo with you and your outpatients manager? There's a preferential rate for Ashcombe.", (14, 40)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Kieran Doherty", "Senior Consultant | Apex Locum Partners", "Liverpool",
  ("inm", "Winter cover", "Alex, winter's coming and your rota has holes (we can see the adverts). We can fill 80% of middle-grade gaps within "
          "48 hours. Quick call?"),
  ("inv", "Hi Alex, we met at the Confed Expo – great talk on patient flow! Would be good to stay in touch."))
P("reinvite_known_bad", "de", "Verena Kogler", "Vertrieb Medizinprodukte | Wundversorgung", "Salzburg",
  ("inv", DEFAULT),
  ("inv", "Guten Tag Herr Dr. Morgan, ich habe Ihren Vortrag beim Kongress in Salzburg gehört und würde mich sehr über eine Vernetzung freuen."))
P("reinvite_known_bad", "en", "Stuart Pell", "Director | Overseas Visitor Income Recovery", "Leicester",
  ("inv", "Hi Alex, I help NHS trusts recover income lost on overseas visitor charging – typically £300k+ a year. Open to a chat?"),
  ("inv", "Alex – fellow Tigers fan here 🏉 would love to connect!"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Adrian Voss", "Private Practice Growth Consultant", "Solihull",
  ("inv", "Alex, I help consultants grow their private practice – marketing, bookings, billing. 15 mins?"),
  ("inm", "Bit rude", "Ignoring people is a choice, I suppose. Hope your private patients find you without anyone's help, mate. Some of us "
          "actually have to work for a living.", (12, 30)),
  ("inv", "Hi Alex, new year, clean slate? Would be great to connect – no hard feelings."))
P("reinvite_known_ugly", "de", "Gerlinde Auer", "Kongressorganisation | Symposium Pflege Europa", "Salzburg",
  ("inm", "Einladung Symposium", "Sehr geehrter Herr Dr. Morgan, wir würden Sie gern als Referent zu unserem Symposium „Pflegenotstand in "
          "Europa“ im Mai nach Salzburg einladen. Ihre Perspektive aus dem NHS wäre für unser Publikum sehr wertvoll."),
  ("inm", "Symposium – Referentenpaket", "Vielen Dank für Ihre Rückmeldung! Für Referenten gibt es unser Sponsoringpaket Silber um € 3.900,–, "
          "mit 20-minütigem Vortragsslot und Ausstellerstand. Darf ich die Rechnung an Ihre Klinik adressieren?"),
  ("inv", "Grüß Gott Herr Dr. Morgan, ich würde mich freuen, mit Ihnen vernetzt zu sein."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Laura Cheng", "Business Manager | Sterilix Decontamination", "Milton Keynes",
  ("acc",),
  ("msg", "Thanks for accepting, Alex! As mentioned at the awards dinner, our UV room disinfection robot is now on the NHS Supply Chain "
          "framework. Could I arrange a demo in one of your side rooms?"))
P("user_invited_pitch_once", "de", "Michael Rainer", "Verkaufsleiter | Zellwag Medical AG", "Bern",
  ("acc",),
  ("msg", "Merci für die Vernetzungsanfrage, Herr Dr. Morgan! Da Sie sich an der Messe für unsere Infusionslösungen interessiert haben: Gerne "
          "stelle ich Ihnen eine Offerte für ein Jahreskontingent zu. Passt Ihnen ein Telefon nächste Woche?"))
P("user_invited_pitch_once", "en", "Nikhil Varma", "Director | Varma Clinical Consultancy", "London",
  ("acc",),
  ("msg", "Great to connect after the King's Fund event, Alex. We run mock CQC inspections for acute directorates – a two-day review with a "
          "written report for £6,500. Would that be useful before your next inspection window?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Zara Mistry", "Healthcare Partnerships | Bedwise", "London",
  ("acc",),
  ("msg", "Lovely to connect, Alex! Since you asked at the conference about real-time bed status – that's exactly what Bedwise does, and it "
          "integrates with your EPR. Can I get 30 mins with you and the site team?"),
  ("msg", "Hi Alex, we've just signed Lindholme, so a regional user group is forming. Shall I send a quote so Ashcombe can join the spring "
          "implementation wave?"))
P("user_invited_pitch_twice", "de", "Sebastian Krenn", "Account Manager | Telemed Austria", "Wien",
  ("acc",),
  ("msg", "Danke für die Einladung, Herr Dr. Morgan! Wie in Wien kurz besprochen, bieten wir telemedizinische Nachtdienstabdeckung für "
          "Intensivstationen an – Fachärzte aus Österreich, remote zugeschaltet. Darf ich ein Angebot schicken?"),
  ("msg", "Grüß Gott Herr Dr. Morgan, anbei nun das Angebot: 14 Nächte pro Monat, Pauschale € 22.000,–. Wann dürfte ich Sie kurz anrufen?"))
P("user_invited_pitch_twice", "en", "Gavin Lorimer", "Head of Medical Division | Northstar Locums", "Newcastle",
  ("acc",),
  ("msg", "Cheers for the add, Alex. As promised at the dinner, here's our consultant locum rate card – we can beat your current agency on "
          "acute med by £8 an hour."),
  ("msg", "Alex, any joy with the rate card? Two acute med consultants come free in March for three months, first come first served."))


# =============================================================== user_invited_value
P("user_invited_value", "de", "Johanna Seidl", "Chefärztin Geriatrie | Klinikum Auental", "Freiburg im Breisgau",
  ("acc",),
  ("msg", "Vielen Dank für die Einladung, Herr Morgan. Wie besprochen schicke ich Ihnen unser Curriculum für die Geriatrie-Rotation, ins "
          "Englische übersetzt. Ihre Assistenzärzte sind im Herbst jederzeit willkommen, die Unterkunft stellen wir."))
P("user_invited_value", "en", "Rachel Dunmore", "Research Delivery Manager | NIHR CRN East Midlands", "Nottingham",
  ("acc",),
  ("msg", "Thanks for connecting, Alex. Here's the list of open portfolio studies in acute medicine that you could host with network-funded "
          "research nurse support – no cost to the directorate. Happy to walk your consultants through them at a lunchtime meeting."))
P("user_invited_value", "en", "Ifeoma Nwosu", "Foundation Year 2 Doctor | Ashcombe Hospitals NHS FT", "Leicester",
  ("acc",),
  ("msg", "Thank you so much for accepting, Dr Morgan! I really enjoyed your induction talk. Quick question if you have a sec: for IMT "
          "applications, does a QI project count for more if I lead it or if it gets published? Completely fine if you're too busy."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "en", "Helen Marsh", "Director of Nursing | Ashcombe Hospitals NHS FT", "Leicester", ("acc",))
P("acceptance_only", "de", "Lorenz Bachmann", "Oberarzt Kardiologie | Kantonsspital Seetal", "Luzern", ("acc",))
P("lone_endorsement", "en", "Grace Oyelaran", "Staff Nurse, Acute Medical Unit", "Leicester", ("end",))
P("lone_endorsement", "de", "Sophie Kranzl", "Assistenzärztin Innere Medizin | LKH Graz", "Graz", ("end",))

# LinkedIn caps invitation notes at 300 characters
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Ashcombe Communications", "comms@ashcombe-nhs.example.uk", "Reminder: social media and patient confidentiality",
     "Dear colleagues,\n\nplease remember that photos from wards, even without faces, must not be posted on LinkedIn or any other platform without "
     "written consent. Questions to the comms team.\n\nThanks,\nCommunications", "en"),
    ("Katrin Oberhauser", "k.oberhauser@klinikum-auental.example.de", "Hospitationsaustausch 2026",
     "Lieber Herr Morgan,\n\nich habe Ihnen auch über LinkedIn geschrieben, aber hier die Terminvorschläge für unser Gespräch: Dienstag oder Donnerstag, "
     "jeweils 16 Uhr deutscher Zeit.\n\nViele Grüße\nKatrin Oberhauser", "de"),
    ("Medical Staffing", "medstaffing@ashcombe-nhs.example.uk", "Agencies approaching consultants directly",
     "Hi all,\n\nseveral locum agencies are messaging consultants on LinkedIn with rate cards. Please forward any such offers to us; all bookings must go "
     "through the framework and the bank.\n\nMedical Staffing Team", "en"),
    ("Royal College of Physicians", "cpd@rcp-mail.example", "Your CPD diary: 4 new credits recorded",
     "Dear Dr Morgan,\n\nyour attendance at the acute medicine update has been recorded. Download your certificate and share it on LinkedIn if you like.", "en"),
    ("Trust IT Security", "itsecurity@ashcombe-nhs.example.uk", "Phishing alert: fake LinkedIn invitations",
     "We are seeing fake LinkedIn invitations asking staff to log in with their NHSmail password. Do not click. Report to spam@nhs.example.", "en"),
    ("Midlands Sepsis Network", "events@sepsis-network.example", "Your place at the regional sepsis study day",
     "Hi Alex,\n\nthanks for registering. Parking is free on the day. Follow us on LinkedIn for speaker updates.\n\nSiobhan", "en"),
    ("Klinikum Auental", "newsletter@klinikum-auental.example.de", "Klinik-Newsletter: Neues aus der Partnerschaft",
     "Liebe Partnerinnen und Partner,\n\nin dieser Ausgabe: Rückblick auf die Hospitationen in Ashcombe, neue Chefärztin in der Geriatrie. Folgen Sie uns "
     "auch auf LinkedIn.", "de"),
    ("Reto Ammann", "reto.ammann@spital-seetal.example.ch", "Besuch im März",
     "Grüezi Alex\n\nmerci für die rasche Antwort auf LinkedIn. Wir kommen zu dritt am 12. März, Ankunft am Mittag. Ich schicke Ihnen vorab unsere Fragen.\n\n"
     "Freundliche Grüsse\nReto Ammann", "de"),
    ("James Whitworth", "james.whitworth@ashcombe-nhs.example.uk", "Fwd: I want to connect",
     "Alex, this agency chap tried me on LinkedIn as well, any idea who he is?\n\n---------- Forwarded message ---------\nFrom: Darren Whitlock via LinkedIn "
     "<invitations@linkedin.com>\nSubject: I want to connect\n\nAlex, we supply ED middle grades at rates under the cap...", "en"),
    ("NHS Jobs", "noreply@jobs-nhs.example", "Job alert: Consultant in Acute Medicine",
     "A new vacancy matches your saved search: Consultant in Acute Medicine, Severnside University Hospitals. Share it with your network on LinkedIn.", "en"),
    ("Tariq Hussain", "tariq.hussain@nhs.example", "Webinar slides",
     "Hi Alex,\n\nthanks again for the talk. I've posted the recording link on LinkedIn too, but here it is by email for your juniors.\n\nTariq", "en"),
    ("Ärztekammer Wien", "fortbildung@aekwien.example.at", "DFP-Fortbildungskonto: neue Punkte",
     "Sehr geehrter Herr Dr. Morgan,\n\nIhrem Fortbildungskonto wurden 6 DFP-Punkte gutgeschrieben. Hinweis: Wir versenden keine Zertifikate über LinkedIn.", "de"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot fifty-eighth development corpus (dev58). Generated by scripts/make_corpus_dev58.py (seed {SEED}); do not edit by hand.",
          "# Alex as clinical director of an English acute trust with a German partner clinic: medtech and pharma reps, locum and nurse agencies, "
          "CME/CPD events, trial sites, health IT, patient advocates, junior doctors; NHS English and German (Austrian, Swiss). Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev58", SEED, PEOPLE, FOREIGN, spoofs=12, other=12, header=HEADER)
