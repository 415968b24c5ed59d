#!/usr/bin/env python3
"""Write mailbot's dev157 corpus: tests/corpus/dev157/*.eml + expected.toml.

The angle: an ordinary two months (September and October 2023) in the LinkedIn inbox of Alex
Morgan, head of sustainability at Korthals Retail Group, a homeware and clothing chain with its
head office in Amsterdam. It is the autumn after the ESRS were adopted, with the first CSRD
reports a year away, the Dutch consumer authority looking hard at "climate neutral" claims and
the German supply-chain act in its first year. So the inbox holds carbon-offset brokers and
ESG-software sellers, rating consultancies that "already scored" the company, paid "green award"
schemes, social-audit firms selling to the supplier programme, NGOs and researchers, journalists
asking for comment, recruiters with real sustainability roles, peers at other retailers who swap
materiality matrices and supplier questionnaires, and activists who turn rude when they are
ignored. The writers are Dutch and German speakers writing English, Germans and Austrians in
German, French, and a few Spanish and Italian writers; LinkedIn's own wording is mostly English,
some German and French, and a little Spanish and Italian.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The dates (all mail falls between 1 September and 31 October 2023),
the story gaps, the footer year of the older layout, the endorsement skills, the recipient's
headline, the job-alert and digest titles, the headlines of spoof-only names and PYMK
suggestions, the order of the spoofing methods and the lines that spoofs carry are swapped in
this process only (make_corpus.py itself is not changed). Every note was written from
shared/taxonomy.md alone, without reading mailbot's signals, judge or wording, or the notes of
the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev157.py              # writes tests/corpus/dev157
    python scripts/make_corpus_dev157.py --out DIR    # somewhere else
"""
from __future__ import annotations

import argparse
import sys
import types
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20230915

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the two months (this process only)
WIN_LO = datetime(2023, 9, 1, 6, 30, tzinfo=timezone.utc)
WIN_HI = datetime(2023, 10, 31, 19, 0, tzinfo=timezone.utc)

# gaps between the steps of one story, in days; a step may still name its own gap
cs.GAPS.update({"rem": (5, 11), "acc": (0, 0), "end": (1, 8), "msg": (2, 11), "inm": (3, 11), "inv": (22, 34)})
# a stranger's InMail that brings something of value (a journalist, a researcher): good, nothing to do
cs.OUTCOME["stranger_inmail_value"] = ("good", "none")


def _window(steps) -> tuple[datetime, datetime]:
    """The start dates from which a story's last mail still lands inside the two months."""
    span = timedelta(0)
    for step in steps[1:]:
        gap = step[-1] if isinstance(step[-1], tuple) else cs.GAPS[step[0]]
        span += timedelta(days=gap[1], seconds=40000)
    hi = WIN_HI - span
    if hi <= WIN_LO:
        hi = WIN_LO + timedelta(hours=6)
    return WIN_LO, hi


# ------------------------------------------------------------------ a retailer's head of sustainability (this process only)
RHEADLINE = {
    "en": "Head of Sustainability at Korthals Retail Group",
    "de": "Head of Sustainability bei Korthals Retail Group",
    "fr": "Head of Sustainability chez Korthals Retail Group",
    "es": "Head of Sustainability en Korthals Retail Group",
    "it": "Head of Sustainability presso Korthals Retail Group",
}
SKILLS = {
    "en": ["Sustainability Reporting", "CSRD", "Carbon Accounting", "Supply Chain Sustainability", "Stakeholder Engagement", "Circular Economy"],
    "de": ["Nachhaltigkeitsberichterstattung", "CSRD", "Klimastrategie", "Lieferkettenmanagement", "Kreislaufwirtschaft"],
    "fr": ["Reporting extra-financier", "RSE", "Bilan carbone", "Achats responsables", "Économie circulaire"],
    "es": ["Sostenibilidad", "Informes ESG", "Huella de carbono", "Economía circular", "Compras responsables"],
    "it": ["Sostenibilità", "Rendicontazione ESG", "Carbon accounting", "Economia circolare", "Filiera sostenibile"],
}
for _l in mc.L:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE[_l]

# spoofs and LinkedIn's other mail: mostly English wording, some German and French
mc.LANGS[:] = ["en", "de", "en", "fr", "en"]
mc.CITY["en"] = ["Amsterdam", "Utrecht", "Rotterdam", "Den Haag", "Eindhoven", "London"]
mc.CITY["de"] = ["Düsseldorf", "Köln", "Hamburg", "München", "Essen", "Wien"]
mc.JOBS[:] = [("Head of Sustainability", "Albers Warenhuis"), ("ESG Reporting Lead", "Verdant Foods Benelux"),
              ("Leitung Nachhaltigkeit (m/w/d)", "Hanse Drogerie Gruppe"), ("Directeur RSE (H/F)", "Maison Lavergne"),
              ("Sustainability Manager Supply Chain", "Norrland Home"), ("Climate Strategy Lead", "Delta Supermarkten")]
mc.COMPANIES["good"] = ["Albers Warenhuis", "Norrland Home", "Delta Supermarkten", "Hanse Drogerie Gruppe", "Maison Lavergne", "Circle Lab Utrecht",
                        "Vrije Universiteit Amsterdam", "Fair Thread Foundation"]
mc.COMPANIES["sales"] = ["CarbonClear", "ESGmatic", "Greenmark Awards", "AuditAsia Services", "TerraOffset", "RateUp ESG", "LoopPack", "SolarLease Benelux"]
mc.HEADLINES["good"] = ["Sustainability Manager at {co}", "Head of ESG Reporting | {co}", "Researcher, sustainable retail | {co}",
                        "Programme lead circular textiles at {co}", "CSR Director at {co}", "Supply chain due diligence lead | {co}"]
mc.HEADLINES["sales"] = ["Account Executive at {co}", "Helping retailers go net zero | {co}", "Business Development Manager @ {co}",
                         "Founder & CEO at {co}", "Partnerships Lead | {co}", "Sales Director Benelux at {co}"]
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "dkimfail", "display:outlook.com", "lookalike:xn--lnkedin-rfb.com", "nodkim",
                       "untrusted:mx.google.com", "buried", "lookalike:linkedin.com.secure-notify.example", "wrongpass", "noauth"]
