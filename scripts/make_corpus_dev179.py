#!/usr/bin/env python3
"""Write mailbot's development corpus dev179: tests/corpus/dev179/*.eml + expected.toml.

The angle: two ordinary months of early 2017 of the user Alex, a partner at a small
accounting and tax firm in Valencia that sells its own services. Their LinkedIn world:
would-be clients asking for a quote or a proposal (buyers, who bring work), accounting
software and offshore bookkeeping vendors, training sellers offering CPE hours (free
sessions from the professional bodies and peer firms, paid courses from schools), bank and
insurance salespeople, students and trainees asking for an internship, peers passing on
tax-deadline tips (Modelo 390, 347, the new SII from July 2017), a client who turns rude
after a fee increase, endorse-me-back, hostility after being ignored, bait and switch by
invitation and by InMail. Spanish, Valencian/Catalan, English, some French and Italian.

Labelling choices made from shared/taxonomy.md:
- a would-be client asking Alex for a quote is not selling: they bring work, like a
  recruiter brings a job, so their invitation is good (accept) and their InMail good/none;
- a free session that counts as CPE hours is good; a paid course sold for CPE hours is bad;
- a client who, as a connection, insults Alex after a discount was refused is ugly/remove.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py; every person uses the 2016 layout and all dates fall in
January to March 2017. Skills, job-alert titles, headlines, and spoof pitches are swapped in
this process only. Every note was written from shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev179.py              # writes tests/corpus/dev179
    python scripts/make_corpus_dev179.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20170109179

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ winter 2017 (this process only)
_LO, _HI = datetime(2017, 1, 9, 7, tzinfo=timezone.utc), datetime(2017, 2, 20, 7, tzinfo=timezone.utc)


def _start_date(self, era: str) -> datetime:
    return _LO + timedelta(seconds=self.r.randint(0, int((_HI - _LO).total_seconds())))


mc.Gen.start_date = _start_date

# ------------------------------------------------------------------ accounting-firm world (this process only)
SKILLS = {
    "en": ["Tax Advisory", "Bookkeeping", "Corporate Tax", "VAT", "Payroll", "Small Business Accounting"],
    "de": ["Steuerberatung", "Buchhaltung", "Umsatzsteuer", "Lohnabrechnung", "Jahresabschluss"],
    "fr": ["Conseil fiscal", "Comptabilité", "TVA", "Paie", "Fiscalité des entreprises"],
    "es": ["Asesoría fiscal", "Contabilidad", "Impuesto sobre Sociedades", "IVA", "Nóminas", "Asesoramiento a pymes"],
    "it": ["Consulenza fiscale", "Contabilità", "IVA", "Paghe e contributi", "Bilancio d'esercizio"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
mc.JOBS[:] = [("Responsable de departamento fiscal", "Garrigós Abogados y Economistas"), ("Tax Manager – Spain", "Lindqvist Shipping Iberia"),
              ("Técnico contable senior", "Grupo Hortofrutícola del Turia"), ("Controller financiero", "Cerámicas del Mediterráneo"),
              ("Senior Tax Consultant", "Marlow & Reed Valencia")]
mc.COMPANIES["good"] = ["Colegio de Economistas de Valencia", "REAF", "Universitat de València", "Garrigós Abogados y Economistas",
                        "Assessoria Peris", "Cerámicas del Mediterráneo", "Marlow & Reed"]
mc.COMPANIES["sales"] = ["ContaNube", "LedgerBridge Outsourcing", "Seguros Levante Mediación", "Banco Turia Empresas", "Formafisc Escuela",
                         "Renting Mediterráneo"]
mc.HEADLINES["good"] = ["Economista | {co}", "Asesora fiscal en {co}", "Socio en {co}", "Estudiante de ADE, {co}",
                        "Directora financiera de {co}", "Tax partner, {co}"]
mc.HEADLINES["sales"] = ["Gestor de empresas | {co}", "Key account manager, despachos profesionales | {co}", "Business Development | {co}",
                         "Agente exclusivo | {co}", "Director comercial en {co}"]
SPOOF_PITCH = {
    "en": ["Hi {first}, I sent you the signed engagement letter and the invoice for January. Sign in to download them.",
           "Dear {first}, a payment to your firm was put on hold. Log in to confirm your bank details."],
    "de": ["Hallo {first}, ich habe Ihnen die Rechnung für Januar freigegeben. Bitte melden Sie sich an, um sie herunterzuladen.",
           "Guten Tag {first}, eine Zahlung an Ihre Kanzlei wurde angehalten. Bitte bestätigen Sie Ihre Bankdaten."],
    "fr": ["Bonjour {first}, je vous ai transmis la lettre de mission signée. Connectez-vous pour la télécharger.",
           "Bonjour {first}, un virement vers votre cabinet est en attente. Merci de confirmer vos coordonnées bancaires."],
    "es": ["Hola {first}, te he compartido la factura y el mandato firmado. Inicia sesión para descargarlos.",
           "Estimado/a {first}, tiene una notificación pendiente de la Agencia Tributaria. Acceda para consultarla antes de que caduque."],
    "it": ["Ciao {first}, ti ho condiviso la fattura e la lettera d'incarico firmata. Accedi per scaricarle.",
           "Gentile {first}, un bonifico verso il suo studio è stato sospeso. Acceda per confermare le coordinate bancarie."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

retitle_other({
    "en": {"job": ("Tax Manager – Spain at Lindqvist Shipping Iberia", "4 new jobs for \"tax advisor valencia\""), "news": "Spain's new real-time VAT reporting: ready for July?",
           "group": "New in Spanish Tax & Accounting Professionals: Modelo 347 thresholds", "newsletter": "Small Practice Notes: January edition"},
    "de": {"job": ("Steuerberater (m/w) Spanien-Desk bei Marlow & Reed", "3 neue Jobs für „Steuerberater Valencia“"), "news": "Wie digital wird die Steuerkanzlei 2017?",
           "group": "Neu in Steuerberater international: Umsatzsteuer in Spanien", "newsletter": "Kanzleibrief – Februar"},
    "fr": {"job": ("Comptable expatrié chez Cerámicas del Mediterráneo", "3 nouvelles offres pour « comptable Espagne »"), "news": "Les cabinets comptables face à la facture électronique",
           "group": "Nouveau dans Experts-comptables francophones en Espagne : la TVA intracommunautaire", "newsletter": "La lettre du cabinet – février"},
    "es": {"job": ("Responsable de departamento fiscal en Garrigós Abogados y Economistas", "5 nuevos empleos para «asesor fiscal Valencia»"),
           "news": "El SII llega en julio: ¿están listas las pymes?", "group": "Novedades en Asesores Fiscales Comunitat Valenciana: dudas del Modelo 390",
           "newsletter": "Despacho al día – febrero"},
    "it": {"job": ("Commercialista desk Spagna presso Studio Zanetti", "3 nuove offerte per «commercialista Spagna»"), "news": "Spagna, l'IVA in tempo reale parte a luglio",
           "group": "Novità in Commercialisti italiani all'estero: IVA spagnola", "newsletter": "Il Fisco in pillole – febbraio"},
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "es", "Lucía Ferrándiz", "Ceramista y propietaria | Taller Ferrándiz, Manises", "Manises",
  ("inv", "Hola Alex, me ha pasado tu contacto mi cuñado (Toni, el de la imprenta). Acabo de darme de alta como sociedad y voy perdida con el IVA "
          "trimestral y la contabilidad. ¿Me podrías decir cuánto cobraríais por llevármelo todo? Gracias!"),
  ("rem",))
P("good_invitation", "es", "Vicent Llorca", "Estudiant de 4t d'ADE | Universitat de València", "Alzira",
  ("inv", "Bon dia Alex, soc estudiant de quart d'ADE i he de fer les pràctiques curriculars entre abril i juny. M'agradaria molt aprendre en un despatx "
          "xicotet com el vostre. Si teniu lloc, vos enviaria el currículum. Moltes gràcies!"))
P("good_invitation", "es", "Amparo Giner", "Economista | Asesoría Giner, Gandia", "Gandia",
  ("inv", "Alex, desde el REAF de Valencia montamos el 2 de febrero una jornada gratuita sobre el cierre de Renta 2016 y el SII. Computa 4 h de "
          "formación continuada para los inscritos. Te lo digo porque sé que tu equipo lleva mucha persona física."),
  ("rem",))
P("good_invitation", "en", "Oliver Kemp", "Owner | The Anchor Bar, Dénia", "Dénia",
  ("inv", "Hi Alex, a mate at the golf club says you speak English and don't charge the earth. I've been running my bar as autónomo for 3 years with a gestor "
          "who never answers. Could you give me a price to take over my books and taxes from April?"))
P("good_invitation", "fr", "Claire Dumas", "Directrice administrative et financière | Provence Emballages", "Marseille",
  ("inv", "Bonjour Alex, nous ouvrons une petite filiale à Valence (2 commerciaux) en mars. Nous cherchons un cabinet local pour la compta, la paie "
          "et les déclarations. Pourriez-vous nous faire une proposition d'honoraires ?"),
  ("rem",))
P("good_invitation", "it", "Federico Zanetti", "Dottore commercialista | Studio Zanetti, Bologna", "Bologna",
  ("inv", "Ciao Alex, ho un cliente bolognese che apre una stabile organizzazione a Valencia e non so nulla di IVA spagnola. Ti posso fare due domande? "
          "Se ti serve qualcosa sul lato italiano, ricambio volentieri."))
P("good_invitation", "es", "Núria Bosch", "Responsable fiscal | Cerámicas del Mediterráneo", "Castellón",
  ("inv", "Alex! Cuánto tiempo desde la Big Four. He preparado un excel para cuadrar los libros registro del SII y lo estoy pasando a los de mi "
          "promoción. Si lo quieres te lo mando, y si le ves fallos mejor."))
P("good_invitation", "en", "Hamish Doyle", "Trainee accountant (ACCA) | looking for a placement in Spain", "Glasgow",
  ("inv", "Dear Alex, I'm an ACCA trainee with Spanish at B2 level, moving to Valencia in May with my partner. Would your firm consider a trainee for "
          "six months? Happy to send my CV and references."))


# =============================================================== default_invitation
P("default_invitation", "es", "Rubén Escrivá", "Autónomo", "Paterna", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Gary Whitfield", "Director | Costa Blanca Property Services", "Jávea", ("inv", DEFAULT))
P("default_invitation", "it", "Lorenzo Pace", "Consulente aziendale", "Valencia", ("inv", DEFAULT), ("rem",))
P("default_invitation", "fr", "Sébastien Roux", "Gérant | SR Import", "Perpignan", ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "es", "Marcos Beltrán", "Gestor de empresas | Banco Turia Empresas", "Valencia",
  ("inv", "Buenos días Alex. Llevo la cartera de despachos profesionales en la oficina de Colón. Tenemos un convenio con TPV y leasing en condiciones "
          "especiales para vuestros clientes. ¿Te puedo invitar a un café y te lo explico?"))
P("sales_invitation", "es", "Irene Camps", "Key account manager, despachos | ContaNube", "Barcelona",
  ("inv", "Hola Alex! Los despachos que usan ContaNube han reducido un 40% el tiempo de cierre trimestral y ya están listos para el SII. "
          "¿Te enseño una demo de 20 minutos esta semana?"),
  ("rem",))
P("sales_invitation", "en", "Pradeep Nair", "Business Development | LedgerBridge Outsourcing", "Pune",
  ("inv", "Hello Alex, we provide offshore bookkeeping and payroll for European accounting firms at 60% lower cost. Spanish-speaking team, "
          "GDPR compliant. May I share our rate card?"))
P("sales_invitation", "es", "Rosa Almela", "Directora de formación | Formafisc Escuela", "Madrid",
  ("inv", "Alex, arranca en marzo nuestro curso online de Fiscalidad Internacional (60 h, homologado para formación continuada del ROAC). "
          "Para despachos, 2 plazas por 1.190 €. Te envío el programa?"))
P("sales_invitation", "es", "Jaume Ribes", "Agente exclusivo | Seguros Levante Mediación", "Xàtiva",
  ("inv", "Hola Alex, estic revisant les pòlisses de responsabilitat civil professional dels assessors de la comarca. Segur que pague massa per la "
          "seua. Em deixes fer-te un pressupost sense compromís?"))
P("sales_invitation", "it", "Davide Russo", "Sales Manager Spagna | GestioFatture", "Milano",
  ("inv", "Buongiorno Alex, stiamo portando in Spagna il nostro software di fatturazione per studi professionali. Cerco tre studi pilota a Valencia, "
          "prezzo di lancio bloccato. Le interessa una presentazione?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "es", "Enrique Soler", "Fundador | Club de Asesores de la Comunitat", "Valencia",
  ("inv", "Hola Alex, estamos juntando a unos cuantos despachos pequeños de la Comunitat para compartir dudas, modelos de cartas de encargo y "
          "cómo subir tarifas sin perder clientes. Nada comercial, un grupo de WhatsApp y una cena al trimestre. ¿Te apuntas?"),
  ("msg", "Gracias por aceptar! Por cierto, para los miembros del club tenemos la licencia de GestorPlus a mitad de precio el primer año. Si me dices "
          "cuántos puestos tenéis te preparo la oferta hoy mismo.", (4, 12)),
  ("msg", "Alex, ¿pudiste mirar lo de GestorPlus? La promo de socios acaba el viernes.", (6, 14)))
P("bait_and_switch_invitation", "en", "Tyler Brandt", "Founder | Practice Owners Circle", "Austin",
  ("inv", "Alex, I run a peer circle for owners of small accounting practices across Europe and the US. Monthly calls, no fees, just swapping notes on "
          "pricing and staffing. Would love your view from Spain."),
  ("msg", "Great to have you in! Quick one: most circle members now use our offshore team for the grunt work at $12/hour. Want me to set up a call "
          "with our onboarding lead?", (3, 9)))
P("bait_and_switch_invitation", "es", "Beatriz Lluch", "Consultora de despachos | Autora de «El despacho rentable»", "Alicante",
  ("inv", "Hola Alex, he escrito una guía gratuita con 12 trucos para el cierre fiscal de 2016 en despachos pequeños. Te la paso sin más, "
          "solo conecta y te la envío por aquí."),
  ("msg", "Aquí la tienes: bit.ly/cierre2016-guia. Y te cuento: este trimestre abro mi programa de mentoría para socios de despacho (6 sesiones, 1.450 €). "
          "Me quedan dos huecos, ¿hablamos el martes?", (1, 4)))
P("bait_and_switch_invitation", "es", "Pere Fuster", "Gestor administratiu | Sueca", "Sueca",
  ("inv", "Alex, tinc un dubte amb les nòmines dels fixos discontinus de l'arròs i m'han dit que tu ho has fet molt. Em podries orientar un moment? "
          "Entre companys ens ajudem."),
  ("msg", "Gràcies per la resposta, de veres. Per cert, ara també treballe com a mediador d'assegurances: tinc una pòlissa de vida per a socis de "
          "despatx que et va com anell al dit. Et passe preu?", (5, 15)),
  ("msg", "Alex, t'envie el projecte de la pòlissa de vida. Si la firmem abans de final de mes et regale la primera quota.", (7, 15)))
P("bait_and_switch_invitation", "fr", "Laurent Mercier", "Entrepreneurs français à Valence | Conseiller patrimonial", "Valencia",
  ("inv", "Bonjour Alex, j'anime un petit réseau d'entrepreneurs francophones à Valence, un apéro par mois pour s'entraider. On me dit que vous "
          "parlez français, vous seriez le bienvenu !"),
  ("msg", "Ravi de vous compter parmi nous ! En parallèle de l'association, j'accompagne les dirigeants sur la gestion de leur patrimoine et "
          "l'assurance-vie luxembourgeoise. Un rendez-vous pour faire le point sur vos placements ?", (3, 10)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "es", "Silvia Montoro", "Analista | Estudio del sector de asesorías 2017", "Madrid",
  ("inm", "Estudio sobre despachos pequeños", "Hola Alex, estamos preparando un estudio sobre cómo trabajan los despachos de menos de diez personas "
          "en España. Si respondes a 8 preguntas te enviamos el informe completo gratis en marzo."),
  ("inm", "Tus resultados y una propuesta", "Gracias por participar, Alex. Viendo tus respuestas, tu despacho encaja perfecto con nuestra "
          "plataforma de captación de clientes online: 30 leads al mes garantizados por 290 €/mes. ¿Te llamo mañana?", (6, 14)))
P("bait_and_switch_inmail", "en", "Rachel Owens", "Community Manager | Small Firm Accountants Network", "Dublin",
  ("inm", "Invitation: free members' roundtable", "Hi Alex, we host a free online roundtable each month for owners of small accounting firms. "
          "February's topic is handling fee increases with long-standing clients. Would you like a seat?"),
  ("inm", "Following up on the roundtable", "Hi Alex, sorry you missed it! The recording is in our Pro plan (€49/month), which also includes "
          "our client-engagement templates. I can unlock a discounted first quarter for you today."),
  ("inm", "Last chance – Pro plan", "Alex, the discount ends Friday. Shall I send the payment link?", (3, 8)))
P("bait_and_switch_inmail", "it", "Giorgio Caputo", "Presidente | Associazione Commercialisti Italiani in Spagna", "Madrid",
  ("inm", "Rete di colleghi italiani in Spagna", "Caro collega, so che lavora spesso con clienti italiani. Stiamo creando una rete di "
          "professionisti per scambiarci pratiche e segnalazioni. Le andrebbe di farne parte?"),
  ("inm", "Quota associativa 2017", "Gentile Alex, per entrare nell'elenco dei professionisti segnalati la quota 2017 è di 650 € + IVA, "
          "con visibilità sul nostro portale. Le mando il modulo di adesione?", (5, 12)))


# =============================================================== endorse_me_back
P("endorse_me_back", "es", "Carmen Navarro", "Asesora laboral | Navarro Asesores", "Torrent",
  ("end",), ("end",),
  ("msg", "Hola guapo, te he validado {skill} y un par más. A ver si tú me validas Nóminas y Derecho laboral, que estoy actualizando el perfil "
          "para buscar clientes nuevos. Un beso!"))
P("endorse_me_back", "es", "Joan Martí", "Economista | Ontinyent", "Ontinyent",
  ("end",),
  ("msg", "Ei Alex, t'he recomanat en {skill}. Quan pugues, em tornes el favor amb Comptabilitat i Impost de Societats? Així ens pugem l'un a l'altre."))
P("endorse_me_back", "en", "Derek Hollis", "Accountant | Expat tax returns", "Benidorm",
  ("end",), ("end",),
  ("msg", "Alex - endorsed you for a couple of things this week. Would really appreciate a few endorsements back for Expat Tax and Bookkeeping, "
          "trying to rank a bit higher when people search. Cheers"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "es", "Álvaro Pastor", "Director comercial | Renting Mediterráneo", "Valencia",
  ("inv", "Alex, ¿sabías que pasando los coches del despacho a renting te desgravas más? Te hago un estudio gratis, conectamos?"),
  ("rem",),
  ("inm", "Sin respuesta", "Veo que ni contestas. Así os va a los asesores, luego os quejáis de que las pymes no os valoran. "
          "Un poco de educación no cuesta dinero."))
P("hostility_after_decline", "en", "Brandon Pike", "Growth Hacker | Lead gen for accountants", "Manchester",
  ("inv", DEFAULT),
  ("rem",),
  ("inm", "Really?", "Ignoring a connection request from someone who could double your client list. Bold move. No wonder small firms stay small."))
P("hostility_after_decline", "es", "Ximo Albert", "Comercial | Material d'oficina", "Burjassot",
  ("inv", "Bones Alex, porte material d'oficina i tòner a molts despatxos de l'Horta. Conectem i et passe catàleg?"),
  ("inm", "Quina manera", "Alex, tres setmanes i ni una resposta. Això és molt poc professional, i més sent d'un poble com el meu. "
          "Ja ho contaré als companys."))
P("hostility_after_decline", "it", "Massimo Ferri", "Consulente finanziario", "Roma",
  ("inv", "Buongiorno Alex, aiuto professionisti come lei a ottimizzare la liquidità dello studio. Colleghiamoci."),
  ("inm", "Maleducazione", "Egregio, ignorare un collega che le scrive con rispetto è semplicemente maleducato. Si vede che in Spagna "
          "certe regole di cortesia non valgono. Saluti."))


# =============================================================== hostility_connection
P("hostility_connection", "es", "Fernando Quiles", "Gerente | Quiles Distribuciones SL", "Mislata",
  ("msg", "Alex, me ha llegado la carta con la subida de honorarios para 2017. Un 12% es una barbaridad, llevo con vosotros nueve años. "
          "O me lo dejáis como estaba o me lo pienso."),
  ("msg", "Pues nada, ya veo que os da igual. Sois unos sinvergüenzas, cobrando más por hacer lo mismo y encima tarde. "
          "No me extraña que la gente se vaya a las gestorías online. Ya os llegará la carta de baja.", (4, 10)))
P("hostility_connection", "es", "Óscar Ibáñez", "Director de oficina | Banco Turia Empresas", "Valencia",
  ("msg", "Alex, he visto que tus clientes domicilian las nóminas en otra entidad. Te propongo un acuerdo: los traes a Turia y os mejoramos "
          "comisiones a todos. ¿Lo vemos?"),
  ("msg", "Entiendo que no os interesa, pero que me lo digas por mensaje después de diez años de relación me parece una falta de respeto. "
          "Tomo nota de quién es quién.", (5, 12)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "es", "Eva Mompó", "Agente | Seguros Levante Mediación", "Valencia",
  ("msg", "Hola Alex, ¿tenéis seguro de ciberriesgo en el despacho? Con la cantidad de datos fiscales que manejáis es casi obligatorio. "
          "Te hago un presupuesto en 24 h."),
  ("msg", "Te recuerdo lo del ciberriesgo: este mes sale un 15% más barato si lo contratas con la RC profesional."),
  ("msg", "Alex, último aviso de la promo, luego sube la prima. ¿Te llamo?"))
P("connection_only_pitches", "en", "Simon Carter", "Partner Manager | CloudLedger", "London",
  ("msg", "Hi Alex, CloudLedger just launched a Spanish edition with SII ready from day one. Partners get 30% margin on every client licence. Fancy a demo?"),
  ("msg", "Alex, just bumping this: we have launch pricing until the end of February. 15 minutes on Thursday?"))
P("connection_only_pitches", "es", "Toni Gil", "Director comercial | Renting Mediterráneo", "Paterna",
  ("msg", "Bon dia Alex! Tenim renting de furgonetes amb IVA deduïble al 100% per a autònoms. Ideal per als teus clients transportistes, "
          "et done comissió per cada un que em passes."),
  ("msg", "Alex, et passe la taula de comissions per derivar clients. Quants en podríem fer aquest trimestre?"))
P("connection_only_pitches", "es", "Raquel Sempere", "Banca privada | Banco Turia", "Valencia",
  ("msg", "Alex, en banca privada estamos ofreciendo a socios de despachos un fondo con rentabilidad objetivo del 5%. ¿Te apetece un café para contártelo?"),
  ("msg", "Hola Alex, te dejo la ficha del fondo. Si te encaja, la apertura de cuenta se hace en diez minutos."))


# =============================================================== single_pitch
P("single_pitch", "es", "David Grau", "Consultor SEO para despachos", "Valencia",
  ("msg", "Alex, he buscado «asesoría fiscal Valencia» en Google y no aparecéis hasta la tercera página. Por 350 € al mes os pongo en la primera. ¿Lo hablamos?"))
P("single_pitch", "fr", "Nathalie Perrin", "Responsable grands comptes | FormaCompta", "Lyon",
  ("msg", "Bonjour Alex, nous lançons une formation certifiante en fiscalité franco-espagnole (21 h, 1 450 € HT). Je peux vous réserver une place ?"))
P("single_pitch", "it", "Paolo Ricci", "Agente | Arredo Ufficio Pro", "Valencia",
  ("msg", "Ciao Alex, sto arredando diversi studi professionali a Valencia con sedute ergonomiche a noleggio. Ti mando il catalogo?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "es", "Maite Cervera", "Asesora fiscal | Cervera & Roig", "Valencia",
  ("msg", "Alex, ojo que este año el 390 va el 30 de enero pero la AEAT ha cambiado dos casillas de prorrata. Te paso la nota que me mandó el colegio, "
          "a mí casi se me cuela en dos clientes."),
  ("msg", "Otra cosa: si alguno de tus clientes tiene operaciones por encima de 3.005 € con el mismo proveedor, que lo revise ya, que el 347 va a final de febrero "
          "y este año se están mirando mucho los cuadres. Un abrazo."))
P("connection_brings_value", "es", "Xavier Peris", "Soci | Assessoria Peris", "Gandia",
  ("end",),
  ("msg", "Alex, t'envie la plantilla que hem fet per avisar els clients del SII de juliol. Està en valencià i castellà, canvia el logo i au. "
          "Si la millores, torna-me-la!"))
P("connection_brings_value", "es", "Elena Ortí", "Abogada laboralista | Ortí Abogados", "Valencia",
  ("msg", "Hola Alex, tengo un cliente, una cadena de tres panaderías en Burjassot, que busca asesor fiscal y contable porque su gestor se jubila. "
          "Le he dado tu nombre. ¿Te parece bien que le pase tu teléfono?"))
P("connection_brings_value", "en", "Catherine Shaw", "Tax Partner | Marlow & Reed", "Valencia",
  ("msg", "Alex, we've got more Non-Dom and Modelo 720 work than we can handle this spring. Would you take on a few smaller expat clients on referral? "
          "We'd send them straight to you, no fee either way."))
P("connection_brings_value", "it", "Sara Lombardi", "Commercialista | Studio Lombardi Torino", "Torino",
  ("msg", "Ciao Alex, come promesso ti giro la circolare sul nuovo spesometro trimestrale: vedrai che somiglia molto al vostro SII. "
          "Se ti serve un confronto per i clienti italiani, chiamami pure."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "es", "Lorena Cabanes", "Selección de personal | Garrigós Abogados y Economistas", "Valencia",
  ("inm", "Responsable de departamento fiscal", "Hola Alex, buscamos responsable del área fiscal para nuestra oficina de Valencia: equipo de 6, "
          "socio a tres años vista. Tu perfil encaja mucho. ¿Te apetecería hablarlo con discreción?"))
P("stranger_inmail_recruiter", "en", "Martin Lindqvist", "CFO | Lindqvist Shipping Iberia", "Gothenburg",
  ("inm", "Tax Manager – Spain", "Dear Alex, we are setting up our Spanish entity in the port of Valencia and need a Tax Manager, full-time, reporting to me. "
          "Salary 55-65k. Would you consider it or know someone?"))
P("stranger_inmail_recruiter", "fr", "Agnès Laurent", "Consultante recrutement finance | Cabinet Laurent RH", "Toulouse",
  ("inm", "Poste de contrôleur financier à Valence", "Bonjour Alex, un de mes clients, groupe agroalimentaire français, recrute un contrôleur "
          "financier bilingue pour son site de Valence. Seriez-vous ouvert à en discuter ?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "es", "Hugo Pardo", "Director comercial | Firmadoc", "Madrid",
  ("inm", "Firma digital para tu despacho", "Alex, con Firmadoc tus clientes firman mandatos y cartas de encargo desde el móvil. 19 €/mes por usuario. "
          "¿Te activo una prueba?"))
P("stranger_inmail_sales", "en", "Kevin Marsh", "Account Executive | PracticeFlow", "Bristol",
  ("inm", "Save 10 hours a week", "Hi Alex, firms like yours use PracticeFlow to chase clients for documents automatically. Can I grab 15 minutes?"),
  ("inm", "Re: Save 10 hours a week", "Hi Alex, circling back. Happy to do a quick screen share whenever suits."))
P("stranger_inmail_sales", "it", "Chiara Monti", "Business Developer | Dati Sicuri Cloud", "Milano",
  ("inm", "Backup per studi professionali", "Buongiorno, offriamo backup cifrato per studi commercialisti con server in Europa. Posso mandarle un preventivo?"))
P("stranger_inmail_sales", "es", "Jorge Bañuls", "Consultor | Captación de clientes para asesorías", "Elche",
  ("inm", "Más clientes en 2017", "Alex, te consigo 5 reuniones al mes con pymes que buscan asesor. Solo pagas por reunión: 80 €. ¿Lo probamos?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "es", "Mireia Sanchis", "Economista | Formadora", "Valencia",
  ("inv", "Alex, doy clases en el máster de tributación de la UV y preparo un caso práctico sobre el SII. ¿Te animarías a revisarlo y darme tu opinión? "
          "Te lo agradecería mucho."),
  ("msg", "Mil gracias por tus comentarios, el caso ha quedado mucho mejor. Te paso el enlace a la sesión abierta del jueves en la facultad, gratuita, por si vienes.", (5, 12)),
  ("msg", "Alex, te cuento: monto con un socio un curso online sobre SII para despachos, 390 € por persona. Con tu equipo de cuatro te haría precio. "
          "¿Cuántos apunto?", (10, 20)))
P("good_turns_ugly", "en", "Neil Grayson", "Retired partner | Volunteer tax clinic", "Altea",
  ("inv", "Hello Alex, I run a free tax help session for retired British residents in Altea every month. We could really use a Spanish-qualified "
          "adviser to answer the odd question. An hour, a few times a year?"),
  ("msg", "Thanks for coming along, Alex, the residents loved it. Sharing the list of questions we collected in case it helps your FAQ.", (7, 15)),
  ("msg", "Alex, between us: I've joined a wealth planning firm and a lot of the residents need an estate review. If you refer them to me I'll share "
          "the introducer fee. Shall we formalise it?", (10, 20)))
P("good_turns_ugly", "es", "Adrià Ferrer", "Assessor fiscal | Castelló", "Castelló de la Plana",
  ("inv", "Alex, som dos despatxos xicotets i ens va bé compartir criteri. Et puc preguntar com feu la prorrata especial per a clients agraris?"),
  ("msg", "Gràcies per l'explicació, t'envie el nostre esquema de treball per si et serveix.", (4, 10)),
  ("end",),
  ("msg", "Alex, t'he validat {skill}. Em validaries tu Fiscalitat agrària i IVA? Ara que m'estic promocionant m'aniria de perles.", (3, 8)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "es", "Sandra Tormo", "Comercial | Formafisc Escuela", "Valencia",
  ("inm", "Curso de cierre contable", "Hola Alex, te invito a nuestro curso de cierre contable 2016 (16 h, 320 €). Plazas limitadas."),
  ("inv", "Hola Alex, nos vimos en la jornada del colegio. Me encantaría tenerte en mi red.", (20, 35)))
P("reinvite_known_bad", "en", "Liam O'Connor", "Financial Adviser | Expat Wealth Spain", "Marbella",
  ("inv", DEFAULT),
  ("inv", "Alex, I think we have a lot of expat clients in common. Would be great to connect properly this time.", (20, 35)))
P("reinvite_known_bad", "es", "Paco Gimeno", "Comercial | Material d'oficina", "Valencia",
  ("inv", "Hola Alex, vendo destructoras de papel certificadas para cumplir la LOPD. ¿Te paso precios?"),
  ("inv", "Alex, te escribo de nuevo, creo que nos conocimos en el Colegio. Conectamos?", (20, 35)))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "es", "Ismael Roig", "Consultor | Subvenciones para pymes", "Valencia",
  ("inv", "Alex, gestiono subvenciones para pymes y te doy el 10% de lo que se cobre por cada cliente que me pases."),
  ("inm", "En fin", "Vaya, ni una respuesta. Luego vais de profesionales. Muy triste."),
  ("inv", "Hola Alex, nuevo año, borrón y cuenta nueva. Conectamos?", (15, 25)))
P("reinvite_known_ugly", "en", "Aaron Blake", "Director | Accountants Growth Forum", "Leeds",
  ("inm", "A free seat at our forum", "Hi Alex, we're offering a free seat at our European Accountants Growth Forum to a few hand-picked practice owners. Interested?"),
  ("inm", "Your forum seat", "Hi Alex, great news, your seat is confirmed. To complete registration, the delegate pack is £495 + VAT. Card details here.", (4, 10)),
  ("inv", "Hi Alex, would love to stay connected with you here.", (15, 25)))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "es", "Gonzalo Prats", "Director de zona | Banco Turia Empresas", "Valencia",
  ("acc",),
  ("msg", "Gracias por conectar, Alex. Aprovecho: tenemos una póliza de crédito para despachos al Euríbor + 1,25. Si te interesa te preparo oferta."))
P("user_invited_pitch_once", "en", "Priya Menon", "Sales Lead EMEA | LedgerBridge Outsourcing", "London",
  ("acc",),
  ("msg", "Thanks for the invite, Alex! Since you asked about capacity at the conference: we can take your payroll runs from March. Shall I send a proposal?"))
P("user_invited_pitch_once", "fr", "Julien Morel", "Chargé d'affaires | Assurances Pro Méditerranée", "Montpellier",
  ("acc",),
  ("msg", "Merci pour la mise en relation, Alex. Je vous propose une étude gratuite de votre responsabilité civile professionnelle, avec un tarif "
          "préférentiel pour les cabinets espagnols."))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "es", "Alberto Ruiz", "Partner manager | ContaNube", "Valencia",
  ("acc",),
  ("msg", "Alex, gracias por aceptar! Lo que comentamos en el congreso: te activo ContaNube para todo el despacho con 3 meses gratis. ¿Cuántos usuarios?"),
  ("msg", "Hola Alex, te paso el contrato de partner con el descuento. Si lo firmas antes del 28 te mantengo el precio de 2016."))
P("user_invited_pitch_twice", "es", "Marta Vidal", "Formación in-company | Formafisc Escuela", "Valencia",
  ("acc",),
  ("msg", "Gràcies per connectar! Et deixe el catàleg de cursos bonificats per FUNDAE per al teu equip. Quasi no et costen res."),
  ("msg", "Alex, tancant grups de març. Vos apunte els quatre al curs de nòmines? Són 180 € per persona bonificables."))
P("user_invited_pitch_twice", "en", "Steve Harper", "Insurance & Pensions Adviser | Costa Expat Finance", "Alicante",
  ("acc",),
  ("msg", "Cheers for connecting Alex. A lot of your British clients will need their pensions looked at after the Brexit vote - happy to pay a referral fee."),
  ("msg", "Hi Alex, just checking if you had a chance to think about the referral arrangement? Happy to put it in writing."))


# =============================================================== user_invited_value
P("user_invited_value", "es", "Rafael Andreu", "Profesor de Derecho Financiero | Universitat de València", "Valencia",
  ("acc",),
  ("msg", "Encantado, Alex. Como te dije, te mando las diapositivas de la sesión sobre el SII y la última consulta vinculante de la DGT que comentamos. "
          "Si algún día quieres venir a contar la visión de un despacho a los alumnos del máster, la puerta está abierta."))
P("user_invited_value", "es", "Inma Llopis", "Directora financiera | Grupo Hortofrutícola del Turia", "Carlet",
  ("acc",),
  ("msg", "Hola Alex, gracias por la invitación. Te confirmo que queremos que nos llevéis el impuesto de sociedades y la revisión trimestral "
          "del IVA de las tres cooperativas a partir de abril. ¿Nos mandas la carta de encargo?"))
P("user_invited_value", "it", "Valeria Conti", "Dottoressa commercialista | Studio Conti & Bassi", "Verona",
  ("acc",),
  ("msg", "Grazie Alex! Ti allego la check-list che usiamo per i clienti che aprono in Spagna, così possiamo dividerci il lavoro sui due lati."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Pilar Romaguera", "Decana | Colegio de Economistas de Valencia", "Valencia", ("acc",))
P("acceptance_only", "en", "James Whitaker", "Consul | British Consulate Alicante", "Alicante", ("acc",))
P("lone_endorsement", "es", "Sergi Boix", "Ex becari | Auditor junior", "Valencia", ("end",))
P("lone_endorsement", "fr", "Mathilde Girard", "Cliente | Boulangerie Girard Valence", "Valencia", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Lucía Ferrándiz", "lucia@tallerferrandiz.example.es", "Presupuesto contabilidad",
     "Hola Alex,\n\nte he mandado también una invitación por LinkedIn. Te adjunto las facturas del último trimestre para que veas el volumen.\n\nLucía", "es"),
    ("Colegio de Economistas de Valencia", "formacion@coev.example.es", "Jornada: novedades fiscales 2017",
     "Estimado colegiado,\n\nle recordamos la jornada del 15 de febrero. Síguenos en LinkedIn para las próximas convocatorias.", "es"),
    ("Agencia Tributaria", "avisos@agenciatributaria.example.es", "Aviso: plazo del Modelo 390",
     "Le recordamos que el plazo de presentación del resumen anual de IVA finaliza el 30 de enero.", "es"),
    ("Fernando Quiles", "fquiles@quilesdistribuciones.example.es", "Subida de honorarios",
     "Alex,\n\nya te lo he dicho por LinkedIn. No estoy de acuerdo con la subida y quiero hablarlo con el otro socio.\n\nFernando", "es"),
    ("Vicent Llorca", "vllorca@alumni.uv.example.es", "Currículum pràctiques",
     "Bon dia Alex,\n\nt'adjunte el currículum que et vaig comentar per LinkedIn. Moltes gràcies per l'atenció.\n\nVicent", "es"),
    ("Claire Dumas", "c.dumas@provence-emballages.example.fr", "Filiale de Valence – documents",
     "Bonjour Alex,\n\nsuite à ma demande sur LinkedIn, voici les statuts et l'organigramme de la future filiale.\n\nClaire", "fr"),
    ("Catherine Shaw", "cshaw@marlowreed.example.com", "Referrals",
     "Alex,\n\nas per my LinkedIn note, three expat files coming your way next week.\n\nCatherine", "en"),
    ("ContaNube", "news@contanube.example.com", "Webinar: SII en 30 minutos",
     "Apúntate a nuestro webinar y síguenos en LinkedIn para más trucos de productividad.", "es"),
]

# ------------------------------------------------------------------------- checks and builder
for _s in PEOPLE:
    for _st in _s[6]:
        if _st[0] == "inv" and _st[1] != DEFAULT:
            assert len(_st[1]) <= 300, (_s[2], len(_st[1]))

ERAS = {s[2]: "2016" for s in PEOPLE}
HEADER = [f"# mailbot development corpus dev179. Generated by scripts/make_corpus_dev179.py (seed {SEED}); do not edit by hand.",
          "# Alex as partner at a small Valencia accounting firm, early 2017: clients asking for quotes, software and outsourcing vendors, "
          "CPE training sellers, banks and insurers, trainees, peers. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev179", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER, eras=ERAS)
