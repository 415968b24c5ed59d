#!/usr/bin/env python3
"""Write mailbot's sixty-fifth, independent development corpus: tests/corpus/dev65/*.eml + expected.toml.

The angle: the user Alex heads the digital services department of Valbreuse, a French city of about
90,000 people, and keeps in touch with counterparts in Belgian communes, Swiss cantons and
Quebec cities. Their LinkedIn world is shaped by public-procurement law: vendors who offer to get
round a tender (UGAP listings, framework agreements of a regional purchasing body, quotes cut just
under the threshold, "gré à gré"), GovTech and civic-tech publishers (citizen portals, participation
platforms, chatbots, GIS, parking, open-data portals), consultants (AMO, accessibility audits, GDPR,
digital master plans), peer civil servants sharing tender documents and lessons, staff of elected
officials, researchers and students, associations (digital inclusion, open data, free software),
job applicants, public-sector headhunters. Peers who lure with a "club" or a survey and then sell,
endorse-me-back from juniors and consultants, and hostility after a decline ("vous vous cachez derrière
le code de la commande publique"). The French is that of France, Belgium, Switzerland and Quebec, in
administrative and in casual registers; a few people write English or Swiss German.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job alerts and
other LinkedIn mail, the names and headlines of spoof-only people and PYMK suggestions, and the
pitches that spoofs carry are swapped for this world in this process only (make_corpus.py itself is
not changed). Every note was written from shared/taxonomy.md alone, without reading mailbot's
signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev65.py              # writes tests/corpus/dev65
    python scripts/make_corpus_dev65.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260965

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ the city-hall world (this process only)
# LinkedIn's wording: mostly French (the user's setting), some English; the machinery indexes a list of five.
mc.LANGS[:] = ["fr", "en", "fr", "fr", "en"]

SKILLS = {
    "fr": ["Transformation numérique", "Marchés publics", "Services publics numériques", "Conduite du changement", "Open data",
           "Management d'équipe"],
    "en": ["Digital Transformation", "Public Procurement", "E-Government", "Open Data", "Service Design", "Change Management"],
    "de": ["Digitale Transformation", "Öffentliche Beschaffung", "E-Government", "Open Government Data"],
    "es": ["Transformación digital", "Contratación pública", "Administración electrónica", "Datos abiertos"],
    "it": ["Trasformazione digitale", "Appalti pubblici", "E-government", "Open data"],
}
RHEADLINE = {
    "fr": "Directeur·rice du numérique et des services en ligne | Ville de Valbreuse",
    "en": "Head of Digital Services, City of Valbreuse (France)",
    "de": "Leitung Digitale Dienste, Stadt Valbreuse (Frankreich)",
    "es": "Responsable de Servicios Digitales, Ciudad de Valbreuse (Francia)",
    "it": "Responsabile dei servizi digitali, Città di Valbreuse (Francia)",
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
    mc.L[_l]["rheadline"] = RHEADLINE[_l]

mc.NAMES["fr"] = (["Gwenaëlle", "Loïc", "Fanny", "Benoît", "Maud", "Cyril", "Nadège", "Frédéric", "Solène", "Arnaud", "Line", "Pierre-Yves",
                   "Mélanie", "Dominique", "Josée", "Étienne", "Bérénice", "Vincent"],
                  ["Le Goff", "Marchal", "Jacquemin", "Pasquier", "Gobert", "Rey", "Bolduc", "Favre", "Dupont", "Lemieux", "Roux", "Masson",
                   "Bailly", "Huguenin", "Lacasse", "Vandamme"])
mc.NAMES["en"] = (["Niamh", "Tom", "Elspeth", "Daniel", "Ruth", "Aidan", "Carla", "Kristjan", "Maya", "Owen"],
                  ["Fairbairn", "Keane", "Sørensen", "Whitaker", "Kallas", "Gordon", "Hale", "Van Dijk", "Mulder", "Fraser"])
mc.CITY["fr"] = ["Rennes", "Liège", "Lausanne", "Montréal", "Bordeaux", "Namur", "Fribourg", "Québec", "Angers", "Nancy"]
mc.CITY["en"] = ["Brussels", "Tallinn", "Amsterdam", "London", "Copenhagen", "Dublin"]
mc.COMPANIES["good"] = ["Ville de Valbreuse", "Métropole Loire-Océan", "Canton du Jura", "Ville de Sherbrooke", "Commune de Gembloux-Orneau",
                        "OpenDataFrance", "ANCT", "Université Rennes 2"]
mc.COMPANIES["sales"] = ["Mairie360", "CivicPulse", "Voxia", "GéoSphère SIG", "ParkLogic", "DataCivique", "Kiosque Citoyen", "ProxiCloud"]
mc.HEADLINES["good"] = ["Directrice des systèmes d'information, {co}", "Chef de projet ville numérique | {co}", "Responsable open data – {co}",
                        "Chargée de mission inclusion numérique, {co}", "DGS adjoint | {co}", "Cheffe de service commande publique, {co}"]
mc.HEADLINES["sales"] = ["Responsable grands comptes secteur public | {co}", "Ingénieur d'affaires collectivités – {co}", "Fondateur & CEO, {co}",
                         "Business developer GovTech @ {co}", "Directrice commerciale Territoires | {co}"]
mc.JOBS[:] = [("Directeur·rice des systèmes d'information (H/F)", "Communauté urbaine de l'Estuaire"),
              ("Chef·fe de service numérique et innovation", "Ville de Saint-Aubin-les-Vignes"),
              ("Responsable de la transformation numérique (CDD 3 ans)", "Département du Val-de-Brenne"),
              ("Chef·fe du service de l'informatique communale à 100 %", "Commune de Val-de-Sorne"),
              ("Head of Digital Government", "Eurocities")]
_OTHER = {
    "fr": dict(job=("{n} nouvelles offres pour « directeur du numérique »", "Votre alerte emploi pour directeur du numérique à {city}", "Voir l'offre"),
               news=("Cyberattaques : les mairies en première ligne", "Les actualités du jour de LinkedIn News"),
               group=("Meilleures discussions dans Numérique & Collectivités territoriales", "Voici les meilleures discussions de votre groupe cette semaine"),
               newsletter=("La lettre de l'achat public numérique : ce qui change pour les logiciels en SaaS", "Nouvelle édition d'une newsletter à laquelle vous êtes abonné")),
    "en": dict(job=("{n} new jobs for \"chief digital officer\"", "Your job alert for chief digital officer in {city}", "View job"),
               news=("Can city halls keep up with AI?", "Top stories for you from LinkedIn News"),
               group=("Top conversations in Smart Cities & Digital Government Europe", "Here are the top conversations in your group this week"),
               newsletter=("Public Digital Weekly: buying software the agile way", "New edition of a newsletter you subscribed to")),
}
for _l, _o in _OTHER.items():
    mc.OTHER[_l].update(_o)
mc.INMAIL_SUBJECTS["fr"]["sales"] = ["Votre portail citoyen", "Référencés UGAP", "Une idée pour Valbreuse", "20 minutes ?", "Proposition de partenariat"]
mc.INMAIL_SUBJECTS["en"]["sales"] = ["Idea for Valbreuse", "Quick question", "Your citizen portal", "15 minutes?", "Partnership"]

# what the spoofs carry: pitches and phishes dressed for a city's digital director
SPOOF_PITCH = {
    "fr": ["Bonjour {first}, votre offre pour le marché n° 2025-DN-014 est incomplète. Connectez-vous à l'espace acheteur pour déposer la pièce manquante avant 17 h.",
           "Bonjour {first}, je vous ai partagé le DCE modifié et la grille de notation. Connectez-vous pour y accéder, le lien expire ce soir."],
    "en": ["Hi {first}, the signed framework agreement is waiting for your countersignature. Sign in to the secure portal to release the purchase order.",
           "Dear {first}, I shared the tender evaluation sheet with you. Log in to view it before the committee meets."],
    "de": ["Guten Tag {first}, die Ausschreibungsunterlagen wurden aktualisiert. Bitte melden Sie sich an, um sie herunterzuladen."],
    "es": ["Hola {first}, te he compartido el pliego actualizado. Inicia sesión para descargarlo antes de que caduque el enlace."],
    "it": ["Buongiorno {first}, le ho condiviso il capitolato aggiornato. Acceda per scaricarlo prima della scadenza del link."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
ERAS: dict[str, str] = {}
_add = adder(PEOPLE)


def P(scenario: str, lang: str, name: str, headline: str, location: str, *steps, nl: str | None = None, era: str = "cur") -> None:
    """One person's story; `era` is the layout of their mail (the notes are written for that time)."""
    for s in steps:
        if s[0] == "inv" and s[1] not in (DEFAULT, NONOTE):
            assert len(s[1]) <= 300, (name, len(s[1]))
    ERAS[name] = era
    _add(scenario, lang, name, headline, location, *steps, nl=nl)


