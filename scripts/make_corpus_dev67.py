#!/usr/bin/env python3
"""Write mailbot's sixty-seventh, independent development corpus: tests/corpus/dev67/*.eml + expected.toml.

The angle: the user Alex is head of regulatory affairs at a mid-size pharma company in Basel
(Rhenova Pharma AG), with combination products under MDR Art. 117 and a companion diagnostic under
the IVDR. Their LinkedIn world: CROs and regulatory consultancies, freelance medical writers,
training academies (free webinars and paid courses), eCTD publishing and RIM software vendors,
translators of product information, life-sciences headhunters (real roles and staffing sales),
peers from industry associations sharing drafts and guidance, academics from Basel and Geneva,
GMP trainers, Swiss authorised-representative services, pay-to-speak summits and paid "benchmark"
surveys. Written in English, Swiss German (no ß, Grüezi, Offerte, Apéro, CHF 6'900) and Swiss
French (septante, dîner at noon, natel), with a little Ticino Italian; dense jargon (eCTD 4.0,
Art. 13 HMG, CTIS, IDMP/SPOR, Type II variations, Annex 1, CER/PMCF, CH-REP, QP release).

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The recipient's headline, the endorsement skills, the job-alert and
newsletter wording, the names, companies and headlines of spoof-only names and PYMK suggestions,
and the pitches that spoofs carry are swapped for regulatory ones in this process only
(make_corpus.py itself is not changed). Every note was written from shared/taxonomy.md alone,
without reading mailbot's signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev67.py              # writes tests/corpus/dev67
    python scripts/make_corpus_dev67.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260767

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ regulatory world (this process only)
mc.LANGS[:] = ["en", "de", "fr", "de", "en"]
RHEAD = {"en": "Head of Regulatory Affairs at Rhenova Pharma AG", "de": "Head of Regulatory Affairs bei Rhenova Pharma AG",
         "fr": "Head of Regulatory Affairs chez Rhenova Pharma AG", "it": "Head of Regulatory Affairs presso Rhenova Pharma AG"}
for _l, _h in RHEAD.items():
    mc.L[_l]["rheadline"] = _h
SKILLS = {
    "en": ["Regulatory Affairs", "eCTD", "Regulatory Submissions", "GMP", "Medical Devices", "Regulatory Strategy", "CMC"],
    "de": ["Regulatory Affairs", "Arzneimittelzulassung", "eCTD", "GMP", "Medizinprodukte", "Regulatorische Strategie"],
    "fr": ["Affaires réglementaires", "eCTD", "Bonnes pratiques de fabrication (BPF)", "Dispositifs médicaux", "Stratégie réglementaire"],
    "it": ["Affari regolatori", "eCTD", "GMP", "Dispositivi medici", "Strategia regolatoria"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
mc.NAMES["en"] = (["Gemma", "Alistair", "Nisha", "Declan", "Harriet", "Owen", "Tamsin", "Rory", "Pooja", "Ewan", "Leah", "Callum"],
                  ["Pritchard", "Holloway", "Iyer", "Kerrigan", "Ashdown", "Maddox", "Quinlan", "Radcliffe", "Soames", "Tennant"])
mc.NAMES["de"] = (["Corsin", "Ladina", "Mirjam", "Silvan", "Flurina", "Gian", "Seraina", "Dario", "Rahel", "Cyrill", "Tanja", "Pirmin"],
                  ["Jenni", "Kuster", "Oberholzer", "Rüegg", "Schnyder", "Tschudi", "Wälti", "Zbinden", "Aebi", "Frischknecht"])
mc.NAMES["fr"] = (["Joëlle", "Yves-Alain", "Murielle", "Cédric", "Anne-Laure", "Loïc", "Sandrine", "Fabrice", "Mélissa", "Steve"],
                  ["Burnier", "Chevalley", "Décosterd", "Gindrat", "Jaccard", "Maillard", "Nicolet", "Rapin", "Savary", "Tinguely"])
mc.CITY["en"] = ["London", "Cambridge", "Dublin", "Boston", "Basel", "Zug"]
mc.CITY["de"] = ["Basel", "Zürich", "Bern", "Luzern", "Zug", "Aarau"]
mc.CITY["fr"] = ["Lausanne", "Genève", "Neuchâtel", "Fribourg", "Sion", "Nyon"]
mc.JOBS[:] = [("Head of Regulatory Affairs CMC", "Lonzell Biologics"), ("Regulatory Affairs Director Europe", "Helvetia Biotherapeutics"),
              ("Leiter/in Zulassung (80–100 %)", "Jurapharm AG"), ("Responsable affaires réglementaires dispositifs médicaux", "Medilac SA"),
              ("Senior Manager, Regulatory Policy & Intelligence", "Rhine Valley Pharma"), ("Global Regulatory Lead, Oncology", "Arbion Therapeutics")]
mc.COMPANIES["good"] = ["Laboratoires Alpinor SA", "Universität Basel", "Université de Genève", "Jurapharm AG", "Helvetia Biotherapeutics",
                        "Halden Search", "Arbion Therapeutics", "Medilac SA"]
mc.COMPANIES["sales"] = ["SubmitCore", "Pharmexa Solutions", "Veristra CRO", "Regulis", "LabelTrack RIM", "PharmaForce Staffing",
                         "Pharmatrad", "SwissRep Services"]
mc.HEADLINES["good"] = ["Regulatory Affairs Manager at {co}", "Director Regulatory CMC | {co}", "Senior Lecturer, Regulatory Science | {co}",
                        "QA/RA Specialist at {co}", "Head of Pharmacovigilance at {co}", "Medical Writer | {co}"]
mc.HEADLINES["sales"] = ["Account Executive DACH at {co}", "Business Development Director | {co}", "Helping pharma submit faster | {co}",
                         "Senior Sales Manager, Life Sciences | {co}", "Founder & CEO | {co}"]
mc.OTHER["en"].update(
    job=("{n} new jobs for \"regulatory affairs\"", "Your job alert for regulatory affairs in {city}", "View job"),
    news=("Will the EU pharma package change your launch sequence?", "Top stories for you from LinkedIn News"),
    group=("Top conversations in Regulatory Affairs Professionals Europe", "Here are the top conversations in your group this week"),
    newsletter=("The Submission Desk: eCTD 4.0 without the panic", "New edition of a newsletter you subscribed to"))
mc.OTHER["de"].update(
    job=("{n} neue Jobs für „Regulatory Affairs Manager“", "Ihr Jobalarm für Regulatory Affairs Manager in {city}", "Job anzeigen"),
    news=("Heilmittelgesetz: Was bringt die Revision für Zulassungsinhaber?", "Top-Meldungen von LinkedIn News für Sie"),
    group=("Top-Unterhaltungen in Zulassung & Regulatory Affairs Schweiz", "Das sind die wichtigsten Unterhaltungen Ihrer Gruppe diese Woche"),
    newsletter=("Regulatory Briefing Schweiz: Fristen, Gebühren, Wegleitungen", "Neue Ausgabe eines Newsletters, den Sie abonniert haben"))
mc.OTHER["fr"].update(
    job=("{n} nouvelles offres pour « affaires réglementaires »", "Votre alerte emploi pour affaires réglementaires à {city}", "Voir l'offre"),
    news=("Dispositifs médicaux : la Suisse va-t-elle reconnaître la FDA ?", "Les actualités du jour de LinkedIn News"),
    group=("Meilleures discussions dans Affaires réglementaires Suisse romande", "Voici les meilleures discussions de votre groupe cette semaine"),
    newsletter=("La lettre du pharmacien responsable : libération des lots et BPF", "Nouvelle édition d'une newsletter à laquelle vous êtes abonné"))
SPOOF_PITCH = {
    "en": ["Hi {first}, I shared the Swissmedic deficiency letter for your dossier via LinkedIn Secure Docs. Sign in to view it before the deadline.",
           "Dear {first}, your RAC certification is about to lapse. Log in with your LinkedIn account to pay the renewal fee and keep your credits.",
           "Hello {first}, we can publish your full eCTD sequence in 24 hours for a flat fee. Reply with your login and we start today."],
    "de": ["Grüezi {first}, ich habe Ihnen den Vorbescheid von Swissmedic über LinkedIn Secure Docs freigegeben. Bitte melden Sie sich an, um ihn zu öffnen.",
           "Hallo {first}, Ihre Teilnahmebestätigung für das GMP-Seminar liegt bereit. Gebühr von CHF 890 bitte über den Link begleichen."],
    "fr": ["Bonjour {first}, je vous ai transmis la liste de questions de Swissmedic via LinkedIn Secure Docs. Connectez-vous pour la consulter.",
           "Bonjour {first}, votre inscription à la formation BPF est confirmée. Merci de régler les frais de CHF 890 via le lien sécurisé."],
    "it": ["Buongiorno {first}, le ho inoltrato la lista di domande di Swissmedic tramite LinkedIn Secure Docs. Acceda per leggerla."],
}
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "dkimfail", "display:outlook.com", "lookalike:xn--linkedn-dza.com", "nodkim",
                       "untrusted:mx.google.com", "buried", "display:gmail.com", "wrongpass", "lookalike:linkedin.com.secure-notify.example"]
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)
# the layout era of each person: "cur" for anything tied to MDR/IVDR, eCTD 4.0, CTIS or the like
ERAS: dict[str, str] = {}


def E(era: str, *names: str) -> None:
    for n in names:
        ERAS[n] = era


# =============================================================== good_invitation
P("good_invitation", "en", "Fiona Leckie", "Freelance Medical Writer | CSRs, Module 2 summaries, PSURs", "Edinburgh",
  ("inv", "Hi Alex – peer question if you have a minute. For an Art. 13 application in Switzerland referencing the EU dossier, did you submit "
          "Module 2.5 as filed with EMA or update it to the latest data cut? My client and I disagree and I'd value a view from someone who has done it."),
  ("rem",))
P("good_invitation", "de", "Corinne Stählin", "Geschäftsführerin | Regulatory Academy Basel", "Basel",
  ("inv", "Grüezi Alex, am 12. März führen wir ein kostenloses Webinar zur revidierten Swissmedic-Wegleitung Zulassung durch, mit einer "
          "ehemaligen Begutachterin und offener Fragerunde. Zählt für 1 RAC-Credit. Es würde uns freuen, wenn Sie dabei sind."))
P("good_invitation", "fr", "Valérie Rochat", "Responsable affaires réglementaires | Laboratoires Alpinor SA", "Lausanne",
  ("inv", "Bonjour Alex, je coordonne le groupe de travail réglementaire de notre association romande. Nous rédigeons une prise de position "
          "sur la consultation Swissmedic concernant les produits combinés. Accepteriez-vous de relire le projet ? Votre regard sur l'art. 117 nous aiderait."),
  ("rem",))
P("good_invitation", "en", "Daniel Hürlimann", "Professor für Regulatory Science | Universität Basel", "Basel",
  ("inv", "Sali Alex, ich leite den CAS Regulatory Affairs an der Uni Basel. Hätten Sie Lust, im Herbstsemester eine Doppellektion über "
          "Kombinationsprodukte unter MDR Art. 117 zu halten? Das Honorar ist bescheiden, das Publikum umso motivierter. Apéro danach inklusive."),
  ("rem",), nl="de")
P("good_invitation", "en", "Rebecca Sutton", "Partner, Life Sciences Practice | Halden Search", "London",
  ("inv", "Hi Alex, I'm retained by a Basel biotech to hire their first VP Regulatory Affairs (reports to the CEO, two assets going into "
          "Phase III, FDA/EMA/Swissmedic strategy). Your name came up twice when I took references. Open to a confidential chat?"))
P("good_invitation", "de", "Reto Baumgartner", "QA/RA Manager | In-vitro-Diagnostika", "Rapperswil-Jona",
  ("inv", "Hallo Alex, wir stellen gerade einen Companion Diagnostic auf IVDR um und hängen bei der Konsultation der Arzneimittelbehörde. "
          "Ihr Referat am Swiss Medtech Day war das einzige, das den Ablauf konkret zeigte. Dürfte ich Ihnen zwei, drei Fragen stellen?"),
  ("rem",))
P("good_invitation", "fr", "Sylvie Chappuis", "Cheffe de projet | Journée romande des affaires réglementaires", "Genève",
  ("inv", "Bonjour Alex, le 5 juin à Genève se tient la Journée romande des affaires réglementaires : entrée libre pour l'industrie, reconnue "
          "pour la formation continue FPH. Ce serait un plaisir de vous y voir, et si l'atelier eCTD vous tente comme animateur, encore mieux !"))
E("cur", "Fiona Leckie", "Corinne Stählin", "Valérie Rochat", "Daniel Hürlimann", "Rebecca Sutton", "Reto Baumgartner", "Sylvie Chappuis")


# =============================================================== default_invitation
P("default_invitation", "en", "Vikram Sethi", "Business Development Manager | Clinical Research Services", "Mumbai", ("inv", DEFAULT), ("rem",))
P("default_invitation", "de", "Nadja Gysin", "Regulatory Affairs Specialist", "Bern", ("inv", NONOTE))
P("default_invitation", "fr", "Olivier Favre", "Consultant indépendant | Dispositifs médicaux", "Neuchâtel", ("inv", DEFAULT))
P("default_invitation", "en", "Jonas Ekström", "Medical Science Liaison, Oncology", "Stockholm", ("inv", NONOTE), ("rem",))
E("2016", "Vikram Sethi", "Olivier Favre")
E("cur", "Nadja Gysin", "Jonas Ekström")


# =============================================================== sales_invitation
P("sales_invitation", "en", "Jake Marlow", "Account Executive, EMEA | SubmitCore – eCTD publishing", "Dublin",
  ("inv", "Alex – most RA teams I speak to in Basel are still patching legacy publishing tools for eCTD 4.0. SubmitCore does v4.0 for EMA "
          "and Swissmedic out of the box, validation included. Worth 20 minutes before your next licence renewal?"))
P("sales_invitation", "de", "Stephan Bürgi", "Inhaber | Bürgi Regulatory Consulting GmbH", "Zug",
  ("inv", "Guten Tag Alex, wir unterstützen Pharmaunternehmen bei Swissmedic-Gesuchen, Änderungsmeldungen und Lifecycle-Management, auf "
          "Wunsch kurzfristig als Interim-Ressource. Gerne stelle ich Ihnen unser Angebot in einem kurzen Termin vor. Freundliche Grüsse"))
P("sales_invitation", "fr", "Grégory Cuendet", "Directeur commercial | Pharmatrad Sàrl – traductions réglementaires", "Lausanne",
  ("inv", "Bonjour Alex, nous traduisons notices, informations professionnelles et textes d'emballage en allemand, français et italien, "
          "relus par des pharmaciens, en 48 h. Puis-je vous adresser une offre pour vos prochains dossiers Swissmedic ? Belle journée !"))
P("sales_invitation", "en", "Anjali Deshpande", "Director, Business Development | Veristra CRO (Phase I–IV)", "Pune",
  ("inv", "Hi Alex, Veristra runs full-service Phase I–IV trials in CEE and India at roughly a third below Western CRO rates, with in-house "
          "regulatory for CTIS. Could we set up a capabilities call with you and your clinical ops lead?"))
P("sales_invitation", "de", "Martina Wyss", "Programmleiterin | Pharma Regulatory Campus AG", "Olten",
  ("inv", "Liebe Alex, unser Lehrgang «Regulatory Affairs Professional» startet im September: 8 Module, Abschlusszertifikat, CHF 6'900 "
          "(bis 30.6. CHF 5'900). Ideal für Ihr Team! Darf ich Ihnen die Broschüre und eine Gruppenofferte senden?"),
  ("rem",))
E("cur", "Jake Marlow", "Stephan Bürgi", "Anjali Deshpande", "Martina Wyss")
E("2016", "Grégory Cuendet")


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Daniel Forsythe", "Founder, RA Leaders Circle | ex-Big Pharma", "London",
  ("inv", "Alex, I host a small invite-only circle for heads of regulatory at mid-size pharma – monthly off-the-record calls on agency "
          "interactions, strictly no vendors. I think you'd add a lot. Fancy joining?"),
  ("msg", "Great to have you, Alex. Quick note on how the circle runs: it's underwritten by my consultancy, Forsythe Regulatory, and members "
          "get first call on our strategy retainer (CHF 8k a month, cancel any time). Could I grab 30 minutes to scope where we'd fit in your pipeline?", (3, 10)),
  ("msg", "Hi Alex, circling back on the retainer – we have capacity from Q3 and two places left at the founding-member rate. Shall I send over a proposal?", (7, 20)))
P("bait_and_switch_invitation", "de", "Lukas Ammann", "Senior Consultant | MDR/IVDR Compliance", "Winterthur",
  ("inv", "Hallo Alex, ich habe eine kostenlose Checkliste zu den verlängerten IVDR-Übergangsfristen zusammengestellt (inkl. Art. 110 "
          "und der neuen Informationspflichten). Gerne schicke ich sie Ihnen, einfach annehmen."),
  ("msg", "Merci fürs Annehmen! Die Checkliste kommt gleich. Vorher kurz: Für Hersteller von Companion Diagnostics bieten wir ein "
          "IVDR-Gap-Assessment zum Fixpreis von CHF 18'500 an. Hätten Sie nächste Woche 30 Minuten? Ich zeige Ihnen, wo erfahrungsgemäss die Lücken liegen.", (2, 6)))
P("bait_and_switch_invitation", "fr", "Jean-Daniel Pittet", "Regulatory Affairs | Life Sciences", "Fribourg",
  ("inv", "Bonjour Alex, petite question entre collègues RA : pour une variation de type II avec nouveau site de fabrication, Swissmedic "
          "vous a-t-il demandé de la stabilité en temps réel ou les données accélérées ont-elles suffi ? Merci d'avance !"),
  ("msg", "Merci pour l'ajout ! Au passage, je travaille désormais chez Regulis, une plateforme qui suit vos variations et vos engagements "
          "dans 40 pays. Une démo de 20 minutes ? Les équipes RA gagnent en moyenne 30 % de temps sur le suivi."),
  ("msg", "Bonjour Alex, je me permets de relancer pour la démo Regulis. Jeudi 14h ou vendredi 10h, ça vous irait ?", (5, 15)))
P("bait_and_switch_invitation", "de", "Simone Keller", "Community Lead | Swiss Regulatory Network", "Zürich",
  ("inv", "Hi Alex, a few of us started a Swiss RA community – Slack plus quarterly meetups in Basel and Zurich – to swap notes on "
          "Swissmedic practice. Free and peer-run. Would love to have you in!"),
  ("msg", "Welcome aboard, Alex! Heads-up: we're launching Network Pro (CHF 1,200/yr per seat) with expert office hours, dossier templates "
          "and a Swissmedic deadline tracker. Teams of 5+ get 20% off – shall I put together a quote for your department?", (15, 30)), nl="en")
P("bait_and_switch_invitation", "en", "Ravi Kumar", "Senior Manager, Regulatory Operations | Pharmexa Solutions", "Hyderabad",
  ("inv", "Hello Alex, I am researching how mid-size pharma companies prepare their product data for IDMP and SPOR, for a white paper. "
          "Could I ask your views in a short exchange? I will share the final paper with you."),
  ("msg", "Thank you for connecting Alex. During our research we saw that many companies outsource IDMP data remediation. Our Hyderabad "
          "team does exactly this for three top-20 pharma. Can we schedule 30 minutes to discuss a pilot for Rhenova?"),
  ("msg", "Dear Alex, gentle reminder regarding the pilot. We can also take over your eCTD publishing on an FTE basis at very competitive "
          "rates. Kindly share a convenient slot.", (6, 14)))
E("cur", "Daniel Forsythe", "Lukas Ammann", "Jean-Daniel Pittet", "Simone Keller", "Ravi Kumar")


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "de", "Beat Zürcher", "Partner | Zürcher & Frey Regulatory Intelligence", "Zürich",
  ("inm", "Kurzumfrage: Swissmedic-Fristen in der Praxis",
   "Guten Tag Alex, wir erheben anonym, wie lange Swissmedic-Verfahren in der Praxis tatsächlich dauern (ordentliches Verfahren, Art. 13 HMG, "
   "beschleunigtes Verfahren). Alle Teilnehmenden erhalten die Auswertung kostenlos. Hätten Sie 10 Minuten für den Fragebogen? "
   "Freundliche Grüsse, Beat Zürcher"),
  ("inm", "Ihre Teilnahme – und ein Angebot",
   "Herzlichen Dank fürs Mitmachen! Die Kurzauswertung folgt Ende Monat. Die vollständige Benchmark-Studie mit Aufschlüsselung nach "
   "Indikation kostet CHF 4'800, für Teilnehmende CHF 3'900. Neu bieten wir dazu ein Fristen-Monitoring im Abo an. Darf ich Ihnen eine Offerte zustellen?", (10, 25)))
P("bait_and_switch_inmail", "en", "Meredith Vance", "Programme Director | Global Pharma Regulatory Summit", "Amsterdam",
  ("inm", "Speaking invitation – Global Pharma Regulatory Summit",
   "Dear Alex, on behalf of the programme committee I'd like to invite you to speak on our panel 'Reliance pathways: lessons from "
   "Switzerland' at the Global Pharma Regulatory Summit in Amsterdam, 18–19 November. Your work on Project Orbis filings was mentioned "
   "by two committee members. Would you be available?"),
  ("inm", "Your panel – next steps",
   "Wonderful, thank you Alex! To confirm your panel seat, speakers take our Speaker Package (EUR 2,950), which covers full-event access, "
   "a featured profile in the agenda and two networking dinners. I've attached the invoice; payment within 10 days secures the slot."))
P("bait_and_switch_inmail", "fr", "Nathalie Mottier", "Consultante | Accès au marché & remboursement", "Genève",
  ("inm", "Trois questions sur la liste des spécialités",
   "Bonjour Alex, je termine un travail de MAS en économie de la santé sur les délais d'admission dans la liste des spécialités de l'OFSP. "
   "Accepteriez-vous de répondre à trois questions par écrit ? Vos réponses resteraient anonymes. Un grand merci d'avance !"),
  ("inm", "Suite à vos réponses",
   "Merci infiniment pour vos réponses, très éclairantes ! Je lance en parallèle mon activité de conseil en accès au marché : dossiers "
   "OFSP, négociation de prix, modèles de remboursement. Forfait de démarrage à CHF 9'000. On pourrait se voir pour un dîner à Bâle et en parler ?", (6, 18)))
E("cur", "Beat Zürcher", "Meredith Vance", "Nathalie Mottier")


# =============================================================== endorse_me_back
P("endorse_me_back", "de", "Tom Hedley", "Regulatory Affairs Consultant | CMC | Freelance", "Cambridge",
  ("end",), ("end",),
  ("msg", "Hey Alex, hope all's well in Basel! Endorsed you for {skill} (and one more) – could you do the same for me on CMC Regulatory "
          "Affairs and Module 3 authoring? I'm pitching for a couple of contracts and it genuinely helps. Cheers, Tom"), nl="en")
P("endorse_me_back", "de", "Luzia Brändli", "GMP-Trainerin | Fachtechnisch verantwortliche Person", "St. Gallen",
  ("end",),
  ("msg", "Hoi Alex, ich habe dich vorhin für {skill} bestätigt. Wärst du so lieb und bestätigst mir im Gegenzug «GMP» und «Schulungen»? "
          "Ich baue gerade mein Profil als selbständige Trainerin auf. Merci vielmal!"))
P("endorse_me_back", "fr", "Christophe Bovet", "Spécialiste validation | Pharma & biotech", "Monthey",
  ("end",), ("end",),
  ("msg", "Salut Alex ! Je t'ai validé {skill}, ça allait de soi 😊 Un petit retour sur « Validation des procédés » et « Qualification "
          "des équipements » serait top, je cherche une nouvelle mission. Merci d'avance !"))
E("cur", "Tom Hedley", "Luzia Brändli")
E("2016", "Christophe Bovet")


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Gary Whitlock", "CEO | RegDocs AI – AI-native regulatory writing", "Austin",
  ("inv", "Alex, RegDocs AI drafts Module 2 summaries in hours, not weeks. Two Basel pharmas are piloting it. Open to connect and compare notes?"),
  ("rem",),
  ("inm", "Disappointed",
   "Alex, I reached out in good faith. Twice. Ignoring a founder who is trying to fix the most painful part of your job says a lot about "
   "why regulatory is still stuck in the 90s. Enjoy your Word templates."))
P("hostility_after_decline", "de", "Urs Bachmann", "Inhaber | Bachmann Pharma-Logistik GmbH", "Pratteln",
  ("inv", DEFAULT),
  ("inm", "Nicht einmal eine Antwort",
   "Guten Tag, ich hatte Sie höflich zum Vernetzen eingeladen. Dass man in Basel inzwischen so abgehoben ist, nicht einmal auf eine "
   "Kontaktanfrage zu reagieren, ist schon bemerkenswert. Unhöflich, um es deutlich zu sagen. U. Bachmann"))
P("hostility_after_decline", "fr", "Laurence Jaquier", "Rédactrice médicale indépendante | CSR, brochures investigateur", "Vevey",
  ("inv", "Bonjour Alex, rédactrice médicale indépendante (CSR, brochures investigateur, résumés du module 2), je serais ravie d'échanger "
          "si vous cherchez du renfort pour vos dossiers."),
  ("rem",),
  ("inm", "Sans réponse",
   "Je constate que vous n'avez même pas pris la peine de répondre. Pour quelqu'un dont le métier consiste à communiquer avec les "
   "autorités, c'est assez ironique. Enfin, chacun son niveau de politesse."))
P("hostility_after_decline", "fr", "Ahmed Rashid", "Clinical Research Associate | Open to work", "Genève",
  ("inv", "Dear Sir, I would be grateful to connect. I am looking for a position in regulatory affairs in Switzerland and admire your career."),
  ("inm", "Why no answer?",
   "Sir, I sent you my request three weeks ago. You are head of a department and cannot answer one simple request? This is very arrogant. "
   "People like you forget that they were also beginners once."), nl="en")
E("cur", "Gary Whitlock", "Laurence Jaquier", "Ahmed Rashid")
E("2016", "Urs Bachmann")


# =============================================================== hostility_connection
P("hostility_connection", "de", "Patrick Imhof", "Key Account Manager | PharmaLabel Solutions", "Basel",
  ("msg", "Grüezi Alex, unsere Artwork-Management-Lösung reduziert die Korrekturschleifen bei Packmitteln und Packungsbeilagen um die Hälfte. "
          "Darf ich Ihnen in einer kurzen Demo zeigen, wie das bei einem Basler Generikahersteller läuft?"),
  ("msg", "Hallo Alex, ich komme nochmals auf die Demo zurück. Nächste Woche hätte ich Dienstag oder Donnerstag Zeit, gerne auch vor Ort."),
  ("msg", "Drei Nachrichten, keine Reaktion. Ehrlich gesagt finde ich das respektlos. Ein einfaches Nein gehört sich unter Profis, "
          "aber offenbar ist man dafür in Ihrer Position zu wichtig."))
P("hostility_connection", "en", "Natalie Brooks", "Senior Recruiter | PharmaForce Staffing", "Manchester",
  ("acc",),
  ("msg", "Thanks for connecting Alex! We place contract RA specialists (CMC, labelling, eCTD publishers) within two weeks, Swiss permits "
          "handled. Could I send you three profiles for your team?"),
  ("msg", "You added me, I've written twice, and not even a 'no thanks'. Honestly, this is exactly the arrogance that makes agencies hate "
          "working with big pharma. Noted."))
P("hostility_connection", "fr", "Yannick Berthoud", "Fondateur | ConformiTech – logiciel qualité pour PME", "Yverdon-les-Bains",
  ("msg", "Salut Alex, ConformiTech gère vos CAPA, déviations et change controls dans un seul outil, validé GAMP 5, à une fraction du "
          "prix des gros éditeurs. Je passe à Bâle la semaine prochaine, on se fait un café et je te montre ?"),
  ("msg", "Très bien, le message est clair. Dommage que des responsables comme toi snobent les PME suisses qui innovent. Je m'en "
          "souviendrai quand tu chercheras un fournisseur.", (6, 20)))
E("2016", "Patrick Imhof")
E("cur", "Natalie Brooks", "Yannick Berthoud")


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Priyanka Sharma", "Head of Sales Europe | PharmaPub Outsourcing", "Bangalore",
  ("msg", "Hi Alex, hope you're doing well. PharmaPub publishes and validates eCTD sequences for EMA, FDA and Swissmedic in 48 hours, "
          "24/7 team. Can I share our rate card?"),
  ("msg", "Hi Alex, just following up. We're running a Q4 offer: first five sequences at 30% off. Let me know a good time for a quick call."),
  ("msg", "Hello Alex, last note from my side – we've just added IDMP data services too. Happy to set up an intro with our delivery head whenever suits."))
P("connection_only_pitches", "de", "Roland Egli", "Vermögensberater | Finanzplanung für Kader in Life Sciences", "Basel",
  ("msg", "Grüezi Alex, viele Kaderleute in der Pharma verschenken Steuerpotenzial beim Einkauf in die Pensionskasse und bei der Säule 3a. "
          "Gerne zeige ich Ihnen in einer unverbindlichen Analyse, was bei Ihnen drinliegt."),
  ("msg", "Guten Tag Alex, ich melde mich nochmals wegen der Analyse. Gerade vor Jahresende lohnt sich ein Einkauf besonders. "
          "Passt Ihnen ein Termin am Donnerstagabend in der Steinenvorstadt?"))
P("connection_only_pitches", "fr", "Fabienne Perroud", "Business developer | Clinical Trial Supplies & Logistics", "Nyon",
  ("msg", "Bonjour Alex, nous gérons l'étiquetage, le conditionnement et la distribution de médicaments expérimentaux pour des études "
          "multicentriques, y compris la libération QP. Seriez-vous ouvert à un appel de présentation ?"),
  ("msg", "Bonjour Alex, je reviens vers vous : nous avons de la capacité dès septembre pour de nouvelles études de phase II. "
          "Je peux vous faire une offre sur la base de votre prochain protocole."))
P("connection_only_pitches", "en", "Kevin Duarte", "Partner Manager | LabelTrack RIM", "Boston",
  ("msg", "Alex – saw Rhenova's new indication approval, congrats! With more markets coming, LabelTrack keeps your CCDS, SmPCs and local "
          "labels in sync automatically. 15-minute demo next week?"),
  ("msg", "Hey Alex, bumping this up. We just signed two mid-size Swiss pharmas and I'd love to show you what they saw. Tues or Wed?"))
E("cur", "Priyanka Sharma", "Fabienne Perroud", "Kevin Duarte")
E("2016", "Roland Egli")


# =============================================================== single_pitch
P("single_pitch", "en", "Oliver Brandt", "Senior Consultant | Veeva Vault RIM implementations", "Frankfurt",
  ("msg", "Hi Alex, I noticed Rhenova is hiring a RIM business analyst, so I'm guessing a Vault RIM project is on the horizon. We've "
          "implemented it at eleven pharmas, fixed price, go-live in six months. Worth a conversation?"))
P("single_pitch", "de", "Sandra Hofer", "Business Development | Clinical Data Services", "Bern",
  ("msg", "Hallo Alex, wir übernehmen Datenmanagement und Biostatistik für Phase-II/III-Studien, CDISC-konform, inklusive Define.xml für "
          "die Einreichung. Hätten Sie Interesse an einer kurzen Vorstellung unseres Teams?"))
P("single_pitch", "fr", "Mathieu Rossier", "Conseiller | Assurances et prévoyance pour cadres", "Sion",
  ("msg", "Bonjour Alex, en tant que cadre dans la pharma, êtes-vous sûr que votre couverture perte de gain et votre 3e pilier sont "
          "optimisés ? Je vous propose un bilan gratuit de 30 minutes, à Bâle ou par visio."))
E("cur", "Oliver Brandt", "Sandra Hofer")
E("2016", "Mathieu Rossier")


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Dr. Katharine Moss", "Director, Regulatory Policy | Arbion Therapeutics", "Cambridge",
  ("msg", "Alex, the EMA consultation on the revised variations guideline closes on the 15th. A few of us in the association are pooling "
          "comments into one table; I've shared the link, it's open to anyone. Your point about grouping CMC changes would be worth adding."))
P("connection_brings_value", "de", "Andrea Vogel", "Regulatory Affairs Manager | Novacell AG", "Schlieren",
  ("end",),
  ("msg", "Hoi Alex, kurzer Hinweis: Swissmedic hat heute die überarbeitete Wegleitung zu Änderungen publiziert, und die Übergangsfrist "
          "ist kürzer als im Entwurf. Ich habe dir meine markierte Version angehängt, falls ihr beim Kombiprodukt betroffen seid. "
          "Bis bald am RA-Stamm!"))
P("connection_brings_value", "fr", "Isabelle Gaillard", "Professeure ordinaire | Pharmacie galénique, Université de Genève", "Genève",
  ("msg", "Cher Alex, nous organisons le 20 novembre un séminaire ouvert sur la caractérisation des produits combinés médicament-dispositif. "
          "Entrée libre, et vos collaborateurs sont les bienvenus. Je vous joins aussi notre article sur les essais de fonctionnalité des "
          "stylos injecteurs, qui pourrait vous servir pour le module 3."))
P("connection_brings_value", "en", "Sam Adeyemi", "Regulatory Operations Lead | Jurapharm AG", "Basel",
  ("msg", "Alex – sharing in case useful: I built a side-by-side of the eCTD 4.0 validation criteria against the 3.2.2 ones, with notes on "
          "what trips up Swissmedic's validator. Spreadsheet is on the team drive link below, no strings."),
  ("msg", "Also, if anyone on your team is looking: we're hiring a senior publisher in Basel, 80–100%, hybrid. Happy to pass on a CV directly to our hiring manager."))
P("connection_brings_value", "de", "Chiara Bernasconi", "Regulatory Affairs Specialist | Ticino", "Lugano",
  ("msg", "Ciao Alex, ti giro il link alle slide del workshop sulle traduzioni dei testi d'informazione: le hanno rese pubbliche ieri. "
          "Ci sono anche gli errori più frequenti nei foglietti illustrativi in italiano, utile per il vostro team labelling. Un saluto da Lugano!"), nl="it")
E("cur", "Dr. Katharine Moss", "Andrea Vogel", "Isabelle Gaillard", "Sam Adeyemi")
E("2016", "Chiara Bernasconi")


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Harriet Cole", "Principal, Life Sciences | Arden Executive Search", "London",
  ("inm", "Global Head of Regulatory Affairs – Zug (confidential)",
   "Dear Alex, I'm leading a retained search for a Global Head of Regulatory Affairs for a listed specialty pharma group headquartered in "
   "Zug. The role owns a team of 40 across EU, US and APAC, sits on the executive committee and covers two launches in 2026. Package is "
   "competitive for the Swiss market. Would you be open to a confidential conversation next week?"))
P("stranger_inmail_recruiter", "de", "Michael Senn", "Executive Search Pharma & Medtech | Senn Partners", "Luzern",
  ("inm", "Leitung Regulatory Affairs – Medtech, Zentralschweiz",
   "Guten Tag Alex, im Auftrag eines familiengeführten Medtech-Unternehmens in der Zentralschweiz suche ich eine Leitung Regulatory Affairs "
   "(Klasse-III-Implantate, MDR-Rezertifizierung, 12 Mitarbeitende, Mitglied der Geschäftsleitung). Ihr Profil mit Kombinationsprodukten "
   "passt auffallend gut. Hätten Sie Interesse an einem vertraulichen Gespräch? Freundliche Grüsse, Michael Senn"))
P("stranger_inmail_recruiter", "fr", "Aurélie Monnier", "Directrice des ressources humaines | Medilac SA", "Lausanne",
  ("inm", "Directeur·rice des affaires réglementaires – Lausanne",
   "Bonjour Alex, je recrute directement, pas via un cabinet : nous cherchons notre futur·e directeur·rice des affaires réglementaires, "
   "rattaché·e au CEO, pour accompagner le lancement de notre premier dispositif IVD sous IVDR. Poste à Lausanne, 2 jours de télétravail. "
   "Seriez-vous disponible pour un premier échange ?"))
P("stranger_inmail_recruiter", "en", "Dr. Jonas Weber", "VP Regulatory Affairs | Helvetia Biotherapeutics", "Basel",
  ("inm", "Hiring my deputy – Basel",
   "Hi Alex, hiring manager here, not an agency. I'm looking for a Deputy Head of Regulatory to take over our biologics portfolio "
   "(two BLAs and a Swissmedic fast-track in the next 18 months). I liked your panel at the RA-Stamm in March. Coffee in Basel, no strings?"))
E("cur", "Harriet Cole", "Michael Senn", "Aurélie Monnier", "Dr. Jonas Weber")


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Brandon Kyle", "Head of Partnerships | TalentRx Life Sciences Recruitment", "London",
  ("inm", "Growing the RA team?",
   "Hi Alex, are you planning to grow the RA team this year? TalentRx has a bench of pre-vetted CMC and labelling specialists ready "
   "for Basel, 18% fee with a 6-month guarantee. Happy to send a few blind CVs."),
  ("inm", "Re: Growing the RA team?",
   "Hi Alex, circling back – we just placed two RA managers at a Basel biotech in under 4 weeks. Can we book 15 minutes to talk about next year's headcount?"))
P("stranger_inmail_sales", "fr", "Fabian Roth", "Sales | SwissRep Services – mandataire suisse (CH-REP)", "Zürich",
  ("inm", "CH-REP für Ihre Medizinprodukte",
   "Grüezi Alex, seit dem Wegfall des MRA brauchen ausländische Hersteller einen Schweizer Bevollmächtigten. Wir übernehmen die CH-REP-"
   "Funktion ab CHF 2'400 pro Jahr und Produktfamilie. Gerne sende ich Ihnen eine Offerte für Ihre Drug-Device-Kombinationen."), nl="de")
P("stranger_inmail_sales", "fr", "Élise Dumont", "Account manager | Veillereg – plateforme de veille réglementaire", "Paris",
  ("inm", "Votre veille réglementaire",
   "Bonjour Alex, comment votre équipe suit-elle aujourd'hui les nouvelles lignes directrices EMA, FDA et Swissmedic ? Veillereg les "
   "résume chaque matin et les relie à vos produits. Essai gratuit de 14 jours puis abonnement annuel : je vous montre ça en 20 minutes ?"))
P("stranger_inmail_sales", "en", "Carla Mendes", "Regional Director | ClinTrial Translation Services", "Lisbon",
  ("inm", "ICFs in 30 languages",
   "Dear Alex, we translate informed consent forms, patient diaries and labels for clinical trials in 30+ languages with linguistic "
   "validation, ISO 17100. May I send you our price list for your upcoming Phase III?"),
  ("inm", "Following up – ICF translations",
   "Dear Alex, following up on my previous message. We currently offer 10% off for new sponsors. Could we arrange a short call?"))
E("cur", "Brandon Kyle", "Fabian Roth", "Élise Dumont", "Carla Mendes")


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Helen Marsh", "Regulatory Strategy Consultant | ex-MHRA assessor", "Reading",
  ("inv", "Alex, I'm pulling together a free, informal comparison of how MHRA, Swissmedic and TGA handle Access Consortium work-sharing. "
          "Would you share your experience? Everyone who contributes gets the write-up."),
  ("msg", "Here's the write-up as promised: 12 pages, your team's input is in section 3, anonymised. Feel free to circulate internally.", (20, 45)),
  ("msg", "Alex, now that you've seen the write-up: I'm offering Access Consortium submission support as a package, gap analysis through "
          "to Day 120 responses, CHF 25k per product. Could we get 30 minutes with your portfolio lead?", (10, 30)))
P("good_turns_ugly", "de", "Sabrina Kälin", "Regulatory Affairs Manager | Generika", "Luzern",
  ("inv", "Hallo Alex, wir sind ein kleines Generika-Team und kämpfen mit der neuen Vorlage für die Arzneimittelinformation. Wie haben Sie "
          "die Umstellung der Fachinformationen organisiert? Ich teile gerne unsere Checkliste dafür."),
  ("msg", "Danke für den Austausch gestern! Wie versprochen hier unsere Checkliste für die Fachinformationen, inkl. der Punkte, die "
          "Swissmedic bei uns beanstandet hat. Verwenden Sie sie gerne."),
  ("end",),
  ("msg", "Hallo Alex, ich habe Sie für {skill} bestätigt. Könnten Sie mir im Gegenzug «Arzneimittelzulassung» und «Lifecycle Management» "
          "bestätigen? Ich bewerbe mich auf eine Teamleitung und jede Bestätigung hilft."))
P("good_turns_ugly", "fr", "Antoine Delacrétaz", "Formateur BPF/BPD | Académie Léman", "Morges",
  ("inv", "Bonjour Alex, je donne un webinaire gratuit le 9 octobre sur la révision de l'annexe 1 (stratégie de contrôle de la contamination), "
          "questions-réponses avec un ancien inspecteur. Je serais ravi de vous compter parmi les participants."),
  ("msg", "Merci d'avoir participé ! Voici l'enregistrement et les slides, libres de diffusion dans votre équipe.", (10, 30)),
  ("msg", "Bonjour Alex, suite au webinaire, je vous propose notre formation certifiante « Annexe 1 en pratique » : 3 jours, CHF 2'450 "
          "par personne, dégressif dès 4 participants. On bloque des places pour votre équipe qualité ?", (7, 25)))
E("cur", "Helen Marsh", "Sabrina Kälin", "Antoine Delacrétaz")


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Ethan Pryce", "Sales Director | DocuReg Publishing", "Cambridge",
  ("inm", "Publishing bottlenecks?",
   "Hi Alex, quick one: is your team still publishing sequences in-house? DocuReg takes it off your plate for a fixed monthly fee, "
   "EMA, FDA and Swissmedic. Open to a 15-minute intro?"),
  ("inv", "Alex, great to hear your talk at DIA Europe – the bit about reliance routes was spot on. Would love to stay in touch."))
P("reinvite_known_bad", "de", "Daniela Stucki", "Regulatory Affairs Consultant", "Aarau",
  ("inv", DEFAULT),
  ("inv", "Hallo Alex, wir haben uns am RA-Stamm in Basel kurz über die neuen Gebühren unterhalten. Vernetzen wir uns?"))
P("reinvite_known_bad", "fr", "Thierry Monod", "Directeur | Monod Regulatory Services Sàrl", "Nyon",
  ("inv", "Bonjour Alex, mon cabinet prend en charge vos dossiers de variations et vos renouvellements auprès de Swissmedic, forfaits "
          "transparents. Je vous présente nos tarifs en 15 minutes ?"),
  ("inv", "Bonjour Alex, suite à votre intervention au congrès de la SSPh, je serais heureux de faire partie de votre réseau."))
E("cur", "Ethan Pryce", "Thierry Monod")
E("2016", "Daniela Stucki")


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Craig Dunmore", "Managing Director | Dunmore Clinical Staffing", "Leeds",
  ("inv", "Alex, we supply contract CRAs and regulatory associates across Switzerland at short notice. Let's connect."),
  ("inm", "Manners",
   "Alex, ignoring people is a choice. I offered your team genuine help and got nothing back. Hope your 'busy schedule' is worth the "
   "reputation. I'll remember it."),
  ("inv", "New year, clean slate? Would be good to connect properly this time, Alex."))
P("reinvite_known_ugly", "de", "Sven Reinholz", "Dr. sc. nat. | Geschäftsführer, Reinholz Compliance Partner", "Konstanz",
  ("inm", "Kostenloser Leitfaden: Inspektionen nach neuem Annex 1",
   "Guten Tag Alex, wir haben einen kostenlosen Leitfaden zur Inspektionsvorbereitung nach dem neuen Annex 1 verfasst, 30 Seiten, ohne "
   "Werbung. Darf ich Ihnen das PDF zusenden?"),
  ("inm", "Ihr Leitfaden – und ein Vorschlag",
   "Schön, dass Sie den Leitfaden angefordert haben! Passend dazu bieten wir eine Mock-Inspektion durch ehemalige Inspektoren an: 2 Tage "
   "vor Ort, CHF 14'000 plus Spesen. Wann passt Ihnen ein Telefonat?"),
  ("inv", "Hallo Alex, wir hatten ja schon Kontakt wegen Annex 1. Ich würde mich freuen, wenn wir uns hier vernetzen."))
E("cur", "Craig Dunmore", "Sven Reinholz")


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Lauren Fisk", "Senior Director | Halcyon Regulatory Partners", "Philadelphia",
  ("acc",),
  ("msg", "Thanks for the add, Alex – good meeting you at the RAPS Euro Convergence dinner! Since you mentioned the US filing next year: "
          "we run FDA pre-IND and Type B meeting packages end to end. Want me to send our engagement models?"))
P("user_invited_pitch_once", "de", "Thomas Gerber", "Business Development | CRO Schweiz", "Bern",
  ("acc",),
  ("msg", "Danke für die Vernetzung, Alex! Falls bei Ihnen eine Phase-I-Studie in der Schweiz ansteht: Wir übernehmen Einreichung bei "
          "Swissmedic und Ethikkommission über BASEC in unter drei Wochen. Darf ich Ihnen unsere Offerte schicken?"))
P("user_invited_pitch_once", "fr", "Mélanie Python", "Chargée d'affaires | LifeSci Recrutement", "Fribourg",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Je me permets : nous plaçons des profils affaires réglementaires en régie ou en fixe, avec "
          "une garantie de remplacement de trois mois. Avez-vous des besoins pour la rentrée ?"))
E("cur", "Lauren Fisk", "Thomas Gerber")
E("2016", "Mélanie Python")


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Nikhil Rao", "Solutions Consultant | SubmitCore", "London",
  ("acc",),
  ("msg", "Hi Alex, thanks for connecting after the eCTD 4.0 session! As promised, here's the gist: SubmitCore migrates your 3.2.2 "
          "lifecycle to 4.0 in one go. Could we book a demo with your publishing team?"),
  ("msg", "Alex, following up on the demo – our migration bundle is 15% off if signed this quarter. Does Thursday work?"))
P("user_invited_pitch_twice", "de", "Adrian Frei", "Berater | Pharma-Compliance & Inspektionsvorbereitung", "Olten",
  ("acc",),
  ("msg", "Guten Tag Alex, danke für die Anfrage. Ich begleite Betriebe bei der Vorbereitung auf Swissmedic-Inspektionen, vom Audit "
          "bis zur CAPA-Umsetzung. Soll ich Ihnen mein Angebot zusenden?"),
  ("msg", "Hallo Alex, ich erlaube mir nachzufassen: Für Inspektionen im Frühling habe ich noch Kapazität. Darf ich Ihnen eine Offerte machen?"))
P("user_invited_pitch_twice", "fr", "Caroline Junod", "Directrice | Junod Medical Writing – rédaction externalisée", "Lausanne",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Notre équipe de 12 rédacteurs prend en charge CSR, résumés du module 2 et PSUR, en anglais "
          "et en français. Puis-je vous envoyer nos tarifs journaliers ?"),
  ("msg", "Bonjour Alex, je relance car nous avons deux rédacteurs seniors disponibles dès le mois prochain. On s'appelle sur votre natel cette semaine ?"))
E("cur", "Nikhil Rao", "Caroline Junod")
E("2016", "Adrian Frei")


# =============================================================== user_invited_value
P("user_invited_value", "de", "Elena Marchetti", "Professor of Regulatory Science | ETH Zürich", "Zürich",
  ("acc",),
  ("msg", "Thanks for the invitation, Alex. As promised at the symposium, here is our preprint on real-world evidence in Swissmedic "
          "decisions, with the full dataset. And our MAS students would love a guest session from you in spring, if you're up for it."), nl="en")
P("user_invited_value", "de", "Simon Lüthi", "Head Regulatory Affairs | Arbeitsgruppe Zulassung, Branchenverband", "Bern",
  ("acc",),
  ("msg", "Danke für die Anfrage, Alex! Wie besprochen hier der Entwurf unserer Verbandsstellungnahme zur Revision der "
          "Arzneimittel-Zulassungsverordnung. Ihre Erfahrungen mit Kombinationsprodukten wären für Kapitel 4 wertvoll. Rückmeldungen bis Ende Monat reichen."))
P("user_invited_value", "fr", "Delphine Cattin", "Ancienne inspectrice BPF | Mentore bénévole", "Delémont",
  ("acc",),
  ("msg", "Merci pour l'invitation ! Comme promis lors de la table ronde, voici ma liste des vingt constats d'inspection les plus "
          "fréquents de ces dernières années, avec des exemples de réponses acceptées. Libre à vous de la partager avec votre équipe qualité."))
E("cur", "Elena Marchetti", "Simon Lüthi", "Delphine Cattin")


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Regula Hasler", "Leiterin Qualitätssicherung | Jurapharm AG", "Liestal", ("acc",))
P("acceptance_only", "fr", "Pascal Vuilleumier", "Pharmacien responsable | Laboratoires Alpinor SA", "Lausanne", ("acc",))
P("lone_endorsement", "en", "Aisha Bello", "Regulatory Affairs Associate | former intern at Rhenova", "Basel", ("end",))
P("lone_endorsement", "de", "Fritz Zaugg", "Pharmazeut | Spitalapotheke", "Thun", ("end",))
E("cur", "Regula Hasler", "Aisha Bello")
E("2016", "Pascal Vuilleumier", "Fritz Zaugg")


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Rebecca Sutton", "rebecca.sutton@haldensearch.example", "VP Regulatory Affairs – Basel (confidential)",
     "Hi Alex,\n\nI've sent you a LinkedIn invitation as well, but in case it gets buried: the role I mentioned is still open and the CEO "
     "would meet you informally in Basel.\n\nBest,\nRebecca", "en"),
    ("Priska Meier", "priska.meier@rhenova.example", "Kandidatin Publishing – LinkedIn-Profil",
     "Hoi Alex\n\nhier das LinkedIn-Profil der Kandidatin für die Publishing-Stelle: https://www.linkedin.com/in/ladina-kuster-ra\n"
     "Sie hat eCTD-4.0-Erfahrung aus dem Pilot. Können wir morgen kurz darüber reden?\n\nGruss\nPriska", "de"),
    ("RA-Stamm Basel", "info@ra-stamm.example", "Einladung: RA-Stamm im Juni – Apéro und Referat",
     "Liebe Mitglieder\n\nunser nächster Stamm findet am 19. Juni statt. Thema: Erfahrungen mit dem neuen Gebührenmodell. "
     "Fotos vom letzten Anlass finden Sie in unserer LinkedIn-Gruppe.", "de"),
    ("IT Security Rhenova", "security@rhenova.example", "Warnung: gefälschte LinkedIn-Einladungen im Umlauf",
     "Liebe Kolleginnen und Kollegen\n\nzurzeit kursieren gefälschte LinkedIn-Einladungen mit Links auf Anmeldeseiten. "
     "Bitte melden Sie sich nie über Links in solchen Mails an und leiten Sie verdächtige Nachrichten an security@rhenova.example weiter.", "de"),
    ("EuroReg Congress", "news@euroreg-congress.example", "Your session is live – share it on LinkedIn",
     "Dear speaker,\n\nthe programme is online. Use the attached visual to announce your session on LinkedIn and tag us.\n\nEuroReg Congress team", "en"),
    ("Workday Learning", "noreply@workday.example", "Assigned course: GMP Refresher on LinkedIn Learning",
     "Your manager assigned you the course 'GMP Refresher 2025' on LinkedIn Learning. Due date: 30 September.", "en"),
    ("Jake Marlow", "jake.marlow@submitcore.example", "Tried you on LinkedIn – eCTD 4.0",
     "Hi Alex,\n\nI tried to connect on LinkedIn but I know inboxes are busy. Would you have 20 minutes for a SubmitCore demo before your "
     "licence renewal?\n\nJake", "en"),
    ("Groupement romand RA", "secretariat@grra.example", "Journée romande : programme et inscription",
     "Bonjour,\n\nle programme de la Journée romande des affaires réglementaires est en ligne. Suivez-nous sur LinkedIn pour les "
     "dernières annonces. Entrée libre pour les membres de l'industrie.", "fr"),
    ("Corporate Communications", "comms@rhenova.example", "Bitte Freigabe: LinkedIn-Post zur Zulassung",
     "Hallo Alex\n\nanbei der Entwurf für den LinkedIn-Post zur Swissmedic-Zulassung. Bitte prüfe die regulatorischen Formulierungen "
     "(keine Werbung für Fachpersonen) bis Donnerstag.\n\nDanke!\nJasmin", "de"),
    ("Valérie Rochat", "v.rochat@alpinor.example", "Re: prise de position produits combinés",
     "Bonjour Alex,\n\nje vous ai aussi écrit sur LinkedIn, mais voici directement le projet en version Word, plus pratique pour les "
     "commentaires en mode révision.\n\nÀ tout bientôt,\nValérie", "fr"),
]


# ------------------------------------------------------------------------- sanity checks on the notes
def _check() -> None:
    names = [p[2] for p in PEOPLE]
    assert len(names) == len(set(names)), "duplicate person"
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        assert name in ERAS, f"no era for {name}"
        for s in steps:
            if s[0] == "inv" and s[1] not in (DEFAULT, NONOTE):
                assert len(s[1]) <= 300, f"invitation note over 300 characters: {name} ({len(s[1])})"


_check()

HEADER = [f"# mailbot sixty-seventh development corpus (dev67). Generated by scripts/make_corpus_dev67.py (seed {SEED}); do not edit by hand.",
          "# Alex as head of regulatory affairs at a Basel pharma company: CROs, regulatory consultants, medical writers, training academies, "
          "submission software, life-sciences headhunters, association peers, academics; English, Swiss German and Swiss French. "
          "Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev67", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER, eras=ERAS)
