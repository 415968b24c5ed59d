#!/usr/bin/env python3
"""Write mailbot's dev189 corpus: tests/corpus/dev189/*.eml + expected.toml.

The angle: September and October 2019 of the user Alex, communications director at a city
council in Lille. Their LinkedIn world: PR agencies and media-monitoring sellers, journalists
asking for interviews, citizens and local associations, communications peers at other cities
sharing their campaigns, paid award ceremonies, consultants, and a lobbyist who turns rude
after a refusal. Writers: French of France, Dutch-speaking Belgians writing in French or
English, English, some German and Spanish.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py; the endorsement skills, job-alert titles, headlines of spoof-only
names and the pitches spoofs carry are swapped for this world in this process only. Every
note was written from shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev189.py              # writes tests/corpus/dev189
    python scripts/make_corpus_dev189.py --out DIR    # somewhere else
"""
from __future__ import annotations

import argparse
import sys
import types
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20190902

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the two months (this process only)
WIN_LO = datetime(2019, 9, 2, 6, 30, tzinfo=timezone.utc)
WIN_HI = datetime(2019, 10, 31, 19, 0, tzinfo=timezone.utc)

cs.GAPS.update({"rem": (5, 11), "acc": (0, 0), "end": (1, 8), "msg": (2, 11), "inm": (3, 10), "inv": (22, 34)})


def _window(steps) -> tuple[datetime, datetime]:
    """Where a story may start so that its last mail still lands inside the two months."""
    span = 0.0
    for step in steps[1:]:
        gap = step[-1] if isinstance(step[-1], tuple) else cs.GAPS[step[0]]
        span += gap[1] + 40000 / 86400
    hi = WIN_HI - timedelta(days=span)
    if hi <= WIN_LO:
        hi = WIN_LO + timedelta(hours=12)
    return WIN_LO, hi


# ------------------------------------------------------------------ a city council's communications director
RHEADLINE = "Directeur de la communication | Ville de Lille"
SKILLS = {
    "en": ["Public Relations", "Media Relations", "Crisis Communications", "Public Sector Communications", "Social Media", "Copywriting"],
    "de": ["Öffentlichkeitsarbeit", "Pressearbeit", "Krisenkommunikation", "Kommunikationsstrategie"],
    "fr": ["Relations presse", "Communication publique", "Communication de crise", "Stratégie de communication", "Réseaux sociaux",
           "Communication institutionnelle"],
    "es": ["Relaciones públicas", "Comunicación institucional", "Comunicación de crisis", "Gabinete de prensa"],
    "it": ["Relazioni pubbliche", "Comunicazione istituzionale", "Ufficio stampa", "Comunicazione di crisi"],
}
for _l in mc.L:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE

mc.LANGS[:] = ["fr", "fr", "en", "fr", "fr"]
mc.CITY["fr"] = ["Lille", "Roubaix", "Tourcoing", "Villeneuve-d'Ascq", "Arras", "Paris"]
mc.JOBS[:] = [("Directeur de la communication (H/F)", "Métropole Européenne de Lille"), ("Head of Communications", "Eurometropolis Lille-Kortrijk-Tournai"),
              ("Responsable relations presse (H/F)", "Région Hauts-de-France"), ("Directeur de la communication et de l'attractivité (H/F)", "Ville d'Amiens"),
              ("Chef du service communication (H/F)", "Département du Nord")]
mc.COMPANIES["good"] = ["Ville de Roubaix", "Ville de Gand", "La Voix du Nord", "France 3 Hauts-de-France", "Cap'Com", "Métropole Européenne de Lille",
                        "Ville de Nantes", "Sciences Po Lille"]
mc.COMPANIES["sales"] = ["VeilleExpress", "Mediascope Pro", "Agence Tonic RP", "CitySocial", "Trophées de la Com' Territoriale", "DroneView Films",
                         "Imprim'Nord"]
mc.HEADLINES["good"] = ["Directrice de la communication chez {co}", "Journaliste chez {co}", "Chargé de communication | {co}",
                        "Responsable des relations presse, {co}", "Chef de service communication numérique à {co}", "Enseignant-chercheur en communication | {co}"]
mc.HEADLINES["sales"] = ["Business Developer | {co}", "Account Manager secteur public @ {co}", "Fondateur de {co}", "Chargée de partenariats | {co}",
                         "Sales Executive Public Sector at {co}"]
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:linkedin-mail.co", "untrusted:mx.example.org",
                       "nodkim", "display:outlook.com", "buried"]
