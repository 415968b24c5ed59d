#!/usr/bin/env python3
"""Write mailbot's dev145 corpus, an independent labelled evaluation set: tests/corpus/dev145/*.eml + expected.toml.

The angle: the user Alex is the group data-protection officer of a German insurer in Cologne
(Domstadt Versicherung AG). Their LinkedIn world: consent-management, DSAR, records-of-processing
and data-discovery vendors; law firms offering external-DPO mandates, breach retainers and fixed
fees for Art. 15 litigation; certification courses, some free with CPE credits and some sold by
the seat; ISO 27701 auditors; peer DPOs in the insurance association's working group who share
deletion concepts, DPIA templates and contract checklists; the supervisory authority's exchange
events; researchers; job seekers for the team's open posts; the Cologne data-protection
Stammtisch; privacy "communities" that turn out to sell; pay-to-speak summits; a Google-Fonts
demand letter sent by InMail; spoofs that borrow real names. Formal German, Rhineland-casual
German (Kölsch turns), and English from Irish, British, Dutch, Danish, Indian and Polish writers.
Most people write under German LinkedIn wording, the rest under English wording; a few write in
the other language. A handful of stories are set in 2016-2017 (GDPR preparation, Privacy
Shield) in the layout of those years.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, job-alert and
digest titles, the headlines of spoof-only names and PYMK suggestions, and the notes that
spoofs carry are swapped for this world in this process only (make_corpus.py itself is not
changed). Every note was written from shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev145.py              # writes tests/corpus/dev145
    python scripts/make_corpus_dev145.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260145

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the DPO's world (this process only)
mc.LANGS[:] = ["de", "en", "de", "en", "de"]      # spoofs and other LinkedIn mail: German or English wording
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "nodkim",
                      "untrusted:mx.google.com", "lookalike:linkedin.com.secure-notify.example", "buried", "wrongpass", "noauth"]
mc.L["de"]["rheadline"] = "Konzerndatenschutzbeauftragte/r bei Domstadt Versicherung AG"
mc.L["en"]["rheadline"] = "Group Data Protection Officer at Domstadt Versicherung AG"
mc.L["de"]["skills"] = ["Datenschutz", "DSGVO", "Datenschutzmanagement", "Informationssicherheit", "Compliance", "Datenschutz-Folgenabschätzung"]
mc.L["en"]["skills"] = ["Data Protection", "GDPR", "Privacy Compliance", "Information Security", "Privacy Impact Assessments", "Risk Management"]
mc.CITY["de"] = ["Köln", "Düsseldorf", "Bonn", "Leverkusen", "Aachen", "Essen"]
mc.CITY["en"] = ["Dublin", "London", "Amsterdam", "Brussels", "Cologne", "Frankfurt"]
mc.JOBS[:] = [("Datenschutzbeauftragter (m/w/d)", "Rheinland Pensionskasse"), ("Senior Privacy Counsel", "Hibernia Re"),
              ("Head of Data Protection", "Nordstern Lebensversicherung"), ("Datenschutzkoordinator/in Schaden", "Bergische Versicherung"),
              ("Information Security Officer (m/w/d)", "Stadtsparkasse Niederrhein")]
mc.COMPANIES["good"] = ["Rheinland Pensionskasse", "TH Köln", "Noordzee Verzekeringen", "Hibernia Re", "Bergische Versicherung",
                        "Nordstern Lebensversicherung", "Universität zu Köln"]
mc.COMPANIES["sales"] = ["ConsentForge", "PrivaFlow", "DatenschutzAkademie Rhein-Ruhr", "TransferGuard", "PrivacyDesk", "WhistleBox",
                         "DataVault AI", "PrivaSuite"]
mc.HEADLINES["good"] = ["Datenschutzbeauftragte bei {co}", "Privacy Counsel | {co}", "Datenschutzkoordinator | {co}", "Head of Privacy at {co}",
                        "Wissenschaftliche Mitarbeiterin Datenschutzrecht | {co}", "Informationssicherheitsbeauftragter bei {co}"]
mc.HEADLINES["sales"] = ["Account Executive DACH | {co}", "Enterprise Sales Manager at {co}", "Founder & CEO | {co}",
                         "Helping insurers stay GDPR-compliant | {co}", "Business Development | {co}"]
SPOOF_NOTES = {
    "de": ["Hallo {first}, Ihr Zertifikat als Datenschutzbeauftragte/r läuft in 7 Tagen ab. Bitte melden Sie sich an, um die Verlängerung zu bestätigen.",
           "Guten Tag, ich habe Ihnen den Prüfbericht der Aufsichtsbehörde über LinkedIn freigegeben. Zum Öffnen bitte hier anmelden.",
           "Hallo {first}, anbei die angeforderte DSFA-Vorlage. Aus Sicherheitsgründen nur nach Anmeldung abrufbar."],
    "en": ["Hi {first}, your CIPP/E credential is about to lapse. Log in within 48 hours to keep your CPE record active.",
           "Dear {first}, a data breach report naming your company has been shared with you. Sign in to review it before it is published.",
           "Hello, I sent you the signed DPA through LinkedIn Secure Share, please log in to download it."],
}
for _l, _n in SPOOF_NOTES.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
mc.PHISH_NOTES["de"] = ["Sehr geehrte Damen und Herren, im Anhang finden Sie die Rechnung für Ihr Datenschutz-Audit. Bitte bestätigen Sie über den sicheren Link.",
                        "Hallo, Ihre Mailbox hat das Speicherlimit erreicht. Melden Sie sich mit Ihrem Firmenkonto an, um Nachrichten weiter zu empfangen."]
mc.PHISH_NOTES["en"] = ["Hello, please review the attached Art. 28 agreement and confirm receipt via the secure portal.",
                        "Dear Sir/Madam, your organisation has an unresolved GDPR complaint. Download the case file here."]
mc.INMAIL_SUBJECTS["de"]["sales"] = ["Kurze Frage", "Ihr Zertifikat", "Prüfbericht", "Dokument für Sie", "Dringend: Datenschutzvorfall"]
mc.INMAIL_SUBJECTS["en"]["sales"] = ["Quick question", "Your credential", "Shared document", "Breach report", "Action required"]
retitle_other({
    "de": {"job": ("{n} neue Jobs für „Datenschutzbeauftragter“", "Ihr Jobalarm für Datenschutzbeauftragter in {city}"),
           "news": "Bringt die KI-Verordnung neue Bußgelder für Versicherer?",
           "group": "Top-Unterhaltungen in Datenschutz & Compliance Deutschland",
           "newsletter": "Privacy Praxis: Auskunftsersuchen ohne Chaos"},
    "en": {"job": ("{n} new jobs for \"data protection officer\"", "Your job alert for data protection officer in {city}"),
           "news": "Will the EU AI Act change how insurers price risk?",
           "group": "Top conversations in GDPR & Privacy Professionals",
           "newsletter": "The Privacy Ledger: what the latest EDPB opinion means for you"},
})

PEOPLE: list[tuple] = []
ERAS: dict[str, str] = {}
_add = adder(PEOPLE)


def P(scenario: str, lang: str, name: str, headline: str, location: str, *steps, nl: str | None = None, era: str = "cur") -> None:
    """One person's story; `era` is the layout and the years it happens in ("cur" 2024-2025 or "2016")."""
    for s in steps:
        if s[0] == "inv" and s[1] not in (DEFAULT, NONOTE):
            assert len(s[1]) <= 300, (name, len(s[1]))
    ERAS[name] = era
    _add(scenario, lang, name, headline, location, *steps, nl=nl)


