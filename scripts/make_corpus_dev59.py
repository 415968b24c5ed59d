#!/usr/bin/env python3
"""Write mailbot's fifty-ninth, independent development corpus: tests/corpus/dev59/*.eml + expected.toml.

The angle: the user Alex is the executive director of Atalaya International, a humanitarian and
development NGO with offices in Geneva, Dakar and Bogotá. Their LinkedIn world: foundations and
public donors announcing funding windows (good), peer NGO staff sharing assessments, security notes,
policies and coordination meetings (good), cluster coordinators, researchers and volunteers offering
their time (good), headhunters and boards with real roles (good); grant-writing consultants,
fundraising agencies (street and door-to-door, major donors, peer-to-peer platforms), 'impact'
vendors (dashboards, storytelling, data feeds), CRM and cash-transfer software, insurers, trainers,
printers and carbon-credit sellers (bad); CSR managers whose volunteering day or "partnership" ends
in a product quote, a free directory or circle that turns into a fee, a family trust whose grant
needs a "registration fee", a thesis interview that turns into an evaluation offer, a journalist
whose report is sponsored content (ugly); endorse-me-back from volunteers and junior staff, and
hostility after a decline, in the registers of France, Switzerland, Senegal and Côte d'Ivoire,
Colombia and international English.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job alerts and
other LinkedIn mail, the names and headlines of spoof-only people and PYMK suggestions, and the
pitches that spoofs carry are swapped for this world in this process only (make_corpus.py itself is
not changed). Every note was written from shared/taxonomy.md alone, without reading mailbot's
signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev59.py              # writes tests/corpus/dev59
    python scripts/make_corpus_dev59.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260859

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ the NGO world (this process only)
# LinkedIn's wording only in the user's three languages; the machinery indexes a list of five.
mc.LANGS[:] = ["en", "fr", "es", "en", "fr"]

SKILLS = {
    "en": ["Humanitarian Assistance", "International Development", "NGO Management", "Fundraising", "Advocacy", "Programme Management"],
    "fr": ["Action humanitaire", "Développement international", "Gestion d'ONG", "Plaidoyer", "Gestion de programmes"],
    "es": ["Acción humanitaria", "Cooperación internacional", "Gestión de ONG", "Incidencia política", "Gestión de proyectos"],
    "de": ["Humanitäre Hilfe", "Entwicklungszusammenarbeit", "NGO-Management", "Fundraising"],
    "it": ["Aiuto umanitario", "Cooperazione internazionale", "Gestione di ONG", "Raccolta fondi"],
}
RHEADLINE = "Executive Director, Atalaya International | Humanitarian & Development"
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
    mc.L[_l]["rheadline"] = RHEADLINE

mc.NAMES["en"] = (["Rachel", "Duncan", "Naomi", "Peter", "Alison", "Samuel", "Joy", "Henry", "Lucy", "Emmanuel", "Claire", "Victor"],
                  ["Ferguson", "Adeyemi", "Holloway", "Mensah", "Carrington", "Otieno", "Blake", "Sutherland", "Nakamura", "Pryor"])
mc.NAMES["fr"] = (["Awa", "Ibrahima", "Mariama", "Ousmane", "Nathalie", "Yves", "Aïssatou", "Thierry", "Rokhaya", "Laurent", "Binta", "Dominique"],
                  ["Gueye", "Sy", "Mbaye", "Ba", "Diouf", "Cuendet", "Python", "Kouassi", "Traoré", "Lambert", "Niang", "Vuilleumier"])
mc.NAMES["es"] = (["Luisa Fernanda", "Diego", "Ana María", "Julián", "Paula", "Cristian", "Daniela", "Óscar", "Manuela", "Sebastián"],
                  ["Gómez", "Cárdenas", "Zuluaga", "Rojas", "Henao", "Velásquez", "Castaño", "Duarte", "Montoya", "Salazar"])
mc.CITY["en"] = ["Geneva", "London", "Nairobi", "Washington, DC", "Brussels", "New York"]
mc.CITY["fr"] = ["Genève", "Dakar", "Lausanne", "Paris", "Abidjan", "Saint-Louis"]
mc.CITY["es"] = ["Bogotá", "Medellín", "Cali", "Barranquilla", "Bucaramanga", "Cúcuta"]
mc.COMPANIES["good"] = ["Atalaya International", "Sahel Resilience Network", "OCHA Senegal", "Universidad de los Andes", "Geneva Graduate Institute",
                        "Van Rijn Foundation", "Tumaini Relief", "Corporación Paz y Territorio"]
mc.COMPANIES["sales"] = ["ImpactLens", "GrantMatch Pro", "DonorSpark", "CauseBridge", "GiveLoop", "Donorly", "Sahel Carbone", "StoryForge"]
mc.HEADLINES["good"] = ["Programme Officer at {co}", "Country Director | {co}", "Humanitarian Affairs Officer, {co}", "Researcher at {co}",
                        "Head of Partnerships, {co}", "MEAL Manager at {co}"]
mc.HEADLINES["sales"] = ["Nonprofit Account Executive at {co}", "Helping NGOs raise more | {co}", "Founder & CEO, {co}", "Partnerships Manager @ {co}",
                         "Business Development, Nonprofit Sector | {co}"]
mc.JOBS[:] = [("Country Director – Mali", "Sahel Relief Consortium"), ("Head of Programmes (Latin America)", "Corporación Paz y Territorio"),
              ("Directeur·rice des opérations", "Fondation Lémanique pour l'Enfance"), ("Humanitarian Advocacy Lead", "Tumaini Relief"),
              ("Coordinador(a) de Emergencias – Catatumbo", "Alianza Humanitaria del Norte")]
_OTHER = {
    "en": dict(job=("{n} new jobs for \"country director\"", "Your job alert for country director in {city}", "View job"),
               news=("Aid cuts: how are NGOs keeping field programmes alive?", "Top stories for you from LinkedIn News"),
               group=("Top conversations in Humanitarian Professionals Network", "Here are the top conversations in your group this week"),
               newsletter=("Field Notes: what localisation looks like in 2025", "New edition of a newsletter you subscribed to")),
    "fr": dict(job=("{n} nouvelles offres pour « directeur pays »", "Votre alerte emploi pour directeur pays à {city}", "Voir l'offre"),
               news=("Baisse de l'aide publique : les ONG face aux arbitrages", "Les actualités du jour de LinkedIn News"),
               group=("Meilleures discussions dans Humanitaires francophones", "Voici les meilleures discussions de votre groupe cette semaine"),
               newsletter=("Carnets de terrain : la localisation, au-delà des slogans", "Nouvelle édition d'une newsletter à laquelle vous êtes abonné")),
    "es": dict(job=("{n} empleos nuevos de «director de país»", "Tu alerta de empleo de director de país en {city}", "Ver empleo"),
               news=("Recortes de cooperación: ¿qué pasa con los programas en terreno?", "Noticias destacadas de LinkedIn Noticias"),
               group=("Conversaciones destacadas en Cooperación y Acción Humanitaria Colombia", "Estas son las conversaciones más destacadas de tu grupo"),
               newsletter=("Bitácora de terreno: localización más allá del discurso", "Nueva edición de un boletín al que estás suscrito")),
}
for _l, _o in _OTHER.items():
    mc.OTHER[_l].update(_o)
mc.INMAIL_SUBJECTS["en"]["sales"] = ["Donor retention at Atalaya", "Quick idea for your appeal", "15 minutes?", "Impact reporting", "Partnership proposal"]
mc.INMAIL_SUBJECTS["fr"]["sales"] = ["Votre collecte 2025", "Proposition de partenariat", "Une idée pour Atalaya", "15 minutes ?"]
mc.INMAIL_SUBJECTS["es"]["sales"] = ["Propuesta para Atalaya", "Su campaña de donaciones", "¿15 minutos?", "Alianza"]

# what the spoofs carry: pitches and phishes dressed for an NGO director
SPOOF_PITCH = {
    "en": ["Dear Director, a donor disbursement of USD 250,000 for Atalaya is awaiting your confirmation. Sign in through the secure portal to release it.",
           "Hi Alex, I shared the signed grant agreement with you on LinkedIn Documents. Log in to review and countersign before Friday."],
    "fr": ["Monsieur le Directeur, un versement de 180 000 € en faveur de votre ONG est en attente. Connectez-vous au portail sécurisé pour le valider.",
           "Bonjour Alex, je vous ai partagé la convention de subvention signée. Connectez-vous pour la consulter et la contresigner."],
    "es": ["Estimado director, hay un desembolso de 250.000 USD para su organización pendiente de confirmación. Ingrese al portal seguro para liberarlo.",
           "Hola Alex, le compartí el convenio de donación firmado. Inicie sesión para revisarlo y firmarlo antes del viernes."],
    "de": ["Sehr geehrte/r Alex, eine Spendenauszahlung für Ihre Organisation wartet auf Ihre Bestätigung. Bitte melden Sie sich im sicheren Portal an."],
    "it": ["Gentile direttore, un'erogazione a favore della vostra ONG è in attesa di conferma. Acceda al portale sicuro per sbloccarla."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "en", "Ingrid Halvorsen", "Programme Officer, Humanitarian Innovation | Nordvik Foundation", "Oslo",
  ("inv", "Hi Alex, we open a funding window for locally led WASH projects in the Sahel next month. I'm running two info calls for applicants "
          "(free, 45 min) and Atalaya's Dakar work came up twice in our scoping. Can I send you the dates?"),
  ("rem",))
P("good_invitation", "fr", "Corinne Rochat-Berthoud", "Responsable plaidoyer | Plateforme des ONG genevoises", "Genève",
  ("inv", "Bonjour Alex, on prépare avec une septantaine d'ONG une lettre commune au DFAE sur les coupes dans l'aide humanitaire. Vous seriez d'accord "
          "de relire le brouillon et d'y ajouter vos chiffres du Sahel ? Séance de travail jeudi à la Maison de la paix."))
P("good_invitation", "fr", "Mamadou Lamine Sarr", "Coordonnateur régional Afrique de l'Ouest | Réseau Sahel Résilience", "Dakar",
  ("inv", "Bonjour M. Morgan, nous tenons la réunion de coordination des ONG intervenant à Matam le 12 courant, à notre siège de Sacré-Cœur. "
          "Votre équipe de Dakar est la bienvenue, nous partagerons aussi la cartographie 3W. Bien à vous."),
  ("rem",))
P("good_invitation", "es", "Laura Valentina Ospina", "Investigadora | Observatorio de Migración, Universidad del Norte", "Barranquilla",
  ("inv", "Hola Alex, ¿cómo le va? Terminamos la encuesta a 1.200 hogares migrantes en La Guajira y Atlántico. Le quiero compartir los resultados "
          "antes de publicarlos, por si les sirven para planear el próximo año. Quedo atenta."))
P("good_invitation", "en", "Tomasz Wierzbicki", "Data Scientist | Volunteer, DataKind", "Warsaw",
  ("inv", "Hi Alex – data scientist here with a few free evenings a week that I'd rather give to an NGO than to Netflix. Saw your ReliefWeb post "
          "about cleaning beneficiary data. Happy to do it pro bono, references available."))
P("good_invitation", "en", "Catalina Mejía Uribe", "Gerente de Responsabilidad Social | Fundación Cementos del Valle", "Medellín",
  ("inv", "Alex, buenas tardes. La fundación de la empresa abrió convocatoria de cofinanciación para proyectos de agua en zonas rurales de Antioquia "
          "y Chocó, sin contrapartida. Me encantaría que Atalaya aplicara. ¿Le envío los términos?"),
  ("rem",), nl="es")
P("good_invitation", "fr", "Léonie Favre", "Étudiante Master en action humanitaire | Université de Genève", "Genève",
  ("inv", "Bonjour, je termine mon mémoire sur le pré-positionnement des stocks d'urgence en Afrique de l'Ouest. Auriez-vous 20 minutes pour "
          "un entretien avec votre logisticien ou vous-même ? Je vous enverrai le mémoire final, évidemment."))


# =============================================================== default_invitation
P("default_invitation", "en", "Brandon Kessler", "Growth Consultant | Nonprofit Tech | Speaker", "Denver", ("inv", DEFAULT), ("rem",))
P("default_invitation", "fr", "Abdoulaye Kane", "Entrepreneur | Import-Export | BTP", "Thiès", ("inv", NONOTE))
P("default_invitation", "es", "Jhon Fredy Cardona", "Asesor comercial | Seguros y pólizas", "Pereira", ("inv", DEFAULT), ("rem",))
P("default_invitation", "fr", "Valérie Bonvin", "Consultante indépendante | RSE & communication", "Sion", ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Jared Whitlock", "Account Executive, Nonprofit | ImpactLens – impact measurement made simple", "Austin",
  ("inv", "Hi Alex, donors want outcome data, not activity counts. ImpactLens turns your field surveys into donor-ready impact dashboards "
          "in days, 40+ NGOs on board incl. two in Geneva. Could I grab 20 minutes to show you a live demo?"))
P("sales_invitation", "fr", "Fabrice Lemoine", "Fondateur | Cabinet Subventia – rédaction de propositions de financement", "Lyon",
  ("inv", "Bonjour Alex, nous rédigeons les dossiers AFD, ECHO et UE pour les ONG : 72 % de succès en 2024. Forfait dès 4 500 € par proposition, "
          "ou au succès. Un échange de 20 min pour regarder vos prochains appels ?"),
  ("rem",))
P("sales_invitation", "es", "Daniela Restrepo Gil", "Directora Comercial | Dona+ Colombia – captación cara a cara", "Bogotá",
  ("inv", "Hola Alex, mucho gusto. En Dona+ manejamos equipos de captación en centros comerciales y puerta a puerta para fundaciones. "
          "Le garantizamos 800 donantes al mes el primer año. ¿Le presento la propuesta económica esta semana?"))
P("sales_invitation", "en", "Rupert Hale", "Partner | CauseBridge – corporate partnership brokerage", "London",
  ("inv", "Alex, we match charities with FTSE companies hunting for CSR partners. Retainer is £2,500/month and covers decks, outreach and "
          "negotiation. Three of our NGO clients signed six-figure deals last year. Worth a call?"),
  ("rem",))
P("sales_invitation", "fr", "Serge Kouadio", "Commercial | Sahel Carbone – crédits carbone certifiés", "Abidjan",
  ("inv", "Bonjour Monsieur le Directeur, notre société commercialise des crédits carbone issus de foyers améliorés au Sahel. Vos missions "
          "en avion peuvent être compensées à 9 USD la tonne. Puis-je vous transmettre notre offre ?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Nathan Ellery", "Host, The Humanitarian Leaders Table | Executive Coach", "Geneva",
  ("inv", "Alex, I host a small off-the-record table of humanitarian EDs in Geneva. Once a month, six or seven of us, honest talk about funding "
          "cuts and burnout. No agenda, no sponsors. Would you like a seat?"),
  ("msg", "Glad you're in! Bit of housekeeping before the next table: the circle runs inside my leadership programme for NGO heads, six months "
          "of 1:1 coaching plus the monthly table, CHF 3,800. Most members expense it under staff development. Shall I send the enrolment form?", (3, 9)),
  ("msg", "Hi Alex, following up on the form. I'm holding your seat until Friday, after that it goes to the waiting list. A payment plan is possible.", (8, 18)))
P("bait_and_switch_invitation", "fr", "Pascal Grandjean", "Fondateur | Annuaire romand des associations", "Lausanne",
  ("inv", "Salut Alex, je monte un annuaire gratuit des ONG actives en Suisse romande, pour que les communes et les fondations trouvent plus "
          "facilement des partenaires. Je peux y inscrire Atalaya ? Ça prend deux minutes."),
  ("msg", "Merci pour la mise en relation ! Votre fiche de base est en ligne. Par contre, pour apparaître en tête des recherches des fondations "
          "et avoir le badge « partenaire vérifié », il faut passer à la fiche Premium : 890 CHF par année. Je vous envoie la facture ?"))
P("bait_and_switch_invitation", "es", "Jorge Iván Quintero", "Líder comunitario | Red de Organizaciones del Pacífico", "Buenaventura",
  ("inv", "Buenas tardes Alex. Hacemos parte de una red de organizaciones de base del Pacífico y queremos invitar a Atalaya al encuentro "
          "regional de agosto en Buenaventura. Sería muy valioso escuchar su experiencia con comunidades afro."),
  ("msg", "Alex, qué pena molestarlo. Le cuento que aparte de la red tengo una firma de formulación de proyectos. Le puedo montar las propuestas "
          "para AECID y la Unión Europea, cobro el 8 % del monto aprobado. ¿Hablamos por WhatsApp?"),
  ("msg", "Don Alex, ¿pudo mirar lo de la formulación? Me quedan cupos para dos proyectos este trimestre.", (6, 15)))
P("bait_and_switch_invitation", "fr", "Oumar Diagne", "Responsable administratif et financier | ONG & projets de développement", "Dakar",
  ("inv", "Bonjour Alex, collègue du secteur ici. Comment faites-vous pour les audits de vos partenaires locaux exigés par l'UE ? Chez nous ça "
          "coince chaque année. Votre avis m'aiderait beaucoup."),
  ("msg", "Merci pour votre réponse, très éclairante. En fait notre cabinet Teranga Audit réalise justement ces audits de partenaires, conformes "
          "aux exigences ECHO et UE, à partir de 1 200 000 FCFA par partenaire. Je peux vous adresser une offre pour vos douze partenaires ?", (4, 12)))
P("bait_and_switch_invitation", "en", "Priya Raghunathan", "Fundraising strategist | author, The Unrestricted Income Playbook", "London",
  ("inv", "Hi Alex, I wrote a short playbook on growing unrestricted income for mid-sized NGOs (free, no email gate). Happy to send it over, "
          "a couple of the Geneva case studies might ring a bell."),
  ("msg", "Here you go, PDF link below. And since a few EDs asked: I take on two NGOs a quarter for a 90-day major-donor sprint, £14,000 flat. "
          "One slot left for Q3. Shall we book a discovery call?"))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Gordon Pryce", "Trustee, Pryce Family Charitable Trust", "Edinburgh",
  ("inm", "Possible grant – Sahel nutrition", "Dear Alex, our family trust is reviewing where to place this year's international giving, and "
          "nutrition in the Sahel is high on the list. Could you send me Atalaya's latest annual report and audited accounts? We would be looking "
          "at around £150,000 over two years."),
  ("inm", "Next steps", "Thank you, the report was excellent. Before the trustees can release funds, our compliance partner has to register "
          "Atalaya on their due-diligence platform. Registration is £480, payable by card through the link below. Once that's done the grant "
          "letter goes out within ten working days.", (5, 12)))
P("bait_and_switch_inmail", "fr", "Mathilde Perroud", "Doctorante | Institut de hautes études internationales et du développement", "Genève",
  ("inm", "Entretien de recherche – localisation de l'aide", "Bonjour Alex, je fais une thèse sur la localisation de l'aide au Sahel et je "
          "cherche à interviewer quelques directeurs d'ONG internationales. 30 minutes, anonymisé. Auriez-vous un petit moment ces prochaines semaines ?"),
  ("inm", "Suite à notre entretien", "Encore merci pour l'entretien de mardi, très riche. Par ailleurs je travaille aussi comme consultante en "
          "évaluation : j'ai vu que votre projet ECHO arrive à mi-parcours. Je pourrais vous faire une offre pour l'évaluation externe, au tarif "
          "journalier de 950 CHF. On en rediscute ?"))
P("bait_and_switch_inmail", "es", "Andrés Felipe Lozano", "Periodista | Revista Territorios", "Bogotá",
  ("inm", "Reportaje sobre migración en Cúcuta", "Hola Alex, estoy preparando un reportaje sobre la respuesta humanitaria a los caminantes "
          "en la frontera de Cúcuta y me gustaría entrevistarlo a usted o a alguien de su equipo. ¿Tendría 20 minutos esta semana?"),
  ("inm", "Propuesta de publicación", "Alex, gracias por la disposición. Le cuento cómo funciona: el reportaje sale en la sección de contenido "
          "aliado, con fotos y video. El paquete vale 4.500.000 pesos más IVA y ustedes tienen derecho a revisar el texto. ¿Le envío la "
          "cotización a nombre de la fundación?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Kwame Asante-Boateng", "MEAL Consultant | Independent", "Accra",
  ("end",), ("end",),
  ("msg", "Alex! Hope Dakar is treating you well. I've been endorsing a few old colleagues and you were top of my list for {skill}. "
          "I'm rebuilding my profile for consultancy work, any chance you could endorse me for Monitoring & Evaluation and Data Analysis? "
          "Would be a big help."))
P("endorse_me_back", "fr", "Khady Ndiaye", "Chargée de projets junior | Santé communautaire", "Kaolack",
  ("end",),
  ("msg", "Bonsoir Alex, j'espère que vous allez bien ainsi que la famille. Je vous ai recommandé pour {skill}, c'est mérité. "
          "S'il vous plaît, si vous avez une minute, pouvez-vous me recommander aussi pour Gestion de projet et Santé communautaire ? "
          "Je postule à des offres et ça compte. Merci beaucoup, que Dieu vous garde."))
P("endorse_me_back", "es", "Yuliana Marcela Pérez", "Trabajadora social | Voluntaria", "Cali",
  ("end",), ("end",),
  ("msg", "Holaa Alex 🙌 le validé {skill} porque de verdad aprendí mucho en el voluntariado con ustedes. Le quería pedir un favorcito: "
          "¿me podría validar Trabajo social y Gestión comunitaria? Estoy buscando trabajo y eso me ayuda un montón. ¡Mil gracias!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Derek Vance", "Nonprofit Growth Advisor | 20 years in fundraising", "Phoenix",
  ("inv", "Alex, most NGOs your size leave 30% of their individual giving on the table. I've fixed that for 40+ orgs. Let's connect and I'll show you where."),
  ("rem",),
  ("inm", "Noted", "An invitation, a reminder, and nothing. I've been in this sector longer than you've been running that NGO, and frankly "
          "this is why so many charities are going under: leaders too proud to listen. Good luck with your next budget shortfall."))
P("hostility_after_decline", "fr", "Hervé Koffi Yao", "Consultant en développement local | 15 ans d'expérience", "Bouaké",
  ("inv", "Bonjour Monsieur Morgan, je suis consultant ivoirien en développement local, 15 ans avec les ONG. Je souhaite intégrer votre réseau "
          "et vous présenter mes services pour vos projets en Afrique de l'Ouest."),
  ("inm", "Déception", "Monsieur, je constate que vous avez ignoré ma demande. C'est toujours la même chose avec vous les ONG internationales : "
          "vous parlez de localisation dans vos rapports mais vous méprisez les compétences africaines dès qu'on frappe à votre porte. "
          "Vraiment, honte à vous."))
P("hostility_after_decline", "es", "Mauricio Salcedo", "Gerente | FundRaising Andino SAS", "Bogotá",
  ("inv", DEFAULT), ("rem",),
  ("inm", "¿En serio?", "Alex, veo que ni siquiera se tomó la molestia de aceptar. Qué falta de educación, la verdad. Ustedes los de las ONG "
          "internacionales vienen a Colombia a dar cátedra y no son capaces de contestar una solicitud. Qué vergüenza."))
P("hostility_after_decline", "en", "Tiffany Brooks-Lyle", "Aspiring humanitarian | MA International Relations", "Toronto",
  ("inv", "Hi Alex! I'm finishing my MA and I'd love to work at Atalaya. Could you let me know about any openings or pass my CV to HR?"),
  ("inm", "Wow", "I reached out politely and you couldn't even click accept. You post about 'investing in the next generation of humanitarians' "
          "but clearly that's just for show. Very disappointing from someone in your position."))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Lance Whitford", "Founder | StoryForge – video storytelling for charities", "Bristol",
  ("msg", "Hi Alex, loved the Sahel appeal video your team put out, but it could be doing five times the views. StoryForge makes donor-ready "
          "mini-docs from your field footage, packages from £6k. Open to a quick call?"),
  ("msg", "Hi again, we've got a crew in Dakar in March, which would cut the cost by a third. Shall I pencil you in?"),
  ("msg", "Three messages and not even a 'no thanks'. Honestly, for an organisation that claims to be all about dignity and respect, that's "
          "pretty hypocritical. I won't waste any more of my time."))
P("hostility_connection", "fr", "Gaëlle Mercier", "Directrice associée | Mécénat & Co – partenariats entreprises", "Paris",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex, ravie de notre échange au Forum de Genève. Comme évoqué, nous accompagnons les ONG dans la recherche "
          "de mécènes : diagnostic, ciblage, rédaction des offres de partenariat. Notre forfait de démarrage est à 7 500 € HT. Je vous envoie une proposition ?"),
  ("msg", "Alex, trois semaines sans nouvelles. C'est tout de même un peu fort : c'est vous qui m'avez invitée à me connecter. Je trouve ce "
          "manque de considération assez méprisant, surtout venant d'une structure qui vit de la générosité des autres.", (18, 25)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Harriet Coles", "Bid Writer | Grant applications for NGOs | 80% success rate", "Manchester",
  ("msg", "Hi Alex, just noticed ECHO's HIP for the Sahel is out. I write these for a living: full proposal incl. logframe and budget narrative "
          "for £3,200. Want me to take it off your plate?"),
  ("msg", "Hi Alex, FCDO has a new climate resilience call as well. I could do both at a bundle price, let me know!"),
  ("msg", "Last one from me: I have availability in the next two weeks, after that I'm booked until the autumn."))
P("connection_only_pitches", "fr", "Yannick Berthoud", "Responsable développement | Rue & Don – collecte de rue", "Fribourg",
  ("msg", "Bonjour Alex, nos équipes de recruteurs de donateurs sont présentes dans 14 villes romandes. Pour une ONG de votre taille on pourrait "
          "viser 1 200 nouveaux donateurs réguliers d'ici l'été. Je vous présente les conditions ?"),
  ("msg", "Re-bonjour, petite précision : on a libéré des emplacements à Genève Cornavin pour septembre. Coût par donateur recruté : 190 CHF. "
          "Dites-moi si ça vous intéresse."))
P("connection_only_pitches", "es", "Édgar Benavides", "Revisor fiscal | Contador público – ESAL", "Bogotá",
  ("msg", "Buen día Alex. Recuerde que las entidades sin ánimo de lucro deben actualizar el registro web ante la DIAN antes del 31 de marzo. "
          "Nosotros le hacemos todo el trámite y además la revisoría fiscal por una tarifa mensual fija. ¿Le paso cotización?"),
  ("msg", "Alex, buenas. ¿Pudo revisar la propuesta? Le hago un 15 % de descuento si firmamos este mes."))


# =============================================================== single_pitch
P("single_pitch", "en", "Oliver Grantham", "Sales Lead | AidTrack – registration & cash transfer software", "Amsterdam",
  ("msg", "Hi Alex, saw Atalaya is scaling cash assistance in Colombia. AidTrack handles registration, deduplication and payments in one tool, "
          "and we're offering pilot pricing to three NGOs this quarter. Could I show you a 20-minute demo?"))
P("single_pitch", "fr", "Aliou Badji", "Formateur-consultant | Gestion axée sur les résultats", "Ziguinchor",
  ("msg", "Bonjour M. le Directeur, je vous propose une formation de 3 jours en gestion axée sur les résultats et cadre logique pour vos équipes "
          "de Dakar, avec attestation. Coût : 250 000 FCFA par participant, pause-café et déjeuner compris. Je reste à votre disposition pour un devis."))
P("single_pitch", "es", "Liliana Gaviria", "Ejecutiva de cuenta | Impresos y Publicidad La 14", "Cali",
  ("msg", "Hola Alex!! Le escribo para ofrecerle nuestros servicios: chalecos, gorras, pendones y material POP con logo bordado para sus "
          "brigadas y eventos. Precios especiales para fundaciones. ¿Le mando el catálogo por acá o por WhatsApp?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Sophie Lindqvist-Marsh", "WASH Cluster Coordinator – Senegal", "Dakar",
  ("msg", "Alex, reminder that the WASH cluster meets Thursday 10:00 at OCHA. We'll validate the 2026 targets for Matam and Podor, so it would "
          "help if someone from your team brings the latest borehole data. Agenda and 4W template are on the cluster drive."),
  ("msg", "Thanks for sending Fatou. Minutes are up on the drive; the gap analysis shows Podor uncovered for hygiene kits, if you have capacity."))
P("connection_brings_value", "en", "Reto Aebischer", "Chargé de programme | Direction du développement et de la coopération DDC", "Berne",
  ("end",),
  ("msg", "Bonjour Alex, juste pour vous signaler que la DDC ouvre une fenêtre de financement pour des projets de cohésion sociale au Burkina "
          "et au Niger. Les notes conceptuelles sont à rendre d'ici fin octobre, les lignes directrices sont en pièce jointe. Il y a aussi une "
          "séance d'information en ligne le 2, je vous mets le lien si ça vous dit."), nl="fr")
P("connection_brings_value", "en", "Rebecca Mwangi", "Executive Director | Tumaini Relief", "Nairobi",
  ("msg", "Hi Alex, we finally finished rewriting our safeguarding policy after last year's audit. Sharing it in case it saves your team a few "
          "weeks. Use whatever's helpful, no need to credit us. The reporting-pathway annex was the part our board liked most."))
P("connection_brings_value", "es", "Natalia Rincón", "Coordinadora de Emergencias | Alianza Humanitaria del Norte", "Ocaña",
  ("msg", "Hola Alex, le comparto la evaluación rápida de necesidades que hicimos en Tibú después de los desplazamientos de enero, con datos "
          "por vereda de agua, alimentos y protección. Si Atalaya puede cubrir algo de agua en El Tarra nos serviría coordinar para no duplicar. Un abrazo."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Charlotte Ambrose", "Partner, Non-Profit Practice | Harwood Executive Search", "London",
  ("inm", "CEO – international humanitarian organisation (confidential)", "Dear Alex, I'm leading the search for a new Chief Executive at a "
          "UK-based international humanitarian organisation (income around £120m, 14 country programmes, mostly Sahel and Latin America). "
          "Your track record across Dakar and Bogotá fits the board's brief closely. Would you be open to a confidential conversation next week? "
          "I can share the candidate pack first."))
P("stranger_inmail_recruiter", "fr", "Isabelle Chappuis", "Présidente du conseil de fondation | Fondation Léman Solidarité", "Genève",
  ("inm", "Siège au conseil de fondation", "Bonjour Alex, notre conseil de fondation cherche un nouveau membre avec une expérience de terrain en "
          "Afrique de l'Ouest, pour renforcer le comité de sélection des projets. Mandat bénévole, quatre séances par année à Genève. "
          "Seriez-vous d'accord d'en parler autour d'un café ?"))
P("stranger_inmail_recruiter", "es", "Carolina Bermúdez", "Gerente de Talento Humano | Corporación Paz y Territorio", "Bogotá",
  ("inm", "Dirección ejecutiva – Corporación Paz y Territorio", "Buenas tardes, Alex. La junta directiva de la Corporación está buscando "
          "director(a) ejecutivo(a) para los próximos cuatro años: tiempo completo en Bogotá, con programas en Nariño, Cauca y Chocó. "
          "Su nombre nos llegó por recomendación de dos miembros de la junta. ¿Podríamos conversar?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Megan Tully", "Partnerships | GiveLoop – peer-to-peer fundraising", "Dublin",
  ("inm", "Your Giving Tuesday", "Hi Alex, Giving Tuesday is six weeks out. GiveLoop lets supporters run their own fundraising pages for "
          "Atalaya, and NGOs on our platform raise 3x more than with a static donate button. 5% platform fee, no setup cost. 15 minutes this week?"),
  ("inm", "Re: Your Giving Tuesday", "Hi Alex, bumping this in case it got buried. We have onboarding slots until the 20th."))
P("stranger_inmail_sales", "fr", "Julien Abadie", "Directeur conseil | Philanthropia – stratégie de mécénat", "Paris",
  ("inm", "Votre stratégie grands donateurs", "Bonjour Alex, nous avons analysé les comptes publiés d'Atalaya : la part des grands donateurs "
          "y est nettement inférieure à la moyenne des ONG de votre taille. Notre mission d'audit philanthropique (6 semaines, 18 000 € HT) "
          "identifie les leviers. Je serais heureux de vous la présenter."))
P("stranger_inmail_sales", "es", "Felipe Andrade", "Ejecutivo comercial | ContaSocial – software contable para ONG", "Medellín",
  ("inm", "Software contable para fundaciones", "Buenos días Alex, ¿su equipo sigue armando los informes a donantes en Excel? ContaSocial "
          "genera reportes por proyecto y por donante, con centros de costo y multimoneda. Le ofrezco una demostración gratuita, ¿qué día le queda bien?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Marcus Feld", "Food security analyst | founder, SahelData", "Berlin",
  ("inv", "Hi Alex, I maintain a free, cleaned dataset of millet and sorghum prices across 60 Sahel markets, updated monthly. A few NGOs use "
          "it to set cash transfer values. Happy to give your Dakar team access."),
  ("msg", "Access is set up for the Dakar team (3 logins). Also attaching the note on how we deflate prices, feedback welcome."),
  ("msg", "Hi Alex, hope the data's been useful. From January the market feed moves into SahelData Pro: forecasts, alerts, API. The NGO licence "
          "is €9,600 a year, and as early users I can do €7,200 if you sign before the 31st. Shall I send the order form?", (20, 40)))
P("good_turns_ugly", "fr", "Clémence Aubry", "Traductrice EN>FR | bénévole pour des ONG", "Bordeaux",
  ("inv", "Bonjour Alex, je suis traductrice et je donne quelques heures par mois à des ONG. Si vous avez des rapports ou des supports de "
          "sensibilisation à passer en français, je le fais bénévolement avec plaisir."),
  ("msg", "Voilà la traduction du guide d'hygiène, relue deux fois. J'ai gardé les termes en wolof tels quels, dites-moi si ça convient à l'équipe de Dakar."),
  ("end",),
  ("msg", "Bonjour Alex ! Je vous ai recommandé pour {skill}. Petite demande en retour : je me lance en freelance, pourriez-vous me recommander "
          "pour Traduction et Localisation ? Ça m'aiderait vraiment auprès des agences."))
P("good_turns_ugly", "es", "Santiago Arango", "Gerente de Sostenibilidad | SolAndes Energía", "Medellín",
  ("inv", "Hola Alex, soy el gerente de sostenibilidad de SolAndes. Queremos hacer una jornada de voluntariado de nuestros empleados con una "
          "ONG en La Guajira; nosotros ponemos transporte y materiales. ¿Les interesaría?"),
  ("msg", "Alex, qué jornada tan bonita la del sábado en Uribia. Le comparto las fotos y el informe con las 40 familias atendidas. Gracias a su equipo por la logística."),
  ("msg", "Alex, le cuento una oportunidad: para sus proyectos de agua en La Guajira tenemos kits solares de bombeo a precio corporativo. Si su "
          "área de compras nos pide cotización para 200 unidades antes de diciembre, le sostengo el precio de este año. ¿Me conecta con la persona de compras?", (15, 30)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Chad Morrow", "VP Sales | Donorly – CRM for nonprofits", "Chicago",
  ("inm", "Donor CRM for Atalaya?", "Hi Alex, are you still managing donors in spreadsheets or an ageing Raiser's Edge? Donorly migrates NGOs in "
          "30 days for a flat fee. Can I book 30 minutes with you and your head of fundraising for a demo?"),
  ("inv", "Alex, enjoyed your panel at the Geneva humanitarian forum, especially the bit about flexible funding. Would be good to stay in touch."))
P("reinvite_known_bad", "fr", "Stéphanie Rey", "Consultante | Formation et coaching associatif", "Neuchâtel",
  ("inv", DEFAULT),
  ("inv", "Bonjour Alex, nous nous sommes croisés à la journée de la FEDEVACO à Lausanne. Je serais ravie de garder le contact."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "es", "Wilson Ortega", "Consultor en cooperación internacional", "Villavicencio",
  ("inv", "Buenas Alex. Soy consultor con 10 años en cooperación internacional, me gustaría hacer parte de su red."),
  ("inm", "Qué pena", "Veo que usted no acepta a los consultores locales. Muy bonito el discurso de la localización, pero en la práctica "
          "ustedes los extranjeros solo contratan a los suyos. Qué arrogancia."),
  ("inv", "Alex, buenas tardes. Empezando año quería volver a intentarlo, espero que esta vez sí podamos conectar."))
P("reinvite_known_ugly", "en", "Simon Okoro", "Cash & Voucher Assistance Specialist", "Abuja",
  ("inm", "Question about cash programming in Colombia", "Hi Alex, I'm on the cash working group in Nigeria and we're looking at how NGOs in "
          "Colombia handled multi-purpose cash for Venezuelan migrants. Would you mind sharing what worked for you? Even a short note would help."),
  ("inm", "Thank you + something useful", "Thank you, very helpful. Small thing: I also run a consultancy that builds mobile money "
          "disbursement systems for NGOs. We could set up your Colombia pipeline for $18k. Want a proposal?"),
  ("inv", "Hi Alex, great to see Atalaya's new Sahel strategy. Let's connect."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Declan Byrne", "Director | FaceFirst Fundraising – face-to-face donor acquisition", "Dublin",
  ("acc",),
  ("msg", "Thanks for connecting after the AidEx drinks, Alex. As promised, the short version: we run street and door-to-door teams for charities "
          "in Ireland and Switzerland, typical cost per regular donor CHF 210. Happy to scope a Geneva test if you're up for it."))
P("user_invited_pitch_once", "fr", "Thibaut Maréchal", "Courtier | Assurances expatriés & travailleurs humanitaires", "Paris",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex. Suite à notre échange à Bioforce, je vous fais parvenir notre proposition d'assurance santé et "
          "rapatriement pour vos expatriés à Dakar et Bogotá, avec couverture risques de guerre. Tarif groupe à partir de 12 salariés. On s'appelle pour l'affiner ?"))
P("user_invited_pitch_once", "es", "Paola Andrea Sierra", "Directora | Traducciones Lingua Viva", "Bogotá",
  ("acc",),
  ("msg", "Gracias por la invitación, Alex, fue un gusto conocerlo en el foro de cooperación de la Cancillería. Le recuerdo que hacemos "
          "traducción oficial inglés-francés-español para informes a donantes, con entrega en 48 horas. ¿Le envío tarifas?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Ravi Menon", "Nonprofit Cloud Partner | CloudGood Consulting", "London",
  ("acc",),
  ("msg", "Thanks for the invite, Alex, good chatting at the NetHope summit. Since you mentioned your donor data lives in three systems: we "
          "implement Nonprofit Cloud for NGOs your size in 12 weeks, fixed price from £48k. Keen to send an outline?"),
  ("msg", "Hi Alex, checking whether you had a chance to look at the outline. We have an implementation team freeing up in May."))
P("user_invited_pitch_twice", "fr", "Nicolas Pittet", "Key Account Manager | SatLink Humanitaire – connectivité terrain", "Genève",
  ("acc",),
  ("msg", "Salut Alex, merci pour l'invitation ! Comme on se disait à la cafétéria du CICG, nos kits VSAT et téléphones satellites sont pensés "
          "pour les bases terrain. Location à 390 CHF par mois, maintenance comprise. Je te fais une offre pour le Mali ?"),
  ("msg", "Hello Alex, je relance : promo sur les terminaux durcis jusqu'à la fin du mois. Je peux passer à vos bureaux des Pâquis pour une démo, "
          "dis-moi quand ça t'arrange."))
P("user_invited_pitch_twice", "es", "Germán Tobón", "Consultor senior | Teoría de Cambio y Marco Lógico", "Bogotá",
  ("acc",),
  ("msg", "Alex, muchas gracias por la conexión. Como le comenté en el taller de APC Colombia, acompaño a organizaciones a construir su teoría "
          "de cambio institucional: seis sesiones con el equipo directivo, 18 millones de pesos. ¿Le parece si agendamos una reunión?"),
  ("msg", "Buen día Alex, ¿tuvo oportunidad de revisar la propuesta? Puedo ajustar el número de sesiones si el presupuesto está apretado."))


# =============================================================== user_invited_value
P("user_invited_value", "en", "Helen Achterberg", "Programme Manager, West Africa | Van Rijn Foundation", "The Hague",
  ("acc",),
  ("msg", "Thanks for the invite, Alex, I enjoyed our chat in Dakar. As promised: our 2026 call for women-led climate adaptation projects "
          "opens on 3 March. Concept notes only, four pages max, and local partners can be the lead applicant. Guidelines attached; I'm happy "
          "to take eligibility questions by phone."))
P("user_invited_value", "fr", "Fatou Bintou Diallo", "Directrice pays Sénégal | Action Santé Sahel", "Dakar",
  ("acc",),
  ("msg", "Bonjour Alex, merci pour l'invitation. Comme promis, je vous transmets notre note sécuritaire mensuelle pour Tambacounda et Kédougou, "
          "ainsi que le contact du point focal de la gendarmerie pour vos missions. N'hésitez pas si votre équipe a besoin d'un véhicule en appui "
          "la semaine prochaine."))
P("user_invited_value", "es", "Camilo Echeverri", "Profesor de Estadística | Universidad de los Andes", "Bogotá",
  ("acc",),
  ("msg", "Hola Alex, gracias por la invitación. Lo que le comenté: en el curso de análisis de datos del próximo semestre tengo 35 estudiantes "
          "que necesitan un caso real. Si Atalaya nos comparte la base anonimizada del programa de transferencias, le devolvemos análisis y "
          "visualizaciones sin costo. Lo hablamos cuando quiera."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "en", "Elena Vasquez-Hart", "Deputy Director, Humanitarian Policy | Overseas Development Forum", "London", ("acc",))
P("acceptance_only", "fr", "Cheikh Tidiane Fall", "Secrétaire général | Conseil des ONG d'appui au développement", "Dakar", ("acc",))
P("lone_endorsement", "es", "María José Londoño", "Psicóloga | Exvoluntaria Atalaya", "Manizales", ("end",))
P("lone_endorsement", "fr", "Baptiste Roulin", "Logisticien humanitaire", "Fribourg", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Fatou Sow", "f.sow@atalaya-intl.example", "Réunion de coordination Matam",
     "Bonjour Alex,\n\nMamadou Sarr du Réseau Sahel Résilience t'a envoyé une invitation LinkedIn pour la réunion de Matam. "
     "Si tu es pris ce jour-là, je peux y aller avec Ibrahima.\n\nFatou", "fr"),
    ("Devex Newswire", "newswire@devex-news.example", "Funding cuts: what NGO leaders are saying",
     "This week: how executive directors are talking about the cuts on LinkedIn, and the three conversations donors don't want to have.", "en"),
    ("Recursos Humanos Bogotá", "rrhh.bogota@atalaya-intl.example", "Recordatorio: política de redes sociales",
     "Buenos días equipo,\n\nles recordamos que no se pueden publicar fotos de participantes en LinkedIn ni en otras redes sin el "
     "consentimiento firmado. Cualquier duda, con mucho gusto.\n\nTalento Humano", "es"),
    ("ReliefWeb Jobs", "jobs@reliefweb-mail.example", "Your vacancy \"Data Officer – Dakar\" is now live",
     "Your job posting has been published and will remain online for 30 days. Tip: share the link on LinkedIn to reach more candidates.", "en"),
    ("Nina Castell", "nina@donorspark.example", "Saw your LinkedIn post about the Sahel appeal",
     "Hi Alex,\n\nI saw your LinkedIn post about the Sahel appeal. DonorSpark runs SMS and WhatsApp giving campaigns for NGOs; could we "
     "set up 20 minutes next week?\n\nNina", "en"),
    ("Geneva Humanitarian Forum", "events@gh-forum.example", "Votre badge pour le Forum",
     "Bonjour,\n\nvotre badge est prêt. Les sessions seront diffusées en direct sur notre page LinkedIn. Rendez-vous au CICG.", "fr"),
    ("Tomasz Wierzbicki", "tomasz.w@mailbox.example", "Data cleaning – volunteer offer",
     "Hi Alex,\n\nI also sent you a LinkedIn request, but in case it gets lost: I can start on the beneficiary data next week. "
     "I'd only need a data-protection agreement to sign.\n\nTomasz", "en"),
    ("Juliana Cárdenas", "j.cardenas@atalaya-intl.example", "RV: Jorge Iván Quintero quiere conectar",
     "Alex, te reenvío la invitación que me llegó a mí también por LinkedIn, ojo que este señor luego le ofreció a Andrea sus servicios de "
     "formulación.\n\n---------- Mensaje reenviado ----------\nDe: Jorge Iván Quintero via LinkedIn\nAsunto: Quiero conectar\n\n"
     "Buenas tardes. Hacemos parte de una red de organizaciones de base del Pacífico...", "es"),
    ("Calendrier Atalaya", "agenda@atalaya-intl.example", "Invitation : point hebdo Genève–Dakar–Bogotá",
     "Point hebdomadaire des directions.\nOrdre du jour : budget 2026, lancement du rapport annuel (en direct sur LinkedIn Live), sécurité Mali.", "fr"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot fifty-ninth development corpus (dev59). Generated by scripts/make_corpus_dev59.py (seed {SEED}); do not edit by hand.",
          "# Alex as the executive director of an international humanitarian and development NGO (Geneva, Dakar, Bogotá): donors and foundations, "
          "peer NGOs, grant writers, fundraising agencies, CSR managers, volunteers, impact vendors. Same format as tests/corpus/dev."]

for _s in PEOPLE:
    for _step in _s[6]:
        if _step[0] == "inv" and _step[1] not in (DEFAULT, NONOTE):
            assert len(_step[1]) <= 300, (_s[2], len(_step[1]))


if __name__ == "__main__":
    main(__doc__, "dev59", SEED, PEOPLE, FOREIGN, spoofs=12, other=12, header=HEADER)