# =============================================================== good_invitation
P("good_invitation", "fr", "Sandrine Kervella", "Directrice des systèmes d'information | Agglomération du Pays de Brévannes", "Quimper",
  ("inv", "Bonjour Alex, nous avons migré notre gestion de la relation citoyen vers une solution libre l'an dernier. J'ai vu que Valbreuse "
          "lance la même démarche : je vous partage volontiers notre CCTP et nos retours d'expérience, les bons comme les mauvais."),
  ("rem",))
P("good_invitation", "fr", "Grégory Lambotte", "Responsable informatique | Administration communale de Beaufays-les-Prés", "Liège",
  ("inv", "Bonjour, je suis responsable IT d'une commune liégeoise de 25.000 habitants. On prépare un cahier spécial des charges pour un "
          "guichet en ligne : sauriez-vous me dire comment vous aviez pondéré le prix dans votre attribution ? Merci d'avance !"),
  era="2016")
P("good_invitation", "fr", "Nadine Rochat", "Cheffe de projet cyberadministration | Canton de Vaud", "Lausanne",
  ("inv", "Bonjour, nous organisons le 12 mars à Lausanne une rencontre romande, gratuite, des responsables numériques des communes et "
          "du canton, avec un atelier sur les achats informatiques sous l'AIMP. Un regard français nous intéresserait beaucoup. Partant·e ?"),
  ("rem",))
P("good_invitation", "fr", "Yasmine Haddad", "Doctorante en science politique | Université Lumière Lyon 2", "Lyon",
  ("inv", "Bonjour, je prépare une thèse sur la dématérialisation des démarches dans les villes moyennes. Accepteriez-vous un entretien "
          "d'une heure, anonymisé ? Je vous enverrai ensuite la synthèse comparée des 12 villes étudiées, utile pour vos équipes j'espère."))
P("good_invitation", "fr", "Maxime Terrier", "Développeur full-stack | 6 ans en ESN | DSFR, Vue.js, Django", "Tours",
  ("inv", "Bonjour, j'ai postulé hier sur Choisir le service public à votre offre de développeur·se (réf. DN-2025-07). Je me permets "
          "de me présenter ici : 6 ans en ESN, dont 3 sur des sites publics au DSFR. Disponible pour un échange quand vous voulez."))
P("good_invitation", "fr", "Geneviève Bouchard", "Conseillère en transformation numérique | Ville de Saint-Laurent-des-Érables", "Sherbrooke",
  ("inv", "Bonjour Alex! J'ai écouté ta présentation sur le budget participatif en ligne au webinaire de la semaine passée. On lance la "
          "même affaire cet automne : je t'envoie notre grille d'analyse des plateformes en échange de tes apprentissages? Au plaisir!"),
  ("rem",))
P("good_invitation", "fr", "Inès Ferhat", "Collaboratrice de cabinet du maire | Ville de Sorbières-sur-Loing", "Montargis",
  ("inv", "Bonjour, l'adjointe au maire déléguée au numérique souhaiterait comprendre comment fonctionne votre espace France Services et votre "
          "dispositif de médiation. Pourriez-vous nous recevoir une demi-journée au printemps, avec deux agents d'accueil ? Bien cordialement"))
P("good_invitation", "en", "Kadri Tamm", "Digital Government Advisor | Peer-learning programmes for European cities", "Tallinn",
  ("inv", "Hi Alex, I coordinate a free, EU-funded peer-learning track for city digital leads on service design: four online sessions, "
          "no vendors. The way your team rebuilt the building-permit journey would make a great case. Would you like to join?"))


# =============================================================== default_invitation
P("default_invitation", "fr", "Jean-Marc Peyrot", "Directeur commercial secteur public | Sirius Territoires", "Toulouse",
  ("inv", DEFAULT), ("rem",), era="2016")
P("default_invitation", "fr", "Lucie Van den Broeck", "Étudiante en master en administration publique | UCLouvain", "Louvain-la-Neuve",
  ("inv", NONOTE))
P("default_invitation", "fr", "Reto Gasser", "Projektleiter E-Government | Informatikdienste", "Bern",
  ("inv", DEFAULT), ("rem",), nl="de")
