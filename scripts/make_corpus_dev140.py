#!/usr/bin/env python3
"""Write mailbot's dev140 corpus: tests/corpus/dev140/*.eml + expected.toml.

The angle: Alex is head of nursing (directrice des soins / Leiterin Pflege) of a hospital group
with its main house in Lausanne and a second site in Bern. Who writes to Alex on LinkedIn:
nurse staffing and temp agencies (Temporärbüros, agences d'intérim), medical-device and
wound-care reps, e-learning providers whose courses count as recognised training credits
(e-log points, CPD hours), nurses and students asking for a job or a placement, union
secretaries and professional-association officers, peer nursing directors who share their
protocols and checklists, and a few relatives of patients who take it badly when their request
goes unanswered. Mostly Swiss French (Vaud, Valais, Geneva) and Swiss German (Bern, Mittelland,
Zurich), some Ticino Italian, English from abroad and one Spanish nurse.

Every scenario of the taxonomy is there, weighted to that world. The layout machinery comes from
scripts/make_corpus.py through scripts/corpus_stories.py; skills, the recipient's headline,
job-alert and news subjects, names and cities of spoof-only senders, and the lures that spoofs
carry are swapped for this world in this process only. The notes were written from
shared/taxonomy.md alone, without reading mailbot's judging code or its data.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev140.py              # writes tests/corpus/dev140
    python scripts/make_corpus_dev140.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260140

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the hospital's world (this process only)
SKILLS = {
    "fr": ["Soins infirmiers", "Management des soins", "Gestion d'équipe", "Qualité des soins", "Soins aigus", "Leadership"],
    "de": ["Pflegemanagement", "Pflege", "Führung", "Qualitätsmanagement", "Akutpflege", "Personalführung"],
    "it": ["Cure infermieristiche", "Gestione del personale", "Management sanitario", "Qualità delle cure", "Leadership"],
    "en": ["Nursing Management", "Nursing", "Healthcare Leadership", "Patient Safety", "Clinical Governance", "Staff Development"],
    "es": ["Enfermería", "Gestión sanitaria", "Liderazgo", "Calidad asistencial", "Gestión de equipos"],
}
RHEADLINE = {
    "fr": "Directrice des soins chez Groupe hospitalier Les Cèdres, Lausanne et Berne",
    "de": "Leiterin Pflege bei Spitalgruppe Les Cèdres, Lausanne und Bern",
    "it": "Direttrice delle cure presso Gruppo ospedaliero Les Cèdres, Losanna e Berna",
    "en": "Director of Nursing at Les Cèdres Hospital Group, Lausanne & Bern",
    "es": "Directora de enfermería en Grupo hospitalario Les Cèdres, Lausana y Berna",
}
for _l in SKILLS:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE[_l]

# LinkedIn's own wording for spoofs and other mail: French, German, English and Italian
mc.LANGS = ["fr", "de", "en", "fr", "it"]
mc.SPOOF_METHODS = ["lookalike:linkedln.com", "display:outlook.com", "dkimfail", "lookalike:linkedin-mail.co", "untrusted:mx.example.org",
                    "nodkim", "display:gmail.com", "lookalike:xn--lnkedin-rfb.com", "buried", "wrongpass", "noauth", "untrusted:mx.google.com"]

mc.CITY["fr"] = ["Lausanne", "Genève", "Fribourg", "Sion", "Neuchâtel", "Yverdon-les-Bains", "Vevey"]
mc.CITY["de"] = ["Bern", "Zürich", "Basel", "Thun", "Biel/Bienne", "Luzern", "Solothurn"]
mc.CITY["it"] = ["Lugano", "Bellinzona", "Locarno", "Mendrisio", "Chiasso"]
mc.CITY["en"] = ["London", "Dublin", "Geneva", "Zug", "Edinburgh", "Amsterdam"]
mc.NAMES["fr"] = (["Joëlle", "Fabrice", "Séverine", "Didier", "Murielle", "Laurent", "Sylvie", "Gaëtan", "Coralie", "Thierry"],
                  ["Rossier", "Pasche", "Jaccard", "Monod", "Cuénoud", "Blanc", "Berset", "Favre", "Genoud", "Zufferey"])
mc.NAMES["de"] = (["Ruth", "Urs", "Sibylle", "Adrian", "Daniela", "Hansjörg", "Corinne", "Fabian", "Esther", "Kurt"],
                  ["Moser", "Schneiter", "Bühler", "Gasser", "Kunz", "Hofer", "Burri", "Liechti", "Steiner", "Ammann"])
mc.NAMES["it"] = (["Manuela", "Fabio", "Lorena", "Ivano", "Nadia", "Claudio", "Katia", "Mirko"],
                  ["Bernasconi", "Rossi", "Pedrazzini", "Gianella", "Ghisletta", "Sciaroni", "Bianchi", "Lurati"])
mc.NAMES["en"] = (["Helen", "Mark", "Siobhan", "Gareth", "Anita", "Neil", "Rosie", "Stuart"],
                  ["Parkinson", "Doherty", "Cole", "Ahmed", "Whitley", "Quinn", "Marsh", "Lowe"])
mc.COMPANIES["good"] = ["Hôpital du Nord vaudois", "Spital Gürbetal", "Ospedale regionale di Bellinzona", "ASI section Vaud", "SBK Sektion Bern",
                        "HES-SO", "St Columba's University Hospital", "Réseau Santé Valais"]
mc.COMPANIES["sales"] = ["Helvicare Intérim", "Medjob Temporär", "Cicatrix SA", "NurseLearn", "Lettiflex", "PlanSoins", "VitalTrack", "Medivex AG"]
mc.HEADLINES["good"] = ["Infirmière-cheffe d'unité | {co}", "Leiterin Pflegedienst bei {co}", "Capo reparto cure infermieristiche | {co}",
                        "Nurse Manager at {co}", "Pflegeexpertin APN | {co}", "Responsable de formation | {co}", "Infirmier clinicien chez {co}"]
mc.HEADLINES["sales"] = ["Key Account Manager Spitäler | {co}", "Responsable clientèle santé chez {co}", "Business Development | {co}",
                         "Account Executive Healthcare at {co}", "Area Manager Svizzera | {co}", "Gebietsleiter Wundversorgung | {co}"]
mc.JOBS[:] = [("Directeur·rice des soins", "Hôpital du Nord vaudois"), ("Leitung Pflege & MTT (80-100 %)", "Spital Gürbetal"),
              ("Infirmier·ère-chef·fe de service – soins aigus", "Réseau Santé Valais"), ("Chief Nursing Officer", "Lakeview Private Hospitals"),
              ("Capo servizio cure infermieristiche", "Clinica Sorengo")]
for _l, _t in {"fr": ["Renfort soignant", "Vos plannings", "Petite question", "Proposition pour Les Cèdres", "Cet hiver"],
               "de": ["Personalengpass?", "Ihre Dienstpläne", "Kurze Frage", "Angebot für Les Cèdres", "Wintersaison"],
               "it": ["Personale infermieristico", "Una domanda veloce", "Proposta per Les Cèdres", "I vostri turni", "Inverno"],
               "en": ["Staffing this winter", "Quick question", "Your rosters", "Proposal for Les Cèdres", "Nurse retention"],
               "es": ["Personal de enfermería", "Pregunta rápida", "Propuesta", "Sus turnos", "Este invierno"]}.items():
    mc.INMAIL_SUBJECTS[_l]["sales"] = _t
retitle_other({
    "fr": {"job": ("{n} nouvelles offres pour « directrice des soins »", "Votre alerte emploi pour directrice des soins à {city}"),
           "news": "Pénurie d'infirmières : les hôpitaux romands misent sur le temps partiel",
           "group": "Meilleures discussions dans Cadres infirmiers de Suisse romande",
           "newsletter": "Carnet de garde : ce que les équipes de nuit attendent de leur direction"},
    "de": {"job": ("{n} neue Jobs für „Leitung Pflege“", "Ihr Jobalarm für Leitung Pflege in {city}"),
           "news": "Pflegeinitiative: Wie weit sind die Spitäler mit der Umsetzung?",
           "group": "Top-Unterhaltungen in Pflegekader Schweiz",
           "newsletter": "Pflege im Wandel: Dienstpläne, die Familien mitdenken"},
    "en": {"job": ("{n} new jobs for \"director of nursing\"", "Your job alert for director of nursing in {city}"),
           "news": "Can agency nursing ever be cheaper than retention?",
           "group": "Top conversations in European Nurse Leaders",
           "newsletter": "The Ward Round: what safe staffing really costs"},
    "it": {"job": ("{n} nuove offerte per «direttrice delle cure»", "Il tuo avviso di lavoro per direttrice delle cure a {city}"),
           "news": "Infermieri frontalieri: il Ticino rischia di restare senza?",
           "group": "Conversazioni principali in Quadri infermieristici Svizzera italiana",
           "newsletter": "Il turno di notte: appunti di una caporeparto"},
    "es": {"job": ("{n} empleos nuevos de «directora de enfermería»", "Tu alerta de empleo de directora de enfermería en {city}"),
           "news": "Enfermeras españolas en Suiza: ¿qué piden los hospitales?",
           "group": "Conversaciones destacadas en Gestoras de enfermería",
           "newsletter": "Diario de una supervisora: turnos que no queman"},
})

# what spoofs in someone's name carry: lures dressed as hospital business
SPOOF_PITCH = {
    "fr": ["Bonjour {first}, le planning des remplacements de décembre est prêt. Connectez-vous pour le valider avant ce soir.",
           "Madame, une plainte d'un proche concernant votre service vous a été transmise. Ouvrez le dossier sécurisé pour y répondre."],
    "de": ["Grüezi {first}, ich habe Ihnen den neuen Dienstplan für Bern freigegeben. Bitte melden Sie sich an, um ihn zu öffnen.",
           "Guten Tag {first}, Ihre Bestellung Wundverbände ist blockiert. Bestätigen Sie Ihre Angaben im Kundenportal."],
    "it": ["Buongiorno {first}, le ho condiviso il rapporto sugli incidenti del reparto. Acceda per visualizzarlo.",
           "Gentile {first}, il suo attestato di formazione continua scade oggi. Confermi i suoi dati qui."],
    "en": ["Hi {first}, your CPD certificate is ready. Log in to the secure portal to download it before it expires.",
           "Hello {first}, I've shared the updated agency invoice with you. Sign in to review and approve it."],
    "es": ["Hola {first}, le he compartido el contrato de la agencia. Inicie sesión para firmarlo hoy.",
           "Estimada {first}, su certificado de formación está listo. Acceda para descargarlo."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)
# layout era forced for people whose notes speak of recent things (apps, the nursing initiative's rollout)
ERAS: dict[str, str] = {}


# =============================================================== good_invitation
P("good_invitation", "fr", "Nathalie Rochat", "Directrice des soins | Hôpital du Nord vaudois", "Yverdon-les-Bains",
  ("inv", "Bonjour Alex, chez nous les chutes nocturnes ont baissé d'un tiers depuis qu'on fait des rondes ciblées avec capteurs de lit. "
          "Je vous envoie volontiers notre protocole. En échange, je serais curieuse de savoir comment vous gérez le pool volant entre Lausanne et Berne."),
  ("rem",))
P("good_invitation", "de", "Regula Aebischer", "Regionalsekretärin Gesundheit | VPOD Bern", "Bern",
  ("inv", "Grüezi Frau Morgan. Am 14. im Volkshaus reden Pflegende aus drei Berner Spitälern darüber, was von der Pflegeinitiative bei den "
          "Dienstplänen ankommt. Eintritt frei, keine Parolen, eher Zuhören. Schön wäre, wenn jemand von der Direktion dabei ist."))
ERAS["Regula Aebischer"] = "cur"
P("good_invitation", "it", "Sara Pedrazzini", "Docente di cure infermieristiche | Scuola universitaria professionale, Manno", "Lugano",
  ("inv", "Buongiorno signora Morgan, il 22 a Manno facciamo un pomeriggio gratuito sul delirium nell'anziano ricoverato, riconosciuto "
          "con 4 punti di formazione continua. Magari interessa ai suoi capireparto, anche a Berna. Le giro il programma se vuole."),
  ("rem",))
P("good_invitation", "en", "Ewan McCrae", "Clinical Education Lead | WoundWise Academy", "Edinburgh",
  ("inv", "Hi Alex, we host a free monthly webinar on pressure injury staging, taught by tissue viability nurses. It counts as 1 CPD hour "
          "and Swiss nurses have been logging it on e-log. No product talk. Shall I send your clinical educators the next three dates?"))
P("good_invitation", "fr", "Léa Bonvin", "Étudiante Bachelor en soins infirmiers, 3e année | HES-SO", "Sion",
  ("inv", "Bonjour Madame, je suis en 3e année et je cherche un stage de 8 semaines en soins aigus dès septembre. On m'a dit que votre site "
          "de Lausanne prend des étudiants en médecine interne. Est-ce à vous que je dois écrire ou à la responsable de formation ? Merci !"),
  ("rem",))
P("good_invitation", "fr", "Marina Llorente", "Enfermera de cuidados intensivos | Hospital General de Valencia", "Valencia",
  ("inv", "Hola Alex, soy enfermera de UCI con nueve años de experiencia y la Cruz Roja Suiza ya me ha reconocido el título. Tengo un B2 de "
          "francés y sigo con clases. ¿Buscan enfermeras para intensivos en Lausana? Le puedo mandar el CV. Un saludo y gracias."),
  nl="es")


# =============================================================== default_invitation
P("default_invitation", "fr", "Yannick Chappuis", "Key Account Manager | Dispositifs médicaux", "Fribourg", ("inv", DEFAULT), ("rem",))
P("default_invitation", "de", "Andrin Zbinden", "Personalvermittlung Pflege | CareStaff Temporär AG", "Bern", ("inv", NONOTE))
P("default_invitation", "it", "Michela Guscetti", "Infermiera | Clinica Sant'Anna", "Bellinzona", ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "fr", "Cédric Pittet", "Responsable secteur santé | Helvicare Intérim", "Lausanne",
  ("inv", "Bonjour Alex, avant les vacances d'été il nous reste 12 infirmières et 5 ASSC libres pour des missions de 2 à 8 semaines sur Vaud. "
          "Nos tarifs horaires baissent dès 500 heures. Je vous envoie la grille et je passe vous voir aux Cèdres ?"),
  ("rem",))
P("sales_invitation", "de", "Simon Kälin", "Gebietsleiter Wundversorgung | Medivex AG", "Zürich",
  ("inv", "Grüezi Frau Morgan. Unser neuer Silikon-Schaumverband hält bis zu 7 Tage, das spart auf den Stationen Material und Pflegezeit. "
          "Ich zeige Ihnen gern die Kostenrechnung, die wir mit einem Berner Spital gemacht haben. Hätten Sie im März 30 Minuten?"))
P("sales_invitation", "it", "Davide Cattaneo", "Area Manager Svizzera italiana e romanda | Lettiflex Sistemi antidecubito", "Lugano",
  ("inv", "Buongiorno, seguo per Lettiflex il Ticino e la Romandia. Noleggiamo materassi ad aria alternata da CHF 3.80 al giorno, "
          "assistenza entro 24 ore. Le posso preparare un'offerta per la geriatria?"),
  ("rem",))
P("sales_invitation", "fr", "Sophie Mégevand", "Fondatrice | PlanSoins – planification des équipes soignantes", "Genève",
  ("inv", "Madame Morgan, 600 soignants sur deux sites, ça ne se planifie plus sur Excel 😉 Avec PlanSoins nos clients ont réduit leurs heures "
          "d'intérim de 20 % en moyenne. Une démo en ligne de 25 minutes la semaine prochaine, ça vous irait ?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "fr", "Olivier Jaquier", "Animateur | Cercle romand des cadres de santé", "Morges",
  ("inv", "Bonjour Alex, j'anime un petit cercle de cadres infirmiers romands qui se voit chaque trimestre pour parler management d'équipe, "
          "sans intervenant commercial. La prochaine rencontre a lieu à Morges. Ça vous dirait d'en être ?"),
  ("msg", "Content que vous ayez accepté ! À côté du cercle, je suis associé chez Optimum Santé Conseil : nous auditons l'organisation des plannings "
          "dans les services de soins, forfait de 18'000 CHF pour deux unités. Je vous prépare une offre pour vos deux sites ?", (5, 20)))
P("bait_and_switch_invitation", "de", "Marco Wüthrich", "Pflegefachmann HF | Gründer Pflegenetz Mittelland", "Solothurn",
  ("inv", "Hoi Alex, ich bin selber Pflegefachmann und baue ein Netzwerk für Pflegekader im Mittelland auf, damit wir uns zum Skill-Grade-Mix "
          "austauschen können. Würde mich freuen, wenn du mitmachst."),
  ("msg", "Merci fürs Annehmen! Kurz zum Hintergrund: Über Pflegenetz vermitteln wir auch diplomierte Pflegefachpersonen auf Abruf, im ersten Monat "
          "ohne Vermittlungszuschlag. Für euren Standort Bern hätte ich sofort drei Leute für die Medizin. Soll ich dir Profile und Konditionen schicken?"),
  ("msg", "Sali Alex, ich hake nochmals nach wegen der drei Pflegefachpersonen. Eine ist nur noch bis Freitag frei. Passt dir ein kurzes Telefon morgen?", (4, 12)))
P("bait_and_switch_invitation", "en", "Rachel Kimani", "Tissue Viability Nurse | Wound care educator", "Basel",
  ("inv", "Hi Alex, I'm a tissue viability nurse comparing how Swiss hospitals dress category 2 heel pressure injuries. Would you mind "
          "telling me what your protocol says? I'll gladly share our audit results in return."),
  ("msg", "Thanks for connecting, Alex. In full transparency, I now work with HeelCare Medical, and our offloading boot would slot straight into "
          "your protocol. I can bring samples for your wound team and set up a 30-day trial at a reduced price. When would suit?"),
  ("msg", "Hi again, just checking whether you had a chance to think about the heel boot trial? We have two trial slots left for this quarter.", (8, 20)))
P("bait_and_switch_invitation", "it", "Giorgio Bernasconi", "Consulente qualità in sanità", "Mendrisio",
  ("inv", "Buongiorno, ho scritto una guida gratuita sulla prevenzione delle cadute nei reparti di medicina, con le checklist che usiamo in "
          "alcuni ospedali ticinesi. Se le fa piacere gliela mando, basta collegarci."),
  ("msg", "Grazie del collegamento, ecco la guida. Se volesse applicarla in modo strutturato, il mio studio offre un accompagnamento di sei mesi "
          "(audit iniziale, formazione dei capireparto, rapporto finale) a CHF 24'000. Fissiamo una call per parlarne?", (3, 9)))
P("bait_and_switch_invitation", "de", "Reto Imhof", "Pflegedienstleiter a.D. | Vorsorge für Gesundheitsberufe", "Luzern",
  ("inv", "Guten Tag Frau Morgan, als ehemaliger Pflegedienstleiter weiss ich, wie einsam diese Funktion manchmal ist. Gerne würde ich mich "
          "mit Ihnen als Berufskollege vernetzen."),
  ("msg", "Besten Dank für die Vernetzung! Viele Pflegekader unterschätzen ihre Vorsorgelücke, gerade wegen Teilzeitjahren. Ich biete eine "
          "Pensionskassen- und 3a-Analyse an, danach schauen wir, welche Lösung zu Ihnen passt. Wann hätten Sie 45 Minuten?"),
  ("msg", "Guten Tag Frau Morgan, darf ich nochmals auf die Vorsorgeanalyse zurückkommen? Bis Ende Jahr lohnt sich eine Einzahlung in die "
          "Säule 3a steuerlich besonders.", (10, 30)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Claire Donnelly", "Research Lead | CalmShift", "Dublin",
  ("inm", "Night-shift fatigue – 6 questions?", "Hi Alex, I'm collecting views from nursing directors across Europe for a short report on night-shift "
          "fatigue. Would you answer six quick questions? Every participant gets the summary for free."),
  ("inm", "Your answers + an idea for your team", "Thanks so much for answering! Based on what you said about nights, I think CalmShift could really help: "
          "it's a recovery app for shift workers, CHF 4 per nurse per month, and we can run a three-month pilot on one ward. "
          "Could I set up a call with our head of sales?", (6, 18)))
ERAS["Claire Donnelly"] = "cur"
P("bait_and_switch_inmail", "fr", "Martine Grandjean", "Organisatrice | Journées romandes de la plaie", "Neuchâtel",
  ("inm", "Invitation – table ronde", "Madame, nous préparons une table ronde sur la cicatrisation en soins aigus et aimerions entendre une directrice "
          "des soins. Aucun frais, un repas est prévu. Accepteriez-vous d'intervenir une vingtaine de minutes ?"),
  ("inm", "Votre participation", "Merci pour votre réponse positive. Pour confirmer votre place d'intervenante, nous demandons à l'établissement un "
          "partenariat « Silver » de 2'400 CHF, avec un stand pour vos équipes et votre logo sur le programme. Je vous envoie la convention ?"))
P("bait_and_switch_inmail", "de", "Lukas Brunner", "Pflegeexperte | Mobilisation und Sturzprävention", "Winterthur",
  ("inm", "Frage zur Sturzprävention", "Grüezi Frau Morgan, wir überarbeiten in Winterthur unser Sturzkonzept. Wie regeln Sie bei Ihnen die "
          "Bettgitter in der Nacht? Ich wäre froh um einen kurzen Austausch unter Fachleuten."),
  ("inm", "Nachtrag", "Merci vielmal für Ihre Antwort! Bei der Gelegenheit: Darf ich Ihnen unser Niederflurbett mit Sensormatte vorstellen? "
          "Für Spitäler gibt es ein Mietmodell ab CHF 95 pro Bett und Monat. Ich komme gern für eine Vorführung nach Bern."))


# =============================================================== endorse_me_back
P("endorse_me_back", "fr", "Karine Despland", "Infirmière indépendante | Soins palliatifs à domicile", "Vevey",
  ("end",), ("end",),
  ("msg", "Hello Alex ! Je vous ai recommandée pour {skill}, c'était bien mérité. Petite faveur : vous pourriez me recommander pour « Soins palliatifs » "
          "et « Gestion de la douleur » ? Je me lance comme indépendante et ça compte pour la visibilité. Merci mille fois !"))
P("endorse_me_back", "de", "Nadja Stucki", "FaGe | in Ausbildung zur Pflegefachfrau HF", "Thun",
  ("end",),
  ("msg", "Hallo Frau Morgan, ich habe Sie für {skill} bestätigt. Würden Sie mich umgekehrt für Patientenbetreuung bestätigen? Ich bewerbe mich "
          "bald für die HF und das macht sich gut im Profil. Danke vielmal!"))
P("endorse_me_back", "it", "Ivo Cavadini", "Infermiere specializzato in cure intense", "Locarno",
  ("end",), ("end",),
  ("msg", "Ciao Alex, ti ho confermato {skill}. Se ti va di ricambiare con «Cure intense» e «Ventilazione meccanica» te ne sarei grato: "
          "sto cercando un posto da capo reparto e un paio di conferme di una direttrice contano."))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "fr", "Patrick Boand", "Ingénieur civil", "Pully",
  ("inv", "Madame, ma mère a passé trois semaines dans votre service de gériatrie et j'aimerais vous parler de ce qui s'est passé la nuit du 12. "
          "Je préfère un échange direct à une lettre à la direction générale."),
  ("rem",),
  ("inm", "Votre silence", "Trois semaines sans un mot. Vous vous cachez derrière votre titre pendant que vos équipes laissent des personnes âgées "
          "sonner quarante minutes. C'est indigne d'une directrice des soins. Je saurai m'adresser ailleurs, soyez-en sûre."))
P("hostility_after_decline", "de", "Heidi Gerber", "Kauffrau | Freiwillige im Besuchsdienst", "Köniz",
  ("inv", DEFAULT),
  ("inm", "Keine Antwort", "Ich habe Ihnen eine Anfrage geschickt, weil mein Vater in Ihrem Spital in Bern gestürzt ist, und Sie finden es nicht "
          "einmal nötig zu reagieren. Arrogant und herzlos, genau wie das Personal im 5. Stock. Schämen Sie sich."))
P("hostility_after_decline", "it", "Rosanna Cereghetti", "Maestra di scuola elementare", "Biasca",
  ("inv", "Gentile direttrice, mio marito è stato ricoverato nel suo ospedale a Losanna durante le vacanze e vorrei capire perché nessuno "
          "riusciva a parlarci in italiano. Posso scriverle?"),
  ("rem",),
  ("inm", "Complimenti", "Vedo che non trova il tempo di rispondere a una richiesta semplice. Complimenti per la sensibilità, la stessa che mancava "
          "ai suoi infermieri. Da una dirigente un comportamento così è vergognoso."))
P("hostility_after_decline", "de", "Dario Lüthi", "Senior Consultant Pflege | Medjob Temporär", "Bern",
  ("inv", "Grüezi Frau Morgan, wir haben gerade mehrere IPS-Pflegefachpersonen frei, die kurzfristig einspringen können. Darf ich Ihnen unsere "
          "Konditionen für den Standort Bern schicken?"),
  ("inm", "Kurze Rückmeldung", "Anfrage geschickt, keine Reaktion. In der Pflege redet man dauernd von Wertschätzung, aber für ein einfaches Nein "
          "hat die Direktion keine zehn Sekunden. Ziemlich unanständig, ehrlich gesagt."))
P("hostility_after_decline", "en", "Jason Reeve", "Head of Sales DACH & Romandie | SkillBridge Health", "Zug",
  ("inv", "Alex, quick one: our nursing modules just got accredited in Switzerland and I'd love to show you how other hospital groups use "
          "them for mandatory training. 15 min next week?"),
  ("rem",),
  ("inm", "Manners", "An invitation, a reminder, and still not even a no thanks. I've dealt with plenty of hospital managers but few this rude. Next time you "
          "moan about training budgets, remember you couldn't spare a minute. Good luck with that."))


# =============================================================== hostility_connection
P("hostility_connection", "fr", "Steve Mottier", "Directeur d'agence | Santé Plus Intérim", "Renens",
  ("msg", "Salut Alex, puisqu'on est connectés je me permets : on a 4 infirmières instrumentistes dispo dès lundi, tarif préférentiel pour "
          "un engagement de trois mois. Je vous fais une offre ?"),
  ("msg", "Toujours rien... Franchement, pour une maison qui répète partout qu'elle manque de personnel, c'est fort de snober ceux qui "
          "apportent des solutions. Vous ne faites pas votre boulot, Madame."))
P("hostility_connection", "de", "Beat Zaugg", "Verkaufsleiter | Berufsbekleidung für Spital und Heim", "Burgdorf",
  ("acc",),
  ("msg", "Danke für die Kontaktanfrage, Frau Morgan! Wo wir jetzt verbunden sind: Wir haben eine neue Kasack-Kollektion aus Bambusfaser. "
          "Für Ihre 900 Mitarbeitenden mache ich Ihnen gern eine Offerte inklusive Namensstickerei."),
  ("msg", "Ich habe Ihnen geschrieben und höre nichts. Wenn kein Interesse besteht, sagen Sie es, aber einfach abtauchen ist schlechter Stil. "
          "Von einer Kaderperson hätte ich mehr Anstand erwartet."))
P("hostility_connection", "en", "Graham Tulloch", "Founder | RotaGenius", "Bristol",
  ("msg", "Hi Alex, RotaGenius builds fair nurse rotas in minutes and cuts agency spend. Free 14-day trial for your Bern site?"),
  ("msg", "Alex, following up on the trial. We could have you live before the winter rota is published."),
  ("msg", "Wow. Three messages, zero courtesy. And you lot wonder why nurses leave? Look at how you treat anyone trying to help. "
          "Unprofessional doesn't begin to cover it."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "fr", "Aurélie Favre", "Business Developer Santé | Interim Léman", "Nyon",
  ("msg", "Bonjour Alex, j'espère que l'été n'est pas trop rude côté effectifs ! Interim Léman vient d'ouvrir un pool d'infirmières de nuit. "
          "Je vous envoie notre plaquette tarifaire ?"),
  ("msg", "Petit rappel : -10 % sur les missions de nuit réservées avant fin juin. Je peux vous bloquer des créneaux pour Lausanne."),
  ("msg", "Alex, nos tarifs du second semestre sortent demain, voulez-vous les recevoir en avant-première ?"))
P("connection_only_pitches", "de", "Pascal Huber", "Key Account Manager | Infusionstechnik", "Aarau",
  ("msg", "Guten Tag Frau Morgan, unsere neue Infusionspumpe mit Medikamentenbibliothek senkt Programmierfehler deutlich. Ich würde sie gern "
          "auf Ihrer Intensivstation vorführen."),
  ("msg", "Darf ich wegen der Vorführung nochmals nachfragen? Spitäler, die bis Ende Quartal bestellen, erhalten 15 % auf das Leasing."))
P("connection_only_pitches", "en", "Megan Hollis", "Client Success | MedEd Online", "Cardiff",
  ("msg", "Hi Alex, heads-up: our new ALS refresher is live and we can bundle it with your existing module licences at 30% off. Worth a look?"),
  ("msg", "Following up on the ALS bundle, the 30% ends Friday. Shall I send a quote for 350 seats?"),
  ("msg", "Last nudge from me: I can still honour the bundle price if you sign this month. Quote attached whenever you want it."))


# =============================================================== single_pitch
P("single_pitch", "fr", "Julien Favrod", "Délégué médical soins des plaies | Cicatrix SA", "Lausanne",
  ("msg", "Bonjour Alex, je suis à l'hôpital jeudi pour une formation au bloc. Si vous avez dix minutes, j'aimerais vous présenter notre "
          "nouveau pansement à l'argent et laisser des échantillons pour la chirurgie."))
P("single_pitch", "it", "Paola Rusconi", "Consulente | Software per la documentazione infermieristica", "Lugano",
  ("msg", "Buongiorno Alex, so che il vostro gruppo valuta una nuova cartella clinica. Il nostro modulo infermieristico gira già in due ospedali "
          "ticinesi. Le propongo un'ora di presentazione con il mio collega tecnico, anche online."))
P("single_pitch", "de", "Corinne Baumann", "Beraterin Betriebliches Gesundheitsmanagement", "Biel/Bienne",
  ("msg", "Liebe Frau Morgan, Ihre Pflegeteams leisten enorm viel. Mit unserem Resilienzprogramm (6 Workshops à 3 Stunden, CHF 7'800 pro Team) "
          "stärken Sie die Gesundheit Ihrer Leute nachhaltig. Darf ich Ihnen eine Offerte schicken?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "de", "Ursula Brechbühl", "Leiterin Pflegedienst | Spital Gürbetal", "Belp",
  ("msg", "Liebe Alex, wie versprochen unser Einarbeitungskonzept für Pflegefachpersonen aus dem Ausland, mit Sprachcoaching und Götti-System. "
          "Nimm, was dir nützt, und ruf an, wenn du Fragen hast. Es Grüessli aus dem Gürbetal, Ursula"),
  ("msg", "Noch ein Nachtrag: Die Checkliste zur SRK-Anerkennung, die wir neuen Kolleginnen mitgeben, hängt an. Hat uns viele Rückfragen erspart."))
P("connection_brings_value", "fr", "Christophe Rey", "Secrétaire syndical santé | SSP Vaud", "Lausanne",
  ("end",),
  ("msg", "Bonjour Alex, avant la séance paritaire du mois prochain, voici la synthèse faite avec les équipes de nuit : horaires coupés, pauses, "
          "temps d'habillage. Ce n'est pas un cahier de revendications, plutôt un état des lieux. Bonne lecture et à bientôt."))
P("connection_brings_value", "it", "Elena Mombelli", "Capo servizio cure infermieristiche | Ospedale regionale di Bellinzona", "Bellinzona",
  ("msg", "Ciao Alex! Ti mando la nostra scala del dolore per pazienti non comunicanti, validata l'anno scorso, in italiano e in francese. "
          "Se vi serve per i pazienti ticinesi ricoverati a Losanna, usatela pure."))
P("connection_brings_value", "en", "Niamh Brennan", "Director of Nursing | St Columba's University Hospital", "Cork",
  ("msg", "Hi Alex, lovely to meet you in Brussels. As promised, here's our shared-governance council charter and the toolkit from our "
          "Magnet journey. Borrow whatever helps. If your Bern ward managers fancy a virtual visit with ours, just say the word."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "fr", "Isabelle Monnier", "Partner | Executive search santé", "Genève",
  ("inm", "Direction des soins – mandat confidentiel", "Madame Morgan, je suis mandatée par un hôpital de Suisse romande pour recruter sa directrice "
          "ou son directeur des soins (membre de la direction générale, environ 1'400 collaborateurs en soins). Votre parcours entre Lausanne "
          "et Berne correspond très bien. Seriez-vous ouverte à un échange confidentiel ?"))
P("stranger_inmail_recruiter", "de", "Thomas Glauser", "HR Business Partner Kader | Kantonsspital Nordost", "St. Gallen",
  ("inm", "Leitung Pflege & MTT – Geschäftsleitung", "Guten Tag Frau Morgan, wir suchen auf den Frühling eine Leitung Pflege & MTT als Mitglied "
          "der Geschäftsleitung. Zweisprachigkeit ist ein Plus, das Lohnband beginnt bei CHF 190'000. Hätten Sie Interesse an einem ersten, "
          "vertraulichen Gespräch?"))
P("stranger_inmail_recruiter", "en", "Amira Haddad", "Talent Acquisition, Health | International humanitarian organisation", "Geneva",
  ("inm", "Chief Nurse – field operations", "Dear Alex, we're recruiting a Chief Nurse to set nursing standards across our field hospitals "
          "(based in Geneva, about 30% travel). Your multi-site leadership and your record through staffing crises stood out. "
          "Could we schedule a call about the role?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "fr", "Kevin Dumoulin", "Account Manager | Medtemps Suisse", "Lausanne",
  ("inm", "Renfort infirmier cet automne", "Bonjour Madame Morgan, nous couvrons déjà les pics d'activité de plusieurs hôpitaux vaudois. "
          "Un appel de 15 minutes pour voir comment sécuriser vos effectifs d'automne à tarif fixe ?"),
  ("inm", "Re: Renfort infirmier cet automne", "Je me permets de relancer : nos disponibilités pour octobre partent vite. Je vous réserve un créneau ?"))
P("stranger_inmail_sales", "de", "Sandra Egli", "Sales Manager Spital | Hygieneprodukte", "Zug",
  ("inm", "Händedesinfektion ohne rissige Hände", "Grüezi, unser neues Händedesinfektionsmittel ist deutlich hautschonender, die Pflegenden melden "
          "weniger Ekzeme. Darf ich Muster für eine Station in Bern schicken und eine Offerte für beide Standorte machen?"))
P("stranger_inmail_sales", "en", "Brandon Lutz", "VP Sales | VitalTrack remote monitoring", "Amsterdam",
  ("inm", "35% fewer rapid-response calls", "Hi Alex, hospitals using VitalTrack wearables see 35% fewer rapid-response calls on general wards. "
          "I'd love to walk you through the ROI model we built for a Zurich hospital. 20 minutes Thursday or Friday?"))
ERAS["Brandon Lutz"] = "cur"


# =============================================================== good_turns_ugly
P("good_turns_ugly", "fr", "Valérie Cuendet", "Infirmière-cheffe de département | Organisation des soins", "Lausanne",
  ("inv", "Bonjour Alex, on s'est croisées au congrès de l'ASI à Fribourg. J'aimerais garder le contact et parler de la gestion des lits en hiver, "
          "un vrai casse-tête chez nous aussi."),
  ("msg", "Merci d'avoir accepté ! Voici notre tableau de bord des lits, un simple Excel mais qui tient la route. Adaptez-le comme vous voulez."),
  ("msg", "Alex, je quitte mon poste à la fin du mois pour me lancer comme consultante. J'accompagne les directions des soins sur les flux de "
          "patients, à 1'600 CHF la journée. Seriez-vous partante pour un premier mandat à Berne ?"))
P("good_turns_ugly", "de", "Stefan Reist", "Pflegeexperte MScN | Wundmanagement", "Bern",
  ("inv", "Grüezi Frau Morgan, ich arbeite als Wundexperte in einem Berner Spital und würde gern unsere Dekubitus-Prävalenzzahlen mit Ihren "
          "vergleichen, anonymisiert natürlich. Interesse?"),
  ("msg", "Merci fürs Vernetzen. Anbei unsere Prävalenzzahlen der letzten zwei Messungen und das Lagerungsprotokoll. Bin gespannt auf Ihre Sicht."),
  ("end",),
  ("msg", "Ich habe Sie für {skill} bestätigt. Wären Sie so nett, mich für Wundmanagement und Pflegeentwicklung zu bestätigen? "
          "Ich bewerbe mich als Dozent an der Fachhochschule. Vielen Dank!"))
P("good_turns_ugly", "en", "Callum Reid", "Nurse Director | Author, The Safe Staffing Handbook", "Glasgow",
  ("inv", "Alex, I read your piece on night-time skill mix in the Swiss nursing journal. We're wrestling with the same thing in Scotland "
          "and I'd love to compare notes."),
  ("msg", "Great to connect. Here's the staffing tool we validated last year, free under an open licence. Happy to talk it through with your team."),
  ("msg", "Hi Alex, our consultancy arm now offers a full safe-staffing review for European hospitals: six weeks, fixed fee of EUR 45k. "
          "I'd like to put a proposal together for your board, shall I?", (10, 30)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "fr", "Grégory Ansermet", "Responsable grands comptes | Soins Express Intérim", "Montreux",
  ("inm", "Pool de nuit", "Bonjour, Soins Express place des infirmières de nuit à 88 CHF l'heure tout compris pour les établissements vaudois. "
          "On se voit cette semaine ?"),
  ("inv", "Bonjour Alex, j'ai lu votre interview sur la fidélisation des jeunes infirmières, très juste. Au plaisir d'être en contact."))
P("reinvite_known_bad", "de", "Martina Roth", "Vertrieb | Digitale Pflegedokumentation", "Olten",
  ("inv", DEFAULT),
  ("inv", "Grüezi Frau Morgan, wir haben uns am Pflegekongress in Bern kurz gesehen. Würde mich freuen, in Kontakt zu bleiben."))
P("reinvite_known_bad", "it", "Fabio Lepori", "Responsabile vendite | Divise sanitarie", "Chiasso",
  ("inv", "Buongiorno, produciamo divise per il personale sanitario in tessuto antibatterico, consegna in tre settimane. Posso inviarle "
          "catalogo e prezzi per 800 capi?"),
  ("inv", "Gentile Alex, ho letto che a Berna aprite un nuovo reparto, complimenti! Mi piacerebbe restare in contatto."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "fr", "Sandrine Perroud", "Assistante administrative", "Renens",
  ("inv", "Madame Morgan, mon oncle est décédé au printemps dans votre unité de soins palliatifs. La famille a des questions sur ses derniers "
          "jours et j'aimerais pouvoir vous les poser."),
  ("inm", "Aucune réponse", "Même pas la décence de répondre à une famille en deuil. Vos beaux discours sur l'humanité des soins, c'est du vent. "
          "Honte à vous."),
  ("inv", "Bonjour, je reviens vers vous plus calmement. Pourrions-nous nous parler quelques minutes ?"))
P("reinvite_known_ugly", "en", "Daniel Okoro", "Founder | Nurse Leaders Collective", "London",
  ("inm", "A seat in a peer circle?", "Hi Alex, I'm putting together a free peer circle of nurse leaders from across Europe: one 60-minute call "
          "a month, no vendors. Would you like a seat?"),
  ("inm", "Welcome aboard", "Delighted you're in! To secure your seat, membership of the Collective is EUR 1,950 a year (we can invoice your "
          "hospital). I'll send the payment link today."),
  ("inv", "Alex, it's been a while. I'd like to connect here and keep in touch about nurse leadership."))
ERAS["Daniel Okoro"] = "cur"
P("reinvite_known_ugly", "de", "Roland Kessler", "Geschäftsführer | Kessler Pflegepersonal GmbH", "Basel",
  ("inv", "Guten Tag, wir haben Pflegepersonal aus Deutschland und Österreich mit SRK-Anerkennung sofort verfügbar. Kurzes Gespräch?"),
  ("inm", "Ihr Personalproblem", "Offensichtlich ist Ihnen Ihr Personalproblem egal. Typisch Spitalbürokratie: jammern, aber nicht zuhören. "
          "Viel Spass mit den leeren Dienstplänen."),
  ("inv", "Grüezi Frau Morgan, neues Jahr, neuer Anlauf. Ich würde mich trotzdem gern mit Ihnen vernetzen."))


# =============================================================== user_invited_pitch_once / twice
P("user_invited_pitch_once", "fr", "Hélène Bovet", "Spécialiste clinique | Thérapie par pression négative | VacuMed", "Genève",
  ("acc",),
  ("msg", "Merci pour l'invitation, Alex, ravie de notre discussion au congrès ! Comme évoqué, je vous propose de tester notre système de TPN "
          "sur deux patients pendant un mois : je viens installer et former l'équipe, puis on parle des conditions de location."))
P("user_invited_pitch_once", "it", "Marco Pellandini", "Formatore | Corsi BLS-AED e ACLS", "Lugano",
  ("acc",),
  ("msg", "Grazie per la richiesta di collegamento! Organizziamo corsi BLS-AED e ACLS direttamente in ospedale, riconosciuti dal Consiglio "
          "svizzero di rianimazione. Per 10 partecipanti il costo è di CHF 2'200. Le mando una proposta per il vostro personale?"))
P("user_invited_pitch_twice", "de", "Michael Furrer", "Leiter Verkauf | Spitalinformatik", "Bern",
  ("acc",),
  ("msg", "Danke für die Einladung, Frau Morgan! Unser Pflegeprozess-Modul bildet die Pflegediagnosen direkt im KIS ab. Wann darf ich es Ihnen "
          "in Bern zeigen?"),
  ("msg", "Guten Tag Frau Morgan, ich komme nochmals auf die Präsentation zurück. Für Neukunden übernehmen wir bis Ende Jahr die Schulungskosten."))
P("user_invited_pitch_twice", "en", "Laura Benson", "Partnerships | CareerNurse recruitment platform", "London",
  ("acc",),
  ("msg", "Thanks for the add, Alex! CareerNurse puts your vacancies in front of 80,000 nurses across Europe. Our hospital package starts at "
          "EUR 900 a month. Shall I set you up with a trial listing?"),
  ("msg", "Hi Alex, circling back on CareerNurse. We're offering three free extra listings to hospitals that sign up before the 30th."))


# =============================================================== user_invited_value
P("user_invited_value", "fr", "Anne-Claude Dutoit", "Directrice des soins | Réseau Santé Valais", "Sion",
  ("acc",),
  ("msg", "Merci pour l'invitation, Alex. Comme promis au téléphone, je vous fais suivre notre procédure d'intégration des infirmières "
          "de retour après une longue absence, avec le calendrier de tutorat. On l'a testée deux ans, ça marche bien."))
P("user_invited_value", "de", "Martin Schüpbach", "Präsident | SBK Sektion Bern", "Bern",
  ("acc",),
  ("msg", "Grüezi Alex, merci für die Einladung. Am 3. März haben wir im Kursraum an der Monbijoustrasse einen Abend zu Gewalt gegen Pflegende, "
          "kostenlos für Mitglieder und Kader, mit e-log-Punkten. Ich würde mich freuen, wenn jemand von Ihrem Berner Team kommt."))
P("user_invited_value", "en", "Joanna Kowalczyk", "PhD candidate in Nursing Science | University of Bern", "Bern",
  ("acc",),
  ("msg", "Thank you for connecting, Alex! Attached is the summary of my survey on missed nursing care on Swiss night shifts, with the "
          "results for your two sites broken out separately. I'd be glad to present it to your ward managers if that's useful."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "fr", "Pierre-Alain Chevalley", "Infirmier-chef de service | Urgences", "Morges", ("acc",))
P("acceptance_only", "de", "Barbara Wenger", "Bildungsverantwortliche Pflege | Spital Thun", "Thun", ("acc",))
P("lone_endorsement", "it", "Tiziana Rezzonico", "Infermiera | Reparto di medicina", "Locarno", ("end",))
P("lone_endorsement", "fr", "Maude Girardet", "ICUS médecine interne | Les Cèdres", "Lausanne", ("end",))


# =============================================================== more Swiss voices
P("good_invitation", "de", "Simone Bärtschi", "Pflegefachfrau HF | Wiedereinsteigerin", "Langenthal",
  ("inv", "Guten Tag Frau Morgan, nach sechs Jahren Familienpause möchte ich wieder in die Akutpflege einsteigen, gern 60 % in Bern. "
          "Bieten Sie dafür ein Wiedereinstiegsprogramm an, oder wen dürfte ich anfragen? Herzlichen Dank."),
  ("rem",))
P("default_invitation", "fr", "Loïc Vuilleumier", "Consultant | Recrutement santé", "Neuchâtel", ("inv", NONOTE), ("rem",))
P("sales_invitation", "de", "Franziska Ritter", "Key Account | E-Learning Pflege (SBK-anerkannt)", "Zürich",
  ("inv", "Guten Tag Frau Morgan, unsere 40 Pflege-Module sind alle log-Punkte-fähig. Für Spitäler ab 500 Pflegenden gibt es eine Campuslizenz. "
          "Darf ich Ihnen die Preise und einen Testzugang schicken?"))
P("connection_brings_value", "fr", "Hugo Delacrétaz", "Infirmier chef d'unité | Soins intensifs", "Fribourg",
  ("end",),
  ("msg", "Salut Alex, suite à notre échange sur les transferts nocturnes : je te passe notre check-list de sortie des soins intensifs, "
          "elle a fait baisser les réadmissions à 48 h chez nous. Si ton équipe de Berne la veut en allemand, on l'a aussi."))
P("hostility_after_decline", "fr", "Josiane Cottier", "Retraitée", "Lutry",
  ("inv", "Bonjour Madame, je vous écris au sujet du séjour de mon frère aux Cèdres en février."),
  ("inm", "Inadmissible", "Je vous ai demandé une chose simple et vous faites comme si je n'existais pas. Quelle arrogance. Vous avez "
          "oublié que c'est nous, les familles, qui payons vos salaires avec nos primes."))
P("user_invited_value", "it", "Chiara Gianinazzi", "Infermiera esperta in cure palliative | Hospice Ticino", "Lugano",
  ("acc",),
  ("msg", "Cara Alex, grazie del collegamento! Ecco il materiale del corso sulle cure di fine vita che ti avevo promesso, con le schede per "
          "i familiari in tre lingue. Se vi serve una mano per adattarlo, ci sono."))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Service RH – Les Cèdres", "rh@lescedres.example.ch", "Annonce ICUS médecine interne – publication LinkedIn",
     "Bonjour Alex,\n\nl'annonce pour le poste d'ICUS en médecine interne est validée. Elle paraît demain sur notre site et sur la page LinkedIn "
     "du groupe. Merci de la relayer dans votre réseau.\n\nMeilleures salutations\nService RH", "fr"),
    ("ASI Section Vaud", "info@asi-vaud.example.ch", "Assemblée générale et nouveaux cours e-log",
     "Chères et chers membres,\n\nl'assemblée générale aura lieu le 18 à Lausanne. Les nouveaux cours validés e-log sont en ligne. "
     "Suivez-nous aussi sur LinkedIn pour les annonces de formation.", "fr"),
    ("Jeanne Piguet", "jeanne.piguet@lescedres.example.ch", "Fwd: invitation LinkedIn d'une agence",
     "Salut Alex,\n\ntu connais cette agence ? Elle m'a invitée sur LinkedIn avec ce message, et je crois qu'elle écrit à toutes les ICUS.\n\n"
     "---------- Message transféré ----------\nDe : Cédric Pittet via LinkedIn <invitations@linkedin.com>\nObjet : Je souhaite me connecter\n\n"
     "Bonjour Jeanne, il nous reste des infirmières disponibles pour l'été...\n\nJeanne", "fr"),
    ("Pflegedienst Standort Bern", "pflege.bern@lescedres.example.ch", "Tag der Pflege – Beitrag für LinkedIn",
     "Liebe Alex\n\nfür den Tag der Pflege haben wir drei Fotos vom Team der Medizin 3 und einen kurzen Text vorbereitet. Kannst du den Beitrag "
     "auf LinkedIn teilen, wenn die Kommunikation ihn aufgeschaltet hat?\n\nLiebe Grüsse\nCorinne", "de"),
    ("Patrick Boand", "p.boand@bluewin.example.ch", "Réclamation – séjour de ma mère en gériatrie",
     "Madame,\n\nje vous ai écrit sur LinkedIn, sans réponse à ce jour. Je vous adresse donc ma réclamation par ce canal et en copie à la "
     "direction générale.\n\nPatrick Boand", "fr"),
    ("Helvicare Intérim", "contact@helvicare.example.ch", "Suite à notre demande LinkedIn : disponibilités d'été",
     "Madame la Directrice des soins,\n\nsuite à notre prise de contact sur LinkedIn, vous trouverez ci-joint nos disponibilités d'été et notre "
     "grille tarifaire.\n\nCédric Pittet", "fr"),
    ("Formazione continua sanitaria", "formazione@scuola-sanitaria.example.ch", "Iscrizioni aperte: CAS in cure palliative",
     "Gentili direttrici e direttori delle cure,\n\nsono aperte le iscrizioni al CAS in cure palliative (15 ECTS). Il programma è anche sulla "
     "nostra pagina LinkedIn.", "it"),
    ("IT-Sicherheit Les Cèdres", "it-security@lescedres.example.ch", "Achtung: gefälschte LinkedIn-Nachrichten mit Dienstplänen",
     "Liebe Mitarbeitende\n\nzurzeit kursieren gefälschte LinkedIn-Mails mit angeblichen Dienstplänen oder Rechnungen von Temporärbüros. "
     "Klicken Sie nicht auf die Links und melden Sie die Mail an die Informatik.", "de"),
    ("Nursing Events Europe", "events@nursingevents.example", "Your certificate: 1.5 CPD hours – add it to LinkedIn",
     "Hi Alex,\n\nthanks for attending 'Safe staffing after the pandemic'. Your certificate for 1.5 CPD hours is attached. "
     "Add it to your LinkedIn profile with one click.", "en"),
]


# ------------------------------------------------------------------------- checks and builder
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))

HEADER = [f"# mailbot development corpus dev140. Generated by scripts/make_corpus_dev140.py (seed {SEED}); do not edit by hand.",
          "# Alex as head of nursing of a hospital group in Lausanne and Bern: staffing agencies, wound-care and device reps, e-learning with "
          "training credits, applicants, unions, peer nursing directors, angry relatives; Swiss French, Swiss German, Italian, English. "
          "Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev140", SEED, PEOPLE, FOREIGN, spoofs=10, other=10, header=HEADER, eras=ERAS)