# =============================================================== good_invitation
P("good_invitation", "de", "Miriam Assenmacher", "Datenschutzbeauftragte | Rheinland Pensionskasse VVaG", "Köln",
  ("inv", "Hallo Alex, wir sitzen beide im Arbeitskreis Datenschutz des Verbands, hatten aber nie direkt miteinander zu tun. "
          "Ich habe unser Löschkonzept für Leistungsakten überarbeitet und würde es gern mit Ihrem abgleichen. Meine Vorlage schicke ich Ihnen vorab."),
  ("rem",))
P("good_invitation", "de", "Kalle Schmitz", "Datenschutzkoordinator Stadtwerke | Orga Datenschutz-Stammtisch Köln", "Köln",
  ("inv", "Tach Alex! Jeden ersten Donnerstag im Monat ist Datenschutz-Stammtisch im Brauhaus am Eigelstein. Kein Verkauf, keine Folien, "
          "nur Kölsch und Fachsimpeln unter DSBs. Nächstes Mal: KI-Verordnung trifft DSGVO. Komm doch vorbei, kost nix!"))
P("good_invitation", "en", "Sinéad Gallagher", "Privacy Counsel | IAPP KnowledgeNet Co-Chair Cologne/Düsseldorf", "Düsseldorf",
  ("inv", "Hi Alex, I co-chair the IAPP KnowledgeNet for Cologne/Düsseldorf. Next session is free, 12 June near the Mediapark: the AI Act "
          "and DPIAs, worth 2 CPE credits for CIPP/E. We'd love an insurance DPO in the room."))
P("good_invitation", "de", "Dr. Thomas Brüggemann", "Referent | Landesbeauftragte für Datenschutz und Informationsfreiheit NRW", "Düsseldorf",
  ("inv", "Guten Tag, die LDI NRW lädt im Herbst betriebliche Datenschutzbeauftragte der Versicherungswirtschaft zu einem Erfahrungsaustausch "
          "über Einwilligungen bei Gesundheitsdaten ein. Die Teilnahme ist kostenfrei. Gern sende ich Ihnen die Einladung direkt zu."))
P("good_invitation", "de", "Lea Wirtz", "Jurastudentin Uni Köln | Schwerpunkt IT- und Datenschutzrecht", "Köln",
  ("inv", "Hallo Alex, ich habe mich über Ihr Karriereportal auf die Werkstudentenstelle im Datenschutz beworben. Meine Seminararbeit "
          "schreibe ich gerade zu Art. 9 DSGVO bei Versicherern. Ich würde mich sehr über die Vernetzung freuen!"),
  ("rem",))
P("good_invitation", "en", "Joost van Dijk", "Privacy Officer at Noordzee Verzekeringen", "Rotterdam",
  ("inv", "Alex, we met briefly at the GDPR readiness session in Brussels. I'm working out how insurers will handle data portability "
          "for policy data under the new Regulation. Could we compare notes? Happy to share our gap analysis in return."),
  era="2016")
P("good_invitation", "de", "Prof. Dr. Jana Hilgers", "Professorin für Wirtschaftsinformatik | TH Köln", "Köln",
  ("inv", "Guten Tag, an der TH Köln machen wir eine Interviewstudie zur Rolle von Datenschutzbeauftragten in Finanzdienstleistern "
          "(45 Min., anonym). Teilnehmende bekommen die Ergebnisse vorab und sind zum kostenfreien Abschlussworkshop eingeladen. Interesse?"))


# =============================================================== default_invitation
P("default_invitation", "de", "Marco Lindlar", "Vertriebsleiter | Insurtech | Versicherungen digital", "Düsseldorf", ("inv", DEFAULT), ("rem",), era="2016")
P("default_invitation", "de", "Svenja Kreuzer", "Sales Development Representative | Compliance-Software", "Berlin", ("inv", NONOTE))
P("default_invitation", "en", "Rahul Mehta", "IT Consultant | GDPR | Data Governance", "Pune", ("inv", DEFAULT), ("rem",), era="2016")
P("default_invitation", "de", "Benedikt Overath", "Student Wirtschaftsrecht | TH Köln", "Köln", ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "de", "Jan-Niklas Brauer", "Enterprise Account Executive | ConsentForge Consent Management Platform", "München",
  ("inv", "Guten Tag, viele Versicherer haben Cookie-Banner, die TTDSG und DSGVO nicht sauber abbilden. ConsentForge löst das inkl. TCF 2.2 "
          "und Audit-Trail. Darf ich Ihnen in 20 Minuten zeigen, wie ein Wettbewerber damit die Consent-Rate um 18 % gesteigert hat?"),
  ("rem",))
P("sales_invitation", "en", "Tyler Brooks", "Account Executive EMEA @ PrivaFlow | DSAR automation", "Dublin",
  ("inv", "Alex - saw you lead data protection at an insurer. Subject access requests eat 30+ hours a month at carriers your size. "
          "PrivaFlow finds and redacts across Guidewire and SAP automatically. Open to a quick look next week?"))
P("sales_invitation", "de", "Guido Mevissen", "Geschäftsführer | Mevissen Datenschutz GmbH – externer DSB & Audits", "Bergisch Gladbach",
  ("inv", "Hallo Alex, bin quasi Nachbar von der Schäl Sick 😉 Wir machen Datenschutz-Audits zum Festpreis und übernehmen den externen DSB "
          "für Tochtergesellschaften. Lass uns mal auf nen Kaffee treffen, dann erzähl ich dir, was wir für Agenturen im Rheinland machen."))
P("sales_invitation", "de", "Sandra Pohlmann", "Bildungsberaterin | DatenschutzAkademie Rhein-Ruhr", "Essen",
  ("inv", "Guten Tag, unser Lehrgang „Zertifizierte/r Datenschutzauditor/in“ startet am 3. März: 5 Tage, 2.490 € zzgl. MwSt., Prüfung "
          "inklusive. Teams ab drei Personen erhalten 15 % Rabatt. Darf ich Ihnen die Unterlagen für Ihre Abteilung schicken?"),
  ("rem",))
