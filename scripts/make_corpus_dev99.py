#!/usr/bin/env python3
"""Write mailbot's ninety-ninth, independent development corpus: tests/corpus/dev99/*.eml + expected.toml.

The angle: the user Alex is procurement director of a copper-mining company, Minera Quebrada Alta,
headquartered in Santiago de Chile, with the Llancahue operation in the Antofagasta region, the Ccollpa
project in Apurímac (Peru) and the Pircas project in San Juan (Argentina). Their LinkedIn world:
spare-parts and equipment suppliers (wear parts, tyres, valves, conveyor belts, grinding media),
logistics providers, customs agents and forwarders, consultants, local agents who work on commission,
community-relations NGOs and advisers, peer buyers at other miners sharing supplier intelligence
(lead times, counterfeit parts, freight benchmarks), recruiters and hiring managers, safety-training
providers, and students and job seekers. Chilean ('po', 'cachai', 'pega', 'harto'), Peruvian (formal
'ingeniero', 'estimado') and Argentine ('che', voseo) Spanish, and English from foreign suppliers.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient headline, the job-alert and other
LinkedIn mail titles, the names, cities and headlines of spoof-only people and PYMK suggestions, and
the pitches that spoofs carry are swapped for this mining world in this process only (make_corpus.py
itself is not changed). Every note was written from shared/taxonomy.md alone, without reading
mailbot's signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev99.py              # writes tests/corpus/dev99
    python scripts/make_corpus_dev99.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260999

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ mining-procurement world (this process only)
SKILLS = {
    "es": ["Abastecimiento estratégico", "Gestión de contratos", "Negociación", "Minería", "Cadena de suministro", "Licitaciones"],
    "en": ["Strategic Sourcing", "Contract Management", "Negotiation", "Mining", "Supply Chain Management", "Category Management"],
}
RHEADLINE = {
    "es": "Director de Abastecimiento y Contratos en Minera Quebrada Alta",
    "en": "Procurement Director at Minera Quebrada Alta | Chile · Peru · Argentina",
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
    mc.L[_l]["rheadline"] = RHEADLINE[_l]

# spoofs and other LinkedIn mail: Alex reads LinkedIn in Spanish most of the time, sometimes in English
mc.LANGS[:] = ["es", "en", "es", "es", "en"]
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "nodkim",
                       "untrusted:mx.google.com", "lookalike:linkedinmail.net", "buried", "display:outlook.com", "wrongpass", "noauth",
                       "lookalike:linkedin.com.evil.example"]

mc.NAMES["es"] = (["Catalina", "Joaquín", "Javiera", "Benjamín", "Antonella", "Gonzalo", "Fernanda", "Maximiliano", "Micaela", "Agustín",
                   "Yesenia", "Luciano", "Renato", "Florencia"],
                  ["Henríquez", "Saavedra", "Villanueva", "Cáceres", "Huertas", "Benavides", "Arriagada", "Salinas", "Ledesma", "Olivares",
                   "Rivadeneira", "Palomino", "Urrutia"])
mc.NAMES["en"] = (["Liam", "Chloe", "Brendan", "Tessa", "Graham", "Megan", "Dylan", "Harriet", "Callum", "Shannon"],
                  ["McKenzie", "Thornbury", "Walsh", "Pryce", "Holbrook", "Ferris", "Dalton", "Kearney"])
mc.CITY["es"] = ["Santiago", "Antofagasta", "Calama", "Lima", "Arequipa", "San Juan", "Mendoza", "Copiapó"]
mc.CITY["en"] = ["Toronto", "Vancouver", "Perth", "Brisbane", "Denver", "London"]
mc.JOBS[:] = [("Gerente de Abastecimiento", "Minera Los Quillayes"), ("Head of Procurement – Copper", "Northvale Copper"),
              ("Jefe de Contratos Mineros", "Compañía Minera Pucará"), ("Category Manager, MRO & Spare Parts", "Skeena Ridge Copper"),
              ("Director de Supply Chain", "Grupo Andes Industrial")]
mc.COMPANIES["good"] = ["Minera Los Quillayes", "Compañía Minera Pucará", "Minera Loma Baya", "Northvale Copper", "Skeena Ridge Copper",
                        "Cámara Minera de San Juan", "Minera Llanos Altos"]
mc.COMPANIES["sales"] = ["Andes Wear Parts", "Pacific Corridor Logistics", "SourceLoop", "HaulTrack Telematics", "Retread Andes",
                         "ClearBid Sourcing", "Ironbark Belting", "Talento Minero Perú"]
mc.HEADLINES["good"] = ["Jefa de Abastecimiento en {co}", "Supply Chain Manager at {co}", "Gerente de Logística | {co}",
                        "Category Manager, Spare Parts | {co}", "Superintendente de Mantenimiento en {co}", "Contracts Lead at {co}"]
mc.HEADLINES["sales"] = ["Ejecutivo Comercial en {co}", "Business Development Manager at {co}", "Key Account Manager Minería | {co}",
                         "Founder & CEO at {co}", "Sales Director LATAM | {co}"]
mc.INMAIL_SUBJECTS["es"]["sales"] = ["Pregunta rápida", "Propuesta para Quebrada Alta", "Repuestos con entrega inmediata", "¿15 minutos?",
                                     "Alianza comercial"]
mc.INMAIL_SUBJECTS["en"]["sales"] = ["Quick question", "For Quebrada Alta", "Cutting your freight bill", "15 minutes?", "Partnership"]
OTHER = {
    "es": dict(job=("{n} empleos nuevos de «gerente de abastecimiento»", "Tu alerta de empleo de gerente de abastecimiento en {city}"),
               news="¿Vuelve el superciclo del cobre?", group="Conversaciones destacadas en Abastecimiento Minero Chile-Perú-Argentina",
               newsletter="Compras en faena: reajustes de contratos sin romper la relación"),
    "en": dict(job=("{n} new jobs for \"head of procurement mining\"", "Your job alert for head of procurement mining in {city}"),
               news="Copper at record highs: who pays for the new mines?", group="Top conversations in Mining Supply Chain Professionals",
               newsletter="The Spares Desk: why critical-part lead times keep stretching"),
}
retitle_other(OTHER)
SPOOF_PITCH = {
    "es": ["Hola {first}, te compartí la orden de compra firmada y la carta de cambio de cuenta bancaria para los pagos. Inicia sesión para descargar los documentos.",
           "Estimado {first}, su empresa quedó preseleccionada en la licitación de suministro de repuestos. Confirme sus datos en el portal antes del viernes.",
           "Hola {first}, adjunto la factura pendiente de nuestro despacho a Antofagasta. Ingresa con tu cuenta para verla."],
    "en": ["Hi {first}, please note our remittance details have changed. The new bank letter is in the secure folder below; kindly update your vendor master before the next payment run.",
           "Hello {first}, I've shared the signed purchase order and the bill of lading for your mill liners. Sign in to view them."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)

# people whose notes would fit 2016 to 2017; everyone else is in the current layout
ERAS_2016 = {"Luis Catrileo", "Patricio Lobos", "Gustavo Pereyra", "Andrés Pizarro", "Tomás Alarcón", "Macarena Soto", "Steve Hargreaves",
             "Daniela Contreras", "Bernardita Larrañaga", "Matías Henríquez", "Felipe Araya", "Cristián Maturana", "Claire Ashdown",
             "Paula Riquelme", "Sebastián Ormazábal"}


# =============================================================== good_invitation
P("good_invitation", "es", "Carolina Fuentealba", "Jefa de Abastecimiento en Minera Los Quillayes", "Antofagasta",
  ("inv", "Hola Alex! Soy jefa de abastecimiento en Los Quillayes. Supe que ustedes también andan sufriendo con los plazos de los revestimientos "
          "de molino, cachai. Armamos una planilla con los lead times reales por proveedor de los últimos 18 meses y te la comparto feliz. ¿Conectamos?"),
  ("rem",))
P("good_invitation", "es", "Renzo Villacorta", "Jefe de Logística | Compañía Minera Pucará", "Arequipa, Perú",
  ("inv", "Estimado Alex, buenas tardes. El jueves 14 organizamos en Arequipa un desayuno de trabajo solo entre jefes de compras y logística "
          "de minería (sin proveedores, sin costo) para revisar las demoras de aduana en Matarani. Sería valioso contar con alguien de Quebrada Alta."))
P("good_invitation", "en", "Fiona McTavish", "Partner, Mining & Metals Practice | Calder Ridge Executive Search", "Perth",
  ("inv", "Hi Alex, I'm retained by a mid-tier copper producer to find their next VP Supply Chain: Santiago-based, covering assets in Peru "
          "and Argentina, reporting to the COO. Permanent role, not a pipeline exercise. Your name came up twice in referencing. Open to a confidential chat?"))
P("good_invitation", "es", "Martín Echeverría", "Coordinador de Compras | Minera Valle del Tontal", "San Juan, Argentina",
  ("inv", "Che Alex, ¿cómo andás? Laburo en compras de una minera en San Juan y estamos por licitar el transporte de concentrado a Rosario. "
          "Vi que ustedes ya pasaron por eso con Pircas. ¿Te puedo hacer un par de preguntas sobre cómo armaron el pliego? Te cuento lo nuestro también."),
  ("rem",))
P("good_invitation", "es", "Ximena Ancapán", "Coordinadora de Relacionamiento Comunitario | Fundación Territorio Común", "Calama",
  ("inv", "Alex, buenas tardes. En la fundación convocamos una mesa abierta sobre compras locales con emprendedores de Calama y Ollagüe: "
          "las mineras cuentan qué le exigen a un proveedor local y ellos preguntan. Es gratis y nadie vende nada. Nos encantaría que Quebrada Alta participara."),
  ("rem",))
P("good_invitation", "es", "Hamish Burke", "Senior Lecturer, Mine Safety & Contractor Management | Eastbrook University", "Brisbane",
  ("inv", "Alex, we're running a free online session on writing critical-control requirements into mining contracts (prequalification, "
          "verification, who pays when a contractor fails an audit). 2 CPD hours, Spanish captions. Procurement leads are exactly who we want. Shall I send the link?"),
  nl="en")


# =============================================================== default_invitation
P("default_invitation", "es", "Luis Catrileo", "Vendedor Técnico | Repuestos y Componentes Mineros", "Rancagua", ("inv", DEFAULT), ("rem",))
P("default_invitation", "es", "Giannina Salas", "Ejecutiva Comercial | Transporte de Carga Pesada", "Lima, Perú", ("inv", NONOTE))
P("default_invitation", "en", "Brad Kowalczyk", "Regional Sales Manager, Slurry Pumps – South America", "Houston", ("inv", DEFAULT))
P("default_invitation", "es", "Nicolás Bustamante", "Estudiante de Ingeniería Civil en Minas | USACH", "Santiago", ("inv", NONOTE), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "es", "Hernán Videla", "Representante Comercial | Agente de proveedores mineros en Cuyo", "San Juan, Argentina",
  ("inv", "Alex, ¿qué tal? Represento a proveedores de San Juan y tengo muy buena llegada con la Secretaría de Minería y con los transportistas "
          "de Calingasta. Trabajo a comisión, un 6% sobre lo adjudicado, y te destrabo permisos y contratos en la zona. ¿Lo charlamos con un café?"))
P("sales_invitation", "es", "Patricio Lobos", "Gerente Comercial | Andes Wear Parts", "Antofagasta",
  ("inv", "Don Alex, buenas tardes. Somos distribuidores de repuestos alternativos para palas y camiones de extracción, hasta 35% bajo precio OEM "
          "y con stock en Antofagasta. Le pido 20 minutos para presentarle el catálogo y enviarle una cotización de prueba sin compromiso."),
  ("rem",))
P("sales_invitation", "en", "Derek Hollins", "Business Development Director | Pacific Corridor Logistics", "Miami",
  ("inv", "Alex, we move mining consumables door to door from Houston and Tianjin to Antofagasta and Callao, cleared inside 12 days or we refund "
          "the freight. Could I send you rates for your next grinding-media shipment? Happy to beat whatever you're paying now."))
P("sales_invitation", "es", "Milagros Chumpitaz", "Ejecutiva de Cuentas | Talento Minero Perú SAC", "Lima, Perú",
  ("inv", "Buen día Sr. Morgan. En Talento Minero le proveemos operadores y técnicos de mantenimiento para Apurímac en 72 horas, con planilla, "
          "SCTR y EPP incluidos. Quisiera coordinar una reunión para presentarle nuestra tarifa por hora-hombre. Quedo atenta."))
P("sales_invitation", "es", "Ravi Menon", "Account Director LatAm | SourceLoop e-Procurement", "Bogotá",
  ("inv", "Hi Alex, three Chilean mid-tier miners moved their tenders onto SourceLoop last year and cut cycle time from 41 to 19 days. "
          "We now have a full Spanish UI and SII e-invoice integration. Worth a 20-minute demo with your category managers?"),
  nl="en")


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "es", "Rodrigo Valdebenito", "Fundador | Círculo de Abastecimiento Minero", "Santiago",
  ("inv", "Hola Alex, estoy juntando a un grupo chico de gerentes de abastecimiento de la gran minería para almorzar una vez al mes y conversar "
          "de lo que nos complica, sin proveedores en la mesa. Pura conversa entre pares, po. ¿Te sumai?"),
  ("msg", "Alex, ¡buenísimo tenerte! Te cuento cómo funciona el círculo: lo financiamos con nuestro servicio de reducción de costos por categoría. "
          "Es un diagnóstico de seis semanas por UF 1.200 y varios miembros ya lo tomaron. ¿Te coordino una reunión con mi socio la próxima semana?", (3, 15)),
  ("msg", "Alex, ¿alcanzaste a ver lo del diagnóstico? Tenemos cupo para partir en marzo y a los del círculo les hacemos 10% de descuento. Me avisas no más.", (6, 20)))
P("bait_and_switch_invitation", "en", "Sandra Whitlock", "Host, Andean Mining Supply Chain Forum", "Vancouver",
  ("inv", "Hi Alex, I host a quarterly peer forum for heads of supply chain at mines in Chile, Peru and Argentina. Members swap freight, tyre "
          "and reagent benchmarks under Chatham House rules. Would love your voice in the room."),
  ("msg", "So glad you joined! One thing I share with every new member: we've partnered with Retread Andes, who are saving forum members about 22% "
          "per OTR tyre. Could I book you 30 minutes with their regional director this week? I can send a few slots."))
P("bait_and_switch_invitation", "es", "Jorge Ñique Paredes", "Presidente | Asociación Desarrollo Andino Sostenible", "Cusco, Perú",
  ("inv", "Estimado Alex: le escribo desde la asociación que acompaña a las comunidades campesinas de Chumbivilcas y Cotabambas. Quisiéramos "
          "invitarlo a un conversatorio sobre proveedores comunales y licencia social, sin costo para su empresa. Sería un gusto tenerlo."),
  ("msg", "Estimado Alex, muchas gracias por aceptar mi invitación. Le comento que nuestra asociación brinda el Programa de Fortalecimiento de "
          "Proveedores Comunales, con una inversión de US$ 48.000 anuales, y podemos encargarnos también del relacionamiento con las comunidades "
          "de su área de influencia en Ccollpa. Le adjunto la propuesta técnico-económica para que la evalúe con su gerencia.", (10, 30)))
P("bait_and_switch_invitation", "es", "Lucía Bertolotti", "Lic. en Higiene y Seguridad | Capacitación para contratistas mineros", "Mendoza",
  ("inv", "Hola Alex! Armé una guía con los requisitos de higiene y seguridad que piden a contratistas mineros en San Juan y Catamarca, con los "
          "formularios de la SRT. Te la paso sin problema si te sirve para los pliegos de Pircas."),
  ("msg", "¿Te llegó la guía? Che, aprovecho: damos el curso de trabajo en altura y espacios confinados para contratistas, $ 95.000 por persona con "
          "certificado. Si me pasás el contacto de tu gerente de seguridad le armo una propuesta para toda la dotación.", (2, 8)),
  ("msg", "Alex, te escribo de nuevo porque se llena la cohorte de abril. ¿Te reservo 20 lugares para tus contratistas? Si confirmás esta semana te congelo el precio.", (7, 20)))
P("bait_and_switch_invitation", "en", "Marcus Thorne", "Procurement Lead | Copper & Reagents", "Toronto",
  ("inv", "Alex, buyer-to-buyer question: how are you handling sulphuric acid price swings in your leaching supply contracts? We index ours to "
          "Chilean import prices and it has been painful. Keen to compare notes."),
  ("msg", "Thanks for connecting! On the acid issue: what finally fixed it for us was a hedging overlay, and I've since joined Ferrovia Risk Advisory, "
          "who set these up for buyers your size. Have you got 30 minutes on Thursday so I can walk you through how we'd structure it for Quebrada Alta?"))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Oliver Grantham", "Research Director | Andean Mining Benchmark", "London",
  ("inm", "Benchmark: procurement in Andean copper", "Hi Alex, I'm compiling a benchmark of procurement organisations across Andean copper miners: "
          "team size, spend under contract, tender cycle times. Five questions, ten minutes, and every participant receives the full anonymised report. "
          "Would you take part?"),
  ("inm", "Your benchmark report", "Thanks so much for taking part, Alex. Your copy of the report is attached. In full transparency, the reason we run "
          "the study is our Procurement Excellence Programme: a four-month engagement, typically USD 180k, that closes the gaps the benchmark shows. "
          "Could I walk you and your CFO through a proposal?", (5, 15)))
P("bait_and_switch_inmail", "es", "Francisca Undurraga", "Jefa de Contratos | Minería y Energía", "Copiapó",
  ("inm", "Consulta de una colega", "Hola Alex, soy jefa de contratos en una minera de Atacama y te escuché en el panel de Exponor. ¿Cómo manejan "
          "ustedes las multas por atraso con los contratistas de movimiento de tierra sin que se les caiga la relación? Te agradecería harto cualquier tip."),
  ("inm", "Re: Consulta de una colega", "Mil gracias por la respuesta, súper clara. Oye, te cuento que ahora estoy asesorando a ContractIQ, una plataforma "
          "que automatiza multas, boletas de garantía y estados de pago. ¿Te tinca que te muestre una demo de 20 minutos? Creo que le sacarían harto partido."))
P("bait_and_switch_inmail", "es", "Wilfredo Cóndor", "Director | Foro de Compras Mineras del Sur", "Arequipa, Perú",
  ("inm", "Invitación como panelista", "Estimado Ing. Morgan: el Foro de Compras Mineras del Sur lo invita a participar como panelista en la mesa "
          "«Proveedores locales y competitividad», en Arequipa. El ingreso es libre para todos los asistentes. Esperamos contar con su presencia."),
  ("inm", "Foro de Compras Mineras – participación", "Estimado ingeniero, agradecemos su interés. Para confirmar la participación de su empresa en "
          "el panel le ofrecemos el paquete Auspiciador Plata (US$ 3.500), que incluye stand, logo en el backing y dos pases VIP. Le adjunto la ficha "
          "de inscripción y los datos para la transferencia.", (4, 12)))
P("bait_and_switch_inmail", "en", "Tom Kessler", "Editor | Mining Supply Review", "Denver",
  ("inm", "Interview request – Mining Supply Review", "Hi Alex, we're profiling procurement leaders who have localised supply in remote mining "
          "regions, and your work with community suppliers in Peru came up. Would you do a 20-minute interview for our next issue?"),
  ("inm", "Next steps for your feature", "Great talking to you, Alex. To run the piece as a full feature with photos and a sidebar on Quebrada Alta, "
          "we offer the Leadership Profile package at USD 6,900, which includes reprint rights for your website. Shall I send the insertion order?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "es", "Felipe Araya", "Analista de Inventarios y Repuestos | Buscando nuevos desafíos", "La Serena",
  ("end",), ("end",),
  ("msg", "Alex, te validé {skill}, harto merecido. Oye, ¿me dai una manito validándome Gestión de inventarios y SAP MM? "
          "Ando buscando pega y me dicen que suma caleta. ¡Gracias po!"))
P("endorse_me_back", "en", "Kevin O'Donoghue", "Senior Freight Forwarding Executive | Andes & Pacific", "Santiago",
  ("end",),
  ("msg", "Hey Alex, I've endorsed you for {skill}. Would you mind endorsing me back for Freight Forwarding and Customs Brokerage? "
          "I'm pitching for a big account next month and my profile looks a bit bare. Cheers."))
P("endorse_me_back", "en", "Valeria Sosa", "Analista de Comercio Exterior | Importaciones mineras", "Buenos Aires",
  ("end",), ("end",),
  ("msg", "Hola Alex!! Te recomendé en {skill}, re merecido jaja. ¿Me devolvés la gentileza con Comercio exterior y Compras internacionales? "
          "Me estoy postulando a un par de búsquedas y me vendría bárbaro. ¡Gracias, che! 🙌"),
  nl="es")
P("endorse_me_back", "es", "Diego Mamani Quispe", "Planner de Mantenimiento | Gestión de repuestos", "Arequipa, Perú",
  ("end",),
  ("msg", "Estimado Alex, me tomé la libertad de validar su aptitud en {skill}. Si no es mucha molestia, le agradecería que me valide "
          "Planeamiento de mantenimiento y Gestión de repuestos, pues estoy postulando a una jefatura. Quedo muy agradecido de antemano."))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "es", "Cristián Maturana", "Gestor de Negocios | Permisos y Relaciones Institucionales", "Antofagasta",
  ("inv", "Alex, tengo buenos contactos en aduanas y en la muni de Sierra Gorda, te puedo agilizar permisos y patentes. Conversemos cuando puedas."),
  ("rem",),
  ("inm", "Sin respuesta", "Alex, te escribí dos veces y nada. Harto ninguneo pa' alguien que anda diciendo en los seminarios que le importan "
          "los proveedores locales. Así les va después con la comunidad. Bien penca la actitud, te lo digo en buena."))
P("hostility_after_decline", "es", "Gustavo Pereyra", "Servicios Mineros | Transporte y Equipos", "San Juan, Argentina",
  ("inv", DEFAULT),
  ("inm", "Qué falta de respeto", "Mirá Alex, te mandé la invitación hace un mes y ni te dignaste. Ustedes los de las mineras grandes se creen "
          "que están por encima de todo el mundo. Qué soberbia, che. Después no se quejen cuando nadie de la zona quiere laburar con ustedes."))
P("hostility_after_decline", "en", "Gary Pritchard", "Sales Director LATAM | Conveyor Solutions", "Brisbane",
  ("inv", "Alex, I'm in Santiago the week of the 12th with our conveyor belt engineers. Coffee?"),
  ("rem",),
  ("inm", "Seriously?", "Ignored twice. I flew 13,000 km and you couldn't click one button. This is exactly why foreign suppliers say Chilean "
          "mining procurement is arrogant and closed. Your loss, mate, and I'll make sure your COO hears how you treat vendors."))
P("hostility_after_decline", "es", "Ricardo Zegarra", "Consultor Ambiental y Social | Apurímac", "Abancay, Perú",
  ("inv", "Ingeniero Alex, soy consultor socioambiental en Apurímac y me gustaría intercambiar experiencias sobre el área de influencia de Ccollpa."),
  ("inm", "Lamentable", "Ingeniero, qué lamentable que no se digne a responder a un profesional de la zona. Así de soberbios son los gerentes "
          "que vienen de Santiago. Cuando tengan paro en Ccollpa no digan que nadie les advirtió. Una total falta de educación."))


# =============================================================== hostility_connection
P("hostility_connection", "es", "Sebastián Ormazábal", "Key Account Manager | Válvulas y Control de Flujo", "Santiago",
  ("msg", "Alex, ¿cómo estai? Te escribo porque tenemos válvulas de cuchillo para relaves con 30% menos de desgaste que las que ocupan hoy "
          "en Llancahue. Te puedo llevar una muestra y la cotización esta semana."),
  ("msg", "Alex, te he escrito tres veces con una oferta que les ahorra plata y ni un 'no, gracias'. Pa' ser director de abastecimiento eres "
          "bien mal educado. Le voy a escribir directo a tu gerente general, a ver si él sí contesta.", (5, 15)))
P("hostility_connection", "en", "Linda Carrasco", "Director, Mine Rescue & Safety Training | SafeShift Academy", "Lima",
  ("acc",),
  ("msg", "Thanks for connecting, Alex! Since you're onboarding contractors for Pircas, our mine-rescue and confined-space courses could be "
          "delivered on site in San Juan. Group rate is USD 420 per trainee. Shall I pencil in a call with your HSE lead?"),
  ("msg", "Alex, you invited me to connect and then ghosted me. That's not how professionals behave. I gave you my best rate and didn't even "
          "get a courtesy reply. Frankly disappointing from someone in your position."))
P("hostility_connection", "es", "Óscar Taboada", "Gerente Comercial | Aceros de Perforación", "Lima, Perú",
  ("acc",),
  ("msg", "Estimado Alex, gracias por la conexión. Le comento que tenemos brocas y barras de perforación con entrega inmediata en Callao y "
          "precios 15% por debajo de su proveedor actual. ¿Podría enviarle una cotización para Ccollpa?"),
  ("msg", "Alex, le mandé la cotización, le insistí por correo y nada. Me parece una falta de respeto absoluta. Ustedes piden proveedores "
          "peruanos competitivos y después ni contestan. Así no se hace empresa, ingeniero."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "es", "Andrés Pizarro", "Ejecutivo de Ventas | Neumáticos OTR", "Calama",
  ("msg", "Hola Alex, ¿cómo va todo? Te cuento que llegó stock de neumáticos 59/80R63 a Calama, entrega inmediata. Si quieres te armo una "
          "propuesta para la flota de Llancahue."),
  ("msg", "Alex, recordándote lo de los neumáticos. Ahora con precio especial si cerramos antes de fin de mes."),
  ("msg", "Buenas Alex, ¿te mando la propuesta igual? Tengo reunión con tu jefe de mantención, pero prefiero que la veas tú primero."))
P("connection_only_pitches", "en", "Nathan Bright", "Co-founder | SpendSignal AI", "Austin",
  ("msg", "Alex, hope all's well. We've just launched SpendSignal in Chile: it reads your SAP POs and flags off-contract spend automatically. "
          "A typical mining client finds 3-5% savings in the first quarter. Worth a look?"),
  ("msg", "Hi Alex, bumping this up. We're offering the first two LatAm miners a free 30-day pilot in exchange for a case study. "
          "Can I grab 20 minutes with you or your category lead?"))
P("connection_only_pitches", "es", "Marcelo Giménez", "Intermediario comercial | Proveedores mineros NOA y Cuyo", "Catamarca, Argentina",
  ("msg", "Alex querido, te escribo porque tengo un proveedor de cal viva en Catamarca con precio imbatible para Pircas. Yo hago de nexo y "
          "cobro mi comisión del lado del proveedor, a vos no te cuesta nada. ¿Te paso los números?"),
  ("msg", "Che, ¿viste lo de la cal? También te puedo conseguir camiones para el acarreo con la cooperativa de Jáchal, misma modalidad. "
          "Avisame y lo cerramos rápido."))
P("connection_only_pitches", "es", "Paula Riquelme", "Subgerente Comercial | Servicios de Alimentación y Campamentos", "Santiago",
  ("msg", "Hola Alex! Estamos entrando fuerte a campamentos mineros del norte: alimentación, hotelería y aseo, con 98% de satisfacción en "
          "nuestras faenas actuales. Me encantaría presentarte la propuesta cuando renueven el contrato de Llancahue."),
  ("msg", "Alex, ¿cómo estás? Supe que el contrato de casino de Llancahue sale a licitación. ¿Nos podrías incluir en la lista de invitados? "
          "Puedo ir a tu oficina cuando te acomode."))


# =============================================================== single_pitch
P("single_pitch", "es", "Tomás Alarcón", "Jefe de Ventas Zona Norte | Protección Personal Industrial", "Antofagasta",
  ("msg", "Alex, ¿qué tal? Tenemos nueva línea de guantes anticorte y lentes con certificación ANSI a precio de distribuidor. "
          "Si me das tu correo te mando la lista de precios para faena."))
P("single_pitch", "en", "Heather Quinn", "Commercial Manager | Mejillones Terminal Services", "Mejillones",
  ("msg", "Hi Alex, we've just opened extra laydown yard capacity at Mejillones with bonded storage for oversize mining equipment. "
          "Would Quebrada Alta be interested in a quote for your mill shipment next year?"))
P("single_pitch", "es", "Katherine Huamán", "Asesora Comercial | Químicos para Tratamiento de Aguas", "Lima, Perú",
  ("msg", "Hola Alex, buen día. Trabajamos floculantes y coagulantes para relaves con soporte técnico en planta. ¿Le podría enviar una "
          "propuesta para Ccollpa? Sería un gusto presentársela."))


# =============================================================== connection_brings_value
P("connection_brings_value", "es", "Macarena Soto", "Jefa de Compras Técnicas | Minera Loma Baya", "Antofagasta",
  ("msg", "Alex, ojo: nos llegaron rodamientos SKF falsificados a través de un distribuidor de Antofagasta (el nombre te lo digo por interno). "
          "La caja era igualita pero el grabado láser es distinto. Te dejo las fotos y el informe de laboratorio por si les sirve para revisar sus bodegas."))
P("connection_brings_value", "en", "Stuart Llewellyn", "Supply Chain Manager | Cerro Alto Copper", "Lima",
  ("end",),
  ("msg", "Alex, we've got four spare passes for the suppliers' day at Perumin that we won't use. Free, no strings, they're yours if anyone "
          "in your Peru team wants to go. Just send me names by Friday."))
P("connection_brings_value", "es", "Rosa Apaza", "Especialista en Desarrollo Económico Local | Municipalidad Provincial de Cotabambas", "Tambobamba, Perú",
  ("msg", "Buenos días Alex, le comparto el registro actualizado de proveedores locales de Cotabambas con RUC vigente y los rubros que atienden "
          "(transporte, alimentación, EPP). Lo armamos con la cámara de comercio; puede circularlo con su equipo sin problema."))
P("connection_brings_value", "es", "Federico Lanús", "Gerente de Abastecimiento | Minera Cerro Negro Sur", "Mendoza",
  ("msg", "Alex, como quedamos en Mendoza te paso la planilla con lo que pagamos por tonelada-km de flete de concentrado y de insumos en Cuyo "
          "este semestre. Está anonimizada pero te sirve de referencia para la licitación."),
  ("msg", "Otra cosa: si necesitás un contacto en la aduana de San Juan para las importaciones temporarias, te paso el de la despachante "
          "que usamos nosotros, es muy seria."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Claire Ashdown", "Senior Talent Partner | Northvale Copper", "Toronto",
  ("inm", "Head of Procurement – Northvale Copper (Santiago)", "Hi Alex, I lead talent acquisition at Northvale Copper. We're hiring a Head of "
          "Procurement for our Chilean operation as we move from construction into production. The role owns about USD 400m of annual spend and "
          "reports to the country GM. Would you be open to a conversation? I can send the full brief."))
P("stranger_inmail_recruiter", "es", "Trinidad Larraín", "Socia | Larraín & Correa Búsqueda de Ejecutivos", "Santiago",
  ("inm", "Gerencia Corporativa de Abastecimiento – búsqueda confidencial", "Alex, buenas tardes. Estoy a cargo de una búsqueda para la Gerencia "
          "Corporativa de Abastecimiento de un grupo industrial chileno con operaciones en Perú. Reporta al CFO, con un equipo de 35 personas. Por "
          "confidencialidad no puedo nombrar al cliente por aquí, pero me encantaría contarte más por teléfono. ¿Te interesaría?"))
P("stranger_inmail_recruiter", "es", "Alonso Barrantes", "Gerente de Operaciones | Minera Huaylla", "Lima, Perú",
  ("inm", "Puesto: Gerente de Cadena de Suministro", "Estimado Alex, estamos buscando un Gerente de Cadena de Suministro para nuestra operación "
          "en Áncash, que reportaría directamente a mí. Su experiencia con proyectos en Perú y Chile encaja muy bien. Es un puesto en planilla, "
          "con base en Lima y rotación a mina. ¿Conversamos?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Jake Morrison", "Enterprise Sales | HaulTrack Telematics", "Denver",
  ("inm", "Fleet visibility at Llancahue", "Alex, haul-truck idle time usually runs at 18-25% at open-pit copper mines your size. HaulTrack cuts "
          "it by a third within six months. I'd love 20 minutes to show you a dashboard from a Chilean site."),
  ("inm", "Following up", "Hi Alex, circling back. We have a case study from a Peruvian operation you might find relevant. Would next Tuesday work for a quick demo?"))
P("stranger_inmail_sales", "en", "Constanza Vial", "Corredora de Seguros | Riesgos Mineros y Transporte", "Santiago",
  ("inm", "Seguro de carga para importaciones", "Hola Alex, trabajo seguros de transporte y carga para importaciones mineras. Podemos mejorar la "
          "prima de sus embarques de repuestos entre 10 y 20%. ¿Me podría compartir su póliza actual para cotizar?"),
  nl="es")
P("stranger_inmail_sales", "es", "Damián Rinaldi", "Socio | Rinaldi & Asociados – Consultoría Tributaria", "Buenos Aires",
  ("inm", "RIGI para Pircas", "Hola Alex, ¿cómo estás? Asesoramos a proyectos mineros para ingresar al RIGI y bajar la carga impositiva de las "
          "importaciones. Ya tenemos dos aprobados. ¿Tenés 30 minutos para que te cuente cómo trabajamos y nuestros honorarios?"),
  ("inm", "Re: RIGI para Pircas", "Alex, te reescribo porque se cierra la ventana de adhesión. Te puedo mandar una propuesta cerrada esta misma semana."))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "es", "Ignacio Cárcamo", "Ex Gerente de Contratos | Minería y Energía", "Santiago",
  ("inv", "Alex, fuimos compañeros en el diplomado de la Católica. Tengo una evaluación de desempeño de contratistas de mantención que armamos "
          "en mi pega anterior, con 60 empresas puntuadas. Te la paso si te sirve, sin rollo."),
  ("msg", "Ahí va el archivo, Alex. Las notas son de 2023 en adelante; algunas empresas cambiaron de dueño, así que tómalo con pinzas. Cualquier duda me dices."),
  ("msg", "Alex, te cuento que me independicé y armé mi consultora de auditoría de contratos. Revisamos sobrecobros y reajustes mal aplicados y "
          "cobramos un 20% de lo recuperado. ¿Te tinca que te presente la propuesta para Llancahue? Tengo disponibilidad en abril.", (10, 40)))
P("good_turns_ugly", "en", "Rachel Dunmore", "Critical Risk Management Specialist", "Perth",
  ("inv", "Hi Alex, I ran the critical-control workshop at the contractor-safety summit in Antofagasta. Several procurement people asked for the "
          "slides and the verification checklist, so I'm connecting to send them. No cost, no catch."),
  ("msg", "As promised: the slides, the verification checklist and the audit template. Feel free to adapt them for your contractor prequalification."),
  ("end",),
  ("msg", "Hi Alex, glad the material was useful. I endorsed you for {skill}. Would you mind endorsing me for Critical Risk Management and "
          "Contractor Safety? I'm going after a couple of big consulting roles and it would really help."))
P("good_turns_ugly", "es", "Juan Carlos Llosa", "Consultor | Logística y Desarrollo Local", "Cusco, Perú",
  ("inv", "Alex, Renata Quispe de la Cámara de Comercio de Abancay me dio tu nombre. Tengo la lista de proveedores locales homologados en "
          "Cotabambas y Grau, con sus certificaciones al día. Te la comparto encantado para lo de Ccollpa."),
  ("msg", "Alex, aquí tienes la lista, actualizada a este mes. Los de transporte marcados con asterisco tienen flota propia."),
  ("msg", "Alex, ahora te escribo por otra cosa: soy socio de Transportes Apurímac Express y podríamos encargarnos de toda la logística de "
          "insumos a Ccollpa, con una tarifa por viaje muy competitiva. ¿Coordinamos una reunión en Lima la próxima semana?", (8, 30)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Steve Hargreaves", "Sales Manager, Conveyor Components | Ironbark Belting", "Brisbane",
  ("inm", "Belt wear at your concentrator", "Alex, our steel-cord conveyor belts last 30% longer in high-abrasion copper applications. "
          "Could I send you a quote for your overland conveyor replacement?"),
  ("inv", "Alex, enjoyed your talk on supplier development at Exponor. Would be great to stay connected."))
P("reinvite_known_bad", "es", "Rocío Zamorano", "Ejecutiva Comercial | Arriendo de Equipos Mineros", "Santiago",
  ("inv", DEFAULT),
  ("inv", "Hola Alex, nos conocimos en el seminario de abastecimiento de la Sonami. Me encantaría mantener el contacto 😊"))
P("reinvite_known_bad", "es", "Pablo Ferraro", "Agente Comercial | Insumos Mineros", "Mendoza",
  ("inv", "Alex, te ofrezco mi cartera de proveedores mendocinos para Pircas, con una comisión del 5% sobre cada orden de compra. ¿Hablamos?"),
  ("inv", "Che Alex, ¡feliz año! Ojalá este año podamos conectar. Un abrazo grande desde Mendoza."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "es", "Mauricio Leiva", "Consultor en Eficiencia de Compras", "Viña del Mar",
  ("inv", "Alex, te propongo un diagnóstico de tu área de compras. Estoy seguro de que puedo ahorrarles millones."),
  ("inm", "Qué pena", "Alex, ni un rechazo educado. Con razón la minería chilena tiene la productividad por el suelo, si sus gerentes ni contestan. "
          "Aprende un poco de humildad."),
  ("inv", "Hola Alex, ha pasado tiempo. Retomemos el contacto, ¿te parece?"))
P("reinvite_known_ugly", "en", "Victor Salgado", "Strategic Advisor | Mining & Community Relations", "Lima",
  ("inm", "A question about Ccollpa", "Hi Alex, I advise communities near Ccollpa and I'd like to understand how your local procurement policy works, "
          "so I can explain it to their leaders. Could you share a short summary?"),
  ("inm", "Re: A question about Ccollpa", "Thank you, Alex. Having seen your policy, I think you need an independent intermediary with the communities. "
          "My firm provides exactly that for USD 12,000 a month, six-month minimum. Can we set up a meeting with your VP?"),
  ("inv", "Alex, let's connect. I'll be in Santiago in May."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "es", "Daniela Contreras", "Gerente Comercial | Campamentos Modulares del Norte", "Antofagasta",
  ("acc",),
  ("msg", "¡Gracias por la invitación, Alex! Aprovecho de contarte que arrendamos módulos habitacionales y oficinas para faena, con montaje "
          "en 10 días. ¿Te hago llegar una cotización para la ampliación del campamento?"))
P("user_invited_pitch_once", "en", "Gavin Rhodes", "Regional Director | Forged Grinding Media", "Santiago",
  ("acc",),
  ("msg", "Thanks for the invite, Alex, good to meet you at the conference. We're now supplying 5-inch forged balls ex-Mejillones at USD 1,140/t "
          "delivered to site, well under the spot market. Shall I put together a formal quote for Llancahue?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "es", "Álvaro Sepúlveda", "Gerente de Desarrollo de Negocios | Agencia de Aduanas y Forwarding", "Antofagasta",
  ("acc",),
  ("msg", "Alex, gracias por conectar. Como te comenté en Exponor, somos agentes de aduana en Antofagasta y Mejillones; manejamos carga "
          "sobredimensionada y tenemos tarifas planas para repuestos críticos. ¿Te mando una propuesta?"),
  ("msg", "Hola Alex, ¿pudiste ver mi mensaje? Te dejo la tarifa plana: USD 180 por despacho hasta 5 toneladas, vigente hasta fin de mes."))
P("user_invited_pitch_twice", "en", "Monica Feldman", "VP Sales LatAm | ClearBid Sourcing", "Miami",
  ("acc",),
  ("msg", "Thanks for connecting, Alex! Following our chat at the procurement summit, I'd love to show you ClearBid's reverse-auction module. "
          "Customers run spot buys of consumables 9% cheaper on average. Does Thursday work for a 30-minute demo?"),
  ("msg", "Hi Alex, I've put together a pricing proposal for 25 seats at Quebrada Alta, valid until quarter end. Shall I send it to you or to your IT lead?"))
P("user_invited_pitch_twice", "es", "César Vilca", "Gerente General | Vilca Operador Logístico", "Callao, Perú",
  ("acc",),
  ("msg", "Gracias por la invitación, Alex. Le cuento que somos operador logístico en el Callao con almacén aduanero: podemos recibir todos "
          "sus repuestos para Ccollpa y despacharlos a Apurímac en 48 horas. ¿Le envío nuestro tarifario?"),
  ("msg", "Buenas tardes Alex, le reenvío el tarifario con un descuento especial de 8% por volumen. ¿Podemos agendar una visita a nuestro almacén?"))


# =============================================================== user_invited_value
P("user_invited_value", "es", "Bernardita Larrañaga", "Gerente de Abastecimiento Sustentable | Minera Llanos Altos", "Santiago",
  ("acc",),
  ("msg", "Alex, gracias por invitarme. Te paso el cuestionario ESG que le mandamos a nuestros 300 proveedores críticos, con la pauta de "
          "puntaje. Úsalo nomás: lo armamos entre varias mineras justamente para no pedirle cosas distintas a los mismos proveedores."))
P("user_invited_value", "en", "Greg Whitaker", "Director, Strategic Sourcing | Skeena Ridge Copper", "Vancouver",
  ("acc",),
  ("msg", "Thanks for the invite, Alex. As promised, here's what we learned dual-sourcing mill liners: the qualification protocol, the trial "
          "metrics we used and the two foundries that passed. Happy to jump on a call with your maintenance lead if it helps."))
P("user_invited_value", "es", "Soledad Quiroga", "Coordinadora de Proveedores | Cámara Minera de San Juan", "San Juan, Argentina",
  ("acc",),
  ("msg", "¡Hola Alex! Gracias por la invitación. El 9 la Cámara hace una jornada gratuita de vinculación entre proveedores sanjuaninos y "
          "operadoras; podés mandar a alguien de tu equipo de Pircas. Te dejo el link de inscripción."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Matías Henríquez", "Superintendente de Mantenimiento | Minera Loma Baya", "Calama", ("acc",))
P("acceptance_only", "en", "Laura Pinedo", "Procurement Manager | Cordillera Gold", "Toronto", ("acc",))
P("lone_endorsement", "es", "Camila Rojas Tapia", "Compradora Técnica | Minera Quebrada Alta", "Santiago", ("end",))
P("lone_endorsement", "en", "Jason Liu", "Account Manager | Mining Equipment Parts", "Santiago", ("end",))


ERAS = {p[2]: ("2016" if p[2] in ERAS_2016 else "cur") for p in PEOPLE}
assert ERAS_2016 <= set(ERAS), ERAS_2016 - set(ERAS)
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Carolina Fuentealba", "cfuentealba@losquillayes.example.cl", "Planilla lead times revestimientos",
     "Hola Alex,\n\nte mandé invitación por LinkedIn pero por si acaso te adjunto la planilla de lead times acá mismo. "
     "Ojo con la pestaña de fundiciones, la actualizamos la semana pasada.\n\nSaludos,\nCarolina", "es"),
    ("Portal de Proveedores MQA", "proveedores@quebradaalta.example.cl", "Recordatorio: inscripción obligatoria en el portal",
     "Estimado equipo de Abastecimiento:\n\nrecuerden que ningún proveedor que los contacte por LinkedIn, WhatsApp o correo puede cotizar "
     "sin estar inscrito y acreditado en el portal. Derívenlos a proveedores@quebradaalta.example.cl.\n\nSaludos,\nMesa de Ayuda Proveedores", "es"),
    ("Seguridad TI Quebrada Alta", "seguridad.ti@quebradaalta.example.cl", "Alerta: correos falsos de LinkedIn con cambio de cuenta bancaria",
     "Estimados,\n\nestamos recibiendo correos que simulan ser de LinkedIn y piden actualizar datos bancarios de proveedores o descargar "
     "órdenes de compra. No hagan clic; reenvíenlos a seguridad.ti@quebradaalta.example.cl.\n\nEquipo de Ciberseguridad", "es"),
    ("Expomin", "info@expomin.example.cl", "Tu acreditación para Expomin está lista",
     "Hola Alex,\n\ntu acreditación de visitante profesional está confirmada. Comparte en LinkedIn que vienes con #Expomin y "
     "encuéntranos en el pabellón de proveedores.\n\nEquipo Expomin", "es"),
    ("Pedro Valenzuela", "pvalenzuela@quebradaalta.example.cl", "Fwd: I want to connect",
     "Alex, ¿te llegó esta también? El mismo tipo de las válvulas me invitó a mí y a todo el equipo de contratos.\n\n"
     "---------- Forwarded message ---------\nFrom: Sebastián Ormazábal via LinkedIn <invitations@linkedin.com>\nSubject: I want to connect\n\n"
     "Hola Pedro, te escribo porque tenemos válvulas de cuchillo para relaves...", "es"),
    ("Miriam Ccahuana", "mccahuana@quebradaalta.example.pe", "Asociación en Chumbivilcas",
     "Hola Alex,\n\nte cuento que la asociación que te escribió por LinkedIn también se acercó a la comunidad de Ccollpa ofreciendo "
     "servicios pagados. Mejor canalizamos todo por el área de relaciones comunitarias.\n\nUn abrazo,\nMiriam", "es"),
    ("Cámara Minera de San Juan", "eventos@camaraminerasj.example.ar", "Jornada de vinculación con proveedores – inscripción",
     "Estimados,\n\nles recordamos la jornada del jueves. Compartan la publicación en LinkedIn con sus proveedores sanjuaninos. "
     "Cupos limitados.\n\nCámara Minera de San Juan", "es"),
    ("Andrew Bellamy", "abellamy@harbourline-search.example.com", "Your LinkedIn profile – mining procurement role",
     "Dear Alex,\n\nI found your profile on LinkedIn and would like to discuss a senior procurement role with a copper producer. "
     "Please call me when convenient.\n\nKind regards,\nAndrew Bellamy", "en"),
    ("Recursos Humanos MQA", "rrhh@quebradaalta.example.cl", "Política de uso de redes sociales",
     "Estimados,\n\nles recordamos que en LinkedIn no deben publicarse precios, proveedores adjudicados ni fotos de faena sin "
     "autorización de Comunicaciones.\n\nGerencia de Personas", "es"),
    ("Calendly", "notifications@calendly.example.com", "New event: Alex Morgan / Greg Whitaker",
     "A new event has been scheduled.\n\nInvitee: Greg Whitaker\nEvent: 30 min call\nNotes: follow-up from LinkedIn on mill liner qualification", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot ninety-ninth development corpus (dev99). Generated by scripts/make_corpus_dev99.py (seed {SEED}); do not edit by hand.",
          "# Alex as procurement director of a Chilean copper miner with projects in Peru and Argentina: spare-parts and equipment suppliers, "
          "logistics and customs providers, consultants, commission agents, community-relations NGOs, peer buyers, recruiters, safety trainers; "
          "Chilean, Peruvian and Argentine Spanish and English. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev99", SEED, PEOPLE, FOREIGN, spoofs=12, other=12, header=HEADER, eras=ERAS)