SPOOF_LINES = {
    "en": ["Hi {first}, the verification report for your 2023 CDP response has been shared with you. Sign in within 48 hours to download it.",
           "Dear {first}, a supplier has uploaded corrective action evidence for your review. Please log in through the secure link to approve."],
    "de": ["Hallo {first}, der Prüfbericht zu Ihrer Nachhaltigkeitserklärung wurde für Sie freigegeben. Bitte melden Sie sich an, um ihn herunterzuladen.",
           "Guten Tag {first}, ein Lieferant hat Nachweise zum Maßnahmenplan hochgeladen. Bitte bestätigen Sie über den sicheren Link."],
    "fr": ["Bonjour {first}, le rapport de vérification de votre bilan carbone vous a été partagé. Connectez-vous sous 48 heures pour le télécharger.",
           "Bonjour {first}, un fournisseur a déposé ses preuves d'actions correctives. Merci de vous connecter via le lien sécurisé."],
    "es": ["Hola {first}, te han compartido el informe de verificación de tu huella de carbono. Inicia sesión en 48 horas para descargarlo.",
           "Hola {first}, un proveedor ha subido documentación de su plan de acción. Confírmala desde el enlace seguro."],
    "it": ["Ciao {first}, ti è stato condiviso il rapporto di verifica della tua impronta di carbonio. Accedi entro 48 ore per scaricarlo.",
           "Gentile {first}, un fornitore ha caricato le evidenze del piano correttivo. Acceda tramite il link sicuro per approvarle."],
}
for _l, _n in SPOOF_LINES.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

