#!/usr/bin/env python3
"""Write mailbot's 118th, independent development corpus: tests/corpus/dev118/*.eml + expected.toml.

The angle: the user Alex Morgan is head of IT security (CISO) at Bank Donauland AG, a regional
bank in Vienna. Their LinkedIn world: security vendors (XDR, SIEM, PAM, passkeys, API security,
e-mail gateways, HSMs, dark-web monitoring), pen-testers and red teams, managed security service
providers and offshore SOC shops, conference organisers (free community cons and pay-to-speak
"forums"), bug-bounty hunters (honest reports and beg bounties), headhunters with real CISO
roles, peer CISOs and threat-intelligence people at other banks sharing IOCs and playbooks, the
supervisor's and the chamber's free events, students writing theses or asking how to get into
security, journalists, and scammers (crypto "arbitrage", fee-first vCISO "jobs"). Austrian
German, formal ("Grüß Gott, Herr Morgan") and casual Viennese ("Servus", "na servas", "Baba"),
and English from British, American, Israeli, Indian, Nordic, Polish and Ukrainian writers.
LinkedIn's wording is German or English.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert,
news, group and newsletter titles, the names, cities, companies and headlines of spoof-only
people and PYMK suggestions, the InMail subjects and pitches that spoofs carry, the phishing
lines and LinkedIn's wording languages (German and English only) are swapped for this world in
this process only (make_corpus.py itself is not changed). Every note was written from
shared/taxonomy.md alone, without reading mailbot's signals, judge or wording, or the notes of
the other generators. Invitation notes stay within LinkedIn's 300-character limit (checked).

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev118.py              # writes tests/corpus/dev118
    python scripts/make_corpus_dev118.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20261118

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the bank's world (this process only)
mc.L["de"]["skills"] = ["Informationssicherheit", "ISO 27001", "IT-Risikomanagement", "Incident Response", "DORA", "Cybersecurity"]
mc.L["en"]["skills"] = ["Information Security", "ISO 27001", "IT Risk Management", "Incident Response", "Security Governance", "Cybersecurity"]
mc.L["de"]["rheadline"] = "Head of IT Security (CISO) bei Bank Donauland AG, Wien"
mc.L["en"]["rheadline"] = "CISO | Head of IT Security at Bank Donauland AG, Vienna"
# Alex reads LinkedIn in German, for a while switched to English: spoofs and LinkedIn's other mail use those two.
mc.LANGS[:] = ["de", "en", "de", "en", "de"]

mc.NAMES["de"] = (["Reinhard", "Gudrun", "Manfred", "Theresa", "Alois", "Doris", "Wolfgang", "Romana", "Herwig", "Sonja", "Ferdinand", "Nicole"],
                  ["Hinterberger", "Pachler", "Stadlmayr", "Kronberger", "Weinberger", "Auer", "Lindner", "Putz", "Schachner", "Holzer", "Grabner", "Prinz"])
mc.NAMES["en"] = (["Aaron", "Chloe", "Sanjay", "Ingrid", "Tomasz", "Lauren", "Yael", "Dmytro", "Fiona", "Henrik"],
                  ["Mitchell", "Ashford", "Rao", "Johansson", "Nowicki", "Pearce", "Levi", "Shevchenko", "Gallagher", "Dahl"])
mc.CITY["de"] = ["Wien", "Linz", "Graz", "St. Pölten", "Salzburg", "Klagenfurt", "Wiener Neustadt", "Innsbruck"]
mc.CITY["en"] = ["London", "Tel Aviv", "Bengaluru", "Stockholm", "Warsaw", "Kyiv", "Munich", "Amsterdam"]
mc.COMPANIES["good"] = ["Traunseebank AG", "Marchfelder Sparkasse", "FH St. Pölten", "Innviertler Bank", "Kärntner Landeskredit AG",
                        "Alpenland Versicherung", "Wiener Börsenhaus", "Banking CERT Austria"]
mc.COMPANIES["sales"] = ["SecOps Austria", "PrivaGuard", "CyberNest Solutions", "ThreatLens", "CloudBastion", "PhishProof",
                         "LogVault", "Donau Managed Security"]
mc.HEADLINES["good"] = ["CISO bei {co}", "Head of Threat Intelligence | {co}", "Security Architect at {co}", "Leiterin SOC | {co}",
                        "Information Security Officer at {co}", "Lektor für Informationssicherheit | {co}", "Deputy CISO | {co}"]
mc.HEADLINES["sales"] = ["Key Account Manager Banken | {co}", "Account Executive DACH at {co}", "Business Development | {co}",
                         "Vertrieb Finanzdienstleister | {co}", "Regional Sales Director CEE at {co}", "Partner Manager | {co}"]
mc.JOBS[:] = [("Chief Information Security Officer (m/w/d)", "Alpenland Versicherung"), ("Head of Security Operations", "Wiener Börsenhaus"),
              ("Leitung Informationssicherheit (w/m/d)", "Kärntner Landeskredit AG"), ("Deputy CISO – Banking", "Innviertler Bank"),
              ("Head of Cyber Defence CEE", "Nordwest Payments")]
retitle_other({
    "de": dict(job=("{n} neue Jobs für „CISO“", "Ihr Jobalarm für CISO in {city}"),
               news="DORA ein Jahr danach: Wie weit sind Österreichs Banken?",
               group="Top-Unterhaltungen in Informationssicherheit Österreich",
               newsletter="Blue Team Notizen: Was uns der letzte Ransomware-Fall in Oberösterreich lehrt"),
    "en": dict(job=("{n} new jobs for \"CISO\"", "Your job alert for CISO in {city}"),
               news="Why are deepfake CEO calls suddenly hitting European banks?",
               group="Top conversations in Financial Services Security Leaders",
               newsletter="The Detection Engineer: Sigma rules that actually fire"),
})
mc.INMAIL_SUBJECTS["de"]["sales"] = ["Kurze Frage zu Ihrer SOC-Strategie", "DORA-Register in 2 Wochen", "15 Minuten?", "Pentest-Kapazitäten frei"]
mc.INMAIL_SUBJECTS["en"]["sales"] = ["Quick question", "Your attack surface", "15 minutes?", "Idea for Bank Donauland"]

SPOOF_PITCH = {
    "de": ["Guten Tag {first}, ich habe Ihnen den Abschlussbericht zum Penetrationstest über LinkedIn Dokumente freigegeben. Zum Öffnen bitte mit Ihren Zugangsdaten anmelden.",
           "Hallo {first}, die Prüfungsfeststellungen zu Ihrem IKT-Risikomanagement liegen vor. Bitte bestätigen Sie den Empfang über das gesicherte Portal bis morgen.",
           "Sehr geehrter Herr Morgan, die Zahlung an Ihren SOC-Dienstleister wurde zurückgewiesen. Bitte bestätigen Sie heute noch die neue Bankverbindung."],
    "en": ["Hi {first}, I shared the red-team findings for Bank Donauland with you through secure file share. Sign in to download them.",
           "Dear {first}, your CPE submission was rejected and your certification lapses in 48 hours. Log in to re-submit.",
           "Hello {first}, please approve the attached vendor invoice for the incident-response retainer today, the link expires tonight."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
mc.PHISH_NOTES["de"] = ["Guten Tag, anbei der unterschriebene Auftrag für das Red-Teaming. Bitte prüfen Sie ihn über den sicheren Link.",
                        "Hallo, ich habe Ihnen eine Datei mit verdächtigen Transaktionen über LinkedIn Secure Share geschickt. Bitte anmelden."]
mc.PHISH_NOTES["en"] = ["Hello, please find the signed NDA for the threat-intel exchange and confirm via the secure portal.",
                        "Hi, I sent you the IOC package through LinkedIn Documents, please log in to view it."]

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "de", "Bernhard Lechner", "CISO | Traunseebank AG", "Gmunden",
  ("inv", "Servus Alex, wir hatten letzte Woche dieselbe Smishing-Welle mit dem falschen pushTAN-Link wie ihr (hab's im Banken-CERT-Kanal gesehen). "
          "Magst du dich vernetzen? Ich würd gern unsere IOCs mit euren abgleichen, bevor die nächste Runde kommt."),
  ("rem",))
P("good_invitation", "de", "Lukas Ebner", "Masterstudent Information Security | FH St. Pölten", "St. Pölten",
  ("inv", "Sehr geehrter Herr Morgan, ich schreibe meine Masterarbeit über phishing-resistente MFA in Regionalbanken. Dürfte ich Sie für ein "
          "Interview von ca. 30 Minuten anfragen? Die fertige Arbeit schicke ich Ihnen selbstverständlich gerne zu."))
P("good_invitation", "de", "Elisabeth Kogler", "Abteilung IT- und Cyberaufsicht | Finanzmarktaufsicht", "Wien",
  ("inv", "Grüß Gott Herr Morgan, in drei Wochen bieten wir einen kostenlosen Workshop zur Meldung schwerwiegender IKT-Vorfälle nach DORA an, "
          "gedacht für kleinere Institute. Ich würde Sie gerne persönlich einladen, Details folgen nach der Vernetzung."),
  ("rem",))
P("good_invitation", "en", "Tess Hamilton", "Crew | Danube Hack Days (community security con)", "Vienna",
  ("inv", "Hi Alex, I'm on the crew of Danube Hack Days, the free community con at the TU in autumn. We'd love a blue-team talk from someone who runs "
          "security at a bank, 30 min, no polish needed. CFP closes mid-June. Fancy it?"),
  nl="en")
P("good_invitation", "de", "Gerald Wimmer", "Partner | Executive Search Banken & Versicherungen", "Wien",
  ("inv", "Guten Tag Herr Morgan, im Auftrag einer Wiener Privatbank suche ich einen Group CISO (Bereichsleitung, Berichtslinie an den CRO). "
          "Ihr Werdegang passt sehr gut. Wären Sie offen für ein vertrauliches Gespräch?"),
  ("rem",))
P("good_invitation", "en", "Arjun Mehta", "Independent security researcher | OSCP", "Pune",
  ("inv", "Hi Alex, your e-banking password reset seems to reveal whether an account exists (timing differs). Not after a bounty, I just want to hand "
          "the details to the right person privately. OK to connect so I can send them?"))
P("good_invitation", "de", "Martina Reisinger", "Vorstand Events | ISACA Austria Chapter", "Wien",
  ("inv", "Hallo Alex! Ich organisiere den nächsten Chapter-Abend: Kurzvortrag zu Cloud-Auslagerungen, danach Brötchen und Plaudern. "
          "Kostet nix, zählt als 2 CPE. Würd mich freuen, wenn du vorbeischaust – und vielleicht sogar ein paar Fragen aus Bankensicht mitbringst."))


# =============================================================== default_invitation
P("default_invitation", "de", "Dominik Hödl", "Sales Manager Austria | Cyber Security Solutions", "Wien", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Ravi Shankar", "Business Development Executive | SOC & VAPT Services", "Bengaluru", ("inv", NONOTE))
P("default_invitation", "de", "Jason Miller", "Regional Director CEE | Cloud Security", "München", ("inv", DEFAULT), nl="en")


# =============================================================== sales_invitation
P("sales_invitation", "de", "Christoph Aigner", "Geschäftsführer | Aigner Offensive Security – Pentests & Red Teaming", "Linz",
  ("inv", "Servus Alex, wir machen TIBER-AT-taugliche Red-Team-Übungen für Banken und haben im Herbst noch Kapazität frei. "
          "Darf ich dir unser Fixpreis-Angebot für einen Web-App-Pentest schicken? Ein kurzes Telefonat würde reichen."))
P("sales_invitation", "de", "Nadav Cohen", "VP Sales EMEA | Sentra XDR", "Tel Aviv",
  ("inv", "Alex, three banks in the region moved to our AI-native XDR this year and cut alert volume by 80%. I'd love to show you a 20-minute demo "
          "built around a stack your size. Does Thursday work?"),
  ("rem",), nl="en")
P("sales_invitation", "de", "Marco Silva", "Security Researcher | Bug Hunter | Hall of Fame x27", "Porto",
  ("inv", "Hello Sir, i am security researcher and i found critical vulnerability on your website (no DMARC record + clickjacking on login). "
          "Please tell me your bounty reward for this so i can share full report with POC."),
  nl="en")
P("sales_invitation", "de", "Sabrina Haidinger", "Key Account Managerin | PhishProof Awareness", "Graz",
  ("inv", "Grüß Gott Herr Morgan, 9 von 10 Angriffen beginnen mit einer Mail. Mit unseren Awareness-Trainings samt Phishing-Simulation senken Banken die "
          "Klickrate in sechs Monaten unter 3 %. Darf ich Ihnen ein Angebot für Ihre Belegschaft legen?"),
  ("rem",))
P("sales_invitation", "en", "Oscar Wells", "Head of Partnerships | CISO Leaders Forum", "London",
  ("inv", "Hi Alex, we'd love to feature you at the CISO Leaders Forum Vienna. Speaking packages start at €6,900 and include a keynote slot, "
          "logo placement and 10 delegate passes. Can I send the brochure?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "de", "Florian Gruber", "Gründer | Security Circle Wien", "Wien",
  ("inv", "Hallo Alex, ich bau gerade einen kleinen Kreis von Security-Verantwortlichen aus Wiener Finanzhäusern auf: Erfahrungsaustausch unter "
          "Gleichgesinnten, Chatham House Rules, einmal im Quartal beim Heurigen. Wärst du dabei?"),
  ("msg", "Freut mich, dass du dabei bist! Kurz zur Info: Der Circle wird von unserem Partner SecOps Austria getragen, die sind bei Managed Detection "
          "and Response echt stark. Hättest du nächste Woche 30 Minuten für eine Vorstellung ihres SOC-Angebots? Dann plan ich dich fix für den nächsten Abend ein."))
P("bait_and_switch_invitation", "en", "Liam Fitzgerald", "Principal Consultant | DORA & Operational Resilience", "Dublin",
  ("inv", "Hi Alex, we compiled a free 40-page DORA threat-led pen-testing readiness checklist with input from people at four supervisors. "
          "Happy to send it over, no strings. Just connect and it's yours."),
  ("msg", "Hope the checklist landed well. Most banks we talk to find their gap in section 4, third-party providers in scope of the test. "
          "We run a three-week TLPT readiness assessment at a fixed €24k. Would you be open to a quick call to scope it for Bank Donauland?", (3, 9)),
  ("msg", "Hi Alex, bumping this. We have one slot left in Q1 for the readiness assessment, after that it's May at the earliest.", (10, 20)))
P("bait_and_switch_invitation", "de", "Stefan Brandstätter", "IT-Security | Netzwerker aus Leidenschaft", "Wien",
  ("inv", "Hallo Herr Morgan, kurze Frage unter Kollegen: Wie haben Sie bei Ihnen die privilegierten Zugriffe externer Dienstleister gelöst? "
          "Wir stehen gerade vor genau dieser Entscheidung und drehen uns im Kreis."),
  ("msg", "Danke für die Vernetzung! Zur Einordnung: Ich bin bei PrivaGuard für Österreich zuständig, und unsere PAM-Lösung löst genau das "
          "Dienstleister-Thema. Darf ich Ihnen in einer Webex-Session zeigen, wie das bei einer Landesbank läuft? 45 Minuten, Sie sagen mir den Termin."))
P("bait_and_switch_invitation", "de", "Olena Kovalenko", "Community Lead | Women in Cyber CEE", "Kraków",
  ("inv", "Hi Alex! We're a volunteer community for women and allies in security across CEE: mentoring, meetups, a job board. "
          "It would mean a lot to have a bank CISO in the network as an ally."),
  ("msg", "Thanks so much for joining! Quick one: the community runs on corporate memberships. The Silver tier (€4,500/yr) puts Bank Donauland's logo on our "
          "site and includes two recruiting posts per quarter. Shall I send over the invoice details to you or to procurement?", (4, 12)),
  nl="en")
P("bait_and_switch_invitation", "de", "Harald Strasser", "Finanzplanung für Führungskräfte | WU-Alumnus", "Wien",
  ("inv", "Servus Alex, wir waren beide beim Alumni-Abend der WU, ich würd mich freuen, in Verbindung zu bleiben. Ein paar von uns treffen sich "
          "ab und zu zum Netzwerken, da bist du herzlich willkommen."),
  ("msg", "Schön, dass es geklappt hat! Sag, hast du dir schon mal angeschaut, wie groß deine Pensionslücke als Führungskraft eigentlich ist? Ich hätte da eine "
          "steueroptimierte Vorsorgelösung, die gerade für Banker spannend ist. Gemma nächste Woche auf einen Kaffee?"),
  ("msg", "Alex, nur kurz nachgehakt wegen der Vorsorgelösung – die Zeichnungsfrist für die aktuelle Tranche endet Ende des Monats. Soll ich dir die Unterlagen schicken?", (6, 15)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Sarah Goldberg", "Programme Director | Global CISO Exchange", "London",
  ("inm", "Invitation: banking CISO roundtable, Vienna", "Hi Alex, we're hosting an invite-only roundtable for twelve banking CISOs in Vienna this November. "
          "Peer discussion on third-party risk under Chatham House, no vendors in the room, dinner afterwards. Would you like a seat?"),
  ("inm", "Your seat at the roundtable", "Wonderful, glad you're interested! To confirm the seat, our roundtable partner, a leading third-party risk platform, "
          "would like 30 minutes with you beforehand for a short product briefing. That's how we keep the evening free for CISOs. Which of these slots suits you: "
          "Tue 10:00, Wed 14:00 or Fri 09:30?"))
P("bait_and_switch_inmail", "de", "Manuel Haas", "Research Lead | Studie Ransomware-Resilienz Österreich", "Wien",
  ("inm", "Studie: Ransomware-Resilienz österreichischer Banken", "Guten Tag Herr Morgan, für eine Studie zur Ransomware-Resilienz österreichischer Regionalbanken "
          "suche ich zehn Sicherheitsverantwortliche für ein Interview von 20 Minuten. Alle Teilnehmenden bekommen die anonymisierte Auswertung vorab."),
  ("inm", "Studie – nächste Schritte", "Danke für Ihre Rückmeldung! Bevor wir das Interview machen, ein Hinweis: Die Studie wird von BackupFort unterstützt, und "
          "Teilnehmende bekommen den Immutable-Backup-Check um 2.900 € statt 4.900 €. Soll ich Ihnen gleich einen Termin mit unserem Vertrieb einrichten? "
          "Das Interview können wir dann im selben Call erledigen.", (4, 10)))
P("bait_and_switch_inmail", "en", "Jonas Lindberg", "Offensive Security | Attack Surface Research", "Malmö",
  ("inm", "Possible data exposure at Bank Donauland", "Hi Alex, while doing research I came across an open storage bucket that looks like it belongs to your bank's "
          "marketing agency: customer newsletter lists, some with phone numbers. Want me to send you the details?"),
  ("inm", "Re: Possible data exposure at Bank Donauland", "Thanks for getting back to me. Before I share the bucket name: I run a small pentest company, and we can "
          "do a full external attack-surface assessment for €3,800. The bucket details come with the report. Shall I send the engagement letter?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "de", "Thomas Moser", "IT-Security Consultant | ISO 27001 Lead Auditor", "Wiener Neustadt",
  ("end",), ("end",),
  ("msg", "Hi Alex, hab dich grad für {skill} bestätigt, hast du dir verdient 😉 Ich bin eben am Sprung in die Selbstständigkeit als Auditor – "
          "könntest du mich im Gegenzug für ISO 27001 und Informationssicherheitsmanagement bestätigen? Wär mir eine große Hilfe!"))
P("endorse_me_back", "en", "Emily Carter", "GRC Analyst | CISM candidate", "Manchester",
  ("end",),
  ("msg", "Hi Alex! I endorsed you for {skill} earlier this week. Would you be able to return the favour on GRC and Third-Party Risk? "
          "I'm applying for senior roles and recruiters do look at those. Thanks so much!"))
P("endorse_me_back", "de", "Andreas Leitner", "Geschäftsführer | Leitner IT-Services e.U.", "Tulln",
  ("end",), ("end",),
  ("msg", "Servus Alex! Zwei Bestätigungen von mir sind schon bei dir drin, u. a. {skill}. Magst dich revanchieren? Netzwerksicherheit und "
          "Firewall-Management wären super. Danke dir, baba!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "de", "Anton Petrov", "Ethical Hacker | Bug Bounty", "Sofia",
  ("inv", "Hello, I reported a security issue to your bank two weeks ago through the contact form and got no answer. Please accept so we can discuss the reward."),
  ("rem",),
  ("inm", "Very unprofessional", "I tried to help your bank for free and you ignore me. This is exactly why banks get hacked. If I get no answer this week I will "
          "publish my findings and tag your regulator. Shame on a bank that treats researchers like this."),
  nl="en")
P("hostility_after_decline", "de", "Markus Zach", "Vertriebsleiter | SIEM & Log Management", "Wien",
  ("inv", "Hallo Herr Morgan, hätten Sie Interesse an einem kurzen Austausch zu Ihrer Log-Management-Strategie?"),
  ("rem",),
  ("inm", "Schade", "Herr Morgan, drei Anläufe, keine Reaktion. Bemerkenswert, wie wichtig man sich als CISO einer kleinen Regionalbank nehmen kann. "
          "Ein schlichtes ‚kein Interesse' wäre das Mindeste an Anstand gewesen."))
P("hostility_after_decline", "de", "Kevin Hofer", "Student Wirtschaftsinformatik | will in die IT-Security", "Wien",
  ("inv", "Hallo, ich würd gern in die IT-Security einsteigen und hätte ein paar Fragen zu Einstiegsmöglichkeiten bei Banken. Danke!"),
  ("inm", "ok dann halt nicht", "na servas. ich hab nur um 5 minuten gebeten. aber eh klar, die herren cisos sind sich zu fein für studenten. "
          "wundert mich null dass euch die leute fehlen"))
P("hostility_after_decline", "en", "Gemma Lloyd", "Senior Consultant | Cyber Security Recruitment DACH", "London",
  ("inv", "Hi Alex, I place security talent across DACH banking and would be great to connect."),
  ("rem",),
  ("inm", "Manners", "Alex, I've sent you a request, a reminder and now this. I get that you're busy but a one-line reply costs nothing. Frankly it's that "
          "kind of arrogance that makes good people leave a team. Good luck hiring."))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Brandon Hayes", "Director, Financial Services | Sentinel24 Managed SOC", "Boston",
  ("msg", "Hi Alex, our 24x7 SOC-as-a-Service starts at €9k a month for a bank your size, DORA incident reporting included. 20 minutes next week?"),
  ("msg", "Alex, circling back on the SOC proposal. Any thoughts?"),
  ("msg", "That's three messages now. For someone responsible for a bank's security you show remarkably little interest in improving it. I'll make sure your "
          "board hears about our offer one way or another."))
P("hostility_connection", "de", "Sabine Eder", "Key Account Managerin | Hardware Security Module & Kryptografie", "Graz",
  ("acc",),
  ("msg", "Danke für die Vernetzung, Herr Morgan! Wie am Stand besprochen: unsere HSMs gibt es jetzt auch als Cloud-HSM zum Monatspreis. "
          "Darf ich Ihnen ein Angebot schicken?"),
  ("msg", "Herr Morgan, Sie haben mich auf der Messe selbst angesprochen und melden sich jetzt nicht einmal zurück. Entschuldigen Sie, aber so geht man "
          "mit Menschen nicht um. Das ist schlicht unprofessionell."))
P("hostility_connection", "de", "Patrick Wallner", "Dark Web Monitoring | Threat Intel für Banken", "Wien",
  ("msg", "Servus Alex, wir haben ein neues Dark-Web-Monitoring speziell für Banken – magst dir mal eine Demo anschauen? Geht ganz schnell."),
  ("msg", "Alex? Hallo? 😅"),
  ("msg", "Weißt was, dann lass es halt. Aber komm nachher nicht jammern, wenn eure Kundendaten im Darknet auftauchen. Typisch Bankbeamter, "
          "hauptsache wichtig."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Rohan Kapoor", "Senior Manager – BFSI Sales Europe | CyberNest Solutions", "Pune",
  ("msg", "Dear Alex, greetings from CyberNest Solutions! We provide VAPT, SOC and GRC services to BFSI clients in Europe at 40% lower cost than local "
          "vendors. Kindly share a convenient time for a call."),
  ("msg", "Dear Alex, gentle reminder on my previous message. We can also support your DORA compliance with ready templates. Please let me know your availability."),
  ("msg", "Hi Alex, sharing our case study of a German cooperative bank where we reduced SOC cost by 35%. Would you be open to a 15-minute call this week?"))
P("connection_only_pitches", "de", "Julia Steiner", "Business Development | Passkeys & Kundenauthentifizierung", "Wien",
  ("msg", "Hallo Herr Morgan, unsere Passkey-Lösung fürs Online-Banking ist jetzt bei zwei österreichischen Instituten live, ohne Änderung an Ihrer App-Architektur. "
          "Interesse an einer Live-Demo?"),
  ("msg", "Guten Morgen Herr Morgan, darf ich nochmal nachfragen? Für den Juni hätten wir noch zwei Pilotplätze zu Sonderkonditionen."))
P("connection_only_pitches", "en", "Chris Donovan", "VP Sales EMEA | ThreatLens", "Amsterdam",
  ("msg", "Alex, saw that Bank Donauland is hiring SOC analysts. Before you add headcount: our threat intel platform automates about 70% of triage. Worth 15 minutes?"),
  ("msg", "Quick follow-up: we're offering a free 30-day POC to EU banks until the end of the quarter, then it's €38k a year. Shall I set it up for your team?"))
P("connection_only_pitches", "de", "Wolfgang Schuster", "Managed Firewall & Netzwerkbetreuung | Schuster Netzwerktechnik", "St. Pölten",
  ("msg", "Grüß Gott Herr Morgan, wir betreuen die Firewalls von mehreren Sparkassen in Niederösterreich, rund um die Uhr. "
          "Gerne würde ich Ihnen unser Betreuungsmodell bei einem Termin in Wien vorstellen."),
  ("msg", "Sehr geehrter Herr Morgan, ich darf mich nochmals in Erinnerung rufen. Unser Angebot für eine kostenlose Firewall-Regelwerksanalyse gilt noch bis "
          "Monatsende, danach erstellen wir Ihnen gerne einen Wartungsvertrag."),
  ("msg", "Herr Morgan, anbei unsere aktuelle Preisliste für die Managed-Firewall-Pakete. Ich melde mich nächste Woche telefonisch."))


# =============================================================== single_pitch
P("single_pitch", "de", "Elke Hofbauer", "Account Managerin | Secure Print & Document Services", "Graz",
  ("msg", "Liebe Grüße aus Graz, Herr Morgan! Wir haben eine sichere Druck- und Scanlösung mit Pull-Printing und lückenlosem Audit-Trail, die gerade bei Banken "
          "gut ankommt. Wollen wir uns kurz telefonisch austauschen?"))
P("single_pitch", "en", "Matt Sullivan", "Founder | VoiceGuard – deepfake call verification", "Austin",
  ("msg", "Hey Alex, voice-deepfake CEO fraud hit two CEE banks last quarter. We built a call-verification layer for treasury and payments teams. "
          "Can I show you a 10-minute demo?"))
P("single_pitch", "de", "Gernot Pichler", "Trainer Incident Response & Forensik", "Wien",
  ("msg", "Hallo Alex, unser nächstes dreitägiges Incident-Response-Training in Wien ist im März, 2.490 € pro Person, für dein Team gibt's 15 % Rabatt "
          "ab drei Anmeldungen. Soll ich dir Plätze reservieren?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "de", "Katharina Berger", "Leiterin SOC | Innviertler Bank", "Ried im Innkreis",
  ("msg", "Hallo Alex, Heads-up: Seit gestern Abend läuft eine Kampagne gegen Kunden österreichischer Banken, gefälschte Kontosperre-SMS mit Links auf "
          "Domains nach dem Muster konto-sicherheit-[bank][.]at. Die IOC-Liste (Domains, IPs, Kit-Hashes) hab ich in unseren gemeinsamen Kanal gestellt. "
          "Bei uns haben ca. 40 Kunden ihre Daten eingegeben, sperrt am besten präventiv die Geräte-Bindung."),
  ("msg", "Update: Die Domains sind seit heute früh offline, die Takedowns sind durch. Die nächste Welle kommt vermutlich nächste Woche, gleicher Registrar, "
          "gleiche Nameserver. Ich schick dir die neuen Einträge, sobald wir sie sehen.", (1, 3)))
P("connection_brings_value", "en", "Daniel Fischer", "Head of Threat Intelligence | Rheinische Handelsbank", "Frankfurt",
  ("end",),
  ("msg", "Alex, sharing our write-up on the loader we've seen targeting payments staff through fake invoice portals. YARA rules and Sigma detections "
          "are at the bottom. TLP:AMBER, so please keep it within your SOC. Curious whether the same lure has reached you."))
P("connection_brings_value", "de", "Birgit Haider", "Referentin | Bundessparte Bank und Versicherung, Wirtschaftskammer", "Wien",
  ("msg", "Sehr geehrter Herr Morgan, wir stellen den Arbeitskreis IKT-Sicherheit neu auf und suchen noch eine Stimme aus dem Regionalbankensektor. "
          "Wir treffen uns viermal im Jahr, die Teilnahme ist kostenfrei. Hätten Sie Interesse? Die Unterlagen zur letzten Sitzung schicke ich Ihnen gerne."))
P("connection_brings_value", "en", "Joanna Wiśniewska", "CISO | Bank Spółdzielczy Mazowsze", "Warsaw",
  ("msg", "Hi Alex, following our chat in Amsterdam: here is the tabletop script we used for our ransomware drill, board inject cards included. "
          "Adapt it as you like. Happy to compare notes once you've run yours, ours took three goes to get right."))
P("connection_brings_value", "de", "Lorenz Kainz", "Security Architect | ehemals Bank Donauland", "Wien",
  ("msg", "Servus Alex! Falls ihr die SOC-Lead-Stelle noch nicht besetzt habt: meine Ex-Kollegin Verena schaut sich gerade um, sehr stark in Detection "
          "Engineering und eine, die Leute mitnimmt. Soll ich euch bekannt machen?"))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "de", "Stefanie Koller", "Senior Consultant | Executive Search IT & Finance", "Wien",
  ("inm", "CISO (m/w/d) – Versicherungsgruppe Wien", "Sehr geehrter Herr Morgan, für eine österreichische Versicherungsgruppe besetze ich die Position des "
          "Chief Information Security Officer: Bereichsleitung, rund 45 Mitarbeitende, Berichtslinie an den Vorstand, Gehaltsband 160–190 T€ zzgl. Bonus. "
          "Hätten Sie in den nächsten Tagen Zeit für ein vertrauliches Telefonat?"))
P("stranger_inmail_recruiter", "en", "Oliver Bennett", "Talent Partner | Nordvik Payments", "Stockholm",
  ("inm", "Head of Security, licensed payments fintech", "Hi Alex, I'm hiring a Head of Security for Nordvik, a licensed e-money institution. Hybrid, Stockholm "
          "or remote from Vienna, reporting to the CTO, and you'd grow the team from 6 to 15. I'm in-house, not an agency. Open to a chat?"))
P("stranger_inmail_recruiter", "de", "Michaela Binder", "CISO | Alpenland Versicherung", "Innsbruck",
  ("inm", "Stelle in meinem Team: Stellvertretung CISO", "Hallo Herr Morgan, ich baue mein Team um und suche eine Stellvertretung mit Bankhintergrund. "
          "Ich schreibe selbst, keine Agentur dazwischen. Wenn Sie wechselbereit wären oder jemanden aus Ihrem Umfeld empfehlen möchten, freue ich mich "
          "über eine Nachricht. Die Ausschreibung schicke ich gerne mit."))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Ethan Brooks", "Enterprise Account Executive | CloudBastion", "Seattle",
  ("inm", "Quick question, Alex", "Hi Alex, how are you protecting your M365 tenant against token theft today? We help banks like yours close that gap "
          "in under 30 days. Worth a quick call?"),
  ("inm", "Re: Quick question, Alex", "Bumping this up your inbox. Would next Tuesday at 10:00 CET work for 15 minutes?"))
P("stranger_inmail_sales", "de", "Vanessa Krainer", "Vermögensaufbau | Private Investments", "Wien",
  ("inm", "Exklusive Gelegenheit", "Hallo Alex, ich arbeite mit einer Handelsplattform, die mit KI-Arbitrage 8 bis 12 % im Monat erzielt. Für Führungskräfte "
          "aus dem Bankbereich gibt es ein eigenes Kontingent, Mindesteinlage 5.000 €. Darf ich dir mehr darüber erzählen? Gern auch per WhatsApp."))
P("stranger_inmail_sales", "de", "Roland Eberl", "Geschäftsführer | NIS2 Compliance Partner", "Salzburg",
  ("inm", "NIS2 – sind Sie vorbereitet?", "Sehr geehrter Herr Morgan, mit dem neuen Cybersicherheitsgesetz kommen auf viele Unternehmen umfangreiche Pflichten zu. "
          "Unser NIS2-Quick-Check gibt Ihnen in zwei Tagen Klarheit, Pakete ab 4.900 € netto. Darf ich Ihnen einen Termin vorschlagen?"))
P("stranger_inmail_sales", "en", "Rebecca Lawson", "Talent Acquisition | Global Cyber Careers", "Remote",
  ("inm", "Remote vCISO opportunity", "Dear Alex, your profile has been shortlisted for a remote vCISO advisory position at USD 180 per hour. To move to the "
          "interview stage, candidates complete our accredited vCISO certification (USD 349, two hours online). Register via the link and we will fast-track you."))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "de", "Martin Fuchs", "Gastgeber | Wiener Security-Frühstück", "Wien",
  ("inv", "Hallo Alex, ich organisiere das Wiener Security-Frühstück: jeden ersten Freitag, kostenlos, rund 20 Leute aus Banken und Versicherungen, "
          "ein Kurzvortrag und viel Kaffee. Hättest du Lust, mal vorbeizuschauen?"),
  ("msg", "Danke fürs Kommen am Freitag! Die Folien zum Passkey-Vortrag findest du im geteilten Ordner. Nächstes Mal geht's um Deepfake-Anrufe bei Zahlungsfreigaben."),
  ("msg", "Hallo Alex, kleine Sache: Das Frühstück wird ab Herbst von meiner Firma mitgetragen, wir machen Pentests und Red Teaming. Hättet ihr Interesse an "
          "einem Angebot für euren nächsten TLPT? Für dich mach ich einen Freundschaftspreis.", (10, 30)))
P("good_turns_ugly", "en", "Rachel Goodwin", "Security Researcher | Phishing kits & OSINT", "Bristol",
  ("inv", "Hi Alex, I track phishing kits aimed at CEE banks and found one cloning your login page on a domain registered two days ago. "
          "Happy to share the kit and IOCs for free. Connect and I'll send them over."),
  ("msg", "Here you go: the kit archive, the Telegram bot it exfiltrates to and 14 related domains. Hope it helps with the takedown.", (1, 3)),
  ("end",),
  ("msg", "Glad it was useful! Small favour: I endorsed you for {skill}, would you endorse me for Threat Intelligence and OSINT? "
          "I'm interviewing with a CTI vendor and it would really help."))
P("good_turns_ugly", "de", "Johannes Strobl", "Lektor Security Management | FH Campus Wien", "Wien",
  ("inv", "Sehr geehrter Herr Morgan, ich halte an der FH Campus Wien die LV Security Management und würde Sie gerne für einen Gastvortrag "
          "(90 Minuten, Sommersemester) gewinnen. Die Studierenden würden enorm von der Praxissicht einer Bank profitieren."),
  ("msg", "Vielen Dank nochmals für den großartigen Gastvortrag! Anbei das Feedback der Studierenden, durchwegs begeistert. Zwei haben mich schon nach "
          "Praktikumsplätzen bei Ihnen gefragt.", (20, 60)),
  ("msg", "Lieber Herr Morgan, neben der Lehre begleite ich Banken bei ISO-27001-Zertifizierungen. Wäre Ihr Haus an einer Gap-Analyse interessiert? "
          "Für Sie als Gastvortragenden natürlich zu Vorzugskonditionen."))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "de", "Daniela Lang", "Account Executive | LogVault SIEM", "Wien",
  ("inm", "Ihr SIEM-Vertrag läuft aus?", "Guten Tag Herr Morgan, viele Banken nutzen das Vertragsende ihres SIEM für den Wechsel in die Cloud. Ich würde Ihnen "
          "gern zeigen, wie wir die Migration in 90 Tagen schaffen. Wann passt Ihnen ein Termin?"),
  ("inv", "Hallo Herr Morgan, wir saßen beide bei der Podiumsdiskussion an der FH Technikum, Ihr Beitrag zu Zero Trust war wirklich erfrischend. "
          "Würde mich freuen, vernetzt zu bleiben!"))
P("reinvite_known_bad", "en", "Tyler Grant", "Account Director | Identity Security", "Dublin",
  ("inv", DEFAULT),
  ("inv", "Hi Alex, we met briefly at the security conference at the Hofburg. Would be great to stay in touch!"))
P("reinvite_known_bad", "de", "Robert Kern", "Vertrieb | Donau Managed Security", "Wien",
  ("inv", "Hallo Alex, wir bieten Managed Detection & Response speziell für Banken, 24/7 aus Wien. Kurzer Call nächste Woche?"),
  ("inv", "Servus Alex, neuer Versuch 🙂 Hab gesehen, du warst auch beim Forum in Alpbach. Würd mich freuen, wenn wir uns vernetzen!"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "de", "Herbert Lackner", "Vertriebsleiter | Data Loss Prevention", "Linz",
  ("inv", "Hallo Herr Morgan, ich würde Ihnen gern unsere DLP-Lösung für Banken vorstellen. Haben Sie nächste Woche 20 Minuten?"),
  ("inm", "Unglaublich", "Herr Morgan, wer nicht einmal eine Vernetzungsanfrage beantwortet, braucht sich nicht zu wundern, wenn er in der Branche als "
          "überheblich gilt. Ich habe das bei der letzten Veranstaltung auch entsprechend weitergegeben."),
  ("inv", "Hallo Herr Morgan, lassen wir das Vergangene ruhen. Ich würde mich freuen, wenn wir uns doch noch vernetzen."))
P("reinvite_known_ugly", "en", "Greg Thornton", "Content Lead | Third-Party Risk Insights", "Chicago",
  ("inm", "Three questions for a banking CISO", "Hi Alex, I'm writing a piece for our blog on how regional banks handle third-party risk under DORA. "
          "Could I ask you three short questions by message? No sales, promise."),
  ("inm", "Re: Three questions for a banking CISO", "Thanks for getting back to me! Quick context before the questions: our platform automates vendor "
          "questionnaires for DORA, and I'd love to show you a 20-minute demo. We can do the Q&A on the same call. Does Thursday work?"),
  ("inv", "Hi Alex, would be good to connect and keep in touch on third-party risk topics."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "de", "Simon Huber", "Sales Engineer | Mikrosegmentierung & Zero Trust", "Wien",
  ("acc",),
  ("msg", "Danke für die Einladung nach dem Vortrag, Herr Morgan! Darf ich Ihnen in den nächsten Wochen zeigen, wie Sie mit unserer Mikrosegmentierung "
          "die DORA-Anforderungen an die Netzwerktrennung erfüllen? 30 Minuten reichen."))
P("user_invited_pitch_once", "en", "Megan Price", "Partner Manager | Secure Email Gateway", "Reading",
  ("acc",),
  ("msg", "Thanks for connecting after the panel, Alex! As promised, here's our pricing: for around 400 mailboxes the advanced threat add-on would be €11 "
          "per user per year. Want me to set up a trial?"))
P("user_invited_pitch_once", "de", "Thomas Hackl", "IT-Dienstleister | Backup & Archivierung", "Linz",
  ("acc",),
  ("msg", "Hallo Alex, danke fürs Annehmen! Wir sind ein IT-Dienstleister aus Linz und haben eine revisionssichere Backup- und Archivlösung, die bei "
          "mehreren Genossenschaftsbanken im Mühlviertel läuft. Hättest du Zeit für einen Vorstellungstermin?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Noah Schwartz", "Co-founder | Apiscope – API security", "Tel Aviv",
  ("acc",),
  ("msg", "Hey Alex, great meeting you at the Cyber Week side event! Our API discovery found 300+ shadow APIs at a Dutch bank in week one. "
          "Up for a pilot? Pricing starts at €45k a year."),
  ("msg", "Hi Alex, checking in. We now have a lighter pilot option, €8k for 60 days, if that makes it easier to get past procurement."))
P("user_invited_pitch_twice", "de", "Claudia Reiter", "Beraterin Business Continuity Management", "Wien",
  ("acc",),
  ("msg", "Danke für die Vernetzung, Herr Morgan! Zum Thema Notfallübungen nach DORA: wir begleiten Banken bei der kompletten Übung inklusive Drehbuch "
          "und Auswertung für die Aufsicht. Dürfte ich Ihnen unser Angebot vorstellen?"),
  ("msg", "Guten Tag Herr Morgan, ich wollte nachfragen, ob Sie sich unser Angebot schon ansehen konnten. Für Regionalbanken gibt es heuer ein Paket "
          "zum Fixpreis von 18.500 €."))
P("user_invited_pitch_twice", "de", "Mario Kraus", "Vertrieb | Zutrittskontrolle & Videoüberwachung", "Wiener Neustadt",
  ("acc",),
  ("msg", "Hallo Herr Morgan, danke fürs Vernetzen! Für Ihre Filialen hätten wir ein neues Zutrittssystem mit Mobile Key, das sich ans bestehende "
          "Alarmsystem hängen lässt. Wann darf ich vorbeikommen?"),
  ("msg", "Herr Morgan, kurze Erinnerung: Bis Ende Jänner gibt es die Filialpakete noch zum alten Preis. Soll ich Ihnen ein Angebot für zehn Standorte machen?"))


# =============================================================== user_invited_value
P("user_invited_value", "de", "Verena Schmid", "Incident Responderin | Banking CERT Austria", "Wien",
  ("acc",),
  ("msg", "Danke fürs Vernetzen nach der Konferenz! Wie versprochen unser Playbook für Business-E-Mail-Compromise bei Überweisungsbetrug, samt "
          "Liste der Rückrufstellen bei den österreichischen Banken. Nimm's gern als Vorlage, Feedback nehm ich auch."))
P("user_invited_value", "en", "Mark Jennings", "Deputy CISO | Northfield Building Society", "Leeds",
  ("acc",),
  ("msg", "Thanks for the invite, Alex. The vendor due-diligence questionnaire I mentioned is in the link below: 120 questions mapped to DORA Articles 28 "
          "to 30 and the EBA outsourcing guidelines. We've published it openly, so share away."))
P("user_invited_value", "de", "Elena Novak", "Redakteurin Technik & Sicherheit | Wiener Tagblatt", "Wien",
  ("acc",),
  ("msg", "Danke für die Annahme! Ich schreibe gerade über die Zunahme von Telefonbetrug mit falschen Bankmitarbeitern. Hätten Sie Zeit für ein kurzes "
          "Gespräch, gerne auch ohne Namensnennung? Mir geht es vor allem um Tipps, wie sich unsere Leserinnen und Leser schützen können."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Ingrid Fasching", "Vorständin Risikomanagement | Marchfelder Sparkasse", "Gänserndorf", ("acc",))
P("acceptance_only", "en", "Pieter de Vries", "CISO | Hollandse Spaarbank", "Utrecht", ("acc",))
P("lone_endorsement", "de", "Marlene Ziegler", "Security Analystin | Bank Donauland AG", "Wien", ("end",))
P("lone_endorsement", "en", "Filip Novák", "SOC Analyst | Incident Handling", "Brno", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Banking CERT Austria", "warnung@bankcert.example.at", "Warnung: gefälschte LinkedIn-Einladungen an Mitarbeitende von Banken",
     "Liebe Mitglieder,\n\nwir beobachten seit Montag gefälschte LinkedIn-Einladungen von Absendern wie linkedln.com, die auf eine Login-Seite führen. "
     "Bitte sensibilisieren Sie Ihre Mitarbeitenden. IOCs im Mitgliederbereich.\n\nIhr Banking CERT", "de"),
    ("SOC Bank Donauland", "soc@bankdonauland.example", "[INC-0412] Gemeldete Mail: \"LinkedIn Security Alert\"",
     "Hallo Alex,\n\nein Mitarbeiter aus dem Kreditbereich hat eine angebliche LinkedIn-Sicherheitswarnung gemeldet. Absender-Domain gefälscht, Link geblockt, "
     "Ticket geschlossen. Zur Info.\n\nLG, SOC Schicht B", "de"),
    ("Katharina Berger", "k.berger@innviertlerbank.example", "IOC-Liste Smishing",
     "Hallo Alex,\n\nfalls meine LinkedIn-Nachricht untergeht: die IOC-Liste zur Kontosperre-Welle hängt als CSV an. Meld dich, wenn ihr was Neues seht.\n\nLG Kathi", "de"),
    ("Personalabteilung", "personal@bankdonauland.example", "Social-Media-Richtlinie: Angaben auf LinkedIn",
     "Liebe Kolleginnen und Kollegen,\n\nbitte beachtet die aktualisierte Social-Media-Richtlinie: keine Angaben zu eingesetzten Sicherheitsprodukten oder "
     "internen Systemen im LinkedIn-Profil.\n\nDanke, euer HR-Team", "de"),
    ("ISACA Austria Chapter", "office@isaca-chapter.example.at", "CPE-Bestätigung Chapter-Abend",
     "Sehr geehrte Mitglieder,\n\nanbei Ihre Bestätigung über 2 CPE. Gerne können Sie Ihre Teilnahme auch auf LinkedIn teilen und uns markieren.", "de"),
    ("Danube Hack Days", "crew@danubehackdays.example", "Talk accepted: blue team track",
     "Hi Alex,\n\ngreat news, your talk is in! We'll announce the speakers on LinkedIn next Monday. Please send a short bio and a photo by Friday.\n\nThe crew", "en"),
    ("BugBridge", "notifications@bugbridge.example", "New report #4471 submitted to Bank Donauland VDP",
     "A new report was submitted to your vulnerability disclosure programme by a researcher with a verified LinkedIn profile. Severity: medium (self-assessed).", "en"),
    ("PhishProof Insights", "newsletter@phishproof.example", "5 LinkedIn scams aimed at bank staff",
     "This month: fake recruiters, bogus invoice portals and why LinkedIn DMs are the new CEO fraud.\n\nUnsubscribe: https://phishproof.example/u", "en"),
    ("Markus Pfeiffer", "m.pfeiffer@bankdonauland.example", "Fwd: Ich möchte mich mit Ihnen vernetzen",
     "Alex, ist das echt? Der will sich mit der halben Treasury auf LinkedIn vernetzen, und der Link geht auf eine komische Seite.\n\n"
     "---------- Weitergeleitete Nachricht ----------\nVon: LinkedIn <invitations@linkedin-mail.co>\nBetreff: Ich möchte mich mit Ihnen vernetzen", "de"),
    ("Kommunikation", "kommunikation@bankdonauland.example", "Einladung: Abstimmung LinkedIn-Beitrag zum Cyber-Awareness-Monat",
     "Sie wurden eingeladen: Abstimmung LinkedIn-Beitrag zum Cyber-Awareness-Monat\nWann: Donnerstag 10:00–10:30\nWo: Besprechungsraum 3.12", "de"),
    ("Brunner & Partner Personalberatung", "office@brunner-partner.example", "Vertrauliche Anfrage",
     "Sehr geehrter Herr Morgan,\n\nüber LinkedIn bin ich auf Ihr Profil aufmerksam geworden. Für eine vertrauliche Leitungsfunktion in der Informationssicherheit "
     "würde ich gerne mit Ihnen sprechen.\n\nMit freundlichen Grüßen\nMag. Andrea Brunner", "de"),
]


# ------------------------------------------------------------------------- eras and checks
SIXTEEN = {"Jason Miller", "Harald Strasser", "Wolfgang Schuster", "Thomas Hackl", "Gerald Wimmer", "Herbert Lackner",
           "Andreas Leitner", "Elke Hofbauer", "Tyler Grant"}
ERAS = {p[2]: ("2016" if p[2] in SIXTEEN else "cur") for p in PEOPLE}

for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))
assert len({p[2] for p in PEOPLE}) == len(PEOPLE)

HEADER = [f"# mailbot 118th development corpus (dev118). Generated by scripts/make_corpus_dev118.py (seed {SEED}); do not edit by hand.",
          "# Alex as the CISO of a regional bank in Vienna: security vendors, pen-testers, MSSPs, conferences, bug hunters, headhunters, "
          "peer banks sharing threat intel, the supervisor's events, students, scammers; Austrian German and English. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev118", SEED, PEOPLE, FOREIGN, spoofs=11, other=11, header=HEADER, eras=ERAS)