P("default_invitation", "fr", "Caroline Mercier-Dupuis", "Consultante | Secteur public & collectivités", "Paris",
  ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "fr", "Bastien Roullier", "Responsable grands comptes collectivités | Mairie360", "Nantes",
  ("inv", "Bonjour Alex, Mairie360 est référencée à l'UGAP : vous pouvez donc commander notre portail citoyen sans lancer d'appel d'offres "
          "et être en ligne en 8 semaines. Je vous propose une démo de 30 min en visio, dites-moi ce qui vous arrange."))
P("sales_invitation", "fr", "Aurore Délias", "Fondatrice | Voxia – agents conversationnels pour les mairies", "Montpellier",
  ("inv", "Bonjour ! Notre assistant IA répond jour et nuit aux questions des administrés (état civil, déchets, cantine) et fait baisser "
          "les appels à l'accueil de 40 % chez nos villes clientes. Je vous ouvre un mois d'essai gratuit ?"),
  ("rem",))
P("sales_invitation", "fr", "Olivier Dethier", "Account manager pouvoirs locaux | CyberVigie", "Namur",
  ("inv", "Bonjour, après les cyberattaques qui ont touché plusieurs communes ces derniers mois, nous proposons un audit de sécurité à prix "
          "fixe pour les pouvoirs locaux, de part et d'autre de la frontière. Puis-je vous téléphoner cette semaine ? Bien à vous."))
P("sales_invitation", "fr", "Hugues Marandet", "Consultant AMO numérique | Clarté Conseil", "Paris",
  ("inv", "Bonjour, nous accompagnons les villes dans la rédaction de leurs DCE numériques. Nos missions restent sous 40 000 € HT : pas de "
          "publicité ni de mise en concurrence, on démarre tout de suite. 20 minutes pour vous présenter nos références ?"),
  ("rem",))
P("sales_invitation", "fr", "Ryan Callaghan", "Head of Public Sector EMEA | ParkLogic", "Dublin",
  ("inv", "Hi Alex, ParkLogic cuts residents' parking-permit admin by 60% and is already live in 12 French towns. We sit on a regional "
          "framework agreement, so no tender needed on your side. Open to a 20-min call next week?"),
  nl="en")


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "fr", "Patrice Guennec", "Animateur | Club des décideurs numériques des villes moyennes", "Angers",
  ("inv", "Bonjour Alex, je réunis chaque trimestre une quinzaine de DSI et de DGS de villes moyennes, entre pairs, sans fournisseur dans "
          "la salle. Prochaine rencontre à Angers en juin : vous y seriez le bienvenu."),
  ("msg", "Merci d'avoir rejoint le club ! Je ne vous l'avais pas précisé : il est porté par notre cabinet, qui accompagne les villes sur "
          "leur schéma directeur du numérique. J'ai une proposition calibrée pour Valbreuse, 18 500 € HT, donc sous les seuils, vous pouvez "
          "la signer sans consultation. On en parle jeudi ?", (4, 15)))
P("bait_and_switch_invitation", "fr", "Mathieu Gagnon-Roy", "Gestionnaire de projets TI | milieu municipal", "Laval",
  ("inv", "Salut Alex, question de collègue : comment vous gérez l'authentification des citoyens sur vos services en ligne? On hésite "
          "entre deux approches ici et j'aimerais avoir ton avis avant notre comité de jeudi."),
  ("msg", "Merci pour tes réponses, c'était vraiment aidant! Pis en passant, je suis aussi associé chez IdentiCité, on a justement une "
          "solution d'identité numérique pour les villes francophones. Je te fais une démo mardi? Chez vous ça pourrait passer en gré à gré, non?"),
  ("msg", "Allo Alex, je reviens avec ma démo : j'ai deux plages libres la semaine prochaine. Je t'envoie une invitation Teams?", (6, 20)))
P("bait_and_switch_invitation", "fr", "Élise Monfort", "Experte accessibilité numérique | RGAA | Formatrice", "Grenoble",
  ("inv", "Bonjour, je viens de publier un guide gratuit de 40 pages sur la mise en conformité RGAA des sites de collectivités, sans "
          "formulaire à remplir. Je vous l'envoie ?"),
  ("msg", "Ravie d'être en contact ! Avant de vous envoyer le guide : j'ai passé votre site dans mon outil, le taux de conformité est assez "
          "bas et la déclaration d'accessibilité n'est plus à jour. Je réalise des audits RGAA complets à 4 900 € HT, rapport et plan "
          "pluriannuel compris. On s'appelle ?"),
  ("msg", "Je me permets de relancer pour l'audit : il me reste une place en septembre avant la rentrée des marchés.", (8, 25)))
P("bait_and_switch_invitation", "fr", "Damien Sarrazin", "Fondateur | Observatoire des villes connectées", "Lille",
  ("inv", "Bonjour Alex, nous menons une enquête nationale sur la maturité numérique des villes de 50 à 100 000 habitants. Chaque ville "
          "participante reçoit le rapport complet. Je peux compter Valbreuse parmi elles ?"),
  ("msg", "Merci ! Le questionnaire prend 10 minutes. Pour être mise en avant dans le palmarès que nous publions avec la presse "
          "spécialisée, une ville peut souscrire le pack visibilité (2 500 € HT, logo et interview). Je vous envoie le bon de commande ?", (3, 12)))
