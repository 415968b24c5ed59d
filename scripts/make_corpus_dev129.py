#!/usr/bin/env python3
"""Write mailbot's dev129 evaluation corpus: tests/corpus/dev129/*.eml + expected.toml.

The angle: an ordinary year, 2017 to 2018, in the inbox of Alex Morgan, a tax adviser with a
small practice in Seville, mostly in LinkedIn's 2016 layout. The proportions are those of a
real inbox: many invitations with LinkedIn's default text, short sales notes from software
houses (SII e-invoicing, payroll, document management), lead-generation and growth agencies,
GDPR consultants, insurers, banks and printer-renting firms, a handful of real good notes
(a free SII session at the economists' association, a colleague's question on the 2018
Andalusian inheritance-tax reform, a referral of British families from a Gibraltar
accountant, a university study, a journalist), and now and then a rude message or an
endorse-me-back. The writers use Andalusian colloquial Spanish (illo, miarma, dropped
consonants, missing accents), formal Spanish (usted, "Estimado Sr. Morgan:") and some
English from expats on the Costa del Sol, UK firms and offshore sellers.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. In this process only, the dates are moved to 2017-2018, the user's
headline, the endorsement skills, the job-alert titles, the other LinkedIn mail's subjects,
the spoof-only names' headlines and the pitches that spoofs carry are swapped for this
world's. Every note was written from shared/taxonomy.md alone, without reading mailbot's
signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev129.py              # writes tests/corpus/dev129
    python scripts/make_corpus_dev129.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20171129

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, GAPS, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ a Seville tax practice (this process only)
mc.L["es"]["rheadline"] = "Asesor fiscal en Morgan Asesores Tributarios"
mc.L["en"]["rheadline"] = "Tax Adviser at Morgan Asesores Tributarios, Seville"
mc.L["es"]["skills"] = ["Asesoría fiscal", "Derecho tributario", "IVA", "Impuesto sobre Sociedades", "IRPF", "Planificación fiscal"]
mc.L["en"]["skills"] = ["Tax", "Tax Advisory", "VAT", "Corporate Tax", "International Tax", "Tax Planning"]
# LinkedIn's wording in this inbox is Spanish or English: the spoofs and the other mail cycle through these
mc.LANGS[:] = ["es", "en", "es", "es", "en"]
mc.CITY["es"] = ["Sevilla", "Málaga", "Córdoba", "Jerez de la Frontera", "Huelva", "Cádiz", "Granada"]
mc.CITY["en"] = ["Marbella", "Gibraltar", "London", "Fuengirola", "Seville", "Manchester"]
mc.JOBS[:] = [("Asesor fiscal senior", "Hernández Ruiz Auditores y Asesores"), ("Tax Manager – Spain", "Pemberton & Hale LLP"),
              ("Responsable de fiscalidad", "Aceites del Aljarafe S.A."), ("Técnico tributario", "Gestoría Puerta Osario"),
              ("Senior Tax Associate, Iberia desk", "Carrow Whitley"), ("Gerente de Impuestos", "Grupo Guadalquivir Logística")]
mc.COMPANIES["good"] = ["Colegio de Economistas de Sevilla", "Universidad de Sevilla", "Cámara de Comercio de Sevilla", "Hernández Ruiz Auditores",
                        "Diario de Sevilla", "Aceites del Aljarafe", "Carrow Whitley"]
mc.COMPANIES["sales"] = ["FacturaLinx", "Despacho Lleno", "RGPD Ya", "Ofimática del Sur", "PayRollia", "LedgerBridge", "ArchivaPro", "Taxwise Cloud"]
mc.HEADLINES["good"] = ["Asesora fiscal en {co}", "Economista | {co}", "Responsable de administración en {co}", "Tax Manager at {co}",
                        "Profesor de Derecho Financiero | {co}", "Técnico de empresas en {co}"]
mc.HEADLINES["sales"] = ["Comercial en {co}", "Key Account Manager Andalucía | {co}", "Account Executive at {co}", "Ayudo a asesorías a crecer | {co}",
                         "Business Development at {co}", "Delegado comercial Sur | {co}"]
SPOOF_PITCH = {
    "es": ["Hola {first}, te he enviado por LinkedIn Secure Share la factura de honorarios del trimestre. Accede con tu cuenta para descargarla.",
           "Buenos días {first}, tengo un cliente con una herencia de 2 millones que necesita asesor fiscal ya. Confirma tus datos en el enlace y te paso el expediente.",
           "Estimado {first}, la AEAT ha publicado un requerimiento a nombre de su despacho. Consulte el documento iniciando sesión aquí."],
    "en": ["Hi {first}, I'm relocating to Seville and need a tax adviser for my company. Please review my documents through the secure link.",
           "Dear {first}, your client file has been shared with you. Sign in to LinkedIn to view the attachments before they expire."],
    "de": ["Hallo {first}, ich habe Ihnen die Unterlagen zu meiner Immobilie in Sevilla geschickt. Bitte hier anmelden, um sie zu öffnen."],
    "fr": ["Bonjour {first}, je vous ai envoyé le dossier fiscal de mon client via un lien sécurisé. Connectez-vous pour le consulter."],
    "it": ["Ciao {first}, ti ho inviato i documenti per la pratica di successione. Accedi dal link per scaricarli."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
# a few of every kind of spoof the machinery knows, not only look-alike domains
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "nodkim", "untrusted:mx.google.com",
                       "display:outlook.com", "buried", "lookalike:linkedin.com.secure-notify.example", "noauth", "wrongpass", "untrusted:mx.example.org"]
mc.INMAIL_SUBJECTS["es"]["sales"] = ["Documento pendiente", "Cliente para su despacho", "Requerimiento AEAT"]
mc.INMAIL_SUBJECTS["en"]["sales"] = ["Documents for you", "New client enquiry", "Shared file"]
retitle_other({
    "es": {"job": ("{n} empleos nuevos de «asesor fiscal»", "Tu alerta de empleo de asesor fiscal en {city}"),
           "news": "¿Qué cambia con la rebaja del Impuesto de Sucesiones en Andalucía?",
           "group": "Conversaciones destacadas en Asesores Fiscales y Tributarios de Andalucía",
           "newsletter": "Fiscalidad al día: el SII, seis meses después"},
    "en": {"job": ("{n} new jobs for \"tax adviser\"", "Your job alert for tax adviser in {city}"),
           "news": "Brexit: what British residents in Spain need to do before March",
           "group": "Top conversations in Spanish Tax & Legal Professionals",
           "newsletter": "Expat Tax Brief: the 720 form and your UK pension"},
})

# the year: 2017 and 2018, each story's first mail early enough for the whole story to end in 2018
_LO, _HI = datetime(2017, 1, 9, 8, tzinfo=timezone.utc), datetime(2018, 12, 14, 18, tzinfo=timezone.utc)


def _start_date(self: mc.Gen, era: str) -> datetime:
    hi = _HI - timedelta(days=getattr(self, "span", 0))
    return _LO + timedelta(seconds=self.r.randint(0, int((hi - _LO).total_seconds())))


mc.Gen.start_date = _start_date


class _YearStories(cs.EraStories):
    """EraStories whose people start late enough in the year window for their whole story to fit."""

    def story(self, scenario, lang, name, headline, location, nl, steps):
        self.g.span = sum((s[-1] if isinstance(s[-1], tuple) else GAPS[s[0]])[1] + 1 for s in steps[1:])
        try:
            return super().story(scenario, lang, name, headline, location, nl, steps)
        finally:
            self.g.span = 0


cs.EraStories = _YearStories

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== default_invitation
P("default_invitation", "es", "Rocío Benjumea", "Administrativa contable en Gestoría Hispalis", "Sevilla", ("inv", DEFAULT), ("rem",))
P("default_invitation", "es", "José Antonio Romero Lora", "Comercial | Seguros Bética", "Dos Hermanas", ("inv", DEFAULT))
P("default_invitation", "es", "Macarena Delgado", "Estudiante de ADE en la Universidad de Sevilla", "Sevilla", ("inv", DEFAULT))
P("default_invitation", "es", "Francisco Javier Cala", "Director de oficina | Caja Rural", "Utrera", ("inv", DEFAULT), ("rem",))
P("default_invitation", "es", "Inmaculada Gallardo", "Técnico de Recursos Humanos", "Jerez de la Frontera", ("inv", DEFAULT))
P("default_invitation", "en", "Gary Whitlock", "Owner, Whitlock Property Services", "Mijas", ("inv", DEFAULT), ("rem",))
P("default_invitation", "es", "Antonio Jesús Márquez", "Autónomo | Reformas integrales", "Alcalá de Guadaíra", ("inv", DEFAULT), ("rem",), ("rem",))
P("default_invitation", "es", "Lucía Vergara", "Abogada", "Córdoba", ("inv", NONOTE))
P("default_invitation", "es", "Pedro Luis Caballero", "Consultor SAP FI/CO freelance", "Málaga", ("inv", DEFAULT))
P("default_invitation", "es", "Sanjay Mehta", "Business Development Executive at Finstreet Outsourcing", "Pune", ("inv", DEFAULT), ("rem",), nl="en")
P("default_invitation", "es", "Reyes Castañeda", "Responsable de administración | Aceitunas Guadalquivir S.L.", "Arahal", ("inv", DEFAULT))
P("default_invitation", "es", "Álvaro Sotomayor", "Wealth Manager | Banca Privada", "Madrid", ("inv", DEFAULT))
P("default_invitation", "es", "Antonio Manuel Herrera", "Jefe de ventas en Distribuciones Herrera e Hijos", "Lebrija", ("inv", DEFAULT))
P("default_invitation", "es", "Yolanda Pastor", "Consultora de selección | Trabajo temporal", "Sevilla", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Chris Dunmore", "Sales Manager at Costa Villas Direct", "Benalmádena", ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "es", "Rafael Medina", "Key Account Andalucía | FacturaLinx SII", "Sevilla",
  ("inv", "Buenos días Alex. El 1 de julio entra el SII y muchos despachos aún no tienen resuelto el envío de los libros de IVA de sus clientes. "
          "Con FacturaLinx se hace desde el propio programa de contabilidad. ¿Le viene bien una demostración de 20 minutos la semana que viene?"),
  ("rem",))
P("sales_invitation", "es", "Beatriz Lozano", "Growth Partner | Despacho Lleno", "Madrid",
  ("inv", "Hola Alex! Ayudamos a asesorías como la tuya a conseguir entre 5 y 10 clientes nuevos al mes con campañas en Google y redes. "
          "Sin permanencia y pagas solo por contacto cualificado. ¿Te cuento en una llamada rápida cómo lo hacemos?"))
P("sales_invitation", "es", "Juan Carlos Pozo", "Consultor de Protección de Datos | RGPD Ya", "Sevilla",
  ("inv", "Alex, el 25 de mayo entra en vigor el RGPD y las asesorías manejáis muchísimos datos personales de clientes y empleados. "
          "Le dejamos el despacho adaptado (registro de actividades, contratos de encargado, cláusulas) por una tarifa cerrada. ¿Le paso presupuesto?"),
  ("rem",))
P("sales_invitation", "es", "Kevin D'Souza", "Head of Sales EMEA | LedgerBridge Offshore Accounting", "Bangalore",
  ("inv", "Hi Alex, we support European accounting and tax firms with offshore bookkeeping and payroll at around 60% lower cost. "
          "GDPR-ready, and we have Spanish-speaking staff. Open to a short call to see whether it fits your practice?"), nl="en")
P("sales_invitation", "es", "Mari Carmen Ruiz", "Asesora comercial | Ofimática del Sur – renting de impresoras", "Sevilla",
  ("inv", "Buenas tardes!! Trabajo con muchos despachos de Nervión y Los Remedios con el renting de equipos multifunción. "
          "Os hago un estudio gratis de lo que pagáis ahora por copia y seguro que os ahorro un pellizco. Un saludo!!"))
P("sales_invitation", "es", "Ignacio Pérez de Guzmán", "Agente financiero | Banca privada y gestión patrimonial", "Sevilla",
  ("inv", "Estimado Sr. Morgan: colaboro con varios asesores fiscales de Sevilla a los que abonamos una comisión por cada cliente que nos presentan "
          "para gestión patrimonial. Me gustaría explicarle el acuerdo tomando un café, cuando a usted le venga bien."))
P("sales_invitation", "es", "Daniel Trigo", "Diseño web y SEO para despachos profesionales", "Huelva",
  ("inv", "Hola Alex, he visto la web de tu despacho y no está adaptada al movil, asi que estas perdiendo visitas en Google. "
          "Te preparo una propuesta con diseño nuevo y posicionamiento local en Sevilla, ¿te interesa?"))
P("sales_invitation", "en", "Tyler Bromwell", "Account Executive | Taxwise Cloud Practice Suite", "Austin, Texas",
  ("inv", "Alex - noticed you run an independent tax practice. Taxwise Cloud puts client onboarding, e-signatures and filing deadlines in one place, "
          "and we've just launched in Spain. Worth 15 minutes for a demo?"),
  ("rem",))


# =============================================================== good_invitation
P("good_invitation", "es", "Carmen Espinosa Lobato", "Economista | Asesora fiscal | Comisión fiscal del Colegio de Economistas de Sevilla", "Sevilla",
  ("inv", "Hola Alex, soy Carmen, de la comisión fiscal del Colegio. El día 20 hacemos una jornada gratuita sobre el SII con un inspector de la AEAT "
          "y computa para las horas de formación del REAF. Me acordé de ti por tu pregunta en la última sesión. ¡Te espero!"),
  ("rem",))
P("good_invitation", "es", "Joaquín Moreno Vela", "Asesor fiscal | Moreno Vela Asesores", "Jerez de la Frontera",
  ("inv", "Buenas Alex, compañero de Jerez. Me ha caído una herencia con un piso en Sevilla y la nueva reducción autonómica me tiene liao: "
          "¿la mejora de 2018 se aplica ya a un fallecimiento de enero? Te vi en la ponencia del REAF y pensé en ti. Gracias de antemano!"))
P("good_invitation", "en", "Helen Gascoigne", "Chartered Accountant | Gascoigne & Co", "Gibraltar",
  ("inv", "Hello Alex, a mutual client, the Harringtons, gave me your name. I have two British families moving to Seville this autumn who will need "
          "a Spanish tax adviser for residency and the 720 return. Happy to introduce them if you're taking on new clients."),
  ("rem",))
P("good_invitation", "es", "Esperanza Nieto Carmona", "Profesora de Derecho Financiero y Tributario | Universidad Pablo de Olavide", "Sevilla",
  ("inv", "Estimado Sr. Morgan: preparamos un estudio sobre la litigiosidad de la plusvalía municipal tras la sentencia del Constitucional de 2017 "
          "y nos sería muy útil la visión de un asesor en ejercicio. Al terminar le enviaríamos el informe completo. Un cordial saludo."))
P("good_invitation", "es", "Alberto Galán", "Redactor de Economía | Diario de Sevilla", "Sevilla",
  ("inv", "Hola Alex, preparo un reportaje sobre la campaña de la Renta y los fallos más comunes con la deducción por alquiler. "
          "¿Tendrías diez minutos esta semana para hablar por teléfono? Te citaría con tu nombre y el del despacho, si te parece bien."))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "es", "Fernando Lucena", "Fundador | Red de Asesores Independientes de Andalucía", "Sevilla",
  ("inv", "Alex, estoy juntando a asesores fiscales independientes de Andalucía en un grupo para compartir dudas, casos y novedades. "
          "Nada comercial: ya somos unos treinta compañeros y nos vemos una vez al trimestre. ¿Te sumas?"),
  ("msg", "Gracias por aceptar, Alex. Te cuento cómo funciona esto: el grupo lo sostenemos con el programa de gestión de despachos que hemos desarrollado, "
          "Asesoría360. Los miembros lo tenéis con un 30% de descuento el primer año (89 €/mes). ¿Te reservo una demo el jueves por la mañana?", (3, 12)),
  ("msg", "Alex, ¿pudiste mirar lo de Asesoría360? La promo para miembros acaba el viernes y me quedan tres licencias con descuento. "
          "Dime algo y te lo dejo todo instalado.", (8, 20)))
P("bait_and_switch_invitation", "es", "Laura Montes Villalobos", "Directora | Finance Leaders Andalucía – desayunos de networking", "Málaga",
  ("inv", "Hola Alex! Organizo los desayunos de Finance Leaders en Málaga y Sevilla, un sitio para que directores financieros y asesores nos conozcamos "
          "sin corbata. Me encantaría contar contigo en el próximo."),
  ("msg", "Alex, ¡qué bien tenerte en la red! Para el desayuno de octubre la cuota de socio patrocinador es de 450 € + IVA: incluye tu logo en el photocall "
          "y dos minutos para presentar tu despacho a los asistentes. ¿Te paso el formulario y te guardo sitio?", (5, 15)))
P("bait_and_switch_invitation", "en", "Marcus Fairley", "Founder | Expat Finance Circle Spain", "Marbella",
  ("inv", "Hi Alex, I run a small peer circle for advisers who look after British expats in Andalucía - we swap notes on Brexit, residency and the 720. "
          "It would be great to have a Seville tax specialist in the group."),
  ("msg", "Thanks for connecting Alex. Quick one - a lot of our members now offer their clients our QROPS pension transfer solution and earn an introducer "
          "fee of up to 1.5%. Could we jump on a call so I can walk you through the partner programme?", (2, 9)),
  ("msg", "Hi Alex, following up on the partner programme. We have a webinar for new introducers on Thursday at 11 - shall I put your name down?", (6, 18)))
P("bait_and_switch_invitation", "es", "Sergio Valverde", "Consultor | Transformación digital para asesorías", "Córdoba",
  ("inv", "Buenas Alex, he preparado una guía gratuita con los 10 errores más habituales al implantar el SII en asesorías pequeñas. "
          "Si conectamos te la paso por aquí, sin más."),
  ("msg", "Aquí tienes la guía, Alex: https://bit.ly/guia-sii-asesorias. Por cierto, si prefieres que lo implantemos nosotros en tu despacho, tenemos un paquete "
          "cerrado desde 1.200 € que incluye la formación del personal. ¿Lo vemos en una videollamada esta semana?", (1, 6)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "es", "Marta Ugarte", "Coordinadora | Observatorio de la Fiscalidad Pyme", "Madrid",
  ("inm", "Encuesta a asesores fiscales sobre el SII",
   "Estimado Sr. Morgan: desde el Observatorio estamos elaborando el primer informe sobre la carga administrativa del SII en las pymes andaluzas. "
   "Le agradeceríamos cinco minutos para responder el cuestionario; a cambio le haremos llegar los resultados antes de su publicación."),
  ("inm", "Resultados del Observatorio y una propuesta",
   "Estimado Sr. Morgan, gracias por participar. Como verá en el informe, siete de cada diez despachos pierden horas con el SII. Nuestra plataforma FiscoBot "
   "automatiza el envío de los libros: le ofrezco una licencia de prueba y una reunión con nuestro equipo comercial para estudiar su caso.", (12, 30)))
P("bait_and_switch_inmail", "es", "Olivia Prescott", "Community Manager | TaxTech Europe Forum", "London",
  ("inm", "Invitation: TaxTech Europe practitioners' panel",
   "Hi Alex, we're putting together a panel of independent tax advisers from southern Europe for our online forum in March. There's no cost - we'd just "
   "like your experience of how small practices are coping with real-time VAT reporting. Would you be interested?"),
  ("inm", "Re: TaxTech Europe panel - next steps",
   "Hi Alex, great to hear you're interested! To confirm a panel seat we ask speakers to take one of our partner packages (from EUR 1,950), which includes "
   "a profile in the forum guide and lead sharing with attendees. Shall I send the agreement over?", (4, 14)), nl="en")


# =============================================================== endorse_me_back
P("endorse_me_back", "es", "Manolo Fuentes", "Gestor administrativo | Gestoría Fuentes", "Écija",
  ("end",), ("end",),
  ("msg", "Illo Alex, te he validado en {skill} y en un par de cosas más, que te lo mereces. Hazme tú el favor y valídame Contabilidad y Laboral, "
          "que estoy arreglando el perfil pa que se vea más serio. Gracias miarma!"))
P("endorse_me_back", "es", "Silvia Ordóñez", "Economista | Auditora ROAC", "Granada",
  ("end",),
  ("msg", "Hola Alex, ¿qué tal todo por Sevilla? Te he dado una validación en {skill}. Si no es molestia, ¿podrías devolverme una en Auditoría de cuentas? "
          "Estoy actualizando el perfil para entrar en la lista de administradores concursales. ¡Mil gracias!"))
P("endorse_me_back", "en", "Derek Hollins", "Financial Adviser | Helping expats in Spain", "Fuengirola",
  ("end",), ("end",),
  ("msg", "Morning Alex! Endorsed you for {skill}, well deserved. Would you mind returning the favour with a couple for Financial Planning and Pensions? "
          "Every little helps with the algorithm. Cheers!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "es", "Rafael Aguilar Torres", "Director comercial | Soluciones de Cobro Andalucía", "Sevilla",
  ("inv", "Hola Alex, gestionamos el recobro de impagados para despachos y para sus clientes, a éxito y sin cuota fija. "
          "Me gustaría presentarte el servicio; seguro que tienes clientes con facturas atascadas."),
  ("rem",),
  ("inm", "Sin respuesta",
   "Alex, te he escrito dos veces y ni una respuesta. Luego os quejáis de que en Sevilla no hay trabajo. Un poco de educación no cuesta nada, hombre: "
   "para ser asesor tienes muy poca cortesía profesional.", (15, 40)))
P("hostility_after_decline", "es", "Encarnación Molina", "Abogada | Derecho de familia y sucesiones", "Sevilla",
  ("inv", "Hola Alex, soy abogada de familia en Sevilla y a menudo necesito un fiscalista para las liquidaciones de gananciales. Me encantaría tenerte en mi red."),
  ("inm", "Vaya",
   "Veo que no has aceptado mi invitación. Pensaba que entre profesionales de la misma ciudad había un mínimo de compañerismo, pero ya veo que no. "
   "Tomo nota para no recomendarte a ninguno de mis clientes.", (20, 45)))
P("hostility_after_decline", "es", "Brian Kettley", "Independent Financial Adviser", "Estepona",
  ("inv", DEFAULT), ("rem",),
  ("inm", "Your attitude",
   "Alex, I sent you a simple connection request weeks ago and you couldn't even be bothered to click accept. Frankly that's rude and not how business "
   "is done on the coast. Good luck with your little practice.", (10, 30)), nl="en")


# =============================================================== hostility_connection
P("hostility_connection", "es", "Óscar Ramos Ledesma", "Corredor de seguros | RC profesional para asesores y gestores", "Sevilla",
  ("msg", "Hola Alex, aprovecho que estamos conectados: la póliza de responsabilidad civil de los asesores sube este año con lo del RGPD. "
          "Te hago un estudio con tres compañías sin compromiso. ¿Me pasas la fecha de vencimiento de la tuya?"),
  ("msg", "Pues nada, Alex. Veo que prefieres seguir con el banco pagando el doble. Lo que no entiendo es que me contestes con un 'no me interesa' seco "
          "después de todo el tiempo que te he dedicado. Muy poco profesional por tu parte, de verdad.", (4, 12)))
P("hostility_connection", "en", "Chad Merritt", "Partner Success | LeadFlow Accounting Growth", "Manchester",
  ("acc",),
  ("msg", "Thanks for the connect, Alex. We fill tax advisers' diaries with pre-qualified expat leads across the Costa del Sol, pay per appointment. "
          "Want me to send over a few sample profiles?", (1, 5)),
  ("msg", "Seriously Alex? A one-line 'not for us' after I spent an hour pulling leads for you? People like you are why small firms stay small. "
          "Don't bother replying.", (3, 10)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "es", "Nuria Caro", "Responsable de cuentas | Ediciones Jurídicas Bética", "Sevilla",
  ("msg", "Buenos días Alex, ya tenemos disponible el Manual Fiscal 2017 con la reforma del Impuesto sobre Sociedades. Para colegiados hay un 15% "
          "de descuento en la suscripción anual. ¿Te envío la oferta?"),
  ("msg", "Hola Alex, te recuerdo que la oferta de la base de datos tributaria con formularios acaba el día 31. Si la contratas antes te regalamos "
          "el curso online sobre el SII.", (10, 25)),
  ("msg", "Alex, es la última semana de la promoción. ¿Hablamos cinco minutos por teléfono y te lo dejo cerrado?", (5, 10)))
P("connection_only_pitches", "es", "Paco Lorente", "Coworking Triana | Despachos y salas por horas", "Sevilla",
  ("msg", "Qué pasa Alex! Estrenamos despachos en el coworking de Triana, con sala de reuniones y recepción de correo para sociedades. "
          "El primer mes te sale gratis si vienes de mi parte. ¿Te vienes a verlo una mañana?"),
  ("msg", "Alex, ya solo nos quedan dos despachos libres con vistas al río. Y si quieres domiciliar ahí a algún cliente, tenemos tarifa para asesorías. Avísame!",
   (12, 30)))
P("connection_only_pitches", "es", "Priya Raman", "Business Development Manager | Cloudbooks Outsourcing", "Chennai",
  ("msg", "Hi Alex, hope you're well. We help European tax practices get through filing season with dedicated offshore accountants at EUR 9/hour. "
          "Can I share a short deck?"),
  ("msg", "Hi Alex, circling back on my last note. The Spanish campaign starts in April - shall we set up a trial with one of our accountants?", (8, 20)),
  ("msg", "Alex, one last try: we're giving a two-week free pilot to the first five Spanish firms that sign up. Interested?", (10, 25)), nl="en")


# =============================================================== single_pitch
P("single_pitch", "es", "Enrique Sáenz de Tejada", "Director de Negocio | Banca Hispalense Empresas", "Sevilla",
  ("msg", "Estimado Alex: como sabe, muchos de sus clientes pymes necesitan financiar el circulante. Tenemos una línea de confirming con condiciones "
          "preferentes para empresas que nos presenta su asesor. ¿Le parece que lo comentemos en una reunión breve en su despacho?"))
P("single_pitch", "es", "Lola Cabrera", "Formadora | Cursos bonificados FUNDAE", "Cádiz",
  ("msg", "Hola Alex!! Te escribo porque estoy ofreciendo a las gestorías cursos bonificados para sus clientes (Excel, inglés, prevención) y os lleváis "
          "una comisión por cada empresa que se apunte. Si te interesa te mando el catálogo, un besito!"))
P("single_pitch", "es", "Jonathan Reeves", "Sales Director Iberia | DocuSafe e-signature", "Madrid",
  ("msg", "Hi Alex, hope the renta season is treating you well. Lots of asesorías are moving client mandates and engagement letters to e-signature with "
          "DocuSafe - want me to set up a 20-minute demo for your team?"), nl="en")


# =============================================================== connection_brings_value
P("connection_brings_value", "es", "Pilar Osuna", "Inspectora de Hacienda en excedencia | Abogada tributarista", "Sevilla",
  ("end",),
  ("msg", "Alex, gracias por la charla del otro día en el Colegio. Te dejo las notas que preparé sobre cómo está mirando la Inspección el modelo 232 "
          "de operaciones vinculadas, por si te sirven con tus clientes. Y si algún día quieres contrastar un criterio, pregúntame sin problema.", (5, 40)))
P("connection_brings_value", "es", "Jesús María Bernal", "Técnico de Internacionalización | Cámara de Comercio de Sevilla", "Sevilla",
  ("msg", "Buenas Alex, el 15 de marzo la Cámara organiza una sesión gratuita sobre fiscalidad del comercio electrónico con Reino Unido después del Brexit "
          "y nos faltan asesores en la mesa redonda. ¿Te animarías? Sin coste y con café incluido 😊"),
  ("msg", "Gracias por decir que sí, Alex. Te adjunto el programa definitivo y el enlace para que tus clientes se inscriban gratis, que seguro que a "
          "alguno le viene bien.", (3, 10)))
P("connection_brings_value", "en", "Tom Ashdown", "Tax Partner | Ashdown Whitley LLP", "London",
  ("msg", "Alex, good to reconnect after the IFA conference. We're drafting a short note for UK clients with property in Andalucía on the 2018 "
          "inheritance tax changes, and I'd value your eye on the Spanish section before it goes out. We'd credit you and the firm. No rush at all."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "es", "Beatriz Alcalá", "Talent Acquisition | Hernández Ruiz Auditores y Asesores", "Sevilla",
  ("inm", "Gerente del área Fiscal en Sevilla – proceso confidencial",
   "Hola Alex, estoy cubriendo la posición de Gerente del área Fiscal para nuestra oficina de Sevilla: cartera de grupos familiares, operaciones "
   "vinculadas y reestructuraciones. Banda salarial de 55 a 65 mil más variable. Tu perfil encaja muy bien. ¿Podríamos hablar esta semana con total discreción?"))
P("stranger_inmail_recruiter", "en", "Hannah Lockwood", "Recruitment Consultant - Tax | Pemberton Search", "London",
  ("inm", "Spanish Tax Manager - UK retail group, remote from Seville",
   "Hi Alex, I'm working on an in-house Spanish Tax Manager role for a UK retail group with 40 stores in Spain. Fully remote from Seville with a monthly trip "
   "to Madrid, salary around EUR 70k. Your corporate tax background looks spot on. Open to a confidential chat?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "es", "Alejandro Vidal", "Partner Manager | PayRollia – nóminas en la nube", "Barcelona",
  ("inm", "Las nóminas de tus clientes en 10 minutos",
   "Hola Alex, ¿cuántas horas dedica tu despacho a las nóminas cada mes? Con PayRollia las asesorías recortan un 60% ese tiempo. "
   "¿Te puedo enseñar la herramienta en una llamada de 15 minutos?"))
P("stranger_inmail_sales", "es", "Susana Ferrer", "Directora comercial | Traducciones Juradas Express", "Valencia",
  ("inm", "Traducciones juradas para su despacho",
   "Estimado Sr. Morgan: ofrecemos a los despachos fiscales tarifas preferentes en traducción jurada de escrituras, certificados de residencia y "
   "documentación para el modelo 720. Le adjunto nuestras tarifas y quedo a su disposición para concertar una reunión."),
  ("inm", "Tarifas preferentes – recordatorio",
   "Sr. Morgan, le escribo de nuevo por si no le llegó mi mensaje anterior. Durante este mes aplicamos un 10% adicional a los nuevos despachos colaboradores.", (12, 30)))
P("stranger_inmail_sales", "en", "Brandon Kessler", "VP Sales | ClearLedger AI", "San Francisco",
  ("inm", "AI bookkeeping for Spanish firms?",
   "Hi Alex, ClearLedger reads invoices in 20 languages and posts them straight to your ledger. We're looking for ten Spanish tax firms for our launch "
   "cohort at 50% off the first year. Worth a call?"))
P("stranger_inmail_sales", "es", "Mercedes Pineda", "Agente exclusiva | Seguros de salud para autónomos y pymes", "Sevilla",
  ("inm", "Seguro de salud para su despacho",
   "Buenas tardes Alex, le escribo desde la agencia de Sevilla Este. Ofrecemos seguro médico para despachos de tres o más empleados desde 39 € por persona, "
   "deducible en Sociedades. ¿Le preparo un presupuesto sin compromiso?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "es", "Nacho Barrera", "Asesor fiscal | Barrera Consultores", "Huelva",
  ("inv", "Alex, colega de Huelva. Estamos montando un grupo de estudio de asesores para preparar juntos la reforma de autónomos de la Ley 6/2017: "
          "compartimos esquemas y casos prácticos. Gratis, por supuesto. ¿Te apuntas?"),
  ("msg", "Bienvenido al grupo, Alex. Te paso el primer esquema sobre la tarifa plana ampliada y la deducción de suministros en vivienda. "
          "Cualquier corrección que veas me la dices y lo actualizamos para todos.", (4, 15)),
  ("msg", "Alex, una cosa: he empezado a distribuir en Andalucía el programa de contabilidad ContaÁgil y a los del grupo os lo dejo a precio de coste "
          "el primer año. Te mando la oferta y te lo instalo en una mañana, ¿vale?", (20, 45)))
P("good_turns_ugly", "en", "Rebecca Hartley", "Events Manager | Andalucía British Business Group", "Málaga",
  ("inv", "Hi Alex, we're hosting a free evening for British and Spanish advisers in Seville on 8 November: a talk from the consulate on Brexit and "
          "residency, then drinks. Thought you'd enjoy it, and you'd meet a few expats who need help."),
  ("msg", "Great to see you at the consulate talk, Alex! As promised, here are the slides and the list of FAQs the consulate shared. Feel free to pass "
          "them on to your clients.", (5, 20)),
  ("end", (10, 30)),
  ("msg", "Hi Alex, I endorsed you for {skill} the other day. Would you mind doing the same for me for Event Management and Business Networking? "
          "I'm applying for a new role and it really helps.", (1, 4)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "es", "Rubén Castillo", "Sales Manager Sur | FacturaSII Cloud", "Sevilla",
  ("inm", "Adaptación al SII para asesorías",
   "Hola Alex, soy Rubén, de FacturaSII Cloud. Dejamos a tus clientes adaptados al SII en 48 horas, con conexión directa a la AEAT. "
   "¿Tienes un hueco para que te lo enseñe?"),
  ("inv", "Hola Alex! Te escribí hace unos meses por lo del SII. Ahora me muevo más por Sevilla y me gustaría conectar con asesores de la zona, "
          "aunque sea para tomar un café.", (110, 190)))
P("reinvite_known_bad", "es", "Eva Marín", "Jefa de administración | Ópticas Alameda", "Sevilla",
  ("inv", DEFAULT),
  ("inv", "Hola Alex, creo que coincidimos en la jornada de la Cámara sobre el SII. Llevo la administración de una cadena de ópticas "
          "y me gustaría seguir en contacto.", (90, 160)))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "es", "Jorge Benítez Rosales", "CEO | Despachos Rentables – consultoría para dueños de asesorías", "Madrid",
  ("inv", "Alex, ayudo a dueños de asesorías a duplicar la facturación sin trabajar más horas. Esta semana tengo libre una sesión estratégica gratuita, ¿la reservamos?"),
  ("inm", "Tu silencio",
   "Veo que ignoras mi invitación, Alex. Tú sabrás. Luego no te quejes cuando tus clientes se vayan a una asesoría online por 30 euros al mes. "
   "Hay gente que no se deja ayudar.", (10, 30)),
  ("inv", "Hola Alex, empezamos con mal pie hace tiempo y te pido disculpas por aquel mensaje. Me gustaría que conectáramos de nuevo, sin más.", (150, 220)))
P("reinvite_known_ugly", "es", "Graham Whitby", "Director | Iberian Expat Advisers Network", "Alicante",
  ("inm", "Referral network of Spanish tax advisers",
   "Hi Alex, we're building a referral network of independent Spanish tax advisers for the expats who contact us from the UK. Members receive client "
   "referrals at no cost to them. Could I add you to our directory?"),
  ("inm", "Directory listing - confirmation",
   "Hi Alex, thanks for your interest. To activate your listing and start receiving referrals there is an annual membership of GBP 795 + VAT. "
   "I can invoice today and have you live by Monday.", (5, 15)),
  ("inv", "Alex, still keen to have a Seville adviser on board. Let's connect here and keep in touch.", (90, 170)), nl="en")


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "es", "Cristina Romero Paz", "Directora de cuentas | FlotaSur renting de vehículos", "Sevilla",
  ("acc",),
  ("msg", "Gracias por la invitación, Alex. Aprovecho para contarte que tenemos un renting de vehículos para profesionales con todo incluido y unas "
          "ventajas fiscales que tú conocerás mejor que yo 😉 ¿Te paso una oferta personalizada?", (1, 8)))
P("user_invited_pitch_once", "en", "William Granger", "Sales Director | Meridian FX Payments", "London",
  ("acc",),
  ("msg", "Cheers for the invite, Alex. Plenty of your British clients will be moving pensions and property money to Spain, and our rates beat the banks "
          "by up to 3%. Happy to set up an introducer agreement if that's of interest.", (2, 10)))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "es", "Marina Cordero", "Consultora | Subvenciones y ayudas públicas para pymes", "Sevilla",
  ("acc",),
  ("msg", "¡Hola Alex! Gracias por invitarme. Te cuento: tramitamos subvenciones de la Junta para pymes a éxito (cobramos el 10% de lo concedido). "
          "Si tienes clientes que vayan a invertir este año podemos colaborar y te llevas una parte. ¿Hablamos?", (1, 6)),
  ("msg", "Alex, la convocatoria de incentivos de la Agencia IDEA cierra en tres semanas. ¿Te preparo una lista de qué clientes tuyos podrían optar? "
          "Solo necesito 15 minutos contigo.", (10, 25)))
P("user_invited_pitch_twice", "es", "Guillermo Vargas", "Comercial | ArchivaPro gestión documental", "Granada",
  ("acc",),
  ("msg", "Encantado de conectar, Alex. Trabajamos mucho con asesorías: ArchivaPro digitaliza y archiva la documentación de los clientes con OCR "
          "y se acabaron las cajas de papeles. ¿Te hago una demo online?", (2, 9)),
  ("msg", "Alex, vuelvo a escribirte por ArchivaPro. Hay un 25% de descuento para los despachos que lo contraten antes de fin de trimestre. "
          "¿Te viene bien el martes a las 10?", (12, 30)))


# =============================================================== user_invited_value
P("user_invited_value", "es", "Rosario Téllez", "Técnica de Hacienda | Formadora en el Colegio de Gestores Administrativos", "Sevilla",
  ("acc",),
  ("msg", "Gracias por invitarme, Alex. Como te comenté en el curso, te mando el documento de preguntas frecuentes de la AEAT sobre el SII y la plantilla "
          "que usamos para cuadrar los libros registro. Es de uso libre, compártelo con tu equipo.", (1, 7)))
P("user_invited_value", "en", "Daniel Ferris", "Lecturer in Taxation | University of Exeter", "Exeter",
  ("acc",),
  ("msg", "Thanks for the invite, Alex. As I mentioned in Seville, I'm running a free online seminar for practitioners on UK-Spain double taxation of "
          "pensions on 6 June. Glad to send the link to you and your colleagues, and the recording afterwards if the timing doesn't work.", (2, 12)))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Manuel Ángel Rueda", "Notario en Sevilla", "Sevilla", ("acc",))
P("acceptance_only", "en", "Claire Benson", "Partner | Benson Tax Advisory", "London", ("acc",))
P("acceptance_only", "es", "Amparo Villalón", "Interventora | Ayuntamiento de Carmona", "Carmona", ("acc",))
P("lone_endorsement", "es", "Trinidad Muñoz Carrasco", "Contable en Bodegas del Condado", "Bollullos Par del Condado", ("end",))
P("lone_endorsement", "en", "Peter Langley", "Retired banker", "Sotogrande", ("end",))


# most of the year arrives in LinkedIn's 2016 layout; these few already come in the newer one
CURRENT = {"Beatriz Lozano", "Tyler Bromwell", "Alberto Galán", "Olivia Prescott", "Chad Merritt", "Priya Raman", "Jonathan Reeves",
           "Brandon Kessler", "Rebecca Hartley", "Graham Whitby", "Guillermo Vargas", "Daniel Ferris", "Yolanda Pastor"}
ERAS = {p[2]: ("cur" if p[2] in CURRENT else "2016") for p in PEOPLE}

for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Colegio de Economistas de Sevilla", "formacion@economistas-sevilla.example", "Jornada sobre el SII: inscripciones abiertas",
     "Estimado/a colegiado/a:\n\nOs recordamos la jornada gratuita sobre el Suministro Inmediato de Información del día 20, que computa para la formación "
     "continuada del REAF. Podéis seguir al Colegio en LinkedIn para estar al día de las próximas sesiones.\n\nSecretaría técnica", "es"),
    ("Carmen Espinosa", "carmen.espinosa@espinosa-asesores.example", "Jornada SII del día 20",
     "Alex, te he mandado también invitación por LinkedIn, pero por si no lo miras: al final la jornada es en el salón de actos de la calle Rioja, "
     "a las 17:30. Guárdame sitio en la segunda fila.\n\nCarmen", "es"),
    ("Juan Carlos Méndez", "jcmendez@aceiteselolivar.example", "Fwd: ¿Esto es de fiar?",
     "Alex, me ha llegado esto y no sé si es de verdad o un timo, tú que sabes de esto dime algo.\n\n---------- Mensaje reenviado ----------\n"
     "De: LinkedIn <invitations@linkedin.com>\nAsunto: Juan Carlos, por favor, añádeme a tu red de LinkedIn\n\nMe gustaría añadirte a mi red profesional en LinkedIn.", "es"),
    ("Linda Harrington", "linda.harrington@btinternet.example", "Helen Gascoigne gave me your details",
     "Dear Alex,\n\nHelen from Gascoigne & Co in Gibraltar recommended you, and I've looked you up on LinkedIn. We complete on the flat in Santa Cruz "
     "next month and would like to talk about residency and the 720 form. Could we come to your office?\n\nKind regards,\nLinda", "en"),
    ("Rubén Castillo", "ruben.castillo@facturasii.example", "SII – propuesta para su despacho",
     "Hola Alex,\n\nte escribí por LinkedIn hace unos días. Te adjunto la propuesta de FacturaSII Cloud para tus clientes. ¿Te llamo el jueves?\n\nRubén", "es"),
    ("Universidad Pablo de Olavide", "dpto.derechopublico@upo.example", "Cuestionario: plusvalía municipal",
     "Estimado Sr. Morgan:\n\nle remitimos el cuestionario del estudio sobre la plusvalía municipal del que le habló la profesora Nieto por LinkedIn. "
     "El plazo para responder termina el 30 de noviembre.\n\nUn cordial saludo", "es"),
    ("Rocío (despacho)", "rocio@morgan-asesores.example", "Ojo con un correo falso",
     "Alex, te aviso: a varios clientes les está llegando un correo que parece de LinkedIn y pide entrar con la contraseña para ver una factura. "
     "No es de LinkedIn, lo he mandado a la papelera. Si te llega, no pinches.", "es"),
    ("Eventos Finance Leaders", "entradas@ticketsur.example", "Tu entrada: Desayuno Finance Leaders Sevilla",
     "Hola Alex, tu entrada para el desayuno del jueves en el Hotel Alfonso XIII está confirmada. Comparte el evento en LinkedIn con #FinanceLeadersAND.", "es"),
    ("Expat Tax News", "newsletter@expattaxnews.example", "Brexit countdown: five things British residents in Spain should do",
     "This week: residency certificates, the 720 form and UK pensions. Follow us on LinkedIn for daily updates.\n\nUnsubscribe: https://expattaxnews.example/u", "en"),
    ("Banca Hispalense", "avisos@bancahispalense.example", "Aviso de seguridad: ofertas de empleo falsas",
     "Estimado cliente: hemos detectado ofertas de empleo falsas en LinkedIn que piden recibir transferencias en su cuenta. Nunca preste su cuenta a terceros.", "es"),
    ("Hernández Ruiz – Talento", "talento@hernandezruiz.example", "Proceso Gerente Fiscal Sevilla",
     "Hola Alex,\n\ncomo te comentó Beatriz por LinkedIn, te adjunto la descripción del puesto. Si te encaja, dinos dos huecos para la primera entrevista.\n\nUn saludo", "es"),
    ("Manolo Fuentes", "gestoriafuentes@telefonica.example", "lo de linkedin",
     "Alex perdona si te he dado la lata con lo de las validaciones en el linkedin, me dijo mi sobrino que eso ayuda. Si no te viene bien olvidalo. Un abrazo", "es"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot dev129 corpus. Generated by scripts/make_corpus_dev129.py (seed {SEED}); do not edit by hand.",
          "# Alex as a tax adviser in Seville, an ordinary year 2017-2018, mostly in LinkedIn's 2016 layout: default invitations, software and "
          "lead-gen sellers, a few real good notes, the odd rude message; Andalusian and formal Spanish, some English. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev129", SEED, PEOPLE, FOREIGN, spoofs=12, other=14, header=HEADER, eras=ERAS)
