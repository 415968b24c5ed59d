#!/usr/bin/env python3
"""Write mailbot's dev152 corpus: tests/corpus/dev152/*.eml + expected.toml.

The angle: Alex is head of customer service at Cierzo, an online fashion brand based in
Madrid (about forty agents of its own, an outsourced weekend and campaign shift, chat,
e-mail and WhatsApp, returns across Spain, Portugal, Italy and France). Who writes to Alex
on LinkedIn: contact-centre outsourcers from Madrid, Colombia, Peru, Argentina, Lisbon and
Mauritius; chatbot, voice-AI, survey, review and tracking-page vendors; parcel carriers and
returns platforms; agents and team leads applying for jobs; peer heads of customer care who
swap benchmarks, templates and procedures; trainers, some with free or publicly funded
courses and some selling FUNDAE-subsidised ones; influencers after a paid collaboration;
headhunters; and customers who were refused a refund and take it out on Alex. Spanish of
Spain and of Latin America (Colombia, Mexico, Argentina, Peru, Uruguay, the Canaries),
English, some Italian and French.

Every scenario of the taxonomy is there, weighted to that world. The layout machinery comes
from scripts/make_corpus.py through scripts/corpus_stories.py; skills, the recipient's
headline, job-alert and news subjects, names, headlines and cities of spoof-only senders and
PYMK suggestions, and the lures that spoofs carry are swapped for this world in this process
only. The notes were written from shared/taxonomy.md alone, without reading mailbot's judging
code or its data, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev152.py              # writes tests/corpus/dev152
    python scripts/make_corpus_dev152.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260152

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the customer-service world (this process only)
SKILLS = {
    "es": ["Atención al cliente", "Experiencia de cliente (CX)", "Gestión de contact center", "Comercio electrónico", "Liderazgo de equipos", "Zendesk"],
    "en": ["Customer Service", "Customer Experience", "Contact Center Operations", "E-commerce", "Team Leadership", "Zendesk"],
    "it": ["Servizio clienti", "Customer experience", "Gestione del contact center", "E-commerce", "Gestione dei reclami"],
    "fr": ["Service client", "Expérience client", "Gestion de centre de contacts", "E-commerce", "Management d'équipe"],
    "de": ["Kundenservice", "Customer Experience", "Contact-Center-Management", "E-Commerce", "Teamführung"],
}
RHEADLINE = {
    "es": "Head of Customer Service en Cierzo – moda online, Madrid",
    "en": "Head of Customer Service at Cierzo – online fashion, Madrid",
    "it": "Head of Customer Service presso Cierzo – moda online, Madrid",
    "fr": "Head of Customer Service chez Cierzo – mode en ligne, Madrid",
    "de": "Head of Customer Service bei Cierzo – Online-Mode, Madrid",
}
for _l in SKILLS:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE[_l]

mc.LANGS = ["es", "en", "es", "it", "fr"]
mc.SPOOF_METHODS = ["lookalike:linkedln.com", "display:outlook.com", "dkimfail", "lookalike:linkedin-mail.co", "untrusted:mx.google.com",
                    "nodkim", "lookalike:xn--linkedn-dza.com", "display:gmail.com", "buried", "wrongpass", "noauth",
                    "lookalike:linkedin.com.evil.example"]

mc.CITY["es"] = ["Madrid", "Alcobendas", "Barcelona", "Valencia", "Bogotá", "Ciudad de México", "Lima"]
mc.CITY["en"] = ["London", "Dublin", "Manchester", "Leeds", "Miami", "Lisbon"]
mc.CITY["it"] = ["Milano", "Torino", "Bologna", "Roma", "Biella"]
mc.CITY["fr"] = ["Paris", "Lyon", "Lille", "Bordeaux", "Marseille"]
mc.NAMES["es"] = (["Cristina", "Jorge", "Leire", "Manuel", "Yolanda", "Aitor", "Vanesa", "Gustavo", "Irene", "Mauricio"],
                  ["Prieto", "Gallardo", "Bustos", "Calvo", "Quintero", "Salas", "Manrique", "Ocaña", "Vidal", "Pacheco"])
mc.NAMES["en"] = (["Holly", "Gavin", "Kirsty", "Dean", "Tamsin", "Shaun", "Lauren", "Neil"],
                  ["Fairbairn", "Hollis", "Pryce", "Rowntree", "Maddox", "Cartwright", "Lennox", "Oakes"])
mc.NAMES["it"] = (["Rebecca", "Simone", "Noemi", "Gabriele", "Ludovica", "Manuel", "Asia", "Cristian"],
                  ["Ferrero", "Colombo", "Bassi", "Testa", "Villa", "Longo", "Cattaneo", "Pagani"])
mc.NAMES["fr"] = (["Manon", "Quentin", "Océane", "Bastien", "Justine", "Romain", "Anaïs", "Kévin"],
                  ["Lebrun", "Fournier", "Caron", "Roux", "Barbier", "Noël", "Meunier", "Brun"])
mc.COMPANIES["good"] = ["Cierzo", "Trenzas Calzado", "Lavanda Home", "Nordvik Home", "Alcora Fashion Group", "Brindle & Co", "Grupo Albero Retail",
                        "Universidad Complutense de Madrid"]
mc.COMPANIES["sales"] = ["Andes Contact", "Replyo", "Devuelvo", "Tracklane", "Contactia BPO", "Voxly", "EnvíaYa", "Parlia"]
mc.HEADLINES["good"] = ["Customer Care Manager en {co}", "Head of CX | {co}", "Responsable de Atención al Cliente en {co}", "Team Leader Customer Service | {co}",
                        "Customer Experience Lead at {co}", "Quality & Training Manager | {co}"]
mc.HEADLINES["sales"] = ["Account Executive | {co}", "Business Development Manager en {co}", "Key Account Manager | {co}", "Sales Director Iberia at {co}",
                         "Partnerships | {co}", "Ejecutiva comercial en {co}"]
mc.JOBS[:] = [("Head of Customer Service", "Alcora Fashion Group"), ("Responsable de Atención al Cliente", "Trenzas Calzado"),
              ("Customer Experience Manager – Iberia", "Nordvik Home"), ("Director/a de Customer Care", "Grupo Albero Retail"),
              ("Contact Center Manager (e-commerce)", "Lavanda Home")]
for _l, _t in {"es": ["Tus tickets de Black Friday", "Pregunta rápida", "Para el equipo de Cierzo", "¿20 minutos?", "Devoluciones"],
               "en": ["Your Black Friday queue", "Quick question", "For the Cierzo support team", "20 minutes?", "Returns"],
               "it": ["I vostri ticket", "Domanda veloce", "Per il team di Cierzo", "20 minuti?", "Resi"],
               "fr": ["Vos tickets du Black Friday", "Petite question", "Pour l'équipe Cierzo", "20 minutes ?", "Retours"],
               "de": ["Ihre Tickets", "Kurze Frage", "Für das Cierzo-Team", "20 Minuten?", "Retouren"]}.items():
    mc.INMAIL_SUBJECTS[_l]["sales"] = _t
retitle_other({
    "es": {"job": ("{n} empleos nuevos de «responsable de atención al cliente»", "Tu alerta de empleo de responsable de atención al cliente en {city}"),
           "news": "¿Adiós al teléfono? Las marcas de moda cierran sus líneas de atención",
           "group": "Conversaciones destacadas en Profesionales de Experiencia de Cliente España",
           "newsletter": "Cola cero: lo que aprendimos tras una campaña de rebajas sin colapsar"},
    "en": {"job": ("{n} new jobs for \"head of customer service\"", "Your job alert for head of customer service in {city}"),
           "news": "Retailers are charging for returns. Do customers care?",
           "group": "Top conversations in Customer Service Leaders Network",
           "newsletter": "The Queue: why your CSAT survey is lying to you"},
    "it": {"job": ("{n} nuove offerte per «responsabile servizio clienti»", "Il tuo avviso di lavoro per responsabile servizio clienti a {city}"),
           "news": "Resi a pagamento: la moda online cambia le regole",
           "group": "Conversazioni principali in Customer Care Italia",
           "newsletter": "Il taccuino del customer care: macro che non sembrano macro"},
    "fr": {"job": ("{n} nouvelles offres pour « responsable service client »", "Votre alerte emploi pour responsable service client à {city}"),
           "news": "Retours payants : les enseignes de mode franchissent le pas",
           "group": "Meilleures discussions dans Responsables Relation Client France",
           "newsletter": "Le carnet du SAV : répondre à un client furieux en moins de 3 phrases"},
})

# what spoofs in someone's name carry: lures dressed as customer-service business
SPOOF_PITCH = {
    "es": ["Hola {first}, te he compartido el informe de incidencias del transportista de este mes. Inicia sesión para descargarlo antes del viernes.",
           "Estimado/a {first}: hay un reembolso de 1.240 € retenido en su cuenta de comercio. Verifique sus datos en el enlace seguro para liberarlo."],
    "en": ["Hi {first}, I've shared the customer-complaints audit for your team. Sign in to the secure viewer before the link expires.",
           "Hello {first}, a chargeback dispute on your merchant account needs a reply within 24 hours. Confirm your details here."],
    "it": ["Ciao {first}, ti ho condiviso il report dei reclami del corriere. Accedi per scaricarlo.",
           "Gentile {first}, un rimborso è bloccato sul suo account commerciante. Verifichi i suoi dati tramite il link sicuro."],
    "fr": ["Bonjour {first}, je vous ai partagé le rapport des litiges transporteur. Connectez-vous pour le consulter.",
           "Bonjour {first}, un remboursement de 860 € est bloqué sur votre compte marchand. Confirmez vos coordonnées via le lien sécurisé."],
    "de": ["Hallo {first}, ich habe Ihnen den Reklamationsbericht freigegeben. Bitte melden Sie sich an, um ihn zu öffnen.",
           "Guten Tag {first}, eine Rückerstattung auf Ihrem Händlerkonto ist blockiert. Bitte bestätigen Sie Ihre Daten."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)
# layout era forced for people whose notes speak of recent things (AI agents, WhatsApp, podcasts, creators)
ERAS: dict[str, str] = {}


# =============================================================== good_invitation
P("good_invitation", "es", "Nuria Cabrerizo", "Customer Care Lead | Calzado online | Barcelona", "Barcelona",
  ("inv", "Hola Alex, llevo atención al cliente en una marca de zapatillas de Barcelona. Estamos pensando en quitar el teléfono y dejar "
          "solo chat y WhatsApp, y vi que vosotros lo hicisteis. ¿Me contarías cómo os fue con la satisfacción? Te paso nuestros datos a cambio."),
  ("rem",))
ERAS["Nuria Cabrerizo"] = "cur"
P("good_invitation", "es", "Camila Restrepo Uribe", "Agente bilingüe de atención al cliente | Inglés C1 | Chat y e-mail", "Madrid",
  ("inv", "Hola Alex, vi en la web de Cierzo la vacante de agente bilingüe para el turno de tarde. Llevo tres años en atención por chat "
          "para una aerolínea y manejo Zendesk. Ya mandé el CV por la web, pero quería presentarme también por aquí. ¡Gracias!"),
  ("rem",))
P("good_invitation", "en", "Tom Ashcroft", "Head of Customer Operations at Brindle & Co", "Leeds",
  ("inv", "Alex - we're a fashion etailer about your size, based in Leeds. A few of us CX heads swap monthly numbers (first response, "
          "CSAT, contacts per 100 orders) in a shared sheet. No vendors. Fancy joining? I'll send last quarter's file first."))
P("good_invitation", "es", "Lorenzo Pace", "Responsabile Customer Care | Lanificio online", "Biella",
  ("inv", "Ciao Alex, ci siamo conosciuti al panel sui resi a Milano. Ti avevo promesso il nostro modello di policy per il 'prova a casa "
          "e paghi dopo': accetta pure e te lo mando in chat, senza impegno."),
  nl="it")
P("good_invitation", "es", "Marisol Tejada", "Coordinadora de formación | Fundación Sectorial del Comercio", "Madrid",
  ("inv", "Buenas Alex: abrimos plazas del curso online 'Gestión de clientes difíciles' (40 h) para trabajadores del comercio. Lo "
          "financia el SEPE: no cuesta nada ni al alumno ni a la empresa. Si alguien de tu equipo quiere apuntarse, te paso el enlace."))
P("good_invitation", "es", "Javier Olazábal", "Coordinador de prácticas | Máster en Experiencia de Cliente, Universidad Complutense", "Madrid",
  ("inv", "Hola Alex, coordino las prácticas del Máster en Experiencia de Cliente de la Complutense. Tengo seis alumnos que buscan "
          "prácticas en atención al cliente de e-commerce desde enero, con convenio y sin coste. ¿Te mando perfiles?"),
  ("rem",))
P("good_invitation", "fr", "Élise Marchand", "Directrice Relation Client | Maison Ardent, prêt-à-porter", "Lyon",
  ("inv", "Bonjour Alex, j'organise une table ronde gratuite entre responsables service client du textile au salon de septembre : "
          "retours, fraude au remboursement, saisonniers. Aucun fournisseur dans la salle. Partant(e) pour venir témoigner ?"),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "es", "Rodrigo Benavente", "Comercial | Soluciones de logística para e-commerce", "Getafe", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Kayleigh Dunmore", "Business Development | Nearshore BPO | Customer Support", "Manchester", ("inv", NONOTE))
P("default_invitation", "es", "Fabiola Medina", "Creadora de contenido | Moda y lifestyle | Colaboraciones por DM", "Sevilla", ("inv", DEFAULT))
P("default_invitation", "it", "Stefano Riva", "Area Manager | Logistica e-commerce", "Piacenza", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "es", "Andrés Felipe Mejía", "Director Comercial | Andes Contact | Nearshore desde Medellín", "Medellín",
  ("inv", "Alex, buen día. En Andes Contact atendemos a marcas europeas desde Medellín, agentes nativos y bilingües, 24/7, cerca de un "
          "40% más económico que un equipo en Madrid. ¿Le puedo compartir la tarifa por hora y agendar 20 minutos esta semana?"),
  ("rem",))
P("sales_invitation", "en", "Priyanka Raman", "Account Executive, EMEA | Replyo – AI agents for retail support", "London",
  ("inv", "Hi Alex - noticed Cierzo still routes 'where is my order' tickets to people. Replyo's AI agent closes about 65% of those end "
          "to end, in Spanish too. Worth 15 mins to see it running on your own ticket data?"))
ERAS["Priyanka Raman"] = "cur"
P("sales_invitation", "es", "Beatriz Lozoya", "Partner Manager | Devuelvo – devoluciones sin fricción", "Valencia",
  ("inv", "¡Hola Alex! ¿Cuánto os cuestan las devoluciones? Con Devuelvo el cliente cambia de talla en dos clics y recuperáis casi un "
          "tercio de los reembolsos como cambio. Te enseño una demo de 20 min cuando te venga bien 🙂"))
P("sales_invitation", "es", "Óscar Villena", "Consultor de formación bonificada FUNDAE para empresas", "Madrid",
  ("inv", "Buenos días Alex, ¿sabías que tu empresa tiene crédito de FUNDAE sin gastar? Montamos cursos de atención telefónica y gestión "
          "de quejas 100% bonificables y nos encargamos del papeleo. ¿Te llamo y te calculo el crédito disponible?"),
  ("rem",))
P("sales_invitation", "it", "Giada Lombardo", "Fashion creator | 85K su Instagram | Milano", "Milano",
  ("inv", "Ciao Alex! Adoro i capi di Cierzo 😍 Sto pianificando i contenuti di settembre: per un reel più tre stories chiedo 900 € "
          "più i capi. Posso mandarti il media kit?"))
ERAS["Giada Lombardo"] = "cur"
P("sales_invitation", "fr", "Damien Roussel", "Key Account Manager | Audits qualité & clients mystères", "Paris",
  ("inv", "Bonjour Alex, nous réalisons des appels et chats mystères pour les marques de mode en ligne, retours compris. Puis-je "
          "vous envoyer une proposition tarifaire pour un audit de votre service client en Espagne et en France ?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "es", "Gonzalo Arrieta", "Fundador | Círculo CX Madrid", "Madrid",
  ("inv", "Alex, estoy juntando a un grupo pequeño de responsables de atención al cliente de Madrid para desayunar una vez al mes y "
          "contarnos qué nos funciona. Sin proveedores, sin presentaciones. ¿Te apuntas?"),
  ("msg", "¡Qué bien tenerte en el Círculo! Te cuento una cosa antes del primer desayuno: aparte del grupo dirijo Sonora, una plataforma "
          "omnicanal con IA para atención al cliente. Los miembros tienen un 20% de descuento en la licencia el primer año. "
          "¿Te hago una demo de media hora el jueves y así llegas al desayuno con ventaja?", (3, 9)),
  ("msg", "Buenas Alex, ¿te dio tiempo a mirar lo de Sonora? El descuento para el Círculo lo cierro a final de mes, avísame y te guardo la tarifa."))
ERAS["Gonzalo Arrieta"] = "cur"
P("bait_and_switch_invitation", "en", "Hannah Keel", "Research Lead | Service Benchmarks Europe", "Dublin",
  ("inv", "Hi Alex, we're running a free benchmark of response times across 40 European fashion retailers. Everyone who takes part "
          "gets the full anonymised report. OK to include Cierzo? All it takes is one test chat from us."),
  ("msg", "Thanks for connecting! The benchmark is out: Cierzo came in at 11 hours first response on email, well off the top quartile. "
          "The good news is our managed-inbox team in Cape Town can get you under 2 hours from €6.90 per agent hour. "
          "Shall I put a proposal together for you?", (12, 25)))
P("bait_and_switch_invitation", "es", "Silvia Cantero", "Formadora de equipos de atención al cliente | Comunicación y desescalada", "Zaragoza",
  ("inv", "Hola Alex, el día 14 hago un taller online gratuito sobre cómo calmar a clientes enfadados por chat, pensado para "
          "coordinadores. Una hora, casos reales, nada de venta. Si te interesa te guardo plaza."),
  ("msg", "¡Gracias por conectarte al taller! Como viste, el tema da para mucho. Tengo un programa de seis sesiones para equipos de "
          "atención, 100% bonificable por FUNDAE: 3.200 € para un grupo de 15. ¿Lo vemos con quien lleve formación en RR. HH.?", (6, 15)),
  ("msg", "Alex, te escribo otra vez por si se perdió el mensaje: me quedan dos grupos para el trimestre. ¿Te reservo uno?"))
P("bait_and_switch_invitation", "es", "Matías Ferreyra", "Head of Partnerships | Red de Líderes CX España–Latam", "Buenos Aires",
  ("inv", "¡Hola Alex! Armamos una comunidad de líderes de experiencia de cliente de España y Latinoamérica, con charlas mensuales "
          "gratis. Me encantaría sumarte, tenés un recorrido re interesante."),
  ("msg", "¡Buenísimo que estés adentro! Te cuento que, en paralelo a la comunidad, tenemos una operación de contact center en Córdoba "
          "con agentes de acento neutro, ideales para cubrirles la noche de España. ¿Te paso una cotización por agente así lo ves tranqui?"))
P("bait_and_switch_invitation", "en", "Jamie Kerrigan", "Ops & CX | ex-fashion etail", "London",
  ("inv", "Alex, quick one from one CX person to another: how are you dealing with bracketing (people ordering three sizes and "
          "sending two back)? It's 40% of our returns now and I'm curious whether you restrict it at all."),
  ("msg", "Cheers for connecting! Full transparency, I've just joined Loopwise - we tackle exactly this with size prediction at "
          "checkout. Could I grab 20 mins with you and whoever runs your e-commerce next week?", (2, 8)),
  ("msg", "Hi Alex, bumping this up - we have one pilot slot left for Spanish retailers before peak. Tuesday or Wednesday?"))
ERAS["Jamie Kerrigan"] = "cur"


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "es", "Verónica Salgado", "Estudiante del Máster en Marketing Digital | Prácticas en Parlia", "Madrid",
  ("inm", "Entrevista para mi TFM", "Hola Alex, perdona que te escriba sin conocerte. Estoy terminando el máster y mi TFM va de "
          "experiencia de cliente en moda online. ¿Me darías 15 minutos para una entrevista? Me ayudaría muchísimo tener la visión de alguien "
          "que lleva un equipo de verdad."),
  ("inm", "Re: Entrevista para mi TFM", "¡Mil gracias por la entrevista! Te confieso una cosa: además del máster estoy de prácticas en el "
          "equipo comercial de Parlia, un software de encuestas NPS por WhatsApp. Por lo que me contaste, os encajaría genial. ¿Te "
          "preparo una oferta y te la presenta mi responsable en una llamada?", (4, 12)))
ERAS["Verónica Salgado"] = "cur"
P("bait_and_switch_inmail", "en", "Rory Gallagher", "Host, The Service Desk podcast", "Dublin",
  ("inm", "Guest spot on The Service Desk?", "Hi Alex, I host a small podcast on customer service leadership, about 4k listeners, "
          "mostly CX managers. Would you come on to talk about how you run returns at Cierzo? 40 minutes, recorded remotely, whenever "
          "suits you."),
  ("inm", "Re: Guest spot on The Service Desk?", "Brilliant, delighted you're up for it! Before we book: guest episodes are part of "
          "our partner series, so there's a production fee of €1,500, which includes a promo pack for your socials. I'll send the invoice "
          "along with the calendar link."))
ERAS["Rory Gallagher"] = "cur"
P("bait_and_switch_inmail", "fr", "Yasmine Haddad", "Responsable SAV | Lingerie en ligne", "Bordeaux",
  ("inm", "Question sur vos retours", "Bonjour Alex, je m'occupe du SAV d'une petite marque de lingerie à Bordeaux. Comment gérez-vous "
          "les retours depuis les Canaries ? Les transporteurs nous facturent une fortune et les clientes attendent des semaines. Merci d'avance "
          "pour votre retour."),
  ("inm", "Merci + une proposition", "Merci beaucoup pour votre réponse détaillée ! En fait, je viens de lancer une activité de conseil "
          "en douane e-commerce en parallèle : je peux auditer vos flux Canaries et DOM-TOM pour 2 400 € HT. On cale un appel la semaine "
          "prochaine ?", (5, 14)))


# =============================================================== endorse_me_back
P("endorse_me_back", "es", "Lucía Montenegro", "Team Leader de atención al cliente | Abierta a nuevos retos", "Madrid",
  ("end",), ("end",),
  ("msg", "¡Holaa Alex! Te he validado {skill}, que te lo mereces 😊 ¿Me harías el favor de validarme 'Gestión de equipos' y 'Zendesk'? "
          "Estoy moviendo el CV y me vendría genial. ¡Mil gracias!"))
P("endorse_me_back", "en", "Derek Voss", "CX Consultant | Speaker | Customer Journey Geek", "Miami",
  ("end",),
  ("msg", "Alex, gave you a nod for {skill}, you clearly know your stuff. Any chance you'd return it on Customer Journey Mapping? "
          "It helps my profile show up when companies search for consultants."))
P("endorse_me_back", "es", "Alessia Ruggiero", "Customer Service Specialist | Italiano, español, inglés", "Madrid",
  ("end",), ("end",),
  ("msg", "Ciao Alex! Ti ho lasciato una conferma su {skill}. Se ti va, ricambieresti su 'Gestione reclami'? Sto cercando lavoro a "
          "Madrid e ogni conferma aiuta. Grazie mille!"),
  nl="it")


# =============================================================== hostility_after_decline
P("hostility_after_decline", "es", "Encarna Ruiz Palomo", "Administrativa", "Jaén",
  ("inv", "Buenas tardes, soy clienta de Cierzo. Llevo tres semanas esperando el reembolso de un abrigo que devolví y en el chat "
          "me dicen que no procede. Quisiera hablar con usted directamente."),
  ("rem",),
  ("inm", "Vergüenza", "Ni me acepta la invitación ni me devuelve mis 189 euros. Es usted una irresponsable y una maleducada, igual que "
          "todo su equipo. Tanto 'atención al cliente' en el título y luego no atienden a nadie. Pienso contarlo en todas las redes y "
          "en la OCU. Qué poca vergüenza."))
P("hostility_after_decline", "en", "Kevin Marsh", "Sales Director EMEA | ContactPoint Outsourcing", "Lisbon",
  ("inv", "Alex, we run multilingual weekend and peak cover for fashion brands out of Lisbon. Could I send you our rate card?"),
  ("inm", "Manners", "Alex, I've sent an invite and a note. Not even a 'no thanks'? For someone whose job title is literally customer "
          "service, that's a pretty poor show. I'd expect better from one of your junior agents."))
P("hostility_after_decline", "es", "Yeray Santana", "Coordinador de turno | Contact center", "Las Palmas de Gran Canaria",
  ("inv", "Hola Alex, me presenté al puesto de team leader del turno de noche. Me gustaría saber en qué punto está el proceso, "
          "si se puede."),
  ("inm", "Sin respuesta", "Veo que ni me aceptas ni me contestas. Luego os llenáis la boca con la 'experiencia del candidato' en los "
          "posts. Menuda empresa de pacotilla. Ya me enteré de que cogisteis a un enchufado, así que no hace falta que respondas."))
P("hostility_after_decline", "es", "Daniela Ochoa", "Creadora de contenido | Moda sostenible | CDMX", "Ciudad de México",
  ("inv", "¡Hola Alex! Me encanta lo que hacen en Cierzo 💚 Te escribo para proponerles una colaboración pagada para su llegada a "
          "México. ¿Platicamos?"),
  ("rem",),
  ("inm", "Qué oso", "Qué oso, de verdad. Te escribí con toda la buena onda y ni siquiera contestas. Así de soberbios son en tu marca, "
          "ya entiendo por qué tienen tantas quejas en redes. Ojalá alguien les enseñe modales antes de que lleguen a México."))
ERAS["Daniela Ochoa"] = "cur"


# =============================================================== hostility_connection
P("hostility_connection", "es", "Ramiro Quesada", "Director de Cuentas | EnvíaYa Logística", "Madrid",
  ("msg", "Alex, te escribo porque este trimestre tenemos tarifa especial para moda: entrega en 24 h en península a 3,10 € y "
          "recogida de devoluciones en punto de conveniencia sin coste extra. ¿Te preparo una simulación con vuestros volúmenes?"),
  ("msg", "Hola de nuevo, te dejo la simulación hecha con datos de mercado, os ahorraríais unos 40.000 € al año. ¿La vemos?"),
  ("msg", "Tres mensajes y ni un 'no, gracias'. Tú, que vives de atender a clientes. Así os va con las reseñas. Muy profesional todo."))
P("hostility_connection", "it", "Federico Arnaldi", "Co-founder | Chattino – chatbot per e-commerce", "Torino",
  ("acc",),
  ("msg", "Grazie del collegamento Alex! Ti lascio due righe: Chattino risponde su resi, taglie e tracking in sei lingue ed è "
          "integrato con Shopify. Prova gratuita 30 giorni, poi 490 € al mese. Fissiamo una call?"),
  ("msg", "Mi hai aggiunto tu e poi sparisci? Bel modo di fare. Chi lavora nel customer service dovrebbe sapere cosa vuol dire "
          "rispondere. Lasciamo perdere, auguri."))
ERAS["Federico Arnaldi"] = "cur"


# =============================================================== connection_only_pitches
P("connection_only_pitches", "es", "Sandra Picazo", "Key Account Manager | Contactia BPO", "Madrid",
  ("msg", "Hola Alex, ¿cómo vais de cara a Black Friday? Nosotros montamos refuerzos de atención en diez días con agentes que ya han "
          "trabajado para marcas de moda. ¿Te paso propuesta para noviembre y diciembre?"),
  ("msg", "Alex, ¿has podido pensarlo? Nos quedan 12 posiciones libres para campaña, te las bloqueo si me dices algo esta semana."),
  ("msg", "Última y no molesto más: si preferís para rebajas de enero también hay hueco. ¿10 minutos por teléfono?"))
P("connection_only_pitches", "en", "Craig Donovan", "Partnerships | Tracklane – branded post-purchase tracking", "Manchester",
  ("msg", "Alex, hope you're well. Tracklane's branded tracking pages cut 'where's my order' tickets by about a third for retailers "
          "like yours. Fancy a quick look?"),
  ("msg", "Following up - we've just added the big Spanish carriers (Correos Express, SEUR, GLS). Happy to run a free 60-day pilot "
          "if you want to put numbers on it."))
P("connection_only_pitches", "fr", "Noémie Favre", "Responsable grands comptes | Avisia – gestion des avis clients", "Lille",
  ("msg", "Bonjour Alex, nous aidons les marques de mode à transformer leurs avis négatifs en ventes, avec des réponses suggérées par "
          "IA. Auriez-vous 30 minutes pour une démo ?"),
  ("msg", "Je me permets de vous relancer : ce mois-ci nous proposons -25 % la première année aux marques espagnoles. Je vous envoie le devis ?"))
ERAS["Noémie Favre"] = "cur"


# =============================================================== single_pitch
P("single_pitch", "es", "Iván Carrasco", "Fundador | Cabinas acústicas para oficinas y contact centers", "Alcalá de Henares",
  ("msg", "Alex, ¿tus agentes trabajan en open space? Fabricamos cabinas acústicas que bajan el ruido de fondo en las llamadas y "
          "te puedo dejar una dos semanas de prueba. ¿Te mando catálogo y precios?"))
P("single_pitch", "en", "Louise Barrow", "Workforce Management Consultant | Contact centres", "Bristol",
  ("msg", "Hi Alex, I see you're hiring agents again. Most teams your size are over-staffed in the morning and short in the evening. "
          "I do WFM audits, fixed fee of €4,800 over two weeks. Would a short call be useful?"))
P("single_pitch", "es", "Valeria Sosa", "Ejecutiva comercial | Encuestas de satisfacción por WhatsApp", "Montevideo",
  ("msg", "Hola Alex, ¿qué tal? Te escribo para contarte de nuestro servicio de encuestas post-contacto por WhatsApp, con planes desde "
          "199 USD por mes. ¿Coordinamos una llamadita para mostrártelo?"))
ERAS["Valeria Sosa"] = "cur"


# =============================================================== connection_brings_value
P("connection_brings_value", "es", "Patricia Olmos", "Head of Customer Care | Cosmética online", "Madrid",
  ("end",),
  ("msg", "¡Alex! Te mando lo prometido en el meetup: nuestra tabla de tiempos de respuesta por canal del último trimestre y la "
          "plantilla de macros para retrasos del transportista. Úsala sin problema. Si tienes algo parecido para devoluciones, "
          "me encantaría verlo."))
P("connection_brings_value", "en", "Aisling Byrne", "Customer Experience Manager | Dublin", "Dublin",
  ("msg", "Hey Alex, the contact-centre association is trialling a Madrid chapter and running a free half-day on quality frameworks "
          "for small teams on 3 October. Thought of you straight away. They give CPD certificates as well. I can put your name down "
          "if you'd like to go."))
P("connection_brings_value", "es", "Fernando Iglesias", "Operations Director | ex-compañero en retail", "Madrid",
  ("msg", "Oye Alex, el responsable de operaciones de Lavanda Home me pregunta por alguien que haya montado atención en portugués "
          "desde Madrid. Le he hablado de ti; si te parece bien os pongo en contacto por correo. Él te puede contar su experiencia con "
          "el outsourcing en Oporto, que creo que os interesa."),
  ("msg", "Hecho, os he puesto en copia a los dos. ¡Ya me contarás qué tal!"))
P("connection_brings_value", "fr", "Sophie Lambert", "Responsable Expérience Client | Marseille", "Marseille",
  ("msg", "Bonjour Alex, suite à notre échange au salon : voici le lien vers notre grille d'évaluation qualité des conversations chat "
          "(12 critères), libre de droits. Si elle peut servir à votre équipe, tant mieux !"))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "es", "Carolina Vidal", "Executive Search | Retail & Consumo", "Madrid",
  ("inm", "Dirección de Customer Experience – moda internacional", "Hola Alex, estoy llevando la búsqueda de un/a Director/a de "
          "Customer Experience para una marca de moda presente en 14 mercados, con sede en Madrid. Reporta al COO, equipo de unas 120 "
          "personas entre propio y externo, banda de 95-110k más variable. ¿Te apetece que lo hablemos en confidencial?"))
P("stranger_inmail_recruiter", "en", "Nathaniel Price", "Talent Partner | Halden Marketplace", "London",
  ("inm", "Head of Customer Support, Spain & LatAm", "Hi Alex, I lead hiring for our support org at Halden. We're opening a Madrid hub "
          "to cover Spain and Latin America and need someone to build it from zero to around 60 people. Hybrid, equity included. Would "
          "you be open to a 20-minute chat with me and our VP Support?"))
ERAS["Nathaniel Price"] = "cur"
P("stranger_inmail_recruiter", "it", "Francesca Neri", "HR Manager | Gruppo moda, Milano", "Milano",
  ("inm", "Responsabile Customer Service Europa", "Buongiorno Alex, cerchiamo un/una responsabile del servizio clienti per i mercati "
          "europei del gruppo (sei marchi, 45 persone). Spagnolo e inglese indispensabili, l'italiano si impara con noi: offriamo anche "
          "il corso. Le andrebbe di fare una prima chiacchierata?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "fr", "Hugo Renard", "Business Developer | Centre de contacts à l'île Maurice", "Port-Louis",
  ("inm", "Service client francophone pour Cierzo", "Bonjour Alex, vous ouvrez le marché français ? Notre centre à l'île Maurice "
          "gère le service client de marques de mode en français et en anglais, 7j/7, à 14 € de l'heure. Puis-je vous adresser une "
          "présentation ?"))
P("stranger_inmail_sales", "en", "Brooke Saunders", "Enterprise AE | Voxly Voice AI", "New York",
  ("inm", "A voice agent for your phone line", "Hi Alex, Voxly answers calls with a voice that customers honestly can't tell from a "
          "person, in Spanish and English, and hands off to your agents when needed. Brands your size save 30-40% on phone staffing. "
          "Open to a demo?"),
  ("inm", "Re: A voice agent for your phone line", "Hi again Alex, I know inboxes are busy. We're offering three Spanish retailers a "
          "free month before peak. Should I hold one for Cierzo?"))
ERAS["Brooke Saunders"] = "cur"
P("stranger_inmail_sales", "es", "Jimena Cárdenas", "Gerente comercial | Centro de contacto en Lima", "Lima",
  ("inm", "Propuesta de servicio de atención al cliente", "Estimado Alex, reciba un cordial saludo desde Lima. Somos un centro de "
          "contacto con 600 posiciones y experiencia con marcas de retail en España. Nos gustaría presentarle nuestra propuesta económica "
          "para su servicio de atención. Quedo atenta para coordinar una videollamada."))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "es", "Mireia Puigdomènech", "CX Manager | Bolsos y accesorios | Barcelona", "Barcelona",
  ("inv", "Hola Alex! Llevo atención al cliente en una marca de bolsos de Barcelona. Creo que compartimos transportista y los dos "
          "sufrimos las incidencias de noviembre. ¿Nos contamos cómo lo gestionamos? Te paso nuestro protocolo."),
  ("msg", "Aquí tienes el protocolo que te comenté y las plantillas de aviso proactivo que mandamos cuando hay retraso. Cualquier duda, "
          "me dices."),
  ("msg", "Alex, una novedad: dejo la marca y me incorporo a Resolvia como partner. Montamos equipos de atención externalizados para "
          "moda. Como ya sabes cómo trabajo, ¿te encajaría una reunión para presentarte nuestra propuesta de temporada?", (20, 45)))
P("good_turns_ugly", "en", "Ravi Menon", "Writer, Support Teardowns newsletter", "London",
  ("inv", "Alex, I write a free monthly teardown of fashion brands' support experience (no paywall, no sponsors). I'd like to feature "
          "Cierzo's returns flow as a good example. OK to connect so I can send you the draft first?"),
  ("msg", "Here's the draft. Correct anything you like before it goes out on Thursday, and thanks for building something worth writing about."),
  ("end",),
  ("msg", "Glad you liked the piece! I endorsed you for {skill} last week - would you mind endorsing me for Customer Experience "
          "Strategy? I'm trying to collect a few from actual practitioners."))
ERAS["Ravi Menon"] = "cur"
P("good_turns_ugly", "es", "Álvaro Lucena", "Operaciones | Logística inversa para moda", "Toledo",
  ("inv", "Hola Alex, he recopilado los motivos de devolución de tres marcas de moda (unas 80.000 devoluciones, anonimizadas). Si te "
          "sirve para comparar con Cierzo, te lo paso sin más."),
  ("msg", "Te dejo el Excel. La pestaña 'tallaje' es la más interesante: el 52% de las devoluciones son por talla, no por calidad."),
  ("msg", "Alex, ahora que has visto los datos: en Retorna gestionamos el almacén de devoluciones de esas tres marcas, con inspección "
          "y reacondicionado en 48 h. Te propongo una visita a la nave de Toledo y te preparo tarifa por unidad. ¿Qué semana te viene bien?"))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "es", "Marcos Tirado", "Sales Manager | Charla.ai – chatbots para retail", "Madrid",
  ("inm", "Reduce un 30% tus costes de atención", "Hola Alex, en Charla.ai automatizamos las consultas repetitivas de tiendas online "
          "(tallas, envíos, devoluciones). ¿Te muestro en 20 minutos cuánto os ahorraríais?"),
  ("inv", "Hola Alex, coincidimos en el eCommerce Day de Madrid. Me encantaría tenerte en mi red."))
ERAS["Marcos Tirado"] = "cur"
P("reinvite_known_bad", "en", "Harriet Cole", "Customer Experience | Career changer", "Manchester",
  ("inv", DEFAULT), ("rem",),
  ("inv", "Hi Alex, I've just moved into a CX role myself and I'm trying to connect with people who do it well. Would love to follow your work."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "es", "Ricardo Almeida Pons", "Autónomo", "Valencia",
  ("inm", "Reembolso denegado", "Me han denegado el reembolso de unas botas que se despegaron a los dos meses, y encima su agente me "
          "dice que es 'uso indebido'. Son ustedes unos estafadores y usted, como responsable, la primera. Cobrar sí que saben. Espero "
          "que le despidan."),
  ("inv", "Buenas, quería disculparme por el tono del otro día. ¿Podemos conectar y lo hablamos con calma?"))
P("reinvite_known_ugly", "es", "Luis Fernando Garza", "Director de Estrategia | Insights CX México", "Monterrey",
  ("inm", "Reporte gratuito: servicio al cliente en moda", "Hola Alex, estamos preparando un reporte gratuito sobre tendencias de "
          "servicio al cliente en moda en España y México. ¿Me regalas cinco respuestas? Te mandamos el reporte completo en cuanto salga."),
  ("inm", "Gracias + siguiente paso", "¡Gracias por contestar la encuesta! Con tus respuestas vemos que Cierzo podría automatizar la mitad "
          "de sus tickets con nuestra plataforma. ¿Te agendo una demo con nuestro equipo de preventa esta semana?"),
  ("inv", "Alex, ya salió el reporte final y quiero compartírtelo. ¿Conectamos para seguir en contacto?"))
ERAS["Luis Fernando Garza"] = "cur"


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "es", "Eduardo Pizarro", "Gerente de Cuentas | Paquetería urgente", "Madrid",
  ("acc",),
  ("msg", "Gracias por conectar, Alex. Aprovecho: ¿quién lleva en Cierzo la negociación con transportistas? Tenemos una tarifa de "
          "devoluciones con recogida a domicilio que os puede encajar. Si me pasas el contacto, le mando propuesta hoy mismo."))
P("user_invited_pitch_once", "en", "Grace Whitmore", "Founder | Kindly – empathy training for support teams", "London",
  ("acc",),
  ("msg", "Thanks for the invite after the panel, Alex! Our four-week programme on tone and empathy is €290 per agent, and I could run "
          "a pilot cohort for Cierzo in January. Want me to send the brochure?"))
P("user_invited_pitch_once", "it", "Paolo Bertolini", "Business Development | Magazzino resi per la moda", "Piacenza",
  ("acc",),
  ("msg", "Grazie per l'invito! Visto che state crescendo in Italia: gestiamo il magazzino resi di diversi brand moda a Piacenza, con "
          "tariffa a collo. Ti mando il listino?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "es", "Lidia Escobar", "Consultora Zendesk | Partner certificado", "Barcelona",
  ("acc",),
  ("msg", "¡Gracias por la invitación, Alex! Ya que trabajáis con Zendesk: hacemos auditorías de configuración, automatizaciones y "
          "migraciones. En una mañana vemos qué os sobra y qué os falta. ¿Te envío propuesta?"),
  ("msg", "Hola de nuevo, te he dejado la propuesta en el correo: precio cerrado de 6.500 € y arrancamos en dos semanas. ¿La revisamos "
          "el martes?"))
P("user_invited_pitch_twice", "en", "Connor Walsh", "Sales Lead | Fitbay virtual fitting", "Dublin",
  ("acc",),
  ("msg", "Thanks for connecting, Alex! Size questions are usually the biggest chunk of pre-sale contacts for fashion brands. Fitbay's "
          "fit widget cuts them by around 25%. Could I show you how it works on your product pages?"),
  ("msg", "Hi Alex, circling back: we can have Fitbay live on a test category within a week, and the first month is on us. Shall I "
          "loop in your e-commerce lead?"))
ERAS["Connor Walsh"] = "cur"


# =============================================================== user_invited_value
P("user_invited_value", "es", "Inmaculada Roldán", "Directora de Atención al Cliente | Retail deportivo", "Alcobendas",
  ("acc",),
  ("msg", "Gracias por la invitación, Alex. Como te dije en la jornada, te mando nuestro cuadro de mando de calidad y cómo calculamos "
          "el coste por contacto. Y si queréis venir a ver nuestro contact center en Alcobendas, estáis invitados, avísame con una semana."))
P("user_invited_value", "fr", "Lucas Moreau", "Head of Support | Marketplace seconde main | Paris", "Paris",
  ("acc",),
  ("msg", "Merci pour l'invitation ! Comme promis, voici notre doc interne sur la détection de fraude au remboursement, avec un "
          "chapitre sur les vêtements portés puis renvoyés. Tu peux la partager avec ton équipe."))
P("user_invited_value", "en", "Megan Tully", "Customer Service Team Lead | Dublin", "Dublin",
  ("acc",),
  ("msg", "Thanks for connecting, Alex! Here's the guide to Irish consumer rights on returns I mentioned, our solicitor went through "
          "it. If your team ships to Ireland and anything's unclear, happy to jump on a call."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Rocío Valverde", "Jefa de Operaciones de Tienda Online | Moda infantil", "Madrid", ("acc",))
P("acceptance_only", "fr", "Sébastien Moulin", "Directeur Service Client | E-commerce mode", "Paris", ("acc",))
P("lone_endorsement", "es", "Kiko Benítez", "Agente de atención al cliente en Cierzo", "Madrid", ("end",))
P("lone_endorsement", "en", "Ana Paula Ríos", "Quality Analyst | Customer Support", "Guadalajara", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Cierzo Soporte", "soporte@cierzo.zendesk.example", "[Ticket #48211] Reembolso abrigo – escalado",
     "Hola Alex,\n\nla clienta Encarna Ruiz insiste en hablar contigo y dice que te ha escrito por LinkedIn. El reembolso se denegó porque "
     "la prenda llegó usada. ¿Lo revisas tú?\n\nTurno de tarde", "es"),
    ("Marta Albiol", "marta.albiol@cierzo.example", "Post de LinkedIn sobre el premio de atención",
     "Alex,\n\nhemos preparado el post para LinkedIn sobre el premio a la mejor atención al cliente en moda. ¿Le echas un ojo antes de las "
     "12? Te etiquetamos a ti y al equipo.\n\nMarta (Marketing)", "es"),
    ("Camila Restrepo", "camila.restrepo@correo.example", "Candidatura agente bilingüe – turno de tarde",
     "Hola Alex:\n\nte escribo también por aquí por si no ves LinkedIn. Adjunto mi CV para la vacante de agente bilingüe. Disponibilidad "
     "inmediata.\n\nUn saludo,\nCamila", "es"),
    ("Andes Contact", "comercial@andescontact.example", "Seguimiento: propuesta nearshore",
     "Estimado Alex:\n\nle escribí por LinkedIn la semana pasada. Le adjunto nuestra tarifa por hora y referencias de marcas europeas.\n\n"
     "Andrés Felipe Mejía", "es"),
    ("Recursos Humanos Cierzo", "rrhh@cierzo.example", "Vacantes de campaña publicadas en LinkedIn",
     "Hola Alex,\n\nya están publicadas en LinkedIn las 15 vacantes de agente para campaña. Si te llegan candidaturas por mensaje privado, "
     "reenvíalas a este buzón.\n\nRRHH", "es"),
    ("Reseñas Cierzo", "alertas@resenas.example", "Nueva reseña de 1 estrella",
     "Nueva reseña: «Atención pésima, me negaron el reembolso y lo he contado también en LinkedIn». Responde en las próximas 48 horas para "
     "mantener tu puntuación.", "es"),
    ("CX Leaders Breakfast", "tickets@eventos.example", "Your ticket: CX Leaders Breakfast Madrid",
     "Hi Alex,\n\nyou're registered for CX Leaders Breakfast Madrid on Thursday at 8:30. Connect with other attendees on LinkedIn using "
     "the event hashtag.", "en"),
    ("Calendly", "notifications@calendly.example", "New event: Alex Morgan and Jamie Kerrigan",
     "A new event has been scheduled.\n\nEvent: 20 minute call\nInvitee: Jamie Kerrigan\nNotes: following up on our LinkedIn chat about returns.", "en"),
    ("Segreteria Netcomm", "eventi@netcomm-forum.example.it", "Slide del panel sui resi",
     "Gentile Alex,\n\nin allegato le slide del panel. Se le condivide su LinkedIn, ci tagghi pure: rilanceremo il post.", "it"),
    ("Claire Dubois", "claire.dubois@cierzo.example", "Profil LinkedIn de la candidate pour le support FR",
     "Salut Alex,\n\nvoici le profil LinkedIn de la candidate dont je t'ai parlé pour le support en français : "
     "https://www.linkedin.com/in/lea-perrin-sav\nOn en parle demain ?\n\nClaire", "fr"),
    ("IT Cierzo", "it@cierzo.example", "Aviso: correos falsos que imitan a LinkedIn",
     "Hola a todos,\n\nestán llegando correos que imitan a LinkedIn con supuestos informes de transportistas o reembolsos retenidos. No "
     "hagáis clic y reenviádnoslos.\n\nEquipo IT", "es"),
]


# ------------------------------------------------------------------------- checks and builder
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))
assert len({_p[2] for _p in PEOPLE}) == len(PEOPLE)
assert set(ERAS) <= {_p[2] for _p in PEOPLE}

HEADER = [f"# mailbot development corpus dev152. Generated by scripts/make_corpus_dev152.py (seed {SEED}); do not edit by hand.",
          "# Alex as head of customer service at an online fashion brand in Madrid: contact-centre outsourcers, chatbot and CX-software "
          "vendors, carriers and returns platforms, agents applying, peer CX leaders sharing benchmarks, trainers with free or subsidised "
          "courses, influencers, customers rude after a refused refund; Spanish of Spain and Latin America, English, some Italian and "
          "French. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev152", SEED, PEOPLE, FOREIGN, spoofs=12, other=12, header=HEADER, eras=ERAS)
