#!/usr/bin/env python3
"""Write mailbot's thirty-fourth, independent development corpus: tests/corpus/dev34/*.eml + expected.toml.

The angle: the user Alex is COO of Solera Hospitality Group, hotels and restaurants in Spain
(Sevilla, Málaga, Palma, Barcelona), Italy (Firenze, Lucca, Sorrento) and France (Nice, Lyon).
Their LinkedIn world: food, fish, meat, coffee and linen suppliers, uniform makers and
laundries; booking-engine, PMS, channel-manager and revenue-management vendors; OTA market
managers selling visibility for commission points; hospitality schools and vocational colleges
asking to place interns or for a guest lecture; chefs and general managers (peers) trading
tips, supplier contacts and rota templates; event and incentive planners who bring group
business; wine merchants and cellar agents; staffing agencies for seasonal workers; executive
search for operations roles; and suppliers who turn nasty when they are ignored. Most people
write Spanish, Italian or French, some English.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient headline, the job-alert
titles and other LinkedIn mail topics, the headlines of spoof-only names and PYMK suggestions,
and the pitches that spoofs carry are swapped for hospitality ones in this process only
(make_corpus.py itself is not changed). Every note was written from shared/taxonomy.md alone,
without reading mailbot's signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev34.py              # writes tests/corpus/dev34
    python scripts/make_corpus_dev34.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260834

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ hospitality world (this process only)
SKILLS = {
    "en": ["Hospitality Management", "Hotel Operations", "Revenue Management", "Food & Beverage", "Multi-site Operations", "Pre-opening"],
    "de": ["Hotelmanagement", "Hotelbetrieb", "Revenue Management", "Food & Beverage", "Gastronomie"],
    "fr": ["Hôtellerie", "Gestion hôtelière", "Revenue management", "Restauration", "Direction des opérations"],
    "es": ["Gestión hotelera", "Operaciones hoteleras", "Revenue management", "Alimentos y bebidas", "Restauración", "Aperturas de hoteles"],
    "it": ["Hospitality management", "Gestione alberghiera", "Revenue management", "Food & beverage", "Ristorazione", "Gestione operativa"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
RHEADLINE = {"en": "Chief Operating Officer at Solera Hospitality Group", "de": "Chief Operating Officer bei Solera Hospitality Group",
             "fr": "Directeur des opérations chez Solera Hospitality Group", "es": "Director de Operaciones en Solera Hospitality Group",
             "it": "Direttore Operativo presso Solera Hospitality Group"}
for _l, _h in RHEADLINE.items():
    mc.L[_l]["rheadline"] = _h
# spoof-only names and other LinkedIn mail lean to Spanish, Italian and French wording
mc.LANGS[:] = ["es", "it", "fr", "en", "es"]
# a dozen spoofs: mix the look-alike domains with display-name, failing-DKIM and untrusted-pass tricks
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "untrusted:mx.google.com", "nodkim",
                       "display:outlook.com", "buried", "wrongpass", "noauth", "lookalike:linkedin.com.evil.example", "untrusted:mx.example.org"]
mc.CITY.update({"es": ["Sevilla", "Málaga", "Palma", "Barcelona", "Madrid", "Marbella"], "it": ["Firenze", "Sorrento", "Napoli", "Lucca", "Milano", "Roma"],
                "fr": ["Nice", "Lyon", "Cannes", "Marseille", "Biarritz", "Paris"]})
mc.JOBS[:] = [("Director/a de Operaciones Hoteleras", "Grupo Alcántara Hoteles"), ("Direttore Operativo Area Sud", "Masserie del Salento Collection"),
              ("Directeur des opérations – Riviera", "Maisons Lumière Hôtels"), ("Area General Manager, Balearics", "Blue Cove Resorts"),
              ("Head of F&B Operations Southern Europe", "Orvana Hospitality")]
mc.COMPANIES["good"] = ["Grupo Alcántara Hoteles", "Masserie del Salento Collection", "Maisons Lumière Hôtels", "Hotel Ondarreta", "Grand Hotel Lario",
                        "Escuela Superior de Hostelería de Sevilla", "École Hôtelière Riviera", "Blue Cove Resorts"]
mc.COMPANIES["sales"] = ["RateWise", "StayDirect", "CloudStay PMS", "Lavandería Bética", "Saisonniers Azur", "Caffè Ferretti", "TravelNest", "KioskIn"]
mc.HEADLINES["good"] = ["Director de Hotel en {co}", "Executive Chef | {co}", "Directrice d'hébergement chez {co}", "Revenue Manager at {co}",
                        "Responsabile Ricevimento presso {co}", "Jefa de Recepción | {co}", "Maître d'hôtel | {co}"]
mc.HEADLINES["sales"] = ["Account Executive Hospitality | {co}", "Key Account Manager HORECA en {co}", "Business Developer presso {co}",
                         "Founder & CEO | {co}", "Aidons les hôteliers à vendre plus | {co}", "Partner Manager at {co}"]
SALES_SUBJECTS = {
    "en": ["Quick question", "Idea for Solera", "15 minutes?", "Your direct bookings", "Partnership"],
    "fr": ["Petite question", "Une idée pour Solera", "15 minutes ?", "Vos réservations directes", "Partenariat"],
    "es": ["Pregunta rápida", "Una idea para Solera", "¿15 minutos?", "Vuestras reservas directas", "Colaboración"],
    "it": ["Domanda veloce", "Un'idea per Solera", "15 minuti?", "Le vostre prenotazioni dirette", "Collaborazione"],
}
for _l, _s in SALES_SUBJECTS.items():
    mc.INMAIL_SUBJECTS[_l]["sales"] = _s
SPOOF_PITCH = {
    "en": ["Hi {first}, the rooming list and the unpaid group invoice for the May incentive are in our secure share. Sign in to release payment.",
           "Hello {first}, your property has been flagged for a rate-parity breach. Log in within 24 hours to avoid suspension of your listing."],
    "de": ["Hallo {first}, die Zimmerliste und die offene Gruppenrechnung liegen in unserem sicheren Ordner. Bitte melden Sie sich an.",
           "Guten Tag {first}, Ihr Hotel wurde wegen eines Ratenparitätsverstoßes markiert. Bitte innerhalb von 24 Stunden anmelden."],
    "fr": ["Bonjour {first}, la rooming list et la facture de groupe en attente sont dans notre espace sécurisé. Connectez-vous pour les valider.",
           "Bonjour {first}, votre établissement est signalé pour non-respect de la parité tarifaire. Connectez-vous sous 24 h pour éviter la suspension."],
    "es": ["Hola {first}, te he compartido la rooming list y la factura pendiente del grupo de mayo. Inicia sesión para descargarlas.",
           "Hola {first}, tu alojamiento ha sido marcado por incumplir la paridad de tarifas. Inicia sesión en 24 horas para evitar la suspensión."],
    "it": ["Ciao {first}, ti ho condiviso la rooming list e la fattura del gruppo ancora aperta. Accedi per scaricarle.",
           "Gentile {first}, la sua struttura è stata segnalata per violazione della parità tariffaria. Acceda entro 24 ore per evitare la sospensione."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
mc.OTHER["es"].update(
    job=("{n} empleos nuevos de «director de operaciones hoteleras»", "Tu alerta de empleo de director de operaciones hoteleras en {city}", "Ver empleo"),
    news=("¿Se acaba la temporada corta en la costa?", "Noticias destacadas de LinkedIn Noticias"),
    group=("Conversaciones destacadas en Directores de Hotel España", "Estas son las conversaciones más destacadas de tu grupo"),
    newsletter=("Cuaderno de recepción: el check-in que nadie ve", "Nueva edición de un boletín al que estás suscrito"))
mc.OTHER["it"].update(
    job=("{n} nuove offerte per «direttore operativo hotel»", "Il tuo avviso di lavoro per direttore operativo hotel a {city}", "Visualizza offerta"),
    news=("Gli stagionali non tornano: cosa cambia per gli hotel?", "Le notizie principali di LinkedIn Notizie"),
    group=("Conversazioni principali in Hotel Manager Italia", "Ecco le conversazioni principali del tuo gruppo questa settimana"),
    newsletter=("Dietro il banco: storie di cucine d'albergo", "Nuova edizione di una newsletter a cui sei iscritto"))
mc.OTHER["fr"].update(
    job=("{n} nouvelles offres pour « directeur des opérations hôtelières »", "Votre alerte emploi pour directeur des opérations hôtelières à {city}", "Voir l'offre"),
    news=("Les hôtels de la Riviera manquent-ils de bras ?", "Les actualités du jour de LinkedIn News"),
    group=("Meilleures discussions dans Hôteliers de France", "Voici les meilleures discussions de votre groupe cette semaine"),
    newsletter=("Le passe : chroniques d'une brigade", "Nouvelle édition d'une newsletter à laquelle vous êtes abonné"))
mc.OTHER["en"].update(
    job=("{n} new jobs for \"hotel operations director\"", "Your job alert for hotel operations director in {city}", "View job"),
    news=("Are OTAs winning back the direct booker?", "Top stories for you from LinkedIn News"),
    group=("Top conversations in European Hotel Operations Network", "Here are the top conversations in your group this week"),
    newsletter=("Back of House: notes from a hotel ops life", "New edition of a newsletter you subscribed to"))

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "es", "Rocío Valdivia", "Responsable de Prácticas | Escuela Superior de Hostelería de Sevilla", "Sevilla",
  ("inv", "Hola Alex, llevo las prácticas de la Escuela Superior de Hostelería de Sevilla. Tengo 12 alumnos de 2º de Dirección Hotelera "
          "buscando prácticas de abril a septiembre; convenio y seguro corren de nuestra cuenta. ¿Podrían encajar en vuestros hoteles de Sevilla o Málaga?"),
  ("rem",))
P("good_invitation", "it", "Federico Lanza", "Chef patron | Osteria La Pergola, Lucca", "Lucca",
  ("inv", "Ciao Alex, sono chef a Lucca, a due passi dal vostro hotel in via Guinigi. Ho saputo che a Firenze avete tolto la degustazione a pranzo: "
          "ci penso anch'io. Com'è andata su coperti e food cost? In cambio ti racconto come gestiamo la brigata d'estate."))
P("good_invitation", "fr", "Sandrine Paquet", "Responsable du MBA Management hôtelier | École Hôtelière Riviera", "Nice",
  ("inv", "Bonjour Alex, je coordonne le MBA Management hôtelier à Nice. Accepteriez-vous de parler 2 h à nos étudiants de l'exploitation multi-sites "
          "ce printemps ? Déplacement pris en charge, et l'occasion de repérer vos futurs assistants de direction."),
  ("rem",))
P("good_invitation", "es", "Tom Hadley", "Founder | Hadley & Rowe Destination Weddings", "London",
  ("inv", "Hi Alex, I plan destination weddings for UK couples. One of mine is set on the Sorrento coast next September: 90 guests, 3 nights, "
          "ceremony and dinner on site. Your hotel looks right for it. Who on your team handles exclusive-use enquiries?"), nl="en")
P("good_invitation", "es", "Iñaki Goikoetxea", "Director | Hotel Ondarreta, Donostia", "San Sebastián",
  ("inv", "Alex, de director a director: unos cuantos de hoteles independientes del Cantábrico comemos juntos cada trimestre para hablar de personal "
          "de temporada, proveedores y quebraderos varios. Sin cuotas ni patrocinadores. ¿Te animas a la próxima?"))
P("good_invitation", "it", "Marta Colombo", "Segreteria | Associazione Albergatori Penisola Sorrentina", "Sorrento",
  ("inv", "Buongiorno Alex, il 18 marzo a Sorrento teniamo un incontro gratuito per direttori e capi del personale sul rinnovo del contratto turismo "
          "e sugli stagionali, con un giuslavorista. Posti limitati: le tengo un posto?"),
  ("rem",))
P("good_invitation", "fr", "Julien Castagné", "Directeur général (dès janvier) | Grand Hôtel Atalaye, Biarritz", "Biarritz",
  ("inv", "Bonjour Alex, Claire Vidal (Hôtel des Remparts) m'a conseillé de vous écrire : je prends l'Atalaye en janvier avec deux équipes à fusionner, "
          "et elle dit que vous êtes passé par là en 2022. Auriez-vous 20 minutes pour me donner vos conseils ?"))


# =============================================================== default_invitation
P("default_invitation", "es", "Raúl Benítez", "Comercial HORECA | Distribuciones Benítez", "Jerez de la Frontera", ("inv", DEFAULT), ("rem",))
P("default_invitation", "it", "Giorgio Pellegrini", "Food & Beverage Manager", "Napoli", ("inv", NONOTE))
P("default_invitation", "fr", "Nathalie Roux", "Consultante revenue management indépendante", "Montpellier", ("inv", DEFAULT))
P("default_invitation", "en", "Kieran Walsh", "Area Manager, Southern Europe | TravelNest", "Dublin", ("inv", NONOTE), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "es", "Daniel Ferrán", "Key Account Hoteles | Lavandería Industrial Bética", "Dos Hermanas",
  ("inv", "Hola Alex, llevamos la lencería de más de 40 hoteles en Andalucía: sábanas, toallas y mantelería en alquiler con lavado y reposición. "
          "Solemos bajar el coste por habitación ocupada un 15-18%. ¿Te preparo una propuesta para Sevilla y Málaga?"))
P("sales_invitation", "it", "Chiara Valsecchi", "Sales Manager Italia | RateWise", "Milano",
  ("inv", "Buongiorno Alex, RateWise ricalcola le tariffe di ogni camera ogni 15 minuti in base a domanda, eventi e concorrenza. Gli hotel toscani "
          "che ci usano hanno chiuso l'anno a +11% di RevPAR. Le mostro in 20 minuti come andrebbe a Firenze?"))
P("sales_invitation", "fr", "Olivier Ménard", "Directeur d'agence | Saisonniers Azur Intérim", "Antibes",
  ("inv", "Bonjour Alex, la saison arrive vite : commis, plongeurs, voituriers et femmes de chambre formés, disponibles sous 48 h sur toute la Côte d'Azur. "
          "Je vous envoie notre grille 2025 pour vos hôtels de Nice ?"),
  ("rem",))
P("sales_invitation", "en", "Hannah Brightwell", "Partner Success Lead | StayDirect", "Lisbon",
  ("inv", "Hi Alex, groups your size typically hand 17-22% of room revenue to OTAs. StayDirect's booking engine and parity alerts bring guests back "
          "to your own site. Worth 15 min next week? Happy to share what we did for a 9-hotel group in Portugal."))
P("sales_invitation", "it", "Salvatore Iannone", "Agente di commercio vini | Campania e Costiera", "Salerno",
  ("inv", "Salve Alex, rappresento sei cantine campane (Fiano, Greco di Tufo, Aglianico) e lavoro già con diversi alberghi della Costiera. "
          "Le porterei una selezione per la carta del ristorante e il listino HoReCa riservato. Quando passa da Sorrento?"))
P("sales_invitation", "es", "Lorena Quiles", "Business Development | Hostelia Staff ETT", "Palma",
  ("inv", "buenas Alex!! somos ETT 100% hostelería: camareros, cocineros, pisos y recepción para temporada alta en Baleares y Costa del Sol, "
          "con los fijos discontinuos gestionados por nosotros. ¿10 min esta semana y te cuento tarifas? 🙌"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "fr", "Arnaud Delorme", "Négociant en vins | Maison Delorme, Lyon", "Lyon",
  ("inv", "Bonjour Alex, le 3 avril nous ouvrons notre cave aux directeurs de restaurant et sommeliers pour une dégustation Jura-Savoie. "
          "Entrée libre, rien à vendre ce soir-là, juste de bonnes bouteilles et des échanges entre pros. Je vous garde une place ?"),
  ("msg", "Merci d'être passé jeudi, ravi de la connexion ! Du coup je me permets : nous aimerions référencer nos vins sur les cartes de vos six restaurants. "
          "Remise de 15 % la première année et formation des équipes de salle offerte. Je vous envoie la proposition d'approvisionnement ?", (4, 12)),
  ("msg", "Alex, petit rappel pour la proposition : nos tarifs changent au 1er juin. On cale un appel de 15 minutes cette semaine ?", (7, 20)))
P("bait_and_switch_invitation", "es", "Sergio Manzano", "Fundador | Círculo de Directores de Operaciones Hoteleras", "Madrid",
  ("inv", "Hola Alex, estoy juntando a un grupo pequeño de directores de operaciones de cadenas españolas para compartir problemas reales: "
          "personal, energía, proveedores. Una videollamada al mes y ya. ¿Te unes?"),
  ("msg", "¡Bienvenido al círculo, Alex! Aprovecho para contarte que, además de moderarlo, dirijo Manzano Revenue Partners. Hacemos una auditoría de "
          "distribución y canales por 4.900 € por hotel, y a los miembros les aplicamos un 10% de descuento. ¿Te paso fechas para verlo?"),
  ("msg", "Hola Alex, ¿pudiste mirar lo de la auditoría? Este mes aún tengo hueco para dos grupos.", (5, 15)))
P("bait_and_switch_invitation", "it", "Valeria Gentile", "Fondatrice | Rete Ospitalità Sostenibile", "Bologna",
  ("inv", "Ciao Alex, abbiamo pubblicato una guida gratuita per tagliare gli sprechi nei buffet della colazione, con i dati veri di 30 hotel italiani. "
          "Se ti interessa collegati e te la giro, senza impegno."),
  ("msg", "Eccola! 📎 Spero ti torni utile. Ti dico anche che per applicarla bene abbiamo sviluppato WasteScale, bilance smart collegate a un cruscotto: "
          "290 € al mese per cucina, primi 30 giorni di prova. Ti organizzo una demo con il team?", (2, 8)))
P("bait_and_switch_invitation", "en", "Mark Pettigrew", "Ops guy | ex-GM | Hotel tech", "Manchester",
  ("inv", "Alex, quick question from one ops person to another: how do you set housekeeping productivity targets across hotels with very different "
          "room mixes? Been going round in circles on it. Would really value your take."),
  ("msg", "Thanks for connecting! Funny enough, what cracked it for us in the end was an app, and that's now what I do full time: HouseKeep Pro. "
          "Happy to set up a pilot at two of your hotels for €3 per room per month. When suits for a walkthrough?"),
  ("msg", "Hi Alex, just bumping this. Annual plans are 20% off until the end of the quarter if you want to lock it in.", (6, 18)))
P("bait_and_switch_invitation", "es", "Marina Albero", "Market Manager Costa del Sol | TravelNest", "Málaga",
  ("inv", "Hola Alex, preparamos un informe gratuito de demanda para la Costa del Sol 2025 y me encantaría incluir la visión de un operador como vosotros. "
          "Te lo mando en cuanto esté. ¿Conectamos?"),
  ("msg", "¡Gracias por conectar! Te paso el informe en unos días. Mientras, te cuento que se abre el programa Preferred Partner de verano: +15% de visibilidad "
          "en resultados a cambio de 3 puntos más de comisión. ¿Lo activamos para vuestros dos hoteles de Málaga?"))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "it", "Enrico Basile", "Direttore | Forum Ospitalità del Mezzogiorno", "Bari",
  ("inm", "Invito come relatore – Forum Ospitalità del Mezzogiorno", "Gentile Alex, il comitato scientifico del Forum Ospitalità del Mezzogiorno (Bari, ottobre) "
          "vorrebbe invitarla come relatore nel panel sulla gestione multi-struttura. Sarebbe un onore averla con noi. Posso inviarle il programma?"),
  ("inm", "Relatori – dettagli organizzativi", "Gentile Alex, grazie per la disponibilità! Le confermo lo slot nel panel. Come per tutti i relatori aziendali, "
          "la partecipazione prevede il pacchetto partner da 2.800 € + IVA (logo sui materiali, desk espositivo e due pass). Le inoltro il modulo d'ordine?", (4, 12)))
P("bait_and_switch_inmail", "fr", "Laure Tessier", "Ancienne gouvernante générale | Blanchisserie du Littoral", "Cannes",
  ("inm", "Question entre collègues hôteliers", "Bonjour Alex, ancienne gouvernante générale à Cannes, je me pose une question : vous gardez le linge en interne "
          "dans vos hôtels niçois ou vous externalisez ? J'essaie de comprendre ce qui marche pour des maisons de 80 à 120 chambres. Merci d'avance pour votre retour !"),
  ("inm", "Suite linge", "Merci beaucoup pour votre réponse ! Je vous avoue que je suis désormais chez Blanchisserie du Littoral : location-entretien complète, "
          "linge haut de gamme, passage quotidien. Pour deux hôtels comme les vôtres on serait autour de 1,10 € la nuitée. Un rendez-vous la semaine prochaine ?"))
P("bait_and_switch_inmail", "it", "Ravi Menon", "Research Lead | HospitalityPulse Analytics", "Amsterdam",
  ("inm", "Southern Europe hotel ops benchmark – 10 min of your input?", "Hi Alex, I'm compiling a benchmark of labour cost per occupied room across "
          "independent groups in Spain, Italy and France. Participants get the full anonymised results for free. Would you share your numbers, "
          "or just give me 10 minutes of your view?"),
  ("inm", "Your benchmark results + next step", "Thanks Alex! Your one-page summary is attached. The full dashboard, with live comparisons against your comp set, "
          "is part of HospitalityPulse Pro at €650 a month per hotel. I can open a 14-day trial if you give me a slot for a call.", (6, 15)), nl="en")


# =============================================================== endorse_me_back
P("endorse_me_back", "es", "Paco Villalobos", "Jefe de Cocina | Catering Villalobos", "Córdoba",
  ("end",), ("end",),
  ("msg", "Alex, ¿qué tal? Te he validado {skill} y un par de cosas más, que te lo mereces. Estoy moviendo el perfil para entrar de jefe de cocina "
          "en un hotel grande y me vendría genial que me validases «Cocina mediterránea» y «Gestión de cocina». ¡Mil gracias, crack!"))
P("endorse_me_back", "it", "Noemi Carbone", "Maître | Sala e servizio", "Amalfi",
  ("end",),
  ("msg", "Buonasera Alex, ti ho appena confermato {skill}. Mi faresti la cortesia di confermarmi «Servizio di sala» e «Sommellerie»? "
          "Sto cercando un posto da maître per la prossima stagione e ogni conferma aiuta. Grazie di cuore."))
P("endorse_me_back", "fr", "Yannick Le Goff", "Chef de réception | Hôtellerie de luxe", "Cannes",
  ("end",), ("end",),
  ("msg", "Hello Alex ! Je viens de te recommander pour {skill}. Tu me rends la pareille sur Accueil client et Opera PMS ? "
          "Ça booste le profil côté recruteurs, merci 🙏"))
P("endorse_me_back", "es", "Shauna Delaney", "Weddings & Events Coordinator", "Palma",
  ("end",),
  ("msg", "Hey Alex, endorsed you for {skill} earlier, hope that's ok! Could you pop one back on Event Planning and Guest Relations? "
          "Applying for a role in Mallorca and every little bit helps x"), nl="en")


# =============================================================== hostility_after_decline
P("hostility_after_decline", "es", "Antonio Jurado", "Director Comercial | Cárnicas Jurado, distribución HORECA", "Huelva",
  ("inv", "Alex, somos proveedores de ibérico y vacuno madurado para hoteles de 4 y 5 estrellas en toda Andalucía. Me gustaría presentarte nuestra gama "
          "y las condiciones para grupos. ¿Cuándo te viene bien?"),
  ("rem",),
  ("inm", "Sin respuesta", "Mira Alex, llevo 30 años sirviendo a los mejores hoteles de Andalucía y es la primera vez que alguien ni se digna a contestar. "
          "Esa soberbia de los directivos de cadena es la que luego se nota en el servicio. Tú sabrás."))
P("hostility_after_decline", "it", "Gianni Russo", "Titolare | Lavanderia Industriale Partenopea", "Casoria",
  ("inv", DEFAULT),
  ("inm", "Ok ho capito", "Alex le ho mandato la richiesta tre settimane fa e neanche un clic. Noi piccole aziende del territorio vi laviamo le lenzuola da anni "
          "tramite il vostro appaltatore e voi neanche ci guardate in faccia. Bella lezione di stile, complimenti davvero."))
P("hostility_after_decline", "fr", "Patrice Vidal", "Directeur commercial | Marée Fraîche Méditerranée", "Sète",
  ("inv", "Bonjour Alex, poissons de ligne et coquillages livrés chaque matin de Sète à Menton. Je serais heureux de vous faire goûter notre arrivage "
          "et de vous présenter nos conditions restaurateurs. Un rendez-vous ?"),
  ("rem",),
  ("inm", "Courtoisie", "Monsieur, trois relances et pas la moindre réponse. Un simple « non merci » aurait suffi. Vous traitez vos fournisseurs comme vos clients ? "
          "Je comprends mieux certains avis sur vos restaurants. Cordialement quand même."))
P("hostility_after_decline", "en", "Brandon Keyes", "Founder | HotelGrowth Digital", "Bristol",
  ("inv", "Alex - we get boutique hotels to the top of the OTA rankings for their area in 60 days. Got one slot open this month. Shall we talk?"),
  ("inm", "Ignored. Again.", "Wow. Invite sitting there for weeks, not even a no. Guess when you run 14 hotels nobody below you is worth a reply. "
          "No wonder half your TripAdvisor reviews moan about the front desk. It starts at the top, mate."))
P("hostility_after_decline", "es", "Mercedes Ocaña", "Jefa de sala | Buscando nuevo proyecto", "Marbella",
  ("inv", "Hola Alex, soy jefa de sala con 12 años en restaurantes de hotel en Marbella. Me encantaría formar parte de vuestro equipo si abrís plazas "
          "para la temporada. ¿Podría enviarte mi CV?"),
  ("rem",),
  ("inm", "Gracias por nada", "Ya veo que ni contestas. Luego salís en la prensa quejándoos de que no encontráis personal para la temporada. "
          "Con este trato no me extraña nada. Suerte con vuestros famosos «valores»."))


# =============================================================== hostility_connection
P("hostility_connection", "it", "Fabio Mancuso", "Business Developer | Mancuso Forniture Alberghiere", "Caserta",
  ("msg", "Ciao Alex! Abbiamo appena lanciato la linea cortesia bagno in materiali compostabili, personalizzabile col vostro logo. "
          "Per un gruppo come il vostro facciamo prezzi da fabbrica. Ti mando i campioni a Sorrento?"),
  ("msg", "Alex, ti ho scritto, ti ho mandato i campioni e ho chiamato la reception due volte. Zero. Questa è mancanza di rispetto verso chi lavora, punto. "
          "Ti auguro che i tuoi fornitori ti trattino come tu tratti noi.", (5, 20)))
P("hostility_connection", "fr", "Gaëlle Ferrand", "Account Executive | ChannelPro", "Paris",
  ("acc",),
  ("msg", "Merci d'avoir accepté, Alex ! Comme évoqué sur le salon, ChannelPro synchronise vos tarifs et disponibilités sur 400 canaux en temps réel. "
          "Je peux vous faire une démo de 30 minutes pour vos hôtels français ?"),
  ("msg", "Bon. C'est vous qui m'avez invitée après le salon, et depuis silence radio. Je trouve ça franchement cavalier. "
          "Pas la peine de faire perdre son temps aux gens si ça ne vous intéressait pas."))
P("hostility_connection", "es", "Rubén Casals", "Director | Casals Personal de Hostelería", "Palma",
  ("msg", "Hola Alex, te escribo porque sé que en Palma vais justos de personal de pisos cada verano. Tenemos 60 camareras de piso con experiencia "
          "listas para mayo y nos encargamos nosotros de altas y nóminas. ¿Lo vemos?"),
  ("msg", "Alex, ¿has podido ver mi mensaje? El cupo de mayo se está llenando.", (3, 10)),
  ("msg", "Vale, capto el mensaje. Pero que sepas que ignorar así a la gente es de muy mala educación. Con esa actitud no me extraña que los buenos "
          "profesionales huyan de las cadenas. Tú mismo.", (5, 15)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "es", "Cristina Lozano", "Revenue & Distribution Consultant", "Cádiz",
  ("msg", "Hola Alex! Hemos lanzado un servicio de revenue management externalizado para grupos de 5 a 20 hoteles: nos encargamos de tarifas, canales "
          "y forecast por una cuota fija mensual. ¿Te cuadra una llamada?"),
  ("msg", "Buenas de nuevo, te dejo el caso de un grupo de Cádiz: +9% de ADR en seis meses con nuestro servicio. Si quieres te preparo un diagnóstico "
          "sin coste como primer paso para la propuesta."))
P("connection_only_pitches", "it", "Massimo Ferretti", "Area Manager Ho.Re.Ca. | Caffè Ferretti", "Firenze",
  ("msg", "Buongiorno Alex, per le colazioni dei vostri hotel abbiamo una miscela 100% arabica con macchine in comodato d'uso e assistenza h24. "
          "Le posso lasciare un kit degustazione a Firenze?"),
  ("msg", "Buongiorno, torno a scriverle: questo mese regaliamo il primo cartone di capsule per le camere a chi firma il contratto annuale."),
  ("msg", "Alex, ultimo messaggio, promesso 🙂 Il listino 2025 scade il 31: vuole che blocchi i prezzi per il suo gruppo?"))
P("connection_only_pitches", "fr", "Benoît Carrère", "Courtier en énergie | Hôtellerie-restauration", "Toulouse",
  ("msg", "Bonjour Alex, avec la fin du bouclier tarifaire, les hôtels que j'accompagne renégocient leurs contrats d'électricité. Je peux mettre "
          "vos sites de Nice et Lyon en concurrence auprès de 12 fournisseurs, sans frais pour vous. On en parle ?"),
  ("msg", "Bonjour Alex, les prix à terme 2026 viennent de baisser, c'est le bon moment pour signer. Je vous envoie le mandat à me retourner ?"))
P("connection_only_pitches", "en", "Gemma Hollis", "Senior Account Manager | TravelNest", "London",
  ("msg", "Hi Alex, hope the season's going well! Your Florence properties qualify for our Visibility Booster this summer: 4 extra points of commission "
          "for top-of-list placement. Want me to switch it on?"),
  ("msg", "Hi Alex, flagging that Booster slots for August close on Friday. Also happy to walk you through the new member-deal tiers if you have 20 mins."))


# =============================================================== single_pitch
P("single_pitch", "it", "Daniela Rota", "Responsabile commerciale | Tessiture Rota, biancheria per hotel", "Como",
  ("msg", "Ciao Alex, siamo una tessitura di Como e facciamo lenzuola in percalle e spugne su misura per l'hôtellerie, anche col ricamo del vostro logo. "
          "Ti spedisco la cartella colori e i prezzi per lotti da 500 pezzi?"))
P("single_pitch", "fr", "Thierry Lemoine", "Directeur commercial Europe du Sud | Horizon PMS", "Lyon",
  ("msg", "Bonjour Alex, vous êtes encore sur un PMS installé en local à Lyon, je crois ? Horizon migre des groupes comme le vôtre vers le cloud en six semaines, "
          "sans coupure. Je vous propose une présentation à vous et à votre DSI, le jour qui vous arrange."))
P("single_pitch", "es", "Jaime Tordesillas", "Corredor de seguros | Especialista en hostelería", "Sevilla",
  ("msg", "Alex, buenas. Trabajo con varias cadenas andaluzas en responsabilidad civil e interrupción de negocio. Después de las últimas DANAs las primas "
          "se han disparado y estamos consiguiendo rebajas del 20% renegociando. ¿Me dejas revisar vuestras pólizas?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "es", "Lucía Marín", "Directora | Hotel Alcazaba Mar, Almería", "Almería",
  ("msg", "Alex, te paso el contacto del obrador que nos hace la bollería del desayuno (Obrador San Telmo, pregunta por Manolo): cumplen horario a rajatabla "
          "y no nos han fallado en dos veranos. Y lo del piso compartido para el personal de temporada: el ayuntamiento ha sacado una línea de ayudas, "
          "te reenvío la convocatoria por correo."))
P("connection_brings_value", "it", "Stefano Rinaldi", "Executive Chef | Hotel Villa Ortensia, Ravello", "Ravello",
  ("end",),
  ("msg", "Alex, come promesso ti giro la nostra checklist HACCP per il buffet della colazione, quella rifatta dopo l'ispezione dell'ASL. Usatela pure. "
          "Il 12 maggio poi facciamo in cucina una mattinata gratuita per capi partita sulla gestione degli allergeni: se vuoi mandare qualcuno dei tuoi, c'è posto."))
P("connection_brings_value", "fr", "Émilie Fabre", "Chargée des relations entreprises | Lycée des métiers de l'hôtellerie de Nice", "Nice",
  ("msg", "Bonjour Alex, nos élèves de BTS MHR cherchent des établissements pour leur stage de juin-juillet : 8 semaines, convention avec le lycée, "
          "tuteur chez nous. Vos équipes de Nice seraient-elles partantes pour en accueillir deux ou trois ?"),
  ("msg", "Merci encore d'avoir accueilli Inès et Mathis, leurs tuteurs ont fait un super retour. Je vous envoie les dates du forum emploi de mars : "
          "vous pourrez y rencontrer nos diplômés pour la saison prochaine, c'est gratuit pour les entreprises partenaires.", (20, 40)))
P("connection_brings_value", "en", "Oliver Penrose", "Director | Penrose Incentive Travel", "London",
  ("msg", "Alex, good news: the pharma client has picked your Florence hotel for their May incentive, 120 people, 3 nights, gala dinner on the terrace. "
          "I'm sending the RFP to your sales office today but wanted you to hear it from me first. Thanks again for the site visit."))
P("connection_brings_value", "es", "Jordi Puigvert", "Sommelier | Formador en la DO Empordà", "Figueres",
  ("msg", "Hola Alex! Te paso info (en castellano, que sé que tu catalán va justito 😄): la DO organiza en febrero un curso gratuito de servicio del vino "
          "para camareros de sala, tres mañanas en Figueres. Si queréis mandar gente del hotel de Barcelona, dímelo y os guardo plazas."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Charlotte Reeve", "Partner, Hospitality Practice | Kingsley Reeve Executive Search", "London",
  ("inm", "COO – luxury resort group (confidential)", "Dear Alex, I'm retained by a family-owned group of eight luxury resorts in Portugal and Greece "
          "to appoint a Chief Operating Officer. Reporting to the CEO, based in Lisbon, package around €280k plus bonus. Your multi-country background "
          "fits the brief closely. Would you be open to a confidential call?"))
P("stranger_inmail_recruiter", "fr", "Marc-Antoine Béranger", "Chasseur de têtes | Hôtellerie & Luxe", "Paris",
  ("inm", "Direction des opérations Europe – groupe hôtelier", "Bonjour Alex, je mène pour un groupe hôtelier français (22 hôtels 4 et 5 étoiles) "
          "le recrutement de son directeur des opérations Europe, basé à Paris. Votre parcours entre l'Espagne, l'Italie et la France correspond exactement "
          "à ce qu'ils cherchent. Seriez-vous ouvert à un premier échange confidentiel ?"))
P("stranger_inmail_recruiter", "it", "Alessia Monti", "Head of HR | Masserie del Salento Collection", "Lecce",
  ("inm", "Direttore Operativo – Masserie del Salento", "Buongiorno Alex, sono la responsabile HR di Masserie del Salento, nove strutture tra Lecce e Otranto. "
          "Cerchiamo un Direttore Operativo che guidi le aperture del 2026; assumiamo direttamente, nessuna agenzia. Le andrebbe di sentirci senza impegno?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "es", "Óscar Pineda", "Ingeniero comercial | SolHotel Autoconsumo", "Granada",
  ("inm", "Placas solares en vuestros hoteles", "Hola Alex, estudiando por satélite las cubiertas de vuestros hoteles de Sevilla y Málaga, calculamos que podríais "
          "cubrir el 35% del consumo con autoconsumo fotovoltaico, sin inversión inicial (modelo PPA). ¿Te enseño el estudio en una videollamada?"))
P("stranger_inmail_sales", "it", "Luca Serafini", "Sales Executive | CloudStay PMS", "Verona",
  ("inm", "Il vostro PMS", "Buongiorno Alex, molti gruppi alberghieri italiani stanno lasciando i PMS on-premise. CloudStay mette insieme front office, "
          "channel manager e cassa del ristorante in un'unica piattaforma. Le andrebbe una demo personalizzata?"),
  ("inm", "Offerta di fine trimestre", "Alex, le riscrivo perché fino al 30 giugno il setup è gratuito per chi attiva almeno tre strutture. Possiamo fissare 20 minuti?"))
P("stranger_inmail_sales", "it", "Derek Olsen", "Head of Sales EMEA | MetaBoost Ads", "Copenhagen",
  ("inm", "Your direct bookings on Google Hotel Ads", "Alex, noticed your Sorrento hotel isn't showing a direct rate on Google Hotel Ads for most dates. "
          "We run metasearch campaigns pay-per-stay, 10% of booking value. Can I send you a quick audit?"), nl="en")
P("stranger_inmail_sales", "fr", "Inès Barbier", "Chargée d'affaires | Linéo, location de linge", "Villeurbanne",
  ("inm", "Votre linge de table", "Bonjour Alex, nous équipons plus de 200 restaurants en nappes et serviettes en location-entretien, livrées deux fois "
          "par semaine. Pour vos restaurants lyonnais, je peux vous faire un devis sous 48 h. Intéressé ?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "it", "Paola Martinelli", "Coordinatrice stage | Istituto Alberghiero Internazionale di Firenze", "Firenze",
  ("inv", "Buongiorno Alex, coordino gli stage del nostro corso post-diploma in Hotel Management. Ho studenti pronti per 6 mesi di tirocinio "
          "in reception e F&B da aprile, tutor e assicurazione a carico nostro. Possiamo proporli per i vostri hotel fiorentini?"),
  ("msg", "Grazie per l'apertura! Le allego i CV dei quattro studenti preselezionati per reception e sala, disponibili dal 7 aprile. "
          "Se vuole, i colloqui li organizziamo noi in istituto."),
  ("msg", "Gentile Alex, ora che collaboriamo volevo presentarle anche il nostro Executive Program per capi reparto: sei moduli, 2.400 € a partecipante, "
          "20% di sconto per le aziende partner di stage. Possiamo iscrivere i suoi responsabili di sala e ricevimento? Le mando il modulo?", (20, 45)))
P("good_turns_ugly", "es", "Álvaro Requena", "Director de Hotel | Grupo Costa Luz", "Chiclana de la Frontera",
  ("inv", "Hola Alex, dirijo un hotel de 200 habitaciones en Chiclana y vi tu charla en FITUR sobre contratación de temporada. Me gustaría seguirte "
          "y, si te parece, contarte lo que estamos probando con los fijos discontinuos."),
  ("msg", "Lo prometido: te paso nuestra plantilla de cuadrantes para fijos discontinuos y el calendario de llamamientos. Nos ha ahorrado más de un disgusto "
          "con la inspección. Úsala libremente."),
  ("end",),
  ("msg", "Buenas Alex! Te he validado en {skill}. Oye, una cosilla: ¿me validarías tú «Dirección hotelera» y «Gestión de equipos»? Estoy optando "
          "a la dirección de zona del grupo y quiero tener el perfil fino. ¡Gracias!"))
P("good_turns_ugly", "fr", "Hugo Despréaux", "Fondateur | Séminaires & Co, agence événementielle", "Lyon",
  ("inv", "Bonjour Alex, j'organise des séminaires d'entreprise pour des clients lyonnais et je cherche des lieux fiables. J'ai un client "
          "(60 pers., octobre) qui pourrait correspondre à votre hôtel de Lyon. On se connecte ?"),
  ("msg", "Comme promis, voici le brief : 60 personnes, 2 nuits, plénière + 3 sous-commissions, du 14 au 16 octobre. Je leur ai recommandé votre hôtel, "
          "vos commerciaux peuvent m'appeler directement."),
  ("msg", "Alex, pour continuer à vous envoyer des groupes, nous proposons aux hôtels partenaires un référencement premium dans notre catalogue : "
          "3 900 € HT par an et par établissement, plus 8 % de commission. Je vous envoie le contrat ?", (15, 40)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "es", "Ramón Castellví", "Director Comercial | Uniformes Castellví", "Sabadell",
  ("inm", "Uniformes para vuestro personal", "Hola Alex, vestimos al personal de más de 80 hoteles: cocina, sala, pisos y recepción, con vuestro logo bordado. "
          "Para la apertura de temporada entregamos en tres semanas. ¿Te envío catálogo y tarifas por volumen?"),
  ("inv", "Hola Alex, coincidimos en el stand de Hostelco en Barcelona. Me gustó mucho charlar contigo, ¡conectemos!"))
P("reinvite_known_bad", "fr", "Sophie Arnal", "Conseillère | Solutions pour l'hôtellerie", "Aix-en-Provence",
  ("inv", DEFAULT),
  ("inv", "Bonjour Alex, on s'est croisés au salon EquipHotel. Ravie de vous compter dans mon réseau !"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "it", "Corrado Bellini", "Agente | Forniture Ittiche Adriatico", "Pescara",
  ("inv", "Buongiorno Alex, forniamo pesce fresco dell'Adriatico ai ristoranti d'albergo, consegna in 24 ore. Le mando il listino?"),
  ("inm", "Complimenti per la cortesia", "Alex, un mese fa le ho chiesto il collegamento e non si è degnato nemmeno di rifiutarlo. Voi manager delle catene "
          "vi sentite superiori, ma senza noi fornitori i vostri ristoranti chiudono domani. Arrogante è dir poco."),
  ("inv", "Buongiorno Alex, riproviamo? Sarebbe bello restare in contatto."))
P("reinvite_known_ugly", "en", "Greg Whitlock", "Founder | Hospitality Leaders Roundtable", "Edinburgh",
  ("inm", "Hospitality Leaders Roundtable – invitation", "Hi Alex, I host a private roundtable of hotel COOs from across Europe: 12 seats, Chatham House rules, "
          "once a quarter. Would you like a seat at the next one in Madrid?"),
  ("inm", "Roundtable – securing your seat", "Great to hear you're interested! Seats are held with a membership of €3,500 a year, which also covers our "
          "leadership coaching programme. Shall I send the invoice to your office?", (3, 9)),
  ("inv", "Alex, it's been a while. Would be good to stay connected here."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "es", "Elena Saura", "Sales Manager Iberia | KioskIn – check-in automático", "Valencia",
  ("acc",),
  ("msg", "¡Gracias por la invitación, Alex! Un placer conocerte en FITUR. Como te comenté, nuestros quioscos de autocheck-in reducen colas y horas de "
          "recepción nocturna. Te propongo una demo en vuestro hotel de Sevilla, ¿qué semana te va bien?"))
P("user_invited_pitch_once", "it", "Marco Benedetti", "Wine Export Manager | Tenuta San Vito", "Greve in Chianti",
  ("acc",),
  ("msg", "Caro Alex, grazie del collegamento dopo il Vinitaly! Per i vostri ristoranti possiamo fare un listino dedicato sul Chianti Classico Riserva "
          "e sul Vin Santo, con consegna diretta dalla cantina. Quando organizziamo una degustazione con i vostri sommelier?"))
P("user_invited_pitch_once", "fr", "Clément Roussel", "Consultant en optimisation F&B", "Lyon",
  ("acc",),
  ("msg", "Merci pour l'invitation ! Suite à notre discussion à Lyon, je vous propose un audit food cost de vos trois restaurants : cinq jours sur site, "
          "rapport et plan d'action, 7 500 € HT. On en parle ?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "es", "Natasha Kirby", "Regional Director | Yieldly Revenue Cloud", "Barcelona",
  ("acc",),
  ("msg", "Thanks for the invite, Alex - great meeting you at ITB. As promised, the short version: Yieldly automates pricing across all 14 of your hotels "
          "from one screen. Can I book 30 mins with you and your revenue lead?"),
  ("msg", "Hi Alex, circling back. Groups that sign before Q4 get three months free. Shall I send over a proposal?"), nl="en")
P("user_invited_pitch_twice", "it", "Giacomo Ferrante", "Titolare | Stagionali Sud, agenzia per il lavoro", "Sorrento",
  ("acc",),
  ("msg", "Ciao Alex, grazie di avermi aggiunto, ci siamo visti a Sorrento ti ricordi? Per la stagione possiamo coprirti cuochi, camerieri e facchini "
          "con contratti a chiamata gestiti da noi. Ti faccio un preventivo?"),
  ("msg", "Alex, ti mando il preventivo per 25 persone da maggio a ottobre. Se confermi entro venerdì ti blocco i ragazzi migliori."))


# =============================================================== user_invited_value
P("user_invited_value", "fr", "Isabelle Mourier", "Cheffe exécutive | Hôtel Le Cèdre, Annecy", "Annecy",
  ("acc",),
  ("msg", "Merci pour l'invitation, Alex ! Comme promis à Lyon, voici mes deux maraîchers en circuit court (Ferme des Bauges et Les Jardins du Semnoz) : "
          "ils livrent aussi des hôtels et acceptent les petites commandes. Dites-leur que vous venez de ma part."))
P("user_invited_value", "es", "Carmen Aguirre", "Directora | Escuela de Turismo y Hostelería de Málaga", "Málaga",
  ("acc",),
  ("msg", "¡Gracias por aceptar, Alex! Te confirmo lo que hablamos: el 20 de noviembre tenemos la jornada de empleabilidad y os reservamos una mesa gratis "
          "para vuestros hoteles de Málaga, por si queréis captar alumnos para prácticas o temporada. Y si te animas a dar una charla breve, encantados."))
P("user_invited_value", "it", "Riccardo Sala", "Direttore | Grand Hotel Lario, Como", "Como",
  ("acc",),
  ("msg", "Grazie per l'invito! Ti giro i dati del nostro pilota con le pompe di calore per piscina e acqua calda: -27% di gas in 12 mesi, consumi mese "
          "per mese. Nessun fornitore da spingere, solo numeri: se ti servono per Firenze sono tuoi."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Beatriz Campillo", "Directora de Recursos Humanos | Hoteles del Estrecho", "Algeciras", ("acc",))
P("acceptance_only", "it", "Tiziana Greco", "Event Manager | Ville Storiche Eventi", "Firenze", ("acc",))
P("lone_endorsement", "fr", "Maxime Poulain", "Étudiant en management hôtelier | ancien stagiaire réception", "Nice", ("end",))
P("lone_endorsement", "es", "Nuria Estévez", "Gobernanta | Hotel Bahía de Cádiz", "Cádiz", ("end",))


# LinkedIn caps invitation notes at 300 characters
for _s in PEOPLE:
    for _step in _s[6]:
        if _step[0] == "inv" and _step[1] not in (DEFAULT, NONOTE):
            assert len(_step[1]) <= 300, (_s[2], len(_step[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Rocío Valdivia", "practicas@eshs-sevilla.example.es", "Convenio de prácticas – temporada 2025",
     "Hola Alex:\n\nTe he escrito también por LinkedIn, pero por si acaso: te adjunto el modelo de convenio y el listado de alumnos disponibles.\n\nUn saludo,\nRocío", "es"),
    ("Maison Delorme Vins", "newsletter@maison-delorme.example", "Dégustation Jura-Savoie : les photos de la soirée",
     "Merci à tous les professionnels venus jeudi ! Retrouvez les photos de la soirée sur notre page LinkedIn et sur Instagram.\n\nPour vous désabonner, répondez STOP.", "fr"),
    ("Nieves Ortega", "rrhh@solera-hotels.example", "Ofertas de temporada: publicación en LinkedIn e InfoJobs",
     "Hola Alex,\n\nte paso para validar las 46 ofertas de temporada. Salen el lunes en LinkedIn, InfoJobs y la web de empleo del grupo.\n\nGracias,\nNieves", "es"),
    ("TravelNest Partner Hub", "noreply@partnerhub.travelnest.example", "Your monthly performance report – Solera Málaga Centro",
     "Your property received 1,284 room nights this month (+6%). Follow TravelNest for Partners on LinkedIn for tips and webinars.", "en"),
    ("Staff Riviera Intérim", "contact@staff-riviera.example", "Votre profil LinkedIn – renforts pour la saison",
     "Bonjour Monsieur Morgan,\n\nnous avons trouvé votre profil sur LinkedIn. Nous proposons des extras et des saisonniers pour l'hôtellerie niçoise. "
     "Puis-je vous appeler cette semaine ?\n\nCordialement,\nKarine", "fr"),
    ("Federalberghi Campania", "notizie@albergatori-campania.example", "Circolare: rinnovo CCNL Turismo",
     "Gentili associati,\n\nin allegato la sintesi del rinnovo. Il webinar di approfondimento sarà annunciato anche sulla nostra pagina LinkedIn.", "it"),
    ("Lorenzo Gatti", "direzione@solera-sorrento.example", "Post LinkedIn per la riapertura",
     "Ciao Alex,\n\nil marketing ha preparato il post su LinkedIn per la riapertura di marzo. Me lo approvi entro domani? Ti giro anche le foto della terrazza.\n\nLorenzo", "it"),
    ("Claire Vidal", "claire.vidal@hotel-remparts.example", "Fwd: Je souhaite rejoindre votre réseau",
     "Alex, je te transfère ça pour info : Julien va t'écrire sur LinkedIn, il reprend l'Atalaye. Il est très bien, réponds-lui si tu as un moment.\n\n"
     "---------- Message transféré ---------\nDe : Julien Castagné via LinkedIn <invitations@linkedin.com>\nObjet : Je souhaite rejoindre votre réseau\n\n"
     "Bonjour Claire, merci encore pour le contact...", "fr"),
    ("TheFork Manager", "noreply@thefork-manager.example", "Weekly report: La Terrazza, Firenze",
     "412 covers booked this week. Tip: share your new seasonal menu on LinkedIn and Instagram to reach business diners.", "en"),
    ("Eventbrite", "noreply@eventbrite.example", "Tu entrada: LinkedIn Local Málaga – edición hostelería",
     "Hola Alex, ya tienes tu entrada para LinkedIn Local Málaga (edición hostelería), jueves a las 19:00. Enseña este código en la puerta.", "es"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot thirty-fourth development corpus (dev34). Generated by scripts/make_corpus_dev34.py (seed {SEED}); do not edit by hand.",
          "# Alex as COO of a hotel and restaurant group in Spain, Italy and France: suppliers, booking and revenue vendors, OTAs, hospitality schools, "
          "peer chefs and GMs, event planners, wine merchants, seasonal staffing agencies. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev34", SEED, PEOPLE, FOREIGN, spoofs=12, other=12, header=HEADER)
