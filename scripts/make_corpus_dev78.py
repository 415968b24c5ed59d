#!/usr/bin/env python3
"""Write mailbot's seventy-eighth, independent development corpus: tests/corpus/dev78/*.eml + expected.toml.

The angle: the user Alex is head of people (HR) at Tramontana Logística, a company with offices
in Buenos Aires, Montevideo and Mexico City. Their LinkedIn world: headhunters who bring Alex a
role (good) next to search firms and staffing agencies that want to fill Alex's vacancies (a
sale); HR-tech vendors (payroll, ATS, EOR, engagement surveys, performance reviews, background
checks, recognition apps); benefits and insurance brokers (prepagas, ART, mutualistas, seguros de
gastos médicos mayores, vales de despensa); training providers and coaches; candidates and job
seekers; peer HR leaders sharing templates and practice; universities offering free job fairs,
interns and guest lectures; labour lawyers with a free breakfast or a retainer to sell. Spanish
with Rioplatense voseo ('vos tenés', 'che', 'dale', 'ta', 'bo') and Mexican usage ('platicar',
'ahorita', 'padrísimo', 'chavos', 'neta'), formal usted and casual; some English from US and UK
vendors, recruiters and peers, and one Brazilian recruiter writing Portuguese.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert
titles, other LinkedIn mail, the headlines and names of spoof-only people and PYMK suggestions,
the spoof methods' order and the pitches that spoofs carry are swapped for this world in this
process only (make_corpus.py itself is not changed). Every note was written from
shared/taxonomy.md alone, without reading mailbot's signals, judge or wording, or the notes of
the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev78.py              # writes tests/corpus/dev78
    python scripts/make_corpus_dev78.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260778

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, main, writer_adder  # noqa: E402

# ------------------------------------------------------------------ HR world (this process only)
mc.L["es"]["skills"] = ["Gestión del talento", "Reclutamiento y selección", "Relaciones laborales", "Cultura organizacional",
                        "Compensaciones y beneficios", "Desarrollo organizacional"]
mc.L["en"]["skills"] = ["Talent Management", "Employee Relations", "Organizational Development", "Compensation & Benefits",
                        "HR Strategy", "Recruiting"]
mc.L["es"]["rheadline"] = "Head of People en Tramontana Logística"
mc.L["en"]["rheadline"] = "Head of People at Tramontana Logística"

# spoofs and other LinkedIn mail: Spanish and English wording only
mc.LANGS[:] = ["es", "en", "es", "en", "es"]
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "dkimfail", "display:gmail.com", "untrusted:mx.google.com", "lookalike:xn--lnkedin-rfb.com",
                       "nodkim", "buried", "display:outlook.com", "wrongpass", "lookalike:linkedin.com.secure-notify.example", "noauth",
                       "untrusted:mx.example.org"]

mc.NAMES["es"] = (["Mateo", "Camila", "Facundo", "Lucila", "Emiliano", "Guadalupe", "Nahuel", "Renata", "Ulises", "Abril", "Iván",
                   "Milagros", "Dulce", "Thiago", "Jimena", "Rodrigo", "Yamila", "Braulio"],
                  ["Benítez", "Quiroga", "Acosta", "Giménez", "Rodríguez", "Cabrera", "Hernández", "Figueroa", "Silva", "Romero",
                   "Ledesma", "Alvarado", "Sepúlveda", "Duarte", "Mendoza"])
mc.CITY["es"] = ["Buenos Aires", "Montevideo", "Ciudad de México", "Córdoba", "Guadalajara", "Monterrey", "Rosario"]
mc.CITY["en"] = ["Miami", "Austin", "New York", "London", "Toronto", "San Francisco"]
mc.JOBS[:] = [("Head of People LatAm", "Kestrel Logistics Software"), ("Gerente de Recursos Humanos", "Distribuidora Del Plata"),
              ("HR Business Partner Sr.", "Grupo Ferroviario del Sur"), ("Director(a) de Capital Humano", "Cadena Comercial del Bajío"),
              ("Jefe/a de Gestión Humana", "Frigorífico del Este")]
mc.COMPANIES["good"] = ["Distribuidora Del Plata", "Frigorífico del Este", "Kestrel Logistics Software", "Naviera del Golfo",
                        "Agroindustrias del Litoral", "Grupo Ferroviario del Sur", "Cadena Comercial del Bajío"]
mc.COMPANIES["sales"] = ["Nominix", "FlexiBen", "HireLoop", "Borderly EOR", "Evalúa360", "Pulso Clima", "Salud Integral Corporativa",
                         "Talento IT Consultores", "Crosswell Brokers"]
mc.HEADLINES["good"] = ["HR Business Partner en {co}", "Gerenta de Talento | {co}", "People Partner at {co}", "Directora de Capital Humano en {co}",
                        "Jefe de Compensaciones | {co}", "Analista de Selección en {co}"]
mc.HEADLINES["sales"] = ["Account Executive at {co}", "Ejecutivo Comercial | {co}", "Asesor de seguros colectivos | {co}",
                         "Business Development LatAm @ {co}", "Founder & CEO | {co}", "Consultor Senior | {co}"]
mc.INMAIL_SUBJECTS["es"]["sales"] = ["Propuesta de beneficios", "Documento compartido", "Tu nómina de este mes", "Vacante confidencial"]
mc.INMAIL_SUBJECTS["en"]["sales"] = ["Benefits proposal", "Shared document", "Candidate shortlist ready", "Confidential role"]
SPOOF_PITCH = {
    "es": ["Hola {first}, te compartí la propuesta de renovación de beneficios en un documento protegido. Ingresá con tu usuario de LinkedIn para descargarla antes del viernes.",
           "Estimada {first}, le hacemos llegar el reporte de nómina con observaciones. Confirme sus datos de acceso en el enlace para revisarlo.",
           "Hola {first}, tenemos una vacante de CHRO regional con paquete de USD 250k. Para postularte completá el formulario y abonás solo el arancel de evaluación."],
    "en": ["Hi {first}, I've shared the benefits benchmarking file with you through LinkedIn Secure Docs. Sign in to download it before the link expires.",
           "Dear {first}, your shortlist of 1,240 pre-screened applicants is ready. Verify your account to unlock the full list.",
           "Hi {first}, we place remote HR assistants from $6/hour. Grab a slot on my calendar and get 10 free CVs today."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
mc.OTHER["es"] = dict(mc.OTHER["es"],
                      job=("{n} empleos nuevos de «Head of People»", "Tu alerta de empleo de Head of People en {city}", "Ver empleo"),
                      news=("¿Vuelve la presencialidad plena a las oficinas porteñas?", "Noticias destacadas de LinkedIn Noticias"),
                      group=("Conversaciones destacadas en Gestión Humana Latinoamérica", "Estas son las conversaciones más destacadas de tu grupo"),
                      newsletter=("Gente que Gestiona: paritarias con inflación de dos dígitos", "Nueva edición de un boletín al que estás suscrito"))
mc.OTHER["en"] = dict(mc.OTHER["en"],
                      job=("{n} new jobs for \"head of people\"", "Your job alert for head of people in {city}", "View job"),
                      news=("Are four-day weeks coming to warehouse work?", "Top stories for you from LinkedIn News"),
                      group=("Top conversations in People Leaders LatAm", "Here are the top conversations in your group this week"),
                      newsletter=("The People Ledger: what a fair pay band looks like in 2025", "New edition of a newsletter you subscribed to"))

PEOPLE: list[tuple] = []
WRITERS: dict[str, str] = {}
P = writer_adder(PEOPLE, WRITERS)

# people whose notes name something recent (NOM-037, REPSE, the 40-hour reform, AI screening) keep the current layout
ERAS = {name: "cur" for name in ["Ximena Guerrero Lozano", "Daniela Cortés Arriaga", "Gabriela Ponce de León", "Omar Villalobos",
                                 "Leandro Funes", "Lucía Bentancor", "Diego Altamirano", "Priya Raman", "Tyler Brandt", "Brian Costello"]}


# =============================================================== good_invitation
P("good_invitation", "es", "Florencia Acevedo", "Gerenta de Recursos Humanos | Distribuidora Del Plata", "Buenos Aires",
  ("inv", "Hola Alex! Con otras cinco gerentas de RRHH de empresas de logística nos juntamos una vez por mes a comparar cómo venimos con "
          "paritarias y ausentismo. Es gratis, sin sponsors, en un bar de Palermo. El próximo es el jueves 12, ¿te sumás?"),
  ("rem",))
P("good_invitation", "es", "Ricardo Ibarra Solís", "Coordinador de Bolsa de Trabajo | Universidad Metropolitana del Valle de México", "Ciudad de México",
  ("inv", "Buenas tardes, Alex. Le escribo de la Bolsa de Trabajo de la universidad: el 14 de marzo es nuestra feria de empleo de ingenierías y "
          "para las empresas no tiene costo. Nos encantaría que Tramontana tuviera un stand para platicar con los muchachos de Logística. "
          "Quedo a sus órdenes."))
P("good_invitation", "es", "Megan Hollis", "Partner, People & HR Practice | Hollis Crane Search", "Miami",
  ("inv", "Hi Alex, I'm retained by a Series C fintech to hire their first VP People for LatAm, based in Montevideo or Buenos Aires. "
          "Your background building HR across three countries stood out. Open to a confidential chat? I can send the spec beforehand."),
  nl="en")
P("good_invitation", "es", "Santiago Ferreyra", "Analista de Nómina | Liquidación de sueldos Uruguay", "Montevideo",
  ("inv", "Hola Alex, ¿cómo va? Soy Santiago, analista de nómina. Martina Olivera, de tu equipo, me contó que buscan a alguien para "
          "liquidación de sueldos en Montevideo. Tengo 4 años con BPS y convenios de transporte. Si te sirve te paso el CV por acá."),
  ("rem",))
P("good_invitation", "es", "Ximena Guerrero Lozano", "Directora de Capital Humano | Naviera del Golfo", "Ciudad de México",
  ("inv", "Hola Alex, soy Ximena, dirijo Capital Humano en una naviera. Ando aterrizando la política de home office con la NOM-037 y vi que "
          "ustedes ya la tienen en tres países. ¿Me regalas 20 minutos para platicarlo? Con gusto te comparto lo que llevamos nosotros."),
  ("rem",))
P("good_invitation", "es", "Daniela Cortés Arriaga", "Socia, Práctica Laboral | Cortés Arriaga Abogados", "Ciudad de México",
  ("inv", "Alex, buen día. El 22 de mayo tendremos un desayuno sin costo en Polanco sobre la reforma de las 40 horas y cómo aterrizarla "
          "en turnos de almacén y tienda. Expone un exfuncionario de la STPS; cupo para 30 directores de RH. Me dará gusto que nos acompañe."))
P("good_invitation", "es", "Inés Larrobla", "Coordinadora, Licenciatura en Relaciones Laborales | Udelar", "Montevideo",
  ("inv", "Buenas Alex! Cada semestre invitamos a referentes de Gestión Humana a charlar una hora con los estudiantes de quinto de "
          "Relaciones Laborales, virtual o en Facultad. ¿Te animarías a contar cómo gestionan equipos entre tres países? Los gurises lo agradecerían."))


# =============================================================== default_invitation
P("default_invitation", "es", "Maximiliano Gorosito", "Consultor en RRHH | Coach ontológico | Facilitador", "Rosario", ("inv", DEFAULT), ("rem",))
P("default_invitation", "es", "Paola Rentería", "Ejecutiva de Cuenta | Tarjetas de despensa y beneficios", "Guadalajara", ("inv", NONOTE))
P("default_invitation", "en", "Jordan Whitaker", "Talent Acquisition Lead | Remote-first teams", "Austin", ("inv", DEFAULT), ("rem",))
P("default_invitation", "es", "Agustina Lemos", "Estudiante de Relaciones del Trabajo (UBA)", "Buenos Aires", ("inv", NONOTE))


# =============================================================== sales_invitation
P("sales_invitation", "es", "Hernán Dall'Orso", "Gerente Comercial Corporativo | Salud Integral Prepaga", "Buenos Aires",
  ("inv", "Hola Alex, ¿cómo andás? Estamos cotizando planes de salud para empresas de más de 200 personas, con cartilla completa y mejor "
          "precio que las prepagas grandes. ¿Te puedo acercar una propuesta para el equipo de Buenos Aires?"))
P("sales_invitation", "es", "Lorena Villaseñor", "Ventas | Nominix – nómina y timbrado", "Guadalajara",
  ("inv", "¡Hola Alex! En Nominix ayudamos a empresas con operación en México a timbrar nómina y cumplir con IMSS e INFONAVIT sin broncas. "
          "¿Te late agendar una demo esta semana? Te enseño el tablero en vivo."),
  ("rem",))
P("sales_invitation", "en", "Tyler Brandt", "Senior AE, LatAm | Borderly EOR & Payroll", "Austin",
  ("inv", "Alex, noticed Tramontana is hiring across AR, UY and MX. We run EOR and payroll in 40+ countries with local labour compliance "
          "built in. Worth 15 minutes to benchmark against your current providers?"))
P("sales_invitation", "es", "Gonzalo Pereyra", "Director | Talento IT Consultores", "Montevideo",
  ("inv", "Alex, buenas. Somos una consultora de selección IT con base en Montevideo: cubrimos perfiles senior en 21 días promedio y "
          "cobramos solo por éxito. ¿Tenés búsquedas abiertas que podamos tomar? Te paso condiciones cuando quieras."))
P("sales_invitation", "es", "Carolina Medina Ruiz", "Coach de Bienestar Organizacional | Certificada ICF", "Monterrey",
  ("inv", "Hola Alex, acompaño a equipos de RH a prevenir el burnout con un programa de 8 semanas (talleres + sesiones 1:1). Me quedan 3 "
          "lugares para empresas este trimestre, ¿te interesa que te platique la propuesta?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "es", "Martín Echeverría", "Fundador | Comunidad People Rioplatense", "Montevideo",
  ("inv", "Hola Alex, armamos una comunidad de líderes de personas de Uruguay y Argentina: grupo de WhatsApp, una charla por mes y mucho "
          "intercambio. Nos vendría bárbaro tu mirada sobre equipos distribuidos. ¿Te sumo?"),
  ("msg", "¡Qué bueno tenerte, Alex! Te cuento cómo funciona: la comunidad la sostenemos con Pulso, nuestra plataforma de encuestas de clima, "
          "y a los miembros les hacemos 30% de descuento. Te agendo una demo de media hora con el equipo así la ves andando. "
          "¿Martes o jueves te queda mejor?"),
  ("msg", "Alex, ¿pudiste ver lo de la demo? El precio para miembros lo sostenemos hasta el 31, después pasa a lista. Te dejo el link para "
          "que elijas horario."))
P("bait_and_switch_invitation", "es", "Rodrigo Anaya Treviño", "Asesor Patrimonial | Coordinador, Círculo de Directores de RH CDMX", "Ciudad de México",
  ("inv", "Alex, buenas tardes. Coordino un círculo de directores de Recursos Humanos en CDMX; desayunamos una vez al mes para "
          "intercambiar prácticas, sin costo. ¿Le parece si conectamos y le hago llegar la próxima invitación?"),
  ("msg", "Gracias por aceptar, Alex. Aprovecho para comentarle que, además del círculo, asesoro a directivos en planes personales de retiro "
          "y seguros de vida deducibles. ¿Cuándo tendría media hora para revisar su caso? Estoy seguro de que le puedo ahorrar en impuestos este año."))
P("bait_and_switch_invitation", "en", "Nathan Pryce", "Founder | The CPO Exchange", "London",
  ("inv", "Alex, fellow people leader here. I'm pulling together a small peer group of CPOs running teams across LatAm to swap notes on "
          "pay equity and retention. No vendors in the room, no fees. Would love to have you join us."),
  ("msg", "Great to have you, Alex! Quick heads-up: the group runs on PayScope, our pay-equity analytics platform. Members get it at $6k a "
          "year instead of $9k. Want me to send over the order form so your team can start on the next review cycle?"),
  ("msg", "Hi Alex, circling back on PayScope. The member rate closes Friday; happy to loop in your CFO if that makes sign-off easier.", (12, 30)))
P("bait_and_switch_invitation", "es", "Valeria Sosa", "Psicóloga laboral | Posgrado en Salud Ocupacional (UBA)", "Buenos Aires",
  ("inv", "Hola Alex! Estoy haciendo un relevamiento sobre salud mental en equipos de logística para mi tesis de posgrado. Son 10 minutos "
          "de charla y después te comparto el informe completo, gratis obvio. ¿Te copa participar?"),
  ("msg", "Mil gracias por aceptar, Alex!! Antes de que charlemos te cuento que, aparte de la tesis, tengo un programa de bienestar para "
          "empresas: talleres mensuales + app de mindfulness, $4.500 por empleado al mes. Si te parece lo presento a tu comité de dirección "
          "y arrancan en agosto."))
P("bait_and_switch_invitation", "es", "Diego Altamirano", "Director | Red de Empleo Inclusivo", "Córdoba",
  ("inv", "Alex, preparamos una guía gratuita sobre cómo cumplir con la Ley 19.691 en Uruguay y armar un proceso de selección inclusivo "
          "en Argentina. Es un PDF corto y muy práctico; si conectamos te la paso."),
  ("msg", "Acá tenés la guía, Alex. Si querés, también nos podemos encargar de todo el proceso: búsqueda de candidatos, adaptación de "
          "puestos y capacitación de líderes, con un fee mensual fijo. ¿Armamos una reunión con vos y tu gerente de operaciones la semana que viene?"),
  ("msg", "Alex, te escribo de nuevo por lo del servicio de inclusión. Tenemos lugar para dos empresas más este semestre y, si cerramos "
          "este mes, el primer mes va bonificado."))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "es", "Lucía Bentancor", "Investigadora | Observatorio del Trabajo a Distancia", "Montevideo",
  ("inm", "Consulta para un estudio", "Hola Alex, ¿qué tal? Estoy relevando cómo manejan las empresas con oficinas en Montevideo y Buenos "
          "Aires el teletrabajo entre países (contratos, aportes, seguros). ¿Me contestarías tres preguntas por acá? Los resultados se "
          "comparten con todas las empresas que participan."),
  ("inm", "Re: Consulta para un estudio", "Gracias por las respuestas, Alex, re útiles. Te cuento algo: el observatorio lo impulsa nuestra "
          "consultora, y justamente ofrecemos ordenar los contratos de teletrabajo transfronterizo llave en mano. Son USD 4.500 por país. "
          "¿Te mando la propuesta formal?"))
P("bait_and_switch_inmail", "es", "Brian Costello", "Community Lead | HR Tech Collective", "Miami",
  ("inm", "Invite: LatAm HR leaders roundtable", "Hi Alex, we host a monthly virtual roundtable for HR leaders in Latin America. Next one is "
          "on retention in ops-heavy teams: 45 minutes, Chatham House rules, no cost. Want me to save you a seat?"),
  ("inm", "Your seat + a quick idea", "Thanks for signing up, Alex! Before the session I wanted to put RetainIQ on your radar: it's our "
          "attrition-prediction tool and it flags flight risks six weeks out. I have one pilot slot left this quarter. Could we do a pricing "
          "call on Thursday?"),
  nl="en")
P("bait_and_switch_inmail", "es", "Fernanda Olvera", "Coach ejecutiva ICF | Autora", "Ciudad de México",
  ("inm", "¿Me ayudas con un artículo?", "Hola Alex, ¿cómo estás? Estoy escribiendo un artículo sobre mujeres que dirigen Recursos Humanos "
          "en empresas de logística en México y me encantaría incluir tu experiencia. ¿Platicamos 15 minutos por Zoom cuando puedas?"),
  ("inm", "Gracias por la plática 🙌", "¡Mil gracias por tu tiempo, Alex! Me quedé pensando en lo que contaste de tus mandos medios. "
          "Tengo un programa de coaching grupal de 12 sesiones que les quedaría padrísimo; son $9,800 MXN + IVA por participante. "
          "¿Te comparto el temario y vemos fechas?"),
  ("inm", "Temario coaching mandos medios", "Alex, te dejo el temario por aquí. Ahorita tengo cupo para arrancar en septiembre, "
          "nada más dime cuántos serían y te aparto los lugares."))


# =============================================================== endorse_me_back
P("endorse_me_back", "es", "Pablo Insaurralde", "Analista Sr. de Liquidación de Sueldos | Buscando nuevos desafíos", "Buenos Aires",
  ("end",), ("end",),
  ("msg", "Che Alex, te validé {skill} y un par de cosas más 😉 ¿Me hacés la gauchada de validarme Liquidación de sueldos y Excel "
          "avanzado? Estoy buscando laburo y me dijeron que suma. ¡Abrazo!"))
P("endorse_me_back", "es", "Itzel Camacho", "Reclutadora | Volumen y operaciones", "Monterrey",
  ("end",),
  ("msg", "¡Hola Alex! Ya te recomendé en {skill}, te lo mereces 🙂 Oye, ¿me echas la mano recomendándome en Reclutamiento masivo? "
          "Ahorita estoy en proceso para una coordinación y cuenta mucho. ¡Mil gracias!"))
P("endorse_me_back", "en", "Kevin Marsh", "Talent Sourcer | Contract | Open to work", "Denver",
  ("end",), ("end",),
  ("msg", "Hey Alex, endorsed you for {skill}, well earned. If you have a sec, a couple of endorsements for Boolean Search and Candidate "
          "Sourcing would go a long way on my end. Cheers!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "es", "Sergio Buttazzoni", "Gerente Comercial | Outsourcing de Liquidación de Haberes", "Buenos Aires",
  ("inv", "Alex, ¿qué tal? Tercerizamos la liquidación de sueldos para empresas medianas en Argentina y Uruguay: menos errores, menos costo "
          "y cero dolores de cabeza con el convenio. ¿Charlamos 15 minutos?"),
  ("rem",),
  ("inm", "En fin", "Alex, te escribí dos veces y ni un 'no, gracias'. Para alguien de Recursos Humanos, que se supone que trabaja con "
          "personas, deja bastante que desear. Después no se quejen de que nadie quiere trabajar con ustedes."))
P("hostility_after_decline", "es", "Jorge Luis Bermúdez", "Supervisor de Almacén | En búsqueda de empleo", "Tultitlán, Estado de México",
  ("inv", "Buenas noches Lic. Alex, me postulé a la vacante de Supervisor de Almacén en Tultitlán hace tres semanas y quisiera saber si "
          "hubo avance. Quedo atento, gracias."),
  ("inm", "Mi postulación", "Ya vi que ni contesta. Así son todos los de recursos humanos, se sienten mucho desde su escritorio y a la "
          "gente la tratan como número. Qué falta de respeto, neta."))
P("hostility_after_decline", "en", "Derek Stanton", "Enterprise Sales | Workforce Analytics", "Chicago",
  ("inv", DEFAULT),
  ("inm", "Re: connecting", "Alex, not sure why you'd sit on a simple connection request. I work with some of the largest HR teams in "
          "LatAm and frankly this kind of gatekeeping is exactly why HR never gets a seat at the table. Good luck with that."))
P("hostility_after_decline", "es", "Mauricio Techera", "Coach de equipos | Facilitador", "Montevideo",
  ("inv", "Hola Alex, soy coach de equipos y trabajo con mandos medios de empresas en Montevideo. Me gustaría conectar."),
  ("rem",),
  ("inm", "Sin respuesta", "Bo, Alex: no aceptar una invitación está en tu derecho, pero ignorar a alguien que te escribe con respeto "
          "dice bastante de la cultura que estás armando. Ojalá tu gente no te trate igual."))


# =============================================================== hostility_connection
P("hostility_connection", "es", "Javier Olmos", "Productor Asesor de Seguros | ART y Vida Colectivo", "Buenos Aires",
  ("msg", "Alex, ¿cómo va? Estamos renovando carteras de ART y creo que podemos mejorarles bastante la alícuota que pagan hoy. Mandame "
          "la última factura y en 48 hs te paso cotización."),
  ("msg", "Alex, ¿pudiste ver? Tengo una propuesta con 12% menos de costo y mejor atención de siniestros. Te la dejo lista para firmar."),
  ("msg", "Mirá, te escribí tres veces. Que no te interese está perfecto, pero clavarme el visto es de una soberbia tremenda. Así les va."))
P("hostility_connection", "en", "Rebecca Lyons", "Managing Director | Apex Leadership Coaching", "Boston",
  ("acc",),
  ("msg", "Thanks for connecting, Alex! Great meeting you at the SHRM session. Since you mentioned your managers are stretched thin, our "
          "leadership accelerator could be a fit: six months, $3,200 per manager, fully virtual. Shall I hold ten seats for your team?"),
  ("msg", "Alex, you sent me the invite and now you won't even answer? Honestly, that's pretty unprofessional for someone who heads a "
          "people function."))
P("hostility_connection", "es", "Armando Quintanilla", "Director Comercial | Uniformes y EPP Industriales", "Monterrey",
  ("msg", "Qué tal Alex, le comparto nuestro catálogo de uniformes y equipo de protección personal para su gente de almacén, con precios "
          "especiales por volumen. ¿Le parece si le marco ahorita en la tarde?"),
  ("msg", "Alex, buen día. Sigo pendiente de su respuesta sobre el catálogo; la promoción está vigente hasta el viernes."),
  ("msg", "Oiga, con todo respeto, es muy grosero dejar a alguien en visto. Uno también tiene metas que cumplir. Pero bueno, ya vi qué "
          "clase de directora es usted."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "es", "Romina Castellucci", "Key Account Manager | FlexiBen – Beneficios flexibles", "Buenos Aires",
  ("msg", "¡Hola Alex! ¿Cómo estás? Te cuento que en FlexiBen juntamos gimnasios, descuentos y días libres canjeables en una sola app, "
          "y las empresas que lo usan bajan la rotación un 18%. ¿Te lo muestro en una videollamada cortita?"),
  ("msg", "Alex, te dejo el caso de una distribuidora de Córdoba que lo implementó en tres semanas. ¿Coordinamos una llamada el jueves?"))
P("connection_only_pitches", "en", "Chris Donovan", "Sales Director, LatAm | HireLoop ATS", "Miami",
  ("msg", "Hi Alex, saw Tramontana has 30+ open reqs on your careers page. HireLoop auto-screens applicants in Spanish and Portuguese "
          "and plugs into WhatsApp. Open to a quick demo?"),
  ("msg", "Alex, attaching our LatAm pricing sheet: $450/month for up to 50 active jobs. Any questions, happy to jump on a call."),
  ("msg", "Last nudge from me: our Q4 discount (25% off year one) ends Monday. Want me to draw up the quote?"))
P("connection_only_pitches", "es", "Gabriela Ponce de León", "Consultora | Cumplimiento NOM-035 y NOM-037", "Ciudad de México",
  ("msg", "Hola Alex, ¿ya tienen resuelta la evaluación de NOM-035 de este año? Nosotros nos encargamos de todo: cuestionarios, informe "
          "y plan de acción listo para la STPS. Te mando cotización sin compromiso."),
  ("msg", "Alex, te vuelvo a escribir porque se vienen las inspecciones. Tenemos paquete para 500 colaboradores a precio especial, "
          "¿lo platicamos esta semana?"))
P("connection_only_pitches", "es", "Federico Malán", "Ejecutivo Comercial | Capacitación In Company", "Montevideo",
  ("msg", "Hola Alex, ¿cómo va todo? Te paso nuestro catálogo de cursos in company para mandos medios: liderazgo, negociación y Excel. "
          "Se cotiza por grupo de 15. ¿Querés el detalle?"),
  ("msg", "Alex, ta, te vuelvo a escribir: este mes tenemos 20% en liderazgo si confirmás antes del 30. ¿Te lo reservo?"))


# =============================================================== single_pitch
P("single_pitch", "es", "Nicolás Barrionuevo", "Account Executive | Evalúa360", "Buenos Aires",
  ("msg", "Alex, ¿todo bien? Vi que están creciendo en Montevideo. Evalúa360 hace evaluaciones de desempeño 360 integradas con Slack y "
          "arranca en USD 4 por usuario. Si te interesa te armo una demo."))
P("single_pitch", "es", "Hannah Cole", "Benefits Consultant | Crosswell Insurance Brokers", "Miami",
  ("msg", "Hi Alex, hope Q3 is treating you well. We help multinationals pull their health benefits in Mexico and the Southern Cone "
          "under a single master policy, which usually trims renewal costs. Would you be open to a call?"),
  nl="en")
P("single_pitch", "es", "Luis Enrique Zamora", "Gerente de Ventas | Vales Despensa Plus", "Ciudad de México",
  ("msg", "Hola Alex, buen día. ¿Con qué proveedor de vales de despensa trabajan en CDMX? Manejamos 0% de comisión para empresas de más "
          "de 300 colaboradores. Si gusta le mando la propuesta."))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Carla Mastrángelo", "Gerenta de RRHH | Agroindustrias del Litoral", "Buenos Aires",
  ("msg", "Alex! Como hablamos en el after de ADRHA, te paso la planilla que usamos para las bandas salariales con inflación: ajusta por "
          "IPC mes a mes y te marca quién quedó por debajo del mercado. Usala tranqui, y si la mejorás devolvémela 😄"),
  ("msg", "Otra cosa: el martes hay una charla abierta y gratuita del Consejo Profesional sobre licencias parentales. Te paso el link por "
          "si querés mandar a alguien del equipo."),
  nl="es")
P("connection_brings_value", "en", "Priya Raman", "VP People | Kestrel Logistics Software", "Toronto",
  ("end",),
  ("msg", "Alex, our legal team just finished a side-by-side of remote-work rules in Mexico, Uruguay and Argentina for our own policy. "
          "I dropped a cleaned-up copy in this thread; hopefully it saves you a few weeks. Nothing needed in return."))
P("connection_brings_value", "es", "Rosa Elena Treviño", "Coordinadora de Prácticas Profesionales | Instituto Tecnológico del Norte", "Monterrey",
  ("msg", "Hola Alex, ¿cómo estás? Te platico: abrimos la convocatoria de prácticas profesionales de verano y tengo 12 chavos de "
          "Ingeniería Industrial que quieren hacer su proyecto en logística. Para la empresa no tiene costo; si les interesa te paso los "
          "CVs hoy mismo."))
P("connection_brings_value", "es", "Gastón Pereira", "Jefe de Gestión Humana | Frigorífico del Este", "Montevideo",
  ("msg", "Alex, ta que estuvo buena la charla en ADPUGH. Te mando el protocolo de acoso laboral que validamos con el abogado, adaptado "
          "a la ley 18.561. Usalo como te sirva."),
  ("msg", "Otra: si precisás gente para el depósito de Canelones, tengo dos muchachos muy buenos que quedaron afuera por la "
          "reestructura. ¿Te paso los contactos?"))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Verónica Lanusse", "Partner | Executive Search HR & Legal", "Buenos Aires",
  ("inm", "Búsqueda confidencial: CHRO regional", "Hola Alex, ¿cómo estás? Estoy llevando una búsqueda confidencial de CHRO para una "
          "compañía de consumo masivo con operación en Argentina, Uruguay y Paraguay. Reporta directo al CEO, base Buenos Aires. Por tu "
          "trayectoria creo que te puede interesar; ¿tenés 20 minutos esta semana para que te cuente? Todo en absoluta reserva."),
  nl="es")
P("stranger_inmail_recruiter", "en", "Samuel Okoye", "Principal | Global HR Leadership Practice", "New York",
  ("inm", "VP People, Americas (confidential)", "Hi Alex, I'm partnering with a NASDAQ-listed logistics software company on a VP People, "
          "Americas search. Remote from Mexico City or Montevideo, reporting to the CPO, competitive base plus equity. Could we find 20 "
          "minutes to talk it through? Happy to share the brief first."))
P("stranger_inmail_recruiter", "es", "Claudia Rangel", "Talent Acquisition Manager | Cadena Comercial del Bajío", "León, Guanajuato",
  ("inm", "Vacante: Director(a) de Recursos Humanos", "Buenas tardes Alex, estamos buscando Director(a) de RH para nuestras 140 tiendas "
          "en el centro del país. Me encantaría platicar contigo para compartirte los detalles del puesto y el paquete. "
          "¿Te acomoda una llamada el jueves?"))
P("stranger_inmail_recruiter", "es", "Thiago Nascimento", "Headhunter | RH Sênior | São Paulo", "São Paulo",
  ("inm", "Oportunidade: Head de Gente & Gestão – Cone Sul", "Olá Alex, tudo bem? Estou conduzindo uma busca para Head de Gente & Gestão "
          "de uma empresa de logística que vai abrir operação em Montevidéu e Buenos Aires. Espanhol fluente e conhecer a legislação "
          "trabalhista dos dois países são essenciais, e seu perfil chamou muita atenção. Podemos conversar esta semana?"),
  nl="pt")


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "es", "Micaela Rossetti", "SDR | Arranque – onboarding digital", "Buenos Aires",
  ("inm", "Onboarding en 48 hs", "Hola Alex! ¿Cuánto tarda hoy un ingresante de depósito en estar productivo? Con Arranque las empresas "
          "de logística lo bajan a la mitad. ¿Te muestro cómo en una call de 15'?"),
  ("inm", "Re: Onboarding en 48 hs", "Alex, te reescribo por si se perdió el mensaje. ¿Agendamos?"))
P("stranger_inmail_sales", "en", "Ethan Caldwell", "Account Executive | BrightCheck Background Screening", "Austin",
  ("inm", "Background checks in Mexico, 48h turnaround", "Hi Alex, quick one: how are you handling pre-employment screening in Mexico? "
          "BrightCheck covers criminal, credit and employment verification in 48 hours, LFPDPPP-compliant. Could I grab 15 minutes to "
          "walk you through pricing?"))
P("stranger_inmail_sales", "es", "Adriana Cuéllar", "Ejecutiva | Seguros de Gastos Médicos Mayores Colectivos", "Ciudad de México",
  ("inm", "Cotización SGMM colectivo", "Estimada Alex, le escribo porque trabajamos con las principales aseguradoras en pólizas de "
          "gastos médicos mayores colectivas y podemos mejorar su renovación actual hasta en un 15%. ¿Me permite enviarle una cotización?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "es", "Ezequiel Bianchi", "Fundador | Rotación Cero – HR Analytics", "Buenos Aires",
  ("inv", "Hola Alex, vi tu charla en el congreso de ADRHA sobre rotación en operaciones. Estoy armando un benchmark abierto de rotación "
          "en logística con datos anónimos y se lo comparto a todas las empresas que participan. ¿Te sumás?"),
  ("msg", "¡Gracias por los datos, Alex! Acá está el benchmark completo: están en el percentil 40 de rotación, mejor que el promedio del "
          "sector. Cualquier duda del método, preguntame."),
  ("msg", "Alex, ahora que viste el benchmark: con nuestro software de people analytics lo tendrías todos los meses y por sucursal. La "
          "licencia para 600 empleados sale USD 1.200 por mes. ¿Te armo la propuesta?"))
P("good_turns_ugly", "es", "Paulina Esquivel", "Profesora de Psicología Organizacional | UNAM", "Ciudad de México",
  ("inv", "Hola Alex, doy clases en la UNAM y coordino un taller gratuito de entrevistas por competencias para reclutadores junior. Si "
          "quieres mandar a alguien de tu equipo, todavía tenemos lugares. ¡Saludos!"),
  ("msg", "Gracias por mandar a Karla y a Iván, les fue muy bien en el taller. Te comparto las guías de entrevista que usamos, son de "
          "uso libre para tu equipo."),
  ("end",),
  ("msg", "Alex, te recomendé en {skill}. ¿Podrías recomendarme en Capacitación y Diseño instruccional? Estoy por concursar una plaza "
          "de tiempo completo y me ayudaría muchísimo."))
P("good_turns_ugly", "en", "Marcus Feld", "HR Director | ex-3PL operations | Advisor", "San Diego",
  ("inv", "Alex, I ran HR for a 3PL across Mexico for six years. Happy to share the shift-scheduling playbook we built for our warehouses; "
          "it cut overtime by about 20%. No strings, just paying it forward."),
  ("msg", "Here's the playbook (link in the thread). The tab on Sunday premiums is the one people usually miss."),
  ("msg", "Hope the playbook helped! I've since started a consultancy: we can implement the whole scheduling model for you in 8 weeks for a "
          "fixed fee of $38k. Shall we set up a scoping call with your COO?"))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "es", "Fabián Coria", "Gerente Comercial | Control horario biométrico", "Córdoba",
  ("inm", "Fichaje biométrico", "Alex, buenas! ¿Cómo controlan hoy el presentismo en los depósitos? Tenemos relojes biométricos con app y "
          "reportes listos para liquidación. Te paso precios si querés."),
  ("inv", "Hola Alex, vi que vas a hablar en el encuentro de RRHH de Córdoba. Me encantaría conectar, sigo tus publicaciones hace rato."))
P("reinvite_known_bad", "en", "Stacy Morrow", "Growth Partner | People Ops Consulting", "Phoenix",
  ("inv", DEFAULT),
  ("inv", "Alex, loved your post on four-day weeks in warehouses, thought-provoking stuff. Would be great to connect!"))
P("reinvite_known_bad", "es", "Omar Villalobos", "Director | Servicios Especializados REPSE", "Querétaro",
  ("inv", "Buen día Alex, ofrecemos servicios especializados con registro REPSE para cubrir picos de temporada en almacén. "
          "¿Le puedo enviar nuestra propuesta?"),
  ("inv", "Alex, feliz año. Me daría gusto tenerla en mi red, coincidimos en varios grupos de RH."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "es", "Leandro Funes", "Sales Lead | Preselección con IA", "Buenos Aires",
  ("inv", "Alex, ¿tenés 10 minutos? Te quiero mostrar cómo automatizamos la preselección de CVs con IA."),
  ("inm", "Bueno...", "Ni para decir que no. Después los de RRHH se llenan la boca hablando de 'experiencia del candidato'. Hipócritas."),
  ("inv", "Hola Alex! Cambié de empresa y ahora estoy en consultoría de cultura. ¿Conectamos?"))
P("reinvite_known_ugly", "en", "Aaron Blake", "Founder | PayBridge LatAm Payroll", "Miami",
  ("inm", "Quick question from a fellow HR leader", "Hi Alex, I'm a former CHRO writing a short guide on cross-border payroll in LatAm. "
          "Mind if I ask you two questions? I'll send you the finished guide for free."),
  ("inm", "Re: Quick question from a fellow HR leader", "Thanks so much! By the way, I now run PayBridge: we'd take your AR/UY/MX payroll "
          "off your hands for a flat $18 per employee. Can I set up a call with you and finance?"),
  ("inv", "Hi Alex, good to cross paths again. Let's connect here as well."))
P("reinvite_known_ugly", "es", "Beatriz Santillán", "Consultora de Reclutamiento | Talento Operativo", "Puebla",
  ("inv", DEFAULT),
  ("rem",),
  ("inm", "Respuesta", "Alex, entiendo que esté ocupada, pero dejar una invitación así, sin responder, es una falta de educación. Luego "
          "se quejan de que no hay talento, si ni siquiera contestan. Qué decepción."),
  ("inv", "Hola Alex, ¿cómo estás? Me gustaría agregarte a mi red profesional, también estoy en el sector de RH."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "es", "Tomás Achával", "Socio | Achával & Roca – Derecho Laboral", "Buenos Aires",
  ("acc",),
  ("msg", "Gracias por conectar, Alex. Te cuento que armamos un abono mensual de asesoramiento laboral para empresas de más de 300 "
          "empleados: consultas ilimitadas y revisión de desvinculaciones por un fee fijo. Si te sirve, te paso la propuesta."))
P("user_invited_pitch_once", "en", "Lauren Beckett", "Partnerships | LearnLoop Corporate E-learning", "London",
  ("acc",),
  ("msg", "Thanks for the add, Alex! Since you're rolling out manager training next year, LearnLoop's library (3,000 courses, Spanish "
          "and Portuguese included) could slot right in. Happy to set up a trial for your HR team. Want me to send pricing?"))
P("user_invited_pitch_once", "es", "Héctor Garza Villarreal", "Consultor | Reclutamiento masivo y headhunting", "Monterrey",
  ("acc",),
  ("msg", "Alex, qué gusto conectar. Le comparto que en nuestra firma cubrimos vacantes operativas en menos de 10 días, con garantía de "
          "reposición a 90 días. ¿Le parece si le envío tarifas para sus vacantes de almacén?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "es", "Natalia Fleitas", "Asesora Comercial | Convenios corporativos de salud", "Montevideo",
  ("acc",),
  ("msg", "¡Hola Alex! Gracias por agregarme. Te cuento que en la mutualista manejamos convenios corporativos con descuento en la cuota y "
          "emergencia móvil para todo el personal. ¿Te mando la propuesta para la oficina de Montevideo?"),
  ("msg", "Alex, ¿cómo andás? Retomo lo de los convenios: si firmamos antes de fin de mes congelamos la cuota por un año. Decime y te "
          "reservo la tarifa."))
P("user_invited_pitch_twice", "en", "Jason Whitlock", "Regional Sales | Kudos Recognition Platform", "Denver",
  ("acc",),
  ("msg", "Alex! Thanks for connecting after the webinar. Quick idea: peer recognition is the #1 driver of frontline retention, and Kudos "
          "plugs straight into WhatsApp for warehouse teams. 20-minute demo next week?"),
  ("msg", "Hi again, I've put together a custom quote for 650 employees across your three countries. When's good to walk through it?"))
P("user_invited_pitch_twice", "es", "Melina Godoy", "Consultora | Programas de liderazgo para mandos medios", "Buenos Aires",
  ("acc",),
  ("msg", "Hola Alex, gracias por aceptar! Te escribo porque lanzamos un programa de liderazgo para mandos medios de logística: 6 "
          "encuentros presenciales en CABA. ¿Te paso el brochure con el precio por participante?"),
  ("msg", "Alex, ¿pudiste mirar el brochure? Quedan 4 cupos para la cohorte de agosto; si me confirmás esta semana te los guardo."))


# =============================================================== user_invited_value
P("user_invited_value", "es", "Mariana Luján Cárdenas", "Directora de Cultura y Talento | Cadena Comercial del Bajío", "Ciudad de México",
  ("acc",),
  ("msg", "¡Hola Alex! Gracias por la invitación, fue un gustazo coincidir en el foro de AMEDIRH. Como quedamos, te comparto nuestra "
          "política de licencia parental extendida y los números de cómo movió la retención. Úsala con toda confianza, y si vienes a CDMX "
          "nos tomamos un café."))
P("user_invited_value", "en", "Daniel Ocampo", "Associate Professor of Organizational Behavior | Pacific Coast University", "San Francisco",
  ("acc",),
  ("msg", "Thanks for connecting, Alex. Our lab is running a free study on hybrid work and burnout in Latin American logistics firms; "
          "each participating company gets a custom report on its own teams. Would Tramontana like to take part? About 15 minutes per "
          "employee, fully anonymous."))
P("user_invited_value", "es", "Sol Baigorria", "Líder de Diversidad e Inclusión | Grupo Ferroviario del Sur", "Buenos Aires",
  ("acc",),
  ("msg", "Alex, gracias por invitarme! Te paso el link a la guía de lenguaje inclusivo para avisos de búsqueda que armamos con la red de "
          "empresas por la diversidad, es de descarga libre. Si querés te presento a quien coordina la red; sumarse no cuesta nada."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Valentín Aguirre", "Gerente de Operaciones | Logística de última milla", "Buenos Aires", ("acc",))
P("acceptance_only", "en", "Grace Whitford", "People Operations Manager | Remote", "Toronto", ("acc",))
P("lone_endorsement", "es", "Brenda Salazar", "Reclutadora | Centro de distribución", "Monterrey", ("end",))
P("lone_endorsement", "es", "Joaquín Larrañaga", "Analista de Compensaciones | Ex Tramontana", "Montevideo", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Martina Olivera", "martina.olivera@tramontana.example", "CV para liquidación MVD",
     "Hola Alex,\n\nte pasé por LinkedIn al chico de nómina que te comenté (Santiago). Si preferís te reenvío el CV por acá.\n\nBeso,\nMarti", "es"),
    ("ADRHA", "novedades@adrha.example", "Congreso Anual de RRHH: agenda confirmada",
     "Ya está la agenda del congreso. Seguinos en LinkedIn e Instagram para enterarte de los speakers y sorteos de entradas.", "es"),
    ("Vanesa Troncoso", "vtroncoso@busquedas-ejecutivas.example", "Vi tu perfil en LinkedIn",
     "Hola Alex,\n\nvi tu perfil en LinkedIn y quería contarte que somos una consultora de búsquedas de mandos medios. Trabajamos a éxito. "
     "¿Te puedo llamar?\n\nVanesa", "es"),
    ("Calendario Google", "calendar-notification@google.example", "Invitación: revisión de perfiles LinkedIn con Talent Acquisition",
     "Te invitaron a: Revisión de perfiles LinkedIn con TA\nCuándo: miércoles 11:00 – 11:45 (hora de Buenos Aires)\nOrganizador: ta@tramontana.example", "es"),
    ("Jesús Portillo", "jesus.portillo@tramontana.example", "Lo que posteó el de Nominix",
     "Alex, ¿viste lo que publicó en LinkedIn el de Nominix sobre nosotros? Ahorita te lo paso por Teams, está medio raro.\n\nSaludos,\nChuy", "es"),
    ("Bumerán Empleos", "avisos@bumeran.example", "Tu aviso «Analista de Nómina» ya está publicado",
     "Tu aviso está activo por 30 días. Compartilo también en LinkedIn para llegar a más candidatos.", "es"),
    ("Seguridad Informática", "seguridad@tramontana.example", "Ojo con invitaciones falsas de LinkedIn",
     "Equipo: estamos viendo mails que imitan invitaciones de LinkedIn con links a dominios raros. No ingresen su contraseña y reenvíen el "
     "mail a seguridad@tramontana.example.", "es"),
    ("Paula Andrade", "paula.andrade@tramontana.example", "Fwd: Quiero conectar",
     "Alex, este señor me mandó esto por LinkedIn, dice que te conoce. ¿Lo tenés?\n\n---------- Mensaje reenviado ---------\nDe: Sergio "
     "Buttazzoni vía LinkedIn <invitations@linkedin.com>\nAsunto: Quiero conectar\n\nTercerizamos la liquidación de sueldos...", "es"),
    ("SHRM", "events@shrm.example", "Your webinar certificate: Pay Transparency in the Americas",
     "Thanks for attending! Your certificate for 1.0 PDC is attached. Share your achievement on LinkedIn.", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot seventy-eighth development corpus (dev78). Generated by scripts/make_corpus_dev78.py (seed {SEED}); do not edit by hand.",
          "# Alex as head of people at a logistics company in Buenos Aires, Montevideo and Mexico City: headhunters, HR-tech and benefits sellers, "
          "trainers and coaches, candidates, peer HR leaders, universities; Rioplatense and Mexican Spanish, some English. Same format as tests/corpus/dev."]


def _check() -> None:
    names = [p[2] for p in PEOPLE]
    assert len(names) == len(set(names)), "duplicate person"
    for p in PEOPLE:
        for step in p[6]:
            if step[0] == "inv" and step[1] not in (DEFAULT, NONOTE):
                assert len(step[1]) <= 300, (p[2], len(step[1]))


if __name__ == "__main__":
    _check()
    main(__doc__, "dev78", SEED, PEOPLE, FOREIGN, spoofs=12, other=10, header=HEADER, eras=ERAS)