P("bait_and_switch_invitation", "fr", "Nathalie Collignon", "Coordinatrice | Groupe d'échange numérique des communes wallonnes", "Namur",
  ("inv", "Bonjour, j'anime un groupe d'échange entre communes wallonnes et françaises sur les marchés publics informatiques. On partage nos "
          "cahiers des charges, c'est gratuit et entre fonctionnaires. Au plaisir de vous y retrouver !"),
  ("msg", "Bienvenue parmi nous Alex ! Je me permets, puisque vous êtes maintenant dans le groupe : je travaille aussi pour iDélib SRL, qui "
          "édite un logiciel de gestion des délibérations. Nous faisons aux membres une offre groupée, on peut vous la faire parvenir "
          "endéans la semaine. Seriez-vous d'accord pour une présentation ?", (5, 20)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "fr", "Laurent Vasseur", "Chercheur associé | Institut de la gouvernance territoriale", "Paris",
  ("inm", "Étude sur la commande publique numérique", "Bonjour, dans le cadre d'une recherche sur les achats numériques des villes moyennes, "
          "accepteriez-vous de répondre à cinq questions par écrit ? Vos réponses resteront anonymes et je vous enverrai les résultats."),
  ("inm", "Suite à votre participation", "Merci pour vos réponses. Elles montrent que plusieurs de vos consultations ont été déclarées "
          "infructueuses : c'est précisément ce que notre cabinet corrige. Nous proposons un forfait de rédaction de DCE à 12 000 € HT. "
          "Disponible mardi pour que je vous le présente ?", (5, 15)))
P("bait_and_switch_inmail", "en", "Sarah Whitlock", "Director, Cities Programme | Urban Digital Forum", "Brussels",
  ("inm", "Off-the-record roundtable: buying AI in city halls", "Hi Alex, we're bringing together twelve city digital leads for an "
          "off-the-record roundtable in Brussels on how to procure AI responsibly. No vendor presentations, and your travel is covered. "
          "Would you like a seat?"),
  ("inm", "Roundtable – next step", "Thanks for your interest! Seats are reserved for members of our Partner Cities programme "
          "(EUR 8,000 a year), which also gives you our pre-vetted shortlist of AI suppliers, handy if you want to avoid a long tender. "
          "Shall I send the membership agreement?"))
P("bait_and_switch_inmail", "fr", "Stéphane Jaquier", "Consultant indépendant | ancien chef du service informatique communal", "Morges",
  ("inm", "Question entre collègues", "Bonjour, j'ai dirigé pendant onze ans l'informatique d'une commune vaudoise et je m'intéresse à la "
          "manière dont les villes françaises organisent leur cellule données. Comment avez-vous réparti les rôles chez vous ? "
          "Je vous remercie d'avance et vous adresse mes meilleures salutations."),
  ("inm", "Re: Question entre collègues", "Merci beaucoup pour votre réponse détaillée. J'accompagne désormais des collectivités dans la "
          "mise en place de ce type de cellule, avec un forfait de démarrage à 15 000 CHF (environ 16 000 €). Je serais heureux de vous "
          "soumettre une offre pour Valbreuse, sans engagement bien sûr.", (4, 12)),
  ("inm", "Offre Valbreuse", "Bonjour, je me permets de revenir vers vous avec l'offre en pièce jointe. Je peux l'ajuster pour rester "
          "sous votre seuil de procédure si cela vous facilite les choses.", (10, 20)))


# =============================================================== endorse_me_back
P("endorse_me_back", "fr", "Kevin Lopes", "Chef de projet numérique junior | en recherche d'un poste de responsable", "Orléans",
  ("end",), ("end",),
  ("msg", "Salut Alex ! Je t'ai recommandé pour {skill}, c'est mérité 🙂 Tu pourrais me rendre la pareille sur Gestion de projet agile et "
          "Marchés publics ? Je postule à un poste de chef de service et ça pèse dans le dossier. Merci !!"))
P("endorse_me_back", "fr", "Marie-Pierre Delvaux", "Consultante RGPD | DPO externalisée pour pouvoirs locaux", "Charleroi",
  ("end",),
  ("msg", "Bonjour Alex, je viens de valider vos compétences en {skill}. Auriez-vous la gentillesse de faire de même pour moi sur "
          "« Protection des données » et « Secteur public » ? Cela renforcerait ma candidature pour un DPO mutualisé. D'avance merci, à tantôt !"))
P("endorse_me_back", "en", "Priyanka Desai", "Smart City Strategist | Speaker", "Amsterdam",
  ("end",), ("end",),
  ("msg", "Hey Alex, gave you a couple of endorsements incl. {skill} - you deserve them! Mind returning the favour on Smart Cities and "
          "Stakeholder Management? I'm on a panel at a city expo next month and the organisers look at profiles."))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "fr", "Gilles Marchetti", "Directeur commercial | OpenCité – démarches en ligne", "Marseille",
  ("inv", "Bonjour, je souhaiterais vous présenter notre plateforme de démarches en ligne, déjà retenue par 80 communes. Auriez-vous un "
          "moment pour un café lors de votre prochain passage à Paris ?"),
  ("rem",),
  ("inm", "Sans réponse", "Monsieur Morgan, trois relances et pas la moindre réponse. Je sais d'avance ce que vous allez m'opposer : « le code "
          "de la commande publique ». C'est surtout une excuse commode pour ne parler à personne. Vos administrés méritent mieux qu'une "
          "direction du numérique qui fuit les industriels. Bonne continuation."))
P("hostility_after_decline", "fr", "Pauline Gérard", "En reconversion vers le numérique public | ex-assistante de direction", "Dijon",
  ("inv", "Bonjour, je suis en reconversion vers les métiers du numérique public et j'aimerais beaucoup échanger avec vous sur ceux de "
          "votre direction, si vous avez un peu de temps."),
  ("inm", "Déçue", "Bonjour, je vois que vous n'avez pas donné suite à ma demande. C'est dommage, et un peu méprisant de la part de quelqu'un "
          "qui parle d'inclusion dans chacun de ses posts. Les belles paroles, c'est facile ; tendre la main, visiblement moins."))
P("hostility_after_decline", "fr", "Sylvain Tremblay", "Président | Solutions TI Boréal – applications de signalement citoyen", "Québec",
  ("inv", "Bonjour Alex, on développe des applis de signalement citoyen (nids-de-poule, déneigement, éclairage). J'aimerais te montrer ça "
          "en 20 minutes, on arrive en France cette année."),
  ("inm", "Ben voyons", "Tu ignores mon invitation, pas de trouble. Mais franchement, c'est pour ça que les villes françaises ont dix ans de "
          "retard : personne ne prend la peine de parler aux entrepreneurs. Bonne chance avec tes appels d'offres de 200 pages pis tes "
          "comités qui ne décident rien."))
P("hostility_after_decline", "fr", "Christophe Baudin", "Entrepreneur | Contribuable", "Valbreuse",
  ("inv", DEFAULT), ("rem",),
  ("inm", "Invitation ignorée", "Je constate que vous ignorez mon invitation. Pour un cadre payé avec nos impôts, c'est assez fort. J'en "
          "toucherai deux mots au maire à la prochaine permanence, et je m'en souviendrai aux élections."), era="2016")


# =============================================================== hostility_connection
P("hostility_connection", "fr", "Régis Fontanel", "Ingénieur commercial | GéoSphère SIG", "Clermont-Ferrand",
  ("msg", "Bonjour Alex, la nouvelle version de notre SIG intègre le cadastre et les réseaux en 3D, avec un module pour l'éclairage public. "
          "Je peux passer à Valbreuse vous la montrer, je suis dans le secteur le 14 ?"),
  ("msg", "Alex, je reviens vers vous : nous sommes titulaires de l'accord-cadre de la centrale d'achat régionale, vous pourriez donc "
          "commander directement, sans procédure. Un rendez-vous avant l'été ?"),
  ("msg", "Bon, j'ai compris. Deux mois que j'attends un simple retour. C'est méprisant, et ce n'est pas comme ça qu'on traite des "
          "entreprises qui font vivre le territoire. Je vais en parler à votre DGS, puisque vous n'êtes visiblement pas le bon interlocuteur.", (20, 40)))
