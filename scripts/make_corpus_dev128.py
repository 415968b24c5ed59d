#!/usr/bin/env python3
"""Write mailbot's development corpus dev128: tests/corpus/dev128/*.eml + expected.toml.

The angle: Alex is head of procurement at a mid-size pharmaceutical company in Basel
(Rhenalis Pharma AG, invented). Most of the people who write want to sell to Alex: CDMOs
and API makers with free capacity, primary-packaging and lab-equipment suppliers, cold-chain
forwarders, procurement-software and AI-sourcing vendors, cost-reduction consultants,
interim-staffing agencies. Next to them: peer buyers at other pharma and chemical firms who
share supplier intelligence (allocations, failed audits, insolvencies, pooled audits),
procurement associations with free roundtables and CPD points, executive-search partners
with real CPO roles, students and lecturers, and the usual LinkedIn hangers-on (endorse-me-
back, wealth advisers). Swiss German (Grüezi, Hoi, dialect among peers, CHF 4'900), High
German, English from natives and non-natives, Swiss and French French, a little Italian
from Ticino.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. Endorsement skills, the recipient headline, job-alert and news
titles, names and headlines of spoof-only people and PYMK suggestions, and the lures the
spoofs carry are swapped for procurement ones in this process only (make_corpus.py itself
is not changed). Every note was written from shared/taxonomy.md alone, without reading
mailbot's signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev128.py              # writes tests/corpus/dev128
    python scripts/make_corpus_dev128.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260128

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ pharma-procurement world (this process only)
SKILLS = {
    "de": ["Strategischer Einkauf", "Lieferantenmanagement", "Verhandlungsführung", "Beschaffung", "Warengruppenmanagement", "GMP"],
    "en": ["Strategic Sourcing", "Procurement", "Supplier Relationship Management", "Negotiation", "Category Management", "Pharmaceutical Industry"],
    "fr": ["Achats stratégiques", "Gestion des fournisseurs", "Négociation", "Approvisionnement", "Industrie pharmaceutique"],
    "it": ["Acquisti strategici", "Gestione fornitori", "Negoziazione", "Approvvigionamento", "Industria farmaceutica"],
    "es": ["Compras estratégicas", "Gestión de proveedores", "Negociación", "Aprovisionamiento", "Industria farmacéutica"],
}
RHEADLINE = {
    "de": "Leitung Einkauf | Pharma-Beschaffung, CDMO- und Lieferantenmanagement | Rhenalis Pharma AG, Basel",
    "en": "Head of Procurement | Pharma sourcing, CDMO & supplier management | Rhenalis Pharma AG, Basel",
    "fr": "Responsable des achats | Sourcing pharmaceutique et gestion des CDMO | Rhenalis Pharma AG, Bâle",
    "it": "Responsabile Acquisti | Sourcing farmaceutico e gestione CDMO | Rhenalis Pharma AG, Basilea",
    "es": "Director de Compras | Aprovisionamiento farmacéutico y CDMO | Rhenalis Pharma AG, Basilea",
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
    mc.L[_l]["rheadline"] = RHEADLINE[_l]

# Alex reads LinkedIn mostly in German, often in English, sometimes in French
mc.LANGS[:] = ["de", "en", "fr", "de", "en"]
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:outlook.com", "dkimfail", "lookalike:linkedin-mail.co", "untrusted:mx.google.com",
                       "nodkim", "lookalike:xn--lnkedin-rfb.com", "buried", "display:tradeco-supplies.example", "wrongpass", "noauth"]
mc.NAMES["de"] = (["Reto", "Corinne", "Beat", "Simone", "Urs", "Nadja", "Dominik", "Sibylle", "Adrian", "Manuela", "Thomas", "Barbara", "Pascal"],
                  ["Gysi", "Ammann", "Felber", "Wüthrich", "Buser", "Schaub", "Hunziker", "Rüegg", "Vetter", "Hasler", "Gut", "Frischknecht"])
mc.NAMES["en"] = (["Gareth", "Shona", "Neil", "Amrita", "Bethany", "Craig", "Leona", "Oscar", "Tamsin", "Vivek"],
                  ["Holloway", "Bradshaw", "Iyer", "Pennington", "Quinlan", "Ramsey", "Whitlock", "Carver", "Dunmore", "Osei"])
mc.NAMES["fr"] = (["Sylvain", "Aline", "Cédric", "Nathalie", "Yannick", "Murielle", "Gaëtan", "Coralie", "Fabien", "Séverine"],
                  ["Rossier", "Cuennet", "Dafflon", "Monney", "Chappuis", "Reymond", "Cretton", "Junod", "Perroud", "Vauthey"])
mc.CITY["de"] = ["Basel", "Zürich", "Liestal", "Aarau", "Muttenz", "Frankfurt am Main", "Freiburg im Breisgau", "Luzern"]
mc.CITY["en"] = ["London", "Cambridge", "Dublin", "Basel", "Hyderabad", "Boston", "Amsterdam"]
mc.CITY["fr"] = ["Genève", "Lausanne", "Monthey", "Lyon", "Neuchâtel", "Fribourg", "Mulhouse"]
mc.COMPANIES["good"] = ["Novalpina Pharma", "Jurapharm AG", "Basilea Biotech", "Laboratoires Lémanis", "Altarion Biopharma", "Helvecura AG",
                        "Pharma Procurement Forum Europe", "FHNW Hochschule für Wirtschaft"]
mc.COMPANIES["sales"] = ["Sarvana Biologics", "Vetrotec Primärpackmittel", "SourceLoop", "Frigolab", "ChromaLab", "ProcureFlow", "Meridia Life Sciences",
                         "Corvane Fill-Finish", "PackSmart", "ContractIQ"]
mc.HEADLINES["good"] = ["Head of Procurement at {co}", "Leiterin Einkauf | {co}", "Senior Buyer, Raw Materials | {co}", "Category Manager Packaging at {co}",
                        "Acheteuse stratégique chez {co}", "Supply Chain Director | {co}", "Einkäufer CDMO-Management bei {co}"]
mc.HEADLINES["sales"] = ["Business Development Director | {co}", "Key Account Manager Pharma | {co}", "Account Executive DACH at {co}",
                         "Sales Manager Switzerland – {co}", "VP Sales Europe | {co}", "Partnerships Lead at {co}"]
mc.JOBS[:] = [("Head of Strategic Sourcing (m/w/d)", "Helvecura AG"), ("Global Category Manager CDMO", "Altarion Biopharma"),
              ("Chief Procurement Officer", "Novalpina Pharma"), ("Directeur des achats", "Laboratoires Lémanis"),
              ("Lead Buyer Packaging Materials", "Jurapharm AG"), ("Senior Procurement Manager, R&D Services", "Basilea Biotech")]
SPOOF_LURES = {
    "de": ["Guten Tag {first}, anbei unsere aktualisierte Bankverbindung für alle offenen Rechnungen. Bitte bestätigen Sie die Änderung über den gesicherten Link.",
           "Hallo {first}, ich habe Ihnen die Ausschreibungsunterlagen (RFQ Vials 2026) freigegeben. Bitte melden Sie sich mit Ihrem Firmenkonto an, um sie zu öffnen."],
    "en": ["Hi {first}, our remittance details have changed. Please log in to the supplier portal and confirm the new IBAN before the next payment run.",
           "Dear {first}, the signed purchase order and the updated price list are in the shared folder. Sign in to review and countersign today."],
    "fr": ["Bonjour {first}, vous trouverez le bon de commande signé dans l'espace partagé. Connectez-vous avec vos identifiants pour le valider.",
           "Bonjour {first}, nos coordonnées bancaires ont changé. Merci de confirmer le nouvel IBAN via le lien sécurisé avant le prochain paiement."],
    "it": ["Buongiorno {first}, le ho condiviso l'ordine firmato. Acceda con le credenziali aziendali per scaricarlo."],
    "es": ["Hola {first}, te he compartido el pedido firmado. Inicia sesión con tu cuenta de empresa para descargarlo."],
}
for _l, _n in SPOOF_LURES.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
mc.INMAIL_SUBJECTS["de"]["sales"] = ["Neue Bankverbindung", "RFQ-Unterlagen", "Dringend: Bestellung", "Dokument freigegeben"]
mc.INMAIL_SUBJECTS["en"]["sales"] = ["Updated remittance details", "Signed PO attached", "Action required: supplier portal", "Shared document"]
mc.INMAIL_SUBJECTS["fr"]["sales"] = ["Bon de commande signé", "Nouvelles coordonnées bancaires", "Document partagé"]
retitle_other({
    "de": dict(job=("{n} neue Jobs für „Leitung Einkauf Pharma“", "Ihr Jobalarm für Leitung Einkauf Pharma in {city}"),
               news="Engpässe bei Generika: Wie abhängig ist Europa von Asien?", group="Top-Unterhaltungen in Einkauf Life Sciences Schweiz",
               newsletter="Einkauf kompakt: Was das Lieferkettengesetz für CDMO-Verträge bedeutet"),
    "en": dict(job=("{n} new jobs for \"head of procurement pharma\"", "Your job alert for head of procurement pharma in {city}"),
               news="Are CDMOs about to run out of fill-finish capacity?", group="Top conversations in Pharma Procurement Professionals",
               newsletter="The Sourcing Desk: should-cost models for excipients, explained"),
    "fr": dict(job=("{n} nouvelles offres pour « responsable achats pharma »", "Votre alerte emploi pour responsable achats pharma à {city}"),
               news="Pénuries de médicaments : l'Europe peut-elle relocaliser ses principes actifs ?", group="Meilleures discussions dans Acheteurs Santé Romandie",
               newsletter="Le carnet de l'acheteur : renégocier un contrat CDMO"),
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "de", "Reto Gysin", "Leiter Beschaffung | Novalpina Pharma AG", "Liestal",
  ("inv", "Grüezi Alex, wir sind beide im Regio-Einkäuferkreis, haben aber nie gesprochen. Kurze Frage unter Einkäufern: Habt ihr bei Typ-I-Glas "
          "auch Allokationen für nächstes Jahr bekommen? Ich würde gern Erfahrungen austauschen, ganz ohne Agenda."),
  ("rem",))
P("good_invitation", "en", "Harriet Lowe", "Programme Director | Pharma Procurement Forum Europe (non-profit)", "London",
  ("inv", "Hi Alex, we're holding a free roundtable for pharma procurement heads in Basel on 12 March, Chatham House rules and no sponsors "
          "in the room. Topic: CDMO capacity after the Biosecure debate. Your view would add a lot. Shall I send the invite?"))
P("good_invitation", "de", "Dr. Katrin Albers", "Referentin Weiterbildung | Fachverband Einkauf Life Sciences e.V.", "Frankfurt am Main",
  ("inv", "Guten Tag, am 6. Mai bieten wir ein kostenloses Webinar zu den GDP-Pflichten bei der Auswahl von Transportdienstleistern an. "
          "Referent ist ein ehemaliger GMP-Inspektor, die Teilnahme zählt mit 2 CPD-Punkten für CIPS. Ich würde mich freuen, wenn Sie dabei sind."))
P("good_invitation", "fr", "Valérie Pittet", "Acheteuse principale matières premières | Laboratoires Lémanis SA", "Vevey",
  ("inv", "Bonjour Alex, nous avons eu de gros soucis avec un fournisseur d'excipients en Inde que vous utilisez peut-être aussi (lots hors spec, "
          "audit raté). Je partage volontiers notre rapport d'audit entre acheteurs, si ça peut vous éviter la même galère."),
  ("rem",))
P("good_invitation", "en", "Graham Oduya", "Partner, Life Sciences Practice | Stanmore Executive Search", "London",
  ("inv", "Alex, I'm retained by a Swiss biotech in Zug to find their first Chief Procurement Officer: reports to the CFO, team of 14, and they "
          "need someone to build out the CDMO network. Your background is close to the brief. Open to a confidential call?"))
P("good_invitation", "de", "Lukas Brändli", "Einkauf Packmittel | Jurapharm AG", "Delémont",
  ("inv", "Hoi Alex, de Beat Kuster vom Einkäuferstamm het gseit, ich söll mi bi dir melde: Mir sueche beidi e Zweitquelle für Blister-Alu. "
          "Es gemeinsams Audit bim Lieferant in Tschechie chönnt d Chöschte für beidi halbiere. Wotsch das mal aaluege?"),
  ("rem",))
P("good_invitation", "it", "Sofia Bernasconi", "Studentessa MSc Supply Chain Management | Università della Svizzera italiana", "Lugano",
  ("inv", "Buongiorno Alex, sto scrivendo la tesi di master sull'approvvigionamento di principi attivi in Europa dopo il 2020. Potrei farle "
          "quattro o cinque domande via email, quando ha tempo? Le invierei volentieri la tesi finita, con i dati aggregati di tutte le aziende."))


# =============================================================== default_invitation
P("default_invitation", "de", "Marco Tschudin", "Verkauf Laborbedarf | Region Nordwestschweiz", "Pratteln", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Rahul Mehta", "Business Development Director | APIs & Advanced Intermediates", "Hyderabad", ("inv", DEFAULT))
P("default_invitation", "de", "Sandra Kühnis", "Procurement Consultant | Indirekte Beschaffung", "Zürich", ("inv", NONOTE))
P("default_invitation", "fr", "Nicolas Rey", "Key Account Manager | Emballages pharmaceutiques", "Lyon", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Vikram Rao", "VP Business Development Europe | Sarvana Biologics (CDMO)", "Hyderabad",
  ("inv", "Hi Alex, Sarvana just commissioned two 2,000 L single-use bioreactors with open slots from Q3. EU-GMP and FDA approved, roughly 30% "
          "below EU CDMO rates. Could we set up a 30-min intro call with you and your tech-ops colleagues?"))
P("sales_invitation", "de", "Jens Hartwig", "Key Account Manager Pharma | Vetrotec Primärpackmittel GmbH", "Mainz",
  ("inv", "Guten Tag, wir beliefern zahlreiche Pharmahersteller im Raum Basel mit Vials und Karpulen aus Borosilikatglas. Gern stelle ich Ihnen "
          "unser Portfolio vor und mache Ihnen ein Angebot für Ihre Jahresmengen. Passt Ihnen ein Termin in KW 14?"),
  ("rem",))
P("sales_invitation", "de", "Chloe Barrington", "Enterprise Account Executive | SourceLoop – agentic AI for procurement", "Amsterdam",
  ("inv", "Alex, saw Rhenalis is hiring two sourcing analysts. SourceLoop's AI agents run tail-spend RFQs end to end, so the team you have can "
          "focus on the strategic stuff. Worth 20 minutes to see it live on your own category data?"), nl="en")
P("sales_invitation", "fr", "Thierry Monnier", "Directeur commercial | Frigolab – transport sous température dirigée", "Lyon",
  ("inv", "Bonjour Alex, Frigolab achemine des produits 2-8 °C pour plusieurs laboratoires suisses avec 99,8 % de conformité température. "
          "Je serais ravi de vous faire une offre sur vos flux Bâle–Europe. Un créneau la semaine prochaine ?"))
P("sales_invitation", "de", "Patrick Hänggi", "Inhaber | Hänggi Procurement Consulting GmbH", "Aarau",
  ("inv", "Grüezi Alex, ich begleite Einkaufsabteilungen in Pharma und Chemie bei Einsparungen von 8–15 % in den indirekten Kategorien, "
          "komplett erfolgsbasiert. Hätten Sie Zeit für ein kurzes Kennenlernen, um die Potenziale bei Rhenalis anzuschauen?"),
  ("rem",))
P("sales_invitation", "it", "Paolo Vercesi", "Area Manager DACH | Strumentazione analitica per il QC", "Como",
  ("inv", "Buongiorno Alex, la nostra gamma di HPLC e dissolutori ora è distribuita direttamente in Svizzera, con condizioni di lancio fino a "
          "fine anno. Le andrebbe di ricevere un preventivo per il rinnovo degli strumenti del suo laboratorio QC?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "de", "Ethan Crowley", "Founder, CPO Circle DACH | Connecting procurement leaders", "Zürich",
  ("inv", "Alex, I'm pulling together a small circle of procurement heads from DACH life sciences. Quarterly calls, no vendors, just candid "
          "talk about CDMO and supplier risk among peers. Would be great to have you in it."),
  ("msg", "Great to be connected! Quick bit of context on the circle: it's hosted by our advisory firm, and members get our supplier-risk "
          "assessment at a member rate (CHF 18k instead of 26k). Shall I put 30 minutes in your diary to scope it?", (3, 9)),
  ("msg", "Hi Alex, circling back on the assessment. We have two scoping slots left before year end. Does Tuesday or Thursday suit you better?", (8, 16)), nl="en")
P("bait_and_switch_invitation", "de", "Stefanie Rohrbach", "Einkaufsleiterin a.D. | Mentorin | Netzwerk Einkäuferinnen Basel", "Basel",
  ("inv", "Hallo Alex, ich baue in Basel ein kleines Netzwerk von Einkaufsleiterinnen und Einkaufsleitern aus Pharma und Chemie auf: "
          "Austausch, ab und zu ein Impuls, danach Apéro. Magst du dazukommen?"),
  ("msg", "Schön, dass du dabei bist! Ich begleite Einkaufsteams übrigens auch als Verhandlungscoach. Mein dreitägiges Intensivtraining "
          "für Führungskräfte kostet CHF 4'900 pro Person, Netzwerkmitglieder erhalten 10 % Rabatt. Soll ich dir die Unterlagen schicken?"))
P("bait_and_switch_invitation", "en", "Rohit Bansal", "Procurement Transformation | ex-CPO generics", "Mumbai",
  ("inv", "Hi Alex, quick question from one pharma buyer to another: how are you handling this year's price-increase letters from excipient "
          "suppliers? I'm collecting views for a short write-up that goes to everyone who contributes."),
  ("msg", "Thanks for connecting. Full disclosure, I now lead the pharma practice at Margin Lane. We build should-cost models for excipients "
          "and usually find 6-9% on the first renegotiation. Could I walk you through what we found for two of your competitors? 20 min?"))
P("bait_and_switch_invitation", "fr", "Julien Favre", "Fondateur | Benchmark Achats Santé", "Genève",
  ("inv", "Bonjour Alex, nous menons une étude gratuite sur les conditions contractuelles des CDMO en Suisse (délais, pénalités, paiement). "
          "Chaque participant reçoit le rapport complet. Seriez-vous d'accord d'y contribuer ?"),
  ("msg", "Merci Alex ! Le rapport est prêt. La version détaillée, avec votre positionnement face à vos pairs, est disponible pour CHF 6'500 HT. "
          "Je vous envoie l'offre ?", (12, 28)),
  ("msg", "Petite relance : l'offre de lancement se termine vendredi. Voulez-vous qu'on fixe un appel pour en parler ?", (4, 9)))
P("bait_and_switch_invitation", "de", "Simon Zürcher", "Co-Founder | TailSpend.ch", "Winterthur",
  ("inv", "Sali Alex, ich teile gern unsere Vorlage für die Lieferanten-Selbstauskunft nach VSoTr (Schweizer Sorgfaltspflichten), gratis als "
          "Word-Datei. Hab gesehen, dass ihr das Thema gerade angeht."),
  ("msg", "Freut mich, dass wir vernetzt sind! Die Vorlage findest du im Anhang. Übrigens automatisieren wir genau diese Selbstauskünfte "
          "auf unserer Plattform, ab CHF 900 im Monat. Hättest du nächste Woche 20 Minuten für eine Demo?"))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Megan Halloran", "Executive MBA candidate | Research on pharma supply resilience", "Dublin",
  ("inm", "Research on supply resilience", "Hi Alex, I'm finishing an executive MBA and my capstone looks at how mid-size pharma companies qualified "
          "second sources after 2020. Would you be open to a 20-minute interview? Everyone who takes part gets the anonymised findings."),
  ("inm", "Re: Research on supply resilience", "Thanks so much for replying! Alongside the MBA I work at Resilix, and our supplier-risk monitoring "
          "platform covers exactly the gaps interviewees keep describing. Could I set up a demo with our solutions team next week? Licences start at CHF 35k a year."))
P("bait_and_switch_inmail", "de", "Thomas Egli", "Präsident | Verein Pharma-Einkauf Schweiz", "Bern",
  ("inm", "Einladung in den Fachbeirat", "Guten Tag Alex, für unsere Herbsttagung stellen wir einen Fachbeirat zusammen, der das Programm mitgestaltet. "
          "Wir würden uns freuen, Sie als Stimme aus dem Pharma-Einkauf dabeizuhaben. Zwei Sitzungen, online. Hätten Sie Interesse?"),
  ("inm", "Fachbeirat – nächste Schritte", "Herzlichen Dank für Ihre Zusage! Zur Einordnung: Die Mitglieder des Fachbeirats treten als Partner der "
          "Tagung auf. Das Partnerpaket Silber kostet CHF 7'500 und beinhaltet einen Stand und ein Referat. Darf ich Ihnen den Vertrag zustellen?", (5, 12)))
P("bait_and_switch_inmail", "fr", "Bruno Lachat", "Associé | Alpes Sourcing Partners", "Sion",
  ("inm", "Question sur un façonnier", "Bonjour, je crois savoir que vous travaillez avec un façonnier de la région de Monthey. Un de nos contacts hésite "
          "à leur confier un transfert. Auriez-vous un retour d'expérience, même bref ? Je vous en serais très reconnaissant."),
  ("inm", "Suite à votre retour", "Merci pour votre réponse, très utile. Par ailleurs, notre cabinet accompagne les directions achats pharma dans la "
          "renégociation de leurs contrats CDMO, avec des honoraires liés aux économies obtenues. Auriez-vous 30 minutes pour qu'on vous présente la démarche ?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "de", "Daniela Wyss", "Einkäuferin indirekte Materialien | Logistikdienstleistungen", "Muttenz",
  ("end",), ("end",),
  ("msg", "Hoi Alex! Ha di grad für {skill} bestätigt 🙂 Wärsch so lieb und würdsch mi für Verhandlungsführig und SAP MM bestätige? "
          "Bi am Bewerbe und das hilft würkli. Merci vielmal!"))
P("endorse_me_back", "en", "Kofi Mensah", "Sourcing Manager | Biologics & Cell Therapy", "Cambridge",
  ("end",),
  ("msg", "Hey Alex, endorsed you for {skill}, you clearly know your stuff. Mind returning the favour for Category Management and Contract "
          "Negotiation? I'm building up my profile for a move onto a CPO track. Cheers!"))
P("endorse_me_back", "fr", "Sandrine Jaquet", "Consultante achats indépendante", "Neuchâtel",
  ("end",), ("end",),
  ("msg", "Bonjour Alex, je me suis permis de valider vos compétences en {skill}. En retour, pourriez-vous valider les miennes en Achats "
          "stratégiques et en Gestion de projet ? Ça m'aiderait pour une mission en cours. Merci d'avance et belle journée !"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Brandon Keyes", "Director, Business Development | Corvane Sterile Fill-Finish", "Boston",
  ("inv", "Alex, we fill around 200 lots a year for European biotechs and have room on our isolator line from Q2. Worth a quick call?"),
  ("rem",),
  ("inm", "Disappointed", "Alex, I've reached out three times now. I get that you're busy, but ignoring a simple connection request is frankly "
          "unprofessional for someone whose job is supplier relationships. I'll remember it when you need capacity in a hurry."))
P("hostility_after_decline", "de", "Heinz Brunner", "Verkaufsleiter | Brunner Laborgeräte AG", "Olten",
  ("inv", DEFAULT),
  ("inm", "Nachfrage", "Grüezi. Offenbar ist es unter Ihrer Würde, die Anfrage eines Schweizer KMU überhaupt anzunehmen. Vermutlich kaufen "
          "Sie lieber billig in Asien ein und wundern sich dann über Lieferengpässe. Schade um den Werkplatz Schweiz."))
P("hostility_after_decline", "fr", "Olivier Gachet", "Consultant en achats et supply chain", "Fribourg",
  ("inv", "Bonjour Alex, je travaille depuis 20 ans dans les achats industriels et j'aimerais échanger avec vous sur vos enjeux fournisseurs."),
  ("inm", "Sans réponse", "Alex, je constate que vous avez ignoré ma demande. Dans un milieu aussi petit que les achats pharma en Suisse, "
          "ce genre d'attitude finit par se savoir. Bonne continuation quand même."))
P("hostility_after_decline", "en", "Markus Lindner", "Sales Manager DACH | Procure-to-Pay Software", "München",
  ("inv", "Hi Alex, let's connect, I would like to share how other pharma companies cut their PO cycle time by half."),
  ("rem",),
  ("inm", "Seriously?", "Two reminders and not even a no. How arrogant must one be? Some people forget that one day they will also "
          "search a job and need their network."))


# =============================================================== hostility_connection
P("hostility_connection", "de", "Sven Kessler", "Account Director | ChromaLab Verbrauchsmaterial", "Freiburg im Breisgau",
  ("msg", "Guten Tag, kurzer Hinweis: Unsere HPLC-Säulen und Vials sind ab sofort auch mit Konsignationslager in Basel erhältlich. "
          "Wollen wir die Konditionen für Ihr QC-Labor einmal durchgehen?"),
  ("msg", "Nochmals Hallo, ich habe Ihnen ein Rahmenvertragsangebot vorbereitet, 12 % unter Listenpreis. Wann passt ein Telefonat?"),
  ("msg", "Ich habe Ihnen jetzt dreimal geschrieben. Ein kurzes \"kein Interesse\" wäre das Mindeste gewesen. Mit dieser Haltung braucht "
          "sich der Einkauf nicht zu wundern, wenn Lieferanten im nächsten Engpass andere Kunden bevorzugen."))
P("hostility_connection", "en", "Lauren Pike", "Founder | PackSmart Sustainable Packaging", "Manchester",
  ("acc",),
  ("msg", "Thanks for connecting after the panel at the expo! PackSmart's mono-material blisters cut packaging CO2 by about 40%. "
          "Could we quote a pilot on one of your OTC SKUs?"),
  ("msg", "Wow. You sent me the invite, I answered your question on the panel, and now total radio silence. Pretty rude, honestly. "
          "I won't waste any more of my time on you."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Aditya Kulkarni", "Global Key Account Manager | Meridia Life Sciences (APIs)", "Pune",
  ("msg", "Dear Alex, hope you are doing well. We have recently got EDQM CEP for metformin and valsartan API, and can offer very competitive "
          "prices for Swiss market with 60 days credit. Kindly share your annual requirement so I can send the quotation."),
  ("msg", "Dear Alex, gentle reminder on my previous message. We are also now offering free samples for qualification. Please let me know a "
          "suitable time for a call with our technical team."))
P("connection_only_pitches", "de", "Claudia Frey", "Account Managerin | ProcureFlow eSourcing", "Zürich",
  ("msg", "Hallo Alex, viele Pharmaeinkäufer machen Ausschreibungen noch per Excel und E-Mail. Mit ProcureFlow laufen RFQ, Auktion und "
          "Vergabe an einem Ort, GxP-konform dokumentiert. Darf ich Ihnen 20 Minuten zeigen, wie das aussieht?"),
  ("msg", "Guten Tag Alex, kleiner Nachtrag: Wir haben gerade ein Paket für mittelgrosse Pharmafirmen geschnürt, erste 6 Monate zum halben Preis. "
          "Sollen wir einen Termin finden?"),
  ("msg", "Hallo Alex, ich melde mich ein letztes Mal wegen ProcureFlow, das Angebot gilt bis Ende Monat. Wäre ein kurzer Call nächste Woche möglich?"))
P("connection_only_pitches", "fr", "Laurent Dufaux", "Conseiller en prévoyance | cadres et dirigeants", "Lausanne",
  ("msg", "Bonjour Alex, en tant que cadre dirigeant, avez-vous optimisé votre 3e pilier et vos rachats LPP cette année ? Je vous propose "
          "un bilan de prévoyance de 45 minutes, sans engagement."),
  ("msg", "Bonjour Alex, je me permets de revenir vers vous : il reste quelques semaines pour vos versements déductibles. Quel créneau vous conviendrait ?"))


# =============================================================== single_pitch
P("single_pitch", "de", "Beat Steiner", "Geschäftsführer | Steiner Reinraumtechnik AG", "Rheinfelden",
  ("msg", "Grüezi Alex, wir liefern Reinraumbekleidung und Einwegoveralls für Klasse A/B inklusive Wäscherei-Service, alles aus der Schweiz. "
          "Ich würde Ihnen gern ein Muster vorbeibringen und über ein Angebot für Ihre Produktion sprechen. Wann hätten Sie Zeit?"))
P("single_pitch", "en", "Natalie Greer", "Partner | Clearwater Spend Advisory", "London",
  ("msg", "Hi Alex, we do no-win-no-fee recovery audits on accounts payable for pharma, typically 0.1-0.3% of spend recovered from "
          "duplicate payments and missed rebates. Happy to send a one-pager, or would a short call work better?"))
P("single_pitch", "it", "Giorgio Pedrazzini", "Sales Manager | Logistica farmaceutica Ticino", "Mendrisio",
  ("msg", "Ciao Alex, abbiamo appena aperto un nuovo magazzino GDP a Stabio con celle a 2-8 °C e 15-25 °C, a dieci minuti dal confine. "
          "Se le interessa, le mando un'offerta per lo stoccaggio dei vostri prodotti destinati all'Italia."))


# =============================================================== connection_brings_value
P("connection_brings_value", "de", "Andrea Bühler", "Leiterin Einkauf | Basilea Biotech AG", "Basel",
  ("msg", "Hoi Alex, nur als Vorwarnung: Unser Lieferant für Filtrationskapseln hat heute Kurzarbeit angemeldet und die Zahlungsziele bei "
          "seinen Vorlieferanten schon zweimal überzogen. Falls ihr dort auch bezieht, schick ich dir gern unsere Liste mit den zwei "
          "Alternativen, die wir qualifiziert haben."),
  ("msg", "Und noch was anderes: Am 3. im Monat machen wir wieder unser Einkäufer-Zmittag in der Markthalle, jede/r zahlt selber, kein "
          "Programm. Wenn du Zeit hast, komm doch vorbei."))
P("connection_brings_value", "de", "Priyanka Desai", "Category Lead, Lab Consumables | Altarion Biopharma", "Basel",
  ("end",),
  ("msg", "Hi Alex, as promised at the Einkäufertag, here are our anonymised price benchmarks for pipette tips, cell-culture media and "
          "gloves across three distributors (2024 vs 2025). Feel free to use them in your negotiations, just don't circulate the raw file."), nl="en")
P("connection_brings_value", "fr", "Émilie Rochat", "Secrétaire générale | Association des acheteurs romands", "Lausanne",
  ("msg", "Bonjour Alex, notre conférence d'automne à Fribourg porte sur les risques fournisseurs dans la santé. Les membres des associations "
          "partenaires y sont invités gratuitement et la journée donne droit à 6 heures de formation continue. Je vous mets sur la liste ?"))
P("connection_brings_value", "en", "Jonas Lindgren", "Head of Procurement | Nordvik Pharma", "Stockholm",
  ("msg", "Alex, four of us (two Nordics, one Dutch, one German) are pooling the audit of the same sterile CMO in Italy next spring, "
          "shared auditor and costs split by headcount. There is room for a fifth company. Interested? I can send the audit plan."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "de", "Corinne Imhof", "Senior Consultant | Imhof & Partner Executive Search", "Zürich",
  ("inm", "CPO-Mandat Medtech, Raum Zürich", "Guten Tag Alex, wir besetzen exklusiv die Position Chief Procurement Officer bei einem "
          "börsennotierten Schweizer Medtech-Unternehmen (Mitglied der Geschäftsleitung, rund 1,1 Mrd. CHF Einkaufsvolumen). Ihr Werdegang "
          "im Pharma-Einkauf passt sehr gut zum Profil. Hätten Sie Interesse an einem vertraulichen Gespräch?"))
P("stranger_inmail_recruiter", "de", "James Whitaker", "Talent Acquisition Lead, Global Procurement | Altarion Biopharma", "Basel",
  ("inm", "Global Category Director, External Manufacturing", "Hi Alex, I'm hiring a Global Category Director for External Manufacturing "
          "here in Basel: owns our CDMO spend of roughly USD 600m, leads a team of nine across three sites, hybrid. I think your CDMO "
          "experience makes you a strong fit. Could we speak for 20 minutes this week?"), nl="en")
P("stranger_inmail_recruiter", "fr", "Nathalie Berset", "Recrutement de cadres | Berset Conseil RH", "Genève",
  ("inm", "Directeur/trice des achats – biotech genevoise", "Bonjour Alex, je recrute pour une biotech genevoise en phase commerciale "
          "un·e directeur·trice des achats, rattaché·e au COO, avec la création d'une équipe de cinq personnes. Le poste me semble "
          "correspondre à votre parcours. Seriez-vous ouvert·e à un premier échange confidentiel ?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Tyler Brandt", "Sales Development Rep | ContractIQ – AI contract analytics", "Austin",
  ("inm", "Your supplier contracts", "Hey Alex! Quick one: most pharma procurement teams we talk to can't say how many of their supplier "
          "contracts auto-renew next quarter. ContractIQ reads them all in 48 hours. Open to a 15-min demo?"),
  ("inm", "Re: Your supplier contracts", "Bumping this up in case it got buried. Happy to run a free scan on 20 of your contracts first. What does your week look like?"))
P("stranger_inmail_sales", "de", "Oliver Grabowski", "Business Development | Interim-Einkäufer für Pharma & Chemie", "Stuttgart",
  ("inm", "Interim-Verstärkung im Einkauf", "Guten Tag Alex, Engpass im Team? Wir stellen innerhalb von fünf Werktagen erfahrene "
          "Interim-Einkäufer mit GMP-Hintergrund, ab 950 € Tagessatz. Darf ich Ihnen zwei passende Profile schicken?"))
P("stranger_inmail_sales", "en", "Wei Zhang", "Overseas Sales Manager | Jiangsu pharmaceutical intermediates", "Nanjing",
  ("inm", "Cooperation", "Dear Alex, Good day! We are professional manufacturer of pharmaceutical intermediates with 15 years experience, "
          "GMP workshop and DMF. Price is very competitive. Can you send me your inquiry list? Best regards, Wei"),
  ("inm", "Cooperation - new price list", "Dear Alex, Attached our new price list for this quarter. Special discount for first order. Waiting your reply."))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Isabel Thornbury", "Head of Sourcing, Sterile Products | Helvecura AG", "Basel",
  ("inv", "Alex, we and two other Basel companies are sharing the audit of a fill-finish CMO in Slovenia this autumn. If you use them too, "
          "you'd be welcome to join: one auditor, report shared, costs split. Let me know and I'll add you to the thread."),
  ("msg", "Here's the final audit report as promised, with the CAPA list. Two major findings, both on environmental monitoring."),
  ("msg", "Hi Alex, some news: I've left Helvecura and set up on my own as a sourcing consultant. For companies like Rhenalis I offer CDMO "
          "selection and audit management at CHF 2,200 a day. Could we have a call about your pipeline for next year?", (20, 60)))
P("good_turns_ugly", "de", "Urs Lehmann", "Einkaufsleiter | Rheinchem AG", "Schweizerhalle",
  ("inv", "Grüezi Alex, ich organisiere den Einkäuferstamm Nordwestschweiz, einmal im Quartal, reihum bei einer Firma, ohne Lieferanten. "
          "Nächstes Mal geht es um Energiepreise. Darf ich dich auf die Einladungsliste nehmen?"),
  ("msg", "Hallo Alex, wie versprochen unsere Auswertung zu den Strom- und Gasverträgen der Teilnehmer (anonymisiert). Bis zum Stamm!"),
  ("end",),
  ("msg", "Sali Alex, hab dich grad für {skill} bestätigt. Kleine Bitte: Kannst du mich auch für Energiebeschaffung und Verhandlungsführung "
          "bestätigen? Ich bewerbe mich intern auf die Konzernfunktion und jede Bestätigung zählt. Danke dir!"))
P("good_turns_ugly", "fr", "Céline Morand", "Responsable achats responsables | Durabilis Conseil", "Genève",
  ("inv", "Bonjour Alex, nous organisons un webinaire gratuit sur l'évaluation ESG des fournisseurs pharma selon la CSRD, avec un retour "
          "d'expérience de deux acheteurs. La session compte pour 1,5 h de formation continue. Je serais ravie de vous y voir."),
  ("msg", "Merci d'avoir participé ! Comme promis, voici les slides et la grille d'évaluation, libre d'utilisation."),
  ("msg", "Bonjour Alex, suite au webinaire : Durabilis propose un programme d'audit ESG de vos 50 premiers fournisseurs, à partir de "
          "CHF 38'000. Puis-je vous présenter la démarche lors d'un rendez-vous ?", (10, 30)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Rajesh Pillai", "Associate Director BD | Kavera CDMO", "Bangalore",
  ("inm", "Capacity available Q1", "Dear Alex, we have immediate capacity for oral solids (granulation, compression, coating) with EU-GMP "
          "approval and very competitive conversion costs. Can we schedule a call to discuss your outsourcing needs?"),
  ("inv", "Hi Alex, we met briefly at CPHI in Milan, good chatting about the sterile market. Would be nice to stay in touch."))
P("reinvite_known_bad", "de", "Tobias Wenger", "Verkauf Industriegase | Nordwestschweiz", "Basel",
  ("inv", DEFAULT),
  ("inv", "Grüezi Alex, wir haben uns am Einkäufertag in Luzern kurz gesehen. Würde mich freuen, in Kontakt zu bleiben."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "de", "Ralf Ostermann", "Vertriebsleiter | Etikettier- und Serialisierungslösungen", "Freiburg im Breisgau",
  ("inv", "Hallo Alex, sind Sie mit Ihrer Serialisierungslösung zufrieden? Wir hätten eine Alternative, die sich rechnet."),
  ("inm", "Kein Interesse?", "Alex, keine Antwort ist auch eine Antwort. Aber wer Lieferanten so behandelt, braucht sich über schlechte "
          "Konditionen nicht zu beklagen. Das ist schlicht schlechter Stil."),
  ("inv", "Hallo Alex, neues Jahr, neuer Anlauf: Vielleicht vernetzen wir uns doch noch?"))
P("reinvite_known_ugly", "en", "Darren Whitfield", "Managing Director | Procurement Leaders Exchange", "London",
  ("inm", "Invitation: Pharma CPO Roundtable", "Hi Alex, we're hosting an invitation-only roundtable for pharma procurement heads in Zurich. "
          "Twelve seats, peer discussion, dinner afterwards. Would you like a seat?"),
  ("inm", "Your seat at the roundtable", "Great that you're interested! Seats are held for members of our Exchange, which is CHF 9,500 a year and "
          "includes four roundtables and our benchmarking portal. I'll send the membership form over, shall I?"),
  ("inv", "Alex, would be good to connect directly ahead of our spring roundtable series."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "de", "Michael Roth", "Gebietsverkaufsleiter | Labor-Kühl- und Tiefkühlgeräte", "Lörrach",
  ("acc",),
  ("msg", "Danke für die Vernetzung, Alex! Weil Sie ja gerade das neue QC-Labor ausstatten: Unsere -80 °C-Schränke gibt es bis Ende "
          "Quartal mit 3 Jahren Vollgarantie. Soll ich Ihnen ein Angebot für vier Geräte machen?"))
P("user_invited_pitch_once", "en", "Hannah Price", "Account Manager Life Sciences | Global freight forwarding", "Basel",
  ("acc",),
  ("msg", "Thanks for accepting, Alex! Since you mentioned the US launch, we'd love to quote your air freight to Memphis and Newark, "
          "GDP-certified lanes with active containers. Could I send you a rate sheet?"))
P("user_invited_pitch_once", "fr", "Pascal Vuilleumier", "Associé | Vuilleumier & Cie, conseil en opérations", "Neuchâtel",
  ("acc",),
  ("msg", "Merci pour l'invitation, Alex. Comme évoqué au salon, nous accompagnons les sites pharma dans la réduction de leurs stocks de "
          "matières premières (–20 % en moyenne). Seriez-vous disponible pour une présentation de 30 minutes ?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Derek Lawson", "VP Sales EMEA | Helix Biomanufacturing", "Dublin",
  ("acc",),
  ("msg", "Good to connect after CPHI, Alex. As discussed, Helix has a mammalian slot opening in Q2. Could we book a call with your CMC lead to "
          "talk about tech transfer timelines and a budget quote?"),
  ("msg", "Hi Alex, the Q2 slot is getting interest from two other sponsors. If you want it held, I'd need a signed LOI by the 15th. Shall I send it over?"))
P("user_invited_pitch_twice", "de", "Nina Baumgartner", "Business Development | Lieferantendaten-Plattform SupplyTrust", "Zug",
  ("acc",),
  ("msg", "Hallo Alex, danke fürs Annehmen! Wie am Stand besprochen: SupplyTrust prüft Ihre Lieferanten laufend auf Sanktionen, "
          "Insolvenzrisiken und LkSG-Themen. Wollen wir eine Demo mit Ihrem Team machen?"),
  ("msg", "Hallo Alex, ich wollte nachhaken wegen der Demo. Wir könnten auch direkt ein Pilotangebot für 200 Lieferanten machen. Was meinen Sie?"))
P("user_invited_pitch_twice", "en", "Carlos Medina", "Export Sales Director | Excipientes Levante", "Valencia",
  ("acc",),
  ("msg", "Hello Alex, many thanks for the invitation! Like we talked in Frankfurt, our microcrystalline cellulose has same grade as the big "
          "brands but 18% cheaper. I can send samples and the offer for 40 tons per year?"),
  ("msg", "Hello again Alex, I send you our offer last week, did you have a chance to see it? We can also give consignment stock in Basel. Waiting for your feedback!"))


# =============================================================== user_invited_value
P("user_invited_value", "en", "Sarah Kettering", "Procurement Director | Solvane Biotherapeutics", "Cambridge",
  ("acc",),
  ("msg", "Thanks for the invite, Alex, and for the good chat on the panel. As promised, here is our CDMO quality-agreement checklist, the one "
          "our QA and legal teams agreed after two painful tech transfers. Use whatever helps."))
P("user_invited_value", "de", "Prof. Dr. Michael Zeller", "Dozent für Supply Management | FHNW Hochschule für Wirtschaft", "Olten",
  ("acc",),
  ("msg", "Danke für die Anfrage, Alex. Wie angekündigt schicke ich Ihnen die Kurzfassung unserer Studie zu Dual Sourcing in der Schweizer "
          "Pharmaindustrie. Und falls Sie im Frühjahr Lust haben, im Masterkurs einen Praxisblock zu halten: Die Studierenden würden sich freuen."))
P("user_invited_value", "fr", "Anne-Laure Bovet", "Responsable approvisionnement | Hôpitaux universitaires", "Genève",
  ("acc",),
  ("msg", "Merci pour la mise en relation, Alex. Voici la liste des ruptures que nous suivons côté hôpital ce trimestre, avec nos estimations de "
          "retour. Si cela peut vous aider à anticiper côté industriel, je vous l'envoie chaque mois."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Fabienne Gerber", "Leiterin Qualitätssicherung | Lohnhersteller Nordwestschweiz", "Muttenz", ("acc",))
P("acceptance_only", "en", "Mark Ellison", "Supply Chain Lead | Clinical Trial Supplies", "Reading", ("acc",))
P("lone_endorsement", "de", "Jan Sutter", "Junior Einkäufer | Rhenalis Pharma AG", "Basel", ("end",))
P("lone_endorsement", "en", "Olga Petrova", "Procurement Analyst | Pharma Services", "Basel", ("end",))


# people whose notes would fit 2016 to 2017; everyone else is in the current layout
ERAS_2016 = {"Marco Tschudin", "Rahul Mehta", "Heinz Brunner", "Aditya Kulkarni", "Laurent Dufaux", "Beat Steiner", "Kofi Mensah",
             "Michael Roth", "Tobias Wenger", "Daniela Wyss", "Jonas Lindgren", "Wei Zhang", "Nicolas Rey"}
ERAS = {p[2]: ("2016" if p[2] in ERAS_2016 else "cur") for p in PEOPLE}
assert ERAS_2016 <= set(ERAS), ERAS_2016 - set(ERAS)
assert len(ERAS) == len(PEOPLE), "a name is used twice"
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Reto Gysin", "reto.gysin@novalpina.example.ch", "Typ-I-Glas: Allokation 2026",
     "Hoi Alex\n\nIch hab dir auch auf LinkedIn eine Anfrage geschickt, aber falls du dort selten reinschaust: Hast du nächste Woche "
     "zehn Minuten für einen kurzen Austausch zu den Glas-Allokationen?\n\nGruess\nReto", "de"),
    ("IT Security Rhenalis", "it-security@rhenalis.example.ch", "Warnung: gefälschte LinkedIn-Nachrichten mit Bankdaten",
     "Liebe Kolleginnen und Kollegen\n\nim Einkauf gehen derzeit gefälschte LinkedIn-Nachrichten ein, die angeblich neue Bankverbindungen "
     "von Lieferanten enthalten. Klicken Sie keine Links an und melden Sie solche Mails an it-security@rhenalis.example.ch.\n\nIT Security", "de"),
    ("Vikram Rao", "vikram.rao@sarvana-bio.example", "Following up on my LinkedIn request",
     "Dear Alex,\n\nI sent you a LinkedIn request last week and wanted to follow up by email. Attached is our capacity sheet for the "
     "2,000 L single-use suite. Would a call with your tech-ops team next Tuesday work?\n\nBest regards,\nVikram", "en"),
    ("Pharma Procurement Forum Europe", "events@ppf-europe.example", "Basel roundtable: agenda and venue",
     "Dear Alex,\n\nthank you for registering. The roundtable takes place at the Congress Center, room 3, from 14:00. Harriet Lowe will "
     "moderate. Please don't post about the discussion on LinkedIn; the session is under Chatham House rules.", "en"),
    ("HR Business Partner", "hr@rhenalis.example.ch", "Social-Media-Richtlinie: Lieferantenkontakte",
     "Hallo Alex\n\nanbei die überarbeitete Social-Media-Richtlinie. Neu: Vernetzungen mit Lieferanten auf LinkedIn sind erlaubt, "
     "Vertragsinhalte dürfen aber nicht über LinkedIn-Nachrichten besprochen werden.\n\nBeste Grüsse\nHR", "de"),
    ("Compliance Office", "compliance@rhenalis.example.ch", "Reminder: supplier hospitality during tender periods",
     "Dear procurement team,\n\na reminder that invitations from suppliers (dinners, events, \"advisory boards\") must be declared during "
     "open tenders, including those received via LinkedIn.\n\nCompliance Office", "en"),
    ("XING", "mailrobot@mail.xing.example", "Alex, 7 neue Besucher Ihres Profils",
     "Hallo Alex,\n\nIhr Profil wurde diese Woche 7 Mal besucht. Tipp: Ergänzen Sie Ihr Profil um Ihre Fachgebiete, so wie auf LinkedIn.", "de"),
    ("Martina Schwarzenbach", "martina.schwarzenbach@rhenalis.example.ch", "Fwd: I want to connect",
     "Alex, die hat mir auch geschrieben, wortgleich. Kennst du SourceLoop?\n\n---------- Forwarded message ---------\n"
     "From: Chloe Barrington via LinkedIn <invitations@linkedin.com>\nSubject: I want to connect\n\n"
     "Martina, saw Rhenalis is hiring two sourcing analysts. SourceLoop's AI agents run tail-spend RFQs end to end...", "de"),
    ("PharmaSource Expo", "badges@pharmasource-expo.example", "Your badge for PharmaSource Expo Frankfurt",
     "Hello Alex,\n\nyour visitor badge is attached. Exhibitors can request meetings through the app; tell your network you're attending "
     "on LinkedIn with #PSX.", "en"),
    ("Association des acheteurs romands", "secretariat@acheteurs-romands.example.ch", "Conférence d'automne : programme définitif",
     "Bonjour,\n\nvous trouverez ci-joint le programme définitif de la conférence de Fribourg. Les photos de la journée seront publiées "
     "sur notre page LinkedIn.\n\nLe secrétariat", "fr"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot development corpus dev128. Generated by scripts/make_corpus_dev128.py (seed {SEED}); do not edit by hand.",
          "# Alex as head of procurement at a Basel pharmaceutical company: CDMOs, packaging and lab-equipment suppliers, procurement-software "
          "vendors, consultants, peer buyers sharing supplier intelligence, recruiters, procurement associations; Swiss and High German, "
          "English, French. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev128", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER, eras=ERAS)
