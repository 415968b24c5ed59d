#!/usr/bin/env python3
"""Write mailbot's eighty-second, independent development corpus: tests/corpus/dev82/*.eml + expected.toml.

The angle: the user Alex is head of sustainability at Norrvik Retail AB, a Swedish home,
textile and garden retailer in Gothenburg that buys from suppliers in Germany and Poland.
Their LinkedIn world: ESG-data, carbon-accounting and supplier-engagement software vendors,
carbon-credit brokers, certification bodies and sustainability auditors, CSRD and LkSG
consultants, NGOs asking for (free or paid) partnership, suppliers answering Norrvik's
sustainability questionnaire (Scope 2, product footprints, social audits), peers from industry
initiatives sharing methods, researchers asking for interviews and sharing papers,
recruiters with real sustainability roles, pay-to-win award programmes and pay-to-play
magazines. The mail is Scandinavian English (Swedes, Danes, Norwegians, Finns), English from
Polish and German writers, German from suppliers, consultants and auditors (du and Sie), and
some French from certification bodies, NGOs and consultants.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert
titles, the names, cities and headlines of spoof-only people and PYMK suggestions, the topics
of other LinkedIn mail, and the pitches and phishes that spoofs carry are swapped for
sustainability ones in this process only (make_corpus.py itself is not changed). Every note
was written from shared/taxonomy.md alone, without reading mailbot's signals, judge or
wording, or the notes of the other generators. Invitation notes stay within LinkedIn's
300 characters (checked below). People whose notes talk of CSRD, ESRS, CBAM or EUDR live in
the current layout; a few whose notes would fit 2016 keep the 2016 layout.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev82.py              # writes tests/corpus/dev82
    python scripts/make_corpus_dev82.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260882

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ sustainability world (this process only)
SKILLS = {
    "en": ["Sustainability Reporting", "Carbon Accounting", "Supply Chain Sustainability", "CSRD", "Life Cycle Assessment", "Stakeholder Engagement"],
    "de": ["Nachhaltigkeitsberichterstattung", "CO2-Bilanzierung", "Nachhaltige Lieferketten", "CSRD", "Ökobilanzierung"],
    "fr": ["Reporting extra-financier", "Bilan carbone", "Achats responsables", "CSRD", "Analyse du cycle de vie"],
    "es": ["Informes de sostenibilidad", "Huella de carbono", "Cadena de suministro sostenible", "CSRD", "Análisis de ciclo de vida"],
    "it": ["Rendicontazione di sostenibilità", "Carbon accounting", "Filiera sostenibile", "CSRD", "Analisi del ciclo di vita"],
}
RHEADLINE = {
    "en": "Head of Sustainability at Norrvik Retail AB",
    "de": "Head of Sustainability bei Norrvik Retail AB",
    "fr": "Head of Sustainability chez Norrvik Retail AB",
    "es": "Head of Sustainability en Norrvik Retail AB",
    "it": "Head of Sustainability presso Norrvik Retail AB",
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
    mc.L[_l]["rheadline"] = RHEADLINE[_l]

# spoofs and other LinkedIn mail: mostly English wording, some German and French
mc.LANGS[:] = ["en", "de", "en", "fr", "en"]
# a dozen spoofs: look-alike domains, display-name tricks and failing or untrusted authentication, mixed
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "nodkim", "untrusted:mx.google.com",
                       "lookalike:linkedin.com.secure-notify.example", "buried", "display:outlook.com", "wrongpass", "noauth", "lookalike:e-linkedin.info"]

mc.NAMES["en"] = (["Johanna", "Mikael", "Ebba", "Gustav", "Tove", "Nils", "Frida", "Axel", "Sunniva", "Lasse", "Pernilla", "Oskari", "Malin", "Jonas", "Ida", "Stig",
                   "Wiktoria", "Patryk"],
                  ["Lindholm", "Ekström", "Berglund", "Strand", "Holmberg", "Sandvik", "Nyström", "Håkansson", "Laine", "Korhonen", "Mortensen", "Kowalska", "Nordin",
                   "Wikström", "Jansson"])
mc.NAMES["de"] = (["Henrike", "Lutz", "Anke", "Ingo", "Dorothea", "Kai", "Svenja", "Holger", "Marek", "Gesine", "Volker", "Joanna"],
                  ["Thiele", "Brockmann", "Hansen", "Wittig", "Rösler", "Jankowski", "Pohl", "Steinke", "Wójcik", "Buchholz", "Ahrens"])
mc.NAMES["fr"] = (["Solène", "Arnaud", "Maud", "Cyril", "Agathe", "Yannick", "Ophélie", "Gaëtan", "Bérénice", "Lionel"],
                  ["Tessier", "Cordier", "Lebrun", "Carpentier", "Poulain", "Huet", "Delorme", "Vasseur", "Brunet", "Maillard"])
mc.CITY["en"] = ["Stockholm", "Gothenburg", "Malmö", "Copenhagen", "Oslo", "Helsinki"]
mc.CITY["de"] = ["Hamburg", "Berlin", "Bielefeld", "Leipzig", "Poznań", "Köln"]
mc.CITY["fr"] = ["Paris", "Lyon", "Lille", "Bruxelles", "Nantes", "Strasbourg"]
mc.JOBS[:] = [("Head of Sustainability", "Lagerhus Group"), ("ESG Reporting Manager", "Kvarnby Group"), ("Leitung Nachhaltigkeit (m/w/d)", "Handelshof Nord"),
              ("Sustainable Sourcing Lead", "Bostadshuset"), ("Director Climate & Circularity", "Nordlys Furniture")]
mc.COMPANIES["good"] = ["Hallbo Hem", "Lagerhus Group", "Kvarnby Group", "Trädgårdskedjan", "Bostadshuset", "Nordlys Furniture", "Textilia Łódź",
                        "Holzwerk Oberlausitz"]
mc.COMPANIES["sales"] = ["CarbonLedger", "VerdeTrace", "Scope3Stack", "ClimeVault", "EmissionIQ", "NordOffset", "ImpactScore", "PackLoop"]
mc.HEADLINES["good"] = ["Sustainability Manager at {co}", "Head of CSR | {co}", "ESG Reporting Lead at {co}", "Sustainable Sourcing Manager, {co}",
                        "Researcher, circular economy", "Climate Analyst at {co}"]
mc.HEADLINES["sales"] = ["Account Executive at {co}", "Helping retailers reach net zero | {co}", "Founder & CEO at {co}", "Partnerships Director | {co}",
                         "Sales Director Nordics at {co}"]
OTHER = {
    "en": dict(job=("{n} new jobs for \"head of sustainability\"", "Your job alert for head of sustainability in {city}"),
               news="Are retailers quietly dropping their Scope 3 targets?", group="Top conversations in Sustainable Retail Network Nordics",
               newsletter="The Supplier Data Desk: why your questionnaires come back empty"),
    "de": dict(job=("{n} neue Jobs für „Nachhaltigkeitsmanager“", "Ihr Jobalarm für Nachhaltigkeitsmanager in {city}"),
               news="Omnibus-Paket: Was bleibt von der CSRD?", group="Top-Diskussionen in Nachhaltigkeit im Handel (DACH)",
               newsletter="Lieferkette kompakt: Die neue BAFA-Handreichung in fünf Punkten"),
    "fr": dict(job=("{n} nouvelles offres pour « responsable RSE »", "Votre alerte emploi pour responsable RSE à {city}"),
               news="Affichage environnemental : les textiles ouvrent la voie ?", group="Discussions à la une dans RSE & Achats responsables",
               newsletter="La Lettre du bilan carbone : le scope 3 sans douleur"),
}
retitle_other(OTHER)
SPOOF_PITCH = {
    "en": ["Hi {first}, I've shared the 2025 supplier audit report with you. Please sign in to view the document before Friday.",
           "Hello {first}, your company's ESG rating was downgraded this morning. Log in to see the reasons and respond within 48 hours.",
           "Hi {first}, we can offset your entire Scope 3 this year at a one-off rate. Reply with your company details to receive the contract."],
    "de": ["Hallo {first}, ich habe Ihnen den Auditbericht Ihres Lieferanten freigegeben. Bitte melden Sie sich an, um ihn anzusehen.",
           "Guten Tag {first}, Ihr ESG-Rating wurde herabgestuft. Melden Sie sich an, um die Begründung einzusehen."],
    "fr": ["Bonjour {first}, je vous ai partagé le rapport d'audit fournisseur. Connectez-vous pour le consulter.",
           "Bonjour {first}, la notation RSE de votre entreprise a été abaissée. Connectez-vous pour voir le détail."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)

# people whose notes would fit 2016; everyone else is in the current layout
ERAS_2016 = {"Oskar Nyberg", "Annika Reuter", "Dieter Scholl", "Ulrich Baumgart", "Emil Sundqvist", "Mette Kjeldgaard", "Matthias Oberle",
             "Sigrid Aasen", "Benoît Charlier"}


# =============================================================== good_invitation
P("good_invitation", "en", "Karin Åkesson", "Sustainability Manager at Hallbo Hem | Nordic Retail Scope 3 Lab", "Stockholm",
  ("inv", "Hej Alex! I coordinate the Scope 3 Lab group on supplier-specific emission factors. We meet on Teams first Tuesday every month, "
          "no fee, just retailers sharing what works and what didn't. Jonas at Lagerhus said you'd fit. Want to join the next one?"),
  ("rem",))
P("good_invitation", "de", "Dr. Franziska Albers", "Wissenschaftliche Mitarbeiterin | Nachhaltige Lieferketten | Universität Bremen", "Bremen",
  ("inv", "Guten Tag, wir untersuchen, wie Händler Zulieferer zu Primärdaten für Scope 3 bewegen. Hätten Sie Zeit für ein Interview (45 Min.)? "
          "Alle Teilnehmenden erhalten den Bericht vorab und sind zum Ergebnis-Workshop im März eingeladen, kostenfrei."))
P("good_invitation", "fr", "Anne-Sophie Carrel", "Responsable formation | Audicert – organisme de certification", "Lyon",
  ("inv", "Bonjour Alex, le 12 mars nous tenons un webinaire technique gratuit sur le RDUE : géolocalisation des parcelles, déclaration de "
          "diligence raisonnée, retours d'audits. Aucune présentation commerciale, attestation de formation fournie. Je vous envoie le lien ?"),
  ("rem",))
P("good_invitation", "en", "Magdalena Wróbel", "Quality & Sustainability Manager at Drewpol Sp. z o.o.", "Poznań",
  ("inv", "Good morning Mr. Alex, we received your supplier questionnaire 2025. One point is not clear for us: Scope 2 you want market-based "
          "with our guarantees of origin, or location-based with Polish grid? We want to give you correct numbers. Thank you in advance."),
  ("rem",))
P("good_invitation", "en", "Mette Kjeldgaard", "Head of CSR at Bolig & Tekstil A/S", "Aarhus",
  ("inv", "Hej Alex, we said hello at the textile coalition meeting in Copenhagen. I promised you our supplier code of conduct with the new "
          "chemicals annex - feel free to copy all of it. Easier to send here than dig out your email, so let's connect :)"))
P("good_invitation", "en", "Jukka Heinonen", "Sustainability Director, Kotimarket Oy", "Helsinki",
  ("inv", "Hi Alex, Elin Sandberg mentioned you are starting the double materiality assessment. We survived ours last year. Happy to walk you "
          "through our IRO list and what the auditor questioned. No agenda, someone did the same for me."))


# =============================================================== default_invitation
P("default_invitation", "en", "Oskar Nyberg", "Sales | Energy efficiency | LED retrofits", "Malmö", ("inv", DEFAULT), ("rem",))
P("default_invitation", "de", "Rainer Mertens", "Vertriebsleiter bei Kartonagen Mertens GmbH", "Bielefeld", ("inv", DEFAULT))
P("default_invitation", "en", "Piotr Kaczmarek", "Export Manager | Furniture components | Meble-Part", "Łódź", ("inv", NONOTE))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Henrik Sjöberg", "Founder & CEO @ CarbonLedger | Scope 1-3 in weeks, not months", "Stockholm",
  ("inv", "Hi Alex, saw Norrvik's first CSRD-aligned report, congrats. Most retailers we meet burn 400+ hours a year on Scope 3 spreadsheets. "
          "CarbonLedger pulls it straight from your ERP. Could I show you in a 20 min demo next week?"))
P("sales_invitation", "en", "Sebastian Kühne", "Key Account Manager Handel | VerdeTrace GmbH – ESG-Datenplattform", "Hamburg",
  ("inv", "Hallo Alex, viele Händler stehen vor dem ersten ESRS-Bericht. Mit VerdeTrace sammeln Sie Lieferantendaten automatisch und "
          "prüfungssicher. Gern zeige ich Ihnen in einem kurzen Termin, wie ein Wettbewerber von Ihnen das umgesetzt hat. Passt nächste Woche?"),
  ("rem",), nl="de")
P("sales_invitation", "fr", "Clémence Vasseur", "Associée | Vasseur & Cie – Conseil CSRD et double matérialité", "Paris",
  ("inv", "Bonjour Alex, nous accompagnons des distributeurs nordiques sur la double matérialité et la préparation à l'audit de durabilité. "
          "Forfait dès 28 k€, livré en 10 semaines. Puis-je vous proposer 30 minutes pour vous présenter notre méthode ?"))
P("sales_invitation", "en", "Tomasz Zieliński", "Business Development | EcoRating Prep – we get your suppliers to Gold", "Warszawa",
  ("inv", "Hello Alex, your Polish suppliers will need better sustainability ratings soon. We prepare factories for the rating platforms, "
          "medal guaranteed or money back, and we can give Norrvik a group price for the whole supplier base. When can we talk?"),
  ("rem",))
P("sales_invitation", "en", "Annika Reuter", "Sales Manager Nordics | Papierform GmbH – fibre-based packaging", "Düsseldorf",
  ("inv", "Dear Alex, I look after the Nordic market for Papierform. We replace plastic blisters with moulded fibre and are already listed "
          "with two Swedish DIY chains. I'd be glad to send samples and a price indication for your garden range. Short call?"))
P("sales_invitation", "fr", "Coralie Fabre", "Responsable partenariats entreprises | Océans Sans Plastique", "Montpellier",
  ("inv", "Bonjour Alex, Océans Sans Plastique cherche des enseignes engagées pour son programme Partenaire Bleu : 25 000 €/an, notre logo "
          "en magasin et une journée de nettoyage de plage pour vos équipes. Puis-je vous envoyer le dossier de partenariat ?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Fredrik Wallin", "Founder, Nordic Sustainability Leaders Circle | Advisor", "Stockholm",
  ("inv", "Hej Alex, I host a small closed circle for heads of sustainability in Nordic retail and consumer goods. Six of us, dinner once a "
          "quarter, Chatham House rules. I think you would fit right in."),
  ("msg", "Great to have you here Alex! A bit of context before the dinner: the circle is run by my firm, Wallin Advisory, and members get our "
          "CSRD readiness package at a member rate, SEK 185 000 instead of 240 000. I'll send you the proposal so you can have a look before "
          "we meet. Which email is best?", (3, 12)),
  ("msg", "Hi again, did the proposal reach you? Two package slots left for Q1 and I'd hate for you to miss the member price.", (7, 20)))
P("bait_and_switch_invitation", "de", "Jörg Habermann", "Initiator Arbeitskreis Sorgfaltspflichten im Handel | Berater", "Köln",
  ("inv", "Hallo Alex, wir sind ein offener Arbeitskreis von Nachhaltigkeitsverantwortlichen zu LkSG und CSDDD: Risikoanalysen, "
          "Beschwerdeverfahren, was die BAFA wirklich prüft. Nächstes Treffen digital am 14. Mai. Lust dazuzukommen?"),
  ("msg", "Danke fürs Vernetzen! Kleine Ergänzung: Den Arbeitskreis tragen wir als Beratung. Für Mitglieder bieten wir Lieferanten-Audits "
          "in Polen und Deutschland zum Sonderpreis an, ab 2.950 € pro Standort. Soll ich Ihnen ein Angebot für Ihre Top-20-Lieferanten "
          "erstellen?"))
P("bait_and_switch_invitation", "en", "Chloe Farrington", "Programme Director | Green Retail Excellence Awards", "London",
  ("inv", "Hello Alex, congratulations! Norrvik Retail has been shortlisted for the Green Retail Excellence Awards 2025, Supply Chain "
          "Transparency category, after an independent review of your public reporting. Let's connect so I can share next steps."),
  ("msg", "Thanks for accepting, Alex. To confirm your finalist status we just need the entry package: EUR 3,450 + VAT, which covers judging, "
          "two gala tickets in London and the right to use the Finalist logo on packaging and online. It can go on the marketing budget "
          "if that's easier. Shall I send the form?", (2, 8)),
  ("msg", "Hi Alex, the finalist list closes Friday. Our winners tell us the logo pays for itself in customer trust. Say the word and I'll "
          "hold your spot.", (5, 15)))
P("bait_and_switch_invitation", "fr", "Baptiste Rolland", "Responsable bilan carbone | Carbonea Conseil", "Lille",
  ("inv", "Bonjour Alex, je travaille aussi sur le scope 3 d'un distributeur et je bloque sur la catégorie 11 (utilisation des produits "
          "vendus). Quelle durée de vie avez-vous retenue pour les luminaires ? Un retour d'expérience m'aiderait beaucoup."),
  ("msg", "Merci d'avoir accepté ! En fait, chez Carbonea nous réalisons les bilans carbone des enseignes clé en main, catégorie 11 comprise. "
          "Pour Norrvik je peux vous chiffrer l'exercice 2025 complet, à partir de 19 500 €. On cale un créneau la semaine prochaine ?"))
P("bait_and_switch_invitation", "en", "Agnieszka Dąbrowska", "CBAM & carbon border specialist | Free guides for importers", "Kraków",
  ("inv", "Hi Alex, we wrote a free 40-page guide to CBAM reporting for importers of steel and aluminium goods, quarterly report templates "
          "included. Norrvik imports garden furniture, so it may save you some headache. Shall I send it?"),
  ("msg", "Here you go, the guide is in the link below. By the way, most importers we talk with do not want to do CBAM reports themselves. "
          "We take over the whole process for EUR 1,200 per quarter, supplier data collection included. Can we arrange short call to "
          "agree the scope?"))
P("bait_and_switch_invitation", "en", "Eirik Haugland", "PhD fellow, circular business models | Co-founder, ReLoop", "Oslo",
  ("inv", "Hei Alex, I'm doing my PhD on take-back schemes in Nordic home retail and would really value 30 minutes of your view in an "
          "interview. Everything anonymised, and you get the paper when it's out."),
  ("msg", "Tusen takk for connecting! Before we book the interview I should say I also co-founded ReLoop, we run take-back logistics for "
          "retailers. We could pilot in 5 of your stores for NOK 90 000 a month. Maybe we combine the interview with a short ReLoop "
          "presentation?", (2, 9)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "de", "Dr. Markus Leitner", "Programmdirektor | ESG Forum Berlin", "Berlin",
  ("inm", "Einladung als Panelist – ESG Forum Berlin", "Guten Tag Alex Morgan, für unser Panel „Scope 3 im Handel – von Schätzwerten zu "
          "Primärdaten“ suchen wir eine Stimme aus Skandinavien, und Ihr Bericht ist uns positiv aufgefallen. Hätten Sie Interesse, am "
          "23. Oktober in Berlin mitzudiskutieren?"),
  ("inm", "ESG Forum Berlin – Ihre Teilnahme", "Vielen Dank für Ihre positive Rückmeldung! Damit wir Ihren Platz im Panel fest einplanen "
          "können, bitten wir um Buchung des Speaker-Pakets (2.900 € zzgl. MwSt.). Es umfasst Sichtbarkeit im Programmheft, Ihr Logo auf "
          "der Bühnenwand und zwei Delegiertenpässe. Die Rechnung sende ich Ihnen gern direkt zu.", (4, 12)))
P("bait_and_switch_inmail", "en", "Oliver Trask", "Research Lead | European Retail Emissions Benchmark", "London",
  ("inm", "Quick question on your Scope 3 figure", "Hi Alex, I'm compiling an independent benchmark of Scope 3 intensity across 40 European "
          "retailers. Norrvik's number for purchased goods looks low next to peers - is that because you moved to supplier-specific factors? "
          "I'd like to get it right before we publish."),
  ("inm", "Re: Scope 3 figure", "Thanks so much for explaining, very helpful. Since your data is this solid you'd qualify for our Benchmark "
          "Leader profile: a two-page feature in the report, a badge for your website and a briefing with our analysts. Participation is "
          "£6,500. Shall I pencil Norrvik in?"))
P("bait_and_switch_inmail", "fr", "Nathalie Berthier", "Coordinatrice | Coalition pour des Forêts Vivantes", "Bordeaux",
  ("inm", "Rejoindre la coalition", "Bonjour Alex, notre coalition réunit ONG et distributeurs européens pour sortir le bois illégal des "
          "chaînes d'approvisionnement. Nous partageons cartographies de risques et outils d'audit, gratuitement. Norrvik aurait toute sa "
          "place parmi nous, qu'en pensez-vous ?"),
  ("inm", "Coalition – étape suivante", "Merci pour votre intérêt ! Pour devenir membre signataire, une contribution de 15 000 € par an est "
          "demandée. Nous recommandons aussi notre accompagnement RDUE (à partir de 22 000 €) pour préparer vos fournisseurs. Je vous "
          "transmets le devis ?"))
P("bait_and_switch_inmail", "en", "Ryan Whitlock", "Head of Partnerships | Planet Positive Retail Awards", "Manchester",
  ("inm", "Norrvik Retail – nominated", "Dear Alex, I'm pleased to let you know that Norrvik Retail AB has been nominated by our editorial "
          "panel for Planet Positive Retailer of the Year (Nordics). Nothing to do yet, I'll send the jury questionnaire next week."),
  ("inm", "Your nomination: next step", "Hi Alex, after editorial review you are now a category finalist. To appear in the winners' "
          "supplement and receive the trophy, finalists take our Recognition Package at EUR 5,900 (EUR 4,900 if confirmed by the 15th). "
          "Please confirm and I'll send the invoice and the logo kit.", (6, 14)))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Linnea Bergqvist", "Freelance sustainability consultant | LCA | EPD", "Uppsala",
  ("end",), ("end",),
  ("msg", "Hej Alex! Just endorsed you for {skill}, you really know your stuff there. I'm trying to be more visible now that I'm freelancing, "
          "so if you have a minute, could you endorse me back for Life Cycle Assessment and EPD? Would mean a lot. Ha det gott!"))
P("endorse_me_back", "de", "Ulrich Baumgart", "Umweltgutachter | EMAS & ISO 14001", "Nürnberg",
  ("end",),
  ("msg", "Guten Tag Alex, ich habe Sie soeben für {skill} bestätigt, völlig verdient. Eine kleine Bitte hätte ich: Ich bewerbe mich gerade "
          "um die Zulassung als Umweltgutachter für weitere Branchen, und Bestätigungen von Praktikern helfen mir dabei. Würden Sie mich für "
          "„Umweltmanagement“ und „Auditierung“ bestätigen? Herzlichen Dank!"))
P("endorse_me_back", "fr", "Sylvain Dufresne", "Consultant bilan carbone | Formateur", "Rennes",
  ("end",), ("end",),
  ("msg", "Hello Alex, je t'ai recommandé pour {skill}, de bon cœur. Si tu as deux secondes, tu pourrais me rendre la politesse sur "
          "« Formation » et « Stratégie climat » ? Ça compte pour mes réponses aux appels d'offres. Merci !"))
P("endorse_me_back", "en", "Bartosz Lewandowski", "Sustainability analyst | ESG data | Power BI", "Wrocław",
  ("end",),
  ("msg", "Hi Alex, I endorsed you for {skill}, I learned a lot from your posts about supplier data. I am now looking for new job and "
          "recruiters check the skills. Could you please endorse me also for ESG Reporting and Power BI? Thank you very much, have a nice day."))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Magnus Ekholm", "CEO @ NordOffset – verified carbon credits for retail", "Stockholm",
  ("inv", "Alex, retailers that go carbon neutral this year will own the Christmas campaign. We have verified forestry credits at "
          "SEK 140/t, limited volume. Connect and I'll tell you more."),
  ("rem",),
  ("inm", "Seriously?", "Two weeks and not even a no. I've seen your 'climate roadmap', Alex - a PowerPoint with a tree on it. People like "
          "you are the reason Swedish retail is years behind. Good luck explaining your numbers to the auditors.", (10, 25)))
P("hostility_after_decline", "de", "Dieter Scholl", "Nachhaltigkeitsberater | Klimaneutralität für den Mittelstand", "Stuttgart",
  ("inv", "Hallo Alex, ich begleite Händler auf dem Weg zur Klimaneutralität. Kurzer Austausch?"),
  ("inm", "Ihr Verhalten", "Ich habe Ihnen eine Anfrage geschickt und Sie halten es nicht einmal für nötig, sie abzulehnen oder zwei Zeilen "
          "zu schreiben. Von jemandem, der öffentlich über „verantwortungsvolle Partnerschaften“ redet, ist das schlicht heuchlerisch. "
          "Schämen Sie sich.", (12, 28)))
P("hostility_after_decline", "fr", "Romain Vidal", "Fondateur | ImpactScore – notation ESG des fournisseurs", "Marseille",
  ("inv", "Bonjour Alex, ImpactScore note vos fournisseurs en 72 h sur 120 critères ESG. Je vous montre la plateforme ?"),
  ("rem",),
  ("inm", "Dommage", "Alex, vous avez refusé mon invitation sans même regarder ce que je proposais. Quel mépris. Vous faites la leçon à vos "
          "fournisseurs sur la responsabilité, mais la moindre courtoisie vous dépasse. Vos fournisseurs polonais méritent mieux qu'un "
          "client comme vous."))
P("hostility_after_decline", "en", "Aino Lehtonen", "Postdoctoral researcher | Supply chain transparency", "Turku",
  ("inv", "Hi Alex, I'm studying how Nordic retailers check the emission data their suppliers send. Could I send you a short survey (10 min)? "
          "All participants get the full results and an invite to a closed workshop in Helsinki."),
  ("inm", "Survey", "Hello Alex. I see my invitation wasn't worth a click. Fine. But it's a bit rich to preach 'collaboration across the value "
          "chain' in every post and then ignore a researcher who asks for ten minutes. Honestly, that's hypocritical and rather arrogant.",
   (15, 30)))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Jesper Holmqvist", "Partner | SunRoof Nordic – rooftop solar PPAs", "Gothenburg",
  ("msg", "Hi Alex, hope summer was good! We do rooftop solar on distribution centres with zero capex, PPA fixed at 0.48 SEK/kWh for 15 years. "
          "Your Borås DC roof would be perfect. Can I send a proposal?"),
  ("msg", "Following up on the Borås roof - we have installer capacity in March. 20 minutes this week?", (5, 15)),
  ("msg", "OK, so it's 'not a priority right now'. Good to know Norrvik's climate targets are just marketing. I spent two days on a roof "
          "analysis for you and you can't even take a call. Very disappointing, and frankly not very professional.", (3, 10)))
P("hostility_connection", "de", "Heike Brandstätter", "Vertrieb | Rezyklate | Polymer-Kreislauf GmbH", "Leipzig",
  ("msg", "Hallo Alex, kurze Info unter Kontakten: Wir liefern zertifiziertes Rezyklat-Granulat für Gartenmöbel und Blumentöpfe, gut 15 % "
          "unter Neuware. Darf ich Ihnen ein Angebot für Ihre Eigenmarke machen?"),
  ("msg", "Sie sagen ab, ohne unser Angebot überhaupt angesehen zu haben? Typisch Konzern. Von Kreislaufwirtschaft reden, aber wenn ein "
          "Mittelständler anklopft, ist man sich zu fein für ein Gespräch. Das merke ich mir.", (4, 12)))
P("hostility_connection", "en", "Rasmus Mikkelsen", "Founder | GreenShelf – carbon labels on the shelf edge", "Copenhagen",
  ("acc",),
  ("msg", "Thanks for the connect Alex! Since you invited me after my talk: our digital shelf labels show each product's carbon footprint to "
          "shoppers. A pilot in 3 stores is DKK 95,000. Shall I send the offer?"),
  ("msg", "Wow. You connect after the talk, call it 'interesting', and then a flat 'not for us'? Don't invite people if you're not interested, "
          "it wastes everybody's time. Bit two-faced if you ask me.", (4, 14)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Sanna Virtanen", "Account Director | Scope3Stack – supplier engagement platform", "Helsinki",
  ("msg", "Hi Alex! Congrats on the new supplier code. Scope3Stack gets you primary data from 1,000+ suppliers without chasing spreadsheets, "
          "big-retailer results at a Nordic price. Up for a quick demo?"),
  ("msg", "Hei Alex, we just released supplier footprint collection in Polish and German - made for a supply base like yours. I have slots "
          "Thursday and Friday for a demo, which suits you?"),
  ("msg", "Last one from me: 20% off the first-year licence if we sign before quarter end. Let me know!", (10, 25)))
P("connection_only_pitches", "en", "Florian Wendt", "Senior Consultant | ESG-Reporting & Prüfungsvorbereitung | Wendt & Partner", "Frankfurt am Main",
  ("msg", "Hallo Alex, die Prüfung Ihres ersten Nachhaltigkeitsberichts steht an. Wir bereiten Unternehmen auf die limited assurance vor, "
          "Festpreis 18.000 €. Wann passt Ihnen ein Kennenlerntermin?"),
  ("msg", "Kurze Nachfrage zu meinem Angebot: Im Januar hätten wir noch Kapazität. Soll ich Ihnen die Unterlagen schicken?"), nl="de")
P("connection_only_pitches", "fr", "Laure Montagne", "Directrice commerciale | Académie RSE – formations certifiantes", "Paris",
  ("msg", "Bonjour Alex, notre formation certifiante « Responsable CSRD » (5 jours, 3 200 € HT) démarre en avril, idéale pour faire monter "
          "votre équipe en compétence. Je vous réserve des places ?"),
  ("msg", "Alex, dernier rappel : tarif groupe dès 3 participants, -15 %. Dites-moi combien de places vous souhaitez."))


# =============================================================== single_pitch
P("single_pitch", "en", "Emil Sundqvist", "Business developer | Laddkraft – EV charging for retail parking", "Västerås",
  ("msg", "Hi Alex, quick one: we install fast chargers in store car parks at no cost to the retailer and share the revenue on every kWh. "
          "Would Norrvik's big-box stores be worth a look? Happy to send a site analysis."))
P("single_pitch", "de", "Sabine Hollmann", "Vertrieb Zertifizierung | ZertPlus GmbH", "Essen",
  ("msg", "Guten Tag Alex, Ihr ISO-14001-Zertifikat läuft laut Register Ende des Jahres aus. Wir übernehmen die Rezertifizierung gern, "
          "Ihre Standorte in Polen inklusive. Darf ich Ihnen ein unverbindliches Angebot schicken?"))
P("single_pitch", "en", "Hugo Delacroix", "Chargé d'affaires | EmballVert – emballages compostables", "Angers",
  ("msg", "Bonjour Alex, nous fabriquons des emballages compostables pour le textile et la déco, déjà référencés chez deux enseignes "
          "scandinaves. Je peux vous envoyer un échantillonnage et notre grille tarifaire ?"), nl="fr")


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Erik Dahlström", "Sustainability Lead at Trädgårdskedjan | Nordic Retail Scope 3 Lab", "Gothenburg",
  ("msg", "Hej Alex, as promised at the lab meeting: our method note for moving textiles from spend-based to supplier-specific factors, with "
          "the data-quality scoring we use. Take whatever helps. The allocation bit for mixed factories took us ages, so jump to page 9."),
  ("msg", "Also - Naturvårdsverket put out new transport emission factors yesterday, link is in our group folder. Our numbers moved about 6%, "
          "worth a check before you close 2024.", (20, 40)))
P("connection_brings_value", "de", "Martina Schulze", "Leitung Nachhaltigkeit | Holzwerk Oberlausitz GmbH", "Görlitz",
  ("msg", "Hallo Alex, anbei wie besprochen unsere Antworten auf Ihren Lieferantenfragebogen, diesmal mit echten Werten: Product Carbon "
          "Footprint für die drei Gartenbänke nach ISO 14067, extern geprüft. Modell „Visby“ liegt bei 38 kg CO2e. Falls Sie die "
          "Berechnungsgrundlage brauchen, schicke ich Ihnen die Excel-Datei."))
P("connection_brings_value", "fr", "Camille Rochefort", "Chargée de plaidoyer | Textiles Propres Europe (ONG)", "Lille",
  ("msg", "Bonjour Alex, le 3 juin nous réunissons à Bruxelles ONG, marques et distributeurs autour de la traçabilité du coton. Entrée libre, "
          "pas de sponsors, on cherche surtout des retours de terrain. Votre expérience avec les fournisseurs polonais serait précieuse : "
          "seriez-vous partant(e) pour intervenir dix minutes ?"))
P("connection_brings_value", "en", "Dr. Ingrid Solheim", "Associate Professor, Sustainable Supply Chains | Bergen", "Bergen",
  ("end",),
  ("msg", "Hi Alex, our paper on supplier engagement in Nordic retail is out, open access (link below). Norrvik is anonymised as 'Retailer C', "
          "but your line about questionnaire fatigue made it into the discussion. Thanks again for the interview! We present the results "
          "in a free webinar for practitioners next month, you'd be very welcome."))
P("connection_brings_value", "en", "Katarzyna Nowicka", "Sustainability Coordinator at Textilia Łódź", "Łódź",
  ("msg", "Dear Alex, thank you for the feedback on our questionnaire. We made the social audit last month with the new auditor, report "
          "attached: 2 minor findings (overtime records), corrective plan already done. Also one question - do you accept Polish guarantees "
          "of origin for the renewable electricity, or you need other proof? We want to report it correct this year."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Charlotte Hägg", "Partner | Nordic ESG Executive Search", "Stockholm",
  ("inm", "Head of Sustainability – Nordic home retail (confidential)", "Hi Alex, I'm retained by a family-owned Nordic home and interior "
          "retailer, around 300 stores, to find their next Head of Sustainability. The role reports to the CEO and sits on the management "
          "team, Stockholm, hybrid. Your supplier-engagement work is very much the profile. Could we have a confidential chat this week?"))
P("stranger_inmail_recruiter", "de", "Stefanie Rademacher", "Senior Beraterin | Executive Search Nachhaltigkeit", "München",
  ("inm", "Leitung Nachhaltigkeit (m/w/d) – Handel, Hamburg", "Guten Tag Alex Morgan, im Auftrag eines Handelsunternehmens mit rund 18.000 "
          "Mitarbeitenden suche ich eine Leitung Nachhaltigkeit mit Verantwortung für die CSRD-Berichterstattung und die Lieferkette. Ihre "
          "Erfahrung mit Lieferanten in Polen wäre ein großes Plus. Hätten Sie Interesse an einem vertraulichen Telefonat?"))
P("stranger_inmail_recruiter", "fr", "Émilie Garnier-Roux", "Directrice RSE Groupe | Maison Orsay", "Paris",
  ("inm", "Poste de Directeur·rice Achats Responsables", "Bonjour Alex, je recrute en direct pour mon équipe un·e Directeur·rice Achats "
          "Responsables (CDI, Paris, télétravail partiel). Votre travail sur la collecte des données fournisseurs correspond exactement à ce "
          "qui nous manque. Je ne suis pas un cabinet : seriez-vous ouvert(e) à un échange ?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Daniel Frost", "Carbon Removal Partnerships | ClimeVault", "London",
  ("inm", "Climate claim for your Christmas range?", "Hi Alex, retailers are getting hammered for vague 'climate neutral' claims. ClimeVault "
          "offers high-integrity biochar removals at EUR 135/t with a claim-ready certificate. Could we book 15 minutes to see how it fits "
          "your 2030 target?"),
  ("inm", "Re: removals", "Hi Alex, bumping this - 4,000 t of 2025 vintage left. Happy to hold 500 t for Norrvik until Friday."))
P("stranger_inmail_sales", "de", "Jan-Hendrik Post", "Head of Sales DACH & Nordics | EmissionIQ", "Berlin",
  ("inm", "ESRS-Bericht in 8 Wochen?", "Hallo Alex, mit EmissionIQ erstellen Händler ihren ESRS-Bericht samt Datenpunkt-Mapping in acht "
          "Wochen. Ich habe mir Ihren aktuellen Bericht angesehen und sehe Potenzial bei E1 und S2. Haben Sie nächste Woche 20 Minuten für "
          "eine Demo?"))
P("stranger_inmail_sales", "en", "Vanessa Cole", "Publisher | Sustainability Leaders Magazine", "London",
  ("inm", "Feature in our Nordic edition", "Dear Alex, we're preparing the Nordic Sustainability Leaders edition and would like to feature "
          "you with a two-page interview and portrait. The editorial package is GBP 2,850 and includes distribution to 40,000 C-level "
          "readers. Shall I reserve your page?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Sofia Engström", "Sustainability Manager at Bostadshuset | Circular Home Forum", "Stockholm",
  ("inv", "Hej Alex! I run the retail track in Circular Home Forum, we compare notes on take-back and repair, totally informal. I can share "
          "our repair-service cost model if you're curious, it took us a year."),
  ("msg", "Here's the repair cost model as promised (Excel + a short read-me). The spare-parts tab is the useful bit. Shout if anything "
          "looks weird."),
  ("msg", "Hej Alex, news from me: I've left Bostadshuset and started my own consultancy, Engström Circular. I offer retailers a 12-week "
          "circular business model sprint for SEK 210 000. Since you know my work, could we book a meeting with you and your CEO?", (60, 120)))
P("good_turns_ugly", "de", "Dr. Konstantin Wegener", "Senior Researcher | Institut für Kreislaufwirtschaft Ruhr", "Bochum",
  ("inv", "Hallo Alex, wir haben eine offene Datenbank mit Emissionsfaktoren für Holz- und Textilprodukte aus Polen aufgebaut, frei nutzbar "
          "mit Quellenangabe. Könnte für Ihre Scope-3-Rechnung interessant sein, gern schicke ich den Zugang."),
  ("msg", "Hier der Zugang zur Datenbank und die Methodendokumentation. Für Gartenmöbel aus Kiefer gibt es seit letzter Woche eigene Faktoren."),
  ("end",),
  ("msg", "Hallo Alex, ich habe Sie gerade für {skill} bestätigt. Ich bewerbe mich derzeit auf Professuren, da zählt jede Sichtbarkeit – "
          "würden Sie mich im Gegenzug für „Ökobilanzierung“ und „Emissionsfaktoren“ bestätigen? Vielen Dank!", (2, 10)))
P("good_turns_ugly", "fr", "Pauline Mercier", "Responsable pédagogique | Campus Circulaire", "Nantes",
  ("inv", "Bonjour Alex, je vous invite à notre webinaire gratuit du 18 septembre sur l'affichage environnemental des textiles, la méthode "
          "expliquée par ceux qui l'ont conçue. Places limitées mais gratuites, replay fourni."),
  ("msg", "Merci d'avoir participé ! Voici les slides, le replay et la FAQ que nous avons complétée après vos questions."),
  ("msg", "Bonjour Alex, suite au webinaire nous proposons un accompagnement au calcul du coût environnemental de vos textiles : 450 € par "
          "référence, dégressif au-delà de 50 références. Pour votre gamme linge de maison, je vous fais un devis cette semaine ?", (10, 30)))
P("good_turns_ugly", "en", "Nikolaj Brandt", "Head of ESG, Nordlys Furniture A/S", "Odense",
  ("inv", "Hi Alex, peer question: how do you handle FSC claims when a Polish supplier mixes certified and non-certified pine in one batch? "
          "Our auditor flagged it and I'd love to hear how you solved it."),
  ("msg", "Thanks a lot for explaining the credit system, really useful. Here's our internal FSC checklist in return, maybe the supplier "
          "part helps you."),
  ("msg", "Hi Alex, quick heads-up: I've joined BenchNord as a partner. We run a paid ESG benchmark for Nordic furniture and home "
          "retailers, EUR 8,000 a year, and most of your peers are in. Shall I set up a call to walk you through the subscription?", (30, 90)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Viktor Andersson", "Sales Lead | CarbonSnap – automated carbon accounting", "Stockholm",
  ("inm", "Your Scope 3 in one click", "Hi Alex, CarbonSnap reads your invoices and produces a full GHG inventory in days, not months. "
          "Would a 15-min demo this week work?"),
  ("inv", "Hi Alex, loved your post on supplier data quality. Would be great to connect and follow your work!", (90, 200)))
P("reinvite_known_bad", "de", "Matthias Oberle", "Geschäftsführer | ESG Services Oberle", "Freiburg im Breisgau",
  ("inv", DEFAULT),
  ("inv", "Hallo Alex, wir sind uns auf der Nachhaltigkeitskonferenz in Hamburg über den Weg gelaufen – freue mich auf den Austausch!"))
P("reinvite_known_bad", "fr", "Céline Aubry", "Business Developer | GreenAudit France", "Lyon",
  ("inv", "Bonjour Alex, GreenAudit réalise vos audits sociaux et environnementaux fournisseurs en Pologne à prix fixe. On en discute ?"),
  ("inv", "Bonjour Alex, entre professionnels de la RSE, ce serait un plaisir d'échanger et de suivre vos publications."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Patrik Hedlund", "Founder | ClimateBadge – climate labels for consumer brands", "Malmö",
  ("inv", "Hi Alex, we certify products as 'climate positive' in 3 weeks, no LCA needed. Interested?"),
  ("inm", "Your loss", "Declined, I see. Don't come crying when your competitors have the label on every shelf and you're still stuck in "
          "your 'science-based' spreadsheets. Arrogance is not a strategy, Alex.", (10, 25)),
  ("inv", "Hej Alex, new year, fresh start? Would be good to be connected.", (100, 200)))
P("reinvite_known_ugly", "de", "Wolfgang Kessler", "Vorstand | Netzwerk Nachhaltiger Handel e.V.", "Hannover",
  ("inm", "Einladung in unseren Expertenbeirat", "Sehr geehrte(r) Alex Morgan, wir möchten Sie als skandinavische Stimme in den "
          "Expertenbeirat unseres Netzwerks berufen. Der Beirat trifft sich zweimal im Jahr und gibt Impulse für unsere Leitfäden."),
  ("inm", "Expertenbeirat – Formalitäten", "Vielen Dank für Ihre Zusage! Für die Aufnahme in den Beirat fällt die Fördermitgliedschaft von "
          "4.800 € jährlich an. Sie umfasst auch das Siegel „Geprüft nachhaltiger Händler“ für Ihre Filialen. Das Formular liegt bei."),
  ("inv", "Guten Tag, ich würde mich freuen, mit Ihnen auch hier vernetzt zu sein."))
P("reinvite_known_ugly", "fr", "Olivier Peyrac", "Consultant | Label Vert Distribution", "Toulouse",
  ("inv", "Bonjour Alex, notre label « Distributeur Responsable » renforce la confiance de vos clients. Je vous envoie la plaquette ?"),
  ("rem",),
  ("inm", "Sans réponse", "Trois semaines sans réponse, pas même un refus poli. Pour quelqu'un qui se présente comme « responsable », c'est "
          "assez ironique. On se demande ce que vous attendez pour être à la hauteur de votre titre.", (8, 20)),
  ("inv", "Bonjour Alex, je me permets de renouveler ma demande. Au plaisir d'échanger."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Kristian Hovland", "Director | Fjordlog – supply chain mapping", "Oslo",
  ("acc",),
  ("msg", "Thanks for connecting after the Oslo panel, Alex. As I mentioned, Fjordlog maps your tier-2 and tier-3 suppliers automatically. "
          "I can do a free first map of 20 suppliers if you then take the annual licence (NOK 320k). Shall I set it up?"))
P("user_invited_pitch_once", "de", "Nadine Ebert", "Senior Consultant | Klimapartner Nord GmbH", "Hamburg",
  ("acc",),
  ("msg", "Danke für Ihre Einladung, Alex! Wie am Messestand besprochen: Für Ihre Logistik bieten wir ein Kompensationspaket aus "
          "Moorwiedervernässung an, Festpreis 38 € pro Tonne. Soll ich Ihnen ein Angebot über 2.000 t machen?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Camilla Forsberg", "Regional Manager Nordics | PackLoop reusable transport packaging", "Gothenburg",
  ("acc",),
  ("msg", "Thank you for the invite Alex, nice to meet at Elmia! PackLoop's reusable crates cut inbound packaging waste by up to 80%, rental "
          "from SEK 4.20 per trip. Could I come by your Gothenburg office and present?"),
  ("msg", "Hi Alex, circling back on the crates - we could start a pilot with your Polish suppliers in January. When would suit you?"))
P("user_invited_pitch_twice", "fr", "Antoine Lefort", "Directeur commercial | Cabinet Normea – audit de durabilité", "Paris",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Notre cabinet est accrédité pour l'audit des rapports de durabilité. Nous pourrions vous remettre "
          "une proposition pour l'exercice 2025, très compétitive face aux Big Four. Un appel la semaine prochaine ?"),
  ("msg", "Alex, je reviens vers vous : notre proposition est prête (honoraires 42 k€ HT). Quand pourrions-nous la présenter à votre "
          "directeur financier ?"))
P("user_invited_pitch_twice", "en", "Christian Hartwig", "Gebietsleiter Nordeuropa | Hartwig Lichtsysteme", "Dortmund",
  ("acc",),
  ("msg", "Vielen Dank für die Kontaktanfrage, Alex. Wie auf der Messe angesprochen: Mit unserer LED-Umrüstung sparen Ihre Filialen bis zu "
          "60 % Strom. Ich würde Ihnen gern ein Angebot für zehn Pilotfilialen erstellen."),
  ("msg", "Guten Tag Alex, ist mein Angebot angekommen? Bei Bestellung bis Monatsende gilt noch der Vorjahrespreis."), nl="de")


# =============================================================== user_invited_value
P("user_invited_value", "en", "Hanna Sjöström", "Analyst | Nordic Climate Data Foundation", "Stockholm",
  ("acc",),
  ("msg", "Thanks for reaching out after the seminar! Here's our open dataset of Swedish retail transport emissions 2019-2024, methodology "
          "included. Free to use, just cite us. If you like I can show your team how we handled empty running, took us a while to get right."))
P("user_invited_value", "de", "Lena Kowalczyk", "Nachhaltigkeitsmanagerin | Polsterwerk Słubice (Lieferant)", "Frankfurt (Oder)",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Einladung! Wie am Lieferantentag besprochen, hier unsere Antworten zum Fragebogen 2025 und die "
          "Energiedaten unseres Werks in Słubice. Bei Frage 14 (Wasserverbrauch) haben wir nur Jahreswerte – reicht Ihnen das?"))
P("user_invited_value", "fr", "Margaux Bellec", "Maîtresse de conférences | IAE Nantes", "Nantes",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Comme promis au colloque, voici le lien vers notre étude sur l'étiquetage carbone en magasin, avec "
          "les données d'achat anonymisées. Si votre équipe veut tester notre protocole dans un magasin, nous le faisons gratuitement dans "
          "le cadre de la thèse de Louis."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "en", "Elin Sandberg", "Head of Sustainability at Kvarnby Group", "Stockholm", ("acc",))
P("acceptance_only", "de", "Piotr Nowak", "Werksleiter | Meblex Sp. z o.o.", "Szczecin", ("acc",))
P("lone_endorsement", "en", "Sigrid Aasen", "Sustainability coordinator | Trondheim", "Trondheim", ("end",))
P("lone_endorsement", "fr", "Benoît Charlier", "Auditeur social | SMETA & BSCI", "Bruxelles", ("end",))


# LinkedIn caps invitation notes at 300 characters
for _story in PEOPLE:
    for _step in _story[6]:
        if _step[0] == "inv" and _step[1] not in (DEFAULT, NONOTE):
            assert len(_step[1]) <= 300, (_story[2], len(_step[1]))

ERAS = {story[2]: ("2016" if story[2] in ERAS_2016 else "cur") for story in PEOPLE}
assert ERAS_2016 <= set(ERAS), ERAS_2016 - set(ERAS)


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Karin Åkesson", "karin.akesson@hallbo.example", "Scope 3 Lab – Tuesday",
     "Hej Alex,\n\nI sent you a LinkedIn invite as well, but here is the Teams link for Tuesday in case you don't see it there. "
     "Agenda: supplier-specific factors, then a round of experiences.\n\nHälsningar\nKarin", "en"),
    ("Svensk Handel Hållbarhet", "nyhetsbrev@handel-hallbarhet.example", "Nyhetsbrev: nya emissionsfaktorer för transporter",
     "Hej!\n\nNaturvårdsverket har uppdaterat emissionsfaktorerna för godstransporter. Läs mer på vår webb och följ oss på LinkedIn "
     "för fler uppdateringar.\n\nVänliga hälsningar\nRedaktionen", "sv"),
    ("Martina Schulze", "m.schulze@holzwerk-oberlausitz.example", "Fragebogen 2025 – Excel mit PCF-Berechnung",
     "Hallo Alex,\n\nwie in meiner LinkedIn-Nachricht angekündigt, hier die Excel-Datei mit der Berechnungsgrundlage für die drei Bänke.\n\n"
     "Viele Grüße\nMartina Schulze", "de"),
    ("Green Retail Excellence Awards", "awards@greenretail-excellence.example", "Final call: your finalist entry package",
     "Dear Alex,\n\nFurther to our LinkedIn conversation, please find the finalist entry form attached. Payment is due within 7 days to "
     "secure your table at the gala.\n\nThe Awards Team", "en"),
    ("Norrvik Comms", "comms@norrvik.example", "Report launch Thursday – please share on LinkedIn",
     "Hi all,\n\nthe sustainability report goes live Thursday 09:00. Please reshare the post from the Norrvik Retail LinkedIn page rather "
     "than writing your own, so legal stays happy.\n\nThanks!\nComms", "en"),
    ("Textiles Propres Europe", "contact@textiles-propres.example", "Table ronde du 3 juin – programme",
     "Bonjour,\n\nvous trouverez ci-joint le programme de la table ronde. Les échanges ne seront relayés sur LinkedIn qu'avec l'accord des "
     "participants.\n\nL'équipe TPE", "fr"),
    ("Jonas Ekberg", "jonas.ekberg@lagerhus.example", "Fwd: I want to connect",
     "Alex, did this one reach you too? Shortlisted for an award we never entered...\n\n---------- Forwarded message ---------\n"
     "From: Chloe Farrington via LinkedIn <invitations@linkedin.com>\nSubject: I want to connect\n\nHello Jonas, congratulations! "
     "Lagerhus Group has been shortlisted for the Green Retail Excellence Awards 2025...", "en"),
    ("Nordic Circularity Summit", "tickets@nordic-circularity.example", "Your ticket: Nordic Circularity Summit, Malmö",
     "Hi Alex, your free practitioner ticket is confirmed. Tell your network on LinkedIn that you're coming with #NCS25.", "en"),
    ("Magdalena Wróbel", "m.wrobel@drewpol.example", "Questionnaire 2025 - Scope 2 question",
     "Dear Alex,\n\nI tried to reach you on LinkedIn with our question about Scope 2, maybe you did not see it. We need the answer before "
     "30th to send the questionnaire on time.\n\nBest regards / Z poważaniem\nMagdalena Wróbel", "en"),
    ("IT-support Norrvik", "it-support@norrvik.example", "Phishing warning: fake LinkedIn messages about ESG ratings",
     "Hi everyone,\n\nwe see fake LinkedIn mails telling people that our ESG rating was downgraded and asking them to log in. Do not click. "
     "Forward them to security@norrvik.example.\n\nIT-support", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot eighty-second development corpus (dev82). Generated by scripts/make_corpus_dev82.py (seed {SEED}); do not edit by hand.",
          "# Alex as head of sustainability at a Swedish retailer with suppliers in Germany and Poland: ESG-data and carbon-accounting vendors, "
          "certification bodies and auditors, consultants, NGOs, suppliers answering questionnaires, industry-initiative peers, researchers, "
          "award sellers. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev82", SEED, PEOPLE, FOREIGN, spoofs=12, other=10, header=HEADER, eras=ERAS)
