#!/usr/bin/env python3
"""Write mailbot's corpus dev113: tests/corpus/dev113/*.eml + expected.toml.

The angle: the user Alex Morgan has just finished a business and analytics degree at a
Madrid university and is looking for a first job in Madrid. Their LinkedIn world: in-house
recruiters and hiring managers with real junior roles and graduate programmes, staffing
agencies (temp-to-perm roles that are real, and "agencies" that charge the candidate),
bootcamps, business schools and paid courses, CV writers and career coaches, "business
opportunity" and network-marketing recruiters, trading-course sellers, professors and
alumni offering introductions and reference letters, classmates passing on openings or
collecting endorsements, public employment services, and scammers with fake remote jobs
that end in a fee for "equipment" or "training". Casual Spanish from Spain, Latin American
Spanish (Mexican, Argentine, Uruguayan, Colombian, Chilean, Venezuelan, Peruvian,
Ecuadorian writers living in Madrid or abroad) and English. LinkedIn's own wording is mostly
Spanish, sometimes English (Alex switched the interface while applying abroad).

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient headline, the job-alert
and other LinkedIn mail titles, the cities, names and headlines of spoof-only names and
PYMK suggestions, and the lures that spoofs carry are swapped for this world in this
process only (make_corpus.py itself is not changed). Every note was written from
shared/taxonomy.md alone, without reading mailbot's signals, judge or wording, or the
notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev113.py              # writes tests/corpus/dev113
    python scripts/make_corpus_dev113.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20261130

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ first-job-in-Madrid world (this process only)
SKILLS = {
    "es": ["Análisis de datos", "Excel", "SQL", "Power BI", "Marketing digital", "Trabajo en equipo"],
    "en": ["Data Analysis", "Microsoft Excel", "SQL", "Power BI", "Python", "Teamwork"],
}
RHEADLINE = {
    "es": "Graduado en ADE y Business Analytics (UC3M) | Buscando mi primer empleo en Madrid",
    "en": "Business Analytics graduate (UC3M) | Open to entry-level roles in Madrid",
}
for _l in SKILLS:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE[_l]

# Alex's LinkedIn is mostly in Spanish, sometimes English: other mail and spoof-only names use these.
mc.LANGS[:] = ["es", "en", "es", "es", "en"]
mc.CITY["es"] = ["Madrid", "Getafe", "Alcobendas", "Leganés", "Pozuelo de Alarcón", "Alcalá de Henares", "Las Rozas de Madrid"]
mc.CITY["en"] = ["Madrid", "London", "Dublin", "Barcelona", "Lisbon"]
mc.NAMES["es"] = (["Nerea", "Hugo", "Aitana", "Mario", "Claudia", "Iker", "Noelia", "Dani", "Lorena", "Bruno", "Ainhoa", "Samuel", "Yaiza", "Gonzalo",
                   "Daniela", "Brayan", "Jimena", "Franco"],
                  ["Calvo", "Benítez", "Pastor", "Moya", "Cano", "Bravo", "Lorenzo", "Esteban", "Carrasco", "Gallego", "Vidal", "Arroyo", "Quiroga",
                   "Mejía", "Salinas", "Zapata"])
mc.NAMES["en"] = (["Ethan", "Jessica", "Aaron", "Holly", "Nathan", "Amber", "Callum", "Bethany", "Dylan", "Keira", "Rohan", "Sienna"],
                  ["Walsh", "Patterson", "Hartley", "Quinn", "Bamford", "Oduya", "Kerr", "Mistry", "Lowe", "Fenwick", "Doyle", "Marsh"])
mc.JOBS[:] = [("Analista de Datos Junior", "Banco Ibérico Digital"), ("Graduate Programme – Finance & Data", "Iberenergía"),
              ("Becario/a de Marketing Digital", "Trovia"), ("Junior Business Analyst", "Nexalia Consulting"),
              ("Trainee Controller (6 meses + incorporación)", "Randall Talent ETT"), ("Junior Product Analyst", "Nordvik Games")]
mc.COMPANIES["good"] = ["Universidad Carlos III de Madrid", "Banco Ibérico Digital", "Iberenergía", "Nexalia Consulting", "Trovia", "Nordvik Games",
                        "Agencia para el Empleo de Madrid", "Fundación Tándem"]
mc.COMPANIES["sales"] = ["CodeForge Bootcamp", "CVBoost", "EmpleoVIP", "Atenea Business School", "DataLaunch Academy", "Global Speak Idiomas",
                         "WealthStart", "Libertad Wellness Team"]
mc.HEADLINES["good"] = ["Talent Acquisition en {co}", "Profesora de Estadística | {co}", "Junior Analyst at {co}", "Recruiter at {co}",
                        "Orientador laboral | {co}", "Graduate Programme Lead, {co}", "Estudiante de Máster en Big Data | {co}"]
mc.HEADLINES["sales"] = ["Asesor de admisiones | {co}", "Founder at {co} | CVs que pasan el ATS", "Emprendedora digital | {co}",
                         "Career Coach | Consigue tu primer empleo en 90 días", "Admissions Advisor @ {co}", "Mentor de libertad financiera | {co}"]
retitle_other({
    "es": {"job": ("{n} nuevos empleos para «analista de datos junior»", "Tu alerta de empleo para analista de datos junior en {city}"),
           "news": "¿Sigue siendo el contrato en prácticas la puerta de entrada?",
           "group": "Conversaciones destacadas en Recién Titulados Madrid",
           "newsletter": "Primer Empleo: cómo preparar una prueba técnica de Excel sin morir en el intento"},
    "en": {"job": ("{n} new jobs for \"junior data analyst\"", "Your job alert for junior data analyst in {city}"),
           "news": "Are graduate schemes still worth the wait?",
           "group": "Top conversations in Young Professionals Madrid",
           "newsletter": "Entry Level: what recruiters actually read on a graduate CV"},
})
# what spoofs carry: job-seeker lures and phish
SPOOF_LURES = {
    "es": ["Hola {first}, tu candidatura para Analista Junior ha pasado a la fase final. Inicia sesión para ver la oferta y firmar el precontrato.",
           "Hola {first}, te he enviado la oferta de empleo en PDF. Accede con tu cuenta para descargarla antes de que caduque.",
           "Enhorabuena {first}: has sido preseleccionado/a para un puesto remoto de 2.300 €/mes. Confirma tus datos bancarios en el enlace para el alta."],
    "en": ["Hi {first}, good news - you've been shortlisted for the graduate role. Sign in to view your offer letter.",
           "Hi {first}, I've shared the job description and salary details with you. Log in to open the document.",
           "Dear {first}, your interview is confirmed. Please verify your account within 24 hours to keep your slot."],
    "de": ["Hallo {first}, Ihre Bewerbung ist in der finalen Runde. Bitte melden Sie sich an, um das Angebot zu sehen."],
    "fr": ["Bonjour {first}, votre candidature est retenue. Connectez-vous pour consulter l'offre."],
    "it": ["Ciao {first}, la tua candidatura è stata selezionata. Accedi per vedere l'offerta."],
}
for _l, _n in SPOOF_LURES.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
# a spread of spoofing methods among the few spoofs here
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "dkimfail", "display:gmail.com", "lookalike:xn--lnkedin-rfb.com", "nodkim",
                       "untrusted:mx.google.com", "lookalike:linkedin.com.secure-notify.example", "buried", "display:outlook.com", "wrongpass",
                       "noauth", "lookalike:linkedin-mail.co"]
mc.INMAIL_SUBJECTS["es"]["sales"] = ["Tu candidatura – fase final", "Oferta de empleo adjunta", "Precontrato pendiente de firma"]
mc.INMAIL_SUBJECTS["en"]["sales"] = ["Your application", "Offer letter attached", "Interview confirmed - action needed"]

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "es", "Lucía Arrieta", "Talent Acquisition en Nexalia Consulting", "Madrid",
  ("inv", "Hola Alex, vi tu TFG sobre predicción de bajas de clientes en el repositorio de la UC3M. Buscamos un/a Junior Data Analyst para "
          "la oficina de Castellana, indefinido, 28-30k. ¿Te cuento más? Si te encaja te paso la oferta."),
  ("rem",))
P("good_invitation", "es", "Ignacio Valverde", "Profesor Titular de Estadística | Universidad Carlos III de Madrid", "Getafe",
  ("inv", "Alex, me ha escrito una antigua alumna que está montando el equipo de analítica de una aseguradora y busca gente junior. "
          "Me acordé de tu TFG. Si quieres os pongo en contacto; mándame el CV actualizado cuando puedas."))
P("good_invitation", "es", "Carla Méndez", "Consultora de Estrategia | Alumni ADE UC3M 2019", "Madrid",
  ("inv", "¡Hola Alex! Soy exalumna de ADE en la Carlos III (promo 2019). Vi tu post buscando primer curro: en mi firma abre el programa "
          "de graduates en septiembre y puedo referirte por dentro. Te cuento el proceso cuando quieras."))
P("good_invitation", "es", "Diego Salcedo", "Marketing Analyst en Trovia", "Madrid",
  ("inv", "Buenas Alex, coincidimos en Econometría II 😄 En mi empresa buscan otro trainee de marketing y el proceso es rapidito. "
          "Si te mola te paso el contacto de la de RRHH, que nos ha pedido referidos."),
  ("rem",))
P("good_invitation", "es", "Marta Gil", "Coordinadora de Empleo Joven | Fundación Tándem", "Madrid",
  ("inv", "Hola Alex: abrimos un curso gratuito de análisis de datos (120 h, subvencionado, para menores de 30 en Garantía Juvenil) "
          "con prácticas en empresa al final. Quedan plazas para octubre. ¿Te mando la info?"))
P("good_invitation", "es", "Valentina Córdoba", "Estudiante de Maestría en Analítica | Pontificia Universidad Javeriana", "Bogotá",
  ("inv", "Hola Alex, ¿qué más? Me mudo a Madrid en enero a buscar trabajo de analista y vi que pasaste hace poco por lo mismo. "
          "¿Me podrías contar cómo te fue con el NIE y los procesos de prácticas? Te lo agradecería un montón."))
P("good_invitation", "en", "James Whitfield", "Graduate Recruitment Lead | Harbourline Bank", "Madrid",
  ("inv", "Hi Alex, we're running our 2025 Graduate Programme in Madrid (Risk & Analytics track, 18 months, one rotation in London). "
          "Your UC3M analytics background fits well. Applications close on the 30th - happy to answer questions."),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "es", "Rubén Escobar", "Asesor financiero independiente | Libertad financiera | Inversión", "Móstoles",
  ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Hannah Price", "Student at King's College London", "London", ("inv", DEFAULT))
P("default_invitation", "es", "Andrés Villalobos", "Estudiante de Ingeniería Comercial | Universidad de Chile", "Santiago de Chile", ("inv", NONOTE))
P("default_invitation", "es", "Nerea Lasa", "Técnica de selección | Empleo Activo ETT", "Madrid", ("inv", NONOTE), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "es", "Álvaro Pizarro", "Admissions Advisor @ CodeForge Bootcamp", "Madrid",
  ("inv", "Hola Alex! Veo que acabas de terminar la carrera. Nuestro bootcamp de Data Analytics (12 semanas) tiene un 93% de empleabilidad "
          "y este mes hay 1.000€ de descuento con financiación al 0%. ¿Te llamo 10 min y te cuento?"),
  ("rem",))
P("sales_invitation", "es", "Mónica Herráiz", "Career Coach | Consigue tu primer empleo en 90 días", "Madrid",
  ("inv", "Hola Alex 😊 Ayudo a recién graduados a conseguir su primer trabajo en menos de 90 días con mi método EMPLEA+. "
          "Hago una sesión estratégica de 30 min sin coste para ver si encajas en el programa. ¿Te reservo hueco esta semana?"))
P("sales_invitation", "en", "Ryan Collins", "Founder at CVBoost | CVs that get past the ATS", "Dublin",
  ("inv", "Hi Alex, 75% of CVs never get past the ATS. We rewrite graduate CVs + LinkedIn profiles so they actually get read. "
          "Graduate package is €149 this week (usually €229). Want a free audit of yours first?"))
P("sales_invitation", "es", "Yessica Romero", "Emprendedora digital | Libertad financiera | Mamá de 2 💕", "Madrid",
  ("inv", "Holaa Alex!! Vi que estás buscando empleo... ¿y si en vez de buscar jefe te conviertes en tu propio jefe? Estoy ampliando mi equipo "
          "en un negocio de bienestar que se lleva desde el móvil. ¿Te cuento en una llamadita de 15 min? 🌸"))
P("sales_invitation", "es", "Ricardo Llamas", "Asesor de admisiones | Atenea Business School", "Madrid",
  ("inv", "Buenos días Alex, tenemos abierta la última convocatoria del Máster en Marketing Digital con becas de hasta el 40%. "
          "Me encantaría presentarte el programa en una videollamada. ¿Qué día te viene bien?"),
  ("rem",))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "es", "Kevin Andrade", "Business Developer | Mentor de jóvenes emprendedores", "Madrid",
  ("inv", "Hola Alex, un gusto. Estoy armando un grupo de jóvenes profesionales en Madrid para pasarnos ofertas de empleo y apoyarnos "
          "en la búsqueda. Nos vemos un jueves al mes en un café de Chamberí. ¿Te sumas?"),
  ("msg", "¡Gracias por aceptar, Alex! Te cuento: además del grupo, yo trabajo con una empresa internacional de suplementos y estoy buscando socios. "
          "Con el kit de inicio (249 €) ya puedes empezar a generar ingresos desde casa mientras buscas trabajo. "
          "¿Hacemos una llamada esta semana y te explico el plan de compensación?", (3, 9)),
  ("msg", "Alex, ¿pudiste ver lo que te mandé? Este mes el kit viene con un 20% más de producto y solo me quedan 3 plazas en el equipo 🔥", (4, 12)))
P("bait_and_switch_invitation", "es", "Beatriz Soler", "Career Coach | Ex-RRHH en multinacional", "Madrid",
  ("inv", "Hola Alex! Este mes estoy haciendo revisiones de CV gratis para recién graduados de la Carlos III, como forma de devolver lo que "
          "hicieron por mí. Si quieres, mándame el tuyo por aquí y te lo devuelvo con comentarios."),
  ("msg", "Gracias por mandarme el CV, Alex. Te soy sincera: tiene bastante margen de mejora y así es difícil que pase los filtros. "
          "Lo que de verdad te recomiendo es mi programa Primer Empleo (6 sesiones, 390 €). Esta semana tengo dos plazas con un 15% de descuento. "
          "¿Te apunto?", (2, 6)))
P("bait_and_switch_invitation", "en", "Tom Fairbanks", "Analyst | Fintech enthusiast", "Madrid",
  ("inv", "Hey Alex, fellow UC3M grad here (Economics '23). Quick question - how are you finding the hunt for analyst roles in Madrid? "
          "Trying to compare notes with people in the same boat."),
  ("msg", "Thanks for connecting! Honestly the job market is brutal so I've been building a second income with forex trading signals on the side. "
          "Our group is 49€/month and most members make that back in a week. Want me to send you the link to join?", (2, 8)),
  ("msg", "Hey, just checking you saw this - price goes up to 79€ on Monday so now's the time.", (3, 7)))
P("bait_and_switch_invitation", "es", "Paula Robles", "HR Business Partner | Ayudo a jóvenes a entrar en el mercado laboral", "Madrid",
  ("inv", "Hola Alex, he preparado una guía gratuita con las 40 preguntas más habituales en entrevistas para puestos junior (y cómo "
          "responderlas). Si conectamos te la paso por aquí encantada."),
  ("msg", "¡Aquí tienes la guía, Alex! Y si quieres practicar de verdad, tengo un pack de 3 simulacros de entrevista con feedback por 120 €. "
          "A quienes descargan la guía les dejo el pack en 95 € hasta el domingo. ¿Te paso el enlace de pago?", (1, 5)))
P("bait_and_switch_invitation", "es", "Marcos Ibarra", "Recruiter | Global Talent Solutions", "Madrid",
  ("inv", "Hola Alex, estoy cubriendo varias posiciones de analista junior para clientes en Madrid y tu perfil me parece muy interesante. "
          "Conectemos y te comento las vacantes."),
  ("msg", "Hola Alex, gracias por conectar. Antes de presentarte a los clientes necesitamos que completes nuestra Certificación de "
          "Empleabilidad (curso online + test), con un coste de 180 €. Es obligatoria para todos los candidatos que presentamos. "
          "Te paso el enlace para el pago y en cuanto la tengas te muevo a las entrevistas.", (2, 7)),
  ("msg", "Alex, sigo esperando tu certificación. Los clientes me están pidiendo candidatos esta semana y no puedo presentarte sin ella.", (3, 9)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Grace Holloway", "HR Manager | Brightpath Remote Solutions", "London",
  ("inm", "Remote Junior Data Assistant - shortlisted", "Hello Alex, your profile has been shortlisted for a remote Junior Data Assistant "
          "position (€2,400/month, flexible hours). No interview is needed at this stage. Please confirm your interest and I will share the "
          "onboarding details."),
  ("inm", "Onboarding - next step", "Dear Alex, congratulations, you have been selected! To activate your contract you must purchase the "
          "work equipment package (laptop + software licence) from our approved supplier for €350, reimbursed with your first salary. "
          "Kindly complete payment within 48 hours so we can reserve your start date.", (2, 6)))
P("bait_and_switch_inmail", "es", "Laura Expósito", "Investigadora | Observatorio de Empleabilidad Joven", "Madrid",
  ("inm", "Encuesta sobre empleo joven", "Hola Alex, estamos haciendo un estudio sobre cómo buscan trabajo los recién titulados en Madrid. "
          "¿Podrías dedicarnos cinco minutos a responder unas preguntas? Los resultados serán públicos y te los enviaremos cuando estén."),
  ("inm", "Tus resultados + algo para ti", "Gracias por participar, Alex. Según tus respuestas, tu perfil encaja en nuestro Programa Acelera "
          "(bootcamp de 10 semanas, 2.900 €, financiable en 12 meses). Tengo una llamada de admisión libre el martes a las 17:00. "
          "¿Te la reservo?", (5, 14)))
P("bait_and_switch_inmail", "es", "Fernanda Ríos", "Líder de equipo | Emprendimiento y bienestar", "Ciudad de México",
  ("inm", "Mentoría para recién egresados", "Hola Alex, ¿cómo estás? Me dedico a mentorear a jóvenes que están empezando su carrera, sin "
          "costo, porque a mí nadie me orientó cuando salí de la uni. Me encantaría platicar contigo 20 minutos y ver cómo te puedo apoyar."),
  ("inm", "Lo que te comentaba", "Alex, qué gusto platicar contigo. Como te dije, la mejor forma de crecer es tener tu propio negocio. "
          "Entrar al equipo son 199 € del paquete emprendedor y de ahí todo depende de ti. ¿Te mando el link para que te registres hoy "
          "mismo? Los bonos de inicio cierran el domingo.", (3, 10)),
  ("inm", "¿Sigues ahí?", "Alex, no quiero que se te pase la oportunidad. Ya hay dos chicas de Madrid que entraron esta semana. ¿Lo platicamos?", (4, 10)))
P("bait_and_switch_inmail", "es", "Gonzalo Fierro", "Programa de Becas | Instituto Europeo de Posgrado", "Buenos Aires",
  ("inm", "Beca de excelencia 2025", "Hola Alex, ¿qué tal? Te escribo porque tu expediente califica para nuestra Beca de Excelencia para "
          "recién egresados. Son muy pocas plazas. ¿Querés que te cuente los requisitos?"),
  ("inm", "Beca asignada – reservá tu plaza", "Alex, buenas noticias: te asignamos la beca del 50%. El máster queda en 4.450 € y para "
          "reservar la plaza hay que abonar 600 € de matrícula antes del viernes. ¿Te paso los datos para la transferencia?", (4, 12)))


# =============================================================== endorse_me_back
P("endorse_me_back", "es", "Irene Castaño", "Estudiante de Marketing y Publicidad | UCM", "Madrid",
  ("end",), ("end",),
  ("msg", "Holaaa Alex! Te he validado {skill} y un par más 😊 ¿Me devolverías el favor con Marketing digital y Comunicación? "
          "Estoy echando CVs a saco y dicen que los de RRHH se fijan. ¡Mil gracias!"))
P("endorse_me_back", "es", "Matías Pereyra", "Junior Developer | Buscando nuevas oportunidades", "Montevideo",
  ("end",),
  ("msg", "Buenas Alex! Te recomendé en {skill}, ¿me darías una mano validándome Python y SQL? Estoy postulando a varias empresas de "
          "Madrid y me vendría bárbaro. Abrazo!"))
P("endorse_me_back", "en", "Priya Nair", "MSc Business Analytics | IE Business School", "Madrid",
  ("end",), ("end",),
  ("msg", "Hi Alex! I've endorsed you for {skill} and a couple of others. Would you mind endorsing me back for Tableau and Stakeholder "
          "Management? Recruiters here seem to search by them. Thanks a mil!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "es", "Jonathan Pardo", "Emprendedor | Mentor | Libertad financiera 🚀", "Madrid",
  ("inv", "Alex, ¿cansad@ de mandar CVs sin respuesta? Yo estaba igual hace dos años. Hoy vivo de mi negocio online y enseño a otros a "
          "hacerlo. Acepta y te cuento."),
  ("rem",),
  ("inm", "Tú sabrás", "Veo que has preferido ignorarme. Tú sabrás. Sigue mandando CVs a empresas que te van a pagar 1.100 € y te van "
          "a tratar como un número. La gente con mentalidad de pobre siempre se queda donde está."))
P("hostility_after_decline", "en", "Craig Dobson", "Senior Consultant | Apex Graduate Placements", "London",
  ("inv", "Hi Alex, we place graduates into analyst roles across Madrid and Barcelona. Connect and let's see what we can do for you."),
  ("inm", "Bit disappointing", "Hi Alex, I noticed you've ignored my request. For someone who's been job hunting for months that's not "
          "the smartest move, honestly. This industry is small and recruiters talk to each other. Good luck, you'll need it."))
P("hostility_after_decline", "es", "Rosa Quintanilla", "Coach de empleabilidad | Conferencista internacional", "Lima",
  ("inv", "Hola Alex, me encantaría conectar contigo para compartirte contenido sobre búsqueda de empleo. Bendiciones."),
  ("rem",),
  ("inm", "Falta de educación", "Alex, te envié una invitación con toda la buena intención y ni siquiera te tomaste la molestia de "
          "responder. Te lo digo con cariño: así no vas a conseguir trabajo. Las empresas buscan gente educada y agradecida, no "
          "jóvenes que se creen más que los demás."))
P("hostility_after_decline", "es", "Sergio Mañas", "Comercial | Seguros y ahorro", "Alcorcón",
  ("inv", DEFAULT),
  ("inm", "?", "oye q te cuesta aceptar?? q te crees q eres el CEO de algo? recién salido de la uni y ya con esos humos, increible. "
          "ya te daras cuenta de como funciona el mundo"))


# =============================================================== hostility_connection
P("hostility_connection", "es", "Hugo Benavente", "Fundador | Academia de Trading Joven", "Madrid",
  ("msg", "Hola Alex, ¿qué tal? Tengo un curso de trading para jóvenes que empiezan con poco capital: 297 € con acceso de por vida al "
          "grupo de señales. Mientras encuentras curro te puede sacar un buen sobresueldo. ¿Te interesa?"),
  ("msg", "Vale, me has dejado en visto. Luego llorarás cuando tus amigos estén ganando pasta y tú sigas haciendo prácticas por 300 "
          "pavos. Eres un borrego más del sistema, tío.", (3, 10)))
P("hostility_connection", "es", "Natalia Osorio", "Directora | NorthBridge Empleo Internacional", "Madrid",
  ("acc",),
  ("msg", "Gracias por conectar, Alex. Te comento: gestionamos empleos en Irlanda y Países Bajos para graduados españoles. El servicio "
          "completo (CV en inglés, preparación de entrevistas y colocación) son 650 €. ¿Lo vemos en una llamada?"),
  ("msg", "Pues si dices que no te interesa porque «no pagas por trabajar», allá tú. Me parece una actitud bastante inmadura y poco "
          "profesional, y con ese enfoque no vas a llegar a ninguna parte, créeme. Suerte.", (1, 5)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "es", "Raquel Tovar", "Asesora de formación | Escuela Online Impulsa", "Valencia",
  ("msg", "Hola Alex! Te escribo porque tenemos el curso de Experto en Excel y Power BI con certificado con un 60% de descuento solo "
          "hasta el domingo. ¿Te envío el temario?"),
  ("msg", "Alex, te recuerdo que mañana se acaba el descuento 😉 Con el certificado tu CV gana muchísimo. Se puede pagar en 3 plazos sin intereses."),
  ("msg", "¡Última oportunidad! Nos quedan 4 plazas para la edición de marzo. Te dejo el enlace de matrícula por si acaso."))
P("connection_only_pitches", "en", "Brandon Hayes", "Partner | WealthStart - helping young professionals invest", "London",
  ("msg", "Hi Alex, congrats on graduating! Now is honestly the best time to start a pension plan - the earlier you start, the more "
          "compounding does for you. Can we book a 20-min call to go through your options?"),
  ("msg", "Hi Alex, following up on my last note. We have a special package for under-25s this quarter with no setup fee. Shall I send "
          "over the brochure?"))
P("connection_only_pitches", "es", "Lorena Gaitán", "Asesora comercial | Seguros de salud para jóvenes", "Medellín",
  ("msg", "Hola Alex, ¿qué más? Ahora que terminaste la U seguro ya no te cubre el seguro de tus papás. Tengo un plan de salud para menores "
          "de 30 desde 29 €/mes en España. ¿Te cotizo sin compromiso?"),
  ("msg", "Alex, te escribo de nuevo por lo del seguro: esta semana hay promo sin carencias. ¿Te mando la cotización por acá?"))


# =============================================================== single_pitch
P("single_pitch", "es", "Pablo Iturbe", "Fotógrafo | Retratos corporativos", "Madrid",
  ("msg", "Hola Alex, ¿qué tal? Hacemos fotos profesionales para perfiles de LinkedIn y para el CV. Para recién graduados tenemos sesión "
          "+ 5 fotos retocadas por 59 €, en nuestro estudio de Malasaña. ¿Te hace?"))
P("single_pitch", "en", "Chloe Bennett", "Course Advisor | LinguaPro English", "Madrid",
  ("msg", "Hi Alex! Lots of Madrid employers now ask for a C1 certificate. Our intensive Cambridge C1 prep (8 weeks, online) starts on the "
          "15th - €420 all in. Happy to send details if you'd like."))
P("single_pitch", "es", "Javier Cuesta", "Agente inmobiliario | Alquileres en Madrid", "Madrid",
  ("msg", "Alex, si estás buscando piso ahora que empiezas a trabajar, tengo estudios en Tetuán y Usera desde 750 €. Sin comisión para ti "
          "si firmas este mes. ¿Te paso fotos por WhatsApp?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "es", "Elena Barrios", "Profesora Asociada de Marketing | Universidad Carlos III de Madrid", "Getafe",
  ("msg", "Alex, una empresa con la que colaboro busca un junior para su equipo de CRM en Alcobendas. Les he hablado de ti. Te reenvío la "
          "descripción: si te interesa, escríbele directamente a Jorge Ruiz (jorge.ruiz@saltamontes.example) y dile que vas de mi parte."))
P("connection_brings_value", "es", "Sara Domínguez", "Junior Consultant | Estratégica Consultores", "Madrid",
  ("msg", "Tiaaa en mi curro abren dos plazas de analista junior y piden justo lo tuyo (SQL, Power BI). Te he pasado como referida/o, "
          "te va a llamar Laura de RRHH esta semana. Suerteee!!"),
  ("msg", "Ah! y te paso mis apuntes del caso práctico que me pusieron a mí, por si te toca el mismo 😉 Es de pricing, repásate "
          "márgenes y elasticidad.", (1, 4)))
P("connection_brings_value", "es", "Andrés Peralta", "Data Scientist | Fintech en Madrid", "Madrid",
  ("end",),
  ("msg", "Hola Alex, te validé {skill} porque lo vi en tu proyecto de GitHub, está bien hecho. El jueves doy una sesión gratuita online "
          "sobre cómo preparar pruebas técnicas de SQL para perfiles junior. Te dejo el enlace por si te sirve, no hace falta registrarse."))
P("connection_brings_value", "en", "Michael O'Connor", "Engineering Manager, Data Platform | Nordvik Games", "Madrid",
  ("msg", "Hey Alex, good to meet you at the Madrid Data Meetup on Tuesday. My team is hiring two graduate data engineers for the Madrid "
          "office - hybrid, English-speaking, proper mentoring. Internal posting is below; if you apply, put me down as referrer and "
          "ping me so I can chase it."))
P("connection_brings_value", "es", "Carmen Lozano", "Orientadora laboral | Agencia para el Empleo de Madrid", "Madrid",
  ("msg", "Buenos días, Alex: le escribo desde la Agencia para el Empleo. El 14 de noviembre hay una feria de empleo gratuita en Conde "
          "Duque con 40 empresas, y el día antes un taller de entrevistas para jóvenes. Si quiere le reservo plaza en el taller, "
          "solo tiene que contestarme a este mensaje."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "es", "Inés Aguirre", "Talent Acquisition | Banco Ibérico Digital", "Madrid",
  ("inm", "Analista de Datos Junior – Riesgos", "Hola Alex: estoy buscando un/a Analista de Datos Junior para el equipo de Riesgos en "
          "Las Tablas. Contrato indefinido, modelo híbrido, 27-31k más beneficios. Tu TFG encaja muy bien con lo que hacemos. "
          "¿Tendrías 15 minutos esta semana para una primera llamada?"))
P("stranger_inmail_recruiter", "es", "Óscar Bermejo", "Consultor de Selección | Randall Talent ETT", "Alcobendas",
  ("inm", "Junior Controller – cliente sector retail", "Buenas tardes Alex, estoy gestionando para un cliente del sector retail una "
          "posición de Junior Controller en su sede de Alcobendas: seis meses a través de ETT con posibilidad real de incorporación, "
          "24k brutos anuales. ¿Te encaja? Si me dices una hora, te llamo y te doy los detalles."))
P("stranger_inmail_recruiter", "en", "Sarah Lindqvist", "Talent Partner | Nordvik Games", "Madrid",
  ("inm", "Junior Product Analyst - Madrid studio", "Hi Alex, I'm hiring a Junior Product Analyst for our Madrid studio (English-speaking "
          "team, hybrid). We dig into live game data with SQL and Looker and your thesis project caught my eye. Would you be open to a "
          "quick chat this week or next?"))
P("stranger_inmail_recruiter", "es", "Rodrigo Cházaro", "Head of Growth | Rappa", "Madrid",
  ("inm", "Vacante de Growth Analyst", "Hola Alex, ¿qué tal? Soy el head de growth de una startup de delivery que acaba de abrir oficina "
          "en Madrid. Estamos armando el equipo y busco un growth analyst junior: la chamba es mucho Excel/SQL y experimentos de "
          "producto. ¿Te late platicar esta semana?"))
P("stranger_inmail_recruiter", "es", "Beatriz Lago", "Employer Branding & Graduate Programs | Iberenergía", "Madrid",
  ("inm", "Programa Graduate 2025", "Hola Alex, abrimos el Programa Graduate de Iberenergía: 24 meses, rotaciones en Finanzas, Trading y "
          "Data, 30k. Por tu perfil te animo a inscribirte antes del 15 de marzo. Si te surgen dudas sobre el proceso de selección, "
          "contéstame por aquí y te ayudo."))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Jake Morrison", "Admissions Lead | DataLaunch Academy", "London",
  ("inm", "Land your first data job in 16 weeks", "Hi Alex, grads who join our Data Analytics bootcamp land their first job in 4.2 months "
          "on average. Income-share option available: pay nothing until you're hired. Can I grab 15 minutes to walk you through admissions?"),
  ("inm", "Last seats for the April cohort", "Hi Alex, heads up that the April cohort is nearly full and the €1,500 early-bird discount "
          "ends Friday. Shall I hold a seat for you?"))
P("stranger_inmail_sales", "es", "Patricia Leal", "Coordinadora | Empleos Desde Casa Europa", "Madrid",
  ("inm", "Trabajo desde casa – plaza confirmada", "Hola Alex, tu perfil ha sido aprobado para trabajar desde casa como evaluador/a de "
          "anuncios (900-1.400 €/mes). Para darte de alta en la plataforma solo hay que abonar 35 € de gestión. Responde SÍ y te paso "
          "el número de cuenta."))
P("stranger_inmail_sales", "es", "Cristina Pons", "Directora de Admisiones | Bluewave Business School", "Barcelona",
  ("inm", "Máster en Dirección de Marketing – plazas limitadas", "Hola Alex, enhorabuena por terminar el grado. Nuestro Máster en "
          "Dirección de Marketing tiene un 92% de inserción y prácticas garantizadas. Este mes damos ayudas al estudio del 30%. "
          "¿Te viene bien una llamada para contarte el programa?"))
P("stranger_inmail_sales", "es", "Gustavo Herrera", "CEO | EmpleoVIP Premium", "Caracas",
  ("inm", "Acceso a ofertas ocultas", "Saludos Alex. El 80% de las ofertas nunca se publican. Con EmpleoVIP accedes a nuestra bolsa de "
          "ofertas ocultas y enviamos tu CV a 300 empresas de Madrid. Suscripción: 19,90 €/mes, cancelas cuando quieras. "
          "¿Te activo la prueba de 3 días?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "es", "Fernando Aldana", "Senior Manager | Mentor en el Programa Alumni UC3M", "Madrid",
  ("inv", "Hola Alex, soy mentor voluntario en el programa Alumni de la Carlos III. Si te apetece, hacemos una simulación de entrevista "
          "de caso por videollamada, sin coste. Me acuerdo de lo perdido que estaba yo al acabar."),
  ("msg", "Genial la simulación de ayer, Alex. Te dejo por escrito los tres puntos a mejorar: estructura desde el principio, redondear "
          "números y cerrar siempre con una recomendación. Vas muy bien encaminado.", (6, 15)),
  ("msg", "Alex, te cuento algo: he montado con un socio una academia de preparación para consultoras (MBB Ready). El programa completo "
          "son 1.200 € y a mis mentorizados les hago un 20%. Con 8 semanas entrarías seguro. ¿Te reservo plaza para la edición de enero?", (10, 25)))
P("good_turns_ugly", "es", "Lucas Ferreyra", "Data Analyst | Buscando mi próximo desafío", "Madrid",
  ("inv", "Che Alex, vi que también estás buscando de analista. En mi ex laburo están buscando gente junior, te paso el link si querés. "
          "Dale, conectemos así nos vamos pasando ofertas."),
  ("msg", "Te dejo el link de la oferta que te dije. Preguntá por Martina de RRHH y decile que vas de mi parte, es re buena onda.", (1, 4)),
  ("end",),
  ("msg", "Alex te validé {skill}! Haceme la gauchada y validame SQL y Tableau, que la empresa nueva me pidió que tenga el perfil al día. "
          "Gracias genio 🙌", (1, 6)))
P("good_turns_ugly", "en", "Rachel Summers", "Founder | The Graduate Circle", "Madrid",
  ("inv", "Hi Alex! I run The Graduate Circle, a free community of new grads in Madrid - we share job leads and meet once a month for "
          "drinks. Would love to have you join us."),
  ("msg", "Great to have you! Here's the invite to our next meetup (Thursday, La Latina) and the shared job-board doc everyone adds to. "
          "See you there hopefully.", (2, 6)),
  ("msg", "Hi Alex, quick one - we're launching Circle Premium: weekly coaching calls + CV reviews for €39/month. Founding members get the "
          "first month free if they sign up by Sunday. Can I count you in?", (15, 35)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "es", "Esteban Carmona", "Asesor académico | Global Speak Idiomas", "Getafe",
  ("inm", "Certifica tu inglés", "Hola Alex, las empresas piden B2/C1 certificado y sin eso muchos CVs se quedan fuera. Tenemos curso "
          "intensivo + examen oficial por 690 €. ¿Te llamo para explicarte las opciones de pago?"),
  ("inv", "Hola Alex, vi que también eres de Getafe, ¡qué pequeño es el mundo! Me encantaría tenerte en mi red."))
P("reinvite_known_bad", "es", "Lidia Prieto", "Técnica de RRHH | Buscando talento", "Madrid",
  ("inv", DEFAULT),
  ("inv", "Hola Alex, coincidimos en el Foro de Empleo de la UC3M. ¿Conectamos y te cuento qué perfiles estamos buscando?"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "es", "Iván Ledesma", "Emprendedor digital | Dropshipping | Libertad geográfica", "Madrid",
  ("inv", "Alex, ¿quieres dejar de depender de un jefe? Te enseño el sistema que uso yo. Conecta y hablamos."),
  ("inm", "Mentalidad", "No aceptas mi invitación pero luego te quejarás de que no encuentras trabajo. Típico de la generación de "
          "cristal, sinceramente. Ni contestar sabéis."),
  ("inv", "Hola Alex, empecemos de cero. Me gustaría tenerte en mi red, sin rencores."))
P("reinvite_known_ugly", "en", "Diana Forbes", "Talent Coordinator | Skyline Remote Jobs", "Dublin",
  ("inm", "Remote analyst role", "Hi Alex, we have a remote junior analyst role with a US client, €2,100/month, fully remote. "
          "Interested? Reply and I'll send over the details."),
  ("inm", "Your onboarding", "Thanks Alex. Before onboarding, all candidates must complete our compliance training (€199), refunded "
          "after your first month. I'll send the payment link today so you can start on Monday.", (2, 6)),
  ("inv", "Hi Alex, I'd love to stay connected - we have new roles coming up this quarter."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "es", "Gabriel Montes", "Director Comercial | Prácticas Internacionales Horizonte", "Madrid",
  ("acc",),
  ("msg", "¡Gracias por aceptar, Alex! Como me comentaste en el Foro de Empleo que te interesan las prácticas fuera: tenemos plazas en "
          "Londres y Dublín con alojamiento incluido. La cuota de gestión es de 1.350 €. ¿Te mando el dossier?"))
P("user_invited_pitch_once", "en", "Emma Reyes", "Career Strategist | Helping grads land roles abroad", "Lisbon",
  ("acc",),
  ("msg", "Thanks for the connect, Alex! Since you came to my webinar, I wanted to let you know my 1:1 LinkedIn profile makeover is "
          "€180 this month for attendees. Just reply here if you want in!"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "es", "Ricardo Sanz", "Recruiter | TalentBridge Consulting", "Madrid",
  ("acc",),
  ("msg", "Hola Alex, gracias por la invitación. Ahora mismo no tengo vacantes para tu perfil, pero sí ofrecemos un servicio de preparación "
          "de candidatos (CV + 3 entrevistas simuladas) por 240 €. ¿Te interesaría?"),
  ("msg", "Alex, ¿has pensado lo de la preparación? Tengo hueco la semana que viene y si confirmas hoy te lo dejo en 200 €."))
P("user_invited_pitch_twice", "es", "Camila Fuenzalida", "Asesora de inversiones | Plataforma de inversión para jóvenes", "Madrid",
  ("acc",),
  ("msg", "Hola Alex! Gracias por conectar, fue bacán conocerte en el afterwork de expats. Te cuento que asesoro a jóvenes que recién "
          "parten en su primera pega a invertir: planes desde 50 €/mes. ¿Te agendo una reunión?"),
  ("msg", "Alex, ¿cómo estai? Te escribo de nuevo por lo del plan, este mes sin comisión de apertura. ¿Lo vemos el jueves?"))


# =============================================================== user_invited_value
P("user_invited_value", "es", "Teresa Olmos", "Catedrática de Organización de Empresas | Universidad Carlos III de Madrid", "Getafe",
  ("acc",),
  ("msg", "Hola Alex, claro que me acuerdo de ti. Te adjunto la carta de recomendación firmada para el programa de Iberenergía. Y por si "
          "te interesa: el grupo de investigación busca un asistente a media jornada durante seis meses, remunerado y compatible con "
          "seguir buscando. Si quieres, pásate por el despacho el martes."))
P("user_invited_value", "en", "Daniel Brooks", "Analytics Lead | Hollis & Rowe", "Madrid",
  ("acc",),
  ("msg", "Hi Alex, good to meet you at the meetup. As promised, here's the take-home case we used for our last junior hire "
          "(anonymised) and my notes on what separated the top candidates. No strings attached - hope it helps."))
P("user_invited_value", "es", "Mariana Olivera", "Product Analyst | Marketplace de segunda mano", "Madrid",
  ("acc",),
  ("msg", "Hola Alex! Gracias por la invitación. Mirá, en mi equipo va a abrir una posición de analista junior el mes que viene y todavía "
          "no está publicada. Mandame tu CV por acá y se lo paso directo a mi jefa."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Jorge Villanueva", "Director de Talento | Grupo Orbis", "Madrid", ("acc",))
P("acceptance_only", "en", "Sophie Marchetti", "Recruiter, Early Careers | Luxembourg", "Luxembourg", ("acc",))
P("lone_endorsement", "es", "Alba Serrano", "Estudiante de ADE | Universidad Carlos III de Madrid", "Getafe", ("end",))
P("lone_endorsement", "en", "Kwame Mensah", "Erasmus student, Data Science | UC3M", "Madrid", ("end",))


# ------------------------------------------------------------------------- checks on the notes
_seen: set[str] = set()
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))
        _txt = _s[1] if _s[0] in ("inv", "msg") else (_s[2] if _s[0] == "inm" else None)
        if isinstance(_txt, str) and _txt not in (DEFAULT, NONOTE):
            assert _txt not in _seen, _txt
            _seen.add(_txt)
# every person's layout era is the current one: Alex opened the account at university
ERAS = {_p[2]: "cur" for _p in PEOPLE}


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Servicio de Orientación y Empleo UC3M", "empleo@uc3m.example.es", "Foro de Empleo: prepara tu perfil de LinkedIn",
     "Hola Alex,\n\nel Foro de Empleo es el 22 de octubre en el campus de Getafe. El día antes hay un taller gratuito para revisar tu "
     "perfil de LinkedIn y tu CV. Inscripción en el portal del estudiante.", "es"),
    ("Mamá", "merche.morgan@correo.example", "lo del trabajo",
     "Hola cariño, la hija de Mari Carmen dice que te mires bien el LinkedIn ese, que ella encontró trabajo así en dos semanas. "
     "No te agobies. Un beso, el domingo comemos en casa", "es"),
    ("Recursos Humanos", "rrhh.seleccion.madrid@gmail.example", "Oferta de empleo – hemos visto su perfil en LinkedIn",
     "Estimado candidato,\n\nhemos visto su perfil en LinkedIn y ha sido seleccionado para un puesto de auxiliar administrativo "
     "(1.800 €/mes). Para la formación inicial debe abonar 95 € por Bizum al 6XX XXX XXX.\n\nAtentamente", "es"),
    ("Nexalia Consulting – Selección", "seleccion@nexalia.example", "Confirmación de entrevista – Junior Data Analyst",
     "Hola Alex,\n\nte confirmamos la entrevista el jueves a las 10:00 en Paseo de la Castellana 95. Te entrevistarán Lucía Arrieta y "
     "Pedro Sáez; puedes ver sus perfiles en LinkedIn si quieres prepararte.\n\nUn saludo", "es"),
    ("Dani Ocaña", "dani.ocana@correo.example", "Fwd: Quiero conectar",
     "tío, ¿te ha llegado esto a ti también? es el de la pirámide de los batidos, me ha escrito a mí y a media clase jajaja\n\n"
     "---------- Forwarded message ---------\nFrom: Kevin Andrade via LinkedIn <invitations@linkedin.com>\nSubject: Quiero conectar\n\n"
     "Hola Dani, un gusto. Estoy armando un grupo de jóvenes profesionales en Madrid...", "es"),
    ("Madrid Data Meetup", "noreply@meetup-mail.example", "Tu plaza: Madrid Data Meetup #41",
     "¡Tienes plaza! Martes 19:00, Impact Hub Piamonte. Charla: SQL para juniors. Comparte el evento en LinkedIn y trae a un amigo.", "es"),
    ("CodeForge Bootcamp", "news@codeforge.example", "Última semana: 1.000 € de descuento",
     "Hola Alex,\n\nquedan 7 plazas en el bootcamp de Data Analytics de octubre. Síguenos en LinkedIn para ver las historias de nuestros "
     "alumnos.\n\nDarse de baja: https://codeforge.example/baja", "es"),
    ("Harbourline Bank Careers", "no-reply@careers.harbourline.example", "Your application – 2025 Graduate Programme",
     "Dear Alex,\n\nthank you for applying to the Risk & Analytics track. Your online tests are now available. Follow Harbourline Careers "
     "on LinkedIn for assessment-centre tips.", "en"),
    ("Teresa Olmos", "tolmos@uc3m.example.es", "Carta de recomendación",
     "Alex,\n\nte la he mandado también por LinkedIn, pero por si acaso te la adjunto aquí en PDF. Mucho ánimo con el proceso.\n\nTeresa", "es"),
    ("Indeed", "alert@indeed-mail.example", "Nuevos empleos: analista junior en Madrid",
     "12 nuevas ofertas coinciden con tu búsqueda. Consejo: importa tu perfil de LinkedIn para postular con un clic.", "es"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot corpus dev113. Generated by scripts/make_corpus_dev113.py (seed {SEED}); do not edit by hand.",
          "# Alex as a recent graduate looking for a first job in Madrid: recruiters with real roles, staffing agencies, bootcamps and paid courses, "
          "career coaches, network-marketing recruiters, professors and alumni, peers sharing openings, fake jobs asking for fees. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev113", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER, eras=ERAS)