P("hostility_connection", "fr", "Jérémy Castel", "Directeur des ventes | Vigilis – vidéoprotection intelligente", "Lyon",
  ("acc",),
  ("msg", "Merci d'avoir accepté Alex ! Suite à notre échange au salon, je vous adresse notre proposition de vidéoprotection avec analyse "
          "automatique des images : 64 000 € HT pour le centre-ville, installation comprise. Je peux la présenter à votre élu à la sécurité ?"),
  ("msg", "Donc c'est ça, votre réponse : « nous passerons par un appel d'offres ». Vous m'avez invité, je vous ai fait une offre sérieuse, "
          "et vous me renvoyez vers la plateforme des marchés comme n'importe qui. C'est d'un amateurisme. Ne comptez pas sur nous pour répondre.", (10, 30)))
P("hostility_connection", "fr", "Derek Hollis", "VP Sales, Public Sector | TwinCity Platforms", "London",
  ("msg", "Alex, our urban digital twin is now used by 30 European cities for planning and flood risk. We'd love to run a pilot in "
          "Valbreuse at a token price. Can I book 30 minutes with you and your GIS lead?"),
  ("msg", "Wow. You let my colleague's invite rot and you leave me on read. Arrogant bureaucrats like you are exactly why public IT is "
          "a decade behind. Enjoy your paperwork."), nl="en")


# =============================================================== connection_only_pitches
P("connection_only_pitches", "fr", "Sébastien Morvan", "Conseiller en gestion de patrimoine | Spécialiste des agents publics", "Brest",
  ("msg", "Bonjour Alex, saviez-vous que les cadres de la fonction publique territoriale peuvent réduire fortement leur impôt grâce au PERP ? "
          "Je propose un bilan gratuit d'une heure, à votre bureau ou en visio."),
  ("msg", "Bonjour, je me permets de revenir vers vous : nous avons une nouvelle SCPI à 5,5 % de rendement. Un rendez-vous la semaine prochaine ?"),
  ("msg", "Dernière relance de ma part : il me reste deux créneaux jeudi pour votre bilan retraite. Lequel vous convient ?"), era="2016")
P("connection_only_pitches", "fr", "Anaïs Perrot", "Business developer | AgoraLab – participation citoyenne", "Bordeaux",
  ("msg", "Hello Alex ! J'ai vu passer la délibération sur votre budget participatif. AgoraLab gère le dépôt des projets, le vote en ligne et "
          "le vote papier dans une seule interface. Je vous montre en 20 minutes ?"),
  ("msg", "Petite info utile : nous sommes disponibles via l'UGAP, donc aucune mise en concurrence à prévoir de votre côté. Je vous envoie "
          "le devis type pour une ville de votre taille ?"))
P("connection_only_pitches", "fr", "Patrick Zbinden", "Verkaufsleiter Gemeinden | BauDigital AG", "Zürich",
  ("msg", "Grüezi Herr Morgan, unsere Lösung für elektronische Baugesuche ist in über 200 Schweizer Gemeinden im Einsatz und jetzt auch "
          "auf Französisch verfügbar. Darf ich Ihnen das in einer kurzen Videokonferenz zeigen?"),
  ("msg", "Guten Tag, ich melde mich nochmals: Für Pilotstädte in Frankreich bieten wir das erste Jahr zum halben Preis an. "
          "Wann passt es Ihnen für einen Termin?"), nl="de")
P("connection_only_pitches", "fr", "Valérie Castaing", "Formatrice | Management public et conduite du changement", "Toulouse",
  ("msg", "Bonjour Alex, j'anime des formations intra sur la conduite du changement dans les projets numériques. 1 450 € la journée pour "
          "12 agents, support inclus. Souhaitez-vous le programme ?"),
  ("msg", "Bonjour, je reviens vers vous avec une formule « managers » sur deux jours, pensée pour les directions support. "
          "Je peux vous faire un devis pour la rentrée ?"),
  ("msg", "Alex, je clôture mon planning du premier semestre : dois-je vous réserver des dates ?"))


# =============================================================== single_pitch
P("single_pitch", "fr", "Julien Escoffier", "Directeur associé | Data & Territoires", "Nantes",
  ("msg", "Bonjour Alex, nous venons de livrer l'entrepôt de données de la métropole voisine, qui en est ravie. Je serais heureux de vous "
          "présenter notre méthode et nos tarifs : nous sommes titulaires de deux marchés de centrales d'achat, vous pourriez donc "
          "passer commande simplement."))
P("single_pitch", "fr", "Cédric Lejeune", "Motion designer | Vidéos pédagogiques pour les communes", "Mons",
  ("msg", "Salut Alex, je lance ma petite boîte de vidéos animées pour les communes, des tutos pour les démarches en ligne. 1.200 € la vidéo, "
          "et je te fais un prix si tu en prends cinq. Ça te dirait que je t'envoie ma démo ?"), era="2016")
P("single_pitch", "fr", "Marie-Ève Lavoie", "Associée | Studio UX municipal", "Montréal",
  ("msg", "Allo Alex! On ouvre un bureau à Lyon cet automne et on offre nos services d'analyse UX pour les portails municipaux. "
          "Je suis en France en mars : on pourrait se céduler un café pour que je te présente nos forfaits?"))
