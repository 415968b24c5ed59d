#!/usr/bin/env python3
"""Write mailbot's development corpus dev134: tests/corpus/dev134/*.eml + expected.toml.

The angle: the user Alex is head of HR at a logistics group with hubs in Valencia (Riba-roja
de Túria, the port of Sagunto) and Zaragoza (PLAZA). Their LinkedIn world: HR-tech and payroll
vendors, temp agencies (ETT) with staff for the Christmas peak, training providers selling
courses "100% bonificados" through the FUNDAE credit, public employment services and
universities with free programmes, truck drivers and warehouse candidates applying, union
reps on the works council, coaches selling leadership programmes for shift leaders, peer HR
heads sharing templates and data, headhunters with real roles, and the usual bait and switch
(a "circle" of HR heads, a salary survey, a podcast, a student's thesis interview, an award
shortlist) followed by a fee or a sales ask. Spanish of Spain, Valencian Catalan, some English
and French. LinkedIn's own wording is mostly Spanish, some English and French.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. Endorsement skills, the user's headline, job-alert titles, news,
group and newsletter subjects, the names and headlines of spoof-only people and PYMK
suggestions, and the notes that spoofs carry are swapped for this world in this process only
(make_corpus.py itself is not changed). Every note was written from shared/taxonomy.md alone,
without reading mailbot's signals, judge or wording, or the notes of other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev134.py              # writes tests/corpus/dev134
    python scripts/make_corpus_dev134.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260134

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, main, retitle_other, writer_adder  # noqa: E402

# ------------------------------------------------------------------ HR and logistics world (this process only)
mc.L["es"]["skills"] = ["Gestión de personas", "Relaciones laborales", "Selección de personal", "Negociación colectiva",
                        "Prevención de riesgos laborales", "Formación y desarrollo"]
mc.L["en"]["skills"] = ["Employee Relations", "Talent Acquisition", "Labour Relations", "HR Strategy", "Workforce Planning",
                        "Learning & Development"]
mc.L["fr"]["skills"] = ["Relations sociales", "Recrutement", "Gestion des talents", "Droit du travail", "Formation professionnelle"]
mc.L["es"]["rheadline"] = "Head of HR en Grupo Alcora Logística"
mc.L["en"]["rheadline"] = "Head of HR at Grupo Alcora Logística"
mc.L["fr"]["rheadline"] = "Head of HR chez Grupo Alcora Logística"

# spoofs and other LinkedIn mail: Spanish, English and French wording
mc.LANGS[:] = ["es", "en", "es", "fr", "es"]
mc.SPOOF_METHODS[:] = ["dkimfail", "lookalike:linkedln.com", "display:outlook.com", "untrusted:mx.example.org", "lookalike:xn--linkedn-dza.com",
                       "buried", "display:gmail.com", "nodkim", "lookalike:e-linkedin.info", "wrongpass", "untrusted:mx.google.com", "noauth"]

mc.NAMES["es"] = (["Vicenta", "Ximo", "Amparo", "Joaquín", "Pilar", "Sento", "Rosa", "Agustín", "Begoña", "Fermín", "Laia", "Salva",
                   "Merche", "Quique", "Alba", "Nacho"],
                  ["Puchades", "Marqués", "Gascón", "Lafuente", "Tomás", "Sanchis", "Mompó", "Royo", "Aguilar", "Bernal", "Esteve",
                   "Calatayud", "Vidal", "Lapuente"])
mc.CITY["es"] = ["Valencia", "Zaragoza", "Castellón de la Plana", "Madrid", "Barcelona", "Alicante", "Huesca", "Paterna"]
mc.CITY["en"] = ["London", "Dublin", "Amsterdam", "Manchester", "Rotterdam"]
mc.CITY["fr"] = ["Lyon", "Toulouse", "Perpignan", "Montpellier", "Paris"]
mc.JOBS[:] = [("Director/a de Recursos Humanos", "Operador Logístico Levante"), ("HR Business Partner – Operaciones", "Frío Ebro Distribución"),
              ("Head of People Iberia", "Northgate Freight"), ("Responsable de Relaciones Laborales", "Grupo Portuario del Turia"),
              ("DRH adjoint(e) – plateformes logistiques", "Transalp Logistique")]
mc.COMPANIES["good"] = ["Transportes Moncayo", "Distribuciones Ebro", "Cerámicas del Mijares", "Frío Ebro Distribución",
                        "Grupo Portuario del Turia", "Celtic Freight", "Transports Mistral"]
mc.COMPANIES["sales"] = ["NominaPlus Cloud", "FormaBonifica", "ShiftPal", "FichaYa", "Talentia Flex", "Staff Logístico ETT",
                         "WellBe", "Learnly", "PeopleOS"]
mc.HEADLINES["good"] = ["Directora de Personas en {co}", "HR Business Partner | {co}", "Jefe de RRHH en {co}", "Técnica de formación en {co}",
                        "People & Culture Manager at {co}", "Responsable de Relaciones Laborales | {co}"]
mc.HEADLINES["sales"] = ["Account Executive | {co}", "Delegado comercial en {co}", "Key Account Manager at {co}", "Founder & CEO | {co}",
                         "Business Development Iberia @ {co}", "Consultor de formación bonificada | {co}"]
mc.INMAIL_SUBJECTS["es"]["sales"] = ["Nóminas de este mes", "Documento compartido contigo", "CV de candidatos", "Propuesta de formación bonificada"]
mc.INMAIL_SUBJECTS["en"]["sales"] = ["Payroll file", "Document shared with you", "Candidate CVs", "Your benefits renewal"]
mc.INMAIL_SUBJECTS["fr"]["sales"] = ["Fichier de paie", "Document partagé", "CV des candidats", "Renouvellement mutuelle"]
SPOOF_PITCH = {
    "es": ["Hola {first}, te he compartido las nóminas corregidas de octubre en un documento protegido. Accede con tu cuenta de LinkedIn para descargarlas hoy.",
           "Buenos días {first}, tiene 38 candidaturas de conductores C+E pendientes de revisar. Confirme su acceso en el enlace para ver los CV.",
           "Hola {first}, el crédito FUNDAE de su empresa caduca en 48 horas. Valide los datos del representante legal aquí para no perderlo."],
    "en": ["Hi {first}, I've shared the signed employment contracts with you via LinkedIn Secure Docs. Log in to review before they expire.",
           "Dear {first}, your payroll export has been flagged for errors. Verify your account to open the report.",
           "Hi {first}, 200 pre-vetted warehouse operatives ready for your peak. Book on my calendar and get the first week free."],
    "fr": ["Bonjour {first}, je vous ai transmis les bulletins de paie corrigés via un lien sécurisé. Connectez-vous pour les télécharger.",
           "Bonjour {first}, 25 caristes disponibles dès lundi pour vos plateformes. Réservez un créneau et recevez les CV gratuitement.",
           "Bonjour {first}, un document RH confidentiel vous attend. Merci de confirmer votre identité pour y accéder."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
retitle_other({
    "es": {"job": ("{n} empleos nuevos de «director de recursos humanos»", "Tu alerta de empleo de director de recursos humanos en {city}"),
           "news": "¿Se acaba el carretillero? La automatización llega a los almacenes",
           "group": "Conversaciones destacadas en RRHH Logística y Transporte España",
           "newsletter": "Convenio al día: qué cambia en las tablas salariales del transporte"},
    "en": {"job": ("{n} new jobs for \"head of people logistics\"", "Your job alert for head of people logistics in {city}"),
           "news": "Why Europe can't find enough truck drivers",
           "group": "Top conversations in Warehouse & Supply Chain HR",
           "newsletter": "Frontline People: rota fairness and the night-shift premium"},
    "fr": {"job": ("{n} nouvelles offres pour « DRH logistique »", "Votre alerte emploi pour DRH logistique à {city}"),
           "news": "Pénurie de chauffeurs : les transporteurs recrutent à l'étranger",
           "group": "Discussions à la une dans DRH Transport & Logistique",
           "newsletter": "Le carnet RH : fidéliser les caristes intérimaires"},
})

PEOPLE: list[tuple] = []
WRITERS: dict[str, str] = {}
P = writer_adder(PEOPLE, WRITERS)

# people whose notes name something recent (registro de jornada, registro retributivo, AI, WhatsApp screening, EOR, LABORA) keep the current layout
ERAS = {name: "cur" for name in [
    "Hannah Lowry", "Darren Whitlock", "Cristina Alamán", "Chad Mercer", "Héctor Pina", "Andrés Solanas", "Iván Collado",
    "Pilar Ayerbe", "Marcus Reilly", "Jasper Quinlan", "Victoria Hale", "Miguel Ángel Ortuño", "Silvia Andreu", "Jaume Boix",
    "Vicent Ferrandis",
]}


# =============================================================== good_invitation
P("good_invitation", "es", "Nuria Lasheras", "Directora de Personas | Transportes Moncayo", "Zaragoza",
  ("inv", "Hola Alex, llevo personas en Transportes Moncayo, también en PLAZA. Cinco empresas del polígono desayunamos el primer jueves de mes "
          "para comparar cómo va la rotación en almacén, sin consultores ni patrocinadores. ¿Te apuntas al de octubre?"),
  ("rem",))
P("good_invitation", "es", "Vicent Ferrandis", "Tècnic d'ocupació | LABORA Servei Valencià d'Ocupació", "València",
  ("inv", "Bon dia Alex, des de LABORA Riba-roja muntem un curs gratuït de carretoner per a persones aturades i volem que les empreses del "
          "polígon ens digueu quins perfils vos falten. Les pràctiques no vos costen res. En parlem?"),
  nl="ca")
P("good_invitation", "es", "Jonathan Mira", "Conductor profesional C+E | CAP y ADR en vigor", "Alzira",
  ("inv", "Buenas Alex. Llevo 11 años de tráiler, ahora en internacional, y quiero volver a dormir en casa. He visto que buscáis chóferes para "
          "Riba-roja. Tengo CAP, ADR y la tarjeta de tacógrafo al día. ¿A quién le hago llegar el CV?"),
  ("rem",))
P("good_invitation", "fr", "Sandrine Bouvier", "DRH | Transports Mistral", "Lyon",
  ("inv", "Bonjour Alex, DRH d'un transporteur lyonnais, nous ouvrons un dépôt à Saragosse l'an prochain. Je découvre le droit du travail "
          "espagnol (convenio, ETT...) et j'aurais quelques questions de pratique, entre DRH. Je vous rends la pareille côté France !"),
  ("rem",))
P("good_invitation", "es", "Maria Josep Climent", "Coordinadora de pràctiques | Facultat d'Economia, Universitat de València", "València",
  ("inv", "Hola Alex! A la primavera fem el Fòrum d'Ocupació de la Facultat i enguany volem un estand de logística, gratuït per a les empreses. "
          "També tenim alumnat de Relacions Laborals que busca pràctiques en RRHH. T'envie la informació?"),
  nl="ca")
P("good_invitation", "en", "Pieter van Dongen", "HR Director Iberia | Rotterdam Terminal Services", "Valencia",
  ("inv", "Hi Alex, we met briefly at the port employers' session. I chair a small group of HR directors from port and logistics firms here; "
          "we pool anonymised absenteeism data each quarter and everyone gets the full set. Want in? No cost, just data."))


# =============================================================== default_invitation
P("default_invitation", "es", "Rubén Tarazona", "Comercial | Empresa de Trabajo Temporal", "Castellón de la Plana", ("inv", DEFAULT), ("rem",))
P("default_invitation", "es", "Lidia Escartín", "Técnica de Selección", "Huesca", ("inv", NONOTE))
P("default_invitation", "en", "Graham Pike", "Sales Lead EMEA | Workforce Management SaaS", "Dublin", ("inv", DEFAULT))
P("default_invitation", "fr", "Karim Haddad", "Chargé de recrutement | Logistique", "Perpignan", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "es", "Borja Santamaría", "Account Manager | NominaPlus Cloud", "Madrid",
  ("inv", "Hola Alex, ¿seguís cuadrando las nóminas de dos convenios (Valencia y Zaragoza) con hojas de cálculo en medio? NominaPlus lo "
          "automatiza y se integra con A3. Te enseño en 20 minutos cómo lo montó un operador de Mercazaragoza. ¿El martes?"))
P("sales_invitation", "es", "Estefanía Roig", "Delegada comercial | FormaBonifica – Formación 100% bonificada", "Valencia",
  ("inv", "Hola! Gestionamos el crédito FUNDAE de tu empresa sin coste: carretillas, PRL, inglés, Excel, todo bonificado. Muchas empresas "
          "pierden el crédito cada diciembre. ¿Te preparo presupuesto con lo que os queda este año?"),
  ("rem",))
P("sales_invitation", "es", "Ignacio Berdejo", "Coach ejecutivo ICF-PCC | Liderazgo para mandos intermedios", "Zaragoza",
  ("inv", "Alex, los jefes de turno son el cuello de botella de cualquier almacén. Mi programa 'Mando que Inspira' (6 sesiones, grupos de 10) "
          "bajó la rotación un 18% en dos operadores logísticos. Te mando dossier y precio por grupo?"))
P("sales_invitation", "en", "Hannah Lowry", "Partnerships | ShiftPal – hire hourly workers over WhatsApp", "London",
  ("inv", "Hey Alex 👋 warehouse hiring spiking before Black Friday? ShiftPal screens applicants on WhatsApp in 9 languages and books "
          "interviews straight into your calendar. Happy to set you up with a 14-day trial + a quick walkthrough, when suits?"))
P("sales_invitation", "fr", "Mathilde Roux", "Responsable grands comptes | Intérim Sud Logistique", "Montpellier",
  ("inv", "Bonjour Alex, agence d'intérim spécialisée transport : nous détachons caristes et chauffeurs PL en Espagne pour vos pics "
          "d'activité, en règle avec la directive détachement. Tarifs dégressifs dès 10 intérimaires. Un échange de 15 min ?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "es", "Marisa Gimeno", "Fundadora | Círculo HR Aragón", "Zaragoza",
  ("inv", "Hola Alex, estamos reuniendo a responsables de RRHH de empresas aragonesas en un círculo pequeño para contarnos lo que funciona "
          "y lo que no, sin vendedores de por medio. Una vez al trimestre en Zaragoza. Me encantaría que estuvieras."),
  ("msg", "¡Gracias por aceptar, Alex! Te cuento cómo funciona el Círculo: la cuota es de 1.200 € + IVA al año por empresa e incluye las "
          "cuatro sesiones y un diagnóstico de clima laboral con nuestra herramienta. ¿Te mando el formulario de alta y la proforma?", (3, 12)),
  ("msg", "Alex, te recuerdo que el precio de socio fundador se acaba el día 30. Si quieres, la cuota se puede bonificar en parte por FUNDAE, "
          "eso lo tramitamos nosotros.", (10, 20)))
P("bait_and_switch_invitation", "es", "Óscar Latorre", "HR Manager | Operaciones y almacén", "Valencia",
  ("inv", "Alex, pregunta de colega: ¿cómo lleváis el absentismo de los lunes en almacén? Nosotros lo hemos probado todo y en Riba-roja "
          "seguimos con picos del 9%. Si te apetece, comparamos notas."),
  ("msg", "Pues mira, lo que al final nos ha funcionado es AusenSys, una plataforma de control de ausencias con alertas para los mandos. "
          "Colaboro con ellos como partner y te puedo conseguir la licencia con un 25% de descuento si firmáis antes de fin de trimestre. "
          "¿Montamos una demo con tu equipo?", (4, 15)))
P("bait_and_switch_invitation", "en", "Darren Whitlock", "Host | HR Leaders in Logistics community", "Manchester",
  ("inv", "Alex, let's connect as fellow HR leaders in logistics. I'm pulling together people who actually run warehouse workforces "
          "rather than just talk about them."),
  ("msg", "Great to be connected! Quick one: my firm runs employer-of-record and outsourced payroll in 40 countries, handy if you ever "
          "hire drivers outside Spain. Could I grab 20 mins to walk you through pricing?"),
  ("msg", "Hi Alex, circling back on the EOR chat. We've got a Q4 offer on: your first three employees onboarded with no setup fee. "
          "Any slot this week?", (6, 14)))
P("bait_and_switch_invitation", "es", "Empar Soler", "Impulsora del Cercle de Directives i Directius de l'Horta | Mentora", "València",
  ("inv", "Hola Alex, t'escric des del Cercle de Directives i Directius de l'Horta. Fem trobades mensuals de mentoria entre iguals i "
          "ens agradaria comptar amb una veu de RRHH del sector logístic. Ens connectem?"),
  ("msg", "Moltes gràcies per acceptar! A banda de les trobades, oferim el programa de lideratge 'Arrels': 8 sessions de coaching "
          "individual per 2.400 € per persona, amb un 10% de descompte per als membres del Cercle. Vols que et reserve plaça o ho parlem "
          "per telèfon?", (5, 20)),
  nl="ca")
P("bait_and_switch_invitation", "fr", "Thierry Ménard", "Fondateur | Cercle des DRH du Transport", "Toulouse",
  ("inv", "Bonjour Alex, j'anime un cercle d'échange entre DRH du transport routier des deux côtés des Pyrénées : pénurie de conducteurs, "
          "fidélisation, temps de repos. Votre regard depuis Valence et Saragosse nous intéresse beaucoup."),
  ("msg", "Merci d'avoir accepté ! Pour info, notre cabinet fait aussi du recrutement de conducteurs au succès : 18 % du brut annuel, "
          "garantie 3 mois. Je vous prépare une proposition pour vos deux sites ?", (8, 30)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "es", "Cristina Alamán", "Consultora de Compensación y Beneficios", "Madrid",
  ("inm", "Encuesta salarial logística 2025", "Hola Alex, estamos cerrando una encuesta salarial de puestos de almacén y transporte en "
          "Valencia y Aragón. Si participáis (15 minutos, datos anonimizados) os enviamos el informe completo con percentiles por puesto. "
          "¿Os animáis?"),
  ("inm", "Re: informe de la encuesta", "Gracias por contestar, Alex. El informe general ya está; la versión con vuestros puestos "
          "comparados uno a uno y una propuesta de bandas cuesta 3.400 € + IVA. También hacemos la valoración de puestos para el registro "
          "retributivo. ¿Te paso propuesta?", (5, 15)))
P("bait_and_switch_inmail", "es", "Jaume Boix", "Presentador del pòdcast 'Persones i Palets'", "Castelló de la Plana",
  ("inm", "Entrevista per al pòdcast", "Hola Alex! Faig un pòdcast sobre la gent que mou la logística valenciana i m'encantaria "
          "entrevistar-te sobre com heu baixat la rotació de carretoners. Una conversa de 40 minuts, sense guió. Et va bé algun dia de novembre?"),
  ("inm", "Re: Entrevista per al pòdcast", "Que bé que t'interesse! Per a fer viable el programa, els convidats hi participen com a "
          "patrocinadors de l'episodi: 650 € + IVA, que inclou el clip per a xarxes i la menció de les vostres ofertes de treball. "
          "T'envie el contracte?"),
  nl="ca")
P("bait_and_switch_inmail", "es", "Paula Serrano Gil", "Estudiante del Máster en Dirección de RRHH | Universidad de Zaragoza", "Zaragoza",
  ("inm", "Entrevista para mi TFM", "Hola Alex, estoy haciendo el TFM sobre la escasez de conductores profesionales en Aragón y me "
          "ayudaría muchísimo media hora de entrevista con alguien que lo vive de primera mano. Te puedo mandar las preguntas antes. ¡Mil gracias!"),
  ("inm", "Una cosa más", "Muchas gracias por la entrevista, Alex, me ha servido un montón. Te cuento que por las tardes trabajo en "
          "DriveStaff, una agencia que trae conductores de Colombia y Marruecos con todo el papeleo de extranjería resuelto. Mi jefe me "
          "ha pedido que os pase tarifas: 2.900 € por conductor incorporado. ¿Te llamo y lo vemos?", (10, 25)))
P("bait_and_switch_inmail", "en", "Victoria Hale", "Awards Director | European Logistics People Awards", "London",
  ("inm", "Shortlisted: HR Leader of the Year", "Dear Alex, congratulations - the judging panel has shortlisted you for HR Leader of the "
          "Year at the European Logistics People Awards. Could you confirm you're happy to be named before we publish the list?"),
  ("inm", "Next steps for shortlisted nominees", "Thanks Alex, delighted! To secure your place on the shortlist, nominees book a table "
          "at the ceremony in Amsterdam (€2,950 for ten guests) and pay the €495 entry fee. Shall I send the invoice to you or to your "
          "finance team?", (3, 8)),
  ("inm", "Table allocation closes Friday", "Hi Alex, just a nudge: table allocation closes on Friday and we'd hate for Alcora to miss "
          "out. There's a half-table option at €1,600 too.", (4, 10)))


# =============================================================== endorse_me_back
P("endorse_me_back", "es", "Raquel Bielsa", "Técnica de RRHH | Selección y formación", "Zaragoza",
  ("end",), ("end",),
  ("msg", "Hola Alex!! Te he validado {skill}, que te lo tienes más que ganado 😊. ¿Me harías tú lo mismo con Selección de personal y "
          "Formación? Estoy poniendo el perfil al día porque busco cambio."))
P("endorse_me_back", "es", "Xavier Ortells", "Consultor de selecció | Perfils tècnics i logística", "Gandia",
  ("end",),
  ("msg", "Ei Alex, ja t'he recomanat per {skill}. Si tens un moment, em valides tu Reclutament? Ara que llance la consultora em va bé "
          "tindre-ho al perfil. Gràcies, crack!"),
  nl="ca")
P("endorse_me_back", "en", "Kelly Osborne", "Talent Acquisition Partner | Logistics & Distribution", "Birmingham",
  ("end",), ("end",),
  ("msg", "Hi Alex! I've popped a couple of endorsements on your profile ({skill} among them). Would you mind returning the favour on "
          "Talent Acquisition and Employer Branding? Every little helps at the moment!"))
P("endorse_me_back", "es", "Rafael Cubel", "Coach de equipos | Formador de mandos", "Teruel",
  ("end",),
  ("msg", "Alex, buenas. Ya tienes mi validación en {skill}. Te pido un pequeño gesto a cambio: valídame Coaching y Liderazgo, que me "
          "están pidiendo referencias visibles para un proyecto con una multinacional. Un abrazo."))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "es", "Javier Lozano", "Director comercial | Grupo Empleo Flexible ETT", "Madrid",
  ("inv", "Alex, tenemos 60 mozos y carretilleros disponibles para campaña en Valencia desde la semana que viene. Tarifa cerrada por hora. "
          "¿Te paso condiciones?"),
  ("rem",),
  ("inm", "Sin respuesta", "Alex, tres semanas sin contestar a una propuesta seria. Así os va con la rotación. Luego no llaméis en "
          "noviembre pidiendo gente urgente, que a quien no responde no le atendemos."))
P("hostility_after_decline", "es", "Daniel Ferrús", "Técnico Superior en PRL | En búsqueda activa", "Sagunto",
  ("inv", "Hola, me inscribí en la oferta de técnico de PRL para Riba-roja. Me gustaría conectar contigo por si necesitas algo más por mi parte."),
  ("inm", "Proceso de selección", "Ni una llamada, ni un correo, y ahora ni siquiera me aceptas aquí. Para ser de Recursos Humanos "
          "tratáis a la gente como números. Ojalá algún día te toque estar al otro lado buscando trabajo."))
P("hostility_after_decline", "en", "Chad Mercer", "Founder & CEO | PeopleOS", "Austin",
  ("inv", "Alex - PeopleOS replaces your HRIS, ATS and payroll with one AI layer. Logistics clients save 30 hrs/week. Worth 15 mins?"),
  ("rem",),
  ("inm", "Odd", "Turning down a free strategy call from someone trying to save your team time says a lot about how HR is run at "
          "Alcora. Honestly, it's leaders like you who keep HR stuck in the 90s. Good luck with that."))
P("hostility_after_decline", "fr", "Ludovic Pélissier", "Coach certifié | Leadership & intelligence émotionnelle", "Bordeaux",
  ("inv", DEFAULT),
  ("inm", "Dommage", "Bonjour, je constate que vous n'avez pas jugé utile d'accepter ma demande. Un minimum de courtoisie ne coûte rien, "
          "surtout quand on prétend diriger des équipes. Bon courage à vos collaborateurs."))


# =============================================================== hostility_connection
P("hostility_connection", "es", "Gonzalo Abadía", "Corredor de seguros | Salud y vida para colectivos", "Zaragoza",
  ("msg", "Hola Alex, muchas empresas del sector están metiendo el seguro médico en la retribución flexible, con ventaja fiscal de hasta "
          "500 € por empleado. ¿Te hago un estudio sin compromiso para la plantilla de Zaragoza?"),
  ("msg", "Alex, te mandé el estudio hace dos semanas. ¿Has podido echarle un ojo?"),
  ("msg", "Veo que lo has leído y no contestas. Con lo que cuesta preparar un estudio serio... Me parece una falta de respeto enorme "
          "hacia quien trabaja. Tomo nota."))
P("hostility_connection", "es", "Ximo Albiñana", "Esdeveniments d'empresa | Team building", "València",
  ("acc",),
  ("msg", "Gràcies per acceptar, Alex! Organitzem jornades de team building per a plantilles de magatzem: paella, gimcana i activitats "
          "de cohesió. Per a grups de 80 persones tenim un pack a 45 € per cap. Et faig arribar pressupost?"),
  ("msg", "Vaja, ni un 'no, gràcies'. Molt de parlar de benestar i de cultura i després tracteu els proveïdors com si fórem fem. "
          "Quina vergonya de departament."),
  nl="ca")
P("hostility_connection", "en", "Marcus Reilly", "Sales Director | WellBe corporate wellbeing", "Dublin",
  ("msg", "Hi Alex, hope the week's treating you well. We're offering logistics firms in Spain a pilot of WellBe, our mental-health and "
          "fatigue app for drivers and shift workers. €3 per head per month, first month free. Can I book you in for a demo?"),
  ("msg", "Alex, you went quiet after I went out of my way to tailor that pilot for you. Frankly, ignoring people is just rude. I'll "
          "remember it when your name comes up."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "es", "Yolanda Marín", "Key Account | Servicio de Prevención Ajeno", "Valencia",
  ("msg", "Buenos días Alex, somos servicio de prevención ajeno con centros en Paterna y en PLAZA. Podemos asumir la vigilancia de la salud "
          "de toda la plantilla, con los reconocimientos en vuestras naves. ¿Te presento una oferta?"),
  ("msg", "Alex, te adjunto tarifa orientativa: 38 € por trabajador y año en vigilancia de la salud, y las especialidades técnicas con "
          "descuento si contratáis las cuatro. Dime si lo vemos."),
  ("msg", "Hola de nuevo. Antes de que renovéis con vuestro SPA actual, me gustaría tener la oportunidad de mejorarle el precio. "
          "¿Diez minutos esta semana?"))
P("connection_only_pitches", "es", "Héctor Pina", "Director | Pina Formación – gestión del crédito FUNDAE", "Zaragoza",
  ("msg", "Alex, ¿tenéis ya planificado el crédito de formación de 2025? Os ofrecemos un plan anual cerrado: PRL, carretillas, primeros "
          "auxilios y habilidades para mandos, todo bonificable y con la gestión incluida."),
  ("msg", "Hola Alex, última semana para comunicar las acciones formativas a FUNDAE antes del cierre. Si me confirmas hoy te reservo las "
          "fechas de carretillas de octubre."))
P("connection_only_pitches", "es", "Lluïsa Peris", "Coach de lideratge | Programes per a comandaments", "Alzira",
  ("msg", "Bon dia Alex! Acabem d'obrir convocatòria del programa de lideratge per a caps de torn: 5 mesos, sessions de grup i "
          "individuals, màxim 3 places per empresa. Te les reserve?"),
  ("msg", "Alex, et torne a escriure per la convocatòria: queden dues places i el preu de llançament (1.750 € per participant) "
          "s'acaba divendres."),
  nl="ca")


# =============================================================== single_pitch
P("single_pitch", "es", "Tomás Aznar", "Gerente | Uniformes y EPIs Aznar", "Zaragoza",
  ("msg", "¡Hola Alex, cuánto tiempo! Ahora llevo la empresa familiar de vestuario laboral. Si os toca renovar uniformes o calzado de "
          "seguridad en los almacenes, os hago precio de amigo. Dime y me paso a veros."))
P("single_pitch", "en", "Nina Kowalczyk", "Account Director | TruckJobs Europe", "Warsaw",
  ("msg", "Hi Alex, TruckJobs Europe puts your driver vacancies in front of 400k certified C+E drivers across the EU. I can throw in "
          "five free postings if you sign an annual plan this month. Interested?"))
P("single_pitch", "es", "Pepa Guillem", "Assessora laboral | Gestoria Guillem", "Xàtiva",
  ("msg", "Hola Alex, com va tot? Des de la gestoria portem la nòmina externalitzada de diverses empreses de transport. Si algun dia "
          "us plantegeu externalitzar la de Saragossa, t'hi faig una proposta ajustada."),
  nl="ca")


# =============================================================== connection_brings_value
P("connection_brings_value", "es", "Carmen Lacambra", "Delegada sindical CCOO | Comité de empresa, centro de Zaragoza", "Zaragoza",
  ("msg", "Alex, te paso por aquí la plataforma del comité para la revisión del calendario de turnos, para que la tengáis antes de la "
          "reunión del 14. Si veis viable pasarla al martes por la tarde, a la gente del turno de noche le viene mejor."),
  ("msg", "Gracias por el acta. Confirmado el martes; los delegados de Valencia se conectan por videollamada."))
P("connection_brings_value", "es", "Andrés Solanas", "Jefe de RRHH | Distribuciones Ebro", "Zaragoza",
  ("end",),
  ("msg", "Oye Alex, lo que hablamos en el desayuno de PLAZA: te paso la plantilla que usamos para el registro retributivo y la valoración "
          "de puestos, ya adaptada al convenio de transporte de Zaragoza. Úsala y cámbiala lo que haga falta."))
P("connection_brings_value", "fr", "Élise Vasseur", "Responsable formation | Groupe Transalpin", "Lyon",
  ("msg", "Bonjour Alex, comme promis au salon SITL, voici le support de notre atelier sur l'intégration des caristes (check-lists, "
          "parcours de 10 jours). Libre à vous de l'adapter. Et si un échange entre nos deux équipes formation vous tente, je suis partante."))
P("connection_brings_value", "es", "Amparo Benavent", "Professora de Dret del Treball | Universitat de València", "València",
  ("msg", "Hola Alex, t'envie l'enllaç a l'estudi que hem publicat sobre rotació de personal en la logística valenciana, amb dades de "
          "40 empreses. És d'accés obert. El dia 21 el presentem a la facultat amb un col·loqui, entrada lliure, per si hi vols vindre."),
  ("msg", "Gràcies per vindre dijous! Com em vas demanar, ací tens també les diapositives del col·loqui."),
  nl="ca")


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "es", "Elena Castiella", "Socia | Castiella & Ruiz Executive Search", "Madrid",
  ("inm", "Dirección de RRHH – grupo de distribución alimentaria", "Alex, buenas tardes. Llevo en exclusiva la búsqueda de la Dirección de "
          "Recursos Humanos de un grupo de distribución alimentaria de 2.300 empleados con plataformas en Valencia y Madrid. Reporta al CEO "
          "y lleva relaciones laborales con cuatro convenios. Tu trayectoria encaja mucho. ¿Tendrías un rato para una conversación "
          "confidencial esta semana?"))
P("stranger_inmail_recruiter", "fr", "Aurélien Dufresne", "Consultant senior | Recrutement RH & Supply Chain", "Lyon",
  ("inm", "DRH Europe du Sud – groupe logistique", "Bonjour Alex, je recrute pour un client logisticien (4 000 salariés) son DRH Europe du "
          "Sud, basé à Lyon avec 40 % de déplacements en Espagne. Fixe autour de 130 k€ plus variable. Votre double expérience "
          "Valence/Saragosse correspond exactement à ce qu'il cherche. Seriez-vous ouvert(e) à un échange ?"))
P("stranger_inmail_recruiter", "en", "Sophie Halvorsen", "Head of Talent | PortLink Terminals", "Rotterdam",
  ("inm", "Head of People, Iberia – PortLink", "Hi Alex, I lead talent at PortLink. We're opening a terminal operation in Valencia and are "
          "hiring a Head of People for Iberia, reporting to me. It's a build role: 300 hires in the first 18 months, works council set-up, "
          "the lot. Salary band is in the brief I can send over. Would you be open to a 30-minute call?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "es", "Iván Collado", "Business Developer | FichaYa – control horario", "Madrid",
  ("inm", "Registro de jornada", "Hola Alex, desde que el registro de jornada es obligatorio muchas logísticas siguen con hojas firmadas "
          "y luego vienen los sustos con Inspección. FichaYa ficha desde el móvil, con geolocalización y terminal en almacén. ¿Te cuadra una "
          "demo el jueves?"),
  ("inm", "Re: Registro de jornada", "Alex, por si se te pasó mi mensaje: este mes instalamos los terminales gratis. Dime si te encaja "
          "una llamada rápida."))
P("stranger_inmail_sales", "en", "Priyanka Desai", "Enterprise AE | Learnly – microlearning for frontline teams", "London",
  ("inm", "Frontline training that sticks", "Hi Alex, frontline staff forget most classroom training within a week. Learnly pushes "
          "3-minute lessons to forklift drivers' phones between shifts. I've got a depot case study I think you'd like - can I send it "
          "and grab 20 minutes?"))
P("stranger_inmail_sales", "es", "Miguel Ángel Ortuño", "Consultor | Bienestar emocional en la empresa", "Alicante",
  ("inm", "Salud mental en la plantilla", "Hola Alex, ¿sabías que buena parte de las bajas largas en logística son por ansiedad? Ofrecemos "
          "psicólogos online para empleados, 4 € por trabajador al mes y sin permanencia. ¿Te cuento cómo funciona en una llamada?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "es", "Fernando Gracia", "Director de RRHH | Transportes Cinco Villas", "Ejea de los Caballeros",
  ("inv", "Hola Alex, en Cinco Villas tenemos conductores formados en nuestra escuela que no podemos absorber este invierno. Antes que "
          "perderlos prefiero que vayan a empresas serias de la zona. Si te interesa, te paso los contactos."),
  ("msg", "Te paso los datos de los cuatro conductores que te comenté; ya saben que les llamaréis. Todos con CAP y experiencia en frigorífico."),
  ("msg", "Alex, otra cosa: aparte de lo de Cinco Villas, tengo una consultora de coaching con mi socia. Lanzamos un programa para "
          "directores de RRHH, 'Liderar desde la calma', 3.200 € por persona. Creo que te vendría genial, ¿lo hablamos con un café?", (15, 40)))
P("good_turns_ugly", "es", "Silvia Andreu", "Consultora de formación | Crédito FUNDAE", "Valencia",
  ("inv", "Hola Alex, el día 8 doy un webinar gratuito sobre los cambios en la bonificación FUNDAE y los errores que más sanciones traen. "
          "Sin venta de cursos: lo organiza la asociación de empresarios de Riba-roja. ¿Te guardo plaza?"),
  ("msg", "¡Gracias por conectarte al webinar! Aquí tienes la grabación y el check-list de documentación que comenté, para que lo pases a "
          "quien lleve la formación."),
  ("msg", "Alex, revisando vuestros datos he visto que os queda crédito sin usar. Con mi empresa lo gestionamos entero: diseñamos los "
          "cursos, los tramitamos y cobramos solo el 20% de lo bonificado. ¿Cuándo te va bien una reunión?", (10, 30)),
  ("msg", "Te escribo otra vez por lo del crédito: si no se usa antes de diciembre se pierde. Tengo huecos la semana que viene."))
P("good_turns_ugly", "es", "Neus Camarasa", "Selecció de personal freelance | Exresponsable de selecció en retail", "Castelló de la Plana",
  ("inv", "Alex! Soc la Neus, vam coincidir fa anys en un curs de l'AEDIPE. Ara treballe pel meu compte i tinc una llista de carretoners "
          "amb carnet que busquen feina a la Plana. Te la passe sense compromís, sé que aneu curts."),
  ("msg", "Ací tens la llista: 12 persones amb telèfon i disponibilitat. Totes m'han donat permís per passar-te les dades."),
  ("end",),
  ("msg", "Una coseta, Alex: fa uns dies et vaig validar {skill}. Em podries validar tu Selecció de personal i Entrevistes per competències? "
          "Estic muntant el perfil de freelance i em fa molt de servei."),
  nl="ca")
P("good_turns_ugly", "en", "Oliver Strand", "People Analytics Researcher | Northbridge Institute", "Edinburgh",
  ("inv", "Hi Alex, I'm running a free benchmark of shift patterns and turnover across European warehouses. Participants get the full "
          "anonymised results and a one-page readout for their own sites. Would you be up for taking part?"),
  ("msg", "Thanks for joining, Alex. Attached is your site-level readout plus the full benchmark deck. The Zaragoza night-shift numbers "
          "are interesting, happy to talk them through."),
  ("msg", "Hi Alex, following the readout: Northbridge also offers a People Analytics retainer (€4.5k/month) where we build and run the "
          "dashboards for you. Shall I put a proposal together for Q1?", (12, 35)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "es", "Marta Cebrián", "Account Executive | Talentia Flex – Retribución flexible", "Madrid",
  ("inm", "Retribución flexible", "Hola Alex, ¿ofrecéis retribución flexible a la plantilla? Con Talentia Flex podéis dar tarjeta restaurante, "
          "transporte y guardería sin coste para la empresa. ¿Tienes 15 minutos esta semana?"),
  ("inv", "Hola Alex, vi tu intervención en el foro de APD en Valencia sobre fidelizar a los carretilleros. Muy buena. Me encantaría tenerte en mi red."))
P("reinvite_known_bad", "es", "Sergio Lahoz", "Consultor de selección", "Zaragoza",
  ("inv", DEFAULT),
  ("inv", "Alex, coincidimos en la jornada de CEPYME Aragón sobre el nuevo convenio. ¿Conectamos?"))
P("reinvite_known_bad", "fr", "Clémence Barbier", "Business developer | Formations managériales certifiantes", "Lyon",
  ("inv", "Bonjour Alex, nos formations managériales certifiantes sont finançables et s'adaptent à vos chefs d'équipe. Je vous envoie le catalogue ?"),
  ("inv", "Bonjour Alex, j'ai beaucoup aimé votre post sur l'accueil des caristes saisonniers. Ravie de pouvoir vous suivre !"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "es", "Roberto Ciprés", "CEO | Staff Logístico ETT", "Valencia",
  ("inv", "Alex, si necesitáis personal para la campaña de Navidad, somos vuestra ETT. ¿Te llamo?"),
  ("rem",),
  ("inm", "En fin", "Ya veo que a los de RRHH de las empresas grandes no os da la gana contestar a los proveedores de aquí. Mucho postureo "
          "en LinkedIn y poca educación. Allá tú."),
  ("inv", "Hola Alex, feliz año. ¿Empezamos de cero? Me gustaría tenerte entre mis contactos."))
P("reinvite_known_ugly", "en", "Jasper Quinlan", "Community Lead | Future of Work Collective", "Amsterdam",
  ("inm", "Roundtable invite", "Hi Alex, we host a closed-door roundtable for HR leaders on the future of frontline work in Amsterdam, 12 "
          "seats. Would love a voice from Spanish logistics at the table. No fee, just the conversation."),
  ("inm", "Roundtable - next steps", "Brilliant that you're keen! To confirm your seat we ask each participant's company to join the "
          "Collective as a partner member (€6k a year), which funds our research. I can send over the partner pack today.", (4, 12)),
  ("inv", "Hi Alex, caught your talk at SIL Barcelona. Would be good to be connected here."))
P("reinvite_known_ugly", "es", "Mónica Albero", "Headhunter | Perfiles logísticos", "Alicante",
  ("inv", NONOTE),
  ("inm", "Qué poco cuesta", "Alex, llevo dos meses esperando que aceptes una simple invitación. No sé qué se creen algunos directivos. "
          "La educación no está reñida con el cargo.", (40, 70)),
  ("inv", "Hola Alex, tengo candidaturas muy buenas de jefes de almacén en Alicante por si algún día os hacen falta. Un saludo."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "es", "Laura Ginés", "Responsable de cuentas | Turnea – turnos bajo demanda", "Barcelona",
  ("acc",),
  ("msg", "¡Gracias por la invitación, Alex! Ya que estamos en contacto: en Turnea cubrimos turnos sueltos de almacén con gente verificada "
          "en 24 h y solo pagas la hora trabajada. ¿Te hago una prueba gratis en Zaragoza?"))
P("user_invited_pitch_once", "en", "Tom Ashdown", "Partner | Ashdown Relocation", "London",
  ("acc",),
  ("msg", "Thanks for connecting after the Madrid panel, Alex. If you're ever bringing managers over from the UK or the Netherlands, we do "
          "full relocation packages for Spain: visas, housing, schools. Worth a call to walk you through our rates?"))
P("user_invited_pitch_once", "es", "Toni Sancho", "Comercial | Retolació i senyalització industrial", "Paterna",
  ("acc",),
  ("msg", "Gràcies per acceptar, Alex! Ja que parlàvem de seguretat al magatzem: fem senyalització horitzontal i cartells de PRL a mida. "
          "Us faig un pressupost per a la nau de Riba-roja?"),
  nl="ca")


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "es", "Eduardo Pallarés", "Socio | Pallarés Abogados Laboralistas", "Zaragoza",
  ("acc",),
  ("msg", "Gracias por conectar, Alex. Como te dije en la jornada, llevamos negociación de convenios y defensa en inspecciones para varias "
          "empresas de transporte. Te propongo una iguala mensual para vuestros dos centros. ¿Te mando propuesta?"),
  ("msg", "Alex, te adjunto la propuesta de iguala: 850 €/mes con consultas ilimitadas y dos visitas al trimestre. ¿La vemos la semana que viene?"))
P("user_invited_pitch_twice", "fr", "Camille Lefort", "Consultante | Marque employeur & recrutement", "Paris",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Suite à notre échange au salon, je vous propose un audit de votre marque employeur auprès des "
          "caristes et des chauffeurs : 3 semaines, 7 500 €. Ça vous intéresse ?"),
  ("msg", "Bonjour Alex, je reviens vers vous : nous pouvons démarrer l'audit dès janvier, un créneau vient de se libérer. Un appel de 15 "
          "minutes cette semaine ?"))
P("user_invited_pitch_twice", "es", "Jordi Mascarell", "Director comercial | Programari de planificació de torns", "València",
  ("acc",),
  ("msg", "Gràcies per connectar, Alex! Com t'explicava a la fira, el nostre programari planifica els torns de magatzem tot sol a partir "
          "de la previsió de comandes. Fem una demo amb el vostre cap d'operacions?"),
  ("msg", "Bon dia Alex, et torne a escriure: fins a final de mes la implantació és gratuïta per a clients nous. Et va bé dimarts?"),
  nl="ca")


# =============================================================== user_invited_value
P("user_invited_value", "es", "Beatriz Urrea", "Directora de Personas | Cerámicas del Mijares", "Castellón de la Plana",
  ("acc",),
  ("msg", "¡Gracias por la invitación! Como te comenté en el congreso, te paso nuestro protocolo de acogida para personal de turnos, con "
          "los formularios. Si os sirve, adelante. Y si un día queréis ver cómo lo hacemos en planta, estáis invitados."))
P("user_invited_value", "en", "Hamish Crawford", "HR Director | Celtic Freight", "Glasgow",
  ("acc",),
  ("msg", "Cheers for the invite, Alex. As promised, here's the driver retention playbook we built with our union reps: pay progression, "
          "route choice, the lot. Take whatever's useful. And shout if you want to compare notes on tachograph-hours disputes."))
P("user_invited_value", "es", "Pilar Ayerbe", "Graduada social | Profesora asociada, Universidad de Zaragoza", "Zaragoza",
  ("acc",),
  ("msg", "Gracias por conectar, Alex. Te dejo el enlace a la guía gratuita que hemos hecho en el Colegio de Graduados Sociales sobre "
          "registro retributivo y auditoría salarial. El día 20 hay una sesión abierta en el Colegio para resolver dudas, por si alguien "
          "de tu equipo quiere venir."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Arturo Navarro", "Director de Operaciones | Terminal del Puerto de Sagunto", "Sagunto", ("acc",))
P("acceptance_only", "fr", "Nathalie Ferrand", "Directrice des ressources humaines | Groupe Ferroviaire Rhône", "Lyon", ("acc",))
P("lone_endorsement", "es", "Rocío Tena", "Jefa de turno | Almacén de Riba-roja", "Riba-roja de Túria", ("end",))
P("lone_endorsement", "es", "Miquel Ribes", "Carretoner | Exdelegat de personal", "Sueca", ("end",), nl="ca")


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Nuria Lasheras", "nuria.lasheras@transportesmoncayo.example", "Desayuno RRHH PLAZA – octubre",
     "Hola Alex:\n\nte he mandado invitación por LinkedIn, pero por si acaso: el desayuno es el jueves 2 a las 8:30 en la cafetería del "
     "edificio Plaza. Seremos seis.\n\nUn abrazo,\nNuria", "es"),
    ("Grupo Empleo Flexible ETT", "comercial@empleoflexible.example", "Personal para campaña – tarifas",
     "Buenos días,\n\nle adjuntamos nuestras tarifas de campaña. Puede seguirnos en LinkedIn para ver las ofertas de última hora.", "es"),
    ("FUNDAE – Formación programada", "notificaciones@fundae.example", "Comunicación de inicio de grupo aceptada",
     "Se ha validado la comunicación de inicio del grupo 14 (carretillas elevadoras). Recuerde: esta Fundación no ofrece cursos por LinkedIn "
     "ni por teléfono.", "es"),
    ("Comité de empresa Zaragoza", "comite.zgz@alcoralogistica.example", "Calendario de turnos – propuesta del comité",
     "Alex,\n\nos adjuntamos la propuesta. Carmen también te la ha mandado por LinkedIn por si el correo interno no llegaba.\n\nEl comité", "es"),
    ("Calendario", "calendario@alcoralogistica.example", "Invitación: revisar página de empresa en LinkedIn @ mié 10:00",
     "Has sido invitado/a: Revisión de la página de empresa en LinkedIn y de las ofertas publicadas\nCuándo: miércoles 10:00-11:00\n"
     "Organizador: comunicacion@alcoralogistica.example", "es"),
    ("Pere Llopis", "pere.llopis@alcoralogistica.example", "Fwd: Quiero conectar",
     "Alex, aquest senyor m'ha escrit per LinkedIn i diu que et coneix. El coneixes?\n\n---------- Missatge reenviat ---------\n"
     "De: Roberto Ciprés vía LinkedIn <invitations@linkedin.com>\nAssumpte: Quiero conectar\n\nSi necesitáis personal para la campaña...", "ca"),
    ("InfoJobs", "avisos@infojobs.example", "12 inscritos nuevos en Mozo/a de almacén – Riba-roja",
     "Tu oferta ha recibido 12 inscripciones nuevas. Consejo: compártela en LinkedIn para llegar a más candidatos.", "es"),
    ("Asociación de Empresarios de Riba-roja", "info@aeriba.example", "Webinar: cambios en la bonificación FUNDAE",
     "Estimado socio:\n\nle recordamos el webinar gratuito del día 8. La ponente, Silvia Andreu, compartirá la grabación también en LinkedIn.", "es"),
    ("Hamish Crawford", "h.crawford@celticfreight.example", "Driver retention playbook (PDF)",
     "Alex,\n\nattached the playbook as a PDF in case LinkedIn mangles the link. Shout if you want the Spanish works-council angle covered.\n\nHamish", "en"),
    ("Sandrine Bouvier", "s.bouvier@transports-mistral.example", "Dépôt de Saragosse – questions RH",
     "Bonjour Alex,\n\nje vous ai aussi écrit sur LinkedIn. Voici mes trois questions sur les ETT et le convenio de Saragosse, quand vous "
     "aurez un moment.\n\nBien à vous,\nSandrine", "fr"),
    ("Seguridad IT", "seguridad@alcoralogistica.example", "Aviso: invitaciones falsas de LinkedIn",
     "Equipo: nos llegan correos que imitan invitaciones y mensajes de LinkedIn con enlaces a dominios raros. No metáis la contraseña y "
     "reenviadlos a seguridad@alcoralogistica.example.", "es"),
    ("Universitat de València – Fòrum d'Ocupació", "forum.ocupacio@uv.example", "Inscripció d'empreses al Fòrum d'Ocupació",
     "Benvolguda empresa,\n\nja podeu inscriure-vos al Fòrum. Seguiu-nos a LinkedIn per a les novetats del programa.", "ca"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot development corpus dev134. Generated by scripts/make_corpus_dev134.py (seed {SEED}); do not edit by hand.",
          "# Alex as head of HR at a logistics group in Valencia and Zaragoza: HR-tech and payroll vendors, temp agencies, FUNDAE training "
          "providers, candidates and drivers, union reps, leadership coaches, peer HR heads; Spanish, Valencian, English, French. "
          "Same format as tests/corpus/dev."]


def _check() -> None:
    names = [p[2] for p in PEOPLE]
    assert len(names) == len(set(names)), "duplicate person"
    for name in ERAS:
        assert name in names, name
    notes = []
    for p in PEOPLE:
        for step in p[6]:
            if step[0] == "inv" and step[1] not in (DEFAULT, NONOTE):
                assert len(step[1]) <= 300, (p[2], len(step[1]))
            if step[0] in ("inv", "msg") and step[1] not in (DEFAULT, NONOTE):
                notes.append(step[1])
            if step[0] == "inm":
                notes.append(step[2])
    assert len(notes) == len(set(notes)), "a note is used twice"


if __name__ == "__main__":
    _check()
    main(__doc__, "dev134", SEED, PEOPLE, FOREIGN, spoofs=12, other=12, header=HEADER, eras=ERAS)