retitle_other({
    "en": {"job": ("{n} new jobs for \"head of sustainability\"", "Your job alert for head of sustainability in {city}"),
           "news": "Retailers brace for the first CSRD reports", "group": "Top conversations in Sustainable Retail Professionals Europe",
           "newsletter": "Scope 3 Notes: why supplier data still beats spend estimates"},
    "de": {"job": ("{n} neue Jobs für „Leitung Nachhaltigkeit“", "Ihr Jobalarm für Leitung Nachhaltigkeit in {city}"),
           "news": "Lieferkettengesetz: Was das erste Jahr gezeigt hat", "group": "Top-Unterhaltungen in Nachhaltigkeit im Handel DACH",
           "newsletter": "Klimabilanz kompakt: Was die ESRS E1 wirklich verlangt"},
    "fr": {"job": ("{n} nouvelles offres pour « directeur RSE »", "Votre alerte emploi pour directeur RSE à {city}"),
           "news": "Allégations « neutre en carbone » : la fin d'une époque ?", "group": "Discussions à la une dans Responsables RSE du commerce",
           "newsletter": "La lettre de la double matérialité"},
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "en", "Femke de Graaf", "Sustainability Lead | Delta Supermarkten", "Zaandam",
  ("inv", "Hi Alex, Femke here, I run sustainability at Delta (food retail, so your neighbours-ish). We're halfway our double materiality "
          "assessment and I'd love to compare how you scoped the value chain. Happy to share our IRO long list in return!"),
  ("rem",))
P("good_invitation", "de", "Dr. Katrin Vollmer", "Wissenschaftliche Mitarbeiterin | Institut für Handelsforschung, Universität zu Köln", "Köln",
  ("inv", "Guten Tag, wir untersuchen, wie Händler Scope-3-Daten bei Lieferanten erheben. Ein Interview (45 Min.) mit Ihnen würde uns sehr helfen; "
          "alle Teilnehmenden bekommen den Ergebnisbericht vorab und kostenfrei. Beste Grüße, Katrin Vollmer"))
P("good_invitation", "fr", "Claire Mercier-Bach", "Chargée de plaidoyer | Fair Thread Foundation", "Bruxelles",
  ("inv", "Bonjour Alex, le 12 octobre nous tenons à Bruxelles (et en visio) un atelier gratuit sur la traçabilité du coton, avec deux enseignes "
          "et un auditeur indépendant. Le regard d'un distributeur néerlandais nous manque. Au plaisir, Claire"),
  ("rem",))
P("good_invitation", "en", "Joost van Rijn", "Programme manager circular economy | Gemeente Amsterdam", "Amsterdam",
  ("inv", "Hoi Alex! I coordinate the retail table of the city's circular programme. Next session is 28 Sept at Marineterrein, on take-back "
          "of textiles. Free, with koffie and a good crowd. Would be great to have Korthals there. Groet, Joost"))
P("good_invitation", "en", "Chiara Lanfranchi", "Partner | Lanfranchi Executive Search – Retail & Consumer", "Milano",
  ("inv", "Buongiorno Alex, sto seguendo in esclusiva la ricerca di un Chief Sustainability Officer per un gruppo retail dell'arredamento "
          "(sede Milano, ruolo nel comitato esecutivo). Il suo profilo è molto in linea. Posso mandarle la job description?"),
  nl="it")
P("good_invitation", "es", "Lucía Ferrer Soler", "Periodista de economía | Diario Mercantil", "Barcelona",
  ("inv", "Hola Alex, preparo un reportaje sobre cómo se preparan las cadenas europeas para la CSRD y me interesa mucho el caso de Korthals. "
          "¿Tendrías 20 minutos esta semana? Puede ser on o off the record, como prefieras."),
  ("rem",))
P("good_invitation", "en", "Henrik Albers", "ESG Reporting Manager at Hanse Drogerie Gruppe", "Hamburg",
  ("inv", "Hello Alex, a question from one retail ESG person to another: how do you treat franchise stores in your Scope 1+2 boundary under "
          "ESRS E1? We discuss this internally since weeks. Gladly I send you our methodology note in return."))


# =============================================================== default_invitation
P("default_invitation", "en", "Bram Koster", "Account Manager Energie | Zakelijke markt", "Utrecht", ("inv", DEFAULT), ("rem",))
P("default_invitation", "de", "Sandra Pohl", "Nachhaltigkeitsberaterin | CSRD | ESG", "Essen", ("inv", NONOTE))
P("default_invitation", "en", "Ruud Vermeulen", "Founder at LoopPack | Reusable packaging for e-commerce", "Eindhoven", ("inv", NONOTE))
P("default_invitation", "fr", "Thierry Vasseur", "Consultant RSE indépendant", "Lille", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Maarten Bosch", "Partner Sales | CarbonClear – high quality carbon removals", "Amsterdam",
  ("inv", "Hi Alex, with the ACM looking hard at 'CO2-neutraal' claims, more retailers come to us for removals instead of cheap avoidance "
          "credits. Our biochar portfolio starts at €38/t. Shall I send you the portfolio sheet and prices?"))
P("sales_invitation", "de", "Florian Weidinger", "Sales Director DACH | ESGmatic", "München",
  ("inv", "Hallo Alex, CSRD-Reporting noch in Excel? ESGmatic bildet alle ESRS-Datenpunkte ab, mit Audit-Trail für die Prüfung – drei "
          "niederländische Händler sind schon live. Hätten Sie nächste Woche 20 Minuten für eine Demo?"),
  ("rem",))
P("sales_invitation", "en", "Olivia Hartmann-Reed", "Awards Director | European Sustainable Retail Awards", "London",
  ("inv", "Congratulations Alex – Korthals has been longlisted for Sustainable Retailer of the Year 2023! To secure your place in the final "
          "round the assessment fee is €2,450 (early bird until 15/9). Can I send over the entry pack?"))
P("sales_invitation", "fr", "Guillaume Roux", "Directeur commercial | AuditAsia Services", "Lyon",
  ("inv", "Bonjour Alex, nos auditeurs couvrent 40 pays (Bangladesh, Turquie, Vietnam…) pour les audits sociaux et environnementaux de vos "
          "fournisseurs, 20 % moins cher qu'un SMETA classique. Je vous prépare une offre pour votre panel 2024 ?"))
P("sales_invitation", "en", "Priya Raghunathan", "Senior Consultant | RateUp ESG – rating improvement for retail", "London",
  ("inv", "Hi Alex, saw that Korthals is on a Silver medal with EcoVadis. We take retailers to Gold in one cycle on a fixed fee, "
          "guaranteed or you don't pay. Open to a 15 min call to walk you through it?"),
  ("rem",))
P("sales_invitation", "es", "Javier Montero Ruiz", "Business Development | SolarSur Energía – PPAs corporativos", "Madrid",
  ("inv", "Hola Alex, ayudamos a cadenas de retail a firmar PPAs solares en España y Portugal y a cubrir el consumo de sus tiendas en "
          "Países Bajos con garantías de origen. ¿Te envío una propuesta indicativa de precio?"))
P("sales_invitation", "it", "Davide Colombo", "Key Account Manager | Biopack Italia – imballaggi compostabili", "Bergamo",
  ("inv", "Ciao Alex! Produciamo shopper e imballaggi compostabili certificati per il retail non alimentare, abbiamo già clienti in Olanda. "
          "Ti posso spedire dei campioni con un preventivo?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Sander Mulder", "Founder | Retail Climate Circle NL", "Amsterdam",
  ("inv", "Hi Alex, I'm starting a small circle of sustainability heads at Dutch retailers. Chatham House, a dinner every quarter, no vendors "
          "at the table. Would like to have you on board."),
  ("msg", "Great to have you in! One practical thing before the first dinner: the circle is hosted by my consultancy, and members get our "
          "reduction roadmap package at a member price of €14.500 instead of €19k. Shall I plan a kick-off with your team in October?", (3, 9)),
  ("msg", "Hi Alex, quick follow-up on the roadmap package, the member price holds until end of October. Who decides on budget at your side?", (6, 11)))
P("bait_and_switch_invitation", "de", "Tanja Brockmann", "Moderatorin | Netzwerk Sorgfaltspflichten im Handel", "Düsseldorf",
  ("inv", "Hallo Alex, ich moderiere einen kleinen Austauschkreis für Nachhaltigkeitsverantwortliche im Handel (DE/NL/AT) rund ums "
          "Lieferkettengesetz. Kein Verkauf, nur Erfahrungsaustausch unter Kolleg:innen. Magst du dazukommen?"),
  ("msg", "Schön, dass du dabei bist! Vorab kurz: Für die Runde haben wir eine LkSG-Risikoanalyse als Service entwickelt, die schon drei "
          "Mitglieder nutzen – pauschal 7.900 € für bis zu 500 Lieferanten. Soll ich dir ein Angebot schicken?", (4, 10)))
P("bait_and_switch_invitation", "en", "Rahul Menon", "Carbon Markets Advisor | Author, 'Scope 3 for Retail'", "Singapore",
  ("inv", "Hi Alex, I've written a free 30-page guide on Scope 3 hotspots for non-food retailers, category by category. Happy to send it "
          "over, no strings attached."),
  ("msg", "Here you go, the guide is in the link 👍 Most readers ask me next how to deal with the residual emissions. We source verified "
          "REDD+ credits at wholesale prices. Could I quote you for your 2023 residual?", (2, 6)),
  ("msg", "Hi Alex, just checking if you had a chance to think about the credits. Prices go up in Q4, so locking in now saves you about 20%.", (5, 10)))
P("bait_and_switch_invitation", "fr", "Sébastien Aubry", "Président | Club des directeurs RSE du commerce", "Paris",
  ("inv", "Bonjour Alex, je vous invite à rejoindre le Club des directeurs RSE du commerce : une soixantaine de pairs en France et au "
          "Benelux, un déjeuner par trimestre, des échanges francs. Ce serait un plaisir de vous compter parmi nous."),
  ("msg", "Merci d'avoir accepté ! Pour finaliser votre adhésion, la cotisation annuelle est de 3 200 € HT ; elle comprend une journée de "
          "conseil de notre cabinet sur votre bilan carbone. Je vous envoie le bulletin et la facture ?", (3, 10)))
P("bait_and_switch_invitation", "en", "Lars Hoffmeister", "Sustainability | Traceability | Deforestation-free supply chains", "Bremen",
  ("inv", "Hi Alex, quick question from a fellow sustainability manager: did you already start the EUDR due diligence for your wooden "
          "furniture range? We struggle a lot with geolocation data from the suppliers."),
  ("msg", "Thanks for accepting! To be honest, I changed to the vendor side in spring: our traceability platform solves exactly the "
          "geolocation problem for EUDR. Could I show it you in a 30 minutes demo next week?", (2, 8)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Rebecca Ashcombe", "Research Director | Meridian ESG Insights", "London",
  ("inm", "Korthals in our 2023 retail climate benchmark", "Hi Alex, we're finalising our independent benchmark of European retailers' "
          "climate disclosures and Korthals Retail Group is in it. Would you like a free copy of your scorecard before we publish? "
          "It might be useful for your board."),
  ("inm", "Re: your scorecard", "Hi Alex, glad to hear you're interested. The full scorecard with peer comparison and an improvement roadmap "
          "sits in our Insight subscription (€6,900 a year). If you sign before the report goes live I can take 20% off. Shall I send the order form?"))
P("bait_and_switch_inmail", "de", "Michael Brandauer", "Geschäftsführer | Greenmark Awards", "Wien",
  ("inm", "Nominierung: Nachhaltiger Händler Europa 2023", "Sehr geehrte Damen und Herren, liebe/r Alex Morgan, unsere Fachjury hat die "
          "Korthals Retail Group für den Preis „Nachhaltiger Händler Europa 2023“ nominiert. Herzlichen Glückwunsch! Dürfen wir Ihnen die "
          "Unterlagen zur Endrunde zusenden?"),
  ("inm", "Ihre Nominierung – nächste Schritte", "Vielen Dank für Ihre Rückmeldung. Für die Teilnahme an der Endrunde fällt eine "
          "Bearbeitungsgebühr von 3.450 € zzgl. MwSt. an. Darin enthalten sind die Nutzungsrechte am Siegel für Ihre Kommunikation und zwei "
          "Plätze bei der Gala in Wien. Bitte bestätigen Sie bis 20.10., dann reservieren wir Ihren Platz."))
P("bait_and_switch_inmail", "en", "Federico Bellandi", "Founder | Tessile Circolare – community per il tessile riciclato", "Prato",
  ("inm", "Relatore al nostro primo incontro?", "Ciao Alex, stiamo creando una community europea di brand e retailer che vogliono davvero "
          "chiudere il ciclo del tessile. Il primo incontro è online e gratuito, a novembre. Ti andrebbe di raccontare il vostro progetto di "
          "ritiro dei capi usati?"),
  ("inm", "Community – formula partner", "Grazie per la risposta, Alex! Ti spiego come funziona: ai relatori chiediamo di entrare come "
          "partner della community, 4.000 € l'anno, con logo sul sito e accesso ai contatti dei membri. Ti mando il contratto così blocchiamo "
          "lo slot?"),
  nl="it")


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Niels Jansen", "Energy consultant (ZZP) | Energy audits for retail & logistics", "Haarlem",
  ("end",), ("end",),
  ("msg", "Hoi Alex! Endorsed you for {skill}, well deserved 😉 Would you do me a small favour and endorse me for Energy Audits and "
          "Project Management? Just started as a freelancer and every bit helps. Dank je!"))
P("endorse_me_back", "de", "Jana Kowalczyk", "Sustainable Sourcing Specialist | offen für neue Aufgaben", "Berlin",
  ("end",),
  ("msg", "Hallo Alex, ich habe dich gerade für {skill} bestätigt. Wärst du so lieb und bestätigst mich auch für "
          "„Lieferkettenmanagement“ und „Audits“? Bin auf Jobsuche und das macht im Profil echt was aus. LG Jana"))
P("endorse_me_back", "es", "Álvaro Campos", "Técnico de medio ambiente | Gestión de residuos", "Zaragoza",
  ("end",), ("end",),
  ("msg", "Buenas Alex! Te he validado {skill} y otra más 😊 A ver si me devuelves el favor con «Economía circular» y «Gestión de "
          "residuos», que estoy intentando cambiar de sector y cualquier cosa ayuda. ¡Un abrazo!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Dylan Verhoef", "Organiser | Climate collective Amsterdam | Greenwash watch", "Amsterdam",
  ("inv", "Alex, I organise with a climate collective that tracks retail greenwashing. We'd like to talk to you about Korthals' "
          "'climate neutral stores' claim before we publish anything. Please accept so we can talk."),
  ("rem",),
  ("inm", "You can't ignore this", "Ignoring us won't make it go away. Your 'climate neutral' stores run on junk offsets and you know it. "
          "Hiding behind the ignore button is exactly the cowardice we expected from a corporate greenwasher. We'll see you outside your head office."))
P("hostility_after_decline", "de", "Uwe Marquardt", "Geschäftsführer | CO2-Bilanz Pro GmbH", "Hannover",
  ("inv", "Guten Tag, wir erstellen CO2-Bilanzen nach GHG Protocol für Handelsunternehmen zum Festpreis. Darf ich Ihnen unser Angebot kurz vorstellen?"),
  ("inm", "Ihre Absage", "Sie haben meine Kontaktanfrage also ignoriert. Schon erstaunlich, wie wenig Anstand manche "
          "Nachhaltigkeitsmanager haben: Verantwortung predigen, aber nicht einmal eine kurze Absage hinbekommen. Peinlich, ehrlich gesagt."))
P("hostility_after_decline", "en", "Kim Brouwers", "Student | Environmental Sciences | Activist", "Wageningen",
  ("inv", DEFAULT), ("rem",),
  ("inm", "wow", "so you won't even accept a connection from someone who actually cares about the planet?? typical. your whole department "
          "is a PR stunt and everyone knows it. shame on you honestly"))
P("hostility_after_decline", "fr", "Mathilde Garnier-Lévy", "Chargée de campagne | Collectif Salaires Décents", "Paris",
  ("inv", "Bonjour, je travaille pour un collectif qui suit les salaires dans les usines de confection. J'aimerais échanger avec vous sur "
          "vos fournisseurs au Bangladesh."),
  ("inm", "Votre silence", "Pas de réponse, pas d'acceptation. Votre silence en dit long. Des ouvrières s'épuisent dans ces usines pendant "
          "que vous peaufinez vos rapports RSE. C'est indigne, et franchement méprisant envers celles et ceux qui font votre chiffre d'affaires."))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Markus Engelhardt", "Key Account Manager Retail | LED & HVAC retrofit as a service", "Frankfurt am Main",
  ("msg", "Hi Alex, as promised at the Retail Climate Summit: our LED and HVAC retrofit 'as a service' – zero capex, savings shared 70/30. "
          "Can I get 20 minutes with you and your facility manager?"),
  ("msg", "Hello Alex, I want to follow up on my last message. We have installation capacity free in November, which is rare."),
  ("msg", "Three messages and no answer at all. I must say I expected more professionalism from somebody who gives keynotes about "
          "'partnership with suppliers'. Really poor style, Alex."))
P("hostility_connection", "en", "Eva Smit", "Campaigner | Transparent Fashion NL", "Utrecht",
  ("msg", "Hi Alex, thanks for connecting after the Fashion Revolution panel. Would Korthals be willing to publish its full tier-2 supplier "
          "list, like a few other Dutch retailers have done? It would really matter for the workers' organisations we support."),
  ("msg", "Hey Alex, any news on the supplier list? Even a yes/no/later would help me plan."),
  ("msg", "So 'commercially sensitive', that's your answer. Honestly, all the nice words on stage and then this. You should be ashamed of "
          "yourself. I'll make sure the next panel hears how transparent Korthals really is."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Tom Whitaker", "Director | TerraOffset – nature-based carbon credits", "Bristol",
  ("msg", "Alex, hope all's well. We've just secured a tranche of cookstove credits at €11/t, limited volume and ICVCM label expected. "
          "Want me to hold 5,000 tonnes for you?"),
  ("msg", "Hi Alex, last call on the cookstove tranche, two other retailers are looking at it as we speak. Shall I pencil you in?"))
P("connection_only_pitches", "de", "Benedikt Scholl", "Senior Account Executive | ESG-Software für den Handel", "Stuttgart",
  ("msg", "Hallo Alex, kurze Info: Unser ESRS-Modul kann jetzt auch die doppelte Wesentlichkeitsanalyse abbilden. Wann passt Ihnen ein "
          "Termin für eine kurze Vorführung?"),
  ("msg", "Hallo Alex, ich wollte noch einmal nachhaken – im Oktober gelten für Neukunden 25 % Rabatt auf die Lizenz im ersten Jahr. "
          "Soll ich Ihnen ein Angebot schicken?"),
  ("msg", "Hallo Alex, letzte Nachricht von mir dazu: Das Angebot gilt noch bis Freitag. Ein kurzes Ja oder Nein würde mir reichen."))
P("connection_only_pitches", "it", "Serena Villa", "Business Developer | Marchio Retail Sostenibile Certificato", "Milano",
  ("msg", "Ciao Alex! Il nostro marchio «Retail Sostenibile Certificato» ora è disponibile anche nei Paesi Bassi: percorso di "
          "certificazione in 8 settimane, 5.800 € tutto compreso. Ti va una call per vedere se fa al caso vostro?"),
  ("msg", "Alex, ti riscrivo per la certificazione: restano due posti nella sessione di novembre, poi si passa a febbraio."))


# =============================================================== single_pitch
P("single_pitch", "en", "Grace Oduya", "Managing Director | Lifecycle Metrics – LCA & EPD studies", "Rotterdam",
  ("msg", "Hi Alex, congrats on launching the circular furniture line! If you need product-level LCAs or EPDs to back up the green claims, "
          "my team does them at a fixed price per SKU. Happy to send a rate card."))
P("single_pitch", "fr", "Nicolas Perrin", "Associé | Cabinet Perrin & Laval – Durabilité", "Paris",
  ("msg", "Bonjour Alex, je me permets de vous écrire : notre cabinet accompagne les enseignes dans leur première déclaration de "
          "durabilité CSRD, de l'analyse de double matérialité jusqu'à la préparation de l'audit. Seriez-vous disponible pour un échange de 30 minutes ?"))
P("single_pitch", "en", "Wouter de Boer", "Co-founder | BoxBack – reusable shipping boxes", "Amsterdam",
  ("msg", "Hey Alex, long time no see! I left Bol in spring and co-founded a start-up doing reusable shipping boxes for webshops. Korthals "
          "online would be the perfect pilot. Shall we grab a coffee so I can pitch it to you properly? 😄"))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Anouk Visser", "Manager Sustainability & Reporting | Albers Warenhuis", "Amsterdam",
  ("msg", "Hi Alex, as discussed at the meetup: here's the link to our double materiality scoring sheet plus the memo our auditor wrote "
          "about it. Steal whatever is useful, it took us way too long to build 🙈"),
  ("msg", "Also: the retail federation's CSRD working group meets on 10 Oct, free for members. I put your name on the list, just cancel "
          "if it doesn't fit."))
P("connection_brings_value", "de", "Stefanie Lindner", "Lead Auditor Social Compliance | Asien & Osteuropa", "Hamburg",
  ("end",),
  ("msg", "Hallo Alex, danke nochmal für das Gespräch in Köln. Wie versprochen unser kostenloser Jahresbericht zu den häufigsten "
          "Abweichungen in Textilfabriken in Bangladesch (anonymisiert) – und am 17.10. gibt es dazu ein offenes Webinar. Vielleicht hilft "
          "beides bei eurer Lieferantenschulung."))
P("connection_brings_value", "en", "Daniel Osei", "Supplier engagement | Scope 3 | Norrland Home", "Stockholm",
  ("msg", "Alex, I'd like to introduce you to Mariam Haddad, who runs supplier engagement for a Nordic home retailer. She's fighting the "
          "same primary-data problem on Scope 3 and I think you two would learn a lot from each other. OK if I start a group chat?"))
P("connection_brings_value", "es", "Marta Ugarte", "Responsable de Sostenibilidad | Grupo Textil Cantábrico", "Bilbao",
  ("msg", "Hola Alex, te paso el enlace a la grabación del webinar gratuito que hizo la Red Española del Pacto Mundial sobre la directiva "
          "de alegaciones ecológicas. Me acordé de lo que comentaste en Madrid sobre la etiqueta «eco». ¡Un saludo y nos vemos en Bruselas!"))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Charlotte Pryce", "Partner, Sustainability Practice | Pryce & Whitmore Executive Search", "London",
  ("inm", "CSO – listed European retailer (confidential)", "Hi Alex, I'm leading a confidential search for a Chief Sustainability Officer "
          "at a listed European retailer (around €8bn revenue, HQ in the Benelux). Executive committee seat, reporting to the CEO. Your "
          "CSRD and supply-chain work is very relevant. Would you be open to a discreet conversation this week?"))
P("stranger_inmail_recruiter", "de", "Jonas Falkenberg", "Talent Acquisition Partner | Hanse Drogerie Gruppe", "Hamburg",
  ("inm", "Leitung ESG-Reporting (m/w/d) – Hamburg", "Hallo Alex, für unsere Zentrale in Hamburg suche ich eine Leitung ESG-Reporting, "
          "unbefristet, hybrid mit zwei Bürotagen, direkt an den CFO berichtend. Ich bin Inhouse-Recruiter, keine Agentur. Hätten Sie "
          "Interesse an einem ersten, unverbindlichen Austausch?"))
P("stranger_inmail_recruiter", "en", "Lotte Hendriks", "Recruiter | Impact & sustainability roles | Hendriks Search", "Utrecht",
  ("inm", "Director Sustainability – Dutch food retailer", "Hi Alex, hope you don't mind the InMail. I'm recruiting a Director "
          "Sustainability for a family-owned Dutch food retailer near Utrecht. Range €140-165k plus lease car, reporting to the board. "
          "Would you be open to hearing more, or do you know someone who might be?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Ethan Caldwell", "Sales Development | ScopeIQ – AI carbon accounting", "Dublin",
  ("inm", "Scope 3 in 6 weeks?", "Hi Alex, most retailers we talk to need 9+ months to get Scope 3 numbers their auditor accepts. Our "
          "spend-based AI engine does it in 6 weeks. Worth 15 minutes to see how?"),
  ("inm", "Re: Scope 3 in 6 weeks?", "Bumping this up, Alex – shall I send you a sample output we did for a homeware retailer?"))
P("stranger_inmail_sales", "de", "Carina Feldmann", "Kundenberatung | Klimalabel Plus", "Frankfurt am Main",
  ("inm", "Klimaneutral – mit Siegel", "Guten Tag, mit unserem Label „klimaneutrales Unternehmen“ zeigen Sie Ihren Kundinnen und Kunden, "
          "dass Sie Verantwortung übernehmen. Bilanzierung, Kompensation und Siegel aus einer Hand. Darf ich Ihnen ein unverbindliches Angebot machen?"))
P("stranger_inmail_sales", "fr", "Antoine Delorme", "Business Developer | Inspecta Sourcing", "Lille",
  ("inm", "Audits inopinés chez vos fournisseurs", "Bonjour, nous réalisons des audits sociaux inopinés dans les usines partenaires des "
          "enseignes européennes en Asie du Sud, avec rapport sous 72 h. Puis-je vous adresser une proposition tarifaire pour 2024 ?"),
  ("inm", "Audits 2024 – relance", "Bonjour, je me permets de relancer : nos plannings 2024 se remplissent vite. Un échange de 15 minutes cette semaine ?"))
P("stranger_inmail_sales", "it", "Giorgia Pellegrini", "Account Director | Studio Verde Comunicazione", "Torino",
  ("inm", "Il vostro report di sostenibilità", "Buongiorno Alex, curiamo testi e grafica di report di sostenibilità per aziende retail in "
          "tutta Europa, anche in inglese e olandese. Le mando qualche esempio e un preventivo per il report 2023?"))


# =============================================================== stranger_inmail_value
P("stranger_inmail_value", "en", "Hannah Kerrigan", "Reporter, retail & consumer | The Business Ledger", "London",
  ("inm", "Request for comment – retailers and CSRD", "Hi Alex, I'm writing a piece on how European retailers are getting ready for their "
          "first CSRD reports and I'd like to include the perspective of someone doing it. 15 minutes by phone, on background if you prefer. "
          "My deadline is Thursday. Thanks, Hannah"))
P("stranger_inmail_value", "de", "Prof. Dr. Ingrid Sauter", "Professorin für Kreislaufwirtschaft | Hochschule Niederrhein", "Mönchengladbach",
  ("inm", "Einladung in den Praxisbeirat", "Sehr geehrte/r Alex Morgan, wir starten ein öffentlich gefördertes Forschungsprojekt zu "
          "Rücknahmesystemen für Alttextilien im Handel und suchen Praktiker:innen für den Praxisbeirat (drei Online-Termine pro Jahr, "
          "ehrenamtlich). Die Zwischenergebnisse teilen wir mit allen Beiratsmitgliedern zuerst. Hätten Sie Interesse?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Pieter Brouwer", "Operations lead | Textile sorting & recycling pilot", "Amersfoort",
  ("inv", "Hi Alex, saw your talk on textile take-back at the Circle Economy event. I run the fibre-to-fibre pilot at our sorting site in "
          "Amersfoort and am happy to share our yield data with you, might help your business case."),
  ("msg", "As promised, the yield data for Q2 plus our notes on the blends that don't work (polycotton, sigh). Shout if anything's unclear.", (2, 7)),
  ("msg", "Hi Alex, now you've seen the numbers: we're opening paid take-back partnerships for retailers, €0.42 per kg collected plus a "
          "€25k onboarding fee. Could we start the contract talk before your 2024 budget closes?", (6, 12)))
P("good_turns_ugly", "de", "Sabine Reuter", "Referentin Kreislaufwirtschaft | Handelsverband", "Berlin",
  ("inv", "Hallo Alex, ich koordiniere im Verband die AG Kreislaufwirtschaft. Am 5.10. gibt es ein kostenloses Online-Briefing zur neuen "
          "EU-Verpackungsverordnung, offen für alle Nachhaltigkeitsverantwortlichen. Soll ich dich auf die Liste setzen?"),
  ("msg", "Hier der Einwahllink für das Briefing am 5.10. und die Folien vorab. Bis dann!", (2, 6)),
  ("end", (1, 5)),
  ("msg", "Hallo Alex, ich hab dich für {skill} bestätigt 🙂 Magst du mich im Gegenzug für „Verbandsarbeit“ und „Kreislaufwirtschaft“ "
          "bestätigen? Ich bewerbe mich gerade intern auf eine neue Rolle.", (1, 5)))
P("good_turns_ugly", "fr", "Juliette Caron", "Responsable RSE | Enseigne de bricolage", "Lille",
  ("inv", "Bonjour Alex, responsable RSE d'une enseigne de bricolage, je partage avec quelques pairs notre grille de notation fournisseurs "
          "(critères sociaux + carbone). Intéressé·e ? Je vous l'envoie volontiers."),
  ("msg", "Voici la grille, avec le guide d'utilisation. N'hésitez pas à l'adapter, elle est faite pour circuler.", (2, 6)),
  ("msg", "Alex, petite nouvelle : je quitte mon poste fin octobre pour lancer mon cabinet en achats responsables. Vous seriez le client "
          "idéal pour démarrer : une mission de 20 jours pour déployer la grille chez vos 300 fournisseurs, 24 000 € HT. On en parle ?", (5, 12)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Jeroen Dijkstra", "Commercial Director | Groen Compenseren BV", "Arnhem",
  ("inm", "Your stores, climate neutral in 2023", "Hi Alex, we help retailers make their whole store portfolio climate neutral this year, "
          "with certified credits and a ready-made label for your shop windows. Can I send you a proposal based on your store count?"),
  ("inv", "Hi Alex, really liked your post on honest climate claims. Would be great to connect and follow your work!"))
P("reinvite_known_bad", "de", "Petra Lang", "Vertrieb | Nachhaltige Ladenbau-Konzepte", "Nürnberg",
  ("inv", DEFAULT),
  ("inv", "Hallo Alex, wir haben uns auf der Nachhaltigkeitskonferenz in Hamburg kurz am Kaffeestand unterhalten. Würde mich freuen, in Kontakt zu bleiben!"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Colin Ferris", "Editor | Retail Decarbonisation Report 2023", "Manchester",
  ("inm", "Interview for our decarbonisation report?", "Hi Alex, we're compiling a best-practice report on how retailers cut store "
          "emissions and would love to interview you for a case study. Everyone featured gets a free copy of the final report."),
  ("inm", "Re: Interview for our decarbonisation report?", "Thanks Alex! Just so you know how it works: featured case studies come with "
          "a sponsorship package of €4,500, which covers the interview, a full-page profile and your logo on the cover. Shall I book you in?"),
  ("inv", "Hi Alex, would love to connect properly this time."))
P("reinvite_known_ugly", "fr", "Rémi Castaing", "Consultant | Stratégie climat & RSE", "Bordeaux",
  ("inv", "Bonjour Alex, j'accompagne les enseignes sur leur trajectoire SBTi, du diagnostic au plan d'action. Un rendez-vous de 30 minutes "
          "pour vous présenter notre méthode ?"),
  ("inm", "Sans réponse", "Bonjour, je constate que vous n'avez pas daigné accepter ni répondre. C'est d'une arrogance rare pour quelqu'un "
          "qui prétend défendre la « responsabilité ». Vous devriez apprendre la politesse élémentaire."),
  ("inv", "Bonjour Alex, on repart sur de bonnes bases ? Je serais ravi d'échanger."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Katharina Brenner", "Head of Sales Benelux | eFleet Leasing", "Düsseldorf",
  ("acc",),
  ("msg", "Thanks for the invite, Alex, nice to meet you at the Climate Week drinks! Since you mentioned the delivery vans: we lease "
          "electric vans with full service, maybe interesting for your stores' home delivery? I can make you an offer."))
P("user_invited_pitch_once", "es", "Raúl Ordóñez", "Export Manager | Fachadas de plástico reciclado", "Valencia",
  ("acc",),
  ("msg", "¡Gracias por conectar, Alex! Como te comenté en el stand, nuestros paneles de fachada de plástico reciclado encajarían muy bien "
          "en vuestras tiendas nuevas. ¿Te mando catálogo y tarifas para Países Bajos?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Mark Kuipers", "Business Developer | SolarLease Benelux", "Zwolle",
  ("acc",),
  ("msg", "Thanks for connecting Alex. Like I said at Dutch Green Building Week: our solar carports are ideal for retail parking lots, "
          "no investment needed from your side. Can we plan a site visit at one of your stores?"),
  ("msg", "Hi Alex, any news about the site visit? We can still fit you in before December, and the subsidy window is closing."))
P("user_invited_pitch_twice", "it", "Lorenza Testa", "Sales Manager | SupplyTrace – dati ambientali dei fornitori", "Padova",
  ("acc",),
  ("msg", "Grazie per l'invito Alex! Come promesso ti mando la brochure del nostro software per raccogliere i dati ambientali dei fornitori. "
          "Se ti interessa ti preparo un'offerta per il vostro parco fornitori."),
  ("msg", "Ciao Alex, hai avuto modo di guardare la brochure? Posso organizzarti una demo con il nostro CTO la prossima settimana."))


# =============================================================== user_invited_value
P("user_invited_value", "en", "Dr. Amara Nwosu", "Assistant Professor, Consumer Behaviour | Universiteit Utrecht", "Utrecht",
  ("acc",),
  ("msg", "Thanks for reaching out after the seminar, Alex! Here's the preprint on how shoppers read 'climate neutral' labels that I "
          "mentioned, plus our survey instrument. Feel free to reuse it for your customer panel, just cite us."))
P("user_invited_value", "de", "Felix Gruber", "Head of CSR | Handelskette Österreich", "Wien",
  ("acc",),
  ("msg", "Servus Alex, danke für die Einladung! Anbei wie besprochen unsere Vorlage für die Stakeholder-Befragung zur "
          "Wesentlichkeitsanalyse. Kleiner Tipp aus Erfahrung: unser Prüfer wollte alle Rohdaten sehen, also gleich sauber ablegen. "
          "Liebe Grüße aus Wien"))
P("user_invited_value", "fr", "Aurélie Dumas", "Juriste consommation | Association de défense des consommateurs", "Paris",
  ("acc",),
  ("msg", "Merci pour l'invitation, Alex. Comme promis lors de la table ronde, voici notre guide gratuit sur les allégations "
          "environnementales après la loi Climat et résilience. Et si le cœur vous en dit, notre prochain atelier ouvert aux enseignes "
          "a lieu le 23 novembre (gratuit lui aussi)."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "en", "Sophie van Leeuwen", "Category Manager Home | Korthals Retail Group", "Amsterdam", ("acc",))
P("acceptance_only", "de", "Christian Mayr", "Nachhaltigkeitsmanager | Sportartikelhandel", "Innsbruck", ("acc",))
P("lone_endorsement", "en", "Ilse Bakker", "Sustainability trainee | Korthals Retail Group", "Amsterdam", ("end",))
P("lone_endorsement", "it", "Marco Dell'Acqua", "Buyer tessile | Gruppo moda", "Firenze", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Femke de Graaf", "femke.degraaf@delta-supermarkten.example", "DMA – comparing notes?",
     "Hi Alex,\n\nI also sent you a LinkedIn request, but mail might be quicker: do you have half an hour next week to compare our "
     "materiality approaches?\n\nGroetjes,\nFemke", "en"),
    ("Maarten Bosch", "maarten@carbonclear.example", "Following up on my LinkedIn invite",
     "Hi Alex,\n\nnot sure you saw my LinkedIn invite. Attached our removal portfolio and price list for 2024. Let me know when suits for a call.\n\nMaarten", "en"),
    ("Corporate Communications", "comms@korthals.example", "Draft LinkedIn post: textile take-back results",
     "Hi Alex,\n\nhere's the draft for the LinkedIn post about the take-back pilot. Can you check the kilos and the recycling rate before "
     "we publish on Thursday?\n\nThanks!\nNina", "en"),
    ("IT Security Korthals", "security@korthals.example", "Warning: fake LinkedIn messages about 'CDP verification'",
     "Dear colleagues,\n\nwe see phishing mails that look like LinkedIn messages and ask you to log in to download a 'verification "
     "report'. Do not click. Forward them to security@korthals.example.", "en"),
    ("CDP", "noreply@cdp.example", "Your 2023 climate score is available",
     "Dear Alex Morgan,\n\nyour organisation's 2023 climate change score is now available in the portal. Share your result on LinkedIn "
     "with our ready-made badge.", "en"),
    ("Amsterdam Climate Week", "tickets@climateweek.example", "Your ticket – retail breakfast, 12 October",
     "Hi Alex,\n\nyour ticket for the retail breakfast is attached. Follow the event on LinkedIn for the livestream link.", "en"),
    ("Handelsverband Newsletter", "newsletter@handelsverband.example", "Verpackungsverordnung: Briefing-Aufzeichnung online",
     "Liebe Mitglieder,\n\ndie Aufzeichnung unseres Briefings zur EU-Verpackungsverordnung ist online. Folgen Sie uns auch auf LinkedIn "
     "für aktuelle Termine der AG Kreislaufwirtschaft.", "de"),
    ("Jan-Willem Prins", "jw.prins@korthals.example", "Fwd: is this guy legit?",
     "Alex, this person sent me a LinkedIn invite too, offering an award 'nomination'. Do you know them?\n\n---------- Forwarded message "
     "---------\nFrom: Olivia Hartmann-Reed via LinkedIn <invitations@linkedin.com>\nSubject: I want to connect\n\nCongratulations, "
     "Korthals has been longlisted...", "en"),
    ("Collectif Salaires Décents", "contact@salaires-decents.example", "Lettre ouverte aux enseignes européennes",
     "Madame, Monsieur,\n\nvous trouverez ci-joint notre lettre ouverte sur les salaires dans la confection. Elle sera publiée sur notre "
     "page LinkedIn lundi.", "fr"),
    ("Red Española del Pacto Mundial", "comunicacion@pactomundial.example", "Grabación: webinar sobre alegaciones ecológicas",
     "Hola,\n\nya está disponible la grabación del webinar. Compártela en LinkedIn con quien pueda interesarle.", "es"),
    ("Biopack Italia", "ordini@biopack.example", "Campioni shopper compostabili",
     "Gentile Alex,\n\ncome anticipato su LinkedIn, le spediamo volentieri i campioni. Ci conferma l'indirizzo di consegna ad Amsterdam?", "it"),
]


# ------------------------------------------------------------------------- layout era: all current (2023)
ERAS = {s[2]: "cur" for s in PEOPLE}

HEADER = [f"# mailbot dev157 corpus. Generated by scripts/make_corpus_dev157.py (seed {SEED}); do not edit by hand.",
          "# September and October 2023 of an Amsterdam retail chain's head of sustainability: offset brokers and ESG-software sellers, rating "
          "consultancies, paid award schemes, social-audit firms, NGOs, researchers, journalists, peers, activists; English from Dutch and German "
          "writers, German, French, some Spanish and Italian. Same format as tests/corpus/dev."]


# ------------------------------------------------------------------------- builder
class Li157(mc.LinkedInMail):
    """The older layout's footer, where a spoof or a digest still uses it, carries the year of the mail."""

    def footer(self, lang, era, recv, template, year, rname=mc.RECIPIENT[0]):
        text, html = super().footer(lang, era, recv, template, year, rname)
        if era == "2016":
            text = text.replace("© 2016 ", f"© {year} ")
            html = [h.replace("© 2016 ", f"© {year} ") for h in html]
        return text, html


class Stories157(cs.EraStories):
    """Stories inside September and October 2023: each starts early enough for its last mail to land in the window."""

    def __init__(self, seed, stories, foreign, eras):
        super().__init__(seed, stories, foreign, eras)
        self.li = Li157(self.g, self.b)
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
    names = set()
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        assert name not in names, name
        names.add(name)
        for step in steps:
            if step[0] == "inv" and step[1] not in (DEFAULT, NONOTE):
                assert len(step[1]) <= 300, (name, len(step[1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev157")
    args = ap.parse_args()
    check_notes()
    c = Stories157(SEED, PEOPLE, FOREIGN, ERAS)
    c.make_people()
    c.make_spoofs(10)
    c.make_other(12)
    c.make_foreign()
    first, last = min(m.date for m in c.mails), max(m.date for m in c.mails)
    assert WIN_LO <= first and last <= WIN_HI + timedelta(hours=4), (first, last)
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