SPOOF_PITCH = {
    "en": ["Hi {first}, a journalist shared an interview request with you as a secure document. Sign in to read it before it expires.",
           "Dear {first}, your city has been shortlisted for a communications award. Confirm your entry and payment details here."],
    "de": ["Hallo {first}, eine Redaktion hat Ihnen eine Interviewanfrage als geschütztes Dokument geschickt. Bitte melden Sie sich an.",
           "Guten Tag {first}, Ihre Stadt ist für einen Kommunikationspreis nominiert. Bitte bestätigen Sie Ihre Teilnahme."],
    "fr": ["Bonjour {first}, une rédaction vous a transmis une demande d'interview confidentielle. Connectez-vous pour ouvrir le document.",
           "Bonjour {first}, votre collectivité est présélectionnée pour un trophée. Confirmez votre inscription et le règlement ici."],
    "es": ["Hola {first}, un periodista te ha enviado una solicitud de entrevista. Inicia sesión para abrir el documento.",
           "Estimado/a {first}, su ayuntamiento ha sido preseleccionado para un premio. Confirme su inscripción aquí."],
    "it": ["Ciao {first}, una redazione ti ha inviato una richiesta di intervista. Accedi per aprire il documento.",
           "Gentile {first}, il suo comune è stato selezionato per un premio. Confermi l'iscrizione qui."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
retitle_other({
    "fr": {"job": ("{n} nouvelles offres pour « directeur communication »", "Votre alerte emploi pour directeur communication à {city}"),
           "news": "Municipales 2020 : la com' des villes sous surveillance", "group": "Discussions à la une dans Communicants publics des Hauts-de-France",
           "newsletter": "La lettre du dircom territorial"},
    "en": {"job": ("{n} new jobs for \"head of communications\"", "Your job alert for head of communications in {city}"),
           "news": "Why cities are rethinking their social media", "group": "Top conversations in Public Sector Comms Europe",
           "newsletter": "Town Hall Comms: notes from the frontline"},
    "de": {"job": ("{n} neue Jobs für „Leitung Kommunikation“", "Ihr Jobalarm für Leitung Kommunikation in {city}"),
           "news": "Wie Städte ihre Bürger online erreichen", "group": "Top-Unterhaltungen in Kommunale Pressestellen",
           "newsletter": "Rathaus-PR: Woche für Woche"},
})

PEOPLE: list[tuple] = []
_add = adder(PEOPLE)


def P(scenario, lang, name, headline, location, *steps, nl=None):
    """Alex reads LinkedIn in French: LinkedIn's wording is French for everyone; `lang` here is the language the person writes in."""
    _add(scenario, "fr", name, headline, location, *steps, nl=nl or lang)


# =============================================================== good_invitation
P("good_invitation", "fr", "Sandrine Lemaire", "Journaliste | La Voix du Nord, édition de Lille", "Lille",
  ("inv", "Bonjour, je prépare un dossier sur la nouvelle signalétique du Vieux-Lille et les critiques des commerçants. J'aimerais avoir la version de la mairie, "
          "en off ou en on comme vous préférez. Dix minutes au téléphone cette semaine ?"),
  ("rem",))
P("good_invitation", "fr", "Pieter Vandenbroucke", "Woordvoerder | Stad Kortrijk", "Kortrijk",
  ("inv", "Bonjour Alex, je suis le porte-parole de Kortrijk. On monte une campagne transfrontalière sur le vélo avec Tournai et ce serait logique d'y associer Lille. "
          "Je vous envoie volontiers notre brief et les visuels déjà faits."))
P("good_invitation", "en", "Hannah Okafor", "Producer, Europe desk | BBC World Service", "London",
  ("inv", "Hello Alex, I'm producing a radio piece on how European cities communicate about air quality, and Lille's pollution-peak alerts came up twice in my research. "
          "Would you or a colleague be up for a short recorded interview?"))
P("good_invitation", "fr", "Marie-Claire Dubuisson", "Présidente | Association Les Jardins partagés de Fives", "Lille",
  ("inv", "Bonjour Monsieur, nous organisons le 12 octobre une journée portes ouvertes gratuite dans nos jardins, avec les écoles du quartier. "
          "Pourriez-vous nous dire à qui envoyer l'info pour l'agenda de la ville ? Merci d'avance !"),
  ("rem",))
P("good_invitation", "fr", "Julien Caron", "Responsable communication numérique | Ville de Nantes", "Nantes",
  ("inv", "Salut Alex, on s'est croisés aux rencontres Cap'Com. Comme promis je t'envoie notre retex sur la refonte du site de la ville (audit, arborescence, "
          "tests utilisateurs) : tout est réutilisable. Connectons-nous !"))
P("good_invitation", "de", "Katrin Möller", "Pressesprecherin | Stadt Erfurt", "Erfurt",
  ("inv", "Hallo Alex, ich organisiere im November einen kostenlosen Online-Austausch für Pressestellen aus Partnerstädten zum Thema Krisenkommunikation bei Hochwasser. "
          "Lille wäre als Gast sehr willkommen, auch auf Englisch."))
P("good_invitation", "fr", "Lies De Smet", "Docent communicatiewetenschappen | Hogeschool Gent", "Gent",
  ("inv", "Hello Alex, I teach public communication in Ghent and my students are comparing how Lille and Ghent talk about their low-emission zones. "
          "Could two of them ask you a few questions? They will share the final report with you."),
  nl="en")


# =============================================================== default_invitation
P("default_invitation", "fr", "Kevin Deruelle", "Commercial | Solutions d'affichage numérique", "Douai", ("inv", DEFAULT), ("rem",))
P("default_invitation", "fr", "Anne-Sophie Verhaeghe", "Consultante indépendante", "Bruxelles", ("inv", NONOTE))
P("default_invitation", "en", "Ryan Mitchell", "Growth Hacker | Social Media | Content", "Manchester", ("inv", DEFAULT))
P("default_invitation", "fr", "Carlos Medina", "Responsable de comunicación | Ayuntamiento", "Zaragoza", ("inv", DEFAULT), ("rem",), nl="es")


# =============================================================== sales_invitation
P("sales_invitation", "fr", "Aurélien Boutry", "Account Manager Collectivités | VeilleExpress", "Paris",
  ("inv", "Bonjour Alex, combien de temps passe votre équipe à compiler la revue de presse chaque matin ? VeilleExpress la livre à 7h, presse locale incluse. "
          "Je vous propose une démo de 20 min, essai offert pour la ville."))
P("sales_invitation", "fr", "Émilie Rostand", "Chargée de partenariats | Trophées de la Com' Territoriale", "Paris",
  ("inv", "Bonjour Alex, la campagne de Lille sur la propreté a retenu l'attention de notre jury ! Les candidatures sont ouvertes jusqu'au 15/10 "
          "(frais de dossier 690 € HT, soirée de remise incluse). Je vous envoie le dossier ?"),
  ("rem",))
P("sales_invitation", "en", "Bart Peeters", "Sales Director Benelux & France | Mediascope Pro", "Antwerpen",
  ("inv", "Hi Alex, we monitor 12,000 media sources in FR/NL/EN, including Belgian regional press that your current tool probably misses. "
          "Could I get 15 minutes to show you a dashboard built on Lille?"))
P("sales_invitation", "fr", "Thomas Lefebvre", "Fondateur | DroneView Films", "Lens",
  ("inv", "Bonjour, nous réalisons des films aériens par drone pour les collectivités (agréés DGAC). Tarif spécial villes de plus de 100 000 hab. "
          "Puis-je vous transmettre notre grille et quelques références ?"))
P("sales_invitation", "de", "Markus Brandl", "Key Account Manager Public Sector | CitySocial", "München",
  ("inv", "Guten Tag, CitySocial plant und misst alle Social-Media-Kanäle einer Stadtverwaltung in einem Tool – DSGVO-konform. "
          "Hätten Sie nächste Woche 20 Minuten für eine kurze Vorstellung?"))
P("sales_invitation", "fr", "Nathalie Pruvost", "Directrice conseil | Agence Tonic RP", "Lille",
  ("inv", "Alex, avec les municipales qui approchent, on accompagne plusieurs mairies sur leur stratégie presse. Je serais ravie de vous présenter notre offre "
          "autour d'un café, on est à deux rues de l'hôtel de ville !"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "fr", "Grégoire Hautecoeur", "Animateur | Cercle des Dircoms du Nord", "Lille",
  ("inv", "Bonjour Alex, je réunis chaque trimestre une douzaine de directeurs de la communication de la région, public et privé, pour échanger librement. "
          "Le prochain déjeuner est en octobre, vous seriez le bienvenu."),
  ("msg", "Ravi de la connexion ! Petite précision avant le déjeuner : le Cercle est porté par mon cabinet de conseil. Je propose aux membres un audit de "
          "leur communication de crise (forfait 4 800 € HT). Je vous réserve un créneau pour en parler ?", (4, 9)),
  ("msg", "Alex, je reviens vers vous pour l'audit : il me reste deux places en novembre. On cale un rendez-vous ?"))
P("bait_and_switch_invitation", "en", "Sophie Claes", "Community Lead | Smart Cities Comms Network", "Brussels",
  ("inv", "Hi Alex, I run an informal network of people doing comms for smart-city projects across Belgium and northern France. We share case studies "
          "and swap tips, no strings attached. Would you like to join?"),
  ("msg", "Great to have you! So, our partner platform CityPulse helps councils like Lille push targeted notifications to residents. Could we "
          "book a 30-min call with your digital team to walk through pricing?", (3, 8)))
P("bait_and_switch_invitation", "fr", "Frédéric Wattebled", "Directeur de la communication | Ville de Valenciennes", "Valenciennes",
  ("inv", "Bonjour Alex, question de collègue : comment gérez-vous la com' de la ville pendant la période de réserve électorale ? "
          "On hésite sur ce qu'on peut encore publier. Merci !"),
  ("msg", "Merci de ta réponse ! Au passage : je lance à côté une activité de formation pour élus, \"parler aux médias en campagne\". "
          "Tes adjoints seraient parfaits pour la première session, 950 € la journée. Je t'envoie le programme ?", (3, 9)))
P("bait_and_switch_invitation", "fr", "Jan Verstraete", "Consultant | Citizen engagement", "Brugge",
  ("inv", "Bonjour Alex, j'ai écrit un petit guide gratuit sur la participation citoyenne en ligne, avec des exemples flamands. Je vous l'envoie si vous voulez."),
  ("msg", "Voici le guide ! Et si le sujet vous parle, je peux animer pour la ville un atelier de co-construction avec vos habitants. "
          "Budget à partir de 3 000 €, on peut en discuter mardi ?", (2, 6)),
  ("msg", "Bonjour Alex, pas de retour de votre part. Je vous relance pour l'atelier : je peux vous faire un prix si on signe avant la fin du mois."))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "fr", "Hélène Saint-Amand", "Chercheuse associée | Observatoire de la communication locale", "Paris",
  ("inm", "Enquête sur la communication des villes", "Bonjour Alex, nous menons une enquête nationale sur les pratiques de communication des grandes villes. "
          "Les répondants reçoivent gratuitement le rapport complet. Auriez-vous 10 minutes pour y répondre ?"),
  ("inm", "Suite à l'enquête", "Merci encore pour vos réponses ! Vos résultats montrent un potentiel d'amélioration sur l'image de la ville. "
          "Notre cabinet propose un baromètre d'image personnalisé (12 500 € HT). Puis-je vous envoyer une proposition ?"))
P("bait_and_switch_inmail", "en", "Daniel Romero", "Editor | Urban Narratives Magazine", "Madrid",
  ("inm", "Feature on Lille", "Hi Alex, we're preparing a feature on European cities that reinvented their public image, and Lille is on our shortlist. "
          "Could we interview you about the 2004 capital of culture legacy?"),
  ("inm", "Your feature - next steps", "Thanks Alex, great talking to you. To publish the 6-page feature we ask featured cities for a contribution "
          "to production costs of €4,900. I can send the invoice to your finance department today."),
  nl="en")
P("bait_and_switch_inmail", "fr", "Amparo Giménez", "Coordinadora | Red de Ciudades Comunicadoras", "Valencia",
  ("inm", "Red de ciudades", "Hola Alex, coordinamos una red de responsables de comunicación municipal de España y Francia. Compartimos campañas y "
          "hacemos un encuentro anual. ¿Te gustaría participar?"),
  ("inm", "Cuota de adhesión", "Hola Alex, ¡bienvenido! La adhesión de la ciudad a la red es de 2.400 € al año e incluye dos plazas en el encuentro de Valencia. "
          "Te paso el formulario de pago."),
  nl="es")


# =============================================================== endorse_me_back
P("endorse_me_back", "fr", "Cédric Lambin", "Chargé de communication | Freelance", "Arras",
  ("end",), ("end",),
  ("msg", "Hello Alex ! Je t'ai recommandé pour {skill}, bien mérité 😉 Tu pourrais me rendre la pareille sur Rédaction web et Community management ? "
          "Je refais mon profil pour trouver des missions."))
P("endorse_me_back", "en", "Olivia Grant", "Digital Content Manager", "Leeds",
  ("end",),
  ("msg", "Hi Alex, I've just endorsed you for {skill}. Would you mind doing the same for me for Content Strategy? Every little helps, thanks!"))
P("endorse_me_back", "fr", "Wim Maes", "Communication officer | Provincie West-Vlaanderen", "Brugge",
  ("end",), ("end",),
  ("msg", "Bonjour Alex, j'ai validé quelques compétences sur votre profil. Si vous avez une minute, une validation pour Communication publique "
          "et Néerlandais m'aiderait beaucoup. Dank u !"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "fr", "Bertrand Desmarets", "Affaires publiques | Conseil en lobbying", "Paris",
  ("inv", "Alex, je représente un acteur majeur de la trottinette électrique qui souhaite échanger avec la ville avant l'appel d'offres. Un rendez-vous ?"),
  ("inm", "Sans réponse", "Je constate que vous ignorez ma demande. Pour quelqu'un payé par le contribuable pour communiquer, c'est un comble. "
          "Je ne manquerai pas de le faire savoir à vos élus."))
P("hostility_after_decline", "fr", "Yannick Mortier", "Photographe événementiel", "Tourcoing",
  ("inv", DEFAULT),
  ("rem",),
  ("inm", "Bravo", "Deux relances et toujours rien. Votre service me fait travailler pour des clopinettes depuis trois ans et vous n'êtes même pas fichu "
          "d'accepter une invitation. Franchement, quel mépris."))
P("hostility_after_decline", "en", "Gary Holt", "Founder | PR Growth Lab", "Birmingham",
  ("inv", "Hi Alex, we help public bodies get national press coverage. Quick call?"),
  ("inm", "Really?", "Ignoring people is a poor look for a communications director. I'd have thought someone in your job would know basic manners."))
P("hostility_after_decline", "de", "Dieter Kowalski", "Geschäftsführer | Stadtmarketing Beratung", "Dortmund",
  ("inv", "Guten Tag, ich berate Städte bei Markenentwicklung und Bürgerbeteiligung. Vernetzen wir uns?"),
  ("inm", "Keine Reaktion", "Offenbar halten Sie es nicht für nötig, zu antworten. Sehr unprofessionell für eine öffentliche Verwaltung. "
          "Ich hätte mehr Respekt erwartet."))


# =============================================================== hostility_connection
P("hostility_connection", "fr", "Laurent Dufossé", "Directeur associé | Axe Public Affaires", "Paris",
  ("msg", "Bonjour Alex, comme évoqué au salon des maires, mon client souhaite présenter à l'équipe municipale son projet de panneaux publicitaires numériques. "
          "Pouvez-vous m'obtenir un rendez-vous avec l'adjoint concerné ?"),
  ("msg", "Alex, j'ai bien reçu votre refus poli. Permettez-moi de vous dire que votre rôle n'est pas de filtrer l'accès aux élus. C'est du zèle "
          "déplacé, et franchement assez arrogant. Je saurai m'en souvenir.", (2, 5)))
P("hostility_connection", "en", "Steve Harding", "Partner | Beacon Reputation", "London",
  ("acc",),
  ("msg", "Thanks for connecting, Alex. As discussed in Brussels, we run reputation programmes for cities ahead of elections. Shall I send a proposal?"),
  ("msg", "Hi Alex, following up on the proposal."),
  ("msg", "Got your 'not at this time'. Honestly, with the state of your city's press coverage, turning down help is a bit arrogant. "
          "Don't come running when it blows up."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "fr", "Damien Lecocq", "Responsable grands comptes | Imprim'Nord", "Roubaix",
  ("msg", "Bonjour Alex, la rentrée est là : pensez à nous pour vos magazines municipaux et kakémonos ! -15 % sur toute commande passée avant le 30 septembre."),
  ("msg", "Re-bonjour Alex, je me permets de relancer : nous pouvons imprimer le prochain numéro de votre magazine avec papier recyclé sans surcoût. Un devis ?"),
  ("msg", "Alex, dernière chance pour l'offre de rentrée, je vous mets le devis en pièce jointe si vous me donnez le tirage."))
P("connection_only_pitches", "en", "Priya Nair", "Account Executive | SocialHub Enterprise", "Dublin",
  ("msg", "Hi Alex! Hope your autumn is off to a good start. SocialHub now has a public-sector package with moderation for citizen comments. Want a demo?"),
  ("msg", "Hi again Alex, we just closed a deal with a city your size in the Netherlands. Happy to share the pricing we gave them if you book a slot this week."))
P("connection_only_pitches", "fr", "Élise Vanderlinden", "Business Developer | Signalétique urbaine", "Mons",
  ("msg", "Bonjour Alex, je vous présente notre nouvelle gamme de totems d'information connectés pour les places publiques. Je peux passer vous les montrer ?"),
  ("msg", "Bonjour Alex, je serai à Lille jeudi prochain. Un créneau pour une présentation de 30 minutes de nos totems ?"),
  nl="fr")


# =============================================================== single_pitch
P("single_pitch", "fr", "Romain Cazenave", "Consultant en stratégie digitale | Indépendant", "Lille",
  ("msg", "Salut Alex, si jamais vous cherchez un renfort freelance pour la campagne des municipales, je suis dispo à partir de novembre. TJM 550 €, "
          "je peux t'envoyer mon book."))
P("single_pitch", "en", "Tom Vermeulen", "Sales | Podcast production for public bodies", "Gent",
  ("msg", "Hi Alex, nice to be connected. We produce branded podcasts for cities; Ghent's has 8k listeners a month. Shall I send you our rates?"))
P("single_pitch", "fr", "Isabelle Marquant", "Gérante | Les Goodies du Nord", "Lille",
  ("msg", "Bonjour Alex ! Pour vos salons et événements de fin d'année, nous faisons des objets publicitaires personnalisés au logo de la ville. Catalogue sur demande !"))


# =============================================================== connection_brings_value
P("connection_brings_value", "fr", "Céline Masquelier", "Directrice de la communication | Ville de Roubaix", "Roubaix",
  ("msg", "Coucou Alex, comme promis voici le kit de notre campagne anti-dépôts sauvages : affiches, gabarits et le bilan chiffré. Prends ce que tu veux, "
          "pas besoin de nous citer."),
  ("msg", "Au fait, on organise un petit-déj' entre dircoms de la métropole le 18, c'est chez nous et c'est gratuit. Tu viens ?"))
P("connection_brings_value", "fr", "Stijn Van Acker", "Persattaché | Stad Gent", "Gent",
  ("end",),
  ("msg", "Hello Alex, nous avons publié la version française de notre guide de communication en langage clair. Je te le transmets, il pourrait servir "
          "pour vos courriers aux habitants."))
P("connection_brings_value", "en", "Rebecca Lowe", "Head of Communications | Manchester City Council", "Manchester",
  ("msg", "Hi Alex, following our chat at the Eurocities conference: here's the toolkit we used for our winter homelessness campaign, with the "
          "evaluation. Feel free to adapt anything."))
P("connection_brings_value", "fr", "Mathieu Roussel", "Rédacteur en chef adjoint | France 3 Hauts-de-France", "Lille",
  ("msg", "Bonjour Alex, on lance une émission mensuelle sur les initiatives des communes. Est-ce que la ville aurait un porte-parole dispo pour le "
          "premier plateau, le 24 octobre ? C'est en direct, 8 minutes."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "fr", "Virginie Lesage", "Consultante recrutement secteur public | Cabinet Arcane RH", "Paris",
  ("inm", "Poste de directeur de la communication – Métropole", "Bonjour Alex, je recrute pour une métropole de l'Ouest un directeur de la communication "
          "et de l'attractivité (équipe de 35, rattachement au DGS). Votre expérience à Lille correspond au profil. Seriez-vous ouvert à un échange confidentiel ?"))
P("stranger_inmail_recruiter", "en", "Joost Hermans", "Talent Partner | Eurocities", "Brussels",
  ("inm", "Head of Communications, Brussels", "Dear Alex, we are looking for a Head of Communications for our Brussels office, working with 140 member cities. "
          "French and English essential. Would you be open to hearing more? The job description is attached."))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "fr", "Chloé Bernier", "Account Executive | Mediascope Pro", "Paris",
  ("inm", "Votre e-réputation en un coup d'œil", "Bonjour Alex, avec les municipales, chaque mention compte. Notre veille réseaux sociaux détecte les crises "
          "avant qu'elles éclatent. Je vous propose un essai de 15 jours et une démo. Mardi ou jeudi ?"),
  ("inm", "Relance – essai gratuit", "Bonjour Alex, je me permets de relancer concernant notre essai. Nous avons une offre spéciale collectivités jusqu'au 31 octobre."))
P("stranger_inmail_sales", "en", "Marco Silva", "Partnerships | GovComms Summit Europe", "Lisbon",
  ("inm", "Speak at GovComms Summit 2020", "Hi Alex, we'd love Lille on stage at GovComms Summit in Lisbon. Speaking packages start at €3,500 and include "
          "a booth and two delegate passes. Interested?"))
P("stranger_inmail_sales", "fr", "Hugo Ferrand", "Directeur commercial | Panneaux Lumineux Ferrand", "Amiens",
  ("inm", "Panneaux d'information municipaux", "Monsieur le Directeur, nous équipons plus de 200 communes en panneaux lumineux. Nous pouvons vous proposer "
          "un devis gratuit pour le remplacement de votre parc. Bien cordialement."))
P("stranger_inmail_sales", "de", "Sabine Hartmann", "Vertrieb Kommunen | Bürger-App GmbH", "Köln",
  ("inm", "Bürger-App für Lille", "Sehr geehrter Herr Alex, unsere Bürger-App ist in 60 Kommunen im Einsatz, jetzt auch auf Französisch. Darf ich Ihnen "
          "ein Angebot für Lille schicken?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "fr", "Nicolas Béthune", "Chargé de mission | Réseau des villes cyclables", "Lille",
  ("inv", "Bonjour Alex, je coordonne un groupe d'échange (bénévole) entre services com' sur la promotion du vélo. Je partage volontiers nos supports de campagne."),
  ("msg", "Merci ! Voici le drive avec les affiches de Strasbourg et Grenoble, libres de droits pour les collectivités membres."),
  ("msg", "Alex, je monte en parallèle mon agence et je propose aux villes un plan de com' vélo clé en main (à partir de 8 000 €). Ça t'intéresserait "
          "pour 2020 ? On peut caler un rendez-vous."))
P("good_turns_ugly", "en", "Emma Dekker", "Communications Advisor | Gemeente Rotterdam", "Rotterdam",
  ("inv", "Hi Alex, I saw your talk on crisis comms after the Lille storms. We had a similar flood last winter; happy to swap notes and share our playbook."),
  ("msg", "As promised, our flood communication playbook. Page 12 has the SMS templates, they worked really well."),
  ("end",),
  ("msg", "Hi Alex, I endorsed you for {skill} the other day. Could you endorse me for Crisis Communications? Applying for a new role and it would really help."))
P("good_turns_ugly", "fr", "Agnès Delporte", "Présidente | Collectif Lille Patrimoine", "Lille",
  ("inv", "Bonjour, notre association organise gratuitement des visites guidées pendant les Journées du patrimoine. Nous aimerions en informer vos lecteurs "
          "et vous inviter."),
  ("msg", "Merci pour le relais dans le magazine ! Voici le programme complet des visites, avec les créneaux réservés aux agents de la ville."),
  ("msg", "Bonjour Alex, petite demande : mon fils lance une agence de vidéo, il pourrait faire les clips de la ville à un tarif préférentiel. "
          "Je vous transmets son devis ?"))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "fr", "Fabien Coquelle", "Commercial | Mobilier urbain publicitaire", "Lens",
  ("inv", "Bonjour, nous proposons des abribus publicitaires financés par la pub, zéro coût pour la ville. On en parle ?"),
  ("inv", "Bonjour Alex, on a des amis en commun à la métropole, ce serait bien d'être connectés."))
P("reinvite_known_bad", "en", "Lucas Jansen", "Business Development | Citizen Feedback Tools", "Amsterdam",
  ("inm", "Citizen surveys made easy", "Hi Alex, our platform runs citizen satisfaction surveys in 5 days. Can I show you a quick demo?"),
  ("inv", "Hi Alex, I enjoyed your interview in Le Monde about the metropolis. Would love to connect!"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "fr", "Olivier Ricquebourg", "Conseiller en communication politique", "Paris",
  ("inv", "Bonjour, je travaille avec plusieurs candidats aux municipales. Un échange ?"),
  ("inm", "Dommage", "Pas de réponse. Les fonctionnaires de la com' se croient toujours au-dessus de tout le monde. Bonne continuation dans votre tour d'ivoire."),
  ("inv", "Bonjour Alex, nouvelle tentative, on a sûrement des choses à se dire."))
P("reinvite_known_ugly", "en", "Karen Whitby", "Director | Civic Voices Forum", "Bristol",
  ("inm", "Join our civic comms panel", "Hi Alex, we're putting together a panel of civic comms leaders for a free online discussion. Would you join?"),
  ("inm", "Panel - confirmation", "Thanks for your interest! Panel members contribute a £1,200 sponsorship fee which covers promotion. I'll send the invoice."),
  ("inv", "Hi Alex, would love to have you in my network."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "fr", "Thibault Mercier", "Directeur conseil | Agence Signes Publics", "Lille",
  ("acc",),
  ("msg", "Merci pour l'ajout Alex ! Puisqu'on s'est parlé au salon, je vous envoie notre plaquette : nous faisons les campagnes de plusieurs "
          "communes du Nord. Un rendez-vous pour vous la présenter ?"))
P("user_invited_pitch_once", "en", "Anouk Willems", "Sales Manager | Translation Services Benelux", "Antwerpen",
  ("acc",),
  ("msg", "Thanks for the invite Alex. If you ever need your city magazine in Dutch or English, we do it in 48h at public-sector rates. Shall I send a quote?"))
P("user_invited_pitch_once", "es", "Javier Ortega", "Director comercial | Eventos Institucionales", "Barcelona",
  ("acc",),
  ("msg", "Hola Alex, gracias por la invitación. Organizamos eventos institucionales llave en mano; si la ciudad prepara algo para 2020, os paso presupuesto."))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "fr", "Karima Benali", "Business Developer | VeilleExpress", "Paris",
  ("acc",),
  ("msg", "Bonjour Alex, merci d'avoir pensé à moi ! Je vous propose un essai gratuit de notre revue de presse quotidienne, on la configure pour la ville en 48 h."),
  ("msg", "Bonjour Alex, je vous relance pour l'essai : je peux aussi vous faire une proposition tarifaire pour 2020 avant le vote du budget."))
P("user_invited_pitch_twice", "en", "Jeroen Maes", "Founder | StreetScreen Media", "Antwerpen",
  ("acc",),
  ("msg", "Cheers for connecting Alex! Our digital street screens would be great for city announcements. Can I send a proposal?"),
  ("msg", "Hi Alex, just checking in on the screens - we can install a pilot before Christmas if you sign this month."))
P("user_invited_pitch_twice", "de", "Florian Weber", "Sales Manager | PressDesk Software", "Berlin",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Vernetzung! PressDesk verwaltet Presseverteiler und Mitteilungen zentral. Darf ich Ihnen eine Demo zeigen?"),
  ("msg", "Hallo Alex, kurze Erinnerung: unser Herbstangebot für Städte läuft Ende Oktober aus. Passt Ihnen ein Termin?"))


# =============================================================== user_invited_value
P("user_invited_value", "fr", "Camille Hennebert", "Directrice de la communication | Ville d'Amiens", "Amiens",
  ("acc",),
  ("msg", "Merci Alex ! Comme convenu, je t'envoie notre charte de modération des réseaux sociaux et le guide de réponse aux commentaires haineux. "
          "Tu peux tout reprendre."))
P("user_invited_value", "fr", "Bram Goossens", "Hoofdredacteur | Stadsmagazine Antwerpen", "Antwerpen",
  ("acc",),
  ("msg", "Hello Alex, thanks for the invite! Here is the readers' survey of our city magazine I told you about, with the questionnaire. "
          "Use it if you rework yours."),
  nl="en")
P("user_invited_value", "es", "Lucía Pardo", "Jefa de prensa | Ayuntamiento de Bilbao", "Bilbao",
  ("acc",),
  ("msg", "¡Hola Alex! Gracias por conectar. Te paso el dossier de nuestra campaña sobre la ría, con las cifras de impacto. Si algún día venís a Bilbao, os enseñamos el proyecto."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "fr", "Martine Carpentier", "Adjointe au maire déléguée à la culture | Ville de Tourcoing", "Tourcoing", ("acc",))
P("acceptance_only", "en", "Oliver Bennett", "Press Officer | UK Embassy in Paris", "Paris", ("acc",))
P("lone_endorsement", "fr", "Manon Duhamel", "Stagiaire communication | Sciences Po Lille", "Lille", ("end",))
P("lone_endorsement", "fr", "Koen Declercq", "Webredacteur | Stad Brugge", "Brugge", ("end",))


# =============================================================== more voices
P("good_invitation", "fr", "Rachid Benaïssa", "Président | Association des commerçants de Wazemmes", "Lille",
  ("inv", "Bonjour Alex, on prépare la fête du marché de Wazemmes en novembre, c'est gratuit et ouvert à tous. On aimerait caler la com' avec la ville "
          "pour éviter les doublons."))
P("stranger_inmail_sales", "es", "Raquel Domínguez", "Ejecutiva de cuentas | Premios Ciudad Innovadora", "Madrid",
  ("inm", "Candidatura Premios Ciudad Innovadora", "Hola Alex, Lille puede presentarse a los Premios Ciudad Innovadora 2019. La cuota de inscripción es de 850 € "
          "e incluye la gala en Madrid. ¿Te envío el formulario?"),
  nl="es")
P("connection_brings_value", "de", "Anja Schröder", "Leiterin Presseamt | Stadt Dortmund", "Dortmund",
  ("msg", "Hallo Alex, wie besprochen schicke ich dir unsere Social-Media-Leitlinien für Mitarbeitende der Stadtverwaltung. Gern weitergeben!"))
P("good_invitation", "fr", "Inge Claeys", "Journaliste | RTBF", "Bruxelles",
  ("inv", "Bonjour Alex, je prépare un reportage pour la RTBF sur les travailleurs frontaliers et le tram Lille-Tournai. Pourrais-je vous interviewer ?"),
  ("rem",))
P("single_pitch", "de", "Ralf Neumann", "Geschäftsführer | Kommunal Video Produktion", "Aachen",
  ("msg", "Hallo Alex, wir produzieren Imagefilme für Städte in Deutschland und Belgien. Wenn Lille etwas plant, schicke ich gern ein Angebot."))
P("endorse_me_back", "es", "Andrés Vidal", "Periodista freelance | Comunicación política", "Sevilla",
  ("end",),
  ("msg", "Hola Alex, te he validado en {skill}. ¿Me devuelves el favor con Periodismo y Redacción? ¡Gracias, crack!"))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Sandrine Lemaire", "s.lemaire@lavoixdunord.example.fr", "Demande d'interview – signalétique Vieux-Lille",
     "Bonjour,\n\nje vous ai aussi envoyé une demande sur LinkedIn. Pouvez-vous me rappeler avant jeudi midi ?\n\nSandrine Lemaire", "fr"),
    ("Cabinet du Maire", "cabinet@mairie.example.fr", "Réunion de cabinet lundi 9h",
     "Bonjour à tous,\n\nordre du jour : plan de com' des municipales. Rappel : pas de publications institutionnelles sur LinkedIn pendant la période de réserve sans validation.", "fr"),
    ("Cap'Com", "info@capcom.example.fr", "Rencontres nationales de la communication publique : programme",
     "Bonjour,\n\nle programme des Rencontres est en ligne. Partagez votre participation sur LinkedIn avec #RNCP2019.", "fr"),
    ("VeilleExpress", "newsletter@veilleexpress.example.com", "Votre revue de presse du jour",
     "Lille dans la presse : 14 articles. Suivez-nous sur LinkedIn pour nos analyses.", "fr"),
    ("Service RH", "rh@mairie.example.fr", "Offre de stage communication – diffusion",
     "Bonjour,\n\npouvez-vous relayer l'offre de stage ci-jointe sur le site et sur la page LinkedIn de la ville ?\n\nMerci, le service RH", "fr"),
    ("Eurocities", "comms@eurocities.example.eu", "Comms working group: minutes",
     "Dear colleagues,\n\nplease find attached the minutes. Join our LinkedIn group to continue the discussion.", "en"),
    ("Bertrand Desmarets", "b.desmarets@lobby-conseil.example.fr", "Rendez-vous",
     "Monsieur,\n\nfaute de réponse sur LinkedIn, je vous écris directement. Je reste à votre disposition pour un rendez-vous.\n\nB. Desmarets", "fr"),
]


# the older layout for a few people; the rest in the newer one
OLD_LAYOUT = {"Sandrine Lemaire", "Kevin Deruelle", "Aurélien Boutry", "Grégoire Hautecoeur", "Bertrand Desmarets", "Damien Lecocq",
              "Céline Masquelier", "Nicolas Béthune", "Fabien Coquelle", "Thibault Mercier", "Camille Hennebert", "Rachid Benaïssa"}
ERAS = {s[2]: ("2016" if s[2] in OLD_LAYOUT else "cur") for s in PEOPLE}

HEADER = [f"# mailbot dev189 corpus. Generated by scripts/make_corpus_dev189.py (seed {SEED}); do not edit by hand.",
          "# September and October 2019 of a Lille city council's communications director: PR and media-monitoring sellers, journalists, "
          "citizens and associations, peers at other cities, paid awards, consultants, a rude lobbyist; French, Belgian French and English, "
          "English, some German and Spanish. Same format as tests/corpus/dev."]


# ------------------------------------------------------------------------- builder
class Li189(mc.LinkedInMail):
    """The older layout's footer with the year of the mail (2019), not 2016."""

    def footer(self, lang, era, recv, template, year, rname=mc.RECIPIENT[0]):
        text, html = super().footer(lang, era, recv, template, year, rname)
        if era == "2016":
            text = text.replace("© 2016 ", f"© {year} ")
            html = [h.replace("© 2016 ", f"© {year} ") for h in html]
        return text, html


class Stories189(cs.EraStories):
    """Stories inside September and October 2019: each starts early enough for its last mail to land in the window."""

    def __init__(self, seed, stories, foreign, eras):
        super().__init__(seed, stories, foreign, eras)
        self.li = Li189(self.g, self.b)
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
    names = [s[2] for s in PEOPLE]
    assert len(names) == len(set(names)), "duplicate person"
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        for step in steps:
            if step[0] == "inv" and step[1] not in (DEFAULT, NONOTE):
                assert len(step[1]) <= 300, (name, len(step[1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev189")
    args = ap.parse_args()
    check_notes()
    c = Stories189(SEED, PEOPLE, FOREIGN, ERAS)
    c.make_people()
    c.make_spoofs(8)
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
