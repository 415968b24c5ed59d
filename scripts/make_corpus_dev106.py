#!/usr/bin/env python3
"""Write mailbot's hundred-and-sixth, independent development corpus: tests/corpus/dev106/*.eml + expected.toml.

The angle: the user Alex is CTO of Kiezmarkt, an e-commerce scale-up in Berlin (Series B, about
sixty engineers). Their LinkedIn world: venture investors and scouts (a free CTO dinner, a
benchmark shared with contributors, a portfolio company's demo slipped in after a "report"),
dev agencies and nearshore teams from Wrocław, Lviv, Pune and Buenos Aires, freelancers
between projects, cloud, FinOps, bot-protection, payments and security vendors, a responsible
security researcher against a beg bounty, tech recruiters with real roles against agencies that
sell placements, meetup and conference organisers (a free meetup slot against a pay-to-sit
panel), founders asking for advice, developers applying or asking for mentoring, peer CTOs
sharing runbooks and rubrics, endorse-me-back from freelancers and product people, hostility
from ignored sellers and from a rejected applicant, and bait and switch (a CTO circle, a
"fellow e-com tech lead" question, a free NIS2 guide, an engineering-leaders Slack, a research
interview, open-source feedback) followed by a sale. The writing is startup English, casual
German full of English words (Denglisch, du), and some formal German (Sie).

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert
titles, the headlines of spoof-only names and PYMK suggestions, and the pitches that spoofs
carry are swapped for this world in this process only (make_corpus.py itself is not changed).
Every note was written from shared/taxonomy.md alone, without reading mailbot's signals, judge
or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev106.py              # writes tests/corpus/dev106
    python scripts/make_corpus_dev106.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20261106

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ a Berlin e-commerce CTO's world (this process only)
SKILLS = {
    "en": ["Software Architecture", "E-Commerce", "Engineering Leadership", "Kubernetes", "Amazon Web Services (AWS)", "Scalability"],
    "de": ["Softwarearchitektur", "E-Commerce", "Technische Führung", "Kubernetes", "Amazon Web Services (AWS)"],
    "fr": ["Architecture logicielle", "E-commerce", "Leadership technique", "Kubernetes", "Amazon Web Services (AWS)"],
    "es": ["Arquitectura de software", "Comercio electrónico", "Liderazgo técnico", "Kubernetes", "Amazon Web Services (AWS)"],
    "it": ["Architettura software", "E-commerce", "Leadership tecnica", "Kubernetes", "Amazon Web Services (AWS)"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
RHEADLINE = {
    "en": "CTO at Kiezmarkt | E-Commerce, Platform Engineering | Berlin",
    "de": "CTO bei Kiezmarkt | E-Commerce, Platform Engineering | Berlin",
    "fr": "CTO chez Kiezmarkt | E-Commerce, Platform Engineering | Berlin",
    "es": "CTO en Kiezmarkt | E-Commerce, Platform Engineering | Berlín",
    "it": "CTO presso Kiezmarkt | E-Commerce, Platform Engineering | Berlino",
}
for _l, _h in RHEADLINE.items():
    mc.L[_l]["rheadline"] = _h
mc.LANGS[:] = ["en", "de", "en", "de", "en"]   # spoofs and other LinkedIn mail: Alex reads LinkedIn in English or German
mc.CITY.update({"en": ["Berlin", "London", "Amsterdam", "Lisbon", "Warsaw", "Dublin"],
                "de": ["Berlin", "Hamburg", "München", "Leipzig", "Köln", "Potsdam"]})
mc.NAMES.update({
    "en": (["Callum", "Priya", "Noah", "Isla", "Ethan", "Maya", "Leo", "Ruby", "Theo", "Nina", "Oscar", "Tara"],
           ["Hartley", "Singh", "Morrow", "Keane", "Dalton", "Varga", "Holm", "Ferris", "Nakamura", "Quigley", "Rowe", "Baxter"]),
    "de": (["Malte", "Jannik", "Merle", "Ole", "Frieda", "Henning", "Carla", "Bastian", "Wiebke", "Till", "Greta", "Arne"],
           ["Jansen", "Dietrich", "Brenner", "Kühl", "Sommerfeld", "Gerlach", "Reimers", "Haase", "Brandes", "Thiele", "Peters", "Lüders"]),
})
mc.JOBS[:] = [("VP Engineering", "Fernway"), ("CTO (m/w/d)", "Nordlicht Retail SE"), ("Head of Platform Engineering", "Trovio"),
              ("Director of Engineering, Commerce", "Loomhaus"), ("Interim CTO – E-Commerce", "Brückner & Vogt Interim")]
mc.COMPANIES["good"] = ["Kiezmarkt", "Loomhaus", "Trovio", "Koszyk", "HTW Berlin", "Nordlicht Retail SE", "Platform Engineering Meetup Berlin",
                        "Fernway", "Spreekapital"]
mc.COMPANIES["sales"] = ["CloudTrim", "BotShield", "Lumenstack", "CodeLoop", "Vistula Software House", "PayNexa", "EdgeWave", "TalentForge IT"]
mc.HEADLINES["good"] = ["Engineering Manager at {co}", "Staff Engineer | {co}", "CTO at {co}", "Principal at {co}", "Senior Backend Engineer (Go) at {co}",
                        "VP Engineering | {co}", "Tech Lead Checkout @ {co}", "Platform Engineer at {co}"]
mc.HEADLINES["sales"] = ["Account Executive DACH at {co}", "Business Development Manager | {co}", "Founder & CEO at {co}",
                         "Helping e-commerce teams ship faster | {co}", "Partner Manager @ {co}", "Sales Director Central Europe at {co}"]
mc.INMAIL_SUBJECTS["en"]["sales"] = ["Quick question", "Your Black Friday setup", "An idea for Kiezmarkt", "15 minutes?", "Partnership"]
mc.INMAIL_SUBJECTS["de"]["sales"] = ["Kurze Frage", "Euer Black-Friday-Setup", "Idee für Kiezmarkt", "15 Minuten?", "Zusammenarbeit"]
retitle_other({
    "en": dict(job=("{n} new jobs for \"CTO\"", "Your job alert for CTO in {city}"),
               news="Are Europe's online retailers hiring engineers again?", group="Top conversations in CTO Craft Community",
               newsletter="Scaling Commerce: what we learned from three Black Fridays"),
    "de": dict(job=("{n} neue Jobs für „VP Engineering“", "Ihr Jobalarm für VP Engineering in {city}"),
               news="Wie viel KI steckt schon im deutschen Onlinehandel?", group="Top-Unterhaltungen in Tech-Leads Berlin",
               newsletter="Der CTO-Brief: Plattformteams richtig schneiden"),
})
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:outlook.com", "dkimfail", "lookalike:linkedin.com.secure-notify.example",
                       "untrusted:mx.example.org", "nodkim", "lookalike:xn--lnkedin-rfb.com", "buried", "wrongpass"]
SPOOF_PITCH = {
    "en": ["Hi {first}, I shared the penetration test report for kiezmarkt.de with you on LinkedIn Secure Share. Sign in to download it before the link expires tonight.",
           "Hello {first}, AWS access keys belonging to your company showed up in a public gist. Verify your identity here to see which keys are exposed."],
    "de": ["Hallo {first}, ich habe dir den Pentest-Bericht für kiezmarkt.de über LinkedIn freigegeben. Bitte melde dich an, um ihn herunterzuladen – der Link läuft heute ab.",
           "Hallo {first}, eure Zahlungsschnittstelle wurde als kompromittiert gemeldet. Bitte bestätige hier deine Identität, um den Bericht einzusehen."],
    "fr": ["Bonjour {first}, je vous ai partagé le rapport de test d'intrusion via LinkedIn. Connectez-vous pour le télécharger."],
    "es": ["Hola {first}, te he compartido el informe de pentest por LinkedIn. Inicia sesión para descargarlo."],
    "it": ["Ciao {first}, ti ho condiviso il report del penetration test su LinkedIn. Accedi per scaricarlo."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
_add = adder(PEOPLE)
OLD: set[str] = set()   # people whose mail is in the 2016 layout


def P(scenario, lang, name, headline, location, *steps, nl=None, old=False):
    if old:
        OLD.add(name)
    _add(scenario, lang, name, headline, location, *steps, nl=nl)


# =============================================================== good_invitation
P("good_invitation", "en", "Jana Kowalczyk", "Engineering Manager, Checkout at Koszyk", "Warsaw",
  ("inv", "Alex, caught your code.talks session on carving checkout out of the monolith. We're about to start the same at Koszyk and I'm stuck on "
          "stock reservations during the strangler phase. Swap notes over a call? I can share our k6 load-test numbers in return."),
  ("rem",))
P("good_invitation", "de", "Moritz Albrecht", "Organizer Platform Engineering Meetup Berlin | SRE", "Berlin",
  ("inv", "Hi Alex, ich orga das Platform Engineering Meetup Berlin – kostenlos, meist so 100-120 Leute. Hättest du Bock, im März 20 Min über "
          "euren Move auf Karpenter zu erzählen? Slides optional, Pizza & Getränke gehen auf den Host 🍕"))
P("good_invitation", "de", "Prof. Dr. Friederike Hahn", "Professorin für Wirtschaftsinformatik | HTW Berlin", "Berlin",
  ("inv", "Guten Tag Alex Morgan, ich lehre Wirtschaftsinformatik an der HTW Berlin. Unsere Masterstudierenden suchen für das Sommersemester "
          "einen Praxispartner für ein Projekt zu Produktempfehlungen. Für Sie kostenfrei, die Betreuung übernehmen wir. Interesse?"),
  ("rem",))
P("good_invitation", "en", "Tomás Oliveira", "Backend Engineer (Go, Kafka) | Marketplaces", "Lisbon",
  ("inv", "Hi Alex, I applied last week for the Senior Backend Engineer (Go) opening at Kiezmarkt. Four years on order and payment services at a "
          "Lisbon marketplace, moving to Berlin in spring. If someone else owns the hiring, a pointer would already help a lot. Obrigado!"))
P("good_invitation", "en", "Svenja Reuter", "Principal at Spreekapital | Seed & Series A", "Berlin",
  ("inv", "Alex - we run a small dinner for CTOs of Series A-C companies each quarter. Chatham House, ten people, no decks, and none of our "
          "portfolio selling anything. Next one is 14 Nov in Kreuzberg. Would be great to have you at the table."),
  ("rem",))
P("good_invitation", "de", "Kemal Aydın", "Gründer | Röstwerk Neukölln – Kaffee direkt vom Röster", "Berlin",
  ("inv", "Hey Alex, ich hab ein kleines D2C-Kaffee-Brand, wir sind grad bei ~40k Orders/Monat und Shopify fängt an zu zwicken. Darf ich dir "
          "2-3 Fragen zu headless stellen? Kein Pitch, ehrlich – Kaffee geht auf mich ☕"))
P("good_invitation", "en", "Rahul Menon", "Application Security Engineer | OSCP", "Bengaluru",
  ("inv", "Hi Alex, heads-up: staging.kiezmarkt.de serves a public .git directory. I only confirmed it's reachable, didn't pull anything. "
          "Who should I send the details to? Not after a bounty, it just seemed better to tell someone senior directly."))
P("good_invitation", "de", "Claudia Benning", "Partnerin | Hartmann & Lenz Executive Search – Technology Practice", "Hamburg",
  ("inv", "Guten Tag, ich verantworte bei Hartmann & Lenz die Suche nach einem CTO für einen börsennotierten Omnichannel-Händler in Hamburg. "
          "Ihr Werdegang passt sehr gut zum Profil. Wären Sie offen für ein vertrauliches Gespräch?"),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "de", "Dennis Kraft", "Freelance PHP-Entwickler | Magento | Shopware", "Magdeburg", ("inv", DEFAULT), ("rem",), old=True)
P("default_invitation", "en", "Priyanka Sharma", "Talent Acquisition Partner | Tech Hiring | Berlin", "Berlin", ("inv", NONOTE))
P("default_invitation", "de", "Lukas Brandl", "Enterprise Account Executive | Cloud Security", "München", ("inv", DEFAULT))
P("default_invitation", "en", "Olena Kravets", "Business Development Manager | Nearshore Software Development", "Kyiv", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Bartosz Wiśniewski", "Head of Sales DACH | Vistula Software House", "Wrocław",
  ("inv", "Hi Alex, we're a 140-person shop in Wrocław building on Shopware and commercetools for DACH retailers. Same time zone, €55/h blended. "
          "Open to a 20-min intro next week to see if we could take some backlog off your team?"))
P("sales_invitation", "de", "Julian Rohde", "Co-Founder | CloudTrim – FinOps für Scale-ups", "Berlin",
  ("inv", "Hallo Alex, die meisten E-Commerce-Scale-ups, die wir uns anschauen, zahlen 30–40 % zu viel an AWS. Wir machen ein Kosten-Audit zum "
          "Festpreis, bezahlt wird nur bei Ersparnis. Passt dir nächste Woche ein kurzer Call?"),
  ("rem",))
P("sales_invitation", "en", "Marcy Feldman", "Enterprise AE, EMEA | BotShield", "London",
  ("inv", "Alex, Black Friday is nine weeks out and that's when scalper bots and credential stuffing hit checkouts hardest. BotShield stops them "
          "at the edge, no CAPTCHAs. Could I grab 15 min to show what we blocked for shops your size last year?"))
P("sales_invitation", "de", "Sebastian Vogel", "Senior Consultant IT | TalentForge IT Personalberatung", "Frankfurt am Main",
  ("inv", "Guten Tag Herr Morgan, als auf IT spezialisierte Personalberatung besetzen wir Senior-Entwicklerstellen im Schnitt in 23 Tagen. "
          "Gern stelle ich Ihnen unsere Konditionen in einem kurzen Telefonat vor (rein erfolgsbasiert)."),
  ("rem",))
P("sales_invitation", "en", "Ananya Iyer", "Business Development Executive | QA & Testing Services", "Pune",
  ("inv", "Hello Alex, Greetings from Pune! We provide dedicated QA automation and manual testing resources for ecommerce platforms starting "
          "USD 18/hr. Kindly let me know a suitable time for a short call to discuss your requirements."),
  old=True)
P("sales_invitation", "en", "Felix Ostermann", "Founder | Parcelbot – GenAI Customer Service for Online Shops", "Berlin",
  ("inv", "Hey Alex, kurze Frage: wie viele eurer Support-Tickets sind 'Wo ist mein Paket?'? Unser GenAI-Agent beantwortet die automatisch, "
          "direkt an Shop + DHL angebunden. Hast du Bock auf ne 15-Min-Demo?"),
  nl="de")


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "de", "Niklas Berger", "Host CTO Circle Berlin | Leadership Coach für Tech-Führungskräfte", "Berlin",
  ("inv", "Hi Alex, ich bringe seit letztem Jahr rund 15 CTOs aus Berliner Scale-ups zusammen – einmal im Monat, Hiring, Architektur, "
          "Boardthemen, alles offen und vertraulich. Ich glaube, du würdest gut reinpassen. Lust?"),
  ("msg", "Freut mich, dass es geklappt hat! Kurz zum Organisatorischen: der Circle ist Teil unseres Leadership-Programms, 4.800 € im Jahr "
          "inkl. 1:1-Coaching – zahlt in der Regel der Arbeitgeber. Soll ich dir die Anmeldung schicken?", (2, 8)),
  ("msg", "Hi Alex, nur kurz nachgehakt: für die Kohorte im Januar sind noch zwei Plätze frei. Wenn's budgetmäßig hakt, gibt's auch Ratenzahlung.", (5, 14)))
P("bait_and_switch_invitation", "en", "Ravi Chandran", "Payments | E-Commerce | Checkout Optimisation", "Amsterdam",
  ("inv", "Quick question from one e-com tech lead to another: how are you handling SCA exemptions on subscription reorders? We keep going back "
          "and forth on whether MIT flags are enough. Would love to compare notes."),
  ("msg", "Thanks for connecting! Full disclosure, I lead partnerships at PayNexa, and we built an exemption engine that lifts checkout conversion "
          "by about 4%. Could I get 30 min with you and whoever owns payments to walk you through it?"))
P("bait_and_switch_invitation", "de", "Carolin Maas", "Geschäftsführerin | Maas Compliance Partners – Informationssicherheit für den Handel", "Köln",
  ("inv", "Guten Tag, wir haben einen kostenlosen Leitfaden zu NIS2 für Onlinehändler geschrieben – 32 Seiten, ohne Registrierung, ohne Haken. "
          "Wenn Sie mögen, schicke ich ihn Ihnen nach der Vernetzung direkt zu."),
  ("msg", "Vielen Dank für die Vernetzung! Hier wie versprochen der Link zum Leitfaden. Da viele Händler den Aufwand unterschätzen, bieten wir "
          "ein NIS2-Readiness-Assessment zum Festpreis von 9.900 € an. Wann hätten Sie 30 Minuten für ein Vorgespräch?", (1, 6)),
  ("msg", "Guten Tag, ich wollte mich noch einmal wegen des Assessments melden. Im Dezember hätten wir noch Kapazitäten – soll ich Ihnen ein "
          "Angebot schicken?", (7, 20)))
P("bait_and_switch_invitation", "en", "Ana Ferreira", "Community Lead | Engineering Leaders Europe (Slack) | EM Coach", "Porto",
  ("inv", "Hi Alex! I run a Slack for engineering leaders at European scale-ups, about 600 people, no vendors allowed, just peers swapping notes on "
          "on-call, career ladders and hiring. Would love to have you, and maybe your ladder doc one day 🙂"),
  ("msg", "So glad you joined! Quick thing: alongside the community I run a 12-week programme for first-time engineering managers (€2,400 per seat). "
          "Could be a fit for your new team leads? I can hold three seats for Kiezmarkt at the early rate until Friday."))
P("bait_and_switch_invitation", "de", "Jonas Wendt", "Venture Scout | Early-Stage B2B SaaS", "Hamburg",
  ("inv", "Moin Alex, ich bin Scout bei einem Early-Stage-Fonds und sammle gerade, wie CTOs bei Build vs. Buy entscheiden – 10 Min Fragen, "
          "am Ende kriegst du den kompletten Report. Wärst du dabei?"),
  ("msg", "Danke dir! Apropos Buy: eins unserer Portfolio-Startups macht headless Search mit Vektorsuche und sucht grad Design-Partner im "
          "E-Commerce. Soll ich dir einen Demo-Termin mit dem Founder klarmachen? Für euch gäbe es Sonderkonditionen."),
  ("msg", "Hey, hast du meine letzte Nachricht gesehen? Der Founder hätte Donnerstag oder Freitag noch Slots für die Demo frei.", (4, 10)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "de", "Dr. Henrik Sommer", "Programmleitung | Commerce Tech Summit", "Berlin",
  ("inm", "Einladung Podium: Commerce Tech Summit", "Guten Tag Alex Morgan, für den Commerce Tech Summit im Mai in Berlin stellen wir ein "
          "Podium zum Thema \"Composable Commerce – Hype oder Pflicht?\" zusammen. Das Programmkomitee würde Sie sehr gern als Diskutant "
          "gewinnen. Hätten Sie grundsätzlich Interesse?"),
  ("inm", "Commerce Tech Summit – Ihre Teilnahme", "Vielen Dank für Ihre positive Rückmeldung! Für Podiumsgäste bieten wir das Partnerpaket "
          "\"Thought Leader\" an: Podiumsplatz, Logo auf der Website und zwei Tickets für 3.490 € zzgl. MwSt. Die Rechnung geht an Ihr "
          "Unternehmen. Darf ich die Reservierung bestätigen?", (4, 12)))
P("bait_and_switch_inmail", "en", "Chloe Bennett", "Researcher, Organisational Design | Partner at Kestrel Tech Advisory", "London",
  ("inm", "Research interview: engineering org design", "Hi Alex, I'm researching how European scale-ups structure platform teams once they "
          "pass 50 engineers. Would you spare 20 minutes for an interview? Everyone who takes part gets the anonymised findings before publication."),
  ("inm", "Re: Research interview", "Thank you so much for the chat last week, really helpful. One more thing: our firm runs an Engineering "
          "Effectiveness Assessment built on this research, typically €18k for a team your size. Could I put some time in with you to scope it?"),
  ("inm", "Assessment slots Q1", "Hi Alex, just checking in on the assessment. We have two slots left in Q1 - shall I pencil Kiezmarkt in?", (5, 12)))
P("bait_and_switch_inmail", "de", "Yusuf Demir", "Co-Founder | Stampede – Open-Source Load Testing", "Berlin",
  ("inm", "Feedback zu unserem Load-Testing-Tool?", "Hi Alex, wir haben ein Open-Source-Tool für Load-Testing mit echten Checkout-Flows "
          "gebaut (Apache 2.0, auf GitHub). Von jemandem mit eurem Traffic wäre ehrliches Feedback Gold wert – gern einfach als Issue. Danke vorab!"),
  ("inm", "Danke + kurze Frage", "Danke fürs Feedback, mega hilfreich! Btw: Es gibt jetzt eine Enterprise Edition mit SSO, Reporting und Support "
          "ab 1.200 €/Monat. Für euren Peak im November wäre das perfekt – sollen wir nen Call mit deinem SRE-Lead machen?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "de", "Dominik Seifert", "Freelance Cloud Engineer | AWS | Terraform | Go", "München",
  ("end",), ("end",),
  ("msg", "Servus Alex, hab dir {skill} und Kubernetes bestätigt 🙂 Ich bin ab nächsten Monat wieder auf Projektsuche als Freelancer – magst du "
          "mir auch ein paar Skills bestätigen? Go und Terraform wären super."))
P("endorse_me_back", "en", "Aisha Bello", "Senior Product Manager | Marketplaces | ex-Delivery Hero", "Berlin",
  ("end",),
  ("msg", "Hey Alex! Endorsed you for {skill}, after that migration talk it felt overdue. Would you do me a favour and endorse me for Product "
          "Management and Stakeholder Management? Recruiters literally filter on it now 🙈"))
P("endorse_me_back", "de", "Tim Hasselbach", "Scrum Master | Agile Coach", "Hannover",
  ("end",),
  ("msg", "Moin Alex, du hast jetzt eine Bestätigung von mir für {skill}. Eine Hand wäscht die andere 😉 – würde mich über Bestätigungen für "
          "Scrum und Teamleitung freuen."),
  old=True)


# =============================================================== hostility_after_decline
P("hostility_after_decline", "de", "Gregor Pfeiffer", "Geschäftsführer | Pfeiffer Digital – Shopware-Agentur", "Leipzig",
  ("inv", "Hallo Alex, wir sind eine Shopware-Agentur aus Leipzig mit 35 Leuten und machen gerade viel für Händler in Berlin. Ich würd mich "
          "gern mal 15 Min austauschen, ob wir euch irgendwo entlasten können."),
  ("rem",),
  ("inm", "Kurze Rückmeldung", "Hallo Alex, drei Wochen und keine Reaktion. Ich weiß, CTOs sind busy, aber ein \"kein Interesse\" kostet fünf "
          "Sekunden. So eine Arroganz kenn ich echt nur aus Berlin. Schönen Tag noch."))
P("hostility_after_decline", "en", "Brandon Hicks", "Tech Recruitment Director | Placing CTOs & VPs across Europe", "Manchester",
  ("inv", DEFAULT), ("rem",),
  ("inm", "Seriously?", "Ignored twice. Must be nice up there on the org chart, Alex. I've placed CTOs with twice your experience and they "
          "still answer their messages. Good luck hiring in this market, you'll need it."))
P("hostility_after_decline", "de", "Mehmet Yıldız", "Fullstack Developer | React | Node.js | Quereinsteiger", "Berlin",
  ("inv", "Hallo Alex, ich bin Quereinsteiger (Bootcamp, jetzt 2 Jahre Fullstack) und würde mich gern vernetzen, um mehr über eure "
          "Entwicklerstellen zu erfahren."),
  ("inm", "Schade", "Ok, verstanden. Leute ohne Studium sind bei euch wohl nicht erwünscht. Auf Konferenzen von Diversity reden und dann nicht "
          "mal eine Anfrage annehmen. Ziemlich heuchlerisch, ehrlich gesagt."))
P("hostility_after_decline", "en", "Igor Petrenko", "CEO | Eastbridge Engineering – 300+ engineers", "Kraków",
  ("inv", "Dear Alex, our company has 300 senior engineers in Kharkiv and Kraków and delivers ecommerce projects for big brands. "
          "I would like to present our capabilities. Please accept."),
  ("inm", "Your decision", "Alex, I see you did not accept. Very unprofessional behaviour for a CTO. We are serious company, not freelancers "
          "from Upwork. When your Black Friday fails you will remember who offered help."))


# =============================================================== hostility_connection
P("hostility_connection", "de", "Steffen Kuhn", "Account Director | Managed Kubernetes & Cloud Operations", "Düsseldorf",
  ("msg", "Hi Alex, schön, dich auf der re:Invent getroffen zu haben! Wie besprochen: wir übernehmen Betrieb und Upgrades eurer EKS-Cluster als "
          "Managed Service, 24/7. Darf ich dir ein Angebot schicken?"),
  ("msg", "Alles klar, dann eben nicht. Aber dass nach dem Gespräch in Vegas nicht mal ein \"Nein danke\" kommt, ist schon schwach. Hätte echt "
          "mehr Stil von dir erwartet.", (10, 25)))
P("hostility_connection", "en", "Nadia Hussain", "Offensive Security Lead | E-Commerce & Payments Pentesting", "London",
  ("acc",),
  ("msg", "Thanks for the add, Alex! Since we talked breaches at the meetup: my team does e-commerce pentests including payment flows, fixed price "
          "from €14k. Want me to send a scope proposal over?"),
  ("msg", "You invited ME to connect and then can't answer a single message? Wow. If Kiezmarkt gets popped this winter, don't say nobody "
          "warned you. Really unprofessional."))
P("hostility_connection", "en", "Roberto Salas", "Nearshore Partnerships | Senior React & Node Teams from Argentina", "Buenos Aires",
  ("msg", "Hi Alex! Nearshore from Buenos Aires: 4-6h overlap with Berlin, senior React/Node devs at €45/h. Can I share a couple of profiles?"),
  ("msg", "Hi again, following up on the profiles - two seniors just rolled off a project and are free from the 1st."),
  ("msg", "Third message, zero answers. Honestly it's pretty rude, Alex. A simple 'no' is not that hard. Typical European arrogance, I'll stop "
          "wasting my time."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "de", "Katrin Ebert", "Head of Merchant Sales | Open Banking Payments", "Frankfurt am Main",
  ("msg", "Hallo Alex, wir haben gerade Pay-by-Bank für Deutschland gelauncht – deutlich günstiger als Kreditkarte, keine Chargebacks. Für "
          "Händler in eurer Größe sind das schnell sechsstellige Einsparungen. Lust auf einen kurzen Call?"),
  ("msg", "Hi Alex, ich häng dir mal unsere Case Study mit einem Möbel-Onlineshop an (–38 % Zahlungskosten). Passt dir Dienstag oder "
          "Donnerstag für 20 Minuten?"))
P("connection_only_pitches", "en", "Derek Olsen", "Regional Sales Manager | Lumenstack Observability", "Dublin",
  ("msg", "Hi Alex, saw you're hiring SREs, which is usually a sign alerting is getting noisy. Lumenstack cuts alert volume ~60% with AI "
          "triage. Worth a look?"),
  ("msg", "Following up - we just published a pricing benchmark against Datadog for 200+ hosts. Want me to run your numbers?"),
  ("msg", "Last try from me this quarter: free 30-day POC, we do the whole setup. Shall I send the calendar link?"))
P("connection_only_pitches", "en", "Paweł Nowak", "Partner | Baltic Bytes – dedicated dev teams", "Gdańsk",
  ("msg", "Hey Alex, congrats on the Series B! Growing teams usually hit a hiring wall around now. We can spin up a 5-person squad in Gdańsk "
          "within 4 weeks, fully managed. Fancy a chat?"),
  ("msg", "Hi Alex, quick nudge - we've got a React Native squad freeing up in January. Would Kiezmarkt's app team need extra hands?"))
P("connection_only_pitches", "de", "Lena Vössing", "Creative Director | Employer Branding für Tech-Teams", "Berlin",
  ("msg", "Hi Alex, euer Karriereseiten-Auftritt ist ehrlich gesagt ausbaufähig 😅 Wir machen Employer Branding speziell für Tech-Teams – "
          "Videos, Tech-Blog, Kampagnen. Darf ich dir zeigen, was wir für andere Berliner Scale-ups gemacht haben?"),
  ("msg", "Hey Alex, wir hätten im Februar noch Drehtage frei. Ein Paket mit drei Entwickler-Porträts fürs Recruiting liegt bei 7.500 €. "
          "Interesse?"))


# =============================================================== single_pitch
P("single_pitch", "de", "Hannes Graf", "Freiberuflicher DevOps Engineer | Linux | AWS | Docker", "Potsdam",
  ("msg", "Hi Alex, kurze Info: ich bin ab Februar wieder verfügbar – 10 Jahre Linux/AWS, zuletzt Docker und Mesos im Produktivbetrieb. "
          "Tagessatz 850 €. Falls ihr vor dem Weihnachtsgeschäft Unterstützung braucht, meld dich gern."),
  old=True)
P("single_pitch", "en", "Emily Tran", "Partnerships Manager | Commerce Tech Europe", "Amsterdam",
  ("msg", "Hi Alex, exhibitor space at Commerce Tech Europe is already 70% sold. Booths start at €8,500 and include a slot on the expo stage, "
          "great for employer branding if you're hiring engineers this year. Shall I send you the floor plan?"))
P("single_pitch", "de", "Sophie Lindner", "Senior Account Executive | Headless CMS", "Hamburg",
  ("msg", "Hallo Alex, habe gesehen, dass ihr Frontend-Entwickler:innen für euer Headless-Projekt sucht. Unser CMS ist genau dafür gebaut – "
          "API-first, visueller Editor fürs Marketing. Sollen wir dir einen Sandbox-Zugang einrichten und kurz gemeinsam reinschauen?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "de", "Anja Schubert", "CTO | Loomhaus – Möbel & Wohnen online", "Berlin",
  ("msg", "Hey Alex, wie versprochen unser Black-Friday-Runbook vom letzten Jahr (leicht anonymisiert) – inkl. der Stelle, wo uns Redis um "
          "00:03 um die Ohren geflogen ist 🙈 Wenn ihr mögt, machen wir im Dezember ein gemeinsames Post-Mortem-Frühstück mit beiden Teams."),
  ("msg", "Frühstück steht: 12.12., 9 Uhr bei uns in Friedrichshain. Bringt mit, wen ihr wollt, wir sorgen für Brötchen und eine Timeline "
          "auf dem Whiteboard.", (6, 18)))
P("connection_brings_value", "en", "David Cohen", "Angel Investor | ex-CTO (two exits) | Tel Aviv & Berlin", "Berlin",
  ("msg", "Alex, one of the best staff engineers I worked with, Noor, is quietly looking after her startup folded. Deep Kafka and inventory "
          "experience, wants to stay in Berlin. I told her about Kiezmarkt - ok if I introduce you two by email?"))
P("connection_brings_value", "en", "Fatima Rahimi", "Organiser | FrontEnd Spree (non-profit community conference)", "Berlin",
  ("end",),
  ("msg", "Hi Alex, our community conference (non-profit, volunteer-run) has the CFP open until 30 Jan and I'd love an e-commerce scaling story "
          "in the programme. Speakers get travel covered, and either way I can send two free tickets for your team."))
P("connection_brings_value", "de", "Philipp Auer", "Head of Engineering | Alpenkiste (Wien)", "Wien",
  ("msg", "Servus Alex, wir haben unser Feature-Flag-Setup jetzt open-sourced (MIT), inkl. der Kafka-Anbindung, über die wir in Wien geredet "
          "haben. Feedback von euch wär super, und wenn ihr's einsetzt, helf ich gern beim Einrichten – einfach melden."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "de", "Corinna Matthes", "Partnerin | Matthes Executive Search – Technology & Digital", "München",
  ("inm", "VP Engineering (m/w/d) – Mobilitätsplattform, München", "Guten Tag Alex Morgan, im Auftrag eines wachstumsstarken "
          "Mobilitätsanbieters (Series D, rund 400 Mitarbeitende) suche ich eine:n VP Engineering für drei Produktbereiche mit etwa 120 "
          "Entwickler:innen. Standort München, hybrid. Ihr Weg bei Kiezmarkt passt sehr gut. Wäre ein vertrauliches Telefonat denkbar?"))
P("stranger_inmail_recruiter", "en", "James Whitaker", "Talent Partner, Engineering Leadership | Fernway", "New York",
  ("inm", "VP Engineering, Europe - based in Berlin", "Hi Alex, I'm the talent partner at Fernway, a US commerce-infrastructure company "
          "opening its first European engineering hub in Berlin. We're looking for the VP who builds it from zero to 60 engineers over two years. "
          "Comp is top of market including equity. Would you be open to 30 minutes with our CTO?"))
P("stranger_inmail_recruiter", "en", "Elif Şahin", "Tech Recruiterin (inhouse) | Trovio", "Berlin",
  ("inm", "Head of Platform bei uns – Interesse?", "Hi Alex, ich bin Tech Recruiterin bei Trovio (intern, keine Agentur). Wir suchen eine:n "
          "Head of Platform für unser Berliner Office, ca. 25 Engineers, Fokus Developer Experience und Kubernetes. Dein Background bei "
          "Kiezmarkt klingt super passend – hättest du nächste Woche Zeit für einen lockeren Call?"),
  nl="de")


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "de", "Marvin Lange", "Vertrieb | SecuScope Penetrationstests", "Bochum",
  ("inm", "Penetrationstest vor dem Weihnachtsgeschäft?", "Guten Tag Alex Morgan, gerade Onlinehändler stehen vor dem Weihnachtsgeschäft im "
          "Fokus von Angreifern. Wir bieten einen Web-Application-Pentest nach OWASP zum Paketpreis ab 6.900 € an. Darf ich Ihnen ein "
          "unverbindliches Angebot zukommen lassen?"))
P("stranger_inmail_sales", "en", "Jared Whitmore", "Account Executive | CodeLoop AI Code Review", "Austin",
  ("inm", "Your PR review backlog", "Hi Alex, teams your size lose roughly a day per engineer per week waiting on reviews. CodeLoop's AI reviewer "
          "comments on every PR in under two minutes. Worth a 15-min look?"),
  ("inm", "Re: Your PR review backlog", "Bumping this in case it got buried - happy to set up a free 14-day trial on one repo, no card needed."))
P("stranger_inmail_sales", "en", "Aleksandra Mazur", "Security Researcher | Bug Hunter", "Łódź",
  ("inm", "Critical vulnerability on kiezmarkt.de", "Hello, I am security researcher and found critical vulnerability on your website which "
          "can expose customer data. Before I share details please confirm what is your bug bounty reward. I accept PayPal or crypto. Regards"))
P("stranger_inmail_sales", "de", "Torben Ahlers", "Director | Revenue-based Financing für E-Commerce", "Hamburg",
  ("inm", "Wachstum ohne Verwässerung", "Hallo Alex, ich weiß, Finanzierung ist eher Thema eurer CFO, aber gerade CTOs wissen, was auf der "
          "Roadmap liegen bleibt. Wir finanzieren E-Commerce-Scale-ups mit Revenue-based Financing ab 500k, Entscheidung in 10 Tagen. "
          "Könntest du mich mit eurer CFO verbinden?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "de", "Benedikt Franke", "Cloud Native Security | CNCF Community | Gründer Kubewacht", "Berlin",
  ("inv", "Hi Alex, ich organisiere mit ein paar Leuten aus der CNCF-Community einen kostenlosen Hands-on-Workshop zu Kubernetes-Security "
          "(Supply Chain, Policies) am 23.10. in Berlin. 25 Plätze, Laptop mitbringen. Hast du Lust?"),
  ("msg", "Danke fürs Kommen gestern! Hier die Slides und das Repo mit den Kyverno-Policies aus dem Workshop. Gern weiterverwenden und forken."),
  ("msg", "Hi Alex, eine Sache noch: mit meiner Firma bieten wir genau das als Managed Service an – Policies, Scans, 24/7-Monitoring. Für "
          "Kiezmarkt könnte ich 30 % auf das erste Jahr geben. Sollen wir einen Termin machen?", (8, 20)))
P("good_turns_ugly", "en", "Sarah Goldberg", "Investment Associate | Spreeside Ventures", "Berlin",
  ("inv", "Hi Alex, I'm an associate at a Berlin seed fund and we're benchmarking infra spend per order across ~40 European e-commerce "
          "companies. Happy to share the full dataset with everyone who contributes - no strings."),
  ("msg", "As promised, here's the benchmark deck. You're in the top quartile for infra cost per order, nice work. The raw sheet is behind "
          "the second link."),
  ("end",),
  ("msg", "Hey Alex, I just endorsed you for {skill}! Could you return the favour and endorse me for Venture Capital and Due Diligence? "
          "Building up my profile before I go for principal 🙏"))
P("good_turns_ugly", "en", "Miguel Santos", "Senior Software Engineer → Engineering Manager | Porto", "Porto",
  ("inv", "Hi Alex, I'm a senior dev in Porto and I've just been asked to step up as engineering manager. Your posts on 1:1s are the best "
          "thing I've read on it. Could I ask you two or three questions about your first year as a manager?"),
  ("msg", "Thank you so much for the call, Alex. I wrote up my notes from our chat as a short doc, sharing it back in case it helps your "
          "new leads too."),
  ("msg", "Hi Alex! Small update: I've left and co-founded a dev studio with two friends, and we're looking for our first clients in Germany. "
          "Would Kiezmarkt have projects we could help with? Our rate is €48/h and we can start next month.", (30, 60)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "de", "Lars Petersen", "Key Account Manager | Baltic Dev Partners (Riga)", "Kiel",
  ("inm", "Entwickler-Kapazitäten kurzfristig", "Hallo Alex, wir stellen Ihnen kurzfristig erfahrene PHP- und Java-Entwickler aus unserem "
          "Team in Riga zur Verfügung, auch für kurze Projekte. Haben Sie diese Woche 15 Minuten für ein kurzes Kennenlernen?"),
  ("inv", "Hallo Alex, habe Ihren Vortrag zu Microservices beim Meetup gesehen – sehr spannend. Würde mich freuen, in Kontakt zu bleiben!"),
  old=True)
P("reinvite_known_bad", "en", "Chris Donovan", "Growth & Partnerships | Retail Tech", "Berlin",
  ("inv", DEFAULT),
  ("inv", "Hey Alex, we met at the Tech Open Air afterparty - the long chat about Rust in the checkout path. Would be great to stay in touch!"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "de", "Oliver Stamm", "Conversion-Optimierung für Onlineshops | Gründer", "Stuttgart",
  ("inv", "Hallo Alex, wir helfen Onlineshops, ihre Conversion Rate mit sauberen A/B-Tests zu steigern. Kurzes Kennenlernen?"),
  ("inm", "Wow", "Wow. Ich schreibe dir persönlich und bekomme nicht mal eine Antwort. Genau diese Berliner Startup-Arroganz ist der Grund, "
          "warum so viele Shops scheitern. Viel Glück, ihr werdet es brauchen."),
  ("inv", "Hi Alex, neues Jahr, neues Glück 🙂 Ich habe inzwischen ein kostenloses CRO-Meetup in Berlin gestartet – magst du mal vorbeikommen?"))
P("reinvite_known_ugly", "en", "Hailey Morrison", "Head of Research | Northpoint CRO Studio", "London",
  ("inm", "Free: European checkout UX report", "Hi Alex, we've just finished a study of 120 European checkouts and your team's one-page flow "
          "came up a lot. Would you like a free copy of the full report? No catch."),
  ("inm", "Your report + next step", "Here's the report! Based on what we saw on Kiezmarkt, we'd recommend our CRO retainer - €6k/month, "
          "guaranteed uplift or we work for free. Can I book 30 minutes with you and your Head of Product?"),
  ("inv", "Hi Alex, we're hosting a free checkout teardown evening in Berlin next month. Would love to see you there!"))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "de", "Julia Krämer", "Customer Success | Testomat – E2E-Testing ohne Flakiness", "Berlin",
  ("acc",),
  ("msg", "Danke für die Einladung, Alex! War nett auf dem Shopware Community Day. Da du meintest, eure E2E-Tests sind flaky: unser Tool hat "
          "genau dafür Self-Healing-Selektoren. Magst du es 14 Tage kostenlos testen? Ich richte dir gern alles ein."))
P("user_invited_pitch_once", "en", "Arjun Patel", "Founder | Appcraft Studio – React Native Commerce Apps", "London",
  ("acc",),
  ("msg", "Thanks for connecting, Alex! Since you mentioned the app rewrite at the meetup: my agency has shipped 40+ React Native commerce apps. "
          "Could we hop on a call this week so I can walk you through some case studies and pricing?"))
P("user_invited_pitch_once", "de", "Fabian Hertel", "Rechtsanwalt | Mitarbeiterbeteiligung für Startups (VSOP/ESOP)", "Berlin",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Vernetzung! Kurze Frage: wie habt ihr euer VSOP aufgesetzt? Wir bauen Beteiligungsprogramme rechtssicher "
          "für Startups, Pauschalpreis ab 8.000 €. Soll ich dir ein unverbindliches Angebot schicken?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Matthew Greene", "Solutions Sales | EdgeWave Edge Platform", "London",
  ("acc",),
  ("msg", "Thanks for the connect, Alex! Given your traffic peaks, our edge platform could cut TTFB on product pages by 40% and trim your CDN "
          "bill. Can I send over a proposal?"),
  ("msg", "Hi Alex, following up on the edge proposal - we're running a year-end promotion, three months free if signed before 20 Dec. Any "
          "chance for a quick call?"))
P("user_invited_pitch_twice", "de", "Christina Neumann", "Rechtsanwältin | IT-Recht & Datenschutz für Onlinehändler", "Köln",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Annahme! Wir sind eine Kanzlei für IT-Recht und begleiten Onlinehändler bei DSGVO, BFSG und AGB. Beim "
          "Barrierefreiheitsstärkungsgesetz sind viele Shops noch nicht so weit, wie sie sein müssten – sollen wir ein Erstgespräch vereinbaren?"),
  ("msg", "Hallo Alex, ich wollte nochmal an das BFSG erinnern. Wir bieten ein Audit-Paket zum Festpreis von 4.900 € an. Wäre nächste Woche "
          "ein Termin möglich?"))
P("user_invited_pitch_twice", "en", "Dmytro Bondarenko", "Delivery Director | Lviv Engineering Hub", "Lviv",
  ("acc",),
  ("msg", "Hi Alex, thanks for accepting! We're a Lviv-based team of 90 engineers, strong in Go and Kafka. Would you like to see a few CVs "
          "for your platform team?"),
  ("msg", "Alex, just following up - three of our Go engineers become available in two weeks. Rates from €42/h, minimum three months. Shall "
          "I reserve them for you?"))


# =============================================================== user_invited_value
P("user_invited_value", "de", "Dr. Ingrid Falk", "Wissenschaftliche Mitarbeiterin | Fraud Detection & ML | TU Berlin", "Berlin",
  ("acc",),
  ("msg", "Hallo Alex, vielen Dank für die Vernetzung nach der Konferenz! Wie besprochen hier unser Paper zur Betrugserkennung beim "
          "Rechnungskauf, inkl. Code. Und falls ihr Lust habt: wir suchen für eine Masterarbeit einen Partner mit echten, anonymisierten "
          "Daten – Betreuung übernehmen wir, die Ergebnisse gehören euch."))
P("user_invited_value", "en", "Sam Okonkwo", "Staff Platform Engineer | AWS Community Builder", "Berlin",
  ("acc",),
  ("msg", "Cheers for the add, Alex. Here's the Terraform module set I mentioned (multi-account AWS baseline, MIT licensed). If your team "
          "wants, I'm happy to do a lunch-and-learn at your office on how we roll it out - no charge, I just enjoy it."))
P("user_invited_value", "en", "Marie Lefort", "CTO | Panier Malin (Paris)", "Paris",
  ("acc",),
  ("msg", "Thanks for the invite Alex! As promised, here's our engineering hiring rubric and the take-home we use for senior roles. Steal "
          "whatever helps. And if you're in Paris for VivaTech, drinks are on me."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Henrike Voss", "VP Product | Nordlicht Retail SE", "Hamburg", ("acc",))
P("acceptance_only", "en", "Ben Aldridge", "Engineering Director | Marketplace Payments", "London", ("acc",), old=True)
P("lone_endorsement", "de", "Theresa Brandt", "Frontend Developer | Vue.js | ehemals Kiezmarkt", "Berlin", ("end",), old=True)
P("lone_endorsement", "en", "Kwame Mensah", "Site Reliability Engineer | Kubernetes", "Accra", ("end",))


# ------------------------------------------------------------------------- checks
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))
ERAS: dict[str, str] = {p[2]: ("2016" if p[2] in OLD else "cur") for p in PEOPLE}
assert OLD <= set(ERAS), OLD - set(ERAS)
assert len(ERAS) == len(PEOPLE), "a name is used twice"


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Svenja Reuter", "svenja@spreekapital.example", "CTO dinner 14 Nov – Kreuzberg",
     "Hi Alex,\n\nI also sent you a LinkedIn invite, but in case those get buried: we'd love to have you at the CTO dinner on the 14th. "
     "Ten people, no decks. Just reply here if you can make it.\n\nSvenja", "en"),
    ("Personio", "notifications@personio.example", "Neue Bewerbung: Senior Backend Engineer (Go) – Tomás Oliveira",
     "Hallo Alex,\n\nes ist eine neue Bewerbung eingegangen. Quelle: LinkedIn. LinkedIn-Profil des Bewerbers ist im Kandidatenprofil verlinkt.\n\n"
     "Zum Kandidatenprofil: https://kiezmarkt.personio.example/recruiting/applications/48812", "de"),
    ("Slack", "notification@slack.example", "[kiezmarkt] New message in #eng-leads",
     "Jule: Got a LinkedIn invite from some \"CTO Circle Berlin\" guy, anyone been? My bet is there's a coaching invoice behind it.", "en"),
    ("Gregor Pfeiffer", "g.pfeiffer@pfeiffer-digital.example", "Wie auf LinkedIn angefragt – Shopware-Entlastung",
     "Hallo Alex,\n\nich hatte dir auf LinkedIn geschrieben, hier nochmal per Mail: wir hätten ab Januar zwei Shopware-Entwickler frei. "
     "15 Minuten diese Woche?\n\nBeste Grüße\nGregor Pfeiffer", "de"),
    ("GitHub", "noreply@github.example", "[kiezmarkt/storefront] Remove LinkedIn Insight Tag from checkout (#2291)",
     "mariusz-k opened a pull request: the LinkedIn Insight Tag loads on /checkout without consent. This PR moves it behind the consent banner.", "en"),
    ("AWS Summit Berlin", "events@aws-summit.example", "Your registration is confirmed",
     "Hi Alex,\n\nyour registration for AWS Summit Berlin is confirmed. Share that you're attending on LinkedIn with #AWSSummit.", "en"),
    ("XING", "mailrobot@mail.xing.example", "Neue Kontaktanfrage von Dennis Kraft",
     "Hallo Alex Morgan, Dennis Kraft möchte sich mit Ihnen auf XING vernetzen. Sie sind bereits über LinkedIn in Kontakt.", "de"),
    ("Lea Hoffmann", "lea.hoffmann@kiezmarkt.example", "Fwd: Ich möchte mich mit Ihnen vernetzen",
     "Kennst du den? Hat mich auch angefragt, klingt nach Bodyleasing.\n\n---------- Weitergeleitete Nachricht ---------\n"
     "Von: Bartosz Wiśniewski via LinkedIn <invitations@linkedin.com>\nBetreff: Ich möchte mich mit Ihnen vernetzen\n\n"
     "Hi Lea, we're a 140-person shop in Wrocław building on Shopware and commercetools...", "de"),
    ("IT Security Kiezmarkt", "security@kiezmarkt.example", "Achtung: gefälschte LinkedIn-Mails mit \"Pentest-Bericht\"",
     "Hallo zusammen,\n\ngerade gehen Mails rum, die wie LinkedIn aussehen und einen angeblich freigegebenen Pentest-Bericht versprechen. "
     "Bitte nicht einloggen, sondern an security@kiezmarkt.example weiterleiten.\n\nDanke!", "de"),
    ("code.talks", "speakers@codetalks.example", "Your talk is in! code.talks programme",
     "Hi Alex,\n\ncongratulations, \"Carving checkout out of the monolith\" made the programme. Feel free to announce it on LinkedIn; "
     "we'll tag you from our company page.", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot hundred-and-sixth development corpus (dev106). Generated by scripts/make_corpus_dev106.py (seed {SEED}); do not edit by hand.",
          "# Alex as CTO of a Berlin e-commerce scale-up: investors and scouts, dev agencies and nearshore teams, freelancers, cloud and security "
          "vendors, tech recruiters, conference organisers, founders and developers; startup English, Denglisch and formal German. "
          "Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev106", SEED, PEOPLE, FOREIGN, spoofs=9, other=11, header=HEADER, eras=ERAS)