P("sales_invitation", "en", "Gregory Halloran", "Managing Director | Atlantic Privacy Partners", "New York",
  ("inv", "Hi Alex, with Safe Harbor struck down, EU insurers need their US vendors covered fast. We run fixed-fee transfer compliance "
          "packages from $9,500. Worth 15 minutes to check whether your reinsurance data flows are covered?"),
  era="2016")


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "de", "Christian Kürten", "Gründer | Netzwerk Datenschutzbeauftragte Rheinland", "Köln",
  ("inv", "Hallo Alex, ich habe einen kleinen Kreis für DSBs aus dem Rheinland gegründet: Austausch zu Aufsichtsverfahren, Musterdokumenten, "
          "offenen Fragen. Quartalsweise, vertraulich, ohne Sponsoren. Hätten Sie Lust dazuzustoßen?"),
  ("msg", "Schön, dass Sie dabei sind! Kurz vorweg, noch vor dem ersten Treffen: Unsere Partnerkanzlei bietet Mitgliedern ein Datenschutz-Audit "
          "für Versicherer zum Sonderpreis von 8.900 € netto an. Passt Ihnen nächste Woche ein Termin, um den Umfang abzustimmen?", (3, 12)),
  ("msg", "Hallo Alex, ich hake wegen des Audits noch einmal nach, das Kontingent für dieses Quartal ist fast weg. Soll ich Ihnen das Angebot "
          "schon mal zuschicken?", (8, 20)))
P("bait_and_switch_invitation", "de", "Daniel Okafor", "Privacy Engineer | International data transfers", "Amsterdam",
  ("inv", "Hi Alex, fellow privacy person here. Quick question if you have a minute: are insurers still doing full transfer impact assessments "
          "for US reinsurers, or do you rely on the Data Privacy Framework certification now?"),
  ("msg", "Thanks for connecting! Full disclosure on why I asked: I've joined TransferGuard, and we automate TIAs end to end, vendor "
          "questionnaires included. Could I book 30 minutes with you and someone from procurement for a demo?", (2, 6)),
  nl="en")
P("bait_and_switch_invitation", "de", "Melanie Hörster", "Head of Content | DSGVOwatch Compliance-Portal", "Hamburg",
  ("inv", "Hallo Alex, wir haben einen Bußgeldatlas veröffentlicht: alle DSGVO-Bußgelder gegen Versicherer in Europa, sauber ausgewertet. "
          "Ich schicke Ihnen das PDF gern kostenlos, ohne Formular und ohne Anmeldung. Vernetzen wir uns?"),
  ("msg", "Danke fürs Vernetzen! Zum Atlas: Die Vollversion mit Branchenauswertung gibt es im Rahmen unseres Bußgeld-Risiko-Checks "
          "(4 Wochen, ab 12.500 € netto). Wann passt Ihnen ein kurzes Gespräch, damit ich Ihnen den Ablauf zeigen kann?", (2, 8)))
P("bait_and_switch_invitation", "en", "Lauren Whitaker", "Founder | The DPO Collective", "London",
  ("inv", "Hi Alex - I run The DPO Collective, a peer group of in-house privacy leads (no vendors, promise). We swap templates, war stories "
          "and regulator experiences on a monthly call. Would love someone from insurance to join."),
  ("msg", "Welcome aboard! Before the next call: the Collective runs on the PrivacyDesk platform, and members get the enterprise edition "
          "at 20% off for the first year. I've attached a quote for a team of five. Could we go through it on Thursday?", (4, 10)),
  ("msg", "Hi Alex, just making sure you saw the PrivacyDesk quote? The member discount runs out at the end of the month.", (7, 14)))
