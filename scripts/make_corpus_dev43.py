#!/usr/bin/env python3
"""Write mailbot's dev43 corpus: tests/corpus/dev43/*.eml + expected.toml.

The angle: a Latin American Spanish inbox. Alex leads finance for a group with offices in
Mexico City, Buenos Aires, Santiago and Bogotá, and all of LinkedIn's own wording is Spanish.
The people write the way people in the region write on LinkedIn: formal usted and ustedes,
Argentine and Uruguayan voseo ("querés", "tenés", "te sumás"), Mexican ("¿qué onda?", "platicar",
"ahorita", "te late", "echar la mano"), Chilean ("cachai", "bacán", "po", "al tiro", "harto"),
Colombian ("parce", "chévere", "qué pena con usted", "me colabora", "doctor" for anyone with a
degree), a little Venezuelan and Peruvian, diminutives ("cafecito", "llamadita", "ratito"),
missing accents and typos. Their world: the IMEF, IAEF and the Colegio de Contadores, the SAT,
AFIP, SII and DIAN, CFDI and factura electrónica, NIC 29 hyperinflation accounting, the
Argentine exchange controls, UF-indexed leases, cash pooling and FX hedging; factoring,
leasing, payroll, ERP, expense cards, offshore wealth managers, D&O insurance, collection
agencies, lead generation and crypto treasury sellers; headhunters with real roles.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. Names, cities, headlines, skills, job-alert titles, the other
LinkedIn mail and the notes that spoofs carry are swapped for Latin American ones in this
process only (make_corpus.py itself is not changed). Every note was written from
shared/taxonomy.md alone, without reading mailbot's signals, judge or wording, or the notes of
the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev43.py              # writes tests/corpus/dev43
    python scripts/make_corpus_dev43.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260843

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ Latin American world (this process only)
mc.LANGS[:] = ["es", "es", "es", "es", "es"]          # spoofs and other LinkedIn mail: Spanish wording too
mc.L["es"]["rheadline"] = "Director Regional de Finanzas LATAM en Example Industries"
mc.L["es"]["skills"] = ["Finanzas corporativas", "Tesorería", "NIIF", "Planeación financiera", "Consolidación", "Control de gestión",
                        "Presupuestos", "Riesgo cambiario"]
mc.L["en"]["skills"] = ["Corporate Finance", "Treasury", "IFRS", "Financial Planning", "Consolidation"]
mc.CITY["es"] = ["Ciudad de México", "Buenos Aires", "Santiago", "Bogotá", "Monterrey", "Medellín", "Guadalajara", "Córdoba", "Valparaíso", "Lima"]
mc.NAMES["es"] = (["Guillermo", "Maricela", "Facundo", "Yesenia", "Cristóbal", "Milagros", "Jhonatan", "Marisol", "Emiliano", "Valentina", "Braulio",
                   "Antonella", "Leonardo", "Xóchitl", "Benjamín", "Luz Marina", "Gerardo", "Constanza", "Fabián", "Ivonne"],
                  ["Hernández", "Aguirre", "Bustos", "Pizarro", "Quintana", "Villalobos", "Arango", "Cabrera", "Sepúlveda", "Olivares", "Acosta",
                   "Galván", "Zúñiga", "Montoya", "Figueroa", "Escobar", "Iturralde", "Maldonado"])
mc.COMPANIES["good"] = ["Grupo Alvarado Industrial", "Laboratorios Pampa", "Minera Andacollo", "Café Alto Andino", "Universidad EAFIT",
                        "Farmacéutica Nova", "Viña Los Robles", "Transportes del Pacífico"]
mc.COMPANIES["sales"] = ["Factor Ágil", "ERP Azteca Cloud", "CobraFácil", "TesoFlow", "Leasing Andino", "Patrimonio Internacional", "LeadPampa",
                         "GastoClaro"]
mc.HEADLINES["good"] = ["Gerente de Finanzas en {co}", "Contralor Corporativo | {co}", "CFO en {co}", "Tesorera en {co}", "Jefe de Planeación Financiera | {co}",
                        "Directora de Administración y Finanzas | {co}"]
mc.HEADLINES["sales"] = ["Ejecutivo Comercial en {co}", "Gerente de Nuevos Negocios | {co}", "Fundador y CEO | {co}", "Key Account Manager LATAM | {co}",
                         "Asesor Senior | {co}"]
mc.JOBS[:] = [("Gerente de Finanzas Regional", "Grupo Alvarado Industrial"), ("CFO Cono Sur", "Laboratorios Pampa"),
              ("Director de Tesorería LATAM", "Transportes del Pacífico"), ("Contralor Corporativo", "Farmacéutica Nova"),
              ("Head of FP&A Andean Region", "Café Alto Andino")]
mc.INMAIL_SUBJECTS["es"]["sales"] = ["Una idea para tu tesorería", "¿Un cafecito virtual?", "Propuesta para Example Industries", "Consulta rápida",
                                     "Ahorro en comisiones bancarias"]
mc.OTHER["es"] = dict(
    job=("{n} empleos nuevos de «gerente de finanzas»", "Tu alerta de empleo de gerente de finanzas en {city}", "Ver empleo"),
    search=("{first}, apareciste en {n} búsquedas esta semana", "Apareciste en {n} búsquedas esta semana. Descubre quién te está buscando."),
    views=("{first}, mira quién vio tu perfil", "{n} personas vieron tu perfil en los últimos 90 días."),
    pin=("{first}, este es tu PIN", "Usa este código de verificación para terminar de iniciar sesión: {pin}"),
    signin=("Nuevo inicio de sesión en tu cuenta de LinkedIn", "Detectamos un nuevo inicio de sesión desde Chrome en Windows en {city}. Si fuiste tú, no necesitas hacer nada."),
    pymk=("{first}, agrega a {pname} - {phead}", "Personas que quizá conozcas"),
    news=("¿Qué cambia para las empresas con la salida del cepo?", "Noticias destacadas de LinkedIn Noticias"),
    group=("Conversaciones destacadas en CFOs de Latinoamérica", "Estas son las conversaciones más comentadas de tu grupo esta semana"),
    premium=("{first}, prueba Premium gratis por 1 mes", "Descubre quién vio tu perfil y destaca ante los reclutadores con Premium."),
    newsletter=("Tesorería sin fronteras: cerrar el mes con cuatro monedas", "Nueva edición de un boletín al que estás suscrito"),
)
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:outlook.com", "dkimfail", "lookalike:linkedin-mail.co", "nodkim",
                       "untrusted:mx.example.org", "display:gmail.com", "buried", "lookalike:xn--lnkedin-rfb.com", "wrongpass"]
# what the spoofs say in someone's name: a phish dressed as finance paperwork, or a crude pitch
SPOOF_NOTES = [
    "Buen día Alex, le comparto la factura CFDI pendiente de pago de la filial de Monterrey. Descárguela desde el enlace seguro antes de las 18:00 hrs.",
    "Hola Alex, te compartí el estado de cuenta conciliado de Bogotá por LinkedIn Documentos. Ingresá con tu usuario y clave para verlo.",
    "Estimado, por cambio de banco de nuestro proveedor en Santiago favor de confirmar los nuevos datos de la cuenta en el portal adjunto.",
    "Alex, tenemos un fondo en dólares con 18% anual garantizado para directivos. Cupos limitados, reserve aquí su lugar.",
]
SPOOF_PHISH = [
    "Hola Alex, te mandé el contrato firmado por DocuSign a través de LinkedIn. Iniciá sesión para descargarlo.",
    "Estimado Alex: su perfil fue seleccionado para una verificación de identidad. Confirme sus datos en las próximas 24 horas.",
]
mc.BANKS["es"]["sales"] = list(SPOOF_NOTES)
mc.BANKS["es"]["pitch"] = list(SPOOF_NOTES)
mc.PHISH_NOTES["es"] = list(SPOOF_PHISH)
SPOOF_NOTES_EN = [
    "Hi Alex, the wire confirmation for the Bogota office is ready. Please sign in with your LinkedIn credentials to release the document.",
    "Alex, our USD money-market desk is opening 5 slots for LatAm treasurers this week. Book your allocation here before Friday.",
]
mc.BANKS["en"]["sales"] = list(SPOOF_NOTES_EN)
mc.BANKS["en"]["pitch"] = list(SPOOF_NOTES_EN)
mc.PHISH_NOTES["en"] = ["Hello Alex, a shared spreadsheet with the Q3 intercompany balances is waiting for you. Log in to open it."]

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "es", "Guadalupe Treviño", "Tesorera Corporativa en Grupo Alvarado Industrial | Comité de Tesorería IMEF", "Monterrey",
  ("inv", "Buen día Alex. Coordino el comité de tesorería del IMEF Monterrey; el 22 de mayo tenemos desayuno sin costo sobre coberturas cambiarias "
          "con un subgerente de Banxico y cuenta por 4 puntos de EPC. Nos daría mucho gusto que nos acompañara."),
  ("rem",))
P("good_invitation", "es", "Martín Ezcurra", "CFO en Laboratorios Pampa | ex Deloitte", "Buenos Aires",
  ("inv", "Hola Alex, ¿cómo andás? Vi que tienen filial acá. Nosotros estamos peleándonos con el ajuste por inflación de la NIC 29 en la consolidación "
          "y me vendría bárbaro saber cómo lo encararon ustedes con los auditores. Es una consulta entre colegas, nada más."))
P("good_invitation", "es", "Javiera Fuenzalida", "Subgerente de Impuestos | Retail", "Santiago",
  ("inv", "Hola Alex! Pedro Larraín me contó que andai buscando a alguien que haya pasado por una fiscalización del SII por precios de transferencia. "
          "Yo la viví el 2023 y feliz te cuento cómo nos fue, sin costo ni nada po. Es harto trámite, te puedo ahorrar unos meses."),
  ("rem",))
P("good_invitation", "es", "Juliana Restrepo", "Directora Especialización en Finanzas | Universidad EAFIT", "Medellín",
  ("inv", "Buenas tardes Alex, qué pena escribirle así de la nada. El 8 de agosto hacemos en EAFIT un conversatorio gratuito sobre factura electrónica "
          "y flujo de caja con CFOs de la región. Sería muy chévere tenerlo de panelista, y la entrada es libre para su equipo."))
P("good_invitation", "es", "Rodrigo Villaseñor", "Head of Finance Practice | Korbach Search México", "Ciudad de México",
  ("inv", "Hola Alex, busco Director de Finanzas para una farmacéutica mexicana con operación en Colombia y Perú, reporta directo al CEO. "
          "Por tu trayectoria regional creo que encajas, o tal vez conozcas a alguien. ¿Platicamos 15 min? Todo confidencial."))
P("good_invitation", "es", "Camila Undurraga", "Analista FP&A | CFA Level II candidate", "Santiago",
  ("inv", "Hola Alex! Armamos un grupo de estudio gratis para el CFA nivel II, nos juntamos los sábados en Providencia y compartimos material. "
          "Vi que eres charterholder: si te tinca pasar una tarde a contarnos cómo te preparaste sería bacán. Somos 9, todos de finanzas."),
  ("rem",))
P("good_invitation", "es", "Thiago Albuquerque", "Controller LATAM | Bebidas do Sul", "São Paulo",
  ("inv", "Olá Alex, perdón mi español. Soy controller regional y estamos haciendo un benchmark de cierre contable entre empresas con filiales en "
          "LATAM (días de cierre, conciliaciones intercompany). Gratis, y compartimos el resultado con todos los participantes. ¿Te interesa?"))


# =============================================================== default_invitation
P("default_invitation", "es", "Fernando Quiroga", "Gerente Comercial | Soluciones Empresariales", "Córdoba", ("inv", DEFAULT), ("rem",))
P("default_invitation", "es", "Paola Miranda", "Ejecutiva de cuentas corporativas", "Lima", ("inv", NONOTE))
P("default_invitation", "es", "Diana Carolina Rincón", "Analista financiera | Contadora Pública", "Cali", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "es", "Héctor Zamudio", "Director Comercial | Factor Ágil - factoraje financiero", "Ciudad de México",
  ("inv", "Que tal Alex, en Factor Agil adelantamos tus cuentas por cobrar en 24 hrs con tasas desde 1.2% mensual y sin afectar tu buro. Varias "
          "empresas con operacion en Mexico y Colombia ya lo usan para capital de trabajo. ¿Te agendo una llamadita esta semana?"))
P("sales_invitation", "es", "Valeria Sosa", "Wealth Advisor | Patrimonio Internacional (Miami - Montevideo)", "Montevideo",
  ("inv", "Hola Alex, asesoro a ejecutivos de la región que quieren poner a resguardo su patrimonio con cuentas en EE.UU. y Suiza. "
          "Si estás pensando en diversificar fuera de Argentina, te cuento en un café cómo trabajamos y qué comisiones manejamos."))
P("sales_invitation", "es", "Julián Castaño", "Socio | Contabilidad Total BPO", "Bogotá",
  ("inv", "Buenas Alex, le propongo externalizar la contabilidad y la nómina de su filial en Colombia con nosotros: tarifa fija mensual, reportes "
          "NIIF y cumplimiento DIAN incluidos. ¿Le puedo enviar una cotización sin compromiso?"),
  ("rem",))
P("sales_invitation", "es", "Tomás Echeverría", "Account Executive | GastoClaro", "Santiago",
  ("inv", "Hola Alex!! Vi que la empresa creció harto en Chile 👏 Con GastoClaro tus equipos rinden gastos desde el celu y chao planillas. "
          "Te muestro en 20 min? Hay 30% dcto si firmas este trimestre 🚀"))
P("sales_invitation", "es", "Nicolás Benedetti", "Founder | LeadPampa - generación de leads B2B", "Rosario",
  ("inv", "Alex, ¿qué tal? Generamos reuniones calificadas con gerentes de compras para empresas industriales. Te garantizamos 15 reuniones por mes "
          "o no pagás. ¿Querés que te muestre casos de clientes en Argentina y México?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "es", "Gonzalo Pereyra", "Fundador | Red de CFOs del Cono Sur", "Buenos Aires",
  ("inv", "Alex, armamos una red de CFOs de empresas con operación en Argentina, Chile y Uruguay para compartir cómo manejamos el cepo, los pagos "
          "al exterior y la inflación. Nos juntamos una vez por mes, cero venta. ¿Te sumás?"),
  ("msg", "Buenísimo que te sumes, Alex! Te cuento algo más: desde mi family office ayudamos a directivos a dolarizar su patrimonio con CEDEARs y "
          "cuentas en Nueva York, con muy buenos rendimientos. ¿Tenés 30 minutos la semana que viene para que te muestre la propuesta?", (3, 12)),
  ("msg", "Alex, te reenvío el link para agendar. Esta semana tengo cupo para dos carteras nuevas con fee preferencial para los de la red 😉", (7, 20)))
P("bait_and_switch_invitation", "es", "Ximena Garza", "Socia | Garza & Ibarra Consultores Fiscales", "Monterrey",
  ("inv", "Hola Alex, colega de finanzas por acá. Tengo una duda que seguro tú ya resolviste: ¿cómo documentaron la materialidad de los servicios "
          "intercompañía ante el SAT? Nos están revisando y cualquier tip se agradece muchísimo."),
  ("msg", "Mil gracias por aceptar! Oye, te platico: en el despacho hacemos defensa fiscal y blindaje de materialidad para grupos como el tuyo. "
          "Te puedo mandar propuesta con honorarios preferenciales, ¿a quién se la hago llegar?", (2, 8)))
P("bait_and_switch_invitation", "es", "Felipe Arancibia", "Consultor NIIF | Autor de guías prácticas", "Santiago",
  ("inv", "Hola Alex, preparé una guía gratuita de 40 páginas sobre NIIF 16 aplicada a arriendos en UF, con ejemplos de asientos. La estoy "
          "compartiendo con gerentes de finanzas que operan en Chile, ¿te la mando?"),
  ("msg", "Ahí va la guía 👆 Eso sí, la planilla que trae se queda corta cuando tienes muchos contratos: nuestra plataforma ArriendoSoft calcula "
          "todo y arma los reportes sola. La licencia parte en 45 UF mensuales. ¿Te agendo una demo con el equipo?"),
  ("msg", "Alex, ¿alcanzaste a ver lo de ArriendoSoft? Nos quedan 3 cupos con implementación gratis este mes, avísame al tiro si te interesa.", (6, 15)))
P("bait_and_switch_invitation", "es", "Natalia Londoño", "Líder de Comunidad | Mujeres Financieras Colombia", "Medellín",
  ("inv", "Hola Alex! Desde la comunidad hacemos cada mes un encuentro virtual gratuito entre líderes de finanzas de la región, con mentoría "
          "cruzada. Nos encantaría que hicieras parte y nos compartieras tu experiencia regional 💛"),
  ("msg", "Alex, qué alegría tenerte en la red. Te cuento que además de la comunidad soy asesora de Seguros Andinos: tenemos un plan de pólizas "
          "D&O y de vida para directivos con cobertura en los cuatro países. ¿Me regalas 20 minuticos para presentarte la propuesta?", (4, 14)))
P("bait_and_switch_invitation", "es", "Renzo Salazar", "Coordinador | Club de Tesoreros Andinos", "Lima",
  ("inv", "Estimado Alex, lo invito a unirse al Club de Tesoreros Andinos, un grupo de pares donde compartimos prácticas de gestión de liquidez "
          "y relación con bancos. La membresía es gratuita y los encuentros son muy bien valorados."),
  ("msg", "Estimado Alex, gracias por aceptar. Aprovecho para presentarle TesoFlow, nuestra solución de pronóstico de caja con inteligencia "
          "artificial, que ya usan varios miembros del club. ¿Podríamos coordinar una demostración de 30 minutos?"),
  ("msg", "Alex, le escribo nuevamente por la demostración de TesoFlow. Tengo disponibilidad el jueves o el viernes por la mañana. Quedo atento.", (5, 12)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "es", "Lorena Valdivia", "Research Lead | Estudio de Compensaciones Finanzas LATAM", "Santiago",
  ("inm", "Estudio de compensación de CFOs 2025", "Hola Alex, estamos preparando el estudio anual de compensación de ejecutivos de finanzas en "
          "Latinoamérica. Son 12 preguntas anónimas y todos los que participan reciben el informe completo gratis. ¿Te animas?"),
  ("inm", "Tu informe + una propuesta", "Gracias por responder la encuesta! El resumen ejecutivo ya está listo. El informe con el detalle por país "
          "y cargo viene incluido en nuestra suscripción CompensaPro (USD 3.900 al año), que además te deja armar bandas salariales para tus equipos. "
          "¿Te coordino una demo?", (10, 25)))
P("bait_and_switch_inmail", "es", "Esteban Mujica", "Director de Contenidos | Foro de Tesorería LATAM", "Bogotá",
  ("inm", "Invitación como panelista", "Doctor Alex, reciba un cordial saludo. Queremos invitarlo como panelista al Foro de Tesorería LATAM en "
          "Cartagena en noviembre, en el bloque de riesgo cambiario. Su trayectoria en la región sería un gran aporte para los asistentes."),
  ("inm", "Confirmación de su participación", "Doctor Alex, mil gracias por su interés. Le comparto el paquete para panelistas: USD 4.500, que "
          "incluye su espacio en el panel, un stand y la cena con los asistentes. Quedo atento a sus datos de facturación."))
P("bait_and_switch_inmail", "es", "Agustín Molina", "MBA Candidate | Universidad Torcuato Di Tella", "Buenos Aires",
  ("inm", "Consulta para mi tesis", "Hola Alex, soy estudiante del MBA de la Di Tella y estoy haciendo la tesis sobre cómo las multinacionales "
          "cubren el riesgo cambiario en Argentina. ¿Me darías 15 minutos para unas preguntas? Te comparto el trabajo cuando lo presente."),
  ("inm", "Una cosa más", "Mil gracias por la buena onda! Te soy sincero: además del MBA laburo en CambioYa, una plataforma de pagos al exterior "
          "con tipo de cambio preferencial para empresas. Por lo que me contaste les podríamos ahorrar bastante. ¿Armamos una call con mi jefe?"))
P("bait_and_switch_inmail", "es", "Rosa Elena Paredes", "Consultora en Finanzas Corporativas", "Puebla",
  ("inm", "Diagnóstico sin costo", "Estimado Alex: este trimestre estamos obsequiando un diagnóstico de flujo de efectivo a 10 empresas con "
          "operación en México. Usted solo nos comparte sus estados financieros y en una semana le entregamos recomendaciones concretas."),
  ("inm", "Resultados de su diagnóstico", "Alex, buen día. Ya tenemos listo el diagnóstico y encontramos áreas de oportunidad importantes. Para "
          "implementarlas le propongo nuestro servicio de consultoría de 6 meses, con una inversión de $380,000 MXN + IVA. ¿Agendamos reunión?", (8, 20)),
  ("inm", "Seguimiento a la propuesta", "Le escribo de nuevo para saber si pudo revisar la propuesta. Si firma antes de fin de mes le respetamos "
          "un 15% de descuento."))


# =============================================================== endorse_me_back
P("endorse_me_back", "es", "Rubén Ledesma", "Contralor | Grupo Constructor del Bajío", "Querétaro",
  ("end",), ("end",),
  ("msg", "Qué onda Alex! Ya te validé en {skill} y en otra más 😎 ¿Me echas la mano validándome Costos y Presupuestos? Ando buscando chamba "
          "nueva y dicen que sí ayuda."))
P("endorse_me_back", "es", "Florencia Bianchi", "Analista Sr. de Impuestos | Big 4", "Buenos Aires",
  ("end",),
  ("msg", "Holaa Alex! Te recomendé en {skill}, te lo merecés 🙌 ¿Me devolvés la gauchada con Impuestos y Precios de transferencia? Me estoy "
          "postulando a gerente y suma un montón."))
P("endorse_me_back", "es", "Matías Errázuriz", "Controller | Viña Los Robles", "Rancagua",
  ("end",), ("end",),
  ("msg", "Alex cómo estai? Te validé en {skill}, cachai que ya sale en tu perfil. Oye, ¿me validai tú en Control de gestión y Excel avanzado? "
          "Sería bacán, gracias!!"))
P("endorse_me_back", "es", "Andrés Felipe Ocampo", "Gerente Administrativo y Financiero | Café Alto Andino", "Manizales",
  ("end",),
  ("msg", "Don Alex, buenos días. Le di una validación en {skill} porque de verdad se la merece. Le quería pedir el favorcito: ¿me colabora "
          "validándome Finanzas corporativas y Negociación? Mil gracias, quedo muy pendiente."))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "es", "Óscar Villegas", "Director Comercial | Nómina Express", "Ciudad de México",
  ("inv", "Alex buenas tardes, en Nómina Express timbramos la nómina de grupos de más de 500 empleados y cuidamos el cumplimiento REPSE. "
          "Me gustaría presentarle nuestra propuesta, ¿le parece?"),
  ("rem",),
  ("inm", "Sin respuesta", "Licenciado, llevo tres semanas esperando que acepte mi invitación. No le costaba nada decir que no. Con esa falta "
          "de educación no me extraña la rotación que tienen en su empresa. Saludos.", (12, 30)))
P("hostility_after_decline", "es", "Pablo Gorostiaga", "Emprendedor | Inversiones", "Mar del Plata",
  ("inv", DEFAULT), ("rem",),
  ("inm", "?", "Che, te mandé la invitación hace un mes y nada. Se nota que te la creés, el gerente regional que no le contesta a nadie. "
          "Ojalá algún día te toque estar del otro lado, flaco."))
P("hostility_after_decline", "es", "Ignacio Valdés", "Jefe de Tesorería | Minera Andacollo", "Antofagasta",
  ("inv", "Hola Alex, soy jefe de tesorería en una minera y estamos evaluando pasar a cash pooling regional. Vi que lo implementaron en tu "
          "grupo, ¿te puedo hacer un par de preguntas? Te debo un café si pasai por Antofa."),
  ("inm", "Bien poco colega", "Alex, te pedí un par de consejos, no plata. Ni siquiera un 'no tengo tiempo'. Bien rasca la actitud, la verdad. "
          "Después se quejan de que en finanzas nadie comparte nada.", (20, 40)))
P("hostility_after_decline", "es", "Carlos Arturo Betancur", "Asesor Financiero Independiente", "Bogotá",
  ("inv", "Buenas tardes doctor Alex, me gustaría conectar con usted para presentarle unas alternativas de inversión en finca raíz en Medellín "
          "con rentabilidades del 14% efectivo anual."),
  ("inm", "Respeto", "Doctor, veo que ignoró mi solicitud. Qué pena decírselo, pero uno de gerente debería tener más consideración con la gente "
          "que trabaja. Así no se hacen negocios en Colombia. Que le vaya bien."))
P("hostility_after_decline", "es", "Yelitza Marcano", "Consultora de Talento Humano", "Ciudad de Panamá",
  ("inv", "Hola Alex, me encantaría tenerte en mi red."),
  ("rem",),
  ("inm", "Increíble", "Mira chamo, no entiendo a la gente que se cree tanto por tener un cargo. Solo te pedí conectar. Te borro y le voy a "
          "contar a todo el mundo cómo tratas a las personas."))


# =============================================================== hostility_connection
P("hostility_connection", "es", "Jorge Anaya", "Gerente de Ventas Empresariales | SegurEmpresa", "Puebla",
  ("msg", "Alex, buen día, aprovecho que estamos conectados para ofrecerte nuestro seguro de gastos médicos mayores colectivo; para un grupo "
          "como el tuyo podemos bajar la prima hasta 20%. ¿Te mando cotización?"),
  ("msg", "Alex?? Te escribí hace dos semanas. Te estoy ofreciendo un ahorro, no te estoy pidiendo un favor. Qué prepotencia, de veras. "
          "Así ni cómo ayudarte.", (10, 20)))
P("hostility_connection", "es", "Carolina Etchegaray", "Socia | Etchegaray & Asoc. - Gestión de cobranzas", "Buenos Aires",
  ("acc",),
  ("msg", "Gracias por aceptar, Alex! Te cuento que desde el estudio hacemos gestión de cobranzas morosas con muy buen recupero en Argentina "
          "y Uruguay. ¿Te interesa que te pase una propuesta?"),
  ("msg", "Mirá, vos me invitaste a conectar y después me clavás el visto. Me parece una falta de respeto total. No sé quién te creés, "
          "pero así no se trata a la gente.", (6, 18)))
P("hostility_connection", "es", "Jhon Jairo Cárdenas", "Director de Alianzas | CrediPyme Plataforma", "Barranquilla",
  ("msg", "Buenas Alex, ¿cómo va todo? Le cuento que en CrediPyme conectamos a los proveedores de grandes empresas con crédito rápido; "
          "ustedes ganan plazo y ellos liquidez. ¿Le suena una reunión virtual para contarle?"),
  ("msg", "Alex, quedo pendiente de su respuesta para cuadrar la reunión."),
  ("msg", "Ve, yo le escribo con toda la buena voluntad y usted ni siquiera abre los mensajes. Qué falta de seriedad. Con gente así no provoca "
          "ni trabajar.", (8, 25)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "es", "Alejandro Cárdenas", "Business Development | ERP Azteca Cloud", "Ciudad de México",
  ("msg", "Hola Alex! Vi que tienen 4 razones sociales en LATAM; con ERP Azteca consolidas todo en tiempo real y timbras CFDI 4.0, facturas DIAN "
          "y SII desde la misma plataforma. ¿Te muestro un demo de 30 min?"),
  ("msg", "Alex, ¿te acomoda el jueves para el demo? Te paso mi agenda: calendly.com/acardenas-erpazteca"),
  ("msg", "Último mensaje, lo prometo 🙂 Tenemos precio especial de migración si cierras antes de diciembre."))
P("connection_only_pitches", "es", "Bruno Sanguinetti", "Asesor de Inversiones | Banca Privada", "Montevideo",
  ("msg", "Estimado Alex, me pongo a disposición por cualquier necesidad de inversión personal. Trabajamos con cuentas en Uruguay y Suiza con "
          "total reserva y atención en español."),
  ("msg", "Alex, te adjunto la presentación de nuestros portafolios en dólares con rendimientos del 6 al 8% anual. Quedo a disposición para "
          "vernos en Buenos Aires o Montevideo cuando te quede cómodo."))
P("connection_only_pitches", "es", "Daniela Cifuentes", "KAM | Leasing Andino", "Bogotá",
  ("msg", "Hola Alex, ¿qué más? Le escribo porque en Leasing Andino financiamos flota y maquinaria con canon deducible y opción de compra del "
          "1%. ¿Le puedo armar una simulación para la operación de Colombia?"),
  ("msg", "Alex, le adjunto la simulación con dos escenarios de plazo. Si quiere la revisamos en una llamadita de 15 minutos."),
  ("msg", "Buenas Alex, le cuento que el comité aprobó tasas especiales hasta el 30. ¿Lo ponemos en marcha?"))


# =============================================================== single_pitch
P("single_pitch", "es", "Verónica Aguilar", "Gerente de Cuentas Corporativas | Tarjeta Viajero Empresarial", "Guadalajara",
  ("msg", "Hola Alex, te comparto que lanzamos una tarjeta corporativa con 1.5% de cashback en viáticos y conciliación automática con tu ERP. "
          "Si te interesa te mando los requisitos y la tabla de comisiones."))
P("single_pitch", "es", "Federico Lanús", "Consultor en Compras y Abastecimiento", "Buenos Aires",
  ("msg", "Alex, ¿qué tal? Hacemos auditorías de compras con ahorro garantizado: cobramos solo un porcentaje de lo que te ahorramos. "
          "En una empresa de tu tamaño solemos encontrar entre 4 y 7 puntos. ¿Lo charlamos?"))
P("single_pitch", "es", "Catalina Vergara", "Capacitación Empresarial | Excel y Power BI", "Viña del Mar",
  ("msg", "Hola Alex, ofrecemos cursos in company de Excel avanzado y Power BI para equipos de finanzas, con código SENCE. El grupo de 15 "
          "personas sale a precio preferente este mes. ¿Te envío la cotización?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "es", "Eduardo Sáenz", "CFO | Farmacéutica Nova", "Ciudad de México",
  ("msg", "Alex, como quedamos en la comida del IMEF, te comparto la plantilla que usamos para calcular la PTU y el checklist del cierre anual. "
          "Úsala sin pena, y si le encuentras mejoras me avisas para actualizarla."))
P("connection_brings_value", "es", "Soledad Acuña", "Gerente de Finanzas | Agroexportadora del Litoral", "Rosario",
  ("end",),
  ("msg", "Alex, gracias por el rato en el congreso del IAEF. Te paso el link a la grabación del panel de NIC 29 y las filminas de los "
          "auditores. El mes que viene hacemos otro encuentro (gratis) con gente de la CNV, si querés te anoto."))
P("connection_brings_value", "es", "Tomás Henríquez", "Gerente de Contabilidad | Transportes del Pacífico", "Valparaíso",
  ("msg", "Oye Alex, te aviso al tiro: el SII sacó la circular nueva sobre retenciones a dividendos para filiales extranjeras y el plazo es corto. "
          "Te dejo el link y mi resumen de una plana."),
  ("msg", "Alex, el Colegio de Contadores hace un webinar gratuito sobre la circular el martes. Te reenvío el link de inscripción por si le "
          "sirve a tu equipo de Santiago."))
P("connection_brings_value", "es", "Paula Andrea Giraldo", "Directora Financiera | Textiles La Sabana", "Bogotá",
  ("msg", "Alex, ¿qué más? Le cuento que en la Cámara de Comercio de Bogotá abrimos una mesa de trabajo sin costo sobre la reforma tributaria "
          "para gerentes financieros de multinacionales. Estoy en el comité y lo puedo inscribir, ¿le interesa?"))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "es", "Regina Montemayor", "Socia | Arden Partners Executive Search México", "Ciudad de México",
  ("inm", "CFO Latinoamérica - búsqueda confidencial", "Estimado Alex: estoy conduciendo la búsqueda del CFO para Latinoamérica de un grupo "
          "de consumo masivo con sede en Ciudad de México y operación en seis países. Reporta al presidente regional. Su experiencia con "
          "Argentina y Colombia es justo lo que buscan. ¿Tendría 20 minutos esta semana para platicar?"))
P("stranger_inmail_recruiter", "es", "Joaquín Iturbe", "CEO & Co-founder | Pagolibre", "Buenos Aires",
  ("inm", "Buscamos VP de Finanzas", "Hola Alex, soy Joaquín, cofundador de Pagolibre. Cerramos la serie B y necesitamos un VP de Finanzas que "
          "arme el área para México y Colombia. Es un rol que reporta a mí, con equity. No es un headhunter escribiendo: te escribo yo porque tu "
          "perfil es exactamente lo que necesitamos. ¿Charlamos?"))
P("stranger_inmail_recruiter", "es", "Jennifer Alvarez", "Senior Recruiter | LatAm Finance & Accounting", "Miami",
  ("inm", "Regional Finance Director - Andean region", "Hi Alex, I'm recruiting a Regional Finance Director for a US-listed logistics company "
          "covering Colombia, Peru and Ecuador, based in Bogotá. Spanish and English required, strong IFRS and US GAAP. Compensation is very "
          "competitive. Would you be open to a quick call, or know someone who might be a fit?"),
  nl="en")
P("stranger_inmail_recruiter", "es", "María José Fuentes", "Consultora Senior | Búsqueda Ejecutiva Andes", "Santiago",
  ("inm", "Gerente de Finanzas Corporativas - Santiago", "Hola Alex, ¿cómo estás? Te escribo por una posición de Gerente de Finanzas Corporativas "
          "en una eléctrica chilena; el foco es financiamiento de proyectos y relación con bancos. Sé que estás bien donde estás, pero si no te "
          "interesa quizás conoces a alguien de tu equipo que esté listo para el paso."),
  ("inm", "Re: Gerente de Finanzas Corporativas", "Alex, te comparto la descripción del cargo y la banda de renta para que lo veas con calma. "
          "Cualquier recomendación se agradece harto."))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "es", "Kevin Morales", "Growth Manager | CobraFácil", "Medellín",
  ("inm", "Cartera vencida", "Hola Alex, ¿cuánto tiene hoy en cartera de más de 90 días? Con CobraFácil automatizamos la cobranza por WhatsApp "
          "y recuperamos hasta 35% más. ¿Le muestro en 15 minutos?"),
  ("inm", "¿Lo vio?", "Alex, le dejo un caso de éxito de una distribuidora en Cali. ¿Cuadramos la demo esta semana?"))
P("stranger_inmail_sales", "es", "Ezequiel Domínguez", "Head of Sales | StableTreasury", "Buenos Aires",
  ("inm", "Tu caja en dólares digitales", "Alex, ¿cómo va? Muchas empresas con operación en Argentina ya tienen parte de la caja en USDT para "
          "protegerse de la devaluación. Te armamos la estructura completa, con custodia y reportes para el auditor. ¿Te muestro cómo lo hacen?"))
P("stranger_inmail_sales", "es", "Paulina Ríos", "Ejecutiva de Seguros de Crédito | Garantía Comercial", "Monterrey",
  ("inm", "Protección de sus cuentas por cobrar", "Buenas tardes Lic. Alex, le escribo para ofrecerle un seguro de crédito que cubre el "
          "impago de sus clientes en México y en exportaciones. Me encantaría cotizarle sin compromiso, ¿con quién de su equipo lo vemos?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "es", "Mauricio Lagos", "Gerente de Planificación Financiera | Salmonera del Sur", "Puerto Montt",
  ("inv", "Alex, hola. Vi tu charla sobre presupuestos base cero en la ACAFI. Armé un modelo de flujo de caja con cobertura en UF y dólares y "
          "te lo puedo pasar gratis; me sirve que alguien con experiencia regional lo critique."),
  ("msg", "Acá va el modelo, con las instrucciones en la primera pestaña. Cualquier comentario me sirve harto, gracias por aceptar."),
  ("msg", "Alex, buenas. Te cuento que el modelo ahora es parte de Proyecta, la consultora que armé, y lo estamos implementando por 180 UF "
          "en empresas medianas. ¿Te interesaría una propuesta para las filiales? Te hago precio de amigo.", (20, 45)))
P("good_turns_ugly", "es", "Adriana Saldívar", "Directora de Capacitación | Colegio de Contadores del Noreste", "Monterrey",
  ("inv", "Hola Alex, le escribo del Colegio: el jueves 12 damos un taller gratuito sobre la nueva Resolución Miscelánea y Carta Porte, con "
          "valor de 3 puntos de EPC. Hay lugares para usted y para su equipo de contabilidad."),
  ("msg", "Alex, gracias por venir al taller. Le comparto la presentación y las preguntas que quedaron pendientes, ya con respuesta."),
  ("end",),
  ("msg", "Alex, qué tal. Oiga, ya le validé {skill} en LinkedIn. ¿Me haría el favor de validarme Capacitación y Oratoria? Estoy "
          "armando mi perfil de conferencista y me ayudaría mucho."))
P("good_turns_ugly", "es", "Sebastián Ortiz", "Gerente de Impuestos | Consumo Masivo", "Bogotá",
  ("inv", "Buenas Alex, parce, pregunta de colega: ¿cómo están manejando el GMF (4x1000) en los traslados entre cuentas del mismo grupo? "
          "Tenemos una discusión con la revisoría y me sirve saber qué hacen otros."),
  ("msg", "Mil gracias por la respuesta, Alex, súper útil. Le dejo en retribución el concepto de la DIAN que encontramos sobre cuentas de "
          "tesorería centralizada, por si le sirve."),
  ("msg", "Alex, una cosita: me independicé y estoy ofreciendo asesoría en planeación tributaria a multinacionales, con iguala mensual. "
          "¿Me recibe 30 minutos para presentarle la propuesta para la filial de Colombia?", (25, 60)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "es", "Gustavo Ríos", "Gerente Comercial | Facturación Electrónica Sin Papel", "Ciudad de México",
  ("inm", "Timbrado CFDI para grupos", "Alex, buen día. Somos PAC autorizado por el SAT y timbramos más de 2 millones de CFDI al mes. Para grupos "
          "como el suyo tenemos paquetes corporativos con precio por folio muy competitivo. ¿Le hago llegar una cotización?"),
  ("inv", "Hola Alex, me dio gusto verte en el foro de Expansión. Sería un gusto seguir en contacto."))
P("reinvite_known_bad", "es", "Leticia Barrios", "Consultora Independiente", "La Plata",
  ("inv", DEFAULT),
  ("inv", "Hola Alex! Coincidimos en el almuerzo del IAEF en el Alvear. ¿Conectamos?"))
P("reinvite_known_bad", "es", "Hernán Cordero", "Gerente de Negocios | Factoring Austral", "Concepción",
  ("inv", "Alex, te ofrezco liquidez inmediata para tus facturas en Chile con factoring sin responsabilidad y tasas desde 0,9% mensual. "
          "¿Lo conversamos?"),
  ("inv", "Hola Alex, sigo tu trabajo hace tiempo y me encantaría tenerte en mi red de contactos."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "es", "Patricio Silva", "Consultor en Eficiencia Operacional", "Santiago",
  ("inv", "Alex, te propongo una revisión de tus procesos de cuentas por pagar; en general encontramos ahorros del 20%. ¿Un café?"),
  ("inm", "Qué onda contigo", "Alex, te escribo por acá porque no aceptas. Ni un saludo, nada. Te digo con cariño que esa soberbia se nota "
          "desde lejos y en Chile el mundo es chico, todos se conocen. Suerte nomás."),
  ("inv", "Hola Alex, partamos de cero. Me gustaría tenerte en mis contactos."))
P("reinvite_known_ugly", "es", "Marcela Quintero", "Consultora | Red de Gerentes Financieros del Eje Cafetero", "Pereira",
  ("inm", "Red de gerentes financieros", "Hola Alex, desde la red reunimos cada trimestre a gerentes financieros de empresas con operación en "
          "Colombia para intercambiar experiencias. No tiene costo. ¿Le gustaría que lo incluyamos en el próximo encuentro?"),
  ("inm", "Su inscripción", "Alex, qué bueno que le interesó. Le cuento que los encuentros los patrocina nuestra firma de outsourcing contable: "
          "para confirmar su cupo le presentamos primero una propuesta de servicios. ¿Qué día le queda bien una visita?"),
  ("inv", "Buenas tardes Alex, quisiera tenerlo en mi red, creo que podemos aportarnos mutuamente."))
P("reinvite_known_ugly", "es", "Raúl Benavides", "Director | Benavides Consultores", "Guadalajara",
  ("inv", DEFAULT),
  ("rem",),
  ("inm", "Su actitud", "Señor Alex, lo invité a conectar hace casi dos meses y ni siquiera se dignó a contestar. Es usted un mamón, "
          "con todo respeto. Ojalá su empresa le dé el mismo trato que usted le da a la gente."),
  ("inv", "Alex, sin rencores. Lo invito de nuevo a conectar, creo que tenemos mucho en común en el mundo de las finanzas."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "es", "Francisco Javier Luna", "Director | Luna & Asociados Precios de Transferencia", "Ciudad de México",
  ("acc",),
  ("msg", "Gracias por la invitación, Alex. Ya que te dedicas a la parte regional, te comento que hacemos los estudios de precios de "
          "transferencia para México, Colombia y Chile en un solo paquete. Si te interesa te cotizo para el ejercicio 2025."))
P("user_invited_pitch_once", "es", "Micaela Rossi", "Ejecutiva de Cuentas | Payroll Cono Sur", "Buenos Aires",
  ("acc",),
  ("msg", "Hola Alex, gracias por agregarme! Como te comenté en el evento, tercerizamos la liquidación de sueldos en Argentina y Uruguay "
          "con convenio y todo. ¿Te paso una propuesta para la filial?"))
P("user_invited_pitch_once", "es", "Felipe Morán", "Gerente Comercial | Auditores Morán Ltda.", "Santiago",
  ("acc",),
  ("msg", "Gracias por conectar Alex. Ya que la auditoría de sus estados financieros se licita el próximo año, me gustaría presentarles nuestra "
          "propuesta de honorarios. ¿Con quién la coordinamos?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "es", "Daniel Echeverri", "Founder | ConciliaBot", "Medellín",
  ("acc",),
  ("msg", "Qué más Alex, gracias por conectar después del panel. ConciliaBot concilia bancos y tarjetas automáticamente para las cuatro "
          "monedas que manejan. ¿Le hacemos una prueba piloto pagada de un mes?"),
  ("msg", "Alex, le envío el contrato del piloto. Son USD 900 por país, que descontamos si firman anual. Quedo pendiente."))
P("user_invited_pitch_twice", "es", "Araceli Núñez", "Ejecutiva Senior | Seguros Patrimoniales Atlante", "Ciudad de México",
  ("acc",),
  ("msg", "Hola Alex, muchas gracias por aceptar. Te comento que llevamos el programa de seguros de daños de varios grupos industriales; "
          "podemos revisar tus pólizas de México y proponerte un mejor costo. ¿Te late?"),
  ("msg", "Alex, te mando la propuesta de renovación con 12% de ahorro estimado. Si me das luz verde ahorita la presentamos al comité."))
P("user_invited_pitch_twice", "es", "Gastón Ferreyra", "Socio | Ferreyra Inversiones", "Córdoba",
  ("acc",),
  ("msg", "Alex, gracias por aceptar! Te cuento que manejamos fondos comunes de inversión y obligaciones negociables para la caja de empresas, "
          "con rendimientos arriba de la inflación. ¿Querés que te arme una cartera modelo?"),
  ("msg", "Alex, te mandé la cartera modelo por mail. Si la aprobás esta semana entra con la licitación del lunes."))


# =============================================================== user_invited_value
P("user_invited_value", "es", "Claudia Montes", "Directora de Finanzas | Grupo Hotelero Caribe", "Cancún",
  ("acc",),
  ("msg", "Hola Alex, gracias por invitarme. Como te prometí en el congreso, te mando el procedimiento que armamos para la conciliación "
          "intercompañía en tres monedas y la matriz de aprobaciones. Si te sirve, úsalo con confianza."))
P("user_invited_value", "es", "Santiago Pérez Alcorta", "Profesor de Finanzas | Universidad de San Andrés", "Buenos Aires",
  ("acc",),
  ("msg", "Alex, gracias por la invitación. Te paso el paper que comentamos sobre coberturas en contextos de control de cambios; el dataset "
          "es público. Y si algún jueves querés dar una clase invitada en la maestría, avisame, los alumnos lo valorarían mucho."))
P("user_invited_value", "es", "Laura Cristina Vélez", "Revisora Fiscal | Socia de auditoría", "Bogotá",
  ("acc",),
  ("msg", "Buenas Alex, con gusto conectamos. Le comparto el resumen que preparamos sobre los cambios en el régimen de precios de transferencia "
          "de la DIAN para el año gravable 2025. Es material libre, lo puede circular con su equipo."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Bernardo Lizárraga", "Director General | Grupo Lizárraga", "Culiacán", ("acc",))
P("acceptance_only", "es", "Josefina Aránguiz", "Gerente de Administración y Finanzas | Clínica Las Condes Norte", "Santiago", ("acc",))
P("lone_endorsement", "es", "Jimena Alvarado", "Analista de Tesorería", "Ciudad de México", ("end",))
P("lone_endorsement", "es", "Mateo Restrepo", "Practicante de Finanzas | Universidad de los Andes", "Bogotá", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Diana Marcela Rojas", "diana.rojas@example-industries.example.co", "Invitación de la U. EAFIT",
     "Hola Alex,\n\n¿te llegó la invitación por LinkedIn de Juliana Restrepo para el conversatorio de EAFIT? Es muy seria, yo fui el año pasado "
     "y estuvo muy bueno. Si vas, me apunto con el equipo.\n\nUn abrazo,\nDiana", "es"),
    ("IMEF Monterrey", "eventos@imef-mty.example.org.mx", "Desayuno de Tesorería - confirma tu lugar",
     "Estimado asociado:\n\nTe recordamos el desayuno del 22 de mayo sobre coberturas cambiarias. Cupo limitado. Síguenos en LinkedIn para "
     "la transmisión en vivo.", "es"),
    ("Banco Austral - Banca Empresas", "avisos@bancoaustral.example.cl", "Aviso de seguridad",
     "Estimado cliente:\n\nNunca le pediremos claves ni confirmación de transferencias por LinkedIn, WhatsApp ni redes sociales. "
     "Ante cualquier duda llame a su ejecutivo.", "es"),
    ("Recursos Humanos México", "rh.mexico@example-industries.example.mx", "Política de redes sociales 2025",
     "Hola a todos,\n\nles compartimos la política actualizada: no publiquen en LinkedIn información financiera de la empresa antes del "
     "reporte trimestral. Gracias.", "es"),
    ("Sofía Caballero (Asistente de Dirección)", "sofia.caballero@example-industries.example.ar", "RV: Invitación para conectar en LinkedIn",
     "Alex, te reenvío esta invitación que me llegó a mí pero creo que era para vos (Martín Ezcurra, CFO de Laboratorios Pampa). "
     "Dice que quiere consultarte lo de la NIC 29.\n\nSofi", "es"),
    ("Regina Montemayor", "rmontemayor@arden-partners.example.mx", "Búsqueda CFO Latinoamérica",
     "Estimado Alex:\n\nLe escribí también por LinkedIn. Le adjunto el perfil del puesto por si prefiere este medio. Quedo a sus órdenes."
     "\n\nRegina Montemayor", "es"),
    ("Congreso IAEF", "congreso@iaef.example.org.ar", "Agenda del 47° Congreso de Ejecutivos de Finanzas",
     "Hola Alex,\n\nya está publicada la agenda. Compartí tu participación en LinkedIn con #CongresoIAEF.", "es"),
    ("CursosPro", "recibos@cursospro.example", "Tu recibo: Cómo optimizar tu perfil de LinkedIn",
     "Gracias por tu compra. Curso: Cómo optimizar tu perfil de LinkedIn para ejecutivos. Total: USD 29,00.", "es"),
    ("Andrés Felipe Ocampo", "afocampo@cafealtoandino.example.co", "Perdón por lo de LinkedIn",
     "Don Alex, qué pena con usted si le pareció insistente lo de las validaciones en LinkedIn. Fue una recomendación de un curso. "
     "Un abrazo desde Manizales.", "es"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot dev43 corpus. Generated by scripts/make_corpus_dev43.py (seed {SEED}); do not edit by hand.",
          "# A Latin American Spanish inbox: Alex leads finance for a group with offices in Mexico City, Buenos Aires, Santiago and Bogotá; "
          "all LinkedIn wording Spanish; usted and voseo, Mexican, Argentine, Chilean and Colombian expressions, diminutives, missing accents "
          "and typos. Same format as tests/corpus/dev."]


def _check_notes() -> None:
    """LinkedIn caps invitation notes at 300 characters; names are unique."""
    names = [p[2] for p in PEOPLE]
    assert len(names) == len(set(names)), "duplicate name"
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        for s in steps:
            if s[0] == "inv" and s[1] not in (DEFAULT, NONOTE):
                assert len(s[1]) <= 300, (name, len(s[1]))


if __name__ == "__main__":
    _check_notes()
    main(__doc__, "dev43", SEED, PEOPLE, FOREIGN, spoofs=10, other=10, header=HEADER)
