#!/usr/bin/env python3
"""Write mailbot's twenty-second, independent development corpus: tests/corpus/dev22/*.eml + expected.toml.

The angle: a Spanish- and Italian-speaking inbox. The user Alex works in Madrid as head of
operations for an Italian-Spanish logistics group (Ibertalia Logistics Group: hubs in Madrid,
Zaragoza, Valencia, Piacenza and Genoa). Most of LinkedIn's own wording is Spanish or Italian,
some English. The people write in Spanish from Spain and from Latin America (Mexico, Argentina
with voseo, Colombia), in Italian (formal 'Lei' and casual 'tu'), and some in English, with
regional registers, idioms, diminutives, typos and missing accents. Their world: hauliers,
freight forwarders, customs agents, ports and inland terminals, rail and ro-ro corridors
between Spain and Italy, telematics and TMS/WMS vendors, pallet and forklift suppliers, fuel
cards, cargo insurance, driver staffing agencies, tax-credit consultants, expat private
bankers, trade-fair and association people, researchers, recruiters and former colleagues.

Every scenario of the taxonomy appears with at least one Spanish and one Italian voice.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert
titles and other LinkedIn mail wording, the headlines of spoof-only names and PYMK
suggestions, the sales InMail subjects of spoofs and the pitches that spoofs carry are swapped
for logistics ones in this process only (make_corpus.py itself is not changed). People whose
notes name things of the 2020s are pinned to the current layout era. Every note was written
from shared/taxonomy.md alone, without reading mailbot's signals, judge or wording, or the
notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev22.py              # writes tests/corpus/dev22
    python scripts/make_corpus_dev22.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260722

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ logistics world (this process only)
SKILLS = {
    "en": ["Logistics", "Supply Chain Management", "Freight Forwarding", "Operations Management", "Warehousing", "Intermodal Transport"],
    "de": ["Logistik", "Supply Chain Management", "Spedition", "Lagerlogistik", "Intermodaler Verkehr"],
    "fr": ["Logistique", "Gestion de la chaîne logistique", "Transport international", "Entreposage", "Transport intermodal"],
    "es": ["Logística", "Gestión de la cadena de suministro", "Transporte internacional", "Gestión de almacenes", "Transporte intermodal", "Operaciones"],
    "it": ["Logistica", "Supply chain management", "Trasporti internazionali", "Gestione del magazzino", "Trasporto intermodale", "Gestione operativa"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
RHEADLINE = {"en": "Head of Operations at Ibertalia Logistics Group", "de": "Leiter Operations bei Ibertalia Logistics Group",
             "fr": "Directeur des opérations chez Ibertalia Logistics Group", "es": "Director de Operaciones en Ibertalia Logistics Group",
             "it": "Direttore Operazioni presso Ibertalia Logistics Group"}
for _l, _h in RHEADLINE.items():
    mc.L[_l]["rheadline"] = _h
# spoof-only names and other LinkedIn mail lean to Spanish and Italian wording
mc.LANGS[:] = ["es", "it", "en", "es", "it"]
mc.JOBS[:] = [("Director de Operaciones Logísticas", "Grupo Tamarit Transportes"), ("Direttore di Piattaforma Logistica", "Interporto Padano"),
              ("Head of Intermodal, Iberia", "Medrail Cargo"), ("Jefe de Almacén Regional", "Logística Levante"),
              ("Supply Chain Director Southern Europe", "Orvana Foods")]
mc.COMPANIES["good"] = ["Grupo Tamarit Transportes", "Interporto Padano", "Medrail Cargo", "Logística Levante", "Puerto Seco de Coslada",
                        "Spedizioni Adriatiche", "Terminal Darsena Sud", "Orvana Foods"]
mc.COMPANIES["sales"] = ["FlotaSat Telemática", "DockFlow WMS", "PalletNova", "Cargonex", "RutaPlus TMS", "Magazzini Smart", "CarbonLedger"]
mc.HEADLINES["good"] = ["Jefe de Tráfico en {co}", "Responsabile Logistica presso {co}", "Supply Chain Manager at {co}", "Directora de Operaciones en {co}",
                        "Capoturno di magazzino | {co}", "Customs Manager | {co}"]
mc.HEADLINES["sales"] = ["Account Executive | {co}", "Key Account Manager en {co}", "Business Developer presso {co}", "Founder & CEO | {co}",
                         "Ayudo a operadores logísticos a crecer | {co}"]
SALES_SUBJECTS = {
    "en": ["Quick question", "Idea for Ibertalia", "15 minutes?", "Your Zaragoza hub", "Partnership"],
    "es": ["Pregunta rápida", "Una idea para Ibertalia", "¿15 minutos?", "Vuestra flota", "Colaboración"],
    "it": ["Domanda veloce", "Un'idea per Ibertalia", "15 minuti?", "La vostra flotta", "Collaborazione"],
}
for _l, _s in SALES_SUBJECTS.items():
    mc.INMAIL_SUBJECTS[_l]["sales"] = _s
SPOOF_PITCH = {
    "en": ["Hi {first}, I've shared the signed POD and the outstanding freight invoice with you. Sign in to download both.",
           "Hello {first}, your company has been shortlisted in our road freight tender. Confirm your participation here before Friday."],
    "de": ["Hallo {first}, ich habe Ihnen den unterschriebenen Frachtbrief und die offene Rechnung freigegeben. Bitte melden Sie sich an.",
           "Guten Tag {first}, Ihr Unternehmen ist in unserer Transportausschreibung in der engeren Wahl. Bitte bis Freitag bestätigen."],
    "fr": ["Bonjour {first}, je vous ai partagé la lettre de voiture signée et la facture en attente. Connectez-vous pour les télécharger.",
           "Bonjour {first}, votre société est présélectionnée pour notre appel d'offres transport. Confirmez avant vendredi."],
    "es": ["Hola {first}, te he compartido el albarán firmado y la factura pendiente del último porte. Inicia sesión para descargarlos.",
           "Hola {first}, vuestra empresa ha quedado preseleccionada en nuestra licitación de transporte. Confirma tu participación antes del viernes."],
    "it": ["Ciao {first}, ti ho condiviso il CMR firmato e la fattura del viaggio ancora aperta. Accedi per scaricarli.",
           "Gentile {first}, la Sua azienda è stata preselezionata per la nostra gara di trasporto. Confermi la partecipazione entro venerdì."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
mc.OTHER["es"].update(
    job=("{n} empleos nuevos de «director de operaciones logísticas»", "Tu alerta de empleo de director de operaciones logísticas en {city}", "Ver empleo"),
    news=("¿Faltan conductores o sobran camiones?", "Noticias destacadas de LinkedIn Noticias"),
    group=("Conversaciones destacadas en Logística y Transporte España", "Estas son las conversaciones más destacadas de tu grupo"),
    newsletter=("Diario de un jefe de tráfico: el muelle 7 nunca duerme", "Nueva edición de un boletín al que estás suscrito"))
mc.OTHER["it"].update(
    job=("{n} nuove offerte per «responsabile logistica»", "Il tuo avviso di lavoro per responsabile logistica a {city}", "Visualizza offerta"),
    news=("L'intermodale salverà l'autotrasporto?", "Le notizie principali di LinkedIn Notizie"),
    group=("Conversazioni principali in Logistica & Supply Chain Italia", "Ecco le conversazioni principali del tuo gruppo questa settimana"),
    newsletter=("Banchina e dintorni: il porto visto da dentro", "Nuova edizione di una newsletter a cui sei iscritto"))
mc.OTHER["en"].update(
    job=("{n} new jobs for \"head of logistics\"", "Your job alert for head of logistics in {city}", "View job"),
    news=("Are Europe's rail freight corridors finally working?", "Top stories for you from LinkedIn News"),
    group=("Top conversations in Intermodal & Rail Freight Professionals", "Here are the top conversations in your group this week"),
    newsletter=("The Dock Door: what warehouse KPIs hide", "New edition of a newsletter you subscribed to"))

PEOPLE: list[tuple] = []
P = adder(PEOPLE)
# people whose notes name things of the 2020s: pinned to the current layout era
ERAS: dict[str, str] = {}


def cur(*names: str) -> None:
    for n in names:
        ERAS[n] = "cur"


# =============================================================== good_invitation
P("good_invitation", "es", "Begoña Urrutia", "Jefa de Tráfico Internacional | Transportes Urrutia", "Vitoria-Gasteiz",
  ("inv", "Hola Alex, soy jefa de tráfico en una empresa familiar de Álava. Te escuché en el SIL hablando de la autopista del mar Barcelona-Génova "
          "y estamos pensando en mandar semis sin acompañar. Tengo dudas con el seguro de la carga a bordo, ¿te puedo hacer un par de preguntas?"),
  ("rem",))
P("good_invitation", "es", "Ludovica Sereni", "Responsabile Formazione | Consorzio Logistica Padana", "Piacenza",
  ("inv", "Gentile dott. Morgan, il 12 marzo teniamo a Piacenza un seminario gratuito su eFTI e CMR elettronico con un funzionario delle Dogane. "
          "Vale 4 crediti formativi per gli spedizionieri. Visti i Suoi progetti sul corridoio Spagna-Italia, mi farebbe piacere averLa con noi."),
  nl="it")
P("good_invitation", "it", "Nicolò Zanella", "Operations Manager | Interporto di Verona · Executive MBA", "Verona",
  ("inv", "Ciao Alex!! Sono Nico, eravamo insieme sul progetto del magazzino di Castel San Giovanni, te lo ricordi? Sto scrivendo la tesi dell'MBA "
          "sui tempi di scarico in piattaforma: mi daresti 20 minuti per un'intervista? Poi ti giro i risultati, promesso 🙏"),
  ("rem",))
P("good_invitation", "en", "Priya Raman", "Senior Researcher, Port & Hinterland Logistics | Delta Port Institute", "Rotterdam",
  ("inv", "Hi Alex, Marta Gil at Valenciaport suggested I get in touch. I'm running a study of port-to-inland rail transit times across Med gateways "
          "and every participant gets the full anonymised benchmark. Would you be up for a 30-min interview?"))
P("good_invitation", "es", "Facundo Brizuela", "Coordinador de Exportaciones | Frigorífico del Litoral", "Rosario",
  ("inv", "Hola Alex, ¿cómo andás? Armamos un webinar gratuito con la Cámara Argentino-Española sobre cómo llevar carga refrigerada de Rosario a Valencia "
          "sin morir en el intento 😅 Nos falta alguien que cuente la parte de destino. ¿Te copás como panelista?"))
P("good_invitation", "es", "Rodrigo Villaseñor", "Gerente de Comercio Exterior | Grupo Alcaraz Autopartes", "Monterrey",
  ("inv", "Qué tal Alex, buen día. Lupita Garza me pasó tu contacto, dice que trabajaron juntos en Lázaro Cárdenas. Estamos por abrir ruta Manzanillo-Valencia "
          "y según ella nadie sabe más del despacho en destino. ¿Me regalas 15 minutos para platicarlo? Mil gracias."),
  ("rem",))
cur("Ludovica Sereni", "Nicolò Zanella")


# =============================================================== default_invitation
P("default_invitation", "es", "Íñigo Lasa", "Comercial | Transporte frigorífico", "Pamplona", ("inv", DEFAULT), ("rem",))
P("default_invitation", "it", "Graziella Pinto", "Impiegata ufficio spedizioni", "Napoli", ("inv", DEFAULT))
P("default_invitation", "es", "Yesenia Cárdenas", "Ejecutiva de Cuenta | Agencia Aduanal del Pacífico", "Guadalajara", ("inv", NONOTE))
P("default_invitation", "it", "Federico Sanna", "Freight forwarder | Porto Canale", "Cagliari", ("inv", NONOTE), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "es", "Marcos Peñalver", "Key Account Manager | FlotaSat Telemática", "Murcia",
  ("inv", "Buenas Alex, con el tacógrafo inteligente V2 muchas flotas andan locas con las descargas y las multas. Nosotros lo automatizamos todo "
          "desde la nube y te ahorras un administrativo. ¿Te cuadra una demo de 20 min la semana que viene?"))
P("sales_invitation", "es", "Daniela Ospina", "Business Development | NearShore Talent Colombia", "Medellín",
  ("inv", "Hola Alex, ¡qué pena contigo escribirte así de una! Armamos equipos de atención al cliente y facturación en Medellín para operadores "
          "logísticos españoles, con ahorros de hasta el 55%. ¿Agendamos una llamadita de 15 minuticos y te muestro cómo funciona?"))
P("sales_invitation", "it", "Ettore Bonfanti", "Consulente Finanza Agevolata | Crediti d'imposta 4.0 e 5.0", "Brescia",
  ("inv", "Buongiorno dott. Morgan, vedo che il Vostro Gruppo ha sedi operative anche in Italia. State valutando carrelli, magazzini automatici "
          "o fotovoltaico? Con Transizione 5.0 si recupera fino al 45%. Le propongo una verifica preliminare: quando possiamo sentirci?"))
P("sales_invitation", "it", "Martina Lo Russo", "Ghostwriter LinkedIn per manager della supply chain", "Milano",
  ("inv", "Ciao Alex! Ho dato un'occhiata al tuo profilo: zero post ma un sacco di esperienza 😉 Scrivo contenuti per manager della logistica, "
          "3 post a settimana, tu approvi e basta. Ai miei clienti sono triplicate le visualizzazioni. Ti mando due esempi e il listino?"))
P("sales_invitation", "es", "Connor Blake", "VP Sales EMEA | DockFlow WMS", "Dublin",
  ("inv", "Hi Alex - saw Ibertalia just opened the Zaragoza hub, congrats. Most 3PLs we work with cut dock-to-stock time by a third in their "
          "first quarter on DockFlow. Worth a 20-min look? Happy to work around your calendar."),
  ("rem",), nl="en")
cur("Marcos Peñalver", "Ettore Bonfanti")


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "es", "Álvaro Quintanilla", "Fundador | Club de Directores de Supply Chain Madrid", "Madrid",
  ("inv", "Hola Alex, cada mes juntamos a una docena de directores de operaciones en un desayuno en Chamberí para hablar de lo que nos quita el sueño: "
          "conductores, costes, clientes. Sin powerpoints ni vendedores. ¿Te apuntas al próximo?"),
  ("msg", "¡Gracias por aceptar, Alex! Te cuento cómo funciona el club: la cuota anual es de 1.900 € + IVA e incluye los desayunos y el acceso a nuestra "
          "plataforma de benchmarking. Además, desde mi consultora hacemos diagnósticos de red logística a los socios con un 20% de descuento. "
          "¿Te paso el formulario de alta?", (3, 9)),
  ("msg", "Alex, ¿pudiste ver lo de la cuota? Esta semana cerramos las plazas a precio de lanzamiento. Si te viene mejor lo hablamos mañana en una llamada rápida.", (6, 14)))
P("bait_and_switch_invitation", "it", "Gianmarco Fedeli", "Promotore | Rete Italia-Spagna della Logistica", "Madrid",
  ("inv", "Ciao Alex! Sto mettendo in piedi una rete di chi lavora nella logistica tra Italia e Spagna: un aperitivo al mese a Madrid e un gruppo "
          "per scambiarsi contatti, dritte pratiche, fornitori fidati. Niente di formale. Ti va di entrare nel giro?"),
  ("msg", "Grande Alex, benvenuto! Ti scrivo anche per una cosa di lavoro, così me la tolgo subito: sono consulente finanziario e seguo chi vive tra due paesi "
          "(previdenza, doppia imposizione, investimenti). Metà del gruppo ha già fatto il check-up con me. Ti blocco mezz'oretta giovedì?"))
P("bait_and_switch_invitation", "es", "Lucas Ferreyra", "Maestrando en Logística Internacional | Buenos Aires", "Buenos Aires",
  ("inv", "Hola Alex, ¿qué tal? Estoy con la tesis de la maestría sobre intermodalidad en el Mediterráneo y me vendría bárbaro la mirada de alguien "
          "que opera de verdad. Son 4 o 5 preguntas cortitas, ¿me aceptás y te las paso por acá?"),
  ("msg", "¡Mil gracias por aceptar! Te cuento, aparte de la maestría laburo en Cargonex, una plataforma de subasta de cargas que está entrando en España. "
          "Te dejo el link a una prueba gratis de 14 días y si cerrás antes de fin de mes tenés 30% off. ¿Armamos una call con tu equipo de tráfico?", (2, 6)),
  ("msg", "Alex, ¿pudiste mirar lo de Cargonex? Me quedan dos cupos con el descuento, avisame y te lo reservo 👍"))
P("bait_and_switch_invitation", "es", "Raffaella Chiodi", "Avvocato | Autrice della guida «Pacchetto Mobilità senza sorprese»", "Bologna",
  ("inv", "Gentile Alex, ho preparato una guida gratuita di 40 pagine sul Pacchetto Mobilità e sul cabotaggio tra Italia e Spagna, con i casi di sanzione "
          "più frequenti. Se Le interessa, La inserisco tra chi la riceve in anteprima."),
  ("msg", "Buongiorno Alex, eccoLe la guida promessa. Colgo l'occasione: il nostro studio svolge audit di conformità delle flotte sul Pacchetto Mobilità, "
          "2.800 € a sede, con report sul rischio sanzioni. Desidera un preventivo per le Vostre due sedi italiane? Potrei passare da Piacenza la settimana prossima.", (4, 12)),
  nl="it")
P("bait_and_switch_invitation", "en", "Derek Halloran", "Connecting supply chain leaders | EMEA", "London",
  ("inv", "Alex - fellow ops leader here. Would be good to connect and swap notes on the Med corridors; always useful to know people who actually move boxes "
          "rather than just post about it."),
  ("msg", "Thanks for connecting! Quick one: we're a specialist search partner for logistics leadership and just placed two site GMs in Zaragoza. "
          "If you have openings coming up this year I'd love to send over our terms (18% fee, 6-month guarantee)."),
  ("msg", "Hi Alex, circling back on the terms - happy to do your first role at 15% to show what we can do. Who handles hiring at site level?"))
cur("Raffaella Chiodi")


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "es", "Patricia Llamas", "Redactora jefa | Cadena Logística Magazine", "Madrid",
  ("inm", "Entrevista para el especial de intermodalidad", "Hola Alex, estoy preparando el especial de otoño sobre intermodalidad ferroviaria y me gustaría "
          "incluir tu visión como operador. Serían cinco preguntas por escrito y una foto tuya. ¿Te encaja?"),
  ("inm", "Re: Entrevista – condiciones", "Gracias por contestar tan rápido, Alex. Te adjunto las condiciones: la entrevista va dentro del especial patrocinado, "
          "con una inversión de 2.450 € + IVA que incluye doble página y difusión en la newsletter. Si lo confirmas esta semana te mantengo el precio.", (2, 8)))
P("bait_and_switch_inmail", "it", "Daniele Brambilla", "Presidente | Tavolo Logistica Sostenibile Lombardia", "Milano",
  ("inm", "Invito al Tavolo", "Buongiorno Alex, stiamo formando un tavolo di lavoro tra operatori sulla decarbonizzazione del trasporto e sugli obblighi CSRD. "
          "Incontri trimestrali a Milano, scambio di dati tra pari, nessuno sponsor. Sarebbe un piacere avere qualcuno di Ibertalia."),
  ("inm", "Tavolo – prossimi passi", "Grazie per la disponibilità! Per partecipare al tavolo chiediamo di attivare la nostra piattaforma di calcolo delle emissioni "
          "Scope 3 (licenza annua 6.000 €), così i dati di tutti sono confrontabili. Le mando il contratto o preferisce prima una demo?"))
P("bait_and_switch_inmail", "es", "Mariana Zermeño", "Directora | Red de Mujeres en Logística LATAM", "Ciudad de México",
  ("inm", "Programa de mentoría", "¡Hola Alex! Te escribo desde la Red de Mujeres en Logística. Buscamos mentores en Europa para nuestro programa de mentoría "
          "voluntaria, una hora al mes por videollamada. Tu experiencia en puertos sería súper valiosa para las chavas del programa. ¿Te late?"),
  ("inm", "Mentoría – siguiente paso", "Mil gracias por tu interés 🙌 Te platico: para mentores corporativos el programa tiene una aportación de patrocinio de "
          "3.500 USD, que incluye tu logo en el evento anual y menciones en redes. ¿Te mando la factura a nombre de Ibertalia o de tu área?", (4, 12)))
P("bait_and_switch_inmail", "en", "Simon Achterberg", "Partner | Corridor Insights", "Rotterdam",
  ("inm", "Quick question on the Valencia-Milan rail slots", "Hi Alex, question from someone mapping rail capacity on the Valencia-Milan corridor: are the extra "
          "slots through Portbou actually materialising for you, or still on paper? Curious how an operator sees it."),
  ("inm", "Following up", "Thanks for the candid answer - genuinely useful. On that note, we run a capacity-intelligence subscription for operators on exactly "
          "this corridor (EUR 950/month). I can set you up with a two-week trial if you book a walkthrough this week."))
cur("Daniele Brambilla")


# =============================================================== endorse_me_back
P("endorse_me_back", "es", "Chema Robles", "Jefe de Almacén | Operador logístico", "Getafe",
  ("end",), ("end",),
  ("msg", "Que pasa Alex! te he validado {skill} y un par mas. Me devuelves el favor con Gestion de almacenes y Lean? estoy moviendo el cv y todo suma. "
          "Un abrazo crack"))
P("endorse_me_back", "it", "Ilenia Parisi", "Responsabile Customer Service | Spedizioni internazionali", "Genova",
  ("end",),
  ("msg", "Ciao Alex, ti ho confermato {skill} 😊 ti andrebbe di ricambiare con Customer service e Problem solving? te lo chiedo perchè sto aggiornando "
          "il profilo, grazie mille!!"))
P("endorse_me_back", "es", "Andrés Felipe Cuervo", "Agente de Carga Internacional | Bogotá", "Bogotá",
  ("end",), ("end",),
  ("msg", "Buenas tardes Alex, espero que esté muy bien. Le cuento que le validé {skill}; si no es mucha molestia, ¿me podría validar Comercio exterior "
          "y Negociación? Se lo agradecería un montón, estoy buscando nuevas oportunidades."))
P("endorse_me_back", "es", "Aurelio Mancuso", "Consulente doganale | AEO · Trieste", "Trieste",
  ("end",), ("end",),
  ("msg", "Gentile Alex, Le ho confermato alcune competenze, tra cui {skill}, che Le riconosco pienamente. Mi permetto di chiederLe la cortesia di fare "
          "altrettanto per Diritto doganale e Compliance AEO: sto curando il profilo in vista di un nuovo incarico. La ringrazio fin d'ora."),
  nl="it")


# =============================================================== hostility_after_decline
P("hostility_after_decline", "es", "Jacobo Sotomayor", "Director Comercial | Naves Henares Inversión", "Guadalajara",
  ("inv", "Alex, tenemos una nave de 24.000 m² en Cabanillas alquilada a un operador de primer nivel, con rentabilidad del 6,8%. Buscamos tres inversores "
          "privados. ¿Lo hablamos?"),
  ("rem",),
  ("inm", "Sin respuesta", "Veo que has mirado mi perfil y ni te has dignado a contestar. Así os va a los directivos de multinacional: mucha humildad en las "
          "charlas y cero educación en la vida real. Tú sabrás."))
P("hostility_after_decline", "es", "Gastón Iturralde", "Broker de fletes marítimos | Puerto de Buenos Aires", "Buenos Aires",
  ("inv", "Hola Alex! Te quería sumar a mi red, muevo contenedores Buenos Aires-Valencia y capaz podemos hacer algo juntos."),
  ("inm", "¿En serio?", "Che, te mandé la invitación hace un mes y nada. ¿Tanto te cuesta apretar un botón? Después se quejan de que no hay buenos proveedores. "
          "Quedate tranquilo que no te molesto más, maleducado."))
P("hostility_after_decline", "it", "Corrado Benvenuti", "Avvocato | Contenzioso dei trasporti e della logistica", "Roma",
  ("inv", "Egregio dott. Morgan, desidero entrare in contatto con Lei in qualità di legale che da vent'anni si occupa di contenzioso nei trasporti."),
  ("inm", "La Sua mancata risposta", "Egregio Morgan, prendo atto che non ha ritenuto di dare seguito al mio invito. Mi consenta di osservare che un minimo di "
          "cortesia professionale non costerebbe nulla, tanto meno a chi ricopre un ruolo come il Suo. Ne terrò debito conto."))
P("hostility_after_decline", "it", "Jessica Vitale", "Recruiter | Autisti patente CE e CQC", "Bergamo",
  ("inv", "Ciao Alex, forniamo autisti CE con CQC in somministrazione, anche per tratte estere. Ti interessa? Abbiamo disponibilità subito"),
  ("rem",),
  ("inm", "ok ricevuto", "ciao alex vedo che hai ignorato la richiesta... complimenti per la maleducazione, poi non lamentatevi se non trovate autisti. "
          "buona fortuna"))
P("hostility_after_decline", "es", "Brenda Lozano", "Estudiante de Ingeniería Industrial | Tec de Monterrey", "Monterrey",
  ("inv", "Hola Alex! Soy estudiante de último semestre y me encantaría hacer mis prácticas de logística en Europa. ¿Me podrías dar un consejito de cómo "
          "aplicar a empresas como Ibertalia? Gracias de antemano 🙏"),
  ("inm", "Ok", "Neta no entiendo a la gente como tú. Solo pedí un consejo y ni la molestia de contestar. Ojalá nunca te toque estar del otro lado. "
          "Qué poca madre."))


# =============================================================== hostility_connection
P("hostility_connection", "es", "Rafa Montoro", "Corredor de seguros de transporte | Montoro Correduría", "Sevilla",
  ("msg", "Alex, ¿quién os lleva el seguro de mercancías? Estoy sacando primas un 20% por debajo a operadores de vuestro tamaño. Mándame la póliza "
          "actual y te hago una comparativa sin compromiso."),
  ("msg", "Vale, te escribí hace casi un mes y ni un «no, gracias». Para ser director de operaciones vaya modales. Ya me habían contado cómo tratáis a los "
          "proveedores en tu empresa, ahora lo entiendo.", (10, 25)))
P("hostility_connection", "it", "Fabio Carretta", "Broker energia | Luce e gas per aziende", "Torino",
  ("acc",),
  ("msg", "Ciao Alex, grazie del collegamento! Con i consumi dei vostri magazzini frigo, da noi risparmiereste almeno il 18% in bolletta. Mi giri le ultime "
          "due fatture e ti preparo un'offerta?"),
  ("msg", "Guarda, se non ti interessava bastava dirlo. Ignorare la gente è da maleducati, soprattutto quando sei stato TU a chiedermi il collegamento. Ciao."))
P("hostility_connection", "es", "Juliana Arbeláez", "Consultora en Transformación Digital | Torres de control con IA", "Bogotá",
  ("msg", "Hola Alex, ¿cómo vas? Te cuento que estamos implementando torres de control logístico con inteligencia artificial para empresas como la tuya. "
          "¿Te parece si cuadramos una reunión virtual esta semana?"),
  ("msg", "Alex, te escribo de nuevo por lo de la torre de control. Tenemos un caso de éxito en Cartagena que te va a encantar, ¿lo vemos en 20 minutos?"),
  ("msg", "Bueno Alex, ya entendí. Pero déjame decirte que es muy poco profesional dejar en visto a alguien que te escribe con respeto. Uno nunca sabe "
          "las vueltas que da la vida."))
cur("Juliana Arbeláez")


# =============================================================== connection_only_pitches
P("connection_only_pitches", "es", "Borja Ruiz-Tagle", "Private Banker | Banca Patrimonial para expatriados", "Madrid",
  ("msg", "Hola Alex, ¿cómo va todo? Trabajo con bastantes directivos extranjeros en Madrid a los que les viene bien ordenar el ahorro mientras están en el "
          "régimen de impatriados. Si quieres te cuento cómo lo estructuramos. Un café cuando te venga bien."),
  ("msg", "Alex, este trimestre abrimos un fondo de infraestructuras logísticas con entrada mínima de 100.000 €, creo que te encaja por perfil. ¿Te paso el folleto?"),
  ("msg", "Te recuerdo que el fondo cierra el día 30. Si quieres te reservo una participación y lo firmamos en mi oficina de Serrano en media hora."))
P("connection_only_pitches", "it", "Valentina Orsini", "Sales Manager | PalletNova · Pallet EPAL e imballaggi", "Verona",
  ("msg", "Ciao Alex! Produciamo pallet EPAL ricondizionati a prezzi che i vostri fornitori attuali non riescono a fare. Ti mando un listino per le sedi "
          "di Piacenza e Madrid?"),
  ("msg", "Alex, ti riscrivo per i pallet: a marzo abbiamo uno stock di 8.000 pezzi a 6,40 € l'uno, trasporto incluso. Fammi sapere entro venerdì!"))
P("connection_only_pitches", "es", "Jorge Saldívar", "Director Comercial | Rastreo GPS y telemetría para flotas", "Guadalajara",
  ("msg", "Hola Alex, ¿qué onda? Te platico rápido: nuestros GPS con botón de pánico y paro de motor ya los usan varios transportistas en España. "
          "¿Te agendo una demo de 15 min esta semana?"),
  ("msg", "Alex, ¿pudiste checar lo que te mandé? Tenemos promo de instalación gratis si cierras antes del 30, no dejes pasar la oportunidad."))


# =============================================================== single_pitch
P("single_pitch", "es", "Nuria Castells", "Account Manager | Castells Renting de carretillas", "Barcelona",
  ("msg", "Hola Alex, ¿qué tal el verano? Te escribo porque en Castells hacemos renting de carretillas eléctricas con mantenimiento incluido, y ahora "
          "tenemos condiciones especiales para flotas de más de 20 máquinas. Si te encaja, te preparo una propuesta para la nave de Zaragoza."))
P("single_pitch", "it", "Stefano Galli", "Area Manager | RutaPlus TMS per l'autotrasporto", "Padova",
  ("msg", "Buongiorno Alex, spero tutto bene. Le scrivo perché il nostro TMS gestisce già una quarantina di flotte italiane e ora entriamo in Spagna: "
          "sarebbe disponibile per una presentazione di mezz'ora con il Suo responsabile traffico?"))
P("single_pitch", "en", "Kelly Marsh", "Founder | Freight audit & recovery", "Manchester",
  ("msg", "Alex - hope Q3 is treating you well. We audit freight invoices on a contingency basis: we only get paid from what we recover, typically "
          "2-4% of spend. Worth a chat with your finance team?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "es", "Carmen Tejedor", "Directora de Operaciones | Puerto Seco de Coslada", "Madrid",
  ("msg", "Alex, te paso por aquí el informe que comentamos en la reunión de la ZAL: tiempos medios de estancia de contenedores del último año por naviera. "
          "Es interno pero puedes usarlo con tu equipo sin problema. Si te sirve, en enero comparamos datos."))
P("connection_brings_value", "it", "Elisa Bergamaschi", "HR Business Partner | Interporto Quadrante Nord", "Verona",
  ("end",),
  ("msg", "Ciao Alex, ti ricordi che cercavi qualcosa a Verona per Paolo del tuo team, quello che deve rientrare per la mamma? Da noi si apre un posto "
          "da capoturno in piattaforma, l'annuncio esce lunedì. Se vuoi gli passo il contatto diretto di chi fa la selezione."))
P("connection_brings_value", "es", "Florencia Marchesini", "Gerente de Logística Internacional | Agroexportadora del Paraná", "Rosario",
  ("msg", "Alex, ¿cómo estás? El 14 hacemos un webinar gratis con la aduana sobre el nuevo régimen de exportación simplificada. Pensé que a tu equipo de "
          "Valencia le puede servir para lo de los contenedores de limón. Te paso el link de inscripción, no hay que pagar nada."))
P("connection_brings_value", "en", "Tom Whitaker", "Head of Rail Freight | Channel Intermodal", "London",
  ("msg", "Alex, following our chat at Transport Logistic: I've put you in touch with Greta at the Duisburg terminal by email - she's the one who can "
          "actually unlock those Sunday slots. No need to mention me. Good luck with the pilot."),
  ("msg", "Also - the UIC working group on intermodal KPIs is looking for an operator from Iberia. Unpaid, two calls a quarter, but you'd help shape "
          "the standard. Shall I put your name forward?"))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "es", "Lorena Benítez", "Headhunter | Supply Chain y Logística | Alcor Executive Search", "Madrid",
  ("inm", "Director/a de Operaciones Península – confidencial", "Buenos días Alex. Llevo un proceso confidencial para un operador logístico de capital "
          "familiar (unos 300 M€ de facturación) que busca Director/a de Operaciones para toda la Península, reportando al CEO. Base en Madrid, un 20% de viajes. "
          "Tu trayectoria entre Italia y España encaja muy bien. ¿Te vendría bien una llamada discreta esta semana o la próxima?"))
P("stranger_inmail_recruiter", "it", "Chiara Vismara", "Talent Acquisition | Trasporto ferroviario merci", "Milano",
  ("inm", "Posizione: Head of Intermodal Sales – Milano", "Buongiorno Alex, seguo la selezione per un operatore ferroviario merci che sta aprendo nuove "
          "tratte verso la Spagna. Cerchiamo un Head of Intermodal con esperienza sul mercato iberico: tempo indeterminato, RAL 110-130k più bonus, "
          "sede Milano con due giorni da remoto. Se è interessato Le mando la job description completa."))
P("stranger_inmail_recruiter", "en", "Rebecca Lindholm", "Executive Recruiter | Global Logistics Practice", "Copenhagen",
  ("inm", "COO – cold-chain 3PL, Southern Europe", "Hi Alex, I'm retained by a PE-backed cold-chain 3PL (12 sites across Spain, Italy and Portugal) to find "
          "their first COO. The chair specifically asked for someone who has run cross-border Iberia-Italy operations. Package is strong and includes equity. "
          "Would you be open to a confidential conversation?"))
P("stranger_inmail_recruiter", "es", "Iván Castellanos", "Gerente de Reclutamiento | Operador logístico, Querétaro", "Querétaro",
  ("inm", "Vacante: Gerente Regional de Operaciones Bajío", "Hola Alex, muy buen día. Te contacto porque buscamos un Gerente Regional de Operaciones para "
          "nuestros tres CEDIS del Bajío y queremos a alguien con experiencia europea en automatización de almacenes. Ofrecemos paquete de expatriado, "
          "vivienda y colegiatura para los hijos. ¿Te interesaría platicarlo?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "es", "Ainhoa Goikoetxea", "SDR | Plataforma de visibilidad de contenedores", "Bilbao",
  ("inm", "¿Sabes dónde están tus contenedores ahora mismo?", "Hola Alex, vuestros envíos a Génova pasan por tres navieras distintas y supongo que el equipo "
          "se pasa el día entrando en tres webs. Nuestra plataforma unifica el tracking en un único panel con alertas de retraso. ¿Te cuadra una demo el jueves?"),
  ("inm", "¿Lo vemos?", "Alex, solo un recordatorio rápido por si se te pasó: tengo hueco el jueves a las 10 o el viernes a las 12 para enseñarte el panel."))
P("stranger_inmail_sales", "it", "Roberto Mazzoleni", "Commerciale | Noleggio a lungo termine veicoli commerciali", "Bergamo",
  ("inm", "Flotta elettrica per l'ultimo miglio", "Buongiorno Alex, per le consegne urbane a Milano e Genova abbiamo furgoni elettrici a noleggio a lungo "
          "termine, con manutenzione e ricarica incluse nel canone. Posso prepararLe un'offerta per una decina di mezzi?"))
P("stranger_inmail_sales", "es", "Camilo Restrepo", "Growth | Citas B2B para operadores logísticos", "Medellín",
  ("inm", "Reuniones con cargadores europeos", "Hola Alex, un saludo desde Medellín. Generamos reuniones calificadas con cargadores europeos para operadores "
          "logísticos: usted solo se presenta a las citas. Cobramos por reunión efectiva. ¿Le damos una miradita esta semana?"))
cur("Roberto Mazzoleni")


# =============================================================== good_turns_ugly
P("good_turns_ugly", "es", "Irene Salvatierra", "Responsable de Sostenibilidad | Transitaria", "Valencia",
  ("inv", "Hola Alex, coordino un grupo de trabajo sin ánimo de lucro sobre cálculo de huella de carbono en transporte según ISO 14083. Compartimos "
          "plantillas y dudas entre operadores. ¿Te interesa sumarte o que te pase el material?"),
  ("msg", "Te dejo aquí la carpeta compartida con las plantillas de cálculo y las actas de las últimas sesiones. Úsalas libremente, y si ves algún error, avísame."),
  ("msg", "Alex, novedad: hemos montado una consultora para hacer el cálculo y la verificación de huella a operadores. Para los del grupo, 7.500 € el primer "
          "año en lugar de 11.000. ¿Lo vemos con tu equipo de sostenibilidad?", (15, 40)))
P("good_turns_ugly", "it", "Tommaso Bellandi", "Operations Director | ex terminal container Genova", "Livorno",
  ("inv", "Ciao Alex! Ti ricordi di me? Tommaso, il progetto del terminal a Genova. Ora sono a Livorno e mi farebbe piacere riallacciare, magari scambiarci "
          "due idee su come gestite i picchi di dicembre."),
  ("msg", "Eccoti il file di cui parlavamo, il modello per pianificare i turni nei picchi. Adattalo pure, l'abbiamo usato tre anni senza problemi."),
  ("end",),
  ("msg", "Ciao Alex, ti ho confermato {skill}: mi ricambi con Operations management e Leadership? Sto cercando un nuovo posto e mi serve il profilo "
          "in ordine 🙏"))
P("good_turns_ugly", "es", "Ximena Barragán", "Coordinadora | Comunidad Supply Chain Latam", "Ciudad de México",
  ("inv", "Hola Alex, te invito a nuestra sesión gratuita en línea sobre nearshoring y rutas México-España, jueves 5 a las 17h de Madrid. Somos una "
          "comunidad de profesionales, sin patrocinadores. ¿Te agrego a la lista?"),
  ("msg", "Aquí está la grabación de la sesión y la presentación de los ponentes, por si no pudiste conectarte. ¡Gracias por el interés!"),
  ("msg", "Alex, ahora que ya nos conoces: ofrecemos a empresas europeas un servicio de búsqueda de proveedores en México, desde 4.000 USD por categoría. "
          "¿Te agendo con nuestro director comercial?", (10, 30)))
cur("Irene Salvatierra", "Ximena Barragán")


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "es", "Óscar Bermejo", "Comercial | Tarjetas de combustible para flotas", "Zaragoza",
  ("inm", "Ahorro en gasóleo", "Hola Alex, con nuestras tarjetas de combustible os ahorráis hasta 9 céntimos por litro en 400 estaciones de España y "
          "Portugal, y la factura llega con el IVA ya separado. ¿Cuántos camiones tenéis en propiedad?"),
  ("inv", "Hola Alex, coincidimos en el Foro del Transporte de Zaragoza, me gustaría tenerte en mi red."))
P("reinvite_known_bad", "it", "Alessia Cattaneo", "Sales Director | Magazzini Smart", "Bergamo",
  ("inv", "Buongiorno Alex, progettiamo magazzini autoportanti automatizzati: per un hub come Piacenza possiamo ridurre il personale del 40%. "
          "Le farebbe piacere vedere un caso studio?"),
  ("inv", "Ciao Alex, ho cambiato azienda e mi piacerebbe restare in contatto, sempre nel mondo della logistica."))
P("reinvite_known_bad", "it", "Gianluca Pezzotta", "Titolare | Autotrasporti Pezzotta", "Lodi",
  ("inv", DEFAULT),
  ("inv", "buongiorno, ho letto la sua intervista sul trasporto intermodale e vorrei collegarmi per seguire i suoi aggiornamenti"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "es", "Tomás Galindo", "Formador | Carretillas elevadoras y PRL", "Toledo",
  ("inv", "Hola Alex, damos cursos de carretilla con certificado y reciclaje de PRL para equipos de almacén, bonificables por FUNDAE. ¿Te paso presupuesto?"),
  ("inm", "Curiosidad", "Alex, te mandé la invitación con toda la información y nada. Tanto hablar de seguridad en el almacén y luego no tenéis ni la decencia de contestar "
          "a quien os la enseña. Lamentable."),
  ("inv", "Hola Alex, ¿empezamos de cero? Creo que podemos aportarte mucho en formación de carretilleros."))
P("reinvite_known_ugly", "it", "Sabrina Cortese", "Analista | Osservatorio sui costi dell'autotrasporto", "Napoli",
  ("inm", "Sondaggio tra direttori logistici", "Buongiorno Alex, sto raccogliendo il parere di una ventina di direttori logistici sull'aumento dei pedaggi "
          "e sui costi del gasolio. Bastano tre risposte brevi, poi Le mando la sintesi anonima di tutti."),
  ("inm", "Grazie – e una proposta", "Grazie mille per le risposte! Approfitto: il nostro osservatorio offre un servizio di monitoraggio dei costi di trasporto "
          "in abbonamento, 390 € al mese, con alert sui rincari. Per chi ha partecipato al sondaggio il primo trimestre è a metà prezzo. Attiviamo?"),
  ("inv", "Buongiorno Alex, mi farebbe piacere averLa nella mia rete professionale."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "es", "Gonzalo Varela", "Responsable de Ventas | Software de citas de muelle", "Valencia",
  ("acc",),
  ("msg", "Gracias por conectar, Alex. Como hablamos en el stand, te dejo el enlace para reservar una demo del sistema de citas de muelle. Para los que "
          "pasasteis por el SIL tenemos precio especial hasta fin de mes."))
P("user_invited_pitch_once", "it", "Marianna Ruocco", "Business Development | Assicurazioni trasporti e merci", "Napoli",
  ("acc",),
  ("msg", "Ciao Alex, grazie per avermi aggiunta! Già che ci sono: la polizza merci la rinnovate a gennaio? Ti faccio volentieri una quotazione per le "
          "tratte Italia-Spagna, così hai un termine di paragone."))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Pilar Izquierdo", "Consultora | Eficiencia energética en naves logísticas", "Madrid",
  ("acc",),
  ("msg", "¡Hola Alex! Gracias por aceptar, encantada de conocerte en la jornada de UNO. Como te comenté, hacemos auditorías energéticas de naves y "
          "gestionamos las subvenciones de iluminación LED y placas. ¿Te paso una propuesta para Coslada?"),
  ("msg", "Alex, te mando la propuesta para Coslada: 4.200 € la auditoría, que se recuperan con el primer año de ahorro. ¿Cuándo la revisamos?"),
  nl="es")
P("user_invited_pitch_twice", "it", "Lorenzo Guidi", "Founder | Robot AMR per magazzini", "Bologna",
  ("acc",),
  ("msg", "Ciao Alex, grazie per il collegamento dopo il LetExpo! I nostri AMR fanno il picking a Piacenza senza toccare le scaffalature. Ti va se "
          "organizziamo una prova di due settimane?"),
  ("msg", "Alex, ti aggiorno: per la prova chiediamo solo un contributo di 3.000 € che scaliamo dal contratto se poi procedete. Ti mando il modulo?"))
P("user_invited_pitch_twice", "en", "Natalie Cho", "Partnerships Lead | FreightMatch", "Singapore",
  ("acc",),
  ("msg", "Thanks for accepting, Alex! Great meeting you at the Barcelona meetup. FreightMatch fills empty backhauls on lanes like Madrid-Milan; "
          "carriers on the platform see 12% more revenue per truck. Could I get 20 minutes with you and your head of transport?"),
  ("msg", "Hi Alex, following up - we're onboarding Iberian partners this month with zero platform fees for the first 90 days. Shall I send the agreement over?"))
cur("Lorenzo Guidi")


# =============================================================== user_invited_value
P("user_invited_value", "es", "Camila Ferrari", "Jefa de Comercio Exterior | Rosario", "Rosario",
  ("acc",),
  ("msg", "¡Gracias por la invitación, Alex! Como te dije en Valencia, te paso el contacto del despachante que nos destrabó lo de los certificados de origen, "
          "decile que vas de mi parte. Y si venís a Buenos Aires en marzo avisame así te llevo a recorrer el puerto."))
P("user_invited_value", "it", "Federica Mandelli", "Ricercatrice | Osservatorio Contract Logistics", "Milano",
  ("acc",),
  ("msg", "Grazie per il collegamento, Alex! Come promesso, ecco la sintesi della nostra ricerca sui costi del trasporto intermodale Italia-Spagna. "
          "È pubblica, ma ti ho aggiunto anche le tabelle di dettaglio. Se vuoi presentarla al tuo team vengo volentieri a Madrid a raccontarla."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Ignacio Aranda", "Director de Puerto | Terminal Ro-Ro Sagunto", "Sagunto", ("acc",))
P("acceptance_only", "it", "Sara Colombo", "Responsabile Acquisti Trasporti | Grande distribuzione", "Milano", ("acc",))
P("lone_endorsement", "es", "Lucía Pedrosa", "Técnica de Aduanas | Ibertalia Valencia", "Valencia", ("end",))
P("lone_endorsement", "it", "Vittorio Baldini", "Capoturno | Hub di Piacenza", "Piacenza", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Marta Gil", "marta.gil@valenciaport.example", "Te he presentado a Priya",
     "Hola Alex:\n\nle he dado tu nombre a Priya Raman, la del estudio de tiempos de tránsito ferroviario. Te escribirá por LinkedIn. Es seria, merece la pena.\n\nUn abrazo,\nMarta", "es"),
    ("Recursos Humanos Ibertalia", "rrhh@ibertalia.example", "Actualización de cargos en LinkedIn",
     "Hola a todos:\n\ntras la nueva estructura de operaciones, os pedimos que actualicéis vuestro cargo en LinkedIn antes del día 15. No aceptéis solicitudes de personas que digan ser de RR. HH. sin comprobarlo antes.", "es"),
    ("SIL Barcelona", "acreditaciones@silbcn.example", "Tu acreditación para el SIL",
     "Hola Alex Morgan,\n\nadjuntamos tu acreditación profesional. Síguenos en LinkedIn para el programa de conferencias y las actividades de networking.", "es"),
    ("Ufficio Acquisti", "acquisti@ibertalia.example", "Fornitore pallet che ti scrive su LinkedIn",
     "Ciao Alex,\n\nquella di PalletNova ha scritto anche a noi e, ci dicono, pure a te su LinkedIn. Abbiamo un accordo quadro fino a fine anno prossimo, non serve risponderle.\n\nSimona", "it"),
    ("Paolo Ricci", "paolo.ricci@ibertalia.example", "Fwd: Voglio collegarmi",
     "Ciao Alex, guarda qui, ha scritto anche a me su LinkedIn. La conosci?\n\n---------- Messaggio inoltrato ---------\nDa: Jessica Vitale via LinkedIn <invitations@linkedin.com>\nOggetto: Voglio collegarmi\n\nCiao Paolo, forniamo autisti CE con CQC in somministrazione...", "it"),
    ("Consorzio Logistica Padana", "eventi@clpadana.example", "Seminario eFTI: programma",
     "Gentile Alex Morgan,\n\nLe inviamo il programma del seminario del 12 marzo a Piacenza. La dott.ssa Sereni Le ha scritto anche su LinkedIn; per l'iscrizione basta rispondere a questa email.", "it"),
    ("Eduardo Salinas", "esalinas@cargas-rapidas.example", "Vi tu perfil en LinkedIn",
     "Hola Alex,\n\nvi tu perfil en LinkedIn y quería ofrecerte nuestras rutas de grupaje Madrid-Lisboa a precio cerrado. ¿Hablamos esta semana?\n\nEduardo Salinas\nCargas Rápidas", "es"),
    ("Workday", "workday@ibertalia.example", "Curso asignado: Negociación con proveedores (LinkedIn Learning)",
     "Tu responsable te ha asignado el curso «Negociación con proveedores» en LinkedIn Learning. Fecha límite: 30 de junio.", "es"),
    ("Transport Logistic", "newsletter@transportlogistic.example", "Hall plan is out – follow us on LinkedIn",
     "The hall plan for the fair is online. Follow our LinkedIn page for speaker announcements and the intermodal forum programme.", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot twenty-second development corpus (dev22). Generated by scripts/make_corpus_dev22.py (seed {SEED}); do not edit by hand.",
          "# A Spanish- and Italian-speaking inbox: Alex as head of operations for an Italian-Spanish logistics group in Madrid; notes in Spanish "
          "(Spain, Mexico, Argentina, Colombia), Italian (formal and casual) and some English. Same format as tests/corpus/dev."]


def _check_notes() -> None:
    """LinkedIn caps invitation notes at 300 characters; names are unique."""
    names = [p[2] for p in PEOPLE]
    assert len(names) == len(set(names)), "duplicate name"
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        for s in steps:
            if s[0] == "inv" and s[1] not in (DEFAULT, NONOTE):
                assert len(s[1]) <= 300, (name, len(s[1]))
    assert set(ERAS) <= set(names), set(ERAS) - set(names)


if __name__ == "__main__":
    _check_notes()
    main(__doc__, "dev22", SEED, PEOPLE, FOREIGN, spoofs=12, other=10, header=HEADER, eras=ERAS)