P("bait_and_switch_invitation", "de", "Dr. Frank Esser", "Rechtsanwalt | Fachanwalt für IT-Recht", "Bonn",
  ("inv", "Guten Tag, ich habe eine Mustervorlage für die Datenschutz-Folgenabschätzung bei Telematik-Tarifen erarbeitet und stelle sie "
          "Kolleginnen und Kollegen aus der Versicherungswirtschaft zur Verfügung. Wenn Sie möchten, sende ich sie Ihnen zu."),
  ("msg", "Vielen Dank für die Annahme. Die Vorlage ist Teil unseres DSFA-Pakets, das wir für 1.950 € netto lizenzieren; auf Wunsch begleiten "
          "wir die Erstellung auch anwaltlich nach Stundensatz. Darf ich Ihnen eine Mandatsvereinbarung schicken?", (3, 9)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "de", "Stephanie Kluth", "Senior Consultant | Branchenstudie Datenschutz in der Versicherungswirtschaft", "Frankfurt am Main",
  ("inm", "Kurze Umfrage unter DSBs der Versicherungsbranche", "Guten Tag, für unsere Branchenstudie befragen wir Datenschutzbeauftragte von "
          "Versicherern zu Ressourcen, Meldewegen und Schulungen. Die Umfrage dauert zehn Minuten, alle Teilnehmenden erhalten den "
          "Ergebnisbericht. Wären Sie dabei?"),
  ("inm", "Ihre Teilnahme – nächster Schritt", "Herzlichen Dank für Ihre Antworten! Bei Ihren Löschprozessen sehen wir deutliches "
          "Optimierungspotenzial. Dazu bieten wir einen zweitägigen Reifegrad-Workshop an (7.800 € zzgl. MwSt.). Wann hätten Sie Zeit, "
          "das kurz zu besprechen?", (5, 12)))
P("bait_and_switch_inmail", "en", "Marcus Reed", "Conference Director | European Privacy & Data Summit", "London",
  ("inm", "Speaking invitation - European Privacy & Data Summit, Berlin", "Dear Alex, our advisory board has recommended you as a speaker "
          "for the insurance track at this year's summit in Berlin. The panel is on health data and claims automation. Could we count you in?"),
  ("inm", "Re: Speaking invitation - next steps", "Great to hear you're interested! To secure the slot, speakers join through our Thought "
          "Leadership package (EUR 3,450 + VAT), which covers the speaking slot, two delegate passes and your logo in the programme. "
          "Invoice details are attached. Could you confirm by Friday?", (3, 9)))
P("bait_and_switch_inmail", "de", "Oliver Stemmler", "Head of Partnerships | Lernplattform für Datenschutzprofis", "Berlin",
  ("inm", "Kostenloses Webinar: Beschäftigtendatenschutz", "Hallo Alex, am 14. November gibt es bei uns ein kostenloses Webinar zum "
          "Beschäftigtendatenschutz, mit einer Arbeitsrichterin und einem Betriebsratsvorsitzenden. Die Teilnahme wird mit zwei "
          "Fortbildungsstunden bescheinigt. Soll ich Ihnen den Link schicken?"),
  ("inm", "Ihr Zugang + ein Angebot für Ihr Team", "Hallo Alex, hier der Link zur Aufzeichnung. Und weil Fortbildungsnachweise für Ihr Team "
          "sicher ein Thema sind: Unsere Jahres-Flatrate für DSB-Teams (alle Kurse und Zertifikate, 1.290 € pro Person) stelle ich Ihnen "
          "gern in einem kurzen Call vor. Nur diese Woche mit 20 % Frühbucherrabatt."))
P("bait_and_switch_inmail", "en", "Nigel Ashcombe", "Data Protection Consultant | formerly Head of Compliance in insurance", "Leeds",
  ("inm", "Question from a fellow insurance compliance person", "Hello Alex, I spent fifteen years in insurance compliance before going "
          "independent. I'm trying to understand how German insurers will square the GDPR's DPO requirement with the BDSG rules you already "
          "have. Is your role going to change much in 2018? Genuinely curious."),
  ("inm", "Following on from your reply", "Thank you, that was really helpful. On the back of it: I'm offering a GDPR readiness programme "
          "for insurers' UK branches (gap analysis, records of processing, policies) at a fixed fee of GBP 18,000. Would your UK branch be "
          "interested? Happy to set up a call with whoever holds the budget.", (4, 12)),
  era="2016")


# =============================================================== endorse_me_back
P("endorse_me_back", "de", "Ute Kämmerer", "Datenschutzberaterin | Zertifizierte DSB (TÜV)", "Leverkusen",
  ("end",),
  ("msg", "Guten Tag Alex, ich habe Sie vor ein paar Tagen für {skill} bestätigt, das ist wirklich verdient. Darf ich Sie im Gegenzug bitten, "
          "meine Kenntnisse in Datenschutzaudits und Beschäftigtendatenschutz zu bestätigen? Ich bewerbe mich gerade auf Mandate, da macht "
          "das im Profil einiges aus."))
P("endorse_me_back", "de", "Dirk Nettesheim", "IT-Sicherheitsbeauftragter | ISO 27001 Lead Auditor", "Hürth",
  ("end",), ("end",),
  ("msg", "Na Alex, alles jot? Hab dir {skill} und noch zwei Sachen bestätigt, hasse dir verdient. Kannste mir im Gegenzug ISO 27001 und "
          "Risikomanagement bestätigen? Würd mir grad echt helfen, bin auf Jobsuche. Merci!"))
P("endorse_me_back", "en", "Chloe Renner", "CIPP/E | CIPM | Privacy Consultant", "Frankfurt",
  ("end",),
  ("msg", "Hey Alex! Just endorsed you for {skill}, well deserved 🙌 Would you mind endorsing me for GDPR and Privacy by Design in return? "
          "I'm building my profile up after the CIPM and every bit helps. Thanks so much!"))
P("endorse_me_back", "en", "Rajesh Iyer", "Information Security Analyst | ISO 27001 | Data Privacy", "Bengaluru",
  ("end",), ("end",),
  ("msg", "Dear Alex, I have endorsed you for {skill}. Kindly endorse me back for Data Privacy and Information Security, it will be highly "
          "appreciated. Thanks and regards, Rajesh"),
  era="2016")


# =============================================================== hostility_after_decline
P("hostility_after_decline", "de", "Patrick Wiesemann", "Sales Director DACH | Cookie-Banner & Tag-Management", "Köln",
  ("inv", "Hallo Alex, kurze Frage: Wer entscheidet bei Ihnen über Consent-Tools auf den Webseiten und im Kundenportal? Wir hätten da eine "
          "Lösung, die sich für Sie lohnt."),
  ("rem",),
  ("inm", "Na gut", "Hallo Alex, eine Anfrage, eine Erinnerung, keine Reaktion. Ich weiß ja, Datenschützer sagen gern Nein, aber ein "
          "kurzes „kein Interesse“ wäre schon drin gewesen. So eine Arroganz habe ich selten erlebt."))
P("hostility_after_decline", "de", "Tim Breuer", "Wirtschaftsjurist (LL.B.) | sucht den Einstieg im Datenschutz", "Köln",
  ("inv", "Hallo Alex, ich würde mich gern mit Ihnen vernetzen. Ich interessiere mich sehr für Datenschutz in der Versicherungsbranche und "
          "habe mich bei Ihnen als Junior-Datenschutzreferent beworben."),
  ("inm", "Meine Bewerbung", "Vor drei Wochen habe ich Ihnen eine Anfrage geschickt, gehört habe ich nichts, auch nicht zu meiner Bewerbung. "
          "Ehrlich gesagt ist das respektlos. Sie predigen Transparenz und Betroffenenrechte und behandeln Bewerber wie Luft. Typisch Konzern."))
P("hostility_after_decline", "de", "Ralf Pütz", "Versicherungsmakler | Rodenkirchen", "Köln",
  ("inv", "Tach Alex, lass uns connecten, man kennt sich ja vom Sehen im Veedel 🙂"),
  ("inm", "Ehrlich jetzt?", "Et is wie et is, aber dass du mich hier einfach hängen lässt, find ich schwach. In Kölle grüßt man sich "
          "eigentlich. Kannst ja weiter den Datenschutz-Sheriff spielen, mit der Nase ganz weit oben."),
  era="2016")
P("hostility_after_decline", "en", "Brandon Kessler", "Privacy thought leader | Keynote speaker | 40k followers", "Miami",
  ("inv", "Alex, I'm building the most engaged privacy community on LinkedIn. Connect and I'll feature you in my next post."),
  ("rem",),
  ("inm", "Unbelievable", "Alex, I offered you free exposure to 40,000 privacy professionals and you ignored me twice. This is exactly why "
          "DPOs get called the department of no. Learn some manners before you lecture anyone else about compliance."))


# =============================================================== hostility_connection
P("hostility_connection", "de", "Nadine Wefers", "Key Account Managerin | Awareness-Trainings & Phishing-Simulation", "Düsseldorf",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Vernetzung nach der Veranstaltung in Düsseldorf! Wie besprochen: Unsere Phishing-Simulation mit "
          "Datenschutzmodul gibt es für Versicherer ab 4 € pro Kopf und Jahr. Soll ich ein Angebot für Ihre rund 3.200 Beschäftigten machen?"),
  ("msg", "Hallo Alex, ich hatte Ihnen ein Angebot geschickt und zweimal nachgefragt. Jetzt lese ich, dass Sie auf einem Panel einen "
          "Wettbewerber gelobt haben. Mich erst einladen und dann so abblitzen lassen ist schlechter Stil. Von jemandem in Ihrer Position "
          "hätte ich mehr erwartet.", (10, 30)))
