#!/usr/bin/env python3
"""Write mailbot's seventy-third, independent development corpus: tests/corpus/dev73/*.eml + expected.toml.

The angle: the user Alex directs a group of care homes in Spain, with homes in Madrid (Chamartín,
Alcalá, Getafe, Leganés), Galicia (Lugo, Vigo, Ourense) and Catalonia (Terrassa, Girona, Sant
Cugat). Their LinkedIn world: nursing and carer staffing agencies (ETT) that cover sick leave by
the hour, suppliers of incontinence products, gloves, thickeners for dysphagia, laundry and
catering, care-software vendors (electronic care plans, e-MAR, bed sensors), training centres
(free places funded by the SOC or the Xunta, against paid master's degrees and FUNDAE-credit
sellers), families of residents, peer directors who share protocols (restraint-free care, heat
waves, flu plans, rotas), regional officials (inspection services, the Comunidad de Madrid),
hospital geriatricians, job applicants (nurses, TCAE), and English-speaking operators,
researchers and vendors from the UK, Ireland and the Netherlands. The writing is Spanish, formal
(usted) and informal (tú), with Galician and Catalan turns of phrase and whole notes in Galician
or Catalan, and some English.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert
titles, the headlines of spoof-only names and PYMK suggestions, LinkedIn News and group
subjects, and the notes that spoofs carry are swapped for care-sector ones in this process only
(make_corpus.py itself is not changed). Every note was written from shared/taxonomy.md alone,
without reading mailbot's signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev73.py              # writes tests/corpus/dev73
    python scripts/make_corpus_dev73.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260773

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ the care-home world (this process only)
mc.LANGS[:] = ["es", "en", "es", "es", "en"]   # spoofs and other LinkedIn mail: Spanish and English wording
mc.L["es"]["rheadline"] = "Director general en Grupo Example Residencias"
mc.L["en"]["rheadline"] = "Managing Director at Example Residencias Group"
mc.L["es"]["skills"] = ["Atención sociosanitaria", "Gestión de residencias", "Geriatría", "Dirección de equipos", "Calidad asistencial"]
mc.L["en"]["skills"] = ["Elderly Care", "Care Home Management", "Healthcare Management", "Team Leadership", "Quality Assurance"]
mc.JOBS[:] = [("Director/a de centro residencial", "Fundación Mayores do Miño"), ("Care Home Manager", "Heatherbank Care"),
              ("Gerente de área sociosanitaria", "Grupo Residencial Maresme"), ("Director de Operaciones – residencias", "Vidalia Senior"),
              ("Coordinador/a de enfermería", "Residencia Os Carballos")]
mc.COMPANIES["good"] = ["Residencia Os Carballos", "Residència La Ginesta", "Fundación Mayores do Miño", "Grupo Residencial Maresme",
                        "Heatherbank Care", "Larchfield Care Group", "Hospital Universitario Lucus Augusti", "Xunta de Galicia"]
mc.COMPANIES["sales"] = ["Higienix Absorbentes", "Cuidalia ETT", "ResiCloud", "CareLoop", "Gerodiet Nutrición", "FormaPlus Empresas",
                         "NoctaSense", "LimpiaPro Servicios"]
mc.HEADLINES["good"] = ["Directora de residencia en {co}", "Coordinador de enfermería | {co}", "Gerocultora en {co}",
                        "Trabajadora social | {co}", "Geriatra en {co}", "Registered Manager at {co}"]
mc.HEADLINES["sales"] = ["Delegado comercial | {co}", "Key Account Manager, sector sociosanitario | {co}", "Founder & CEO @ {co}",
                         "Business Development Manager at {co}", "Asesora de formación bonificada | {co}"]
mc.NAMES["es"] = (mc.NAMES["es"][0] + ["Xoán", "Uxía", "Iago", "Antía", "Jordi", "Montse", "Pere", "Anxo"],
                  mc.NAMES["es"][1] + ["Castro", "Otero", "Piñeiro", "Puig", "Vidal", "Ferrer", "Rial", "Sabaté"])
mc.CITY["es"] = ["Madrid", "Alcalá de Henares", "Getafe", "A Coruña", "Santiago de Compostela", "Vigo", "Lugo", "Ourense",
                 "Barcelona", "Girona", "Terrassa", "Lleida"]
mc.CITY["en"] = ["London", "Manchester", "Glasgow", "Dublin", "Leeds", "Amsterdam"]

SPOOF_NOTES = {
    "es": ["Hola {first}, le adjunto el acta de la última inspección de su centro. Inicie sesión para descargarla antes de 48 horas.",
           "Estimado Sr. Morgan, la Consejería le ha remitido un requerimiento sobre las ratios de personal. Acceda aquí para consultarlo.",
           "Hola {first}, te he compartido el listado de candidatas para las vacantes de verano. Inicia sesión para verlo."],
    "en": ["Hi {first}, I've shared the inspection report for your care home with you. Sign in within 48 hours to download it.",
           "Hello {first}, your certificate in Dementia Care Leadership is ready. Log in to claim it before it expires.",
           "Hi {first}, a resident's family left a complaint about your home on our review portal. Sign in to respond."],
}
for _l in mc.BANKS:
    _n = SPOOF_NOTES.get(_l, SPOOF_NOTES["en"])
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
for _l in mc.PHISH_NOTES:
    mc.PHISH_NOTES[_l] = (["Hola, le he enviado la factura de suministros del mes a través de LinkedIn Secure Share. Inicie sesión para verla.",
                           "Buenas, le comparto el contrato de cobertura de personal para su firma. Acceda con su cuenta de LinkedIn."]
                          if _l == "es" else
                          ["Hello, I sent you this month's supplies invoice through LinkedIn Secure Share. Sign in to view it.",
                           "Hi, please review and sign the staffing agreement I shared. Log in with your LinkedIn account."])

mc.OTHER["es"].update(
    job=("{n} empleos nuevos de «director de residencia»", "Tu alerta de empleo de director de residencia en {city}", "Ver empleo"),
    news=("¿De dónde saldrán los cuidadores que faltan?", "Noticias destacadas de LinkedIn Noticias"),
    group=("Conversaciones destacadas en Dirección de Centros Residenciales", "Estas son las conversaciones más destacadas de tu grupo"),
    newsletter=("Cuidar con nombre propio: un año sin sujeciones", "Nueva edición de un boletín al que estás suscrito"))
mc.OTHER["en"].update(
    job=("{n} new jobs for \"care home manager\"", "Your job alert for care home manager in {city}", "View job"),
    news=("Who will care for Europe's oldest old?", "Top stories for you from LinkedIn News"),
    group=("Top conversations in Long-Term Care Leaders Europe", "Here are the top conversations in your group this week"),
    newsletter=("The Rota Room: night shifts that carers don't dread", "New edition of a newsletter you subscribed to"))

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "es", "Uxía Barreiro Lema", "Directora | Residencia Os Carballos (Ourense)", "Ourense",
  ("inv", "Bos días, Alex. Dirixo unha residencia de 60 prazas en Ourense y estamos preparando la acreditación de centro libre de sujeciones. "
          "Sé que en Lugo ya la tenéis. ¿Te puedo preguntar cómo organizasteis la formación del turno de noche? Moitas grazas!"),
  ("rem",))
P("good_invitation", "es", "Montserrat Puigdomènech", "Coordinadora de formació | Escola Sociosanitària del Vallès", "Sabadell",
  ("inv", "Bon dia Alex! Obrim una nova edició del certificat de professionalitat d'atenció sociosanitària, gratuïta i finançada pel SOC, "
          "amb pràctiques en residències. Si us va bé, reservem places per a gerocultores del vostre centre de Terrassa. Salut!"))
P("good_invitation", "es", "Rocío Salvatierra Gil", "Enfermera | Máster en Gerontología | Buscando nuevo reto", "Getafe",
  ("inv", "Buenas tardes. Soy enfermera, llevo 7 años en medicina interna y acabo de terminar un máster en gerontología. Quiero dar el salto "
          "a residencias y he visto que abrís centro en Leganés. Si buscáis enfermería, os envío mi CV con mucho gusto."),
  ("rem",))
P("good_invitation", "en", "Fiona MacLeod", "Registered Manager | Heatherbank Care Home, Inverness", "Inverness",
  ("inv", "Hi Alex, I coordinate an Erasmus+ exchange between Highland care homes and homes in Galicia: carers shadow each other for a week, "
          "travel and board fully funded. The Galician care association suggested your Lugo home. Could we talk about a swap of two carers each?"))
P("good_invitation", "es", "Javier Otero Castiñeiras", "Técnico de inspección | Consellería de Política Social, Xunta de Galicia", "Santiago de Compostela",
  ("inv", "Estimado Sr. Morgan: el servicio de inspección organiza el 14 de noviembre una jornada informativa gratuita (en Santiago y por streaming) "
          "sobre el nuevo decreto de autorización de centros y las ratios de atención directa. Nos gustaría contar con sus directores gallegos."))
P("good_invitation", "es", "Aurora Benítez de la Fuente", "Voluntaria | Asociación de Familiares de Alzheimer de Madrid", "Madrid",
  ("inv", "Hola Alex, mi madre vive en vuestra residencia de Chamartín desde hace dos años y estamos muy contentos. Con la asociación de familiares "
          "damos talleres gratuitos sobre cómo manejar la agitación al atardecer. Nos encantaría ofrecérselo al personal de tarde."),
  ("rem",))
P("good_invitation", "es", "Lucía Vilariño Pombo", "Geriatra de enlace con residencias | Hospital Universitario Lucus Augusti", "Lugo",
  ("inv", "Hola Alex, soy la geriatra de enlace con residencias del área sanitaria de Lugo. Queremos una línea directa con cada centro para resolver "
          "dudas clínicas antes de mandar a nadie a urgencias. ¿Conectamos y te paso el circuito para tus directores?"))
P("good_invitation", "es", "Alba Prieto Rodrigo", "Coordinadora de voluntariado | Asociación Compañía Mayor", "Madrid",
  ("inv", "Buenos días, Alex. Coordino un programa de voluntariado de acompañamiento: personas formadas que visitan cada semana a residentes "
          "que no reciben visitas. Para el centro no tiene ningún coste. ¿Os interesaría empezar en Alcalá o en Chamartín?"),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "es", "Iván Carrasco Molina", "Comercial | Suministros sanitarios y ortopedia", "Alcorcón", ("inv", DEFAULT), ("rem",))
P("default_invitation", "es", "Neus Ballester Roig", "Gerocultora", "Girona", ("inv", NONOTE))
P("default_invitation", "en", "Tom Whitaker", "Business Development | Healthcare Staffing Solutions", "Manchester", ("inv", DEFAULT))
P("default_invitation", "es", "Brais Lorenzo Souto", "Fisioterapeuta autónomo | Geriatría y neurología", "Vigo", ("inv", NONOTE), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "es", "Óscar Villanueva Prieto", "Delegado comercial zona centro | Higienix Absorbentes", "Madrid",
  ("inv", "Buenos días, Alex. En Higienix damos servicio a más de 40 residencias de Madrid en absorbentes de incontinencia, con control de consumo "
          "por residente. Solemos bajar el gasto mensual en torno a un 18 %. ¿Le preparo una propuesta y le dejo muestras?"))
P("sales_invitation", "es", "Sheila Montes Arnau", "Asesora de formación bonificada | FormaPlus Empresas", "Valencia",
  ("inv", "Hola Alex!! ¿Sabías que tu grupo tiene crédito de FUNDAE sin gastar? Nosotros lo gestionamos todo: movilización de residentes, "
          "manipulador de alimentos, primeros auxilios... 100% bonificable. Solo necesito el CIF para prepararte la adhesión 😉"))
P("sales_invitation", "es", "Marcus Pryce", "Director, International Nurse Recruitment | GlobalCare Talent", "London",
  ("inv", "Hi Alex, we recruit nurses from the Philippines and India and handle the Spanish degree recognition for care groups. Fixed placement "
          "fee, 12-month replacement guarantee. Worth a 20-minute call to see whether it fits your Madrid homes?"), nl="en")
P("sales_invitation", "es", "Ferran Soler i Mas", "Key Account | ResiCloud, software de gestió residencial", "Barcelona",
  ("inv", "Hola Alex, bon dia! A ResiCloud digitalitzem el PAI, la medicació i els registres de les gerocultores amb tauleta. Ja hi treballen "
          "residències de Girona i Lleida. Et faig una demo de 20 minuts quan et vagi bé?"))
P("sales_invitation", "es", "Pilar Arregui Lasa", "Directora comercial | Gerodiet Nutrición Clínica", "Zaragoza",
  ("inv", "Estimado Alex: distribuimos espesantes y menús de textura modificada para disfagia, con precio cerrado por residente y día. Nos gustaría "
          "presentarle la gama y organizar una degustación con su jefe de cocina. ¿Le viene bien una visita en Lugo o en Madrid?"),
  ("rem",))
P("sales_invitation", "en", "Rafael Orozco Bermejo", "Director académico | Instituto Superior de Dirección de Centros", "Madrid",
  ("inv", "Hola Alex, abrimos la 9.ª edición del Máster en Dirección de Centros Residenciales (online, 60 ECTS). Para directores en activo hay un "
          "25 % de descuento sobre la matrícula de 3.200 € hasta el día 30. ¿Te envío el programa y lo hablamos?"), nl="es")


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "es", "Damián Rey Fontán", "Fundador | Foro de Directores de Residencias de Galicia", "A Coruña",
  ("inv", "Ola Alex! Estamos juntando un foro de directores de residencias gallegas para compartir protocolos, inspecciones y líos de plantilla. "
          "Sin cuotas y sin empresas, solo directores. ¿Te animas?"),
  ("msg", "Grazas por unirte, Alex! Aproveito para contarte: aparte del foro llevo una agencia de cobertura de bajas, gerocultores y TCAE en "
          "24 horas para toda Galicia. A los del foro les dejamos la hora un 10 % más barata. ¿Te paso tarifas?", (3, 12)),
  ("msg", "Alex, ¿viste las tarifas? Con el verano os van a faltar manos. Si reservas ya las coberturas de agosto te guardo gente, que luego no llegamos.",
   (8, 20)))
P("bait_and_switch_invitation", "en", "Hannah Lowry", "Author of 'The Dementia-Friendly Home' | Speaker", "Bristol",
  ("inv", "Hi Alex, I've written a free 30-page guide on dementia-friendly dining rooms, based on visits to 12 UK care homes (lighting, plate "
          "colour, noise). Happy to send you the PDF, no strings attached."),
  ("msg", "So glad the guide was useful! Lots of directors ask me to help put it into practice, so I offer a 3-day on-site design audit: €6,800 "
          "plus travel. I have two slots in Madrid in May. Shall I pencil you in?", (6, 25)))
P("bait_and_switch_invitation", "es", "Ernesto Galindo Pardo", "Investigador principal | Observatorio de la Calidad Residencial", "Madrid",
  ("inv", "Estimado Alex: estamos realizando un estudio sobre la rotación de gerocultores en residencias de la Comunidad de Madrid. Los centros "
          "participantes reciben el informe comparativo completo. ¿Querría participar su grupo?"),
  ("msg", "Gracias por completar el cuestionario. Le cuento: el informe comparativo se entrega dentro de nuestro programa de consultoría en "
          "retención de talento, desde 2.900 € por centro. ¿Agendamos una llamada para presentárselo?", (15, 35)))
P("bait_and_switch_invitation", "es", "Laia Casals Vidal", "Infermera geriàtrica | Gestió de torns", "Barcelona",
  ("inv", "Bon dia Alex! Pregunta de col·lega: quina ràtio d'infermeria de nit teniu a les residències de Catalunya? Nosaltres anem molt justos "
          "i m'agradaria comparar-ho amb algú que porti més d'un centre."),
  ("msg", "Moltes gràcies per la resposta, Alex! Justament per això t'ho preguntava: treballo amb Infermeres365, una plataforma que cobreix torns "
          "de nit amb infermeres autònomes. Et puc fer una demo aquesta setmana?", (2, 8)),
  ("msg", "Hola Alex, et recordo que fins a final de mes el primer torn és gratuït per a centres nous. Et reservo la demo dijous a les 10?", (5, 12)))
P("bait_and_switch_invitation", "es", "Gonzalo Peralta Ruiz", "20 años dirigiendo residencias | Mentor de directores", "Madrid",
  ("inv", "Hola Alex, ¿conectamos como colegas del sector? Llevo veinte años dirigiendo residencias en Madrid y me gusta estar cerca de quienes "
          "están en el día a día."),
  ("msg", "Un placer tenerte por aquí, Alex. Ahora me dedico al mentoring de directores de residencias: 6 sesiones por 1.200 €, centradas en "
          "inspecciones y conflictos con familias. Si te encaja, te paso fechas."))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "es", "Marisa Quintela Bouza", "Coordinadora | Rede Galega de Coidados de Longa Duración", "Santiago de Compostela",
  ("inm", "Invitación ao grupo de traballo", "Bos días, Sr. Morgan. Desde la Red Gallega de Cuidados de Larga Duración le invitamos a nuestro grupo de "
          "trabajo sobre el nuevo modelo de unidades de convivencia. Son reuniones trimestrales online entre directores y técnicos. "
          "¿Le interesaría participar?"),
  ("inm", "Alta como entidade socia", "Moitas grazas pola súa resposta. Para incorporarse al grupo de trabajo es necesario darse de alta como entidad "
          "socia (1.450 € al año por centro), que incluye además nuestro sello «Coidado Centrado na Persoa». Le adjunto el formulario de "
          "adhesión y los datos bancarios.", (4, 14)))
P("bait_and_switch_inmail", "en", "Daniel Okonkwo", "Partnerships | CareLoop", "Amsterdam",
  ("inm", "Quick research question", "Hi Alex, I'm interviewing people who run multi-site care groups in Spain about how night shifts get "
          "documented. 15 minutes on a call, and everyone who takes part gets the anonymised findings."),
  ("inm", "Findings + a next step", "Thanks again for your time, Alex. Findings attached. Honestly, they're the reason we built CareLoop: "
          "voice-to-notes for night carers, from €4 per bed a month. Could I book a demo with your operations team next week?", (10, 30)))
P("bait_and_switch_inmail", "es", "Enric Pujol Ribas", "President del comitè organitzador | Jornades Catalanes de Gent Gran", "Girona",
  ("inm", "Invitació com a ponent – Jornades de Gent Gran", "Benvolgut Alex, el comitè de les Jornades Catalanes de Gent Gran el convida a "
          "participar com a ponent a la taula rodona sobre models residencials. Seria un honor comptar amb la seva experiència."),
  ("inm", "Ponència: formalització", "Moltes gràcies per acceptar! Els ponents de la taula d'operadors hi participen com a patrocinadors: la quota "
          "és de 2.200 € + IVA i inclou estand i dues acreditacions. Li envio la factura proforma?", (5, 15)))


# =============================================================== endorse_me_back
P("endorse_me_back", "es", "Yolanda Ferreiro Dopazo", "Trabajadora social | Residencia de mayores en Lugo", "Lugo",
  ("end",), ("end",),
  ("msg", "Hola Alex! Te validé {skill}, que te lo mereces de sobra. ¿Me harías el favor de validarme Trabajo social e Intervención familiar? "
          "Me presento a la plaza de coordinadora y todo suma. Moitas grazas!"))
P("endorse_me_back", "en", "Kelly Armstrong", "Care Consultant | CQC compliance & care planning", "Leeds",
  ("end",),
  ("msg", "Hey Alex, I've endorsed you for {skill}. When you get a sec could you endorse me back for CQC Compliance and Care Planning? "
          "Trying to beef up my profile before a tender. Ta!"))
P("endorse_me_back", "es", "Sergi Roca Pons", "Infermer | Coordinador de planta", "Lleida",
  ("end",), ("end",),
  ("msg", "Ei Alex, t'he validat {skill}. Em faries el favor de validar-me Infermeria geriàtrica i Lideratge d'equips? Busco feina de "
          "supervisor i diuen que ajuda. Gràcies, crack!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "es", "Cristian Ledesma Pozo", "Director comercial | Cuidalia ETT", "Madrid",
  ("inv", "Alex, buenas. Cubrimos bajas de gerocultores y TCAE en menos de 4 horas en toda la Comunidad de Madrid. ¿Hablamos 10 minutos?"),
  ("rem",),
  ("inm", "Sin respuesta", "Ya veo que ni contestas. Con la falta de personal que tenéis, ignorar a quien os puede sacar del apuro es de ser muy "
          "soberbio. Luego no lloréis cuando inspección os cierre una planta."))
P("hostility_after_decline", "es", "Remedios Cabello Ruiz", "Abogada", "Alcalá de Henares",
  ("inv", "Buenas tardes. Soy hija de una residente de su centro de Alcalá. Quisiera conectar con usted para comentarle algunas cuestiones sobre "
          "la atención a mi madre."),
  ("inm", "Falta de respeto", "Sr. Morgan, le pedí conectar para hablar de mi madre y ni se ha dignado a contestar. Es vergonzoso que el director "
          "de un centro por el que pagamos 2.900 € al mes no tenga la mínima educación. Esto lo va a saber la Consejería.", (6, 20)))
P("hostility_after_decline", "es", "Jonathan Ramírez Vega", "TCAE | En búsqueda activa de empleo", "Sabadell",
  ("inv", "Hola, soy TCAE con cuatro años en residencias y geriátricos. Quería conectar por si tenéis vacantes en vuestros centros de "
          "Barcelona, tengo disponibilidad inmediata."),
  ("rem",),
  ("inm", "...", "Veo que has rechazado mi solicitud. Muy bonito lo de «las personas en el centro» que ponéis en la web, pero a los trabajadores "
          "ni nos miráis a la cara. Directores como tú son el problema de este sector."))
P("hostility_after_decline", "en", "Stuart Kerr", "Founder | CareHome Growth Partners", "Glasgow",
  ("inv", "Hi Alex, we help care groups fill empty beds with targeted ads aimed at adult children. Average 30% more enquiries in 60 days. "
          "30 mins next week?"),
  ("inm", "Manners", "Alex, I see you ignored my request. In Scotland we'd at least say no thanks. Pretty poor form for someone who runs a "
          "'person-centred' care business."))


# =============================================================== hostility_connection
P("hostility_connection", "es", "Ángel Moreno Tapia", "Gerente | Lavandería Industrial Tajo", "Toledo",
  ("msg", "Hola Alex, ¿quién lleva la lavandería en vuestras residencias de Madrid? Ofrecemos servicio integral de lencería y ropa de residentes "
          "con marcaje, recogida diaria y precio cerrado por kilo. Te paso oferta sin compromiso."),
  ("msg", "Alex, te lo comento de nuevo por si se te pasó: precio por kilo un 12 % por debajo de lo que pagáis ahora. ¿Me dices algo?"),
  ("msg", "Pues nada, veo que lees y no contestas. Así os va en las residencias, con esa forma de tratar a la gente. Ya me han contado cómo "
          "funcionáis, no me extraña nada."))
P("hostility_connection", "en", "Olivia Brandt", "Sales Manager Southern Europe | NoctaSense", "Amsterdam",
  ("acc",),
  ("msg", "Thanks for connecting after the Madrid expo, Alex! As I mentioned at the stand, our NoctaSense bed sensors cut night-time falls by "
          "about 40% in Dutch homes. Could I send you a quote for the Lugo home?"),
  ("msg", "You accepted my invite at the expo, told me to 'send the details', and now silence? Wasting people's time like this is really "
          "unprofessional. I honestly expected better from a director.", (10, 25)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "es", "Patricia Lozano Sanz", "Asesora de seguros | Responsabilidad civil sanitaria", "Madrid",
  ("msg", "Hola Alex, ¿cuándo os vence la póliza de RC de los centros? Trabajo con una compañía que está cotizando muy agresivo en "
          "sociosanitario. Sin compromiso te hago un comparativo."),
  ("msg", "Alex, me quedan dos semanas para cerrar el cupo de esta tarifa. Si me mandas la póliza actual, en 48 horas te digo cuánto os ahorráis."),
  ("msg", "Buenos días, Alex. ¿Pudiste mirar lo de la RC? Por cierto, también llevamos el seguro de accidentes de la plantilla, por si lo "
          "queréis meter en el mismo paquete."))
P("connection_only_pitches", "en", "Xurxo Pena Vilar", "Distribuidor | Luvas e EPIs para o sector sanitario", "Vigo",
  ("msg", "Bo día Alex! Temos stock de luvas de nitrilo sen po a 3,90 € a caixa de 100 (mínimo 50 caixas). Se che interesa, pásoche a ficha "
          "técnica e o prezo para as tres residencias."),
  ("msg", "Alex, é o último lote a ese prezo, a semana que vén sube. Dime algo e resérvocho."), nl="es")
P("connection_only_pitches", "es", "Ravi Menon", "Sales Director EMEA | CuraFlow Care Records", "Dublin",
  ("msg", "Hi Alex, CuraFlow is the care-records platform used by 300+ homes in Europe: GDPR-compliant, Spanish interface, e-MAR included. "
          "Would your IT lead be open to a demo?"),
  ("msg", "Following up, Alex: free migration from paper records for groups that sign before the end of Q3. Do you have 20 minutes this week?"),
  nl="en")


# =============================================================== single_pitch
P("single_pitch", "es", "Begoña Lasarte Etxeberria", "Consultora | Certificación ISO 9001 y UNE 158101", "Bilbao",
  ("msg", "Hola Alex, veo que vuestro grupo no para de crecer. ¿Tenéis ya la certificación UNE 158101 de gestión de centros residenciales? "
          "Os acompañamos en todo el proceso con tarifa cerrada. Si quieres te envío presupuesto."))
P("single_pitch", "es", "Marc Ferrer Bosch", "Comercial | Mobiliari geriàtric i llits articulats", "Terrassa",
  ("msg", "Hola Alex! Tenim llits articulats amb barana partida i alçada variable a preu de fàbrica per a obertures de centres. He vist que "
          "obriu a Sant Cugat: et puc passar catàleg i pressupost?"))
P("single_pitch", "es", "Ben Hargreaves", "Managing Director | SafeMeds Pharmacy Services", "Birmingham",
  ("msg", "Alex, quick one: we run monitored dosage systems and e-MAR for care groups and we're entering Spain this year. Could we get 30 mins "
          "with you to walk through pricing for your homes?"), nl="en")


# =============================================================== connection_brings_value
P("connection_brings_value", "es", "Carmen Doval Rial", "Directora | Residencia A Solaina (Lugo)", "Lugo",
  ("msg", "Alex, como hablamos en la reunión de la asociación, te paso nuestro protocolo de ola de calor actualizado (hidratación por turnos, "
          "registro de temperaturas por planta). Úsalo como quieras, y si lo mejoras, me lo devuelves 😉"),
  ("msg", "Por certo, la Xunta abre el lunes la convocatoria de ayudas para equipamiento de centros y el plazo es de solo 15 días. Te aviso "
          "por si no os llegó."))
P("connection_brings_value", "es", "Jordi Montané Vila", "Director | Residència Sant Jaume (Vic)", "Vic",
  ("end",),
  ("msg", "Alex, t'he validat perquè t'ho vas guanyar amb la xerrada de Vic 🙂 Per cert, la infermera que va dissenyar el nostre circuit de "
          "disfàgia està encantada d'explicar-lo al teu equip de Girona. Et passo el seu contacte?"))
P("connection_brings_value", "en", "Siobhan Kelly", "Head of Quality | Larchfield Care Group", "Dublin",
  ("msg", "Alex, following our chat at the conference in Brussels, here's the link to our staff-retention toolkit (free, Creative Commons). "
          "The exit-interview template is what made the difference for us. Happy to do a call with your HR lead if that helps."))
P("connection_brings_value", "es", "Maite Olivares Crespo", "Jefa de servicio | Dirección General de Atención al Mayor, Comunidad de Madrid", "Madrid",
  ("msg", "Buenos días, Alex. Le informo de que la próxima semana publicamos la guía de aplicación de los nuevos requisitos de personal. El día 18 "
          "habrá una sesión informativa gratuita para directores en la sede de la Consejería; si quiere, le reservo dos plazas."))
P("connection_brings_value", "es", "Hugo Seoane Porto", "Enfermero de práctica avanzada en residencias | Área sanitaria de Vigo", "Vigo",
  ("msg", "Ola Alex, soy el enfermero de práctica avanzada que lleva las residencias del área de Vigo. En marzo hacemos talleres de prevención "
          "de úlceras por presión para gerocultores, gratis y en el propio centro. ¿Te apunto la residencia de Vigo?"),
  ("msg", "Feito! Quedamos el martes 12 a las 16:00 en vuestra residencia. Llevo los colchones de demostración y material para 20 personas.", (4, 12)))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "es", "Elena Castro Varela", "Headhunter | Dirección en el sector sociosanitario", "Madrid",
  ("inm", "Dirección de Operaciones – grupo residencial (confidencial)", "Buenos días, Alex. Llevo la búsqueda de un/a Director/a de Operaciones "
          "para un grupo de 24 residencias con sede en Madrid: posición indefinida, reporte al CEO, 110-130k + variable. Su trayectoria "
          "multisede encaja muy bien. ¿Tendría 15 minutos para una conversación confidencial?"))
P("stranger_inmail_recruiter", "en", "James Whitmore", "Talent Partner | Brightwater Senior Living", "London",
  ("inm", "Country Director, Spain", "Hi Alex, I'm the in-house talent partner at Brightwater Senior Living. We're opening our first four homes "
          "in Spain and are hiring a Country Director based in Madrid. I'm not an agency and there's no fee involved. Would you be open to "
          "hearing more?"))
P("stranger_inmail_recruiter", "es", "Noelia Paz Seoane", "Responsable de selección | Fundación Mayores do Miño", "Ourense",
  ("inm", "Gerente de área – Ourense", "Hola Alex, soy la responsable de selección de la Fundación Mayores do Miño. Buscamos gerente para nuestras "
          "cinco residencias de Ourense, contrato indefinido. Te escribo directamente porque varios directores de la zona nos han dado tu "
          "nombre. ¿Te interesaría saber más?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "es", "Rubén Calvo Jurado", "Director de expansión | LimpiaPro Servicios", "Getafe",
  ("inm", "Limpieza de centros sociosanitarios", "Estimado Sr. Morgan: somos una empresa de limpieza especializada en centros sociosanitarios, "
          "con protocolo de control de legionela y personal propio. Le propongo una visita técnica gratuita para presupuestar sus centros de Madrid."),
  ("inm", "Seguimiento visita técnica", "Sr. Morgan, le escribo de nuevo por si no vio mi mensaje. Esta semana tenemos técnicos por Alcalá y "
          "Getafe. ¿Le vendría bien el jueves por la mañana?"))
P("stranger_inmail_sales", "en", "Ashley Burke", "Founder | SeniorLeads", "Manchester",
  ("inm", "Fill your empty beds", "Hi Alex, we run paid campaigns that put your homes in front of adult children searching for residential care. "
          "Clients average 9 new enquiries a week. Can I show you a quick case study from a group in Valencia?"))
P("stranger_inmail_sales", "es", "Sandra Fuentes Iglesias", "Directora comercial | Academia Gerión, formación online", "Sevilla",
  ("inm", "Cursos para gerocultores", "Hola Alex! Te escribo desde Academia Gerión: cursos online de atención a personas dependientes para tu "
          "plantilla, 49 € por alumno con certificado. Si apuntas a más de 20, precio especial. ¿Te mando el catálogo?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "es", "Pau Giménez Serra", "Director d'innovació | Grup Residencial Maresme", "Mataró",
  ("inv", "Bon dia Alex, a dues residències hem provat un sistema de torns que ens ha reduït l'absentisme a la meitat. Estem preparant un "
          "document per compartir-lo amb altres grups, sense cap cost. T'interessa?"),
  ("msg", "Aquí tens el document dels torns, amb les plantilles d'Excel. Qualsevol dubte, truca'm i ho mirem."),
  ("msg", "Alex, una cosa: l'eina que fem servir per planificar els torns ara la comercialitzem nosaltres. 350 € al mes per centre, i als que ja "
          "teniu el document us fem un 20 %. Fem una trucada?", (15, 40)))
P("good_turns_ugly", "es", "Nieves Arias Couto", "Formadora | Centro de Formación Sociosanitaria Atlántico", "Vigo",
  ("inv", "Hola Alex, en el centro tenemos 15 plazas gratuitas, financiadas por la Xunta, en el curso de atención a personas con demencia para "
          "trabajadores del sector. Si quieres, se las ofrecemos a tu plantilla de Galicia."),
  ("msg", "¡Ya tenemos inscritas a seis de tus gerocultoras! Te paso el calendario de sesiones y el horario de prácticas."),
  ("end",),
  ("msg", "Hola Alex! Te he validado en {skill}. ¿Me devuelves el favor con Formación y Docencia? Estoy poniendo el perfil al día para unas "
          "oposiciones 🙏"))
P("good_turns_ugly", "en", "Graham Sutcliffe", "Care home owner (retired) | Writer on staffing models", "York",
  ("inv", "Alex, I ran three homes in Yorkshire for 25 years and now write about staffing models. Happy to share the rota benchmarks I "
          "collected from 40 homes, free, if they're useful for your group in Spain."),
  ("msg", "Here are the benchmarks as promised. The night-ratio tab is probably the most relevant one for you."),
  ("msg", "Alex, by the way, I now advise a fund that is buying mid-size care groups in Spain. If you'd ever consider selling, I can set up an "
          "introduction; my success fee is 2%. Shall we have a call?", (20, 45)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "es", "Raquel Sandoval Ortiz", "Comercial | Enfermeras Ya ETT", "Madrid",
  ("inm", "Cobertura de enfermería", "Buenas, Alex. Somos Enfermeras Ya: cubrimos bajas de enfermería en residencias en 24-48 horas, con "
          "enfermeras colegiadas y seguro incluido. ¿Le puedo enviar nuestras tarifas por turno?"),
  ("inv", "Hola Alex, vi tu intervención en el congreso de geriatría de Madrid y me pareció muy acertada. Me encantaría tenerte en mi red."))
P("reinvite_known_bad", "es", "Tomás Arribas Cano", "Consultor de ventas | Sector senior", "Madrid",
  ("inv", DEFAULT),
  ("inv", "Hola Alex, coincidimos en la feria de residencias de IFEMA. ¿Conectamos?"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "es", "Fabián Corral Muñiz", "CEO | ResiGest Software", "Valladolid",
  ("inv", "Hola Alex, ¿tenéis ya digitalizado el PAI y la medicación? Te enseño ResiGest en 15 minutos."),
  ("inm", "Qué manera de trabajar", "Alex, te invité hace un mes y ni caso. Luego os extraña que el sector vaya veinte años por detrás. Con "
          "directores así no me sorprende nada lo que sale en las noticias.", (20, 40)),
  ("inv", "Hola Alex, empecemos de cero: me gustaría compartir contigo nuestro estudio sobre errores de medicación en residencias. Es gratuito."))
P("reinvite_known_ugly", "en", "Helen Castellano", "Founder | Ageing Well Network", "London",
  ("inm", "Invitation: Ageing Well peer circle", "Hi Alex, I host a small peer circle for care home operators in southern Europe. Monthly calls, "
          "no vendors, just people who run homes. Would you like to join?"),
  ("inm", "Ageing Well – membership", "Lovely to hear you're keen, Alex. Circle membership is €390 a month per operator and includes our "
          "benchmarking dashboard. Shall I send the agreement over?"),
  ("inv", "Hi Alex, it would be great to stay connected here. Lots of our members are in Spain now."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "es", "Iolanda Grau Ferrer", "Product Manager | CuraLink Telemedicina", "Barcelona",
  ("acc",),
  ("msg", "Gràcies per acceptar, Alex! Com et vaig comentar a la fira, la nostra teleconsulta geriàtrica costa 6 € per resident i mes. Et faig "
          "arribar una proposta per a les residències de Catalunya?"))
P("user_invited_pitch_once", "en", "Mark Jennings", "Regional Manager Iberia | HygieneWorks", "Madrid",
  ("acc",),
  ("msg", "Thanks for adding me, Alex. Since you mentioned the infection-control audit, our hand-hygiene compliance system might be worth a look. "
          "Pricing is per dispenser. Shall I send over a quote?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "es", "Alberto Nieto Fraile", "Gerente | Catering Sociosanitario Castilla", "Segovia",
  ("acc",),
  ("msg", "Gracias por aceptar, Alex. Como te dije en la jornada, podemos llevar la cocina de vuestras residencias de Madrid: menús "
          "texturizados, dietista propia y precio por menú desde 7,80 €. ¿Te preparo propuesta?"),
  ("msg", "Alex, te adjunto la propuesta con precio por menú cerrado para todo el año que viene. ¿Cuándo la vemos con tu gerente?"))
P("user_invited_pitch_twice", "en", "Sophie Langley", "Partner | Langley & Moss Care Consulting", "London",
  ("acc",),
  ("msg", "Great to connect after the panel, Alex. We help operators get ready for inspections: mock inspections from €2,400 per home. Could "
          "I send you a proposal?"),
  ("msg", "Hi Alex, circling back: we have two inspectors free in October for Madrid. Want me to hold the dates?"))


# =============================================================== user_invited_value
P("user_invited_value", "es", "Teresa Lamas Bouzas", "Geriatra | Hospital Álvaro Cunqueiro", "Vigo",
  ("acc",),
  ("msg", "Grazas pola invitación, Alex. Como quedamos, te envío el documento de consenso sobre deprescripción en residencias que hicimos con "
          "Atención Primaria. Si os sirve, podemos hacer una sesión online con vuestros médicos, sin coste."))
P("user_invited_value", "es", "Ricard Pons Vilaró", "Director | Residència La Ginesta (Girona)", "Girona",
  ("acc",),
  ("msg", "Gràcies per la invitació, Alex! Et passo el pla de contingència de grip que em vas demanar, amb els fulls de control. I si voleu "
          "venir a veure com fem els àpats a les unitats de convivència, esteu convidats quan vulgueu."))
P("user_invited_value", "en", "Ana Lopes", "Researcher, long-term care workforce | Universidade de Lisboa", "Lisboa",
  ("acc",),
  ("msg", "Thanks for connecting, Alex. As promised, here's our open dataset on care-worker turnover in Iberian homes (2019-2024). If you'd like "
          "your group's anonymised figures in the next wave, taking part is free and you'd get the full comparison."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Lorena Sáez Gómez", "Directora de enfermería | Hospital Universitario de Getafe", "Getafe", ("acc",))
P("acceptance_only", "es", "Adrià Vilanova Pujol", "Gerent | Consorci Sociosanitari d'Igualada", "Igualada", ("acc",))
P("lone_endorsement", "es", "Manuela Couceiro Vázquez", "Gerocultora | Residencia de mayores", "Lugo", ("end",))
P("lone_endorsement", "en", "Paul Keane", "Operations Manager | Larchfield Care Group", "Cork", ("end",))


# ------------------------------------------------------------------------- checks
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))
assert len({_p[2] for _p in PEOPLE}) == len(PEOPLE)

# Layout eras: most stories are current; a few with timeless notes keep the 2016 layout.
OLD = {"Iván Carrasco Molina", "Tom Whitaker", "Óscar Villanueva Prieto", "Marc Ferrer Bosch", "Xurxo Pena Vilar", "Ángel Moreno Tapia",
       "Cristian Ledesma Pozo", "Carmen Doval Rial", "Tomás Arribas Cano", "Begoña Lasarte Etxeberria", "Gonzalo Peralta Ruiz",
       "Yolanda Ferreiro Dopazo", "Jordi Montané Vila", "Ricard Pons Vilaró", "Manuela Couceiro Vázquez", "Lorena Sáez Gómez"}
ERAS = {_p[2]: ("2016" if _p[2] in OLD else "cur") for _p in PEOPLE}


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Uxía Barreiro", "direccion@oscarballos.example.gal", "Acreditación sen sujecións",
     "Ola Alex,\n\nmandeiche unha solicitude por LinkedIn, pero por se acaso escríboche tamén por aquí. Estamos coa acreditación de centro "
     "libre de sujeciones e gustaríame saber como organizastes a formación de noite.\n\nUn saúdo,\nUxía", "es"),
    ("Secretaría Xeral - Política Social", "inspeccion.politicasocial@xunta.example.gal", "Xornada informativa: novo decreto de autorización de centros",
     "Estimado/a director/a:\n\nLe remitimos el programa de la jornada del 14 de noviembre. La difusión se hará también a través del perfil "
     "de LinkedIn de la Consellería. Inscripción gratuita en el enlace adjunto.", "es"),
    ("Cuidalia ETT", "comercial@cuidalia-ett.example", "Cobertura de bajas este verano",
     "Hola Alex,\n\nte escribí por LinkedIn hace unas semanas. Te recuerdo que cubrimos bajas de gerocultores en menos de 4 horas. "
     "¿Te paso tarifas?\n\nCristian", "es"),
    ("RRHH Grupo Example Residencias", "rrhh@example-residencias.example", "Candidaturas que llegan por LinkedIn",
     "Hola a todos,\n\nsi os escriben candidatas o candidatos por LinkedIn, por favor reenviadlos a este buzón para que queden registrados "
     "en el proceso de selección. Gracias.\n\nRRHH", "es"),
    ("Montse Oliver", "montse.oliver@example-residencias.example", "Fwd: invitació de LinkedIn",
     "Alex, em va arribar això per LinkedIn, el coneixes? Diu que fa un fòrum de directors però no sé...\n\n---------- Missatge reenviat ----------\n"
     "De: Damián Rey Fontán via LinkedIn <invitations@linkedin.com>\nAssumpte: Quiero conectar\n\nOla Montse! Estamos juntando un foro de "
     "directores de residencias...", "es"),
    ("FormaPlus Empresas", "info@formaplus.example", "Tu crédito FUNDAE caduca el 31 de diciembre",
     "Hola Alex,\n\nvimos tu perfil en LinkedIn. Tu empresa tiene crédito de formación sin usar. Nosotros lo gestionamos sin coste: "
     "solo necesitamos el CIF.", "es"),
    ("Congreso Nacional de Residencias", "info@congresoresidencias.example", "Programa definitivo y acreditaciones",
     "Ya puedes descargar el programa definitivo. Síguenos en LinkedIn para conocer a los ponentes de cada mesa.", "es"),
    ("Aurora Benítez", "aurora.benitez@example.com", "Taller para el turno de tarde",
     "Hola Alex,\n\nte envié una invitación por LinkedIn, pero te escribo también por correo. El taller sobre agitación dura una hora y "
     "podemos hacerlo en la sala de actividades. Dime qué día os viene mejor.\n\nAurora", "es"),
    ("InfoJobs", "noreply@infojobs.example", "Tu oferta «Gerocultor/a – Lugo» tiene 34 candidaturas nuevas",
     "Tu oferta ha recibido 34 candidaturas nuevas. Consejo: enlaza la oferta desde la página de LinkedIn de tu empresa para llegar a más personas.", "es"),
    ("Long-Term Care Leaders Europe", "newsletter@ltcleaders.example", "This month: staffing ratios across Europe",
     "Our monthly digest: night ratios in Spain, Ireland and the Netherlands compared. Join the discussion in our LinkedIn group.", "en"),
    ("Graham Sutcliffe", "graham.sutcliffe@example.co.uk", "Rota benchmarks",
     "Alex,\n\nI sent the file through LinkedIn as well, but attachments there are fiddly. Benchmarks attached; the night-ratio tab is the "
     "one you want.\n\nGraham", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot seventy-third development corpus (dev73). Generated by scripts/make_corpus_dev73.py (seed {SEED}); do not edit by hand.",
          "# Alex directs a group of care homes in Madrid, Galicia and Catalonia: staffing agencies, medical and hygiene suppliers, care "
          "software, training centres (free and paid), residents' families, peer directors, regional officials, job applicants; Spanish "
          "(usted and tú) with Galician and Catalan, and English. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev73", SEED, PEOPLE, FOREIGN, spoofs=12, other=14, header=HEADER, eras=ERAS)
