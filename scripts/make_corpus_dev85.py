#!/usr/bin/env python3
"""Write mailbot's eighty-fifth, independent development corpus: tests/corpus/dev85/*.eml + expected.toml.

The angle: the user Alex Morgan is HR director (Personaldirektor) of Filder Fahrzeugtechnik GmbH,
an automotive supplier in Leinfelden-Echterdingen near Stuttgart, with a second German plant in
Göppingen and a US plant in Greer, South Carolina. Their LinkedIn world: peer HR heads from the
employers' association working group, works council matters (their own works council chair, labour
lawyers, model works agreements), training and e-learning vendors, recruiters who bring a real
mandate against temp agencies (Zeitarbeit) and agencies that sell staffing, outplacement and
newplacement firms, coaches, employer-branding agencies and photographers, universities offering
dual-study cooperation (the free public one against a private one that charges partner fees), the
employment agency's employer service, and American colleagues, peers and vendors around the US
plant. Formal German with Sie, some du among trainers, Swabian turns; American English.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert
titles, other LinkedIn mail, the names and headlines of spoof-only people and PYMK suggestions,
and the pitches that spoofs carry are swapped for this world in this process only
(make_corpus.py itself is not changed). Every note was written from shared/taxonomy.md alone,
without reading mailbot's signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev85.py              # writes tests/corpus/dev85
    python scripts/make_corpus_dev85.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260885

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ the HR director's world (this process only)
mc.L["de"]["skills"] = ["Personalwesen", "Arbeitsrecht", "Tarifverhandlungen", "Personalentwicklung", "Change Management", "Betriebsverfassungsrecht"]
mc.L["en"]["skills"] = ["Human Resources (HR)", "Labor Relations", "Talent Management", "Change Management", "Employee Relations", "Collective Bargaining"]
mc.L["de"]["rheadline"] = "Personaldirektor bei Filder Fahrzeugtechnik GmbH"
mc.L["en"]["rheadline"] = "HR Director at Filder Fahrzeugtechnik GmbH"
mc.LANGS[:] = ["de", "en", "de", "en", "de"]
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "dkimfail", "display:gmail.com", "untrusted:mx.google.com", "lookalike:xn--lnkedin-rfb.com",
                       "nodkim", "display:zeitarbeit-direkt.example", "buried", "lookalike:linkedin-mail.co", "wrongpass", "noauth",
                       "untrusted:mx.example.org"]
mc.NAMES["de"] = (["Heiko", "Simone", "Achim", "Carina", "Reinhold", "Tanja", "Volker", "Jessica", "Uwe", "Bettina", "Dominik", "Sonja"],
                  ["Bühler", "Kugler", "Renz", "Schwarzkopf", "Mack", "Trautwein", "Häberle", "Kohler", "Seeger", "Fauser"])
mc.NAMES["en"] = (["Amber", "Cody", "Shannon", "Travis", "Kelsey", "Dustin", "Lindsay", "Garrett", "Whitney", "Jared"],
                  ["Pruitt", "Cantrell", "Holcomb", "Bridges", "Sizemore", "McCray", "Gentry", "Tolliver", "Beasley", "Rowland"])
mc.CITY["de"] = ["Stuttgart", "Esslingen am Neckar", "Böblingen", "Ludwigsburg", "Reutlingen", "Göppingen", "Heilbronn"]
mc.CITY["en"] = ["Greenville, South Carolina", "Spartanburg, South Carolina", "Detroit, Michigan", "Charlotte, North Carolina", "Atlanta, Georgia"]
mc.JOBS[:] = [("Personalleiter (m/w/d) Werk", "Heberle Präzisionsteile GmbH"), ("HR Director Europe", "Buckeye Drivetrain Inc."),
              ("Leitung Personal und Recht (m/w/d)", "Stoll Gießerei GmbH"), ("VP Human Resources, North America", "Volunteer Axle Systems"),
              ("Head of HR Operations (m/w/d)", "Neckarwerk Elektronik AG")]
mc.COMPANIES["good"] = ["Heberle Präzisionsteile GmbH", "Stoll Gießerei GmbH", "Neckarwerk Elektronik AG", "DHBW Stuttgart", "IHK Region Stuttgart",
                        "Carolina Axle Components", "Buckeye Drivetrain Inc.", "Gruber Automotive USA"]
mc.COMPANIES["sales"] = ["Primus Personal", "Skillforge LMS", "Kurbelwelle Employer Branding", "FlexForce Personaldienste", "PeopleScope Analytics",
                         "Trainloop", "Wacker & Stoll Outplacement", "BenefitBridge"]
mc.HEADLINES["good"] = ["Leiterin Personal bei {co}", "HR Business Partner | {co}", "Personalleiter | {co}", "Ausbildungsleiter bei {co}",
                        "HR Manager at {co}", "Director of Human Resources | {co}", "Referentin Arbeitsrecht | {co}"]
mc.HEADLINES["sales"] = ["Key Account Manager | {co}", "Business Development Manager bei {co}", "Account Executive at {co}",
                         "Vertrieb Industriekunden | {co}", "Helping HR teams scale | {co}", "Partner Success | {co}"]
mc.INMAIL_SUBJECTS["de"]["sales"] = ["Ihre Gehaltsabrechnung", "Dokument zur Freigabe", "Bewerberprofil vertraulich", "Betriebsvereinbarung – Entwurf"]
mc.INMAIL_SUBJECTS["en"]["sales"] = ["Payroll document", "Shared file: candidate shortlist", "Open enrollment update", "Document awaiting signature"]
SPOOF_PITCH = {
    "de": ["Guten Tag Herr Morgan, ich habe Ihnen die Gehaltsliste für die Tarifrunde über LinkedIn Dokumente freigegeben. Bitte melden Sie sich an, um sie zu öffnen.",
           "Hallo, anbei der Entwurf der Betriebsvereinbarung zur Arbeitszeit. Aus Datenschutzgründen nur nach Anmeldung über den sicheren Link abrufbar.",
           "Sehr geehrter Herr Morgan, Ihre Bewerberdatenbank ist bei uns als Backup hinterlegt. Bestätigen Sie Ihr Konto innerhalb von 48 Stunden, sonst wird sie gelöscht."],
    "en": ["Hi Alex, I shared the candidate shortlist for the Greer plant with you via LinkedIn Docs. Sign in to view before it expires.",
           "Hello, please review the updated payroll file for your US employees and confirm your login to approve it.",
           "Hi Alex, your company page has been flagged for unpaid job posts. Verify your admin account within 24 hours to avoid suspension."],
}
for _l in ("de", "en", "fr", "es", "it"):
    mc.BANKS[_l]["sales"] = list(SPOOF_PITCH["de" if _l == "de" else "en"])
    mc.BANKS[_l]["pitch"] = list(SPOOF_PITCH["de" if _l == "de" else "en"])
mc.OTHER["de"] = dict(mc.OTHER["de"],
                      job=("{n} neue Jobs für „Personalleiter“", "Ihr Jobalarm für Personalleiter in {city}", "Job anzeigen"),
                      news=("Zulieferer unter Druck: Wie viele Stellen fallen noch weg?", "Top-Meldungen von LinkedIn News für Sie"),
                      group=("Top-Unterhaltungen in HR in der Automobilindustrie", "Das sind die wichtigsten Unterhaltungen Ihrer Gruppe diese Woche"),
                      newsletter=("Arbeitsrecht kompakt: Was das BAG zur Zeiterfassung wirklich sagt", "Neue Ausgabe eines Newsletters, den Sie abonniert haben"))
mc.OTHER["en"] = dict(mc.OTHER["en"],
                      job=("{n} new jobs for \"HR director\"", "Your job alert for HR director in {city}", "View job"),
                      news=("Are German automakers' US plants the new hiring hotspot?", "Top stories for you from LinkedIn News"),
                      group=("Top conversations in Automotive HR Professionals", "Here are the top conversations in your group this week"),
                      newsletter=("The Plant HR Brief: retaining skilled trades in a tight market", "New edition of a newsletter you subscribed to"))

PEOPLE: list[tuple] = []
P = adder(PEOPLE)
# layout era per person where the note dates itself (2024/25 facts) or where an old inbox fits
ERAS: dict[str, str] = {}


# =============================================================== good_invitation
P("good_invitation", "de", "Dr. Sabine Höfle", "Leiterin Personal | Echterhoff Dichtungstechnik GmbH", "Reutlingen",
  ("inv", "Grüß Gott Herr Morgan, im Arbeitskreis Personal unserer Südwestmetall-Bezirksgruppe fiel Ihr Name, als es um Qualifizierung in der "
          "Transformation ging. Am 14. März tagen wir bei uns im Werk Reutlingen, kostenlos, danach Werksführung. Mögen Sie dazukommen?"),
  ("rem",))
P("good_invitation", "en", "Tamika Rhodes", "HR Manager | Carolina Axle Components", "Greenville, South Carolina",
  ("inv", "Hi Alex! I chair the Upstate SC automotive HR roundtable. Next session is free and good for 1.5 SHRM PDCs: we're comparing how German-owned "
          "plants run apprenticeships. Your folks in Greer say you're the one to ask. Would you join us by Zoom?"))
P("good_invitation", "de", "Prof. Dr. Jochen Bäuerle", "Studiengangsleiter Wirtschaftsingenieurwesen | DHBW Stuttgart", "Stuttgart",
  ("inv", "Sehr geehrter Herr Morgan, für den Oktober-Jahrgang haben wir im Wirtschaftsingenieurwesen mehr gute Bewerber als Praxisplätze. Falls "
          "Filder dual Studierende aufnehmen möchte: Die Zulassung als Ausbildungsstätte ist schnell erledigt, ich erkläre Ihnen gern das Vorgehen."))
P("good_invitation", "de", "Dr. Miriam Oßwald", "Fachanwältin für Arbeitsrecht | Partnerin, Oßwald Kienzle Rechtsanwälte", "Stuttgart",
  ("inv", "Guten Tag Herr Morgan, am 9. Oktober laden wir Personalleitungen aus der Region zum Arbeitsrechts-Frühstück: die BAG-Linie zur "
          "Zeiterfassung und was der Betriebsrat dabei mitbestimmt. Kostenfrei, Austausch unter Praktikern. Darf ich Ihnen die Einladung schicken?"),
  ("rem",))
P("good_invitation", "de", "Lea Maunz", "M.Sc. Personalmanagement (Studentin) | Universität Hohenheim", "Stuttgart",
  ("inv", "Hallo Herr Morgan, ich schreibe an der Uni Hohenheim meine Masterarbeit darüber, wie Betriebsräte bei Zulieferern die Transformation "
          "mitgestalten. Hätten Sie 30 Minuten für ein Interview? Die Ergebnisse bekommen Sie anonymisiert, vielleicht nützen sie Ihnen auch."))
P("good_invitation", "en", "Greg Kowalczyk", "VP Human Resources | Buckeye Drivetrain Inc.", "Toledo, Ohio",
  ("inv", "Alex, we just closed on a plant in Heilbronn and next week I sit down with my first Betriebsrat. A bit out of my depth, honestly. "
          "Dave Rinker in Greer says you've done this for 20 years. Could I ask you a few questions on a call? Glad to return the favor stateside."),
  ("rem",), nl="en")
P("good_invitation", "de", "Constanze Wörner", "Partnerin | Wörner & Lay Executive Search", "Stuttgart",
  ("inv", "Sehr geehrter Herr Morgan, ich besetze für einen familiengeführten Maschinenbauer auf der Ostalb die Position Geschäftsführer Personal, "
          "4.000 Mitarbeitende, Erfahrung mit starkem Betriebsrat Pflicht. Ihr Werdegang passt auffallend gut. Darf ich Ihnen Details vertraulich schicken?"),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "de", "Kai-Uwe Brenner", "Geschäftsführer | Brenner Personalservice GmbH", "Esslingen am Neckar", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Brittany Sommers", "Talent Acquisition | Automotive | Tier 1 & OEM", "Detroit, Michigan", ("inv", NONOTE))
P("default_invitation", "de", "Dragan Petrović", "Schichtführer Montage", "Göppingen", ("inv", NONOTE), ("rem",))
P("default_invitation", "de", "Ryan Castellano", "Sr. Consultant, Workforce Solutions", "Charlotte, North Carolina", ("inv", DEFAULT), nl="en")
ERAS["Kai-Uwe Brenner"] = "2016"


# =============================================================== sales_invitation
P("sales_invitation", "de", "Marcel Grupp", "Niederlassungsleiter | Primus Personal GmbH – Zeitarbeit & Personalvermittlung", "Böblingen",
  ("inv", "Guten Tag Herr Morgan, Sonderschichten im vierten Quartal? Wir stellen Monteure, Staplerfahrer und Maschinenbediener binnen 48 Stunden, "
          "tarifgebunden, Branchenzuschläge Metall inklusive. Darf ich Ihnen unsere Stundenverrechnungssätze schicken?"))
P("sales_invitation", "en", "Jordan Blake", "Enterprise Account Executive | Skillforge LMS", "Austin, Texas",
  ("inv", "Hi Alex - most Tier 1s I talk to still run shop-floor compliance training on paper. Skillforge pushes 5-minute modules to any phone in "
          "14 languages, audit-ready for IATF. Worth a 20 min demo? I can do early mornings Texas time."))
P("sales_invitation", "de", "Dr. Reinhild Wacker", "Partnerin | Wacker & Stoll Outplacement und Transferberatung", "Stuttgart",
  ("inv", "Sehr geehrter Herr Morgan, wie ein Personalabbau abläuft, prägt Ihr Arbeitgeberimage auf Jahre. Wir bieten Transfergesellschaft und "
          "Einzel-Outplacement aus einer Hand, Festpreis pro Teilnehmer. Gern stelle ich Ihnen unser Konzept in einem Termin vor."),
  ("rem",))
P("sales_invitation", "de", "Luca Brenninger", "Creative Director | Kurbelwelle – Agentur für Employer Branding", "Stuttgart",
  ("inv", "Servus Herr Morgan! Ihre Karriereseite ist, ehrlich gsagt, a bissle 2015 😉 Wir machen Azubi-Kampagnen auf TikTok und Insta, bei einem "
          "Zulieferer in Sindelfingen +60 % Bewerbungen. Kurzer Call nächste Woche, dann zeig ich Ihnen, was drin wär?"))
P("sales_invitation", "en", "Dana Whitlock", "Executive Coach for HR Leaders | ICF PCC", "Chicago, Illinois",
  ("inv", "Alex, leading HR through layoffs is lonely work. I coach HR directors through exactly that: six months, sessions every other week, "
          "a confidential space. I have two openings starting in January. Open to a short discovery call to see if it's a fit?"),
  ("rem",))
ERAS["Luca Brenninger"] = "cur"
ERAS["Dr. Reinhild Wacker"] = "2016"


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "de", "Thorsten Maier-Lutz", "Gründer | Personaler-Stammtisch Region Stuttgart", "Sindelfingen",
  ("inv", "Hallo Herr Morgan, ich organisiere seit drei Jahren den Personaler-Stammtisch Region Stuttgart: einmal im Quartal, rund 25 Personalleiter, "
          "offener Austausch bei Maultaschen und Trollinger. Würde mich freuen, wenn Sie künftig dabei sind!"),
  ("msg", "Danke fürs Vernetzen, Herr Morgan! Damit Sie es wissen: Getragen wird der Stammtisch von der Maier Personaldienstleistungen GmbH, "
          "deren Geschäftsführer ich bin. Wir überlassen Facharbeiter Metall und Elektro, auch kurzfristig. Wann darf ich Ihnen unser Angebot in "
          "Leinfelden vorstellen?", (3, 12)),
  ("msg", "Herr Morgan, ich hake nochmal nach: Für Januar hätte ich zwölf Mechatroniker frei, Überlassung bis 18 Monate. Soll ich Ihnen die Profile "
          "samt Verrechnungssätzen schicken? Den nächsten Stammtischtermin bekommen Sie separat.", (8, 25)))
P("bait_and_switch_invitation", "en", "Kristen Albrecht", "Founder | Transatlantic HR Leaders Collective", "Atlanta, Georgia",
  ("inv", "Hi Alex, I run a small peer group for HR leaders at German-owned plants in the US and their counterparts back in Germany. Monthly calls, "
          "no vendors, no fees, just people who get the culture clash. I'd love to have you in it!"),
  ("msg", "So glad you're in, Alex! Quick one: a lot of our members bring us in for our Culture Bridge program (leadership workshops for US and German "
          "managers, $14,500 per cohort). Would you be open to a call with me and your Greer plant manager to scope one?", (10, 30)), nl="en")
P("bait_and_switch_invitation", "de", "Sven Haug", "Interim-Personalleiter | 30 Jahre Metall- und Elektroindustrie", "Kirchheim unter Teck",
  ("inv", "Guten Tag Herr Morgan, eine Kollegenfrage: Wie sind Sie bei Filder mit der Vier-Tage-Woche in der Fertigung umgegangen, mit Betriebsvereinbarung "
          "oder erst mal Pilotlinien? Wir ringen hier gerade mit dem Betriebsrat darum."),
  ("msg", "Vielen Dank, Herr Morgan. Apropos Schichtmodelle: Ich bin inzwischen Vertriebspartner von ShiftWise, einer Schichtplanungssoftware mit "
          "Freigabe-Workflow für den Betriebsrat. Hätten Sie 30 Minuten für eine Demo? Ich komme auch gern nach Leinfelden raus.", (4, 15)),
  ("msg", "Herr Morgan, kurze Nachfrage wegen der ShiftWise-Demo: Bis Monatsende gibt es 25 % Einführungsrabatt auf die Lizenzen. Würde Ihnen Donnerstag passen?", (7, 20)))
P("bait_and_switch_invitation", "de", "Jasmin Aydın", "Learning Community Lead | Qualifizierung in der Transformation", "Heilbronn",
  ("inv", "Hallo Herr Morgan, wir haben einen kostenlosen Leitfaden erstellt: wie Zulieferer Leute aus der Zerspanung Richtung E-Mobilität umschulen "
          "und dabei Fördermittel der Arbeitsagentur nutzen. Gern schicke ich Ihnen das PDF, ganz ohne Haken."),
  ("msg", "Schön, dass es geklappt hat! Den Leitfaden hänge ich an. Genau das setzen wir übrigens auch um: Unser Qualifizierungsprogramm zum "
          "HV-Techniker kostet 3.450 € pro Teilnehmer und ist bis zu 100 % förderfähig. Darf ich Ihnen ein Angebot für 20 Mitarbeitende machen?", (2, 9)))
P("bait_and_switch_invitation", "en", "Mark Delaney", "Career Transition | Connecting HR Leaders in Automotive", "Detroit, Michigan",
  ("inv", "Alex, fellow automotive HR guy here. The industry's going through a lot right now and I think those of us in the people business need to "
          "stick together. Would be good to connect and swap notes."),
  ("msg", "Thanks for accepting, Alex. With all the restructuring news coming out of Germany I figured I'd mention it: our firm runs outplacement for "
          "salaried exits, $3,200 per person flat, virtual coaching in German and English. Worth a look for your next round?", (5, 20)),
  ("msg", "Circling back on the outplacement piece. We can do a pilot with 10 seats at $2,700 each if you sign this quarter. Want me to send over the SOW?", (9, 21)))
ERAS["Sven Haug"] = "cur"
ERAS["Jasmin Aydın"] = "cur"


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "de", "Florian Gerstlauer", "Research Lead | Fachkräftemonitor Automotive", "Karlsruhe",
  ("inm", "Kurze Umfrage: Fachkräftemangel bei Zulieferern", "Sehr geehrter Herr Morgan, wir befragen Personalverantwortliche von Automobilzulieferern in "
          "Baden-Württemberg zu offenen Stellen, Time-to-Hire und Bewerberzahlen bei Azubis. Die Umfrage dauert acht Minuten, und alle Teilnehmenden "
          "erhalten die vollständige Auswertung vorab. Wären Sie dabei?"),
  ("inm", "Ihre Auswertung – und ein Vorschlag", "Danke für Ihr Interesse an der Studie! Da Filder bei der Time-to-Hire über dem Schnitt liegt, möchte ich "
          "Ihnen unser Recruitment Process Outsourcing vorstellen: Wir übernehmen das komplette Recruiting für gewerbliche Stellen, 2.900 € pro "
          "Einstellung. Passt Ihnen ein Termin nächste Woche?"))
P("bait_and_switch_inmail", "en", "Heather Vance", "Program Director | Automotive People Summit", "Novi, Michigan",
  ("inm", "Speaking invitation: Automotive People Summit", "Hi Alex, our advisory board put your name forward for a panel on running transatlantic HR "
          "at German suppliers. Novi, MI, in May, 45 minutes, alongside two CHROs from OEMs. Would you consider joining us?"),
  ("inm", "Next steps for your panel slot", "Thrilled you're interested! To lock in the slot, panelists take our Thought Leader package ($3,950), which "
          "covers the stage time, a sponsored article and a private meeting room next to the expo floor. Who should I send the invoice to?"))
P("bait_and_switch_inmail", "de", "Andrea Rehm-Pfisterer", "Moderatorin | Kreis der Personalleiterinnen und Personalleiter BW", "Ludwigsburg",
  ("inm", "Einladung in unseren Kreis", "Sehr geehrter Herr Morgan, zwölf Personalleitungen aus Mittelstand und Industrie treffen sich bei uns viermal "
          "im Jahr vertraulich, um schwierige Fälle zu besprechen: Abbau, Konflikte mit dem Betriebsrat, Nachfolge. Ein Platz ist frei geworden, und "
          "Sie wurden uns empfohlen."),
  ("inm", "Kreis: Ihre Unterlagen", "Wie schön, dass Sie Interesse haben! Anbei die Beitrittsunterlagen. Der Jahresbeitrag liegt bei 4.800 € netto, "
          "darin enthalten ist pro Quartal ein Einzelcoaching mit mir. Wer bis zum 30.11. zusagt, zahlt im ersten Jahr 3.900 €.", (4, 14)),
  ("inm", "Kreis: Frist läuft ab", "Herr Morgan, nur zur Erinnerung: Der Vorzugsbeitrag gilt noch bis Freitag. Soll ich Ihnen die Rechnung direkt an "
          "die Personalabteilung schicken?", (6, 12)))


# =============================================================== endorse_me_back
P("endorse_me_back", "de", "Rüdiger Pfleiderer", "Personalreferent | Entgeltabrechnung & Tarif", "Nürtingen",
  ("end",),
  ("msg", "Hallo Herr Morgan, ich habe Sie für {skill} bestätigt, das haben Sie sich redlich verdient. Ich bewerbe mich gerade intern auf die "
          "Teamleitung. Wäre es unverschämt, Sie um eine Bestätigung für Tarifrecht und Entgeltabrechnung zu bitten? Tausend Dank!"))
P("endorse_me_back", "en", "Ashley Brandt", "Technical Recruiter | Manufacturing & Engineering", "Greenville, South Carolina",
  ("end",), ("end",),
  ("msg", "Hey Alex!! Just gave you a couple endorsements, you've earned them 😊 Would you mind hopping on my profile and endorsing me for Recruiting "
          "and Talent Sourcing? Trying to bump those up before my review. Thanks a ton!"))
P("endorse_me_back", "de", "Nadine Eisele", "Trainerin für Kommunikation & Konfliktmoderation", "Tübingen",
  ("end",),
  ("msg", "Hallo Alex, hab dich grad für {skill} bestätigt 🙂 Magst du mich im Gegenzug für Konfliktmoderation und Teamentwicklung bestätigen? "
          "Des wär super, merci dir!"))
ERAS["Rüdiger Pfleiderer"] = "2016"


# =============================================================== hostility_after_decline
P("hostility_after_decline", "de", "Patrick Zeller", "Key Account Manager | Zeitwerk Personaldienstleistungen", "Stuttgart",
  ("inv", "Guten Tag Herr Morgan, als regionaler Personaldienstleister unterstützen wir Automobilzulieferer bei Auftragsspitzen mit qualifizierten "
          "Fachkräften. Ich würde mich freuen, wenn wir uns vernetzen und kurz über Ihren Bedarf sprechen."),
  ("rem",),
  ("inm", "Ihre Ablehnung", "Herr Morgan, ich habe gesehen, dass Sie meine Anfrage abgelehnt haben. Bemerkenswert, wie ein Personaldirektor mit Menschen "
          "umgeht, die einfach ihren Job machen. Wir Dienstleister sind gut genug, wenn bei Ihnen die Bänder stillstehen, aber für eine Antwort reicht "
          "es nicht. Armutszeugnis."))
P("hostility_after_decline", "en", "Chad Morrow", "Leadership Speaker | Author | Helping leaders lead", "Phoenix, Arizona",
  ("inv", "Alex, great profile! Would love to connect with another leader who actually cares about people."),
  ("inm", "Surprised", "Alex, you know what's funny? You're an HR Director, the guy whose entire job is people, and you can't be bothered to accept "
          "a simple connection request. That tells me everything about your company's culture. Good luck recruiting with that attitude."))
P("hostility_after_decline", "de", "Gerd Ruoff", "Inhaber | Ruoff Arbeitsschutz-Schulungen", "Balingen",
  ("inv", NONOTE),
  ("inm", "Nachfrage", "Grüß Gott Herr Morgan, dass Sie meine Einladung einfach liegen lassen, find ich scho arg. Mir im Ländle haben früher noch "
          "gewusst, was Anstand ist. Aber Sie sitzen halt im Büro und schauen auf die Leut runter. Ade."))
P("hostility_after_decline", "de", "Melanie Schnaitmann", "Freelance Recruiterin | Active Sourcing Automotive", "Göppingen",
  ("inv", "Hallo Herr Morgan, ich besetze freiberuflich Positionen für Zulieferer im Raum Stuttgart, rein erfolgsbasiert. Vielleicht ergibt sich ja "
          "mal was, ich vernetze mich gern mit Ihnen."),
  ("rem",),
  ("inm", "Wirklich?", "Drei Wochen keine Reaktion und dann abgelehnt. Herr Morgan, so gewinnen Sie weder Talente noch Partner. Ich merke mir, wie "
          "man bei Filder mit Leuten umgeht, und erzähle das gern weiter, wenn Kandidaten mich nach Ihnen fragen."))


# =============================================================== hostility_connection
P("hostility_connection", "de", "Benedikt Kienle", "Vertriebsleiter Süd | ProStaff Personal GmbH", "Ulm",
  ("msg", "Hallo Herr Morgan, danke nochmal für die Vernetzung auf der Zukunft Personal Süd. Wir haben gerade freie Kapazitäten bei Elektrikern und "
          "CNC-Fräsern, Überlassung ab sofort möglich. Wann darf ich Sie anrufen?"),
  ("msg", "Herr Morgan, Ihre Assistenz hat mich jetzt zum dritten Mal mit „kein Bedarf“ abgewimmelt. Ganz ehrlich: So eine Überheblichkeit habe ich "
          "selten erlebt. Wenn Ihnen im Frühjahr die Leute fehlen, brauchen Sie bei uns gar nicht erst anzurufen.", (10, 30)))
P("hostility_connection", "en", "Tyler Hutchins", "Account Director | PeopleScope Analytics", "Denver, Colorado",
  ("acc",),
  ("msg", "Thanks for connecting after the SHRM panel, Alex! As promised, the pitch in one line: PeopleScope predicts shop-floor attrition 90 days out. "
          "A pilot for your Greer plant is $18k. Can we grab 30 minutes next week?"),
  ("msg", "Wow. 'Not a fit right now' after I spent an hour building a custom deck for you? That's pretty disrespectful of people's time, Alex. "
          "Honestly expected better from someone in HR.", (6, 20)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "de", "Harald Mürdter", "Geschäftsführer | TechnoSkill Bildungszentrum – Schweißen, Stapler, SPS", "Plochingen",
  ("msg", "Guten Tag Herr Morgan, unsere neuen Termine sind online: Staplerschein, Kranführerschein, SPS-Grundkurs und Schweißen nach DIN EN ISO 9606. "
          "Für Firmenkunden ab zehn Teilnehmern gibt es 15 % Rabatt. Sollen wir ein Inhouse-Angebot für Ihr Werk in Göppingen machen?"),
  ("msg", "Herr Morgan, für die Herbstkurse sind nur noch wenige Plätze frei. Ich schicke Ihnen gern ein Rahmenangebot fürs kommende Jahr, dann "
          "sind Sie preislich auf der sicheren Seite. An wen darf ich es adressieren?"))
P("connection_only_pitches", "en", "Priya Venkataraman", "Customer Success & Growth | Lumora People Analytics", "San Jose, California",
  ("msg", "Hi Alex! Hope your week's going great. We just launched engagement pulse surveys built for hourly workforces (SMS, no app needed). "
          "Would you be up for a quick walkthrough?"),
  ("msg", "Hey Alex, bumping this up. We're offering 3 months free for manufacturers who sign before the quarter ends. Any interest?"),
  ("msg", "Alex, last note from me on this: I put together a 2-page ROI estimate based on your Greer headcount. Mind if I send it and book "
          "15 min to walk you through it?"))
P("connection_only_pitches", "de", "Katrin Löffler-Benz", "Beraterin Newplacement | Löffler Karrierebegleitung", "Esslingen am Neckar",
  ("msg", "Hallo Herr Morgan, angesichts der Abbauprogramme in der Zulieferindustrie melde ich mich proaktiv: Unsere Newplacement-Begleitung für "
          "Führungskräfte (drei bis sechs Monate) ist für den Arbeitgeber auch steuerlich interessant. Darf ich Ihnen das Konzept schicken?"),
  ("msg", "Guten Morgen Herr Morgan, ich komme gern nochmal auf mein Angebot zurück, auch als Rahmenvertrag mit Abruf pro Person. Hätten Sie in "
          "KW 42 einen Slot für mich?"))
ERAS["Harald Mürdter"] = "2016"


# =============================================================== single_pitch
P("single_pitch", "de", "Tobias Wizemann", "Firmenkundenberater | FitWerk Firmenfitness", "Stuttgart",
  ("msg", "Hallo Herr Morgan, Hand aufs Herz: Wie hoch war letztes Jahr die Krankenquote in der Montage? Mit unserem Firmenfitness-Modell für "
          "29 € pro Mitarbeiter und Monat senken unsere Kunden sie spürbar. Darf ich Ihnen das in 20 Minuten zeigen?"))
P("single_pitch", "en", "Derek Wainwright", "Benefits Consultant | Palmetto Benefits Group", "Columbia, South Carolina",
  ("msg", "Hey Alex, with open enrollment coming up for your Greer team I wanted to get on your radar. We've been saving manufacturers in the Upstate "
          "8-12% on medical by moving them to a level-funded plan. Mind if I run a quick census-based quote?"))
P("single_pitch", "de", "Selina Krämer", "Senior Consultant | Nexus Personalvermittlung", "Stuttgart",
  ("msg", "Hallo Herr Morgan, ich sehe, dass Filder gerade Instandhalter und Schichtleiter sucht. Ich habe mehrere wechselwillige Kandidaten aus dem "
          "Raum Göppingen. Unser Honorar liegt bei 22 % vom Jahreszielgehalt, nur bei Erfolg. Soll ich Ihnen anonymisierte Profile schicken?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Latoya Briggs", "HR Manager | Filder Fahrzeugtechnik Inc. (Greer Plant)", "Greer, South Carolina",
  ("msg", "Hey Alex! Our second apprentice class graduates on the 12th, all nine passed their NIMS credentials. The plant would love for you to say "
          "a few words over Teams if you can swing it. Either way I'll send pictures!"),
  ("msg", "Here's the deck from the SC Manufacturers Alliance session on the overtime rule I mentioned. Pages 6-9 are the part that hits our salaried "
          "supervisors. Happy to walk through it with legal whenever suits you.", (6, 25)))
P("connection_brings_value", "de", "Wolfgang Kächele", "Personalleiter | Heberle Präzisionsteile GmbH", "Nürtingen",
  ("end",),
  ("msg", "Hallo Herr Morgan, wie im Arbeitskreis versprochen schicke ich Ihnen unsere Betriebsvereinbarung zum mobilen Arbeiten im indirekten Bereich, "
          "geschwärzt. Unser Betriebsrat hatte nichts dagegen, dass wir sie weitergeben. Bei Fragen zur Umsetzung rufen Sie mich einfach an."))
P("connection_brings_value", "de", "Heike Dannecker", "Ausbildungsberaterin | IHK Region Stuttgart", "Stuttgart",
  ("msg", "Sehr geehrter Herr Morgan, hier wie besprochen der Link zur Anmeldung für unser Ausbilderforum am 20. Mai im Haus der Wirtschaft, "
          "kostenfrei. Schwerpunkt sind diesmal Ausbildungsabbrüche im gewerblich-technischen Bereich. Ihre Ausbildungsleitung ist natürlich "
          "herzlich mit eingeladen."))
P("connection_brings_value", "de", "Nathan Oyelaran", "Partner | Halvorsen Search – Industrial & Automotive", "Chicago, Illinois",
  ("msg", "Alex, hope things are good in Leinfelden. I'm running a search for VP Human Resources, Europe at a US-listed powertrain supplier, based in "
          "Stuttgart with a dotted line to Detroit. Works council experience is a must, which is why you came to mind. Comp is well above what's "
          "typical for the role. Open to a confidential chat? Referrals just as welcome."), nl="en")
P("connection_brings_value", "de", "Ercan Yıldız", "Betriebsratsvorsitzender | Filder Fahrzeugtechnik GmbH, Werk Göppingen", "Göppingen",
  ("msg", "Hallo Herr Morgan, kleiner Hinweis: Die IG Metall bietet am 22.11. eine gemeinsame Schulung für Betriebsrat und Personalabteilung zum "
          "neuen Entgeltrahmen an, für Arbeitgebervertreter kostenfrei. Wär gut, wenn jemand aus Ihrem Team mitkommt, dann reden wir hinterher "
          "nicht aneinander vorbei."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "de", "Dr. Tilman Ebinger", "Partner | Ebinger Consulting – Executive Search Industrie", "Heilbronn",
  ("inm", "Vertraulich: Geschäftsführer Personal, Automobilzulieferer (Hohenlohe)", "Sehr geehrter Herr Morgan, im Auftrag eines inhabergeführten "
          "Zulieferers in Hohenlohe (rund 6.500 Mitarbeitende, acht Standorte, zwei davon in Mexiko) suche ich einen Geschäftsführer Personal mit Sitz "
          "in der Geschäftsführung. Die Aufgabe: die Transformation gemeinsam mit einem selbstbewussten Betriebsrat gestalten. Wenn Sie grundsätzlich "
          "offen sind, freue ich mich über ein vertrauliches Telefonat.\n\nMit freundlichen Grüßen\nTilman Ebinger"))
P("stranger_inmail_recruiter", "en", "Courtney Haskins", "Senior Talent Partner | Volunteer Axle Systems", "Nashville, Tennessee",
  ("inm", "VP HR, North America (German-owned, Tennessee)", "Hi Alex, I'm the in-house talent partner at Volunteer Axle Systems, a German-owned supplier "
          "with three plants in Tennessee. We're hiring a VP HR North America who can bridge our US leadership and the Stuttgart HQ. Relocation "
          "package available, and working from the Carolinas is negotiable. Would you be open to a conversation?"),
  ("inm", "Re: VP HR, North America", "Hi Alex, just following up in case my note got buried. Happy to send the full job spec and comp range, no "
          "strings attached. If the timing's off, totally understand.", (6, 15)))
P("stranger_inmail_recruiter", "de", "Ulrich Gaiser", "Kaufmännischer Geschäftsführer | Gaiser Kunststofftechnik GmbH & Co. KG", "Schwäbisch Hall",
  ("inm", "Leitung Personal bei uns – direkt, ohne Berater", "Guten Tag Herr Morgan, ich bin kaufmännischer Geschäftsführer bei Gaiser Kunststofftechnik. "
          "Unser langjähriger Personalleiter geht im Frühjahr in Rente, und ich suche die Nachfolge selbst, ohne Headhunter. 1.100 Mitarbeitende, "
          "IG-Metall-Tarif, ein konstruktiver Betriebsrat. Hätten Sie Lust auf ein unverbindliches Gespräch bei einem Kaffee in Hall?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "de", "Oliver Mayerhöfer", "Business Development | FlexForce Personaldienstleistungen", "Heilbronn",
  ("inm", "Personal für Ihre Sonderschichten", "Sehr geehrter Herr Morgan, kurzfristiger Personalbedarf in Montage oder Logistik? FlexForce stellt Ihnen "
          "tarifgebundene Zeitarbeitskräfte innerhalb von 72 Stunden, mit eigener Disposition vor Ort. Ich würde Ihnen gern unsere Konditionen "
          "vorstellen. Wann passt es Ihnen?"),
  ("inm", "Nachtrag: Konditionen", "Herr Morgan, anbei unsere aktuelle Preisliste als Übersicht. Ab 20 Mitarbeitenden reduzieren wir den "
          "Verrechnungssatz um 1,20 € pro Stunde. Ich melde mich Donnerstag telefonisch bei Ihnen."))
P("stranger_inmail_sales", "en", "Kayla Ostrander", "Account Executive, Manufacturing | Trainloop", "Columbus, Ohio",
  ("inm", "LOTO training operators actually finish", "Hi Alex, quick one. Trainloop turns your lockout/tagout and forklift SOPs into 5-minute video "
          "lessons in English and Spanish. Plants like yours see 90%+ completion. Can I show you a sample built from one of Greer's SOPs? "
          "15 minutes is all I need."))
P("stranger_inmail_sales", "de", "Janine Rühle", "Projektleiterin | Bildwerk Recruiting-Videos", "Stuttgart",
  ("inm", "Azubi-Video für Filder?", "Hallo Herr Morgan, Ihre Azubis sind Ihre besten Botschafter, aber auf Ihrer Karriereseite sieht man sie nicht. "
          "Wir drehen authentische Recruiting-Videos an einem Tag, Paketpreis 6.900 € netto inklusive Schnitt. Darf ich Ihnen unser Showreel schicken?"),
  ("inm", "Showreel + Frühbucher", "Guten Tag Herr Morgan, hier wie angekündigt der Link zu unserem Showreel. Für Drehtermine im Februar gibt es "
          "noch 10 % Frühbucherrabatt. Soll ich Ihnen einen Termin blocken?"))
P("stranger_inmail_sales", "de", "Rafael Quintero", "Director of Partnerships | Nearshore Talent MX", "Monterrey, Mexico",
  ("inm", "Skilled techs for your US plant", "Alex, labor in the Carolinas is tight. We place pre-vetted maintenance techs and machinists from Mexico "
          "on TN visas, all paperwork handled, one placement fee per hire. Worth a quick call to see if it fits Greer's hiring plan for next year?"),
  nl="en")


# =============================================================== good_turns_ugly
P("good_turns_ugly", "de", "Dr. Carsten Fezer", "Berater Arbeitsbeziehungen | ehem. Personalleiter in der Zulieferindustrie", "Stuttgart",
  ("inv", "Hallo Herr Morgan, im Arbeitskreis kam die Frage nach einer Muster-Betriebsvereinbarung zu KI-Tools auf. Ich habe eine erarbeitet, die "
          "schon bei zwei Betriebsräten durch ist, und teile sie gern kostenlos. Vernetzen wir uns, dann schicke ich sie Ihnen."),
  ("msg", "Wie versprochen die Muster-BV KI, mit Anlage zur Leistungs- und Verhaltenskontrolle. Über Ziffer 6 wurde bei beiden Betriebsräten am "
          "längsten diskutiert, da lohnt sich ein genauer Blick.", (1, 5)),
  ("msg", "Herr Morgan, ich hoffe, die BV hat Ihnen geholfen. Viele Unternehmen buchen mich inzwischen, um die Verhandlung darüber mit dem Betriebsrat "
          "zu moderieren: Tagessatz 1.900 € netto, meist drei bis vier Termine. Soll ich Ihnen für Filder ein Angebot machen?", (12, 40)))
P("good_turns_ugly", "en", "Jenna Whitcomb", "HR Director | Piedmont Stamping Co.", "Spartanburg, South Carolina",
  ("inv", "Hi Alex! We met at the German American Chamber event in Greenville. Our team put together a free webinar on comp benchmarking for "
          "German-owned plants in the Southeast, next Thursday. I'd love for you or Latoya to join!"),
  ("msg", "Here's the recording and the benchmark spreadsheet from Thursday. Share it with your team, that's what it's for.", (6, 12)),
  ("end",),
  ("msg", "Hey Alex, hope the spreadsheet came in handy! I just endorsed you for {skill}. Would you mind returning the favor with Compensation & "
          "Benefits and Employee Relations? I'm speaking at the state SHRM conference and want my profile to look the part."))
P("good_turns_ugly", "de", "Moritz Schäfle", "Kooperationsmanager | Private Hochschule für Technik und Wirtschaft Neckar", "Nürtingen",
  ("inv", "Guten Tag Herr Morgan, wir laden Personalverantwortliche zu unserem kostenfreien Praxisforum Duales Studium am 3. Juli ein: "
          "Erfahrungsberichte von Partnerfirmen, Fragen zur Betreuung im Betrieb, danach Grillen auf dem Campus. Ich würde mich freuen, Sie zu sehen."),
  ("msg", "Vielen Dank für Ihre Zusage, Herr Morgan! Anbei schon mal die Agenda und die Präsentation vom Vorjahr, damit Sie einen Eindruck bekommen.", (3, 10)),
  ("msg", "Schön, dass Sie beim Forum waren! Fürs Wintersemester haben wir noch Kontingente: Die Studiengebühr von 690 € im Monat pro Studierendem "
          "trägt der Betrieb, dazu kommt eine Partnerpauschale von 2.500 € im Jahr. Bis 15.8. entfällt die Einrichtungsgebühr. Darf ich den "
          "Kooperationsvertrag für zwei Plätze vorbereiten?", (15, 30)))
ERAS["Dr. Carsten Fezer"] = "cur"


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "de", "Sandro Vöhringer", "Vertrieb | Arbeitnehmerüberlassung Metall & Elektro", "Reutlingen",
  ("inm", "Zeitarbeit für Filder", "Guten Tag Herr Morgan, wir sind auf Arbeitnehmerüberlassung in der Metall- und Elektroindustrie spezialisiert und "
          "haben derzeit 30 Produktionshelfer verfügbar. Darf ich Ihnen ein unverbindliches Angebot zusenden?"),
  ("inv", "Hallo Herr Morgan, wir sind uns letzte Woche auf der Personalmesse in Stuttgart kurz am Stand begegnet. Würde mich freuen, in Kontakt zu bleiben!"))
P("reinvite_known_bad", "en", "Kevin Raybould", "Regional Manager | Keystone Industrial Staffing", "Greenville, South Carolina",
  ("inv", DEFAULT),
  ("inv", "Alex, great meeting you at the SC Automotive Summit! Really enjoyed your remarks on apprenticeships. Let's stay in touch."))
P("reinvite_known_bad", "de", "Dr. Birgit Sautter-Lamm", "Geschäftsführerin | Sautter Outplacement", "Stuttgart",
  ("inv", "Sehr geehrter Herr Morgan, steht ein Stellenabbau an, entscheiden die ersten Tage. Wir begleiten Betroffene vom ersten Gespräch an. "
          "Gern präsentiere ich Ihnen unsere Leistungen und Konditionen persönlich."),
  ("inv", "Guten Tag Herr Morgan, ich würde mich freuen, Sie in meinem Netzwerk zu haben. Herzliche Grüße aus dem Stuttgarter Westen"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "de", "Frank Haisch", "Inhaber | Haisch Employer Branding", "Waiblingen",
  ("inv", "Hallo Herr Morgan, wir machen Arbeitgebermarken von Industrieunternehmen sichtbar, von der Karriereseite bis zum Messestand. Lust auf "
          "ein kurzes Gespräch?"),
  ("inm", "Schade", "Herr Morgan, Ihre Ablehnung habe ich zur Kenntnis genommen. Dass ausgerechnet ein Personaler nicht mal „Nein danke“ schreiben "
          "kann, sagt viel über Ihre Arbeitgebermarke. Die hätte Hilfe dringend nötig, aber offenbar nicht von mir."),
  ("inv", "Hallo Herr Morgan, neues Jahr, neuer Anlauf: Ich würde mich trotz allem freuen, wenn wir uns vernetzen. Viele Grüße aus dem Remstal"))
P("reinvite_known_ugly", "en", "Bryce Holloway", "Founder | The People Leaders Forum", "Charlotte, North Carolina",
  ("inm", "Quick question from one HR leader to another", "Alex, how are you handling the federal overtime threshold changes for your supervisors in "
          "SC? I'm trying to see what other German-owned plants are doing before we decide. Would appreciate any perspective."),
  ("inm", "Re: overtime question", "Thanks for getting back to me! Funny enough, that's exactly what my team solves: our compliance retainer for "
          "multi-state employers starts at $2,400 a month. Want me to put together a proposal for Greer?", (3, 10)),
  ("inv", "Alex, hope all's well! Would be great to be connected here. I'll be in Stuttgart in October, maybe we can grab a coffee."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "de", "Michael Straub", "Trainer & Coach | Führung in der Produktion", "Aalen",
  ("acc",),
  ("msg", "Danke für die Einladung, Herr Morgan, hat mich gefreut auf der Messe! Wie angesprochen: Unser Führungskräfteprogramm für Meister und "
          "Schichtleiter (vier Module, 2.150 € pro Teilnehmer) wäre bestimmt was für Göppingen. Darf ich Ihnen ein Angebot erstellen?"))
P("user_invited_pitch_once", "en", "Lauren Pickett", "VP Sales | BenefitBridge", "Charlotte, North Carolina",
  ("acc",),
  ("msg", "Thanks for the connect, Alex! Loved chatting at the SHRM booth. As promised: BenefitBridge can get your Greer team onto a modern benefits "
          "admin platform before next open enrollment. Do you have 20 minutes next week for a demo with your HR manager?"))
P("user_invited_pitch_once", "de", "Timo Schwenk", "Fotograf | Employer-Branding-Fotografie", "Stuttgart",
  ("acc",),
  ("msg", "Hallo Herr Morgan, danke fürs Annehmen! Mir ist aufgefallen, dass auf Ihrer Karriereseite noch Stockfotos sind. Ich fotografiere "
          "Mitarbeitende direkt an der Linie, ein Shooting-Tag kostet 1.850 € inkl. Bildrechten. Hätten Sie Interesse?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "de", "Yvonne Rapp", "Niederlassungsleiterin | Neckarpersonal GmbH", "Esslingen am Neckar",
  ("acc",),
  ("msg", "Hallo Herr Morgan, schön, dass wir nach dem IHK-Abend jetzt auch hier verbunden sind! Falls Sie für die Inventur im Dezember Helfer "
          "brauchen: Wir haben Kapazitäten und stellen Ihnen die Leute auch nur für zwei Wochen."),
  ("msg", "Herr Morgan, ich wollte nochmal nachhaken: Fürs erste Quartal könnten wir Ihnen einen festen Pool von zehn Produktionshelfern "
          "reservieren, zum Vorzugssatz. Darf ich Ihnen das schriftlich anbieten?"))
P("user_invited_pitch_twice", "en", "Brandon Kessler", "Solutions Consultant | TalentMetrix Assessments", "Minneapolis, Minnesota",
  ("acc",),
  ("msg", "Hey Alex, thanks for connecting after the webinar! Our validated assessments for skilled-trades hiring cut 90-day turnover by a third. "
          "Would you be open to a pilot at Greer? Pricing starts at $39 per candidate."),
  ("msg", "Alex, following up. I can extend pilot pricing through the end of the month and throw in the supervisor assessment at no extra cost. "
          "Does a call on Tuesday work?"))
P("user_invited_pitch_twice", "de", "Ingrid Hagenlocher", "Coach für berufliche Neuorientierung | Newplacement", "Tübingen",
  ("acc",),
  ("msg", "Guten Tag Herr Morgan, vielen Dank für die Vernetzung nach dem Vortrag in Tübingen. Gern stelle ich Ihnen mein Newplacement-Angebot "
          "für ausscheidende Führungskräfte vor: individuelle Begleitung, 6.800 € pauschal. Wann hätten Sie Zeit?"),
  ("msg", "Herr Morgan, ich erlaube mir nachzufragen. Ich habe gerade zwei Kapazitäten frei und könnte ab nächstem Monat starten. Sollen wir "
          "telefonieren?"))
ERAS["Ingrid Hagenlocher"] = "2016"


# =============================================================== user_invited_value
P("user_invited_value", "de", "Prof. Dr. Annette Widmaier", "Studiendekanin Maschinenbau | DHBW Stuttgart, Campus Horb", "Horb am Neckar",
  ("acc",),
  ("msg", "Sehr geehrter Herr Morgan, danke für die Kontaktanfrage! Wie in Horb besprochen schicke ich Ihnen die Unterlagen zur Zulassung als "
          "Dualer Partner im Maschinenbau, das ist weniger Aufwand, als viele denken. Außerdem sind Sie herzlich zu unserem Partnertag im Juni "
          "eingeladen, natürlich kostenlos."))
P("user_invited_value", "en", "Marcus Tillman", "Director of HR | Gruber Automotive USA", "Chattanooga, Tennessee",
  ("acc",),
  ("msg", "Thanks for the invite, Alex! As promised at the chamber meeting, here's our bilingual apprenticeship handbook and the contract template "
          "our lawyers finally blessed. Steal whatever's useful. And if you're ever in Chattanooga, lunch is on me."))
P("user_invited_value", "de", "Sevgi Arslan", "Arbeitgeber-Service | Agentur für Arbeit Stuttgart", "Stuttgart",
  ("acc",),
  ("msg", "Guten Tag Herr Morgan, danke für die Vernetzung. Wie auf der Transformationskonferenz angesprochen: Für die Umschulung Ihrer Zerspaner zu "
          "Elektronikern kommt eine Förderung nach dem Qualifizierungschancengesetz infrage, je nach Betriebsgröße bis zu 100 % der Lehrgangskosten. "
          "Ich berate Sie dazu gern, rufen Sie mich einfach an."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Jochen Wahl", "Leiter Personal | Stoll Gießerei GmbH", "Aalen", ("acc",))
P("acceptance_only", "en", "Megan Castillo", "HR Business Partner | Filder Fahrzeugtechnik Inc.", "Greer, South Carolina", ("acc",))
P("lone_endorsement", "de", "Anja Rieger", "Ausbildungsleiterin | Filder Fahrzeugtechnik GmbH", "Leinfelden-Echterdingen", ("end",))
P("lone_endorsement", "en", "Tom Kearney", "Plant Manager | Filder Fahrzeugtechnik Inc.", "Greer, South Carolina", ("end",))
ERAS["Jochen Wahl"] = "2016"
# notes that name 2020s facts (BAG ruling on time recording, Qualifizierungschancengesetz, Teams, Zoom, today's restructuring wave)
for _n in ("Dr. Miriam Oßwald", "Sevgi Arslan", "Latoya Briggs", "Dr. Sabine Höfle", "Katrin Löffler-Benz", "Mark Delaney", "Tamika Rhodes",
           "Benedikt Kienle"):
    ERAS[_n] = "cur"


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Ercan Yıldız", "ercan.yildiz@filder-fahrzeugtechnik.example", "Schulung Entgeltrahmen am 22.11.",
     "Hallo Herr Morgan,\n\nich hab Ihnen das auch auf LinkedIn geschrieben, aber sicher ist sicher: Die IG Metall macht am 22.11. die gemeinsame "
     "Schulung zum Entgeltrahmen. Wer kommt von Ihrer Seite?\n\nGruß\nErcan Yıldız\nBetriebsratsvorsitzender Werk Göppingen", "de"),
    ("Latoya Briggs", "latoya.briggs@filder-us.example", "Graduation pics!",
     "Hi Alex,\n\nattached are the photos from the apprentice graduation. Corporate comms wants to post them on LinkedIn. Are you OK with being tagged?\n\nLatoya", "en"),
    ("Südwestmetall Bezirksgruppe Neckar-Fils", "arbeitskreise@suedwestmetall.example", "Arbeitskreis Personal: Protokoll und Termine",
     "Sehr geehrte Damen und Herren,\n\nanbei das Protokoll der letzten Sitzung. Bitte beachten Sie: Einladungen zu unseren Sitzungen versenden wir "
     "ausschließlich per E-Mail, nicht über LinkedIn oder andere Netzwerke.\n\nMit freundlichen Grüßen\nIhre Bezirksgruppe", "de"),
    ("DHBW Stuttgart – Duale Partner", "partner@dhbw-stuttgart.example", "Partnertag: Anmeldung geöffnet",
     "Liebe Duale Partner,\n\ndie Anmeldung zum Partnertag ist geöffnet. Impressionen vom letzten Jahr finden Sie auf unserer LinkedIn-Seite.", "de"),
    ("Primus Personal GmbH", "vertrieb@primus-personal.example", "Unsere Konditionen für Filder",
     "Sehr geehrter Herr Morgan,\n\nich hatte Ihnen bereits über LinkedIn eine Kontaktanfrage geschickt. Anbei unsere Preisliste für Überlassung "
     "und Vermittlung.\n\nMit freundlichen Grüßen\nMarcel Grupp", "de"),
    ("XING", "mailrobot@mail.xing.example", "Neue Kontaktanfrage von Kai-Uwe Brenner",
     "Hallo Alex Morgan,\n\nKai-Uwe Brenner möchte sich mit Ihnen auf XING vernetzen. Sie sind bereits über LinkedIn verbunden? Dann bestätigen Sie einfach hier.", "de"),
    ("Filder Karriere – Bewerbermanagement", "noreply@filder-karriere.example", "Neue Bewerbung: Ausbilder Mechatronik (m/w/d) – Quelle: LinkedIn",
     "Eine neue Bewerbung ist eingegangen.\n\nStelle: Ausbilder Mechatronik (m/w/d), Werk Göppingen\nQuelle: LinkedIn Jobs\n\nBitte prüfen Sie die Unterlagen im System.", "de"),
    ("Sekretariat Personal", "sekretariat.personal@filder-fahrzeugtechnik.example", "WG: Ich möchte mich mit Ihnen vernetzen",
     "Herr Morgan, die kam an die Sammeladresse. Ist das echt oder Spam?\n\n---------- Weitergeleitete Nachricht ----------\nVon: Chad Morrow via "
     "LinkedIn <invitations@linkedin.com>\nBetreff: Ich möchte mich mit Ihnen vernetzen\n\nAlex, great profile! ...", "de"),
    ("IT-Sicherheit", "it-security@filder-fahrzeugtechnik.example", "Warnung: gefälschte LinkedIn-Nachrichten mit „Gehaltslisten“",
     "Liebe Kolleginnen und Kollegen,\n\nderzeit kursieren gefälschte LinkedIn-Mails, die angebliche Gehaltslisten oder Betriebsvereinbarungen "
     "enthalten. Bitte nicht anklicken, sondern an it-security@ weiterleiten.", "de"),
    ("SHRM HR Daily", "newsletter@shrm-news.example", "5 ways HR leaders use LinkedIn to find skilled trades",
     "Today in HR Daily: how plant HR teams use LinkedIn and community colleges to fill maintenance roles, plus the latest on overtime rules.", "en"),
    ("Greg Kowalczyk", "gkowalczyk@buckeye-drivetrain.example", "Betriebsrat questions",
     "Alex,\n\nsent you a LinkedIn invite too, but here's my email in case that's easier. Any time next week works for me.\n\nThanks,\nGreg", "en"),
    ("Filder Academy", "academy@filder-lms.example", "Zugewiesener Kurs: Arbeitsrecht für Führungskräfte (LinkedIn Learning)",
     "Ihnen wurde der Kurs „Arbeitsrecht für Führungskräfte“ auf LinkedIn Learning zugewiesen. Bitte bis 31.03. abschließen.", "de"),
]


# ------------------------------------------------------------------------- checks and builder
for _scenario, _lang, _name, _h, _loc, _nl, _steps in PEOPLE:
    for _s in _steps:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_name, len(_s[1]))
assert len({p[2] for p in PEOPLE}) == len(PEOPLE), "duplicate name"

HEADER = [f"# mailbot eighty-fifth development corpus (dev85). Generated by scripts/make_corpus_dev85.py (seed {SEED}); do not edit by hand.",
          "# Alex as HR director of an automotive supplier near Stuttgart with a US plant: works council, training vendors, temp agencies and "
          "recruiters, outplacement, coaches, employer branding, peer HR heads, dual-study universities, US colleagues. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev85", SEED, PEOPLE, FOREIGN, spoofs=12, other=14, header=HEADER, eras=ERAS)