P("hostility_connection", "en", "Kyle Matthews", "VP Sales EMEA | DataVault AI – data discovery", "London",
  ("msg", "Alex, our AI data discovery finds personal data across file shares, mailboxes and claims systems in days, not months. Insurers "
          "use it to keep records of processing honest. 20 min this week?"),
  ("msg", "Following up: we're offering a free scan of your largest file share this quarter. Can I get it on your calendar?"),
  ("msg", "Wow. Three messages and not even a no. Your company is sitting on unmapped personal data and you can't spare 20 minutes. "
          "Good luck explaining that attitude to the regulator."))
P("hostility_connection", "de", "Heinz-Peter Lülsdorf", "Vermögensberater | Finanzplanung für Führungskräfte", "Köln",
  ("msg", "Lieber Alex, als Führungskraft bei einem Versicherer sind Sie bestimmt gut abgesichert, aber haben Sie Ihre Altersvorsorge mal "
          "unabhängig durchrechnen lassen? Ich stelle Ihnen gern unverbindlich ein Konzept vor, gern auch beim Kölsch."),
  ("msg", "Sie haben meine Nachricht gelesen, das sehe ich ja. Ich hatte ein faires Angebot gemacht. Dass man heutzutage nicht mal mehr "
          "antwortet, ist unter aller Kanone. Ich merke mir, wie Ihr Haus mit Leuten umgeht."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "de", "Lisa Brodesser", "Sales | ConsentCraft", "Köln",
  ("msg", "Hallo Alex, kurzer Hinweis: Ab Januar ändern sich die Anforderungen an TCF-Strings. Mit ConsentCraft sind Sie automatisch auf "
          "dem aktuellen Stand. Hätten Sie nächste Woche 20 Minuten für eine Live-Demo?"),
  ("msg", "Hallo Alex, ich wollte nachhaken: Wir haben gerade eine Referenz bei einem Versicherer abgeschlossen, Consent-Rate plus 22 %. "
          "Darf ich sie Ihnen in einem kurzen Termin vorstellen?"))
P("connection_only_pitches", "en", "Oliver Pennington", "Partner | Pennington Crowe LLP – Data Protection & Cyber", "London",
  ("msg", "Alex, we've just been appointed UK representative and outsourced DPO for three mid-size insurers. If your group ever needs "
          "cover for subsidiaries or an Art. 27 representative, we'd be glad to quote."),
  ("msg", "Hi Alex, our fixed-fee breach response retainer (EUR 15k a year, 24/7 hotline) has been popular with insurers since the last "
          "ransomware wave. Could we set up a call with you and your CISO?"),
  ("msg", "Alex, last note from me on this: we're running a discounted tabletop exercise for insurers in Q1. Shall I hold a date for your team?"))
P("connection_only_pitches", "de", "Jessica Hambloch", "Vertrieb | TÜV-zertifizierte Datenschutzlehrgänge", "Düsseldorf",
  ("msg", "Guten Morgen Alex, für Ihr Netzwerk von Datenschutzkoordinatoren in den Fachbereichen: Unser Inhouse-Lehrgang "
          "„Datenschutzkoordinator/in“ (2 Tage, bis 12 Personen) kostet pauschal 6.400 €. Sollen wir einen Termin im Frühjahr reservieren?"),
  ("msg", "Hallo Alex, nur zur Info: Für Inhouse-Schulungen im ersten Quartal gibt es noch 10 % Frühbucherrabatt. Darf ich Sie kurz anrufen?"))
P("connection_only_pitches", "en", "Bradley Stone", "Enterprise Sales | SecureCloud Europe – German data centres", "Frankfurt",
  ("msg", "Hi Alex, with the GDPR coming in 2018 a lot of German insurers are moving workloads to certified German data centres. SecureCloud "
          "hosts in Frankfurt with BSI C5 attestation. Could I send you a proposal?"),
  ("msg", "Alex, quick follow-up: we're offering free migration assessments until year end. Shall I pencil in a call with your IT lead?"),
  era="2016")


# =============================================================== single_pitch
P("single_pitch", "de", "Kerstin Abels", "Business Development | Hinweisgebersystem WhistleBox", "Bonn",
  ("msg", "Hallo Alex, seit dem HinSchG brauchen auch Ihre Tochtergesellschaften ab 50 Beschäftigten eine interne Meldestelle. WhistleBox "
          "ist DSGVO-konform, gehostet in Deutschland, ab 89 € im Monat. Darf ich Ihnen einen Testzugang einrichten?"))
P("single_pitch", "en", "Amit Verma", "Growth | PrivacyPilot AI – records of processing on autopilot", "Berlin",
  ("msg", "Hey Alex, congrats on the work anniversary! Records of processing always seem to be out of date at insurers. PrivacyPilot builds "
          "and maintains your RoPA from the systems you already have. Can I show you in a 15-min demo?"))
P("single_pitch", "de", "Sabrina Hochgürtel", "Eventmanagerin | Jahrestagung Datenschutz in der Assekuranz", "Köln",
  ("msg", "Hallo Alex, für unsere Jahrestagung „Datenschutz in der Assekuranz“ im März gibt es noch Tickets zum Frühbucherpreis "
          "(1.190 € statt 1.490 €). Für Ihr Team mache ich Ihnen gern ein Gruppenangebot. Wie viele Kolleginnen und Kollegen kämen denn mit?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "de", "Andrea Schallenberg", "Datenschutzbeauftragte | Krankenversicherung", "Düsseldorf",
  ("end",),
  ("msg", "Hallo Alex, wie im Arbeitskreis versprochen: Anbei unsere Vorlage für die AVV-Prüfung bei Dienstleistern, inklusive Checkliste "
          "zu Unterauftragsverarbeitern. Nehmen Sie raus, was passt. Falls Sie Ihre TOM-Matrix irgendwann teilen mögen, freue ich mich, "
          "muss aber nicht."))
P("connection_brings_value", "de", "Willi Zündorf", "Datenschutzbeauftragter im Ruhestand | Mentor", "Köln",
  ("msg", "Leev Alex, ich hab da wat für dich: Die Kammer macht am 5. Dezember einen kostenlosen Abend zur KI-Verordnung für DSBs, "
          "mit einem Referenten von der Aufsicht. Zählt als Fortbildungsnachweis. Hab dir nen Platz freigehalten, sag Bescheid!"),
  ("msg", "Hier noch die Folien vom Abend, falls du sie für deine Schulungen brauchen kannst. War schön, dich mal wiederzusehen. "
          "Bis zum nächsten Stammtisch!", (5, 15)))
P("connection_brings_value", "en", "Rebecca Holm", "Group DPO | Nordic insurance group", "Copenhagen",
  ("msg", "Hi Alex, as promised at the congress, here's our DPIA template for claims automation with the ML risk section we added after "
          "our regulator's guidance. Adapt it as you like. I'd be curious how you handle the Art. 22 analysis on your side."))
P("connection_brings_value", "de", "Dr. Hubertus Eschweiler", "Referatsleiter Datenschutz | Versicherungsverband", "Berlin",
  ("msg", "Guten Tag Alex Morgan, im Arbeitskreis haben wir einen ersten Entwurf zur Anpassung der Verhaltensregeln an die DSGVO erstellt. "
          "Ich würde Sie gern als Kommentator gewinnen, die Frist wäre Ende Oktober. Das Dokument sende ich Ihnen gern vertraulich zu."),
  era="2016")


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "de", "Corinna Lemmer", "Partnerin | Lemmer & Voss Executive Search – Legal & Compliance", "Düsseldorf",
  ("inm", "Konzerndatenschutzbeauftragte/r – Privatbank, Düsseldorf", "Guten Tag, im Auftrag einer Düsseldorfer Privatbank suche ich "
          "eine/n Konzerndatenschutzbeauftragte/n mit direkter Berichtslinie an den Vorstand und einem Team von sechs Personen. Ihr Werdegang "
          "in der Versicherungswirtschaft passt sehr gut. Hätten Sie Zeit für ein vertrauliches Telefonat?"))
P("stranger_inmail_recruiter", "de", "Siobhan Kearney", "Talent Acquisition Lead | Hibernia Re", "Dublin",
  ("inm", "Head of Privacy - Hibernia Re (Dublin or remote in the EU)", "Hi Alex, I'm hiring a Head of Privacy for our reinsurance group, "
          "reporting to the General Counsel. It's a new role with a team of four and a real budget for privacy engineering. Salary band "
          "EUR 140-165k plus bonus. Would you be open to a chat?"),
  nl="en")
P("stranger_inmail_recruiter", "de", "Markus Heimbach", "CISO | Bergische Energie AG", "Wuppertal",
  ("inm", "Interim: DSB für sechs Monate", "Hallo Alex, wir suchen für sechs Monate eine Vertretung unserer Datenschutzbeauftragten "
          "(Elternzeit), gern in Teilzeit und remote, mit Erfahrung in regulierten Branchen. Ich bin der CISO und würde direkt mit Ihnen "
          "zusammenarbeiten. Wäre das grundsätzlich interessant für Sie, oder kennen Sie jemanden?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "de", "Sven Bräunig", "Interessenvertretung Betroffener | Datenschutz-Durchsetzung", "Berlin",
  ("inm", "Datenschutzverstoß auf Ihrer Website – Vergleichsangebot", "Sehr geehrte Damen und Herren, unser Mandant hat beim Besuch Ihrer "
          "Website festgestellt, dass Google Fonts dynamisch nachgeladen und seine IP-Adresse ohne Einwilligung an Google übermittelt wurde. "
          "Zur Vermeidung eines gerichtlichen Verfahrens bieten wir einen Vergleich über 170 € an. Zahlung bitte binnen 14 Tagen."))
P("stranger_inmail_sales", "en", "Sarah Kim", "Senior AE | ConsentOS – consent and preference management", "Austin",
  ("inm", "Preference center for Domstadt?", "Hi Alex, I noticed Domstadt's customer portal still has a generic cookie banner and no "
          "preference center. ConsentOS unifies marketing consent across web, app and call centre, and most insurers go live in six weeks. "
          "Worth 20 minutes?"),
  ("inm", "Re: Preference center for Domstadt?", "Hi Alex, bumping this up. Happy to send over our insurance benchmark if you take a quick call."))
P("stranger_inmail_sales", "de", "Moritz Krahe", "Partner | Penetrationstests & Red Teaming", "Köln",
  ("inm", "Pentest mit DSGVO-Bericht", "Hallo Alex, viele Datenpannen beginnen mit einer simplen Lücke. Wir bieten Versicherern einen "
          "Penetrationstest inklusive Bericht als Nachweis nach Art. 32 DSGVO ab 9.800 € an. Wollen wir kurz telefonieren?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "de", "Carsten Bellinghausen", "Datenschutzbeauftragter | Berater für Versicherungen", "Bonn",
  ("inv", "Hallo Alex, ich hatte Ihren Beitrag zur Einwilligung bei Gesundheitsdaten kommentiert. Ich habe die aktuelle Aufsichtspraxis "
          "zur Schweigepflichtentbindung in einer Übersicht zusammengestellt und teile sie gern mit Ihnen, ohne Haken."),
  ("msg", "Hier wie versprochen die Übersicht als PDF. Ich freue mich über Anmerkungen, falls Ihnen ein Fall fehlt."),
  ("msg", "Hallo Alex, darf ich Ihnen noch etwas vorstellen? Ab Januar biete ich Interims-DSB-Leistungen und Datenschutz-Audits für "
          "Versicherer an, Tagessatz 1.400 €. Vielleicht gibt es bei Ihren Töchtern Bedarf? Ich würde gern einen Termin mit Ihnen vereinbaren.",
   (10, 40)))
P("good_turns_ugly", "en", "Meera Pillai", "Privacy Analyst at a Cologne reinsurer | CIPP/E candidate", "Cologne",
  ("inv", "Hi Alex, a few of us preparing for the CIPP/E in Cologne meet on Tuesday evenings to work through practice questions. Free and "
          "informal. We'd love an experienced DPO to drop in once and tell us where the exam differs from real life."),
  ("msg", "Thank you so much for coming on Tuesday! Your story about the Art. 33 deadline on a Friday evening made it click for all of us. "
          "Our shared notes are in the folder linked below if you want them."),
  ("end",),
  ("msg", "Hi Alex, I just endorsed you for {skill}! Now that I've passed the CIPP/E (partly thanks to you), could you endorse me for GDPR "
          "and Data Protection? It would really help with my applications."))
P("good_turns_ugly", "de", "Stefan Frangenberg", "Auditor ISO 27701 & ISO 27001 | Zertifizierungsstelle", "Köln",
  ("inv", "Tach Alex 😄 Wir haben uns beim Datenschutztag in der Flora kennengelernt. Ich hatte versprochen, Ihnen unsere Liste der "
          "häufigsten Abweichungen in ISO-27701-Audits zu schicken. Dafür brauch ich erst die Vernetzung."),
  ("msg", "So, wie versprochen: die Top 20 Abweichungen aus unseren Audits, anonymisiert. Vielleicht hilft's bei der Vorbereitung eurer "
          "Zertifizierung."),
  ("msg", "Hallo Alex, noch was in eigener Sache: Wir haben im zweiten Quartal Auditkapazität frei. Für Voraudit plus Zertifizierungsaudit "
          "ISO 27701 könnten wir Ihnen ein Paket für 24.000 € machen. Besprechen wir das bei einem Kaffee?", (15, 40)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "de", "Tobias Engels", "Enterprise Sales | Software für Lösch- und Auskunftsmanagement", "München",
  ("inm", "Löschkonzept automatisieren", "Hallo Alex, Löschfristen in Bestandssystemen sind bei Versicherern ein Dauerbrenner. Unsere "
          "Software setzt Ihr Löschkonzept automatisiert um, SAP-zertifiziert. 30 Minuten Demo nächste Woche?"),
  ("inv", "Hallo Alex, ich habe Ihren Vortrag beim Datenschutztag gesehen, starker Beitrag zur Datenminimierung. Würde mich freuen, "
          "vernetzt zu bleiben."))
P("reinvite_known_bad", "en", "Kevin Donnelly", "Sales Engineer | Privacy tech", "Dublin",
  ("inv", DEFAULT),
  ("inv", "Hi Alex, we were both at the IAPP congress in Brussels. Enjoyed your question to the EDPB panel. Let's connect."))
P("reinvite_known_bad", "de", "Yvonne Kraus", "Account Managerin | E-Learning Datenschutzschulungen", "Stuttgart",
  ("inv", "Hallo Alex, unsere E-Learnings zur DSGVO-Pflichtunterweisung sind interaktiv, in 12 Sprachen und LMS-fähig. Ich mache Ihnen "
          "gern ein Angebot für Ihre Belegschaft. Wann passt ein Call?"),
  ("rem",),
  ("inv", "Hallo Alex, frohes neues Jahr! Ich würde mich freuen, wenn wir uns vernetzen. Ich teile regelmäßig Praxistipps zur "
          "Sensibilisierung von Mitarbeitenden."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Ethan Blake", "Founder | PrivacyBench", "Amsterdam",
  ("inm", "Benchmark for insurance DPOs", "Hi Alex, I'm putting together an anonymous benchmark of privacy team sizes and budgets at "
          "European insurers. Ten questions, and every participant gets the full dataset. Would you take part?"),
  ("inm", "Your benchmark results + next step", "Thanks for taking part! Your team is 40% below the median headcount for your premium "
          "volume. We can close that gap with our managed privacy operations service from EUR 6,000 a month. Can we talk this week?", (4, 10)),
  ("inv", "Hi Alex, hope all is well. Would be great to be connected here too.", (120, 200)))
P("reinvite_known_ugly", "de", "Michael Gierlich", "Inhaber | Datenschutzschulungen & externe DSB-Dienstleistungen", "Kerpen",
  ("inv", "Hallo Alex, wir übernehmen den Datenschutz für Versicherungsagenturen komplett: Schulung, Dokumentation, externer DSB. "
          "Interesse an einer Partnerschaft?"),
  ("inm", "Keine Antwort ist auch eine Antwort", "Dass Sie es nicht nötig haben, auf eine ehrliche Anfrage zu antworten, sagt viel über "
          "Ihre Haltung. Die Agenturen da draußen lassen Sie mit ihren Datenschutzproblemen allein und wundern sich dann. Peinlich."),
  ("inv", "Hallo Alex, neues Jahr, neue Chance: Ich würde mich trotzdem freuen, wenn wir uns vernetzen. Ich bin auch beim "
          "Datenschutz-Stammtisch dabei.", (90, 200)))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "de", "Elena Vogelsang", "Senior Associate | Kanzlei für Datenschutz- und Versicherungsrecht", "Köln",
  ("acc",),
  ("msg", "Danke für die Einladung, Alex! Schön, dass wir uns auf der Tagung kennengelernt haben. Falls Sie bei den anstehenden "
          "Auskunftsklagen nach Art. 15 DSGVO externe Unterstützung brauchen: Wir vertreten mehrere Versicherer und können Ihnen ein "
          "Pauschalhonorar pro Verfahren anbieten. Ich erläutere das gern in einem Termin."))
P("user_invited_pitch_once", "en", "Samuel Adeyemi", "Director | AI governance advisory", "London",
  ("acc",),
  ("msg", "Thanks for the connection, Alex, great chatting at the AI Act roundtable. Sending over our AI governance readiness package for "
          "insurers: four weeks, fixed price EUR 35k. Would you like me to set up a scoping call?"))
P("user_invited_pitch_once", "de", "Björn Sürth", "Vertrieb | Aktenvernichtung & Datenträgerentsorgung", "Frechen",
  ("acc",),
  ("msg", "Hi Alex, danke fürs Annehmen! Wie beim Rheinischen Datenschutztag kurz angesprochen: Wir holen Akten und Festplatten "
          "DIN-66399-konform ab, auch bei den Agenturen im Umland. Soll ich dir mal ne Preisliste rüberschicken?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "de", "Katja Bierbaum", "Sales | Datenschutzmanagement-Software PrivaSuite", "Köln",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Vernetzung! Wie auf der Messe besprochen: PrivaSuite bildet VVT, DSFA und Betroffenenanfragen in "
          "einem Tool ab. Ich schicke Ihnen gern ein Angebot für 25 Nutzer."),
  ("msg", "Hallo Alex, konnten Sie das Angebot schon sichten? Bis Monatsende kann ich Ihnen die Einführung kostenlos dazugeben."))
P("user_invited_pitch_twice", "en", "Jason Whitmore", "Partner | Breach response & digital forensics", "London",
  ("acc",),
  ("msg", "Alex, appreciated the invite after the panel. Our incident response retainer puts a forensic team on site within 24 hours. "
          "Would you be open to reviewing terms with your CISO?"),
  ("msg", "Hi Alex, circling back. We have room for two new retainer clients this quarter. Shall I send the paperwork?"))
P("user_invited_pitch_twice", "de", "Volker Rosenbaum", "Dozent & Vertrieb | Fernlehrgang Datenschutzbeauftragte/r (IHK)", "Dortmund",
  ("acc",),
  ("msg", "Guten Tag Alex, schön, dass wir jetzt vernetzt sind. Für Ihre Datenschutzkoordinatoren hätte ich ein passendes Angebot: unseren "
          "IHK-Lehrgang im Fernstudium, 1.780 € pro Person, Gruppenrabatt möglich. Soll ich Ihnen Unterlagen schicken?"),
  ("msg", "Guten Tag Alex, kurze Erinnerung: Anmeldeschluss für den Frühjahrskurs ist der 15. Februar. Ich reserviere Ihnen gern "
          "unverbindlich drei Plätze."))


# =============================================================== user_invited_value
P("user_invited_value", "en", "Sabine Nussbaum", "Richterin am Landgericht | Dozentin Datenschutzrecht", "Köln",
  ("acc",),
  ("msg", "Danke für die Einladung! Wie versprochen das Skript zu meinem Vortrag über Schadensersatz nach Art. 82 DSGVO, mit der aktuellen "
          "Rechtsprechung des BGH. Verwenden Sie es gern für interne Schulungen."),
  nl="de")
P("user_invited_value", "en", "Tomasz Nowak", "Privacy Counsel | insurance", "Warsaw",
  ("acc",),
  ("msg", "Hi Alex, thanks for connecting after Brussels. Here's the link to the position paper several insurance DPOs drafted on "
          "pseudonymised claims data for model training. We'd be glad to add your comments before it goes to the association. "
          "No obligation, of course."))
P("user_invited_value", "de", "Dr. Ingrid Feldkamp", "Datenschutzbeauftragte | Lebensversicherung", "Hannover",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Kontaktanfrage. Wie in Wiesbaden besprochen schicke ich Ihnen unsere Projektplanung zur "
          "DSGVO-Umsetzung bis Mai 2018, vielleicht hilft Ihnen die Gliederung. Rückfragen gern jederzeit."),
  era="2016")


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Jan Hendrik Pesch", "Leiter Recht & Compliance | Versicherungsgruppe", "Köln", ("acc",))
P("acceptance_only", "en", "Aoife Brennan", "Privacy Counsel | ex-regulator", "Dublin", ("acc",))
P("lone_endorsement", "de", "Nicole Thelen", "Datenschutzkoordinatorin | Domstadt Versicherung AG", "Köln", ("end",))
P("lone_endorsement", "en", "Arjun Desai", "Privacy Analyst", "Frankfurt", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Miriam Assenmacher", "m.assenmacher@rheinland-pk.example", "Löschkonzept Leistungsakten – Vorlage",
     "Hallo Alex,\n\nich habe Ihnen auch über LinkedIn eine Anfrage geschickt, falls Sie das dort nicht lesen: anbei vorab unsere Vorlage. "
     "Ich bin gespannt auf Ihre Sicht.\n\nViele Grüße\nMiriam Assenmacher", "de"),
    ("Informationssicherheit", "it-security@domstadt-versicherung.example", "Warnung: gefälschte LinkedIn-Einladungen im Umlauf",
     "Liebe Kolleginnen und Kollegen,\n\nderzeit kursieren E-Mails, die wie LinkedIn-Einladungen aussehen und auf gefälschte Anmeldeseiten "
     "führen. Bitte klicken Sie nicht auf die Links und melden Sie verdächtige Mails über den Phishing-Button.\n\nIhr CERT-Team", "de"),
    ("Betriebsrat Köln", "betriebsrat@domstadt-versicherung.example", "Frage: Recruiting wertet LinkedIn-Profile aus?",
     "Hallo Alex,\n\nuns ist zu Ohren gekommen, dass das Recruiting LinkedIn-Profile von Bewerbenden in eine Excel-Liste überträgt. "
     "Ist das mit dir abgestimmt? Können wir nächste Woche darüber sprechen?\n\nGruß\nGabi für den Betriebsrat", "de"),
    ("IAPP Certification", "certification@iapp.example", "Your CPE credits have been recorded",
     "Hi Alex,\n\n2 CPE credits for \"KnowledgeNet Cologne/Düsseldorf\" have been added to your record. Share your certification badge "
     "on LinkedIn and let your network know!", "en"),
    ("XING", "mailrobot@mail.xing.example", "Neue Kontaktanfrage von Guido Mevissen",
     "Hallo Alex Morgan,\n\nGuido Mevissen möchte sich mit Ihnen auf XING vernetzen. Sie sind bereits über LinkedIn verbunden? "
     "Dann bestätigen Sie die Anfrage hier.", "de"),
    ("LDI NRW – Newsletter", "newsletter@ldi-nrw.example", "Newsletter 3/2025: Tätigkeitsbericht, Termine, LinkedIn",
     "Sehr geehrte Damen und Herren,\n\nder Tätigkeitsbericht ist erschienen. Die Termine unserer Erfahrungsaustausche finden Sie auf "
     "unserer Website; Hinweise auf neue Veröffentlichungen gibt es jetzt auch auf LinkedIn.", "de"),
    ("Pennington Crowe LLP", "updates@penningtoncrowe.example", "Data Protection Update: non-material damages after the latest CJEU ruling",
     "This month: what the Court's latest ruling on Art. 82 means for mass claims, and a checklist for breach notifications.\n\n"
     "Follow us on LinkedIn for weekly updates.\n\nUnsubscribe: https://penningtoncrowe.example/u", "en"),
    ("Recruiting Team", "recruiting@domstadt-versicherung.example", "Werkstudentenstelle Datenschutz – Kandidatin",
     "Hallo Alex,\n\nfür die Werkstudentenstelle haben wir eine interessante Bewerbung, Frau Wirtz. Ihr LinkedIn-Profil: "
     "https://www.linkedin.com/in/lea-wirtz\nMagst du dir die Unterlagen bis Freitag anschauen?\n\nLG\nTanja", "de"),
    ("Kalle Schmitz", "kalle.schmitz@stadtwerke-koeln.example", "Stammtisch am Donnerstag",
     "Tach Alex,\n\nhab dir auf LinkedIn geschrieben, aber sicher ist sicher: Donnerstag 18 Uhr, Brauhaus am Eigelstein, hinten links. "
     "Bring gern ne Kollegin mit.\n\nKalle", "de"),
    ("Jonas Berger", "j.berger@domstadt-versicherung.example", "Fwd: Ihr Konto wurde eingeschränkt (LinkedIn?)",
     "Hi Alex,\n\ndas kam heute angeblich von LinkedIn, der Absender sieht aber komisch aus. Kannst du mal draufschauen, bevor ich da "
     "irgendwas anklicke?\n\n---------- Weitergeleitete Nachricht ----------\nVon: LinkedIn Security <security@linkedln-support.example>\n"
     "Betreff: Ihr Konto wurde vorübergehend eingeschränkt\n\nGruß\nJonas", "de"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot corpus dev145. Generated by scripts/make_corpus_dev145.py (seed {SEED}); do not edit by hand.",
          "# Alex as the group data-protection officer of a Cologne insurer: privacy-tech and consent vendors, law firms, certification "
          "courses, auditors, peer DPOs, the supervisory authority, job seekers, scams; formal and Rhineland-casual German, English. "
          "Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev145", SEED, PEOPLE, FOREIGN, spoofs=10, other=10, header=HEADER, eras=ERAS)