P("single_pitch", "en", "Oliver Brandt", "Founder | TenderScope – procurement intelligence", "London",
  ("msg", "Hi Alex, we've launched a buyer-side version of TenderScope: it benchmarks the prices in your IT contracts against 40,000 "
          "public awards across Europe. Licences start at EUR 6k a year. Can I give you a quick tour?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "fr", "Claire Benhamou", "Cheffe du service commande publique | Métropole Loire-Océan", "Nantes",
  ("msg", "Alex, comme promis à la réunion du groupement de commandes, voici le lien vers notre modèle de CCAP pour les logiciels en SaaS, "
          "avec la clause de réversibilité que notre juriste a fait valider. Reprends-le librement, et dis-moi si tu vois des trous."),
  ("msg", "Au passage : la DAJ a mis en ligne une fiche pratique sur l'achat de solutions en SaaS, je te colle le lien. Elle répond à la "
          "question des données hébergées hors UE qu'on se posait."))
P("connection_brings_value", "fr", "Jean-Daniel Perrin", "Chef du service informatique | Ville d'Yverdon-sur-Brise", "Yverdon",
  ("end",),
  ("msg", "Salut Alex, je te transmets volontiers le rapport de notre audit sur la migration de 600 postes vers une suite bureautique libre. "
          "On y a mis les vrais chiffres, y compris ce qui n'a pas marché. Si tu veux en discuter, appelle-moi sur mon natel, le numéro est "
          "dans le rapport."))
P("connection_brings_value", "fr", "Amandine Roche", "Responsable médiation numérique | Association Les Clés du Numérique", "Le Mans",
  ("msg", "Bonjour Alex, nos conseillers numériques organisent une session de formation gratuite pour les agents d'accueil de mairie sur "
          "l'accompagnement aux démarches en ligne, le 3 avril au matin. Il reste 15 places : je vous en garde quelques-unes pour vos équipes ?"))
P("connection_brings_value", "fr", "Thierry Wauters", "IT Architect | City of Ghent-area intermunicipal partnership", "Gent",
  ("msg", "Hi Alex, as promised at the Eurocities meeting: here is the repo of our open-source appointment booking module (EUPL licence), "
          "with the French translation one of your developers asked about. Feel free to fork it, and ping me if the install gets messy."),
  nl="en")


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "fr", "Véronique Albertini", "Associée | Recrutement de dirigeants publics", "Paris",
  ("inm", "DGA Transformation numérique – confidentiel", "Bonjour, je suis mandatée par une métropole de l'Ouest pour recruter sa ou son "
          "DGA Transformation numérique et ressources (emploi fonctionnel, ouvert aux contractuels). Votre parcours correspond de près au "
          "profil recherché par la DGS. Seriez-vous disponible pour un échange confidentiel de 30 minutes ?"))
P("stranger_inmail_recruiter", "fr", "Marc-Antoine Favre", "Responsable recrutement | Administration cantonale", "Neuchâtel",
  ("inm", "Poste de chef·fe de l'Office du numérique (100 %)", "Bonjour, l'Office du numérique de notre canton met au concours son poste "
          "de chef·fe (100 %, entrée en fonction à convenir). Nous cherchons une personne ayant conduit des projets de prestations en "
          "ligne dans une collectivité, ce qui est votre cas. Je vous enverrai volontiers le cahier des charges du poste. Meilleures salutations."))
P("stranger_inmail_recruiter", "fr", "Isabelle Côté", "Conseillère principale, acquisition de talents | Ville de Rivière-aux-Saules", "Québec",
  ("inm", "Direction du numérique – poste permanent", "Bonjour Alex, je recrute un directeur ou une directrice du numérique pour notre "
          "ville (220 000 habitants). On cherche quelqu'un qui a déjà mené une stratégie de services en ligne dans une ville comparable. "
          "Le poste est permanent et on accompagne les démarches d'immigration. As-tu 30 minutes la semaine prochaine pour en jaser?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "fr", "Romain Thiébaut", "Directeur commercial | Kiosque Citoyen", "Reims",
  ("inm", "Municipales : vos procurations en ligne", "Bonjour, à l'approche des municipales, notre module gère les listes électorales, les "
          "procurations et l'affichage des résultats en direct sur votre site. Je vous propose une démonstration de 20 minutes cette semaine."))
P("stranger_inmail_sales", "fr", "Laetitia Ponsard", "Responsable marchés éducation | ClassTab", "Lyon",
  ("inm", "Tablettes pour vos écoles via l'UGAP", "Bonjour, nous équipons les écoles élémentaires en tablettes avec gestion de flotte. Comme "
          "nous passons par l'UGAP, aucun marché à lancer : un simple bon de commande suffit. Je vous envoie notre catalogue ?"),
  ("inm", "Dernière relance – tarifs rentrée", "Bonjour, nos tarifs actuels sont garantis jusqu'au 30 juin. Souhaitez-vous un devis pour vos "
          "14 écoles ?", (10, 20)))
P("stranger_inmail_sales", "en", "Michael Brandt", "Enterprise Account Executive | CityMetrics", "Berlin",
  ("inm", "Quick question about Valbreuse's data", "Hi Alex, most mid-sized cities we talk to have their data spread over a dozen "
          "systems. CityMetrics pulls it into one dashboard for the mayor's office in six weeks. Worth a 15-minute look?"))
P("stranger_inmail_sales", "fr", "Laurence Dumont", "Key account manager | Réserv'Salles", "Wavre",
  ("inm", "Réservation de salles communales", "Bonjour, notre logiciel de réservation des salles et du matériel communal est utilisé par "
          "septante communes en Belgique et arrive en France. Je serais ravie de vous en faire la démonstration, à votre meilleure convenance."))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "fr", "Fabien Lecomte", "Chef de projet open data | Département du Val-de-Brenne", "Poitiers",
  ("inv", "Bonjour Alex, je coordonne un groupe de travail sur le socle commun des données locales. On cherche des villes pour tester le "
          "schéma « équipements publics » avant sa publication. Ça vous dirait d'en être ?"),
  ("msg", "Merci Alex ! Voici le lien vers le schéma, le validateur en ligne et le compte rendu de notre dernier atelier. Vos remarques sont "
          "les bienvenues avant le 15."),
  ("msg", "Alex, je quitte le département pour rejoindre DataCivique, un éditeur de portails open data. Puisque vous publiez désormais vos "
          "jeux de données, notre portail clé en main (9 800 € HT par an) vous simplifierait la vie, et c'est sous le seuil : vous pouvez "
          "signer directement. Je vous appelle quand ?", (30, 60)))
P("good_turns_ugly", "fr", "Aurélie Hennaux", "Formatrice | Marchés publics informatiques pour pouvoirs locaux", "Liège",
  ("inv", "Bonjour, je donne le 20 mai une matinée de formation gratuite en ligne sur la rédaction des clauses de réversibilité dans les "
          "marchés IT, ouverte aux agents communaux belges et français. Je vous envoie le lien d'inscription ?"),
  ("msg", "Merci d'avoir suivi la matinée ! Comme promis, voici les slides et les modèles de clauses, à réutiliser sans modération."),
  ("end",),
  ("msg", "Bonjour Alex, j'ai validé votre compétence en {skill}. Pourriez-vous à votre tour valider « Marchés publics » et « Formation » "
          "sur mon profil ? Je postule à un marché de formation et les acheteurs regardent ça de près. Merci d'avance, bien à vous."))
