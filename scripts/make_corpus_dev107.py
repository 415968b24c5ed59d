#!/usr/bin/env python3
"""Write mailbot's dev107 corpus: tests/corpus/dev107/*.eml + expected.toml.

The angle: the user Alex heads purchasing at a public hospital group with hospitals in Seville
and Valencia. Their LinkedIn world: medical-device and pharma suppliers trying to get in before
the specifications close, public-tender consultants and lawyers, logistics operators and
warehouse-software sellers, staffing agencies, nursing and medical staff of their own hospitals
sharing evaluation data, biomedical engineers, hospital pharmacists, professional associations
and academies offering free sessions with continuing-education credits, peer buyers at other
public hospitals (Córdoba, Jaén, Castellón, Scotland, Ireland, Kraków) asking how a framework
agreement or a lot split was done, headhunters with real director roles, and wealth managers.
The notes mix Andalusian Spanish (quillo, ustedes with vosotros verbs, dropped letters) and
Valencian Spanish (bon dia, vinga, fins prompte), a few notes written wholly in Valencian,
formal usted and casual tú, and English from international suppliers and peers.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient headline, the job-alert and
other LinkedIn titles, the spoof-only names and headlines and the lures that spoofs carry are
swapped for this world in this process only (make_corpus.py itself is not changed). Every note
was written from shared/taxonomy.md alone, without reading mailbot's signals, judge or wording,
or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev107.py              # writes tests/corpus/dev107
    python scripts/make_corpus_dev107.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260107

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ hospital purchasing world (this process only)
SKILLS = {
    "es": ["Compras", "Contratación pública", "Negociación", "Gestión de la cadena de suministro", "Logística hospitalaria", "Licitaciones"],
    "en": ["Procurement", "Public Procurement", "Negotiation", "Supply Chain Management", "Strategic Sourcing", "Healthcare Management"],
    "de": ["Einkauf", "Öffentliche Vergabe", "Verhandlung", "Supply Chain Management", "Krankenhauslogistik"],
    "fr": ["Achats", "Marchés publics", "Négociation", "Gestion de la chaîne logistique", "Logistique hospitalière"],
    "it": ["Acquisti", "Appalti pubblici", "Negoziazione", "Supply chain", "Logistica ospedaliera"],
}
RHEADLINE = {
    "es": "Jefatura de Compras y Contratación en Consorcio Hospitalario Público Sur y Levante",
    "en": "Head of Purchasing at Consorcio Hospitalario Público Sur y Levante",
    "de": "Leitung Einkauf bei Consorcio Hospitalario Público Sur y Levante",
    "fr": "Responsable des achats chez Consorcio Hospitalario Público Sur y Levante",
    "it": "Responsabile acquisti presso Consorcio Hospitalario Público Sur y Levante",
}
for _l in SKILLS:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE[_l]

# Alex's LinkedIn is set to Spanish, sometimes English: other mail and spoof-only names use these.
mc.LANGS[:] = ["es", "en", "es", "es", "en"]
mc.CITY["es"] = ["Sevilla", "Valencia", "Málaga", "Córdoba", "Alicante", "Jerez de la Frontera", "Castelló de la Plana", "Huelva"]
mc.NAMES["es"] = (["Manuel", "Rocío", "Vicent", "Amparo", "Macarena", "Josep", "Inmaculada", "Francisco", "Empar", "Rafael", "Consuelo", "Toni",
                   "Reyes", "Llorenç", "Milagros", "Fermín"],
                  ["Caballero", "Sanchis", "Romero", "Tormo", "Barrera", "Llopis", "Moreno", "Gisbert", "Naranjo", "Cervera", "Lobato", "Alabau",
                   "Benjumea", "Montesinos"])
mc.JOBS[:] = [("Director/a de Compras", "Grupo Sanitario Bética"), ("Head of Procurement – Healthcare", "Meridian Health Partners"),
              ("Responsable de Aprovisionamiento", "Consorci Sanitari de la Ribera"), ("Category Manager Medical Devices", "Arcwise Pharma"),
              ("Jefe/a de Logística Hospitalaria", "Plataforma Logística Sanitaria Sur")]
mc.COMPANIES["good"] = ["Hospital Universitario de Córdoba", "Consorci Hospitalari de Castelló", "Hospital Santa Justa", "Universidad de Sevilla",
                        "Universitat de València", "Plataforma Logística Sanitaria Sur", "Hospital de la Plana"]
mc.COMPANIES["sales"] = ["Medivant Ibérica", "SurgiStock", "ColdTrack", "Licitaplus", "StaffMed", "Ortovant", "DiagLev", "SterilPack"]
mc.HEADLINES["good"] = ["Jefa de Compras en {co}", "Supervisor de Enfermería | {co}", "Farmacéutico de hospital en {co}", "Técnico de contratación | {co}",
                        "Head of Procurement at {co}", "Ingeniera biomédica | {co}"]
mc.HEADLINES["sales"] = ["Key Account Manager Hospitales | {co}", "Delegado comercial · {co}", "Business Development Public Sector at {co}",
                         "Sales Director Iberia | {co}", "Consultor de licitaciones en {co}"]
retitle_other({
    "es": {"job": ("{n} empleos nuevos de «jefe de compras»", "Tu alerta de empleo de jefe de compras en {city}"),
           "news": "¿Vuelven los hospitales a hacer acopio? Lo que aprendieron las compras con la escasez",
           "group": "Conversaciones destacadas en Compras y Logística Sanitaria",
           "newsletter": "Mesa de contratación: dividir en lotes sin morir en el intento"},
    "en": {"job": ("{n} new jobs for \"head of procurement\"", "Your job alert for head of procurement in {city}"),
           "news": "Hospitals are stockpiling again: what buyers learned from the shortages",
           "group": "Top conversations in Healthcare Procurement & Supply Chain",
           "newsletter": "The Tender Desk: lots, lots and more lots"},
})
SPOOF_LURES = {
    "es": ["Estimado/a Alex, le remitimos la documentación del expediente de suministro 2025/SU/0342. Acceda con su cuenta para descargar los pliegos firmados.",
           "Hola Alex, te he compartido la factura pendiente del pedido de material fungible de marzo. Inicia sesión para verla antes del viernes."],
    "en": ["Dear Alex, the tender documents for lot 3 (infusion consumables) have been shared with you. Sign in to download the signed specifications.",
           "Hi Alex, I've sent over the overdue invoice for last month's delivery of dressings. Log in to review it before Friday."],
    "de": ["Sehr geehrte/r Alex, die Vergabeunterlagen für Los 3 wurden für Sie freigegeben. Bitte melden Sie sich an, um sie herunterzuladen."],
    "fr": ["Bonjour Alex, les pièces du marché pour le lot 3 ont été partagées avec vous. Connectez-vous pour les télécharger."],
    "it": ["Gentile Alex, la documentazione di gara per il lotto 3 è stata condivisa con lei. Acceda per scaricarla."],
}
for _l, _n in SPOOF_LURES.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
mc.INMAIL_SUBJECTS["es"]["sales"] = ["Pliegos firmados – expediente 2025/SU/0342", "Factura pendiente", "Documentación de la licitación"]
mc.INMAIL_SUBJECTS["en"]["sales"] = ["Tender documents shared with you", "Overdue invoice", "Signed specifications - lot 3"]

PEOPLE: list[tuple] = []
P = adder(PEOPLE)
# Layout era per person: "2016" only where nothing in the notes dates the story (no LCSP 2017,
# MDR, EUDAMED, AI, post-pandemic stock, biosimilar adalimumab and so on).
ERAS: dict[str, str] = {}
OLD = {"Francisco Javier Marín Pozo", "Kieran Walsh", "José Manuel Pérez del Pino", "Rosario Pavón Sáez", "Raquel Serrano Pons",
       "Lucía Ortega Perea", "Steve Maddox", "Sergio Villalba Reina"}


# =============================================================== good_invitation
P("good_invitation", "es", "Reyes Caballero Morillo", "Jefa de Servicio de Suministros | Hospital Universitario de Córdoba", "Córdoba",
  ("inv", "Hola Alex, soy Reyes, llevo suministros en un hospital de Córdoba. Estamos con el acuerdo marco de absorbentes de incontinencia y vi que "
          "vosotros lo licitasteis con lotes por talla. ¿Te puedo robar diez minutos para preguntarte cómo os fue con las muestras? Gracias!!"),
  ("rem",))
P("good_invitation", "es", "Vicent Llopis Sanchis", "Secretari tècnic | Associació Valenciana de Gestors Sanitaris", "València",
  ("inv", "Bon dia Alex! El 14 de març fem una jornada gratuïta sobre compra pública d'innovació a l'hospital, acreditada amb 0,9 crèdits de "
          "formació continuada. Ens agradaria molt que vinguéreu tu i el teu equip. Una abraçada!"))
P("good_invitation", "en", "Fiona Gallacher", "Category Lead, Orthopaedics | NHS National Procurement (Scotland)", "Glasgow",
  ("inv", "Hi Alex, I run the orthopaedic implants category for the Scottish health boards. We're comparing how European public buyers handle "
          "consignment stock for hip and knee sets. Fancy a 30-min swap of notes? Happy to share our data and templates in return."),
  ("rem",))
P("good_invitation", "es", "Marta Benjumea Rivas", "Socia | Benjumea & Asociados · Búsqueda de directivos en salud", "Sevilla",
  ("inv", "Buenas tardes, Alex. Llevo en exclusiva la búsqueda de Director/a de Compras para un grupo hospitalario privado con once centros en "
          "Andalucía: comité de dirección, base en Sevilla. Creo que su perfil encaja. ¿Lo hablamos con total discreción?"))
P("good_invitation", "es", "Juan Antonio Ojeda Lobato", "Supervisor de Enfermería · Bloque Quirúrgico | Hospital Santa Justa", "Sevilla",
  ("inv", "Alex, buenas. Soy Juanan, supervisor del bloque quirúrgico de Santa Justa. Te agrego pa mandarte las incidencias que hemos ido "
          "apuntando con los trócares actuales antes de que se reúna la comisión de evaluación. Son unas 40 fichas, ya ordenadas. Un saludo!"),
  ("rem",))
P("good_invitation", "en", "Henrik Aalto", "Programme Director | Nordic-Iberian Public Procurement Academy", "Helsinki",
  ("inv", "Hello Alex, we run a free online programme on the EU procurement directives for healthcare buyers: six evening sessions, 12 CIPS "
          "CPD hours. Amparo Tormo from Castellón took it last spring and suggested you. Next cohort starts 3 Feb; shall I send the syllabus?"))


# =============================================================== default_invitation
P("default_invitation", "es", "Francisco Javier Marín Pozo", "Delegado comercial Andalucía | Material sanitario de un solo uso", "Sevilla",
  ("inv", DEFAULT), ("rem",))
P("default_invitation", "es", "Laura Climent Orts", "Key Account Manager Hospitales · Zona Levante", "Valencia", ("inv", NONOTE))
P("default_invitation", "en", "Derek Hollis", "Regional Sales Manager EMEA | Infusion & Vascular Access", "Leeds", ("inv", DEFAULT))
P("default_invitation", "es", "Encarnación Rosales Vera", "Técnica de operaciones | Operador logístico farmacéutico", "Dos Hermanas",
  ("inv", NONOTE), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "es", "Álvaro Pineda Soto", "Account Manager Sector Público | Medivant Ibérica", "Sevilla",
  ("inv", "Buenos días, Alex. Sé que este año renuevan el contrato de bombas de infusión. Me gustaría presentarle nuestra plataforma con "
          "biblioteca de fármacos centralizada antes de que cierren los pliegos técnicos. ¿Le viene bien un café en Sevilla la semana que viene?"))
P("sales_invitation", "es", "Noelia Esteve Gil", "Business Development | Licitaplus · consultoría para órganos de contratación", "Alicante",
  ("inv", "Hola Alex! Con Licitaplus los hospitales públicos preparan los expedientes en la mitad de tiempo: plantillas de pliegos revisadas "
          "por juristas y apoyo en las mesas de contratación. ¿Te va bien una videollamada de 20 min y te lo enseño?"))
P("sales_invitation", "en", "Ryan Mulcahy", "Sales Director, Southern Europe | ColdTrack IoT", "Cork",
  ("inv", "Hi Alex, your group runs hospital pharmacy across two regions, so cold chain must be a headache. ColdTrack logs every fridge and "
          "shipment in real time and alerts on excursions. We've 5 free pilot slots for Spanish public hospitals - open to a quick demo?"))
P("sales_invitation", "es", "Inmaculada Lozano Peña", "Consultora de cuentas | StaffMed · Enfermería y TCAE temporal", "Málaga",
  ("inv", "Buenas, Alex: de cara al verano tenemos enfermeras y TCAE disponibles para cubrir vacaciones en Sevilla y Valencia, incorporación "
          "en 48 h. ¿Quién lleva en su organización la contratación de servicios de personal? Me gustaría hacerle llegar tarifas."))
P("sales_invitation", "es", "Carles Bataller Tur", "Gerent | Bataller Logística Sanitària", "Paterna",
  ("inv", "Bon dia Alex, som operador logístic especialitzat en hospitals: magatzem, reposició per doble caixa i transport a planta. Ens "
          "agradaria presentar-vos una proposta per a l'hospital de València. Quan et va bé una reunió? Gràcies!"),
  ("rem",))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "es", "Rafael Aguilera Pozo", "Consultor en contratación sanitaria | 14 años en compras del SAS", "Sevilla",
  ("inv", "Alex, estuve catorce años en compras del SAS y estoy juntando a jefes de compras de hospitales públicos para intercambiar pliegos y "
          "criterios: sin ánimo de lucro, un café al trimestre y un grupo de WhatsApp. ¿Te sumas?"),
  ("msg", "¡Bienvenido, Alex! Te explico cómo funciona: el grupo se sostiene con la suscripción a nuestra herramienta de redacción de pliegos, "
          "PliegoPro (4.800 €/año por centro), y los miembros tenéis un 20 % de descuento. ¿Te preparo propuesta para Sevilla y Valencia? "
          "Cabe en un contrato menor, eso tú lo sabes mejor que yo 😉", (5, 20)),
  ("msg", "Alex, ¿pudiste echarle un ojo? Antes de diciembre nos quedan tres licencias a precio de grupo y me gustaría guardarte una.", (7, 20)))
P("bait_and_switch_invitation", "en", "Graham Whitlock", "Founder, Hospital Procurement Leaders Circle", "London",
  ("inv", "Alex, let's connect as fellow healthcare procurement leaders. I host a small invite-only circle of public hospital buyers across "
          "Europe: quarterly calls, Chatham House rules, no vendors in the room. Would love you to join us."),
  ("msg", "Welcome to the circle! Before our next call: our partner SpendLens gives members a complimentary spend-cube diagnostic, which rolls "
          "into a 12-month analytics licence at €38k. Could I book you and your finance lead in for a walkthrough - Tuesday or Thursday?", (3, 15)))
P("bait_and_switch_invitation", "es", "Esperanza Mena Rueda", "Regulatory Affairs | Productos sanitarios y MDR", "Madrid",
  ("inv", "Hola Alex, hemos preparado una guía gratuita de 40 páginas sobre qué pedir a los proveedores de productos sanitarios con el MDR: "
          "certificados, UDI, EUDAMED. Si conectamos te la envío por aquí, sin más."),
  ("msg", "Te la dejo en este enlace: uditrack.example/guia-mdr. Y ya que estamos: nuestra plataforma UDITrack comprueba automáticamente los "
          "certificados y el UDI de cada albarán, ya la usan dos hospitales de Madrid. ¿Te encaja una demo de 30 minutos con tu equipo de almacén?", (1, 5)))
P("bait_and_switch_invitation", "es", "Vicenta Gisbert Ferri", "Desarrollo de Negocio | Hub logístico sanitario Riba-roja", "Riba-roja de Túria",
  ("inv", "Hola Alex! El día 22 hacemos jornada de puertas abiertas en nuestro hub de Riba-roja: cómo trabajamos la cadena de frío del "
          "medicamento hospitalario, visita guiada y almuerzo. Gratis, vienen también compañeros del Clínico y del General. ¿Te apuntas?"),
  ("msg", "Gracias por venir el jueves, Alex, fue un gusto. Como hablamos en la visita, podemos asumir el almacén general del hospital de "
          "Valencia y la distribución a los centros de salud. Te adjunto propuesta con tarifa por línea de pedido. ¿La vemos con tu equipo "
          "antes de que saquéis la consulta preliminar al mercado?", (10, 25)),
  ("msg", "Alex, ¿has podido mirar la propuesta? Si firmamos antes de junio mantenemos las tarifas de este año. Fins prompte!", (7, 20)))
P("bait_and_switch_invitation", "es", "Tomás Gallardo Ríos", "Doctorando en contratación pública sostenible | Universidad de Sevilla", "Sevilla",
  ("inv", "Estimado Alex: preparo mi tesis sobre criterios ambientales en licitaciones hospitalarias. ¿Me permitiría hacerle tres preguntas "
          "breves sobre cómo ponderan la huella de carbono en sus pliegos? Le citaría de forma anónima. Muchas gracias."),
  ("msg", "Muchísimas gracias por sus respuestas, me han sido muy útiles. Le cuento además que colaboro con EcoScore Salud: calculamos la huella "
          "de carbono de las ofertas de los licitadores y emitimos el informe para la mesa. Tenemos una tarifa especial para hospitales públicos. "
          "¿Le haría una presentación online?", (4, 12)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "es", "Beatriz Cano Domínguez", "Investigadora | Observatorio de Compra Pública Sanitaria", "Madrid",
  ("inm", "Cuestionario sobre compra pública de innovación", "Buenos días, Alex. Desde el Observatorio preparamos un informe sobre cómo los "
          "hospitales públicos abordan la compra pública de innovación. ¿Le importaría contestar un cuestionario de diez minutos? Los resultados "
          "se comparten con todos los participantes.\n\nUn saludo cordial,\nBeatriz"),
  ("inm", "Avance de resultados (y una propuesta)", "Gracias por participar, Alex. Le adjunto el avance de resultados. Aprovecho para contarle que "
          "el Observatorio es una iniciativa de Innovaproc, consultora que acompaña a hospitales en todo el proceso de CPI: por 18.000 € le "
          "dejamos la consulta preliminar al mercado preparada llave en mano. ¿Hablamos el martes?", (6, 20)))
P("bait_and_switch_inmail", "es", "Nathan Cole", "Senior Analyst | EuroHealth Procurement Benchmark", "London",
  ("inm", "Your input for our 2026 benchmark", "Hi Alex, we're compiling a benchmark of tender cycle times across public hospitals in Spain, Italy "
          "and Portugal. Your view as a head of purchasing would be really valuable: one 15-minute call, fully anonymised, and you'd get the full "
          "report free of charge."),
  ("inm", "Benchmark follow-up", "Thanks again for the call, Alex. As I mentioned, the benchmark is sponsored by TenderFlow, our e-procurement "
          "suite, and from what you told me about 9-month cycles I'm confident we could cut that in half. Could I get 30 minutes with you and "
          "your IT lead next week?"),
  ("inm", "Re: Benchmark follow-up", "Hi Alex, circling back. Our pricing window for public bodies closes at quarter end - happy to send a "
          "draft order form so you can see the numbers.", (5, 15)), nl="en")
P("bait_and_switch_inmail", "es", "Manuel Jesús Barrera Gil", "Técnico de contratación · consultor energético", "Jerez de la Frontera",
  ("inm", "Pregunta de un colega de Jerez", "Alex, buenas tardes. No sé si te acuerdas, coincidimos en el curso del INAP sobre la LCSP. Tengo que "
          "licitar el suministro eléctrico de mi ayuntamiento y me dicen que lo vuestro con los hospitales salió muy bien. ¿Cómo planteasteis "
          "los lotes y la fórmula de precio? Te lo agradecería un montón."),
  ("inm", "Gracias, y una cosa más", "Muchas gracias por contestarme tan rápido, de verdad. Te confieso que ahora también trabajo con una "
          "empresa de servicios energéticos y creo que con un contrato de rendimiento energético vuestros hospitales ahorrarían un 25 % en "
          "climatización. ¿Te presento la propuesta en Sevilla un día de estos?", (4, 14)))


# =============================================================== endorse_me_back
P("endorse_me_back", "es", "Rocío Marín Vela", "Delegada comercial | Suturas y hemostáticos", "Sevilla",
  ("end",), ("end",),
  ("msg", "¡Hola Alex! Te he validado {skill} y Negociación, que con nosotros te lo has ganado jajaja. ¿Me devuelves el favor con «Venta "
          "consultiva» y «Productos sanitarios»? Estoy poniendo el perfil al día. ¡Mil gracias!"))
P("endorse_me_back", "en", "Kieran Walsh", "Healthcare Logistics Consultant | Lean warehousing", "Dublin",
  ("end",),
  ("msg", "Alex! Endorsed you for {skill}, well earned after the warehouse redesign. Would you mind returning the favour for Lean Logistics "
          "and Inventory Management? I'm pulling together a bid and every bit of credibility helps. Cheers."))
P("endorse_me_back", "es", "José Manuel Pérez del Pino", "Auxiliar administrativo de compras | Opositor", "Huelva",
  ("end",), ("end",),
  ("msg", "Quillo Alex, te he dado un par de validaciones en {skill}, que de eso tú sabes un rato. Una cosita: me estoy preparando la "
          "oposición de técnico y dicen que el LinkedIn lo miran en las entrevistas de libre designación... ¿me validas Contratación "
          "administrativa y Excel cuando puedas? Un abrazo fuerte"))
P("endorse_me_back", "es", "Mireia Soler Ribes", "Consultora de licitaciones | Soler Ribes Assessors", "Castelló de la Plana",
  ("end",),
  ("msg", "Bon dia Alex! Et acabe de recomanar en {skill}. Si tens un minutet, em podries recomanar tu en «Licitacions públiques»? Estem "
          "muntant el despatx i qualsevol empenta ajuda. Moltes gràcies!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "es", "Sergio Villalba Reina", "Director Comercial Andalucía | Ortovant Implantes", "Sevilla",
  ("inv", "Alex, buenas. Llevamos la distribución de prótesis de rodilla en Andalucía occidental y queremos entrar en vuestro próximo "
          "procedimiento. ¿Tomamos un café y te cuento?"),
  ("rem",),
  ("inm", "Sin respuesta", "Alex, tres semanas para no contestar a una simple solicitud. Entiendo que estés liado, pero trabajas en un "
          "organismo público que pagamos entre todos y atender a los proveedores también es tu trabajo. Muy poco profesional. Lo comentaré "
          "con tu gerente, que le conozco."))
P("hostility_after_decline", "en", "Bradley Kemp", "VP Sales EMEA | SurgiStock", "Manchester",
  ("inv", "Alex - quick intro: we cut theatre inventory waste by 22% across 40 hospitals. Worth 15 minutes?"),
  ("inm", "Seriously", "Ignored twice. Classic public sector: no wonder your hospitals are a decade behind on inventory. Enjoy your spreadsheets."))
P("hostility_after_decline", "es", "Lorena Gutiérrez Saavedra", "Enfermera | Máster en Gestión Sanitaria", "Cádiz",
  ("inv", "Hola Alex, soy enfermera y me gustaría orientar mi carrera hacia la gestión de compras en un hospital. ¿Podría conectar con usted?"),
  ("rem",),
  ("inm", "Qué decepción", "Pensaba que alguien en su puesto sería más cercano. Solo pedía conectar, no un favor. Ya veo que para los de "
          "gestión las enfermeras no contamos ni para darle a un botón. Qué triste, de verdad."))
P("hostility_after_decline", "es", "Fernando Ruiz-Castillo", "Socio | Ruiz-Castillo Abogados · Contratación pública", "Valencia",
  ("inv", "Estimado Sr. Morgan: como letrado de varias empresas licitadoras en sus procedimientos, me gustaría mantener un contacto profesional "
          "fluido con usted."),
  ("inm", "Su falta de respuesta", "Sr. Morgan: observo que no ha tenido a bien aceptar mi solicitud. Le recuerdo que la transparencia es un "
          "principio rector de la contratación pública y que su actitud resulta impropia de un gestor de fondos públicos. Tras lo sucedido con "
          "el lote 4, no me sorprende. Nos veremos en el Tribunal.\n\nAtentamente,\nFernando Ruiz-Castillo"))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Óscar Tena Valero", "Gerente | Suministros Hospitalarios del Sur", "Alcalá de Guadaíra",
  ("msg", "Hola Alex, te paso nuestro catálogo de guantes de nitrilo y batas desechables, con precios por debajo del último acuerdo marco. "
          "¿Os cuadra para un contrato menor mientras sale el nuevo?"),
  ("msg", "Alex, ¿le echaste un vistazo? Tenemos stock inmediato en Sevilla."),
  ("msg", "Mira, ya me he cansado. Te escribo como a una persona y tú ni un 'no, gracias'. Luego os quejáis de que se quedan desiertas las "
          "licitaciones. Vaya chiringuito tenéis montado."), nl="es")
P("hostility_connection", "en", "Priya Raman", "Co-founder | PharmaCast - demand forecasting for hospital pharmacy", "London",
  ("acc",),
  ("msg", "Thanks for connecting after the Madrid congress, Alex! As promised, here's our one-pager on AI demand forecasting for hospital "
          "pharmacy. Could we set up a pilot conversation with your pharmacy director this month?"),
  ("msg", "Honestly, you invited ME to connect and then ghost me for six weeks? That's pretty disrespectful of people's time. Won't bother you again.", (30, 50)))
P("hostility_connection", "es", "Antonio Jesús Campos Lora", "Delegado | Osteosíntesis y columna", "Granada",
  ("msg", "Buenos días, Alex. Le escribo porque el servicio de Traumatología de Sevilla está encantado con nuestras placas de radio distal en las "
          "pruebas. ¿Podemos vernos para ver cómo incluirlas en el próximo expediente?"),
  ("msg", "Alex, le escribo de nuevo. Con todo respeto: usted sabrá lo que hace, pero no es normal que un jefe de compras decida por encima de "
          "lo que piden los cirujanos. Ya me ocuparé de que se entere quien se tenga que enterar."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "es", "Ainhoa Ferrándiz Roig", "Account Manager | DiagLev · Diagnóstico in vitro", "Valencia",
  ("msg", "Hola Alex, ¿qué tal? Vi que el contrato de reactivos de bioquímica de Valencia vence el año que viene. Nosotros trabajamos con cesión "
          "de analizadores y pago por determinación, y suele salir bastante más barato. ¿Te preparo un estudio económico?"),
  ("msg", "Alex, te dejo el caso del hospital de Gandia: un 18 % menos en coste por determinación el primer año. ¿Lo comentamos en una llamada?"))
P("connection_only_pitches", "es", "Marco Bellandi", "Sales Manager Iberia | SterilPack", "Madrid",
  ("msg", "Hi Alex, hope all is well in Seville. SterilPack's new sterilisation wraps cut re-processing failures by a third. Can I send "
          "samples to your CSSD team and set up a quick call?"),
  ("msg", "Hi again Alex, just a gentle nudge on the samples. We also now offer a bundled price with our indicator strips."),
  ("msg", "Alex, last one from me this quarter: we have a price-lock offer until 31 March for public hospitals. Shall I put together a quote?"),
  nl="en")
P("connection_only_pitches", "es", "Rosario Pavón Sáez", "Asesora financiera | Banca privada", "Sevilla",
  ("msg", "Buenos días, Alex. Trabajo con directivos del sector público y sé que los complementos y trienios a veces no se rentabilizan como "
          "deberían. ¿Le vendría bien una revisión gratuita de su cartera y de su plan de pensiones?"),
  ("msg", "Alex, le recuerdo que final de año es el mejor momento para optimizar las aportaciones. ¿Le reservo media hora la semana que viene "
          "en nuestra oficina de la Plaza Nueva?"))
P("connection_only_pitches", "es", "Jordi Pastor Alabau", "Comercial | MagatzemPro · software de almacén sanitario", "Gandia",
  ("msg", "Bon dia Alex! Què tal? Te escribo porque MagatzemPro ya funciona en varios hospitales comarcales: inventario por radiofrecuencia y "
          "pedidos automáticos a proveedor. Si te va, te hago una demo en vuestro almacén de Valencia."),
  ("msg", "Hola de nuevo, Alex. Esta semana sale la versión con integración SAP. ¿Te reservo una hora para la demo? Vinga, que no te quito mucho tiempo."))


# =============================================================== single_pitch
P("single_pitch", "es", "Carmen María Rubio Jurado", "KAM Hospitalario | Biosimilares e inmunología", "Málaga",
  ("msg", "Hola Alex, te escribo de cara al próximo procedimiento de adalimumab. Nuestro biosimilar viene en pluma con menos dolor en la "
          "inyección y ofrecemos un programa de apoyo a pacientes sin coste. ¿Podríamos presentároslo a ti y a farmacia antes de que salgan los pliegos?"))
P("single_pitch", "en", "Tom Hargreaves", "Partner | Hargreaves Market Intelligence", "Bristol",
  ("msg", "Alex, quick one: we track prices on 4,000 medical consumables across EU public tenders. For a fixed annual subscription your team "
          "would know exactly what every other hospital pays. Fancy a 20-min look?"))
P("single_pitch", "es", "Salvador Peiró Mas", "Comercial | Mobiliario clínico y hospitalario", "Alzira",
  ("msg", "Hola Alex, bon dia. Fabricamos camas y sillones de hemodiálisis aquí en Alzira, producto de la terreta y servicio técnico en 24 h. "
          "Me gustaría pasar por el hospital de Valencia a enseñaros el sillón nuevo. ¿Qué día te vendría bien?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "es", "Amparo Tormo Cervera", "Jefa de Servicio de Compras | Hospital de la Plana", "Castelló de la Plana",
  ("msg", "Alex, como te prometí en la reunión de Madrid, te mando los pliegos del acuerdo marco de apósitos avanzados que adjudicamos en "
          "octubre, con el informe de valoración. Lo de puntuar con un panel de enfermería nos funcionó muy bien. Si quieres lo hablamos un día."),
  ("msg", "Per cert, el 20 hacemos una sesión virtual entre compradores de la Comunitat para comentar las bajas temerarias. Gratis y sin "
          "proveedores. Apúntate si te viene bien y te mando el enlace."))
P("connection_brings_value", "es", "Pastora Naranjo Díaz", "Farmacéutica Especialista en Farmacia Hospitalaria", "Sevilla",
  ("end",),
  ("msg", "Hola Alex, te paso los datos del cambio a biosimilar de etanercept en nuestro hospital: 312 pacientes, sin diferencias en "
          "discontinuación a los 12 meses y 410.000 € de ahorro. Te puede servir para defender el lote en la comisión. El jueves 9 lo presento "
          "en la sesión clínica, acreditada por la ACSA, por si quieres venir."))
P("connection_brings_value", "en", "Sofia Lindgren", "Secretary General | European Health Procurement Forum", "Brussels",
  ("msg", "Dear Alex, our spring webinar series on joint cross-border procurement starts on 12 April: four free sessions, each worth 1.5 CPD "
          "hours, recordings included. Given your work on shared tenders between two regions, we'd love you in the audience, or on the panel "
          "if you fancy it."))
P("connection_brings_value", "es", "Curro Benítez Lora", "Técnico de Electromedicina | Mantenimiento hospitalario", "Sevilla",
  ("msg", "Alex, qué pasa. Te mando el Excel con todas las averías de bombas de infusión de los últimos tres años, por modelo y por planta. Se "
          "ve clarito cuál da guerra. Si ustedes vais a sacar el contrato nuevo, úsalo pa lo que te haga falta. Un abrazo, Curro"))
P("connection_brings_value", "es", "Irene Navarro Bou", "Clinical Specialist | Terapia de infusión", "Valencia",
  ("msg", "Hola Alex, te escribo por el contrato de bombas que ya tenéis adjudicado: la formación a enfermería va incluida, así que hemos "
          "cerrado tres sesiones en Valencia (días 4, 11 y 18), acreditadas por la Comisión de Formación Continuada y sin ningún coste. "
          "¿Me ayudas a que llegue a las supervisoras?"))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "es", "Cristina Arjona Vidal", "Executive Search · Salud y Farma | Arjona Talent", "Sevilla",
  ("inm", "Dirección de Plataforma Logística – Sevilla", "Estimado Alex: una cooperativa de distribución farmacéutica con sede en Sevilla busca "
          "Director/a de Logística para su nueva plataforma de 20.000 m². Reporte a Dirección General, retribución competitiva y proyecto a "
          "cinco años. Si le interesa, le cuento los detalles en una llamada confidencial."))
P("stranger_inmail_recruiter", "en", "Grace Ndlovu", "Senior Talent Acquisition Partner | International medical humanitarian organisation", "Geneva",
  ("inm", "Head of Medical Supply - Geneva", "Dear Alex, I'm recruiting a Head of Medical Supply for our Geneva headquarters: sourcing "
          "pharmaceuticals and medical devices for projects in 30 countries, a team of 25, permanent contract. Your public-sector tendering "
          "background is exactly what the hiring committee asked for. Would you be open to a confidential chat?"))
P("stranger_inmail_recruiter", "es", "Joaquín Lara Montes", "Gerente | Departamento de Salud de Valencia", "Valencia",
  ("inm", "Subdirección de compras", "Hola Alex, te escribo directamente como gerente, no hay agencia de por medio. Se me queda libre la "
          "subdirección económica y de compras del departamento y me gustaría que lo valoraras, en comisión de servicios. Me han hablado muy "
          "bien de cómo habéis ordenado los acuerdos marco. ¿Te llamo y lo hablamos con calma?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "es", "Yolanda Robles Cantero", "Directora de Cuentas Sector Público | SonoLite Ecografía portátil", "Madrid",
  ("inm", "Ecógrafos portátiles para urgencias", "Estimado Alex: ¿ha valorado incorporar ecógrafos de bolsillo en urgencias y hospitalización "
          "a domicilio? SonoLite ofrece renting a 36 meses con mantenimiento incluido. Me encantaría hacerle una demostración en Sevilla "
          "cuando le convenga."))
P("stranger_inmail_sales", "en", "Jason Pryor", "Director, Public Sector | ProcureBot AI", "Austin",
  ("inm", "Your tender backlog?", "Hi Alex, ProcureBot drafts tender specs, scores bids and flags abnormally low offers automatically, so "
          "public buyers clear backlogs 3x faster. 20 minutes next week to show you?"),
  ("inm", "Quick follow-up", "Alex, following up on my note. We just signed our first Spanish regional health service and can set up a "
          "reference call. Shall I send a calendar link?", (5, 15)))
P("stranger_inmail_sales", "es", "Nuria Gómez Sancho", "Directora Comercial | Formación in company para el sector público", "Valencia",
  ("inm", "Formación para su equipo de compras", "Buenos días. Impartimos cursos de contratación pública para equipos de compras: LCSP, "
          "recurso especial y licitación electrónica, presenciales u online. Le adjunto el catálogo con precios por grupo. ¿Le llamo para "
          "comentarlo?"))
P("stranger_inmail_sales", "es", "Alberto Sanz Requena", "Asesor financiero | Jubilación de empleados públicos", "Madrid",
  ("inm", "Su jubilación como empleado público", "Hola Alex, muchos directivos del sector público descubren tarde que su pensión será muy "
          "inferior a su sueldo. Le preparamos un estudio personalizado sin coste y le proponemos los productos que mejor encajen. ¿Le llamo?"),
  ("inm", "¿Le llamo esta semana?", "Alex, solo quería recordarle que tengo huecos el martes y el jueves por la tarde para el estudio. Un saludo."))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "es", "David Moya Carrasco", "Ingeniero biomédico | Trazabilidad en quirófano", "Sevilla",
  ("inv", "Hola Alex, hice el TFM sobre trazabilidad RFID de implantes en quirófano con datos de dos hospitales del SAS. Si te interesa, te "
          "paso el informe completo con los costes reales: es público y sin ningún compromiso."),
  ("msg", "Ahí lo tienes, con los anexos de costes por intervención. Cualquier duda me dices, encantado."),
  ("msg", "Alex, te cuento una novedad: hemos convertido el proyecto en TraceMed, una plataforma de trazabilidad RFID para quirófano. Nos "
          "encantaría que vuestro hospital de Sevilla fuera cliente de lanzamiento, con precio especial. ¿Te presento la propuesta?", (15, 40)))
P("good_turns_ugly", "es", "Inés Carrasco Almagro", "Compras y contratación sanitaria", "Jaén",
  ("inv", "Hola Alex, soy jefa de compras en un hospital de Jaén. ¿Cómo justificasteis la división en lotes del material de laparoscopia? Nos "
          "han recurrido el último expediente y me vendría genial saber cómo lo argumentasteis vosotros."),
  ("msg", "Mil gracias por el informe jurídico, Alex, nos ha salvado la vida. Te mando a cambio nuestro modelo de memoria justificativa de "
          "precios, por si os sirve."),
  ("msg", "Alex, ¡novedades! He dejado el hospital y ahora soy directora de cuentas en Laparomed. Como conozco vuestro material de "
          "laparoscopia, te propongo vernos para presentarte nuestra gama antes de vuestra próxima licitación. ¿Te viene bien la semana que viene?", (30, 90)))
P("good_turns_ugly", "en", "Liam Cassidy", "Procurement Lead | Irish hospital group", "Dublin",
  ("inv", "Hi Alex, saw your talk on splitting framework agreements into regional lots. We're about to try the same in Ireland. Could I pick "
          "your brain for 20 minutes? I'll share our evaluation templates in return."),
  ("msg", "Thanks a million for the call, Alex. As promised, our evaluation templates and scoring guide are attached to this thread - use "
          "anything you like."),
  ("end",),
  ("msg", "Hi Alex, I endorsed you for {skill} the other day. Any chance you'd endorse me for Strategic Sourcing and Contract Management? "
          "I'm going for a promotion panel next month and it'd help."))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "es", "Gonzalo Herrera Prieto", "Distribución de EPI | Importación directa", "Madrid",
  ("inm", "Mascarillas FFP2 y guantes – stock inmediato", "Buenos días, disponemos de stock inmediato de FFP2, guantes de nitrilo y batas, con "
          "marcado CE y precio muy competitivo para hospitales. ¿A quién puedo enviar la oferta?"),
  ("inv", "Hola Alex, vi su ponencia en las Jornadas de Gestión Sanitaria de Málaga y me pareció muy interesante lo de la compra centralizada. "
          "Me gustaría seguir su trabajo."))
P("reinvite_known_bad", "es", "Raquel Serrano Pons", "Consultora | Relaciones con el sector público", "Valencia",
  ("inv", DEFAULT),
  ("inv", "Alex, coincidimos en la jornada de la Cámara de Comercio sobre contratación con el sector público. ¿Conectamos?"))
P("reinvite_known_bad", "en", "Steve Maddox", "Business Development | Surgical instrument tracking", "Birmingham",
  ("inv", "Hi Alex, we help hospitals track every surgical instrument set from CSSD to theatre. Could I show you a 10-min demo?"),
  ("inv", "Hi Alex, saw your panel at the Hospital Procurement Summit, great points on lot splitting. Would be good to be connected."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "es", "Ignacio Bermúdez Vela", "Director Comercial | Material de hemodinámica", "Sevilla",
  ("inv", "Alex, representamos una gama completa de stents y balones con precios muy agresivos. ¿Le puedo presentar la cartera?"),
  ("inm", "Sin comentarios", "Veo que ni siquiera se molesta en aceptar. Los compradores como usted son los que hunden a las empresas pequeñas "
          "de esta tierra. Que le vaya bonito."),
  ("inv", "Alex, empecemos de cero. Me equivoqué en las formas y le pido disculpas. Me gustaría tenerle en mi red."))
P("reinvite_known_ugly", "en", "Carla Jenkins", "Community Manager | Women in Health Procurement", "Edinburgh",
  ("inm", "An invitation", "Hi Alex, I run a volunteer mentoring network for women and allies in healthcare procurement. We'd love you as a "
          "mentor - one hour a month, totally free."),
  ("inm", "Next steps", "Thanks so much for your interest! One practical thing: mentors join through our Leadership Pass (€1,450/year), which "
          "covers the platform and the events. Shall I send you the sign-up link?", (4, 12)),
  ("inv", "Hi Alex, it's been a while! Would love to stay in touch here."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "es", "Patricia Lagares Moreno", "Key Account Manager | Desfibriladores y monitorización", "Sevilla",
  ("acc",),
  ("msg", "¡Gracias por agregarme, Alex! Ya que estamos en contacto: tenemos la nueva generación de DEA con telemonitorización y podemos "
          "hacer un plan de renovación de todos los de vuestros centros. ¿Te paso presupuesto?"))
P("user_invited_pitch_once", "en", "Oliver Brandt", "Sales Director Iberia | Sterile Solutions Group", "Barcelona",
  ("acc",),
  ("msg", "Good to connect, Alex, and thanks for the invite after the Barcelona fair. Since you mentioned the CSSD refurbishment, I'd love to "
          "walk you through our washer-disinfector range and the financing options. When suits?"))
P("user_invited_pitch_once", "es", "Xavier Montesinos Bas", "Director | Consultoria d'eficiència en compres", "València",
  ("acc",),
  ("msg", "Gràcies per la invitació, Alex! Ara que estem connectats, et comente: fem auditories de despesa en material fungible amb "
          "honoraris a èxit (el 30 % de l'estalvi). Us podria interessar per a l'hospital de València?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "es", "Marina Rosales Toro", "Delegada | Nutrición clínica", "Córdoba",
  ("acc",),
  ("msg", "Hola Alex, gracias por conectar. Te cuento que hemos incluido dos fórmulas nuevas de nutrición enteral hiperproteica que podrían "
          "encajar en vuestro catálogo. ¿Te mando fichas y precios?"),
  ("msg", "Alex, ¿pudiste ver las fichas? Si te encaja, hacemos una cata para el equipo de dietética y preparamos la oferta."))
P("user_invited_pitch_twice", "es", "Eduardo Quintero Solís", "Public Sector Manager | Renting tecnológico sanitario", "Madrid",
  ("acc",),
  ("msg", "Alex, encantado de saludarte tras la mesa redonda de Valencia. Como te comenté, con el renting de equipos de imagen renováis sin "
          "tirar de capítulo de inversiones. ¿Te preparo una simulación?"),
  ("msg", "Te vuelvo a escribir porque se acaba el plazo para meter el renting en el presupuesto del año que viene. ¿Nos vemos quince minutos?"))
P("user_invited_pitch_twice", "en", "Natalie Foster", "Account Director | ClinSupply Analytics", "London",
  ("acc",),
  ("msg", "Hi Alex, thanks for connecting! As promised at the summit, here's our brochure on automated par-level management for wards. Keen to "
          "get a demo in with your team."),
  ("msg", "Hi Alex, following up: we can run a free 30-day proof of value on one ward in Valencia before you commit. Shall I send the paperwork?"))


# =============================================================== user_invited_value
P("user_invited_value", "es", "Consuelo Aranda Mesa", "Directora de Enfermería | Hospital Santa Justa", "Sevilla",
  ("acc",),
  ("msg", "Gracias por la invitación, Alex. Te paso la lista de productos que las supervisoras quieren evaluar este año, ya priorizada, y la "
          "propuesta de calendario de pruebas para que no coincida con las vacaciones. Si te parece, lo vemos con calma el martes."))
P("user_invited_value", "en", "Marek Nowak", "Head of Procurement | University Hospital Kraków", "Kraków",
  ("acc",),
  ("msg", "Thank you for the invitation, Alex. I'm happy to share the documents of our joint tender for robotic surgery consumables, in "
          "English, with the evaluation matrix. And if your team ever comes to Kraków, we'd gladly host a study visit."))
P("user_invited_value", "es", "Neus Ferrer Puig", "Profesora de Logística | Universitat de València", "València",
  ("acc",),
  ("msg", "Moltes gràcies per la invitació, Alex! Como te comenté, este curso tengo ocho estudiantes del máster en Logística que necesitan un "
          "caso real para el TFM. Podrían analizar los flujos del almacén del hospital de Valencia sin coste, con tutoría nuestra. ¿Lo hablamos?"))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Macarena Ruiz Barrera", "Subdirectora de Gestión Económica | Sanidad pública andaluza", "Sevilla", ("acc",))
P("acceptance_only", "en", "Julian Fairweather", "Head of Sourcing | Healthcare Purchasing Consortium", "London", ("acc",))
P("lone_endorsement", "es", "Lucía Ortega Perea", "Técnica de compras | Hospital público", "Sevilla", ("end",))
P("lone_endorsement", "es", "Pau Sanchis Alapont", "Administratiu de compres | Hospital Lluís Alcanyís", "Xàtiva", ("end",))

for _p in PEOPLE:
    ERAS[_p[2]] = "2016" if _p[2] in OLD else "cur"
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))
assert OLD <= set(ERAS), OLD - set(ERAS)


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Reyes Caballero Morillo", "rcaballero@hu-cordoba.example.es", "Absorbentes por tallas – te escribí por LinkedIn",
     "Hola Alex:\n\nte mandé una solicitud por LinkedIn pero, por si no lo miras mucho, te dejo aquí mi correo y el teléfono del servicio: "
     "957 00 00 00. Lo de las muestras por tallas nos tiene locos.\n\nUn saludo,\nReyes", "es"),
    ("Gabinete de Comunicación", "comunicacion@chp-surlevante.example.es", "Nota en LinkedIn sobre el acuerdo marco de material de curas",
     "Buenos días:\n\nqueremos publicar en la página de LinkedIn del consorcio la nota sobre la adjudicación del acuerdo marco de material de curas. "
     "¿Nos confirmas las cifras de ahorro antes del jueves?\n\nGracias,\nGabinete de Comunicación", "es"),
    ("Seguridad TIC", "seguridad.tic@chp-surlevante.example.es", "Aviso: invitaciones falsas de LinkedIn con «pliegos» adjuntos",
     "Estimados/as:\n\nestamos recibiendo correos que imitan invitaciones y mensajes de LinkedIn y enlazan a supuestos pliegos o facturas. "
     "No introduzcáis vuestras credenciales. Reenviad cualquier caso a seguridad.tic@chp-surlevante.example.es.", "es"),
    ("Plataforma de Contratación", "no-reply@contratacion.example.es", "Nueva pregunta de licitador – Expediente 2025/SU/0117",
     "Se ha recibido una pregunta en el expediente 2025/SU/0117 (suministro de bombas de infusión). El licitador indica que también contactó "
     "con el órgano de contratación por LinkedIn. Recuerde que las aclaraciones deben publicarse en la Plataforma.", "es"),
    ("Toni Ribes", "toni.ribes@hospital-valencia.example.es", "Re: reunió de dilluns",
     "Bon dia Alex,\n\net passe l'acta de la reunió amb magatzem. He vist el teu post a LinkedIn sobre l'acord marc, enhorabona!\n\nFins dilluns,\nToni", "es"),
    ("Congreso Nacional de Hospitales", "secretaria@congresohospitales.example", "Programa definitivo · síguenos en LinkedIn",
     "Ya está publicado el programa definitivo. La mesa de compras y logística será el jueves a las 10:00. Síguenos en LinkedIn para novedades "
     "y cambios de sala.", "es"),
    ("CIPS", "membership@cips-mail.example", "Your CPD hours are recorded - add the badge to LinkedIn",
     "Dear Alex,\n\nyour 12 CPD hours for this year have been recorded. Download your certificate or add the digital badge to your LinkedIn profile.", "en"),
    ("Kieran Walsh", "kieran@walshlogistics.example.ie", "Sorry about the LinkedIn nagging",
     "Hi Alex,\n\nI sent you a cheeky message on LinkedIn about endorsements - ignore it if you're busy, it's no big deal. Hope Seville is sunny.\n\nKieran", "en"),
    ("Alicia Romero", "alicia.romero@hospital-sevilla.example.es", "Fwd: I want to connect",
     "Alex, a mí también me ha escrito este, ¿lo conoces? Parece que va a por todos los de compras.\n\n---------- Forwarded message ---------\n"
     "From: Bradley Kemp via LinkedIn <invitations@linkedin.com>\nSubject: I want to connect\n\nAlicia - quick intro: we cut theatre inventory waste...", "es"),
    ("Eventbrite", "noreply@eventbrite.example", "Tu entrada: Jornada de compra pública de innovación",
     "Hola Alex, ya tienes tu entrada para la jornada del 14 de marzo en València. El organizador también la ha anunciado en LinkedIn.", "es"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot corpus dev107. Generated by scripts/make_corpus_dev107.py (seed {SEED}); do not edit by hand.",
          "# Alex as head of purchasing at a public hospital group in Seville and Valencia: device and pharma suppliers, tender consultants, "
          "logistics firms, nursing and medical staff, associations, accredited training, peer buyers, recruiters. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev107", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER, eras=ERAS)
