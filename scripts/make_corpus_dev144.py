#!/usr/bin/env python3
"""Write mailbot's dev144 corpus: tests/corpus/dev144/*.eml + expected.toml.

The angle: the user Alex is a sports physiotherapist who runs a small clinic in Triana
(Seville) and coaches the youth and senior sides of a local football club. Their LinkedIn
world: electromedicine and clinic-furniture reps, booking and club-management software,
insurers and mutual societies (club accident cover, civil liability, income protection),
paid courses with accredited credits next to free accredited sessions from the
professional college, patients and athletes, young physios asking for work, peer clinics
in Andalusia and the Algarve sharing protocols, researchers recruiting teams, sports agents
and intermediaries, franchise sellers, and a few rude sellers and an angry parent.
Andalusian and formal Spanish, some English from British and Gibraltarian writers, and
Spanish written by Portuguese and Brazilian writers.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient headline, job-alert and
news titles, names and headlines of spoof-only people and PYMK suggestions, and the lures
that spoofs carry are swapped for this world in this process only (make_corpus.py itself
is not changed). Every note was written from shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev144.py              # writes tests/corpus/dev144
    python scripts/make_corpus_dev144.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260144

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ physio and football world (this process only)
SKILLS = {
    "es": ["Fisioterapia deportiva", "Terapia manual", "Readaptación de lesiones", "Punción seca", "Ejercicio terapéutico", "Vendaje neuromuscular"],
    "en": ["Sports Physiotherapy", "Manual Therapy", "Injury Rehabilitation", "Dry Needling", "Exercise Prescription", "Football Coaching"],
    "fr": ["Kinésithérapie du sport", "Thérapie manuelle", "Rééducation", "Puncture sèche"],
    "it": ["Fisioterapia sportiva", "Terapia manuale", "Riabilitazione", "Dry needling"],
    "de": ["Sportphysiotherapie", "Manuelle Therapie", "Rehabilitation", "Dry Needling"],
}
RHEADLINE = {
    "es": "Fisioterapeuta deportivo · Director de Triana Fisio · Entrenador en el CD Juventud Macarena",
    "en": "Sports physiotherapist · Owner, Triana Fisio (Seville) · Football coach",
    "fr": "Kinésithérapeute du sport · Triana Fisio, Séville",
    "it": "Fisioterapista sportivo · Triana Fisio, Siviglia",
    "de": "Sportphysiotherapeut · Triana Fisio, Sevilla",
}
for _l in SKILLS:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE[_l]

mc.LANGS[:] = ["es", "en", "es", "es", "en"]
mc.CITY["es"] = ["Sevilla", "Dos Hermanas", "Jerez de la Frontera", "Huelva", "Córdoba", "Alcalá de Guadaíra", "Mairena del Aljarafe", "Cádiz", "Utrera"]
mc.CITY["en"] = ["London", "Manchester", "Gibraltar", "Leeds", "Bristol", "Dublin"]
mc.NAMES["es"] = (["Manuel", "Rocío", "Juan Antonio", "Macarena", "Curro", "Reyes", "Inma", "Fali", "Esperanza", "Joaquín", "Triana", "Nacho",
                   "Consuelo", "Rafa", "Araceli", "Chema", "Pastora", "Quique"],
                  ["Romero", "Castillo", "Barrera", "Rivas", "Mellado", "Toscano", "Cabrera", "Galán", "Fuentes", "Escudero", "Cuevas", "Parrilla",
                   "Rengel", "Vargas"])
mc.NAMES["en"] = (["Gareth", "Holly", "Stuart", "Jodie", "Craig", "Bethan", "Niall", "Kirsty"],
                  ["Hargreaves", "Pritchard", "Dunmore", "Ashby", "Keegan", "Rowlands", "Tait", "Moorcroft"])
mc.JOBS[:] = [("Fisioterapeuta deportivo/a – primer equipo", "CD Atlético Sanluqueño"), ("Fisioterapeuta (jornada completa)", "Clínica Fisiosur Nervión"),
              ("Readaptador/a físico-deportivo/a", "Centro de Alto Rendimiento La Cartuja"), ("Sports Physiotherapist – Academy", "Northvale Town FC"),
              ("Fisioterapeuta coordinador/a", "Hospital Santa Justa Sevilla Este")]
mc.COMPANIES["good"] = ["Colegio Profesional de Fisioterapeutas de Andalucía", "Universidad de Sevilla", "Fisiosur Nervión", "CD Atlético Sanluqueño",
                        "Clínica Guadalquivir", "FisioAlgarve Desporto", "Northvale Town FC"]
mc.COMPANIES["sales"] = ["Radialtec Ibérica", "ClinicPilot", "Kinemed Suministros", "Seguros Giralda", "FisioGest Pro", "Élite Sur Sports", "PhysioLeads"]
mc.HEADLINES["good"] = ["Fisioterapeuta en {co}", "Fisioterapeuta deportiva | {co}", "Readaptador deportivo en {co}", "Profesora de Fisioterapia, {co}",
                        "Entrenador de fútbol base | {co}", "Sports Physiotherapist at {co}"]
mc.HEADLINES["sales"] = ["Delegado comercial Andalucía | {co}", "Key Account Manager Clínicas en {co}", "Business Development at {co}",
                         "Asesor de seguros para sanitarios | {co}", "Ayudamos a clínicas de fisio a crecer | {co}"]
mc.INMAIL_SUBJECTS["es"]["sales"] = ["Factura pendiente de su pedido", "Verificación de su centro", "Certificado de créditos disponible"]
mc.INMAIL_SUBJECTS["en"]["sales"] = ["Invoice for your order", "Your clinic listing", "CPD certificate ready to download"]
retitle_other({
    "es": {"job": ("{n} empleos nuevos de «fisioterapeuta deportivo»", "Tu alerta de empleo de fisioterapeuta deportivo en {city}"),
           "news": "¿Por qué se rompen tantos cruzados en el fútbol femenino?",
           "group": "Conversaciones destacadas en Fisioterapia Deportiva España",
           "newsletter": "Desde la camilla: cargas, tendones y vuelta al campo"},
    "en": {"job": ("{n} new jobs for \"sports physiotherapist\"", "Your job alert for sports physiotherapist in {city}"),
           "news": "Are fixture congestion and injuries linked? Clubs disagree",
           "group": "Top conversations in Football Medicine & Performance",
           "newsletter": "Rehab Notes: hamstrings, sprinting and the last 10%"},
})
SPOOF_LURES = {
    "es": ["Hola {first}, te he enviado la factura del pedido de electroterapia. Inicia sesión para descargarla antes del viernes.",
           "Estimado/a {first}: su centro aparece como no verificado en el directorio de clínicas. Confirme sus datos en el enlace en 24 horas.",
           "Hola {first}, ya está disponible tu certificado de créditos de formación continuada. Accede con tu cuenta para verlo."],
    "en": ["Hi {first}, I've shared the signed equipment lease with you. Please sign in to review it.",
           "Dear {first}, your clinic page has been reported. Verify your account within 24 hours to keep it visible.",
           "Hi {first}, your CPD certificate from the course is ready. Log in to download it."],
    "fr": ["Bonjour {first}, je vous ai partagé la facture de votre commande. Connectez-vous pour la télécharger."],
    "it": ["Ciao {first}, ti ho condiviso la fattura del tuo ordine. Accedi per scaricarla."],
    "de": ["Hallo {first}, ich habe Ihnen die Rechnung zu Ihrer Bestellung freigegeben. Bitte melden Sie sich an."],
}
for _l, _n in SPOOF_LURES.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

# Name variants, this process only: a compound given name (Miguel Ángel, Mari Luz) is shortened the way
# Spaniards shorten it ("Miguel Á. Tejero"), never given an invented middle initial, and anyone who
# shows a middle initial shows the same one in every mail.
COMPOUND = ("Mari Luz", "Antonio Jesús", "Juan Manuel", "Miguel Ángel", "Ana Paula", "José Antonio", "Francisco Javier",
            "Manuel Jesús", "Pedro Luis", "José María")
_INITIAL: dict[str, str] = {}


def _variant(self, p) -> str:
    name = p.name
    accentless = [mc.strip_accents(name)] * 2 if mc.strip_accents(name) != name else []
    for given in COMPOUND:
        if name.startswith(given + " "):
            a, b = given.split()
            last = name[len(given) + 1:]
            return self.r.choice([f"{given} {last.upper()}", f"{a} {b[0]}. {last}"] + accentless)
    first, *rest = name.split()
    last = " ".join(rest)
    initial = _INITIAL.setdefault(name, self.r.choice("ABCDEFGHJKLMRST"))
    return self.r.choice([f"{first} {last.upper()}", f"{first} {initial}. {last}", name.upper()] + accentless)


mc.Gen.variant = _variant

PEOPLE: list[tuple] = []
P = adder(PEOPLE)
# people of the 2016 layout; everyone else keeps the current one
OLD = {"Tiago Sardinha Nunes", "Ignacio Caro Villalba", "Francisco Javier Mateos", "Adrián Cabello Ortiz", "Inmaculada Gordillo",
       "Rafael Cotán Jiménez", "Esperanza Villalón Ruiz", "Óscar Valderrama Gil", "Agustín Herrera Caro", "Candela Rincón Ávila",
       "Manuel Carrasco Tirado", "Sonia Becerra Luque", "Miguel Ángel Tejero", "Pedro Luis Naranjo", "Irene Moscoso Duarte",
       "Macarena Osuna Díaz", "Amparo Cano Rivero", "Salvador Méndez Gaitán"}


# =============================================================== good_invitation
P("good_invitation", "es", "Rocío Benjumea Lora", "Vocal de Formación · Colegio Profesional de Fisioterapeutas de Andalucía", "Sevilla",
  ("inv", "Buenos días, Alex. Desde la comisión de formación del Colegio organizamos el 14 de marzo una jornada gratuita para colegiados "
          "sobre vuelta al juego tras LCA, acreditada con 1,2 créditos de formación continuada. Nos gustaría mucho verte por allí."),
  ("rem",))
P("good_invitation", "es", "Tiago Sardinha Nunes", "Fisioterapeuta | Director clínico en FisioAlgarve Desporto", "Faro",
  ("inv", "Olá Alex! Soy fisio en Faro, llevamos el sub-19 de un club de aquí. Tenemos un protocolo de isquios con nórdicos que nos bajó "
          "muito las roturas. Si quieres te lo mando, y me gustaría saber cómo lo hacéis vosotros en Sevilla. Abraço!"))
P("good_invitation", "es", "Ciaran Whelan", "Senior Academy Physiotherapist | U18s", "Manchester",
  ("inv", "Hi Alex, we met briefly at the Monaco conference. I run a free online case-review evening for grassroots club physios, "
          "mostly hamstring and groin cases, no sponsors, just clinicians. Thought you'd enjoy it. Happy to send you the link."),
  ("rem",), nl="en")
P("good_invitation", "es", "Ignacio Caro Villalba", "Traumatólogo deportivo · Unidad de Rodilla, Clínica Guadalquivir", "Sevilla",
  ("inv", "Alex, buenas tardes. Opero bastantes cruzados de chavales del fútbol base de la zona y ando corto de fisios de confianza para la "
          "readaptación. Un paciente tuyo me habló muy bien de ti. Si tienes hueco, me gustaría poder derivarte algunos casos."))
P("good_invitation", "es", "Marina Pozo Carmona", "Fisioterapeuta | Máster en Fisioterapia Deportiva", "Dos Hermanas",
  ("inv", "Hola Alex! Acabo de terminar el máster en la Hispalense y he visto que buscáis fisio para el club esta temporada. Hice las "
          "prácticas con un juvenil femenino y me encanta el fútbol base. ¿Te puedo mandar el CV por aquí? 🙂"),
  ("rem",), ("rem",))
P("good_invitation", "es", "Pablo Ternero Ruiz", "Profesor de Ciencias del Deporte | Universidad de Sevilla", "Sevilla",
  ("inv", "Estimado Alex: buscamos equipos amateurs para un estudio sobre carga de entrenamiento y lesiones en fútbol base (GPS y "
          "cuestionarios). No tiene coste para el club y al final de temporada os daríamos el informe de cada jugador. ¿Lo hablamos?"))
P("good_invitation", "es", "Lourdes Gavira Pérez", "Fisioterapeuta · Grupo de trabajo de Fisioterapia en la Mujer Deportista", "Jerez de la Frontera",
  ("inv", "Hola Alex, soy del grupo de trabajo de mujer y deporte del Colegio. Vamos a publicar en abierto una guía sobre suelo pélvico "
          "en futbolistas y buscamos fisios de clubes que la revisen antes. Te he visto muy metido en el femenino, ¿te animas?"))


# =============================================================== default_invitation
P("default_invitation", "es", "Francisco Javier Mateos", "Comercial · Material sanitario y ortopedia", "Sevilla", ("inv", DEFAULT), ("rem",))
P("default_invitation", "es", "Lorena Vallejo Bernal", "Fisioterapeuta en Jerez", "Jerez de la Frontera", ("inv", NONOTE))
P("default_invitation", "en", "Tom Aldridge", "Sports Performance Consultant | Speaker", "Leeds", ("inv", DEFAULT))
P("default_invitation", "es", "Manuel Jesús Rufo", "Agente FIFA | Representación de futbolistas", "Sevilla", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "es", "Adrián Cabello Ortiz", "Delegado comercial Andalucía | Radialtec Ibérica – electromedicina", "Sevilla",
  ("inv", "Hola Alex, estamos pasando por las clínicas de Sevilla con el equipo nuevo de ondas de choque radiales. Te lo dejo una semana "
          "de prueba y, si te cuadra, hay financiación a 36 meses sin intereses. ¿Qué día te viene bien que me pase?"))
P("sales_invitation", "es", "Noelia Salguero Prieto", "Asesora de seguros deportivos | Seguros Giralda", "Sevilla",
  ("inv", "Buenas Alex, sé que entrenas en el Juventud Macarena. ¿Tenéis cubierto algo más que la mutualidad de la federación? Tenemos "
          "póliza de accidentes por ficha desde 9 € que incluye fisio privada. Te paso presupuesto sin compromiso."),
  ("rem",))
P("sales_invitation", "en", "Ryan Kettering", "Growth | ClinicPilot – practice software for physios", "London",
  ("inv", "Hi Alex – noticed Triana Fisio still takes bookings over WhatsApp. ClinicPilot does online booking, SOAP notes and reminders "
          "in Spanish, and clinics your size cut no-shows by about 30%. Worth a quick demo this week?"))
P("sales_invitation", "es", "Yeray Montesdeoca", "Intermediario deportivo | Élite Sur Sports", "Cádiz",
  ("inv", "Alex, tengo muy buena relación con clubes de Tercera RFEF y podemos colocar a tus mejores juveniles. Yo solo cobro si hay "
          "fichaje. Llámame cuando puedas y te explico cómo trabajo."))
P("sales_invitation", "es", "Celia Ordóñez Marín", "Directora de Formación | Instituto Fisiomove", "Málaga",
  ("inv", "¡Hola Alex! Abrimos matrícula del Experto en Readaptación Deportiva (30 ECTS, semipresencial en Sevilla). Hasta el viernes "
          "hay un 25 % de descuento para colegiados. ¿Te mando el dossier con precios y formas de pago?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "es", "Sergio Lobato Brenes", "Fisioterapeuta | Fundador de la comunidad Fisios del Sur", "Mairena del Aljarafe",
  ("inv", "Buenas Alex! Estoy juntando a fisios deportivos de Andalucía en un grupo para compartir casos y ofertas de trabajo, sin "
          "postureo. Ya somos unos 60. ¿Te apetece entrar? Te meto en cuanto aceptes 😊"),
  ("msg", "Gracias por aceptar, Alex! Antes de meterte en el grupo te cuento una cosa: en la comunidad usamos FisioGest Pro para las "
          "historias clínicas y los miembros tienen la licencia a 29 €/mes en vez de 49. Te enseño cómo va en 20 minutitos y te doy de alta, ¿vale?", (3, 8)),
  ("msg", "Alex, que la tarifa de 29 € para los del grupo se acaba el día 30. Si quieres te llamo mañana por la tarde y lo dejamos hecho en un momento."))
P("bait_and_switch_invitation", "es", "Inmaculada Gordillo", "Consultora de bienestar | Desayunos de profesionales de la salud en Triana", "Sevilla",
  ("inv", "Hola Alex, organizo un desayuno al mes entre profesionales de la salud de Triana y Los Remedios para conocernos y derivarnos "
          "pacientes entre nosotros. El próximo es el jueves en la calle Betis. ¿Te vienes?"),
  ("msg", "Qué alegría tenerte en la red, Alex. Te cuento a qué me dedico: asesoro a sanitarios autónomos con el plan de jubilación y "
          "con un seguro de rentas por si te lesionas y no puedes trabajar. ¿Cuándo te viene bien que te prepare un estudio personalizado?"))
P("bait_and_switch_invitation", "es", "Jake Morrow", "Founder @ KickMetrics | ex-academy S&C coach", "Gibraltar",
  ("inv", "Hey Alex, I put together a free 40-page guide on managing load in amateur footballers (RPE, ACWR, the lot). Happy to send "
          "it your way, I think it'd be useful for your club."),
  ("msg", "Here's the guide as promised. By the way, KickMetrics GPS vests are what made the data possible – we do a club bundle of 20 "
          "vests for €3,900 a season. Could I get you and your staff on a demo call next week?"),
  ("msg", "Hi Alex, circling back on the club bundle. Only three left at that price before pre-season. Shall I send over the order form?"),
  nl="en")
P("bait_and_switch_invitation", "es", "Rodrigo Vasconcelos", "Fisioterapeuta · Empresário · Franquias FisioMais", "Badajoz",
  ("inv", "Olá Alex, vi tu trabajo con el fútbol base y me encanta. Una pregunta de colega: ¿cómo organizas los turnos de fisios en la "
          "clínica en plena liga? Acá en Badajoz estamos con mucho problema con eso."),
  ("msg", "Muito obrigado por aceptar! Bueno, te soy sincero: estamos expandiendo la franquicia FisioMais por Andalucía y tu clínica "
          "encaja perfecta. Con una inversión de 35.000 € tienes la marca, el software y pacientes de mutuas desde el primer mes. ¿Marcamos una videollamada?"))
P("bait_and_switch_invitation", "es", "Jesús Olivares Padilla", "Entrenador UEFA B | Coordinador de fútbol base", "Coria del Río",
  ("inv", "Alex, qué pasa. Entreno al alevín del Ciudad de Coria. Estamos montando un grupo de entrenadores de base de la provincia para "
          "pasarnos sesiones y cuadrar amistosos. ¿Te sumas, máquina?"),
  ("msg", "Bueno, ya estás dentro 💪 Una cosilla: trabajo también con una marca de equipaciones y a los del grupo les dejamos la "
          "equipación completa a 32 € por jugador, con dorsal y escudo. Dime cuántas fichas tenéis y te paso presupuesto."))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "es", "Álvaro Pineda Lozano", "Director | Observatorio Andaluz de Lesiones Deportivas", "Córdoba",
  ("inm", "Encuesta sobre lesiones en fútbol base",
   "Estimado Sr. Morgan: estamos elaborando un informe sobre incidencia lesional en clubes amateurs andaluces y nos gustaría contar con "
   "su opinión en una breve encuesta de diez minutos. Los resultados se compartirán con todos los participantes. Un cordial saludo."),
  ("inm", "Su participación y una propuesta",
   "Muchas gracias por su interés. Como clínica colaboradora del Observatorio, Triana Fisio puede figurar en nuestro directorio de "
   "centros recomendados con sello de calidad por una cuota anual de 290 € + IVA. Quedo a la espera de su confirmación para emitir la factura.", (4, 12)))
P("bait_and_switch_inmail", "en", "Natalie Shore", "Community Lead | Sports Physio Collective", "Bristol",
  ("inm", "Invitation: peer roundtable",
   "Hi Alex, we host a monthly online roundtable for physios working in amateur football, eight people max, cases only. A seat opened "
   "up for the March session and your name came up. Fancy it?"),
  ("inm", "Your seat + something useful",
   "Great to hear you're interested! One thing before the session: everyone at the roundtable uses our RehabFlow app to share exercise "
   "programmes. It's £39 a month per clinician, first month free if you sign up through me. Want me to set you up today?"),
  ("inm", "Re: Your seat",
   "Hi Alex, just checking you saw this. Seats at the roundtable are reserved for RehabFlow users, so I'll need your sign-up by Friday to keep yours."))
P("bait_and_switch_inmail", "es", "Mari Luz Carvajal", "Organizadora | Jornadas de Fisioterapia y Fútbol de Huelva", "Huelva",
  ("inm", "Ponencia en las Jornadas",
   "Hola Alex, nos encantaría invitarte como ponente a las III Jornadas de Fisioterapia y Fútbol en Huelva, en la mesa de readaptación "
   "en categorías inferiores. Hemos oído hablar muy bien de tu trabajo con los chavales."),
  ("inm", "Confirmación de ponencia",
   "¡Qué bien que te animes! Para confirmar la ponencia, cada ponente aporta un patrocinio de 450 € que incluye stand, logo en el cartel "
   "y dos almuerzos. Te mando la proforma y así cerramos la mesa esta semana."))


# =============================================================== endorse_me_back
P("endorse_me_back", "es", "Rafael Cotán Jiménez", "Fisioterapeuta y osteópata | Camas", "Camas",
  ("end",), ("end",),
  ("msg", "Buenas Alex, te he validado {skill} y alguna más, que te lo tienes ganado. ¿Me echas tú una mano con Osteopatía y Punción "
          "seca? Estoy preparando el perfil para las oposiciones del SAS y todo suma. Gracias, crack."))
P("endorse_me_back", "en", "Olu Adeyemi", "Strength & Conditioning Coach | MSc", "London",
  ("end",),
  ("msg", "Hey Alex, endorsed you for {skill} the other day 👍 Would you mind returning the favour on Strength Training and Athletic "
          "Development? Trying to beef up my profile before I apply to a few clubs. Cheers!"))
P("endorse_me_back", "es", "Joana Ribeiro Fonseca", "Fisioterapeuta en clínica privada | Huelva", "Huelva",
  ("end",), ("end",),
  ("msg", "Olá Alex, te he endossado, ¿se dice validado?, en {skill}. ¿Me validas tú a mí en Fisioterapia deportiva y Vendaje "
          "neuromuscular? Estou buscando trabajo en España y me dicen que eso se nota mucho en el perfil. Obrigada!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "es", "Antonio Jesús Bermudo", "Director comercial | Plantillas deportivas a medida", "Sevilla",
  ("inv", "Hola Alex, fabricamos plantillas personalizadas para futbolistas con escáner 3D. Muchas clínicas de Sevilla ya las ofrecen "
          "y se llevan comisión por cada par. Me encantaría contarte cómo funciona."),
  ("rem",),
  ("inm", "Sin educación",
   "Te mandé la invitación hace tres semanas y ni me contestas. En Sevilla siempre hemos sido gente educada, pero ya veo que algunos se "
   "creen más que nadie por tener una clínica en Triana. Tú sabrás lo que haces."))
P("hostility_after_decline", "es", "Juan Manuel Lérida", "Autónomo | Reformas integrales", "Sevilla",
  ("inv", "Alex soy el padre de Izan, el del infantil B. Quiero hablar contigo de los minutos que está jugando mi hijo."),
  ("inm", "Vergüenza",
   "Ni aceptas ni contestas. Muy bonito para un entrenador que va dando charlas de valores. Mi hijo se va del club a final de temporada "
   "y pienso contar en todos lados cómo tratas a los padres. Una vergüenza lo tuyo.", (2, 6)))
P("hostility_after_decline", "en", "Gavin Shorthouse", "Business Development | Cryotherapy & recovery tech", "Manchester",
  ("inv", DEFAULT),
  ("inm", "Seriously?",
   "Not sure why you'd ignore a simple connection request, Alex. Twelve years in sports tech and I don't get blanked by a two-room "
   "clinic. Bit arrogant, mate. Good luck with that attitude."))
P("hostility_after_decline", "es", "Esperanza Villalón Ruiz", "Responsable de convenios | Mutua Deportiva del Sur", "Sevilla",
  ("inv", "Estimado Sr. Morgan: me gustaría presentarle nuestro programa de convenios con clínicas de fisioterapia para atender a "
          "mutualistas deportivos de la provincia. Quedo a su disposición."),
  ("rem",),
  ("inm", "Su falta de respuesta",
   "Sr. Morgan: lamento comprobar que no ha tenido usted la cortesía de responder a una invitación profesional. Entre sanitarios se "
   "presupone un mínimo de educación. Tomo buena nota para futuras colaboraciones con su centro."))


# =============================================================== hostility_connection
P("hostility_connection", "es", "Kevin Rosado Mena", "Marketing para clínicas | Captación de pacientes", "Sevilla",
  ("msg", "Alex, ¿cuántos pacientes nuevos os entran al mes por Google? Llevamos las redes y la ficha de 14 clínicas de fisio en "
          "Andalucía y garantizamos 40 contactos al mes. ¿Te hago una auditoría gratis de tu perfil?"),
  ("msg", "Oye, te escribí hace dos semanas y lo has leído. ¿Te interesa o no? Tampoco cuesta tanto decir que no, hombre."),
  ("msg", "Vale, ya veo. Luego os quejáis de que la clínica está vacía. Con esa actitud de sobrao no vas a ningún lado, figura."))
P("hostility_connection", "en", "Dominic Farrelly", "Distributor | Compression recovery boots, Spain & Portugal", "Málaga",
  ("acc",),
  ("msg", "Thanks for connecting, Alex! I distribute compression recovery boots in Spain and Portugal. Clinics charge about €25 a "
          "session and they pay for themselves in two months. Can I drop a pair off for a trial?"),
  ("msg", "Wow. Read and no reply, twice. I offered you a free trial, not a kidney. Typical clinician who thinks he's above talking to "
          "suppliers. Enjoy the empty waiting room."),
  nl="en")
P("hostility_connection", "es", "Encarni Ruiz Galán", "Asesora fiscal para sanitarios autónomos", "Dos Hermanas",
  ("msg", "Alex, ¿quién te lleva los impuestos de la clínica? Muchos fisios pagan de más en el IRPF por no deducir bien el material y "
          "los cursos. Te hago un estudio por 60 € y si no te ahorro nada no me pagas."),
  ("msg", "Veo que ni te dignas a contestar. Luego no me vengas llorando cuando te llegue una inspección. Hay que tener poca vergüenza "
          "para tratar así a una profesional que solo quería ayudarte."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "es", "Óscar Valderrama Gil", "Distribuidor de material de fisioterapia | Kinemed Suministros", "Sevilla",
  ("msg", "Buenas Alex, ya tenemos en stock las camillas eléctricas de tres cuerpos, 890 € con envío y montaje en Sevilla. Si quieres te guardo una."),
  ("msg", "Alex, esta semana liquidamos kinesiotape y bandas elásticas a precio de coste porque cambiamos de almacén. Pásame el pedido por aquí o por WhatsApp."),
  ("msg", "Te escribo por si te cuadra: nos ha entrado un lote de equipos de TECAR reacondicionados con un año de garantía. Quedan cuatro."))
P("connection_only_pitches", "en", "Priya Raman", "Partnerships | PhysioLeads – patient acquisition for private clinics", "London",
  ("msg", "Hi Alex, we fill private physio clinics with booked assessments using Meta ads, and you only pay per patient who turns up. "
          "We're taking on two clinics in Seville this quarter. Want one of the spots?"),
  ("msg", "Hi again Alex, one of the Seville spots has gone. Happy to walk you through the numbers from a clinic in Málaga if you'd like to grab the other."),
  nl="en")
P("connection_only_pitches", "es", "Agustín Herrera Caro", "Agente de seguros | Responsabilidad civil sanitaria", "Sevilla",
  ("msg", "Alex, buenos días. ¿Tienes revisada la póliza de responsabilidad civil de la clínica? La del colegio se queda corta si haces "
          "punción seca o suelo pélvico. Si quieres te preparo una comparativa."),
  ("msg", "Hola de nuevo. Hasta fin de mes mantenemos la prima del año pasado en la RC profesional. ¿Te la cotizo y te la dejo lista?"))
P("connection_only_pitches", "es", "Bruno Lacerda", "Agente de jogadores | Brasil · Portugal · España", "Oporto",
  ("msg", "Fala Alex! Represento a jugadores jóvenes brasileños y portugueses para clubes de España. Tengo un lateral izquierdo de 19 "
          "años que es um fenómeno, perfecto para tu equipo. El periodo de prueba con alojamiento sale por 1.200 € al mes."),
  ("msg", "Alex, e aí? Tengo también un mediocentro de Porto disponible ya mismo. Si el club pone el alojamiento te lo dejo más barato. Me dices algo?"))


# =============================================================== single_pitch
P("single_pitch", "es", "Marisa Zambrano", "Dietista-nutricionista deportiva", "Sevilla",
  ("msg", "Hola Alex, ¿te interesaría tener consulta de nutrición deportiva en la clínica? Puedo pagarte un porcentaje por consulta o "
          "alquilarte la sala por horas, como mejor os venga. Si te encaja te paso mis tarifas."))
P("single_pitch", "en", "Lewis Harcombe", "Account Manager | Pitchside – video analysis for grassroots clubs", "Leeds",
  ("msg", "Alex – quick one. Our tablet video analysis tool is used by 300+ grassroots clubs now; the annual licence covers the whole "
          "club for €299. Want me to set up a free trial for your coaching staff?"))
P("single_pitch", "es", "Fernando Cordero Baena", "Consultor de protección de datos para centros sanitarios", "Córdoba",
  ("msg", "Alex, las clínicas de fisio tienen que tener el registro de actividades y los consentimientos adaptados al RGPD, y las "
          "sanciones están subiendo. Te hago la adaptación completa por 250 €. ¿Te interesa?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "es", "Candela Rincón Ávila", "Fisioterapeuta | Clínica Fisiosur, Alcalá de Guadaíra", "Alcalá de Guadaíra",
  ("msg", "Alex, lo prometido en el congreso: te paso nuestro protocolo de esguince de tobillo con los criterios de alta por fases y las "
          "hojas de ejercicios en PDF. Úsalo tal cual o cámbialo, y si lo mejoras me avisas, que lo actualizamos."))
P("connection_brings_value", "es", "Daniel Ocaña Reyes", "Organizador de la Carrera Popular de Triana", "Sevilla",
  ("msg", "Hola Alex! Soy Dani, el del menisco 😅 ya corriendo otra vez gracias a vosotros. En octubre hacemos la carrera popular del "
          "barrio y nos gustaría que la clínica tuviera la carpa de fisio en meta, gratis, claro, y con vuestro logo en el cartel. ¿Os apuntáis?"),
  ("msg", "Te paso los horarios: salida a las 9:30, la carpa estaría montada desde las 8. Os ponemos agua y una mesa. ¡Mil gracias otra vez!"))
P("connection_brings_value", "en", "Eilidh Fraser", "Lecturer in Sports Rehabilitation | Glenmore University", "Edinburgh",
  ("end",),
  ("msg", "Hi Alex, hope the season's treating you well. Our group has just put our hamstring return-to-sprint criteria out open "
          "access, link below. Would love feedback from someone working with amateur players, as our data is all from pros."))
P("connection_brings_value", "es", "José Antonio Vela Gómez", "Coordinador de servicios médicos | Delegación sevillana de fútbol base", "Sevilla",
  ("msg", "Estimado Alex: le informo de que la Delegación organiza el curso gratuito de primeros auxilios y RCP para entrenadores de "
          "fútbol base, con certificado oficial, los días 8 y 9 de mayo. Puede inscribir hasta a tres miembros de su cuerpo técnico. "
          "Le adjunto el enlace de inscripción. Reciba un cordial saludo."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "es", "Patricia Almonte Rey", "Talent Acquisition | Grupo hospitalario privado", "Sevilla",
  ("inm", "Fisioterapeuta coordinador – Unidad del Deporte",
   "Hola Alex, estamos abriendo una unidad de medicina deportiva en nuestro hospital de Sevilla Este y buscamos fisioterapeuta "
   "coordinador, jornada completa, 42-48 k€ más variable. Tu perfil clínico y tu experiencia con fútbol encajan muy bien. ¿Te apetece "
   "que lo hablemos con calma?"))
P("stranger_inmail_recruiter", "en", "Hamad Al-Rashidi", "Head of Medical | Academy, UAE Pro League club", "Dubai",
  ("inm", "Academy physiotherapist – Dubai",
   "Dear Alex, I lead the medical department of a UAE Pro League academy. We're recruiting a Spanish-speaking physiotherapist for our "
   "U17 and U19 squads: tax-free salary, housing included, start in July. I'd be glad to share the full job description if you're open to it."))
P("stranger_inmail_recruiter", "es", "Marta Gouveia", "Recursos Humanos | Clube Desportivo de Tavira", "Tavira",
  ("inm", "Vaga fisioterapeuta – próxima temporada",
   "Hola Alex, buscamos fisioterapeuta para el primer equipo del club en Tavira, en Liga 3. Contrato por temporada y podemos ayudar con "
   "el alojamiento. El míster es español y quiere alguien que se maneje en los dos idiomas. ¿Tendrías interés en conversar un poco?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "es", "Cristina Bazán Mora", "Business Development | Gestión de clubes deportivos", "Madrid",
  ("inm", "Licencias para tu club",
   "Hola Alex, gestionamos fichas, cuotas y convocatorias de más de 500 clubes de fútbol base. Para clubes de menos de 200 jugadores "
   "tenemos un plan de 39 € al mes. ¿Tienes un hueco para que te lo enseñe?"),
  ("inm", "Re: Licencias para tu club",
   "Te escribo de nuevo por si se te pasó. Esta semana regalamos la configuración inicial y la importación de fichas. ¿Te viene bien el jueves?"))
P("stranger_inmail_sales", "en", "Marco Delahaye", "Sales Director EMEA | LaserRehab", "Amsterdam",
  ("inm", "Class IV laser for Triana Fisio",
   "Hi Alex, our class IV laser is now CE-certified for musculoskeletal pain, and clinics in Madrid are billing it as a premium add-on "
   "at around €40 a session. I'm in Seville on the 12th. Could I bring it by the clinic and show you?"))
P("stranger_inmail_sales", "es", "José María Pacheco", "Socio | Compra y venta de clínicas sanitarias", "Madrid",
  ("inm", "Tu clínica",
   "Alex, un fondo al que asesoro está comprando clínicas de fisioterapia en Andalucía. Te valoramos la tuya gratis y luego tú decides. "
   "¿Tomamos un café la semana que viene en Sevilla?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "es", "Alejandro Pascual Reina", "Fisioterapeuta | Docente de punción seca", "Sevilla",
  ("inv", "Hola Alex. Coincidimos en la jornada del Colegio. Estoy grabando casos de tendinopatía rotuliana para un grupo de estudio "
          "entre fisios de Sevilla, sin coste ninguno. Si quieres te meto."),
  ("msg", "Te dejo el enlace a la carpeta con los cuatro primeros casos y la bibliografía. El jueves 20 a las 21:00 hacemos videollamada para comentarlos."),
  ("msg", "Alex, aprovecho: en el curso de punción seca avanzada que doy en mayo me quedan tres plazas. A los del grupo os dejo la "
          "matrícula en 380 € en vez de 450. ¿Te reservo una?"))
P("good_turns_ugly", "en", "Sophie Lund", "Physiotherapist | Running & football injuries | Gibraltar", "Gibraltar",
  ("inv", "Hi Alex, I'm a physio over in Gibraltar. Loved your talk on youth ACL prevention – would be great to swap notes on how you "
          "run the warm-up with the kids. Happy to share our FIFA 11+ tweaks too."),
  ("msg", "As promised, here are our adapted FIFA 11+ cards in English and Spanish. Use them however you like!"),
  ("end",),
  ("msg", "Endorsed you for {skill} earlier! Could you endorse me for Running Injuries and Sports Rehabilitation? Going for a senior "
          "post and it'd really help."))
P("good_turns_ugly", "es", "Verónica Espinar Cuesta", "Psicóloga deportiva | Cantera y alto rendimiento", "Sevilla",
  ("inv", "Hola Alex, trabajo con futbolistas de cantera el miedo a volver a lesionarse después de una rotura. Me gustaría intercambiar "
          "impresiones contigo sobre cómo lo veis desde la fisio."),
  ("msg", "Gracias por la charla del otro día, de verdad. Te mando la escala TSK-11 adaptada que comentamos, por si la quieres usar en la clínica."),
  ("msg", "Alex, te propongo algo: ¿y si ofrezco mis sesiones de psicología deportiva en tu clínica? Tú te quedas un 20 % de cada "
          "paciente que me derives. Te paso el dossier y lo vemos."))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "es", "Manuel Carrasco Tirado", "Comercial | Camillas y mobiliario clínico", "Sevilla",
  ("inv", DEFAULT),
  ("inv", "Alex, coincidimos en la feria de fisioterapia de Málaga. Me gustaría que estuviéramos en contacto, que al final nos movemos en lo mismo."))
P("reinvite_known_bad", "en", "Ethan Brierley", "Account Executive | ScanFit 3D posture analysis", "Bristol",
  ("inm", "Posture scanning for your clinic",
   "Hi Alex, ScanFit's 3D posture scanner gives patients a printed report in 90 seconds, and clinics use it as a paid screening "
   "service. We're offering Spanish clinics a 12-month lease at launch pricing. Could I book you in for a 20-minute demo?"),
  ("inv", "Hi Alex, I run a free monthly webinar on clinical reasoning in sports rehab now. Thought you might like to join us."))
P("reinvite_known_bad", "es", "Sonia Becerra Luque", "Asesora | Seguros de salud para autónomos", "Sevilla",
  ("inv", "Hola Alex, te presento nuestro seguro de salud para autónomos sanitarios: sin copagos y con cuadro médico en toda Sevilla. "
          "¿Te preparo una tarifa?"),
  ("inv", "Hola Alex, ¡feliz año! Me encantaría contar contigo en mi red de contactos de Sevilla."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "es", "Salvador Méndez Gaitán", "Comercial | Presoterapia y recuperación", "Sevilla",
  ("inv", "Alex, buenas. Distribuimos equipos de presoterapia para clínicas y gimnasios. Te hago una demo en tu centro cuando quieras."),
  ("inm", "Vaya tela",
   "Vaya tela contigo. Te escribo con todo el respeto del mundo y ni caso. Así os va a los fisios de barrio, que os creéis médicos. "
   "Ya me acordaré de ti."),
  ("inv", "Hola Alex, empecemos de cero, ¿no? Me gustaría tenerte entre mis contactos."))
P("reinvite_known_ugly", "es", "Carla Domínguez Font", "Customer Success | Encuestas de satisfacción para clínicas", "Barcelona",
  ("inm", "Estudio gratuito de satisfacción",
   "Hola Alex, estamos haciendo un estudio gratuito sobre la satisfacción de los pacientes en clínicas de fisio de Andalucía. Si "
   "participas, te enviamos el informe comparativo con otras clínicas de tu zona."),
  ("inm", "Tu informe comparativo",
   "¡Gracias por participar, Alex! El informe completo está incluido en nuestra plataforma de encuestas automáticas, desde 49 € al "
   "mes. Te activo la prueba y te lo descargas desde ahí."),
  ("inv", "Alex, me gustaría tenerte en mi red, trabajo con muchas clínicas de Sevilla y seguro que podemos compartir cosas."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "es", "Miguel Ángel Tejero", "Director de ventas | Equipamiento para gimnasios y salas de readaptación", "Sevilla",
  ("acc",),
  ("msg", "Gracias por conectar, Alex. Te cuento rápido: montamos salas de readaptación completas, jaula, isoinercial y plataformas de "
          "fuerza. Para clínicas tenemos renting desde 210 € al mes. ¿Me pasas los metros de tu sala y te hago presupuesto?"))
P("user_invited_pitch_once", "en", "Grace Whitlow", "Director | Insurance broking for physiotherapists", "Gibraltar",
  ("acc",),
  ("msg", "Thanks for the add, Alex. I place professional indemnity and clinic cover for physios across Spain and Portugal, in English "
          "or Spanish. If your renewal's coming up I can usually beat the college policy. Shall I quote?"),
  nl="en")
P("user_invited_pitch_once", "es", "Ana Paula Medeiros", "Directora comercial | Nutrição desportiva", "Lisboa",
  ("acc",),
  ("msg", "Obrigada por aceptar, Alex! Somos una marca portuguesa de suplementos para deportistas y buscamos clínicas en Sevilla que "
          "los vendan en el mostrador. ¿Te mando el catálogo con los márgenes para distribuidores?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "es", "Pedro Luis Naranjo", "Consultor de marketing sanitario", "Sevilla",
  ("acc",),
  ("msg", "Alex, qué bien conectar. ¿Te has planteado una web nueva para la clínica? Te la dejo con reservas online y SEO local por 990 €, todo incluido."),
  ("msg", "Te vuelvo a escribir por lo de la web. Este mes regalo la sesión de fotos en la clínica. Dime algo y lo cerramos."))
P("user_invited_pitch_twice", "en", "Callum Birtwistle", "Founder | Pre-season football tours for youth clubs", "Leeds",
  ("acc",),
  ("msg", "Cheers for connecting! We run pre-season tours to England for youth clubs: games against academy sides, hotel and flights, "
          "from €690 per player. Could be a great one for your lads?"),
  ("msg", "Hi Alex, two weekends left in August for the pre-season tour. I can hold one for your club for 48 hours if you're keen."))
P("user_invited_pitch_twice", "es", "Rosario Benítez Lara", "Ortopedia técnica | Férulas y órtesis a medida", "Sevilla",
  ("acc",),
  ("msg", "¡Hola Alex! Encantada. Hacemos férulas y órtesis a medida en 48 horas en Sevilla. Si nos mandas pacientes te hacemos precio de clínica."),
  ("msg", "Alex, te dejo el catálogo de rodilleras de descarga y tobilleras con precios de clínica. Para cualquier pedido me escribes por aquí."))


# =============================================================== user_invited_value
P("user_invited_value", "es", "Irene Moscoso Duarte", "Fisioterapeuta | Selección andaluza femenina sub-17", "Sevilla",
  ("acc",),
  ("msg", "Gracias por aceptar, Alex. Como te dije en el campus, te paso los test de salto y de nórdico que usamos en la selección, con "
          "los valores de referencia por edad. Si los pasáis en tu club me encantaría comparar datos."))
P("user_invited_value", "en", "Ben Okoro", "Physiotherapy Lead | Non-league football", "Bristol",
  ("acc",),
  ("msg", "Great to connect, Alex. After our chat at the conference I've put your name forward as a speaker for our regional CPD evening "
          "next spring, expenses covered. The organiser will email you; no obligation at all."),
  nl="en")
P("user_invited_value", "es", "Sofia Castanheira", "Investigadora | Faculdade de Motricidade Humana, Lisboa", "Lisboa",
  ("acc",),
  ("msg", "Olá Alex, muito obrigada por aceptar. Te envío el artículo que comentamos sobre el tobillo en fútbol juvenil, ya publicado en "
          "abierto. Si te interesa colaborar en la fase 2 con datos de tu club, contamos contigo como coautor."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Macarena Osuna Díaz", "Jefa de servicio de Rehabilitación | Hospital comarcal", "Utrera", ("acc",))
P("acceptance_only", "en", "Liam Garvey", "Head Physiotherapist | League Two club", "Manchester", ("acc",))
P("lone_endorsement", "es", "Curro Villanueva Soto", "Jugador | CD Juventud Macarena (Senior)", "Sevilla", ("end",))
P("lone_endorsement", "es", "Amparo Cano Rivero", "Fisioterapeuta en Utrera", "Utrera", ("end",))


ERAS: dict[str, str] = {p[2]: ("2016" if p[2] in OLD else "cur") for p in PEOPLE}


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Colegio Profesional de Fisioterapeutas de Andalucía", "formacion@colfisio-and.example", "Jornada gratuita: vuelta al juego tras LCA (1,2 créditos)",
     "Estimado/a colegiado/a:\n\nYa está abierta la inscripción a la jornada del 14 de marzo. Plazas limitadas. Si lo compartes en LinkedIn, "
     "usa #FisioAndalucía.\n\nComisión de Formación", "es"),
    ("Rocío Benjumea", "rbenjumea@colfisio-and.example", "Jornada LCA",
     "Alex, te he mandado también invitación por LinkedIn, pero por si acaso: guárdate el 14 de marzo, que la mesa de la tarde te va a gustar.\n\nUn abrazo,\nRocío", "es"),
    ("Presidencia CD Juventud Macarena", "presidencia@juventudmacarena.example", "Fwd: un representante por LinkedIn",
     "Alex, este intermediario me ha escrito a mí también por LinkedIn ofreciéndose a colocar a los juveniles. Ni caso, que los padres se ponen nerviosos.\n\nJuanma", "es"),
    ("Mutualidad de Futbolistas (Delegación Sevilla)", "sevilla@mutualidad-futbol.example", "Liquidación de sesiones – marzo",
     "Adjuntamos la liquidación de las sesiones de fisioterapia autorizadas en marzo. Para cualquier duda, responda a este correo.", "es"),
    ("Tiago Sardinha", "tiago@fisioalgarve.example", "Protocolo isquios",
     "Olá Alex,\n\nte mando el protocolo en PDF, que por LinkedIn no me dejaba adjuntar. Cualquier cosa me dices.\n\nAbraço,\nTiago", "es"),
    ("Sports Physio Congress", "info@sportsphysiocongress.example", "Early bird closes Friday",
     "Dear Alex,\n\nEarly-bird registration for the congress closes on Friday. Share your attendance on LinkedIn with #SPCongress and we'll repost.", "en"),
    ("Kinemed Suministros", "pedidos@kinemed.example", "Confirmación de pedido 4471",
     "Hola Alex,\n\ntu pedido de kinesiotape (12 rollos) sale hoy. Gracias por confiar en nosotros.", "es"),
    ("Agenda Triana Fisio", "noreply@agendaclinica.example", "Resumen de citas de mañana",
     "Mañana tienes 11 citas. Primera a las 8:30 (Daniel Ocaña). Recuerda que puedes enlazar tu perfil de LinkedIn en la página de reservas.", "es"),
]


# ------------------------------------------------------------------------- checks
def _check() -> None:
    seen: set[str] = set()
    names: set[str] = set()
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        assert name not in names, name
        names.add(name)
        for s in steps:
            text = s[1] if s[0] in ("inv", "msg") else (s[2] if s[0] == "inm" else None)
            if s[0] == "inv" and text not in (DEFAULT, NONOTE):
                assert len(text) <= 300, (name, len(text))
            if text and text not in (DEFAULT, NONOTE):
                assert text not in seen, (name, text[:40])
                seen.add(text)
    assert OLD <= names, OLD - names


_check()

HEADER = [f"# mailbot dev144 corpus. Generated by scripts/make_corpus_dev144.py (seed {SEED}); do not edit by hand.",
          "# Alex as a sports physiotherapist with a clinic in Triana (Seville) who coaches a local football club: equipment and software "
          "vendors, insurers and mutual societies, paid and free accredited courses, patients and athletes, physios applying, peer clinics, "
          "sports agents, rude sellers. Andalusian and formal Spanish, some English and Portuguese-flavoured Spanish. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev144", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER, eras=ERAS)