P("good_turns_ugly", "fr", "Jean-François Pelletier", "Architecte de services numériques | ex-Ville de Gatineau", "Gatineau",
  ("inv", "Bonjour Alex, on a publié en accès libre notre guide de conception de services municipaux (parcours, gabarits, tests "
          "usagers). Je pense qu'il pourrait servir à ton équipe : je te l'envoie si tu acceptes?"),
  ("msg", "Le voici, en PDF et en version modifiable. Si vous l'adaptez, j'aimerais bien voir le résultat!"),
  ("msg", "Salut Alex, petite nouvelle : je lance ma firme-conseil en design de services. Pour Valbreuse je pourrais offrir un "
          "accompagnement de trois mois à 24 000 €. Tu veux que je te prépare une proposition? On peut la découper en lots si ça aide.", (20, 50)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "fr", "Thibaut Garnier", "Ingénieur commercial | Impression et gestion documentaire", "Rouen",
  ("inm", "Votre parc d'imprimantes", "Bonjour, votre parc d'imprimantes arrive en fin de contrat l'an prochain. Nous pouvons vous proposer "
          "une solution complète en passant par l'UGAP, sans mise en concurrence. Quand puis-je vous rencontrer ?"),
  ("inv", "Bonjour Alex, ravi d'avoir échangé au Salon des maires, au plaisir de rester en contact !"))
P("reinvite_known_bad", "fr", "Coralie Meunier", "Chargée d'affaires | Collectivités", "Strasbourg",
  ("inv", DEFAULT),
  ("inv", "Bonjour Alex, nous avons beaucoup de contacts en commun dans le numérique public, je serais heureuse de vous compter dans mon réseau."),
  era="2016")
P("reinvite_known_bad", "fr", "Yann Berset", "Directeur | Berset Informatique Sàrl", "Fribourg",
  ("inv", "Bonjour, notre logiciel de gestion du contrôle des habitants est utilisé dans 40 communes romandes. Nous pouvons l'adapter à "
          "l'état civil français et vous le livrer sans appel d'offres pour un premier pilote. Intéressé ?"),
  ("inv", "Bonjour, j'ai lu avec intérêt votre entretien dans la presse spécialisée sur la ville numérique. Au plaisir d'être en contact."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "fr", "Antoine Fleury", "Consultant | Achats publics innovants", "Lyon",
  ("inv", "Bonjour, j'aide les collectivités à acheter de l'innovation sans passer par des appels d'offres interminables. 15 minutes pour "
          "vous expliquer comment ?"),
  ("inm", "Votre silence", "Bonjour, pas de réponse, pas de refus, rien. Je trouve ça d'une grande impolitesse. On se plaint que "
          "l'administration est lente et fermée : vous en êtes une parfaite illustration."),
  ("inv", "Bonjour Alex, je vous propose de repartir sur de bonnes bases. Au plaisir d'échanger."))
P("reinvite_known_ugly", "fr", "Gaëtan Morel", "Fondateur | Réseau Cités Numériques", "Nancy",
  ("inm", "Invitation : table ronde des villes moyennes", "Bonjour, je monte une table ronde de directeurs du numérique de villes moyennes "
          "sur la sobriété numérique, sans aucun fournisseur. Seriez-vous d'accord pour y participer en octobre ?"),
  ("inm", "Table ronde – modalités", "Merci pour votre accord de principe ! La participation est réservée aux villes adhérentes : l'adhésion "
          "est de 3 200 € HT par an et comprend notre outil d'évaluation de l'empreinte carbone du SI. Je vous envoie la convention ?", (4, 14)),
  ("inv", "Bonjour Alex, je vous suis depuis un moment sur les sujets de sobriété, je serais ravi d'être en contact."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "fr", "Émilie Vautrin", "Directrice de clientèle | ProxiCloud – hébergement souverain", "Lille",
  ("acc",),
  ("msg", "Merci pour l'invitation, Alex ! Puisque vous voulez fermer votre salle serveurs, notre hébergement qualifié SecNumCloud est "
          "accessible par l'UGAP. Je vous prépare une proposition chiffrée pour vos 120 machines virtuelles ?"))
P("user_invited_pitch_once", "fr", "Xavier Dumoulin", "Business developer | Signature électronique pour administrations", "Bruxelles",
  ("acc",),
  ("msg", "Merci pour la connexion ! On s'était croisés à la conférence sur l'e-gouvernement. Notre parapheur électronique est conforme eIDAS "
          "et s'interface avec les logiciels de délibérations. Je vous laisse notre plaquette, et je peux passer vous le montrer ?"), era="2016")
P("user_invited_pitch_once", "fr", "Andrea Brändli", "Key Account Managerin | Swiss GovCloud", "Basel",
  ("acc",),
  ("msg", "Danke für die Vernetzung, Herr Morgan! Wie am Forum besprochen: Wir bauen gerade unser Frankreich-Geschäft auf und bieten Städten "
          "Ihrer Grösse ein Pilotpaket für Cloud-Arbeitsplätze an. Darf ich Ihnen ein Angebot schicken?"), nl="de")


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "fr", "Nicolas Brunel", "Fondateur | CitéSignal – signalements et GRC", "Rennes",
  ("acc",),
  ("msg", "Merci Alex pour l'invitation ! Content qu'on se connecte. CitéSignal permet aux habitants de signaler un problème de voirie en "
          "trois clics, avec suivi par les services techniques. Une démo pour vous et votre élu ?"),
  ("msg", "Je me permets de relancer : nous pouvons vous faire un devis à 38 000 € HT sur trois ans, donc sous le seuil de 40 000 €, sans "
          "procédure. Je vous l'envoie ?", (10, 30)))
P("user_invited_pitch_twice", "fr", "Karine Gauthier-Leduc", "Directrice du développement des affaires | Municipalis", "Longueuil",
  ("acc",),
  ("msg", "Merci de m'avoir ajoutée Alex! Comme je t'en parlais au congrès, notre suite de gestion des permis est en train d'être francisée pour "
          "la France. Je te présente ça en visio mardi prochain?"),
  ("msg", "Petit suivi : on cherche deux villes françaises pour un projet vitrine, à prix réduit. Est-ce que je t'envoie l'entente?"))
P("user_invited_pitch_twice", "en", "James Porter", "Partner | Civic Digital Consulting", "London",
  ("acc",),
  ("msg", "Thanks for connecting after the conference, Alex. We help European cities write digital strategies in eight weeks. Fixed fee of "
          "EUR 35k. Would you like our case study from Bordeaux-area towns?"),
  ("msg", "Hi Alex, just following up. We have capacity from September and could start with a paid discovery sprint. Shall I send a proposal?"))


# =============================================================== user_invited_value
P("user_invited_value", "fr", "Hélène Castagné", "Directrice générale des services | Ville de Castelvieil", "Albi",
  ("acc",),
  ("msg", "Merci Alex pour la mise en relation. Comme évoqué au congrès, je vous envoie le règlement de notre comité de pilotage du "
          "numérique et la note qui a convaincu nos élus de mutualiser le DPO avec l'agglo. Prenez ce qui vous sert."))
P("user_invited_value", "fr", "Olivier Chappuis", "Délégué au numérique | Ville de Bulle-sur-Sarine", "Bulle",
  ("acc",),
  ("msg", "Bonjour Alex, merci pour l'invitation. Je vous transmets comme convenu notre cahier des charges pour le guichet virtuel, ainsi que "
          "la grille d'évaluation des offres. Les prix ne sont pas comparables avec la France, mais la structure devrait vous être utile."), era="2016")
P("user_invited_value", "fr", "Rachid Meziane", "Maître de conférences en informatique | Laboratoire Usages et Territoires", "Nancy",
  ("acc",),
  ("msg", "Merci pour l'ajout ! Voici, comme promis après la table ronde, le lien vers notre étude sur le non-recours aux démarches en ligne "
          "dans cinq villes, données anonymisées comprises. Si un de vos services veut l'exploiter, je peux venir la présenter gratuitement."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "fr", "Agnès Leroux", "Directrice de la communication | Ville de Valbreuse", "Valbreuse", ("acc",), era="2016")
P("acceptance_only", "fr", "Simon Bergeron", "Chef de division, services numériques | Ville de Lévis-sur-Fleuve", "Lévis", ("acc",))
P("lone_endorsement", "fr", "Quentin Ribeiro", "Ancien stagiaire | Master MIAGE", "Orléans", ("end",), era="2016")
P("lone_endorsement", "fr", "Lotte Peeters", "Smart city coordinator | Stad Leuven-Oost", "Leuven", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Service de la commande publique", "commande.publique@valbreuse.example.fr", "Rappel : période de consultation en cours",
     "Bonjour à toutes et à tous,\n\nla consultation « portail citoyen » est en cours jusqu'au 12. Aucun échange avec les candidats pendant "
     "cette période, y compris par LinkedIn ou par téléphone : orientez-les vers la plateforme des marchés.\n\nLe service de la commande publique", "fr"),
    ("Sandrine Kervella", "s.kervella@brevannes-agglo.example.fr", "CCTP GRC",
     "Bonjour Alex,\n\nje vous ai aussi envoyé une invitation LinkedIn, mais au cas où : voici notre CCTP en pièce jointe. Les annexes suivent.\n\nSandrine", "fr"),
    ("CNFPT", "formation@cnfpt.example.fr", "Nouveau : soigner sa présence sur LinkedIn quand on est cadre territorial",
     "Une nouvelle formation d'une journée sur l'usage des réseaux professionnels (LinkedIn) par les agents publics : devoir de réserve, "
     "relations avec les entreprises, déontologie. Inscriptions ouvertes.", "fr"),
    ("Cabinet du maire", "cabinet@valbreuse.example.fr", "Votre post LinkedIn sur le budget participatif",
     "Alex,\n\nle maire a vu votre post LinkedIn sur les résultats du budget participatif. Il aimerait le reprendre dans l'édito du magazine. "
     "Pouvez-vous nous envoyer les chiffres définitifs ?\n\nLe cabinet", "fr"),
    ("Bastien Roullier", "b.roullier@mairie360.example", "Suite à mon invitation LinkedIn",
     "Bonjour Alex,\n\nje me permets de vous écrire directement, suite à mon invitation LinkedIn restée sans réponse. Vous trouverez ci-joint "
     "notre fiche de référencement UGAP.\n\nBastien Roullier", "fr"),
    ("Référent déontologue", "deontologie@valbreuse.example.fr", "Invitations et cadeaux de fournisseurs",
     "Chers collègues,\n\npetit rappel : les invitations de fournisseurs (déjeuners, salons, voyages) doivent être déclarées, qu'elles arrivent "
     "par courrier, par mail ou par LinkedIn. En cas de doute, écrivez-moi.", "fr"),
    ("Geneviève Bouchard", "g.bouchard@saint-laurent-erables.example.ca", "Notre grille d'analyse",
     "Salut Alex,\n\ncomme promis dans mon message LinkedIn, voici la grille. Dis-moi si tu as des questions, on pourrait se faire un appel "
     "la semaine prochaine.\n\nGeneviève", "fr"),
    ("Salon des maires et des collectivités", "info@salon-collectivites.example", "Votre badge visiteur",
     "Votre badge est prêt. Retrouvez le programme des conférences sur notre site et suivez-nous sur LinkedIn pour les annonces de dernière minute.", "fr"),
    ("RSSI Ville de Valbreuse", "rssi@valbreuse.example.fr", "Alerte hameçonnage : faux mails LinkedIn",
     "Bonjour,\n\nnous recevons de faux mails « LinkedIn » qui imitent un DCE partagé ou une offre incomplète. Ne cliquez pas, transférez-les "
     "à l'adresse de signalement.\n\nLe RSSI", "fr"),
    ("Eurocities Digital Forum", "digital@eurocities-forum.example", "Working group on procurement – new LinkedIn group",
     "Dear members,\n\nthe working group on ICT procurement has moved its discussions to a private LinkedIn group. Please request to join with "
     "the link in the members' area.\n\nThe secretariat", "en"),
    ("Choisir le service public", "ne-pas-repondre@choisirleservicepublic.example", "Votre offre DN-2025-07 a reçu 23 candidatures",
     "Votre offre « Développeur·se » a reçu 23 candidatures. Astuce : partagez votre offre sur LinkedIn pour toucher plus de candidats.", "fr"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot sixty-fifth development corpus (dev65). Generated by scripts/make_corpus_dev65.py (seed {SEED}); do not edit by hand.",
          "# Alex as head of digital services of a French city, with Belgian, Swiss and Quebec counterparts: public procurement (UGAP, thresholds, "
          "tenders), GovTech and civic-tech vendors, consultants, peer civil servants, elected officials' staff, researchers, associations, "
          "job applicants. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev65", SEED, PEOPLE, FOREIGN, spoofs=10, other=10, header=HEADER, eras=ERAS)
