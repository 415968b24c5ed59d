#!/usr/bin/env python3
"""Write mailbot's development corpus dev131: tests/corpus/dev131/*.eml + expected.toml.

The angle: the user Alex is head of digital services at a city council in Nantes. Their
LinkedIn world: govtech vendors who want to sell around public procurement ("under the
threshold, a simple purchase order will do", "via a central purchasing body, no tender"),
consultancies offering a diagnosis or an AMO mission, start-ups looking for a "pilot city",
private training sellers next to free civil-service training (CNFPT, INET) that counts as
recognised training hours, peers in other cities (Brest, Strasbourg, Bilbao, Barcelona,
Bristol) sharing specifications (CCTP), feedback and open-source code, journalists of the
local and trade press, citizens reporting a broken form, job applicants for posts in Alex's
department, recruiters for senior public-sector roles, and a few angry people: a citizen who
cannot get a parking permit, a rejected applicant, local firms that feel snubbed. Formal
administrative French, casual French, some English and Spanish.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert and
news titles, the names and headlines of spoof-only people and PYMK suggestions, and the lures
that spoofs carry are swapped for this world in this process only (make_corpus.py itself is
not changed). Every note was written from shared/taxonomy.md alone, without reading mailbot's
signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev131.py              # writes tests/corpus/dev131
    python scripts/make_corpus_dev131.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20261131

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ a city council's digital department (this process only)
SKILLS = {
    "fr": ["Transformation numérique", "Administration publique", "Marchés publics", "Gestion de projet", "Accessibilité numérique", "Open data"],
    "en": ["Digital Transformation", "Public Administration", "E-Government", "Public Procurement", "Project Management", "Open Data"],
    "es": ["Transformación digital", "Administración pública", "Gobierno electrónico", "Contratación pública", "Datos abiertos"],
    "de": ["Digitale Transformation", "Öffentliche Verwaltung", "E-Government", "Projektmanagement", "Open Data"],
    "it": ["Trasformazione digitale", "Pubblica amministrazione", "E-government", "Gestione progetti", "Open data"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
RHEADLINE = {
    "fr": "Responsable des services numériques – Ville de Nantes",
    "en": "Head of Digital Services, City of Nantes",
    "es": "Responsable de servicios digitales, Ayuntamiento de Nantes",
    "de": "Leitung Digitale Dienste, Stadt Nantes",
    "it": "Responsabile dei servizi digitali, Comune di Nantes",
}
for _l, _h in RHEADLINE.items():
    mc.L[_l]["rheadline"] = _h
mc.LANGS[:] = ["fr", "en", "fr", "es", "fr"]   # spoofs and other LinkedIn mail: mostly French wording
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:linkedin.com.secure-notify.example", "nodkim",
                       "untrusted:mx.example.org", "display:outlook.com", "buried", "lookalike:xn--lnkedin-rfb.com", "wrongpass"]
mc.NAMES["fr"] = (["Gaëtan", "Maëva", "Erwan", "Anaïs", "Loïc", "Rozenn", "Killian", "Soizic", "Thibaut", "Morgane", "Ronan", "Typhaine"],
                  ["Le Gall", "Tréguer", "Abgrall", "Jaffrès", "Morvézen", "Le Roux", "Kerdraon", "Menguy", "Prigent", "Salaün"])
mc.NAMES["en"] = (["Gavin", "Holly", "Stuart", "Kirsty", "Neil", "Lauren", "Ewan", "Abigail"],
                  ["Pritchard", "Hollis", "Crane", "Maddox", "Whitaker", "Penrose", "Ogden", "Lacey"])
mc.NAMES["es"] = (["Aitor", "Ainhoa", "Borja", "Irene", "Gonzalo", "Noelia", "Unai", "Leire"],
                  ["Arrieta", "Zabala", "Casals", "Bermúdez", "Lozano", "Orbegozo", "Prats", "Quintero"])
mc.CITY["fr"] = ["Nantes", "Rennes", "Angers", "Saint-Nazaire", "Brest", "Paris", "Lyon"]
mc.CITY["en"] = ["London", "Bristol", "Manchester", "Dublin", "Edinburgh"]
mc.CITY["es"] = ["Bilbao", "Barcelona", "Madrid", "Valencia", "Zaragoza"]
mc.JOBS[:] = [("Directeur des systèmes d'information H/F", "Département de Loire-Atlantique"), ("Chief Digital Officer", "Rennes Métropole"),
              ("Responsable de la transformation numérique (cadre A)", "Ville d'Angers"), ("Chef de projet relation usager H/F", "Brest métropole"),
              ("Head of Digital Public Services", "Bristol City Council")]
mc.COMPANIES["good"] = ["Ville de Brest", "Rennes Métropole", "Ville d'Angers", "Nantes Université", "CNFPT", "Eurométropole de Strasbourg",
                        "Ayuntamiento de Bilbao", "Bristol City Council"]
mc.COMPANIES["sales"] = ["Civiliz", "MairieBox", "Territorium SaaS", "Publicus Conseil", "Guichet+", "Urbasense", "Cloudéon", "Ecrin Formation"]
mc.HEADLINES["good"] = ["Directrice du numérique | {co}", "Chef de projet open data chez {co}", "Responsable relation usagers | {co}",
                        "Ingénieur territorial, DSI {co}", "Chargée de mission inclusion numérique | {co}", "Head of Digital at {co}"]
mc.HEADLINES["sales"] = ["Ingénieur commercial secteur public | {co}", "Account Executive Collectivités chez {co}", "Business Developer GovTech | {co}",
                         "Directeur associé | {co} – conseil aux collectivités", "Public Sector Sales at {co}"]
SPOOF_LURE = {
    "fr": ["Bonjour Alex, je vous ai transmis le DCE modifié de la consultation via LinkedIn Documents. Connectez-vous pour le télécharger avant la date limite.",
           "Bonjour, votre bon de commande n° 2025-118 est en attente de validation. Merci de vous identifier pour le signer.",
           "Bonjour Alex, une facture impayée au nom de la Ville de Nantes vous a été partagée. Consultez-la ici."],
    "en": ["Hi Alex, I've shared the signed partnership agreement for your city with you. Please log in to review it before Friday.",
           "Dear Alex, your speaker fee for the Smart Cities Summit is ready. Confirm your bank details to receive it."],
    "es": ["Hola Alex, te he compartido el pliego firmado del proyecto. Inicia sesión para descargarlo.",
           "Estimado Alex, su ponencia ha sido aprobada. Confirme sus datos para recibir los honorarios."],
}
for _l, _n in SPOOF_LURE.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
for _l, _subj in {"fr": ["Document partagé : DCE", "Facture en attente", "Bon de commande à signer"],
                  "en": ["Shared document", "Speaker fee", "Agreement to sign"],
                  "es": ["Documento compartido", "Honorarios pendientes"]}.items():
    mc.INMAIL_SUBJECTS[_l]["sales"] = _subj
retitle_other({
    "fr": {"job": ("{n} nouvelles offres pour « directeur des systèmes d'information »", "Votre alerte emploi pour DSI collectivité à {city}"),
           "news": "Dématérialisation des démarches : les guichets physiques vont-ils disparaître ?",
           "group": "Meilleures discussions dans DSI et CDO des collectivités territoriales",
           "newsletter": "Lettre du numérique territorial : ce que change le nouveau seuil des marchés"},
    "en": {"job": ("{n} new jobs for \"chief digital officer\"", "Your job alert for chief digital officer in {city}"),
           "news": "Can small councils afford to build their own apps?",
           "group": "Top conversations in European City CIOs",
           "newsletter": "Civic Stack Weekly: open source in local government"},
    "es": {"job": ("{n} empleos nuevos de «director de transformación digital»", "Tu alerta de empleo de transformación digital en {city}"),
           "news": "¿Están preparados los ayuntamientos para la IA?",
           "group": "Conversaciones destacadas en Ciudades Digitales Iberoamericanas",
           "newsletter": "Gobierno Abierto Hoy: pliegos que sí funcionan"},
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "fr", "Gwenaëlle Le Bihan", "Responsable du pôle usages numériques | Ville de Brest", "Brest",
  ("inv", "Bonjour Alex, on refond notre portail démarches en 2025 et j'ai vu que Nantes avait publié son CCTP. Je vous envoie le nôtre en retour, "
          "et j'aimerais comparer nos retours d'expérience sur la prise de rendez-vous en ligne. Un échange entre villes ?"),
  ("rem",))
P("good_invitation", "fr", "Hervé Castagné", "Conseiller formation | CNFPT, délégation Pays de la Loire", "Angers",
  ("inv", "Bonjour, je coordonne la session « Piloter un projet numérique de territoire » (3 jours à Angers, en juin). Gratuite pour les agents "
          "territoriaux, elle compte au titre de la formation de professionnalisation. Vos chefs de projet sont les bienvenus, et vous aussi comme intervenant."))
P("good_invitation", "fr", "Solène Kervella", "Journaliste | Ouest-France, rédaction de Nantes", "Nantes",
  ("inv", "Bonjour, je prépare un article sur la dématérialisation des démarches et la fermeture de guichets à Nantes. Plusieurs associations "
          "d'aide aux usagers m'ont donné votre nom. Auriez-vous 20 minutes pour répondre à mes questions d'ici vendredi ?"),
  ("rem",))
P("good_invitation", "fr", "Tomasz Wierzbicki", "UX Researcher | Accessibility | ex-GOV.UK", "Nantes",
  ("inv", "Hello Alex, I applied yesterday through the city's portal for the UX researcher post in your department. I spent four years testing "
          "GOV.UK services with people who have low digital skills, and I'd be glad to send the panel my study reports if that helps."),
  nl="en")
P("good_invitation", "fr", "Mathilde Rouxel", "Professeure documentaliste | Habitante de Nantes Nord", "Nantes",
  ("inv", "Bonjour Alex, je suis malvoyante et j'utilise un lecteur d'écran : l'inscription au périscolaire bloque à l'étape 3, le bouton "
          "« Suivant » n'a pas d'intitulé. J'ai noté les écrans concernés et je peux vous les transmettre, si ça peut aider vos équipes."))
P("good_invitation", "es", "Jorge Lafuente", "Responsable de Datos Abiertos | Ayuntamiento de Zaragoza", "Zaragoza",
  ("inv", "Hola Alex, vi tu ponencia en Eurocities sobre el catálogo de datos abiertos de Nantes. Estamos migrando a la misma herramienta: "
          "¿puedo escribirte para ver cómo resolvisteis la anonimización del padrón? Te paso nuestra guía de publicación a cambio."),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "fr", "Kévin Le Goff", "Ingénieur commercial secteur public | Infrastructures & Cloud", "Rennes", ("inv", DEFAULT), ("rem",))
P("default_invitation", "fr", "Sandrine Poirier", "Chargée d'affaires collectivités locales", "Tours", ("inv", NONOTE))
P("default_invitation", "en", "Darren Whitlock", "Business Development | Smart Cities", "London", ("inv", DEFAULT))
P("default_invitation", "es", "Marina Olabarrieta", "Consultora | Sector Público", "Bilbao", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "fr", "Grégory Lemarchand", "Directeur commercial collectivités | ParaPhéo, parapheur et signature électronique", "Lyon",
  ("inv", "Bonjour Alex, bonne nouvelle : notre offre parapheur + signature reste sous le seuil de 40 000 € HT, donc un simple bon de commande "
          "suffit, sans consultation. 15 minutes pour vous montrer comment Saint-Nazaire l'a déployée en trois semaines ?"),
  ("rem",))
P("sales_invitation", "fr", "Baptiste Morvan", "Co-fondateur @ Citiz'Up | On cherche des villes pilotes 🚀", "Nantes",
  ("inv", "Hello Alex ! On a monté une appli de signalement (nids-de-poule, dépôts sauvages, lampadaires…) et on cherche 3 villes pilotes. "
          "6 mois offerts puis abonnement selon le nombre d'habitants. Un café à la Cantine pour te faire la démo ?"))
P("sales_invitation", "fr", "Anne-Laure Desforges", "Directrice pédagogique | Ecrin Formation, organisme privé", "Paris",
  ("inv", "Madame, Monsieur, notre cycle « Manager la transformation numérique en collectivité » (4 jours, 2 450 € HT par agent) est finançable "
          "sur votre plan de formation. Je me permets de vous proposer l'envoi du programme et d'un devis pour votre direction."))
P("sales_invitation", "fr", "Ravi Mehta", "Public Sector Sales Lead | Converso AI", "Paris",
  ("inv", "Hi Alex, councils like Nantes are cutting call-centre volume by a third with our AI assistant for residents' questions. "
          "We can go live before your budget closes through a direct award, no tender. Open to a 20-minute demo next week?"),
  nl="en")
P("sales_invitation", "es", "Ignacio Berrocal", "Director de Ventas Europa | SensaCity, sensores IoT", "Madrid",
  ("inv", "Hola Alex, en SensaCity instalamos sensores de aparcamiento y de calidad del aire llave en mano, con financiación europea "
          "para dos ciudades francesas este año. ¿Te enseño en 15 minutos cómo lo hizo Getafe?"),
  ("rem",))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "fr", "Frédéric Tanguy", "Fondateur | Club des décideurs numériques publics", "Paris",
  ("inv", "Bonjour Alex, j'anime un club informel de DSI et de CDO de collectivités : un dîner par trimestre, entre pairs, aucun fournisseur "
          "dans la salle. On y parle des vrais sujets, cyber, budget, recrutement. Ça vous dirait de nous rejoindre ?"),
  ("msg", "Ravi de vous compter parmi nous ! Petite précision : le club vit grâce à ses partenaires, et mon cabinet accompagne justement les villes "
          "sur leur schéma directeur SI. Je vous propose un diagnostic flash à 4 800 € HT, faisable sans mise en concurrence. On cale 30 minutes ?", (3, 12)),
  ("msg", "Alex, je reviens vers vous pour le diagnostic : il me reste un créneau d'intervention en septembre. Je vous envoie le devis ?", (8, 20)))
P("bait_and_switch_invitation", "fr", "Julie Ferrand", "Animatrice de communauté | Collectif Villes Ouvertes", "Lyon",
  ("inv", "Salut Alex ! On lance une communauté d'agents publics qui bossent sur l'open data et les communs numériques : un Slack, une visio "
          "par mois, zéro blabla. Tu nous rejoins ?"),
  ("msg", "Hello Alex, merci d'avoir rejoint le réseau ! Je te présente notre offre Villes Ouvertes Premium : portail open data clé en main "
          "et accompagnement, 18 k€ par an. Tu veux qu'on en parle avec ton élu au numérique ?"))
P("bait_and_switch_invitation", "en", "Graham Ashcroft", "Director | Civic Digital Forum", "London",
  ("inv", "Hi Alex, we're gathering a small roundtable of European city CDOs in Brussels this autumn to compare notes on digital inclusion. "
          "Chatham House rule, no slides. Would love to have Nantes at the table."),
  ("msg", "Great to be connected! A practical note on the roundtable: seats are reserved for our Partner Cities programme, which is €7,500 per city "
          "and includes a benchmarking report. Shall I send the partnership form to your procurement team?", (8, 20)),
  ("msg", "Hi Alex, just chasing the Partner Cities form. We close the list on Friday and I'd hate for Nantes to miss out."))
P("bait_and_switch_invitation", "fr", "Patrice Guillou", "Auditeur accessibilité numérique | RGAA", "Rennes",
  ("inv", "Bonjour, nous avons rédigé un guide pratique gratuit, « Déclaration d'accessibilité : les 12 erreurs des collectivités », tiré de "
          "80 audits. Je serais heureux de vous l'adresser si nous sommes en relation."),
  ("msg", "Voici le guide, comme promis. En parcourant le site de la Ville, j'estime votre taux de conformité sous les 50 %. Je peux réaliser "
          "l'audit RGAA complet et le schéma pluriannuel pour 6 900 € HT, sous le seuil, donc commande directe possible. Disponible jeudi pour en parler ?"))
P("bait_and_switch_invitation", "fr", "Carmen Villalobos", "Consultora Smart City | 10 años en el Ayuntamiento de Valencia", "Valencia",
  ("inv", "Hola Alex, trabajé diez años en el Ayuntamiento de Valencia y tengo una duda de colega: ¿cómo gestionáis en Nantes el consentimiento "
          "de los usuarios en la app municipal? Nosotros tuvimos un buen lío con la autoridad de protección de datos."),
  ("msg", "¡Gracias por tu respuesta, súper completa! Te cuento: ahora estoy en una consultora y hacemos justo auditorías RGPD de apps municipales. "
          "¿Te preparo una propuesta para Nantes? Podríamos arrancar en enero.", (4, 15)),
  nl="es")


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "fr", "Damien Roussel", "Chargé d'études | Observatoire de l'inclusion numérique", "Paris",
  ("inm", "Étude inclusion numérique : 3 questions", "Bonjour Alex, nous menons une étude sur l'accompagnement des usagers éloignés du numérique "
          "dans les villes de plus de 200 000 habitants. Accepteriez-vous de répondre à trois questions (10 minutes) ? Les résultats seront "
          "partagés avec toutes les villes participantes."),
  ("inm", "Suite de l'étude", "Merci pour vos réponses ! D'après elles, Nantes gagnerait à externaliser une partie de la médiation numérique. "
          "Notre société met à disposition des conseillers numériques à 390 € la journée. Je vous adresse une proposition chiffrée ?", (6, 18)))
P("bait_and_switch_inmail", "en", "Megan Calloway", "Host, GovTech Voices podcast", "Dublin",
  ("inm", "Podcast guest invite", "Hi Alex, I host GovTech Voices, a podcast about the people modernising public services. Your team's single "
          "resident account came up in two recent episodes. Would you come on as a guest? 40 minutes, recorded remotely, whenever suits."),
  ("inm", "Re: Podcast guest invite", "Thanks so much for saying yes! Before we book the slot: guest episodes run in our sponsored series, "
          "€2,900, which covers production, promotion and a clip pack for your comms team. Who should I send the invoice to?"))
P("bait_and_switch_inmail", "es", "Rodrigo Anaya", "Coordinador | Red Latinoeuropea de Ciudades Digitales", "Sevilla",
  ("inm", "Invitación a la Red", "Estimado Alex: la Red Latinoeuropea de Ciudades Digitales reúne a responsables municipales de España, Francia, "
          "Italia y Portugal para compartir proyectos, pliegos y buenas prácticas. Nos encantaría que Nantes se sumara."),
  ("inm", "Alta de Nantes en la Red", "Gracias por su interés. Para completar el alta, la cuota de ciudad miembro es de 3.200 € anuales e incluye "
          "un diagnóstico de madurez digital realizado por nuestra consultora asociada. Le adjunto el formulario y los datos bancarios.", (5, 14)))


# =============================================================== endorse_me_back
P("endorse_me_back", "fr", "Lucas Hamon", "Développeur full-stack | ex-stagiaire à la Ville de Nantes", "Nantes",
  ("end",),
  ("msg", "Salut Alex ! Je t'ai validé {skill}, c'est bien le moins après mon stage chez vous 😊 Tu pourrais me valider Vue.js et Accessibilité ? "
          "Je postule un peu partout en ce moment et ça aide vraiment. Merci !!"))
P("endorse_me_back", "fr", "Isabelle Kerhervé", "Consultante en organisation | Secteur public local", "Vannes",
  ("end",), ("end",),
  ("msg", "Bonjour Alex, j'ai eu plaisir à recommander vos compétences en {skill}. Me permettriez-vous de solliciter en retour une recommandation "
          "sur « Conduite du changement » et « Management public » ? Cela donnerait du poids à mon profil pour les consultations en cours. "
          "Avec mes remerciements."))
P("endorse_me_back", "en", "Marcus Oyelaran", "Agile Coach | Public Sector Delivery", "Manchester",
  ("end",), ("end",),
  ("msg", "Hey Alex, endorsed you for {skill} just now, well earned. Mind doing the same for me on Agile Coaching and Scrum? "
          "Trying to get the profile in shape before a big framework bid. Cheers!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "fr", "Jean-Pierre Le Floch", "Retraité | Ancien artisan couvreur", "Rezé",
  ("inv", "Bonjour, depuis trois semaines je n'arrive pas à obtenir mon macaron de stationnement résident sur votre site, et personne ne "
          "répond au téléphone. Vous êtes responsable du numérique, alors je m'adresse à vous."),
  ("rem",),
  ("inm", "Aucune réponse", "Toujours rien, évidemment. Vous êtes payé avec nos impôts pour faire des sites qui ne marchent pas et vous n'avez "
          "même pas la politesse de répondre à un contribuable. Lamentable. J'en parlerai au maire et à la presse."))
P("hostility_after_decline", "fr", "Yannick Bourdais", "Gérant | Ouest Réseaux Télécom", "Saint-Herblain",
  ("inv", "Bonjour Alex, entreprise de la métropole, nous câblons les bâtiments publics depuis 20 ans. Je souhaiterais vous présenter nos tarifs "
          "pour les écoles, en direct, sans passer par le groupement de commandes."),
  ("inm", "Votre silence", "Je vois que vous ne prenez même pas la peine de répondre à une entreprise du territoire. Nous, on paie la CFE ici. "
          "Mais bon, vous préférez les gros intégrateurs parisiens. Bravo pour le soutien à l'économie locale."))
P("hostility_after_decline", "fr", "Inès Benyahia", "Cheffe de projet digital | En recherche active", "Nantes",
  ("inv", "Bonjour Alex, j'ai candidaté au poste de cheffe de projet relation usager dans votre direction. Je me permets de vous solliciter "
          "pour un échange, même bref, sur les attentes du poste."),
  ("rem",),
  ("inm", "Ma candidature", "Refus automatique, pas même un entretien, et vous n'avez pas daigné accepter ma demande. C'est ça, le service public "
          "exemplaire ? Vous devriez avoir honte de traiter les candidats de cette façon. Bonne continuation dans votre tour d'ivoire."))
P("hostility_after_decline", "en", "Brad Kessler", "Founder & CEO | CivicStack", "Austin",
  ("inv", "Alex - CivicStack runs permitting for 40 US cities and we're expanding to France. Let's connect."),
  ("inm", "Seriously?", "Two weeks and nothing. I'm offering European cities a free pilot of tech US cities pay six figures for, and you can't "
          "click accept? This is exactly why French government IT is a decade behind. Good luck with your legacy systems."))


# =============================================================== hostility_connection
P("hostility_connection", "fr", "Ludovic Carré", "Business Developer | HébergeCloud, hébergement souverain", "Nantes",
  ("msg", "Bonjour Alex, suite au salon, je reviens vers vous pour notre offre d'hébergement qualifiée SecNumCloud. Nous pouvons migrer vos "
          "applications métier avant l'été, en passant par une centrale d'achat, donc sans procédure longue. Un créneau mardi ?"),
  ("msg", "Alex, trois relances sans la moindre réponse. Je trouve ça franchement méprisant envers quelqu'un qui essaie de vous aider à protéger "
          "les données des Nantais. Je ne sais pas comment vous traitez vos administrés, mais j'ai ma petite idée."))
P("hostility_connection", "fr", "Cécile Vasseur", "Directrice associée | Kairn Conseil, transformation publique", "Paris",
  ("acc",),
  ("msg", "Merci pour votre invitation, Alex ! Comme évoqué au congrès des DSI territoriaux, nous accompagnons les villes "
          "sur la refonte de la relation usager. Je vous propose un atelier de cadrage de deux jours à 5 200 € HT. Je vous envoie notre référence à Tours ?"),
  ("msg", "Vous m'invitez, puis plus rien. C'est assez cavalier, pour ne pas dire grossier. Dans le privé, personne ne se comporterait ainsi. "
          "Je retiens la leçon.", (10, 30)))
P("hostility_connection", "fr", "Álvaro Sepúlveda", "CEO | Gobernia, plataforma de participación ciudadana", "Barcelona",
  ("msg", "¡Hola Alex! Gobernia ya gestiona los presupuestos participativos de 14 ciudades. Para Nantes podríamos plantear una licencia anual "
          "por debajo del umbral de licitación. ¿Hablamos el jueves?"),
  ("msg", "Alex, ¿pudiste ver mi mensaje? Te dejo el caso de Terrassa por si te sirve."),
  ("msg", "Vale, ya veo que no contestas. Muy poco profesional para alguien que habla de participación ciudadana en todas sus charlas. "
          "Hablaré directamente con tu teniente de alcalde."),
  nl="es")


# =============================================================== connection_only_pitches
P("connection_only_pitches", "fr", "Thierry Daniélou", "Ingénieur commercial grands comptes publics | Licences logicielles", "Rennes",
  ("msg", "Bonjour Alex, vos licences Office arrivent à échéance au printemps si je ne me trompe pas. Nous sommes revendeur référencé : "
          "je peux vous faire une offre de renouvellement avec 12 % de remise. Voulez-vous que je passe vous la présenter ?"),
  ("msg", "Re-bonjour Alex, fin d'exercice approche : s'il vous reste des crédits d'investissement, c'est le moment idéal pour anticiper "
          "l'achat des postes de travail. Je vous envoie un chiffrage ?"))
P("connection_only_pitches", "fr", "Manon Gicquel", "Growth @ Démarches Faciles | le SaaS des mairies", "Nantes",
  ("msg", "Coucou Alex ! Vous en êtes où sur la prise de rendez-vous en ligne pour les passeports ? Notre outil se branche en 48 h, "
          "290 € par mois, pas besoin de marché 😉 Dispo pour une démo ?"),
  ("msg", "Re-coucou ! On vient de sortir les SMS de rappel : -40 % de rendez-vous non honorés à Cholet. Je te bloque 20 minutes ?"),
  ("msg", "Dernière relance, promis : -30 % sur l'abonnement jusqu'au 31. Tu me dis ?"))
P("connection_only_pitches", "en", "Sophie Harrington", "Enterprise Account Manager, Public Sector | Tessellate Analytics", "London",
  ("msg", "Hi Alex, we've just released dashboard templates for city KPIs: waste, mobility, permits. Could I book 30 minutes to show how "
          "Tessellate could replace your current BI licences?"),
  ("msg", "Hi Alex, following up on my note. Our public-sector discount runs until the end of the quarter. Any time Thursday?"))
P("connection_only_pitches", "fr", "Bernard Lestrade", "Directeur | Lestrade Formation Publique", "Bordeaux",
  ("msg", "Madame, Monsieur, nous organisons le 12 mars à Nantes une journée de formation « RGPD et collectivités », au tarif de 890 € HT "
          "par participant. Je me permets de vous proposer de réserver des places pour vos équipes."),
  ("msg", "Je me permets de revenir vers vous : il reste quatre places pour la session nantaise. Souhaitez-vous recevoir une convention "
          "de formation ?"))


# =============================================================== single_pitch
P("single_pitch", "fr", "Olivier Besnard", "Associé | Novalis Conseil, secteur public", "Paris",
  ("msg", "Bonjour Alex, d'après le dernier budget primitif, votre schéma directeur du numérique arrive à échéance l'an prochain. "
          "Nous avons accompagné Grenoble et Dijon sur le leur. Puis-je vous présenter notre démarche lors d'un rendez-vous de 30 minutes ?"))
P("single_pitch", "en", "Kieran Doyle", "Regional Director, Public Sector | Northgrid Cloud", "Dublin",
  ("msg", "Alex, hope all's well. Northgrid has just opened a Paris region, with the French sovereign-cloud label in progress. Thought of you "
          "with the city's hosting contract up for renewal. Worth a quick call?"))
P("single_pitch", "fr", "Aurore Lemaître", "Responsable commerciale | Salon Smart Territoires", "Lyon",
  ("msg", "Bonjour Alex, il reste deux emplacements exposants au salon Smart Territoires : stand de 9 m² à 3 900 € HT, idéal pour valoriser "
          "les projets de Nantes. Je vous pose une option ?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "fr", "Nolwenn Quéré", "Directrice du numérique | Ville de Saint-Brieuc", "Saint-Brieuc",
  ("msg", "Salut Alex, comme promis au dernier club des DSI de l'Ouest : voici notre CCTP pour la TMA du portail citoyen, avec le rapport "
          "d'analyse des offres anonymisé. Pioche ce qui t'intéresse, c'est fait pour ça. Et si tu veux, je te raconte nos galères de "
          "réversibilité autour d'un café."),
  ("msg", "J'oubliais : on a six mois de recul sur l'outil de prise de rendez-vous, franchement décevant côté accessibilité. Je te mets le "
          "compte rendu en pièce jointe, avant que vous lanciez votre consultation."))
P("connection_brings_value", "fr", "Pascal Rigaud", "Conseiller formation | INET, CNFPT", "Strasbourg",
  ("end",),
  ("msg", "Bonjour Alex, je vous signale l'ouverture des inscriptions au cycle « Cybersécurité pour les encadrants » de l'INET : quatre jours "
          "à distance, gratuits pour les agents territoriaux, comptabilisés dans la formation continue obligatoire. Il reste une douzaine de "
          "places, pensez à vos chefs de service."))
P("connection_brings_value", "fr", "Agathe Vidal", "Journaliste | La Gazette des communes, rubrique numérique", "Paris",
  ("msg", "Bonjour Alex, j'écris un dossier sur les villes qui reprennent en interne des applications après l'échec d'un prestataire, "
          "et Nantes revient souvent. Accepteriez-vous un entretien téléphonique de 30 minutes ? Je vous fais relire vos citations, bien sûr."))
P("connection_brings_value", "en", "Fiona McCreadie", "Head of Digital Inclusion | Bristol City Council", "Bristol",
  ("msg", "Hi Alex, lovely to meet you in Brussels. As promised, here's our full evaluation of the assisted-digital pilot, the survey "
          "questions and the lessons-learnt deck. Reuse anything you like, it's all under the Open Government Licence. Shout if you'd "
          "like to talk to the library team who ran it."))
P("connection_brings_value", "fr", "Begoña Etxeberria", "Jefa de Servicio de Innovación | Ayuntamiento de Bilbao", "Bilbao",
  ("msg", "¡Hola Alex! Ya hemos publicado en GitLab el código de la app de cita previa, con licencia EUPL. Te dejo el enlace y la "
          "documentación en francés que tradujo una becaria, por si os sirve para vuestro proyecto. Cualquier duda, me escribes."),
  ("msg", "Por cierto, el 15 de octubre hacemos una jornada abierta online, gratuita, con los ayuntamientos que reutilizan la app. "
          "Si quieres contar vuestra experiencia, te guardo 15 minutos."),
  nl="es")


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "fr", "Stéphanie Leroux-Daumas", "Consultante senior | Recrutement de dirigeants publics", "Paris",
  ("inm", "DGA transformation numérique – confidentiel", "Bonjour Alex, je conduis pour une métropole de l'Ouest le recrutement de son ou sa "
          "DGA en charge de la transformation numérique (emploi fonctionnel, rattachement au DGS, 120 agents). Votre parcours correspond "
          "précisément au profil recherché. Seriez-vous disponible pour un échange confidentiel de 30 minutes ?"))
P("stranger_inmail_recruiter", "fr", "Yann-Erwan Cadiou", "Chargé de recrutement | Région Bretagne", "Rennes",
  ("inm", "Poste de Chief Data Officer à la Région", "Bonjour, la Région ouvre un poste de Chief Data Officer (cadre A, attaché principal ou "
          "ingénieur principal, deux jours de télétravail). La fiche est en ligne, mais je préfère vous écrire directement : votre travail "
          "sur l'open data nantais est connu chez nous. Pourrions-nous nous appeler la semaine prochaine ?"))
P("stranger_inmail_recruiter", "en", "Annelies Vermeulen", "Talent Lead | Open Cities Foundation", "Amsterdam",
  ("inm", "Programme Director role", "Hi Alex, we're hiring a Programme Director to lead our work with 30 member cities on shared digital "
          "services. Fully remote within the EU, salary band €95–110k. Two of our member CIOs suggested your name. Would you be open "
          "to a conversation?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "fr", "Fabrice Nédélec", "Responsable grands comptes | Sentinelle SOC", "Nantes",
  ("inm", "Cyberattaque dans une commune voisine", "Bonjour Alex, après le rançongiciel qui a frappé une commune de l'agglomération le mois "
          "dernier, nous proposons aux collectivités un SOC managé à partir de 2 900 € par mois, avec un audit d'exposition offert en 48 h. "
          "Quand pouvons-nous en parler ?"))
P("stranger_inmail_sales", "en", "Chad Remington", "VP Sales EMEA | Voxity GenAI", "London",
  ("inm", "Quick question about your switchboard", "Alex, does Nantes still route residents' calls through a human switchboard? Our GenAI "
          "agent answers 80% of questions in 40 languages. 15 minutes this week?"),
  ("inm", "Bumping this", "Bumping this up. Happy to run a free proof of concept on your parking FAQ if that makes the decision easier."))
P("stranger_inmail_sales", "es", "Esteban Quiroga", "Director Comercial | Gemelo Urbano", "Málaga",
  ("inm", "Gemelo digital para Nantes", "Buenos días, Alex: hemos desarrollado un gemelo digital urbano que ya utilizan Málaga y Cascais. "
          "Le propongo una presentación online de 30 minutos. ¿Qué día le vendría bien?"))
P("stranger_inmail_sales", "fr", "Hélène Chauvet", "Directrice commerciale | Formaplus, e-learning pour agents publics", "Lille",
  ("inm", "Sensibilisation RGPD de vos agents", "Bonjour, savez-vous que moins d'un agent territorial sur cinq a suivi une sensibilisation "
          "au RGPD ? Notre plateforme de modules de 15 minutes coûte 12 € par agent et par an. Je vous propose un devis pour vos 4 000 agents."),
  ("inm", "Offre collectivités – relance", "Je me permets de vous relancer : -15 % pour toute commande avant la clôture budgétaire. "
          "Souhaitez-vous le devis ?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "fr", "Maxime Le Corre", "Ancien DSI adjoint, Ville de Lorient | Consultant indépendant", "Lorient",
  ("inv", "Bonjour Alex, ancien DSI adjoint à Lorient, je viens de mener une migration vers une GRC libre. J'en ai tiré un retour "
          "d'expérience complet (pièges juridiques, reprise des données) que je partage volontiers avec les collègues qui s'y lancent."),
  ("msg", "Voici le retex promis, avec le planning réel face au planning prévu. Garde-le pour ton équipe, il est fait pour ça."),
  ("msg", "Alex, une idée : je lance mon activité de conseil et je pourrais piloter votre migration GRC en AMO, 650 € HT la journée. "
          "Sous les 40 k€, un bon de commande direct suffit. Je t'envoie une proposition ?", (20, 45)))
P("good_turns_ugly", "fr", "Claire Jaouen", "Cheffe de projet numérique responsable | Ville de Quimper", "Quimper",
  ("inv", "Bonjour Alex, on se lance dans l'écoconception de nos services en ligne et j'ai vu que Nantes avait un référentiel interne. "
          "Pourrait-on échanger ? Je vous envoie en retour notre grille d'évaluation."),
  ("msg", "Merci mille fois pour le référentiel ! Notre grille est en pièce jointe, n'hésitez pas à la reprendre."),
  ("end",),
  ("msg", "Coucou Alex ! Je t'ai recommandé pour {skill} 🙂 Tu pourrais me rendre la pareille sur Écoconception et Gestion de projet ? "
          "Je monte mon dossier pour l'examen d'ingénieur principal."))
P("good_turns_ugly", "en", "Rohan Kapoor", "Researcher, Urban Data Lab | TU Delft", "Delft",
  ("inv", "Hi Alex, I'm finishing a study of how European cities publish mobility data and Nantes is one of our 12 cases. Happy to send "
          "you the draft chapter before publication so your team can check the facts."),
  ("msg", "Draft chapter attached, as promised. Any corrections welcome by the 20th."),
  ("msg", "Hi Alex, the study is out! Bit of news: we've spun off Mobilytics to turn the findings into a data platform for cities. Could we "
          "book a demo with your mobility team? Pilot pricing starts at €24k.", (30, 60)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "fr", "Arnaud Pellerin", "Key Account Manager collectivités | Omnidoc GED", "Nantes",
  ("inm", "GED pour la Ville de Nantes", "Bonjour Alex, Omnidoc équipe 60 collectivités en gestion électronique de documents. Je vous propose "
          "30 minutes de démonstration pour votre projet de dématérialisation des actes."),
  ("inv", "Bonjour Alex, nous nous sommes croisés au Congrès des maires, près du stand de la Région. Ravi de garder le contact."))
P("reinvite_known_bad", "fr", "Sylvie Bocquet", "Chargée de développement | Secteur public local", "Orléans",
  ("inv", DEFAULT),
  ("inv", "Bonjour Alex, je suis avec intérêt les politiques d'inclusion numérique de Nantes. Au plaisir d'échanger."))
P("reinvite_known_bad", "en", "Trevor Ashby", "Sales Director | BinSense Smart Waste", "Leeds",
  ("inv", "Hi Alex, our bin sensors cut waste-collection costs by 30%. Could I walk you through a Nantes ROI model?"),
  ("inv", "Hi Alex, congrats on the Territoria award! Would be great to be connected."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "fr", "Régis Touzé", "Consultant indépendant | Ancien élu municipal", "La Roche-sur-Yon",
  ("inv", "Bonjour, je souhaiterais vous présenter une solution de vote électronique pour les conseils de quartier."),
  ("inm", "Sans réponse", "Pas de réponse, pas même un refus poli. On voit bien que l'administration se croit tout permis. Vos élus seront "
          "ravis d'apprendre comment vous traitez les partenaires potentiels."),
  ("inv", "Bonjour Alex, un an a passé, je vous propose de repartir sur de bonnes bases. Je reste à votre disposition."))
P("reinvite_known_ugly", "en", "Natalia Berg", "Partner | Nordhaven Public Sector Advisory", "Stockholm",
  ("inm", "Benchmark of city digital budgets", "Hi Alex, we're compiling an anonymous benchmark of digital budgets across 50 European cities. "
          "Every participant gets the full report free of charge. Five questions, five minutes?"),
  ("inm", "Your benchmark results", "Thanks for taking part! Nantes lands in the bottom quartile for cloud adoption. Our team can close that "
          "gap, with packages from €35k. Shall I set up a call with our partner?"),
  ("inv", "Hi Alex, lovely to have exchanged last year. Would be great to stay in touch here."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "fr", "Romain Guéguen", "Fondateur | Parkly, stationnement intelligent", "Nantes",
  ("acc",),
  ("msg", "Merci pour l'ajout Alex, content de t'avoir croisé au hackathon ! Du coup je me permets : Parkly peut équiper deux parkings relais "
          "en test pour 9 000 € HT, ça passe en achat sans formalité. On se cale une démo ?"))
P("user_invited_pitch_once", "fr", "Véronique Hamelin", "Senior Manager Secteur public | Cabinet d'audit et de conseil", "Paris",
  ("acc",),
  ("msg", "Merci pour votre invitation. Je profite de ce premier échange pour vous indiquer que notre practice secteur public peut accompagner "
          "la Ville sur son plan de sobriété numérique. Souhaitez-vous que nous organisions une présentation à votre comité de direction ?"))
P("user_invited_pitch_once", "es", "Lucía Carbonell", "Key Account Manager | Urbanix Smart City", "Barcelona",
  ("acc",),
  ("msg", "¡Gracias por aceptar, Alex! Fue un placer conocerte en el Smart City Expo. Te adjunto nuestra propuesta para la plataforma de gestión "
          "del alumbrado: con las ayudas europeas, la inversión inicial se queda en la mitad. ¿Agendamos una llamada?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "fr", "Antoine Delabarre", "CEO | Agora Civique, budgets participatifs en ligne", "Lille",
  ("acc",),
  ("msg", "Merci pour la mise en relation, Alex ! Comme je le disais à Numérique en Communs, Agora Civique fait tourner le budget participatif "
          "de 25 villes. Pour Nantes, on serait sur une licence à 32 k€ par an, hébergement compris. Je vous fais une démo à distance ?"),
  ("msg", "Bonjour Alex, je me permets de relancer : on peut aussi découper en deux lots annuels si c'est plus simple côté marchés. "
          "Une démo de 30 minutes la semaine prochaine ?"))
P("user_invited_pitch_twice", "en", "Harriet Sinclair", "FinOps Practice Lead | Cloudwise Partners", "London",
  ("acc",),
  ("msg", "Thanks for the connect, Alex! Following our chat at the summit: our FinOps review typically finds 25-30% waste in council cloud "
          "bills. Fixed fee of €14k, paid back within the year. Could I send over a proposal?"),
  ("msg", "Hi Alex, circling back on the FinOps review. We have a team free from next month. Shall I pencil in a kick-off call?"))
P("user_invited_pitch_twice", "fr", "Samir Haddad", "Account Executive | Qlara, l'agent conversationnel des mairies", "Paris",
  ("acc",),
  ("msg", "Merci pour l'invit' Alex ! Je te montre Qlara quand tu veux : un chatbot qui répond 24/7 aux habitants sur l'état civil et les "
          "déchets, branché sur vos pages en 10 jours. 1 500 € par mois."),
  ("msg", "Hello Alex, on a une offre de rentrée : trois mois offerts si signature avant fin septembre. Je t'envoie le bon de commande ?"))


# =============================================================== user_invited_value
P("user_invited_value", "fr", "Élise Montfort", "Responsable accessibilité numérique | Eurométropole de Strasbourg", "Strasbourg",
  ("acc",),
  ("msg", "Merci pour l'invitation, ravie de poursuivre notre discussion de Numérique en Communs. Comme promis, je t'envoie notre schéma "
          "pluriannuel d'accessibilité et le marché d'audit RGAA passé l'an dernier (CCTP et grille de notation). Réutilise sans hésiter."))
P("user_invited_value", "fr", "Thomas Lelièvre", "Maître de conférences en science politique | Nantes Université", "Nantes",
  ("acc",),
  ("msg", "Merci d'avoir accepté ! Comme évoqué, notre enquête sur le non-recours aux droits et la dématérialisation est terminée : je vous "
          "transmets le rapport, libre de diffusion. Je peux aussi venir le présenter à vos équipes, bénévolement, si cela vous intéresse."))
P("user_invited_value", "fr", "Pau Ribas", "Jefe de Proyecto | Oficina de Transformación Digital, Ajuntament de Barcelona", "Barcelona",
  ("acc",),
  ("msg", "¡Gracias por conectar, Alex! Como quedamos en Bruselas, te paso el pliego técnico de nuestra plataforma de cita previa y el "
          "informe de evaluación tras un año. Si os sirve para el vuestro, adelante; y si queréis, montamos una videollamada con mi equipo."),
  nl="es")


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "fr", "Gaëlle Riou", "Directrice de cabinet adjointe | Mairie de Saint-Herblain", "Saint-Herblain", ("acc",))
P("acceptance_only", "en", "Oliver Brandt", "Digital Services Manager | City of Aarhus", "Aarhus", ("acc",))
P("lone_endorsement", "fr", "Quentin Barbot", "Agent d'accueil | Mairie annexe de Doulon", "Nantes", ("end",))
P("lone_endorsement", "es", "Raquel Mendizábal", "Técnica de Participación Ciudadana | Ayuntamiento de Vitoria-Gasteiz", "Vitoria-Gasteiz", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Morgane Tessier", "morgane.tessier@nantes.example.fr", "Post LinkedIn sur le compte citoyen",
     "Bonjour Alex,\n\nla direction de la communication voudrait que tu relaies sur LinkedIn l'annonce du nouveau compte citoyen jeudi. "
     "Je t'envoie le visuel et un texte court ?\n\nMorgane", "fr"),
    ("CNFPT Pays de la Loire", "inscriptions@cnfpt-pdl.example.fr", "Confirmation d'inscription – Piloter un projet numérique de territoire",
     "Bonjour,\n\nvotre inscription à la session du 10 au 12 juin à Angers est confirmée. Le conseiller formation vous a peut-être contacté "
     "sur LinkedIn : pour toute question pédagogique, merci de passer par votre espace personnel.\n\nCNFPT", "fr"),
    ("Plateforme des achats publics de l'Ouest", "no-reply@achats-ouest.example.fr", "Question d'un candidat – consultation 2025-DSN-07",
     "Une question a été déposée sur la consultation 2025-DSN-07.\n\nRappel : pendant la consultation, aucun échange avec les candidats "
     "en dehors de la plateforme, y compris par LinkedIn ou par téléphone.", "fr"),
    ("Solène Kervella", "s.kervella@ouest-journal.example.fr", "Demande d'interview – dématérialisation",
     "Bonjour,\n\nje vous ai envoyé une invitation sur LinkedIn mais je double par courriel : auriez-vous un créneau cette semaine ?\n\n"
     "Solène Kervella", "fr"),
    ("Baptiste Morvan", "baptiste@citizup.example", "Citiz'Up – suite à mon message LinkedIn",
     "Hello Alex,\n\nje t'ai écrit sur LinkedIn, je me permets de relancer ici : le pilote de 6 mois est offert, il ne reste que deux places.\n\nBaptiste", "fr"),
    ("Patrick Hervouet", "p.hervouet@nantes.example.fr", "TR: Frédéric Tanguy souhaite se connecter",
     "Alex, je reçois ça d'un certain Frédéric Tanguy qui dit te connaître, c'est sérieux ?\n\n-------- Message transféré --------\n"
     "De : Frédéric Tanguy via LinkedIn <invitations@linkedin.com>\nObjet : Je souhaite me connecter\n\n"
     "Bonjour Patrick, j'anime un club informel de DSI de collectivités...", "fr"),
    ("Eurocities Digital Forum", "events@eurocities-forum.example", "Speaker confirmation – Digital Forum",
     "Dear Alex,\n\nthank you for confirming your session on the single resident account. Feel free to share it on LinkedIn with #DigitalForum.\n\n"
     "The secretariat", "en"),
    ("Begoña Etxeberria", "b.etxeberria@bilbao.example.eus", "Código de la app de cita previa",
     "Hola Alex,\n\nte lo he mandado también por LinkedIn, pero por si acaso: el repositorio ya es público y la documentación está en francés.\n\n"
     "Un abrazo,\nBegoña", "es"),
    ("Formulaire de contact nantes.fr", "ne-pas-repondre@nantes.example.fr", "Nouveau message usager : compte citoyen",
     "Message d'un usager :\n\nBonjour, j'ai vu sur LinkedIn que la Ville recrute une cheffe de projet relation usager. Où puis-je déposer "
     "ma candidature ?", "fr"),
]


# ------------------------------------------------------------------------- layout eras
# Notes with nothing that dates them may come in the 2016 layout; everyone else keeps the current one
# (new procurement threshold, RGESN, GenAI, sovereign-cloud labels, conseillers numériques, podcasts...).
OLD = {"Kévin Le Goff", "Darren Whitlock", "Marina Olabarrieta", "Ignacio Berrocal", "Trevor Ashby", "Sylvie Bocquet", "Régis Touzé",
       "Lucía Carbonell", "Agathe Vidal", "Quentin Barbot", "Graham Ashcroft", "Olivier Besnard", "Thierry Daniélou", "Yannick Bourdais",
       "Arnaud Pellerin", "Gaëlle Riou"}
ERAS = {p[2]: ("2016" if p[2] in OLD else "cur") for p in PEOPLE}


# ------------------------------------------------------------------------- sanity checks on the notes
def _check() -> None:
    names = set()
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        assert name not in names, name
        names.add(name)
        for s in steps:
            if s[0] == "inv" and s[1] not in (DEFAULT, NONOTE):
                assert len(s[1]) <= 300, (name, len(s[1]))
                assert "{skill}" not in s[1], name
    assert OLD <= names, OLD - names


HEADER = [f"# mailbot development corpus dev131. Generated by scripts/make_corpus_dev131.py (seed {SEED}); do not edit by hand.",
          "# Alex as head of digital services at a city council in Nantes: govtech vendors working around public procurement, consultancies, "
          "start-ups wanting a pilot, free civil-service training with recognised hours, peers in other cities sharing specifications, "
          "journalists, citizens and job applicants, a few angry ones; formal and casual French, English, Spanish. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    _check()
    main(__doc__, "dev131", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER, eras=ERAS)
